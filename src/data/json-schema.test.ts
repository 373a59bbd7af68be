import { describe, expect, it } from 'vitest';
import { readRepoFile, readRepoJson } from '../test/repo';
import { buildJsonSchema, JSON_SCHEMA_FILE, JSON_SCHEMA_ID, jsonSchemaText } from './json-schema';
import { QUALIFIERS, UNITS } from './schema';

describe('data/report.schema.json', () => {
  const committed = readRepoJson(JSON_SCHEMA_FILE) as Record<string, unknown>;

  it('is what `npm run gen-schema` builds from src/data/schema.ts (regenerate it if not)', () => {
    expect(committed).toEqual(buildJsonSchema());
  });

  it('is committed exactly as the generator writes it', () => {
    expect(readRepoFile(JSON_SCHEMA_FILE)).toBe(jsonSchemaText());
  });

  it('is deterministic', () => {
    expect(jsonSchemaText()).toBe(jsonSchemaText());
  });

  it('says what it is and what it cannot check', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(committed.$id).toBe(JSON_SCHEMA_ID);
    expect(committed.title).toEqual(expect.any(String));
    expect(committed.description).toMatch(/src\/data\/schema\.ts/);
    expect(committed.description).toMatch(/npm run validate-data/);
    expect(committed.description).toMatch(/referential integrity/);
  });

  it('carries the schema’s closed lists and strictness', () => {
    const text = JSON.stringify(committed);
    for (const q of QUALIFIERS) expect(text).toContain(`"${q}"`);
    for (const u of UNITS) expect(text).toContain(`"${u}"`);
    expect(committed.additionalProperties).toBe(false);
    expect(committed.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'report', 'events', 'figures']),
    );
  });

  it('is the schema the committed dataset names', () => {
    const dataset = readRepoJson('data/ai-2026-04.json') as { $schema?: string };
    expect(dataset.$schema).toBe('./report.schema.json');
    expect(`data/${dataset.$schema!.replace(/^\.\//, '')}`).toBe(JSON_SCHEMA_FILE);
  });
});
