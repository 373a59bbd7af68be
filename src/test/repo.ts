/// <reference types="node" />
/**
 * Reading repository files from unit tests. Paths are relative to the repository root;
 * jsdom replaces the global URL, so paths are resolved with node:path, not `new URL`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The absolute path of a file given relative to the repository root. */
export function repoPath(relative: string): string {
  return resolve(ROOT, relative);
}

/** A repository file as UTF-8 text. */
export function readRepoFile(relative: string): string {
  return readFileSync(repoPath(relative), 'utf8');
}

/** A repository JSON file, parsed (not validated). */
export function readRepoJson(relative: string): unknown {
  return JSON.parse(readRepoFile(relative)) as unknown;
}

/** Files under a repository folder, recursively, as repository-relative paths with `/`. */
export function listRepoFiles(folder: string): string[] {
  const root = repoPath(folder);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, resolve(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
