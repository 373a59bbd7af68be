/**
 * Junk in the address bar (src/test/junk-urls.ts) parses without throwing into the canonical
 * query string the app writes back: junk dropped, valid parts kept, in a stable order.
 * (e2e/junk-urls.spec.ts loads the entries whose handling only the running app shows.)
 */
import { describe, expect, it } from 'vitest';
import { JUNK } from '../test/junk-urls';
import { parseViewState, serializeViewState } from './url-state';

/** The query string a browser hands the app for what was typed after the path. */
const searchOf = (typed: string): string => new URL(`/${typed}`, 'http://127.0.0.1').search;
const canonical = (search: string): string => serializeViewState(parseViewState(search));

describe('junk URLs', () => {
  it('are at least 20, each typed differently', () => {
    expect(JUNK.length).toBeGreaterThanOrEqual(20);
    expect(new Set(JUNK.map((j) => j.url)).size).toBe(JUNK.length);
  });

  it.each(JUNK.filter((j) => !j.unknownToReport))('$name → “$canonical”', (junk) => {
    const view = parseViewState(searchOf(junk.url));
    expect(serializeViewState(view)).toBe(junk.canonical);
    expect(view.lang).toBe(junk.lang ?? 'en');
    // The canonical form is a fixed point: writing it back changes nothing.
    expect(canonical(junk.canonical)).toBe(junk.canonical);
  });

  it.each(JUNK.filter((j) => j.unknownToReport))(
    '$name: well-formed, so the parser keeps it for the app to check against the report',
    (junk) => {
      const kept = canonical(searchOf(junk.url));
      expect(kept).not.toBe(junk.canonical);
      expect(kept).toBe(searchOf(junk.url));
      expect(junk.inBrowser, 'the end-to-end test checks what the app makes of it').toBeTruthy();
    },
  );
});
