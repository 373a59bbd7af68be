/** Reading a written deck back, for tests: its parts as text, slides in order. */
import JSZip from 'jszip';

/** A .pptx opened for assertions. */
export interface OpenedDeck {
  zip: JSZip;
  /** Text of a part, e.g. "ppt/slides/slide1.xml" (throws when missing). */
  part(path: string): Promise<string>;
  /** Paths of parts matching a pattern, in natural order. */
  paths(pattern: RegExp): string[];
  /** The chart part a slide shows, if any. */
  chartOf(slide: number): Promise<string | undefined>;
}

/** Open a written deck. */
export async function openDeck(bytes: Uint8Array): Promise<OpenedDeck> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`No part ${path}`);
    return file.async('string');
  };
  const paths = (pattern: RegExp): string[] =>
    Object.keys(zip.files)
      .filter((p) => pattern.test(p))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const chartOf = async (slide: number): Promise<string | undefined> => {
    const rels = await part(`ppt/slides/_rels/slide${slide}.xml.rels`);
    return /Target="[^"]*\/(charts\/chart\d+\.xml)"/.exec(rels)?.[1]?.replace(/^/, 'ppt/');
  };
  return { zip, part, paths, chartOf };
}
