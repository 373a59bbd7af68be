/**
 * The pure parts of `npm run export` (scripts/export-charts.ts): its arguments and how big a PNG
 * is. Kept apart so the end-to-end tests can use them too.
 */
import { parseArgs } from 'node:util';

/** The export menu's size presets and resolutions, in the order its radios list them. */
export const PRESETS = ['16x9', '4x3', 'square'] as const;
export type Preset = (typeof PRESETS)[number];
export const SCALES = [2, 3] as const;
export type Scale = (typeof SCALES)[number];

/** A preset is the final PNG at 2×; 3× is half as big again. */
export const PRESET_PIXELS: Record<Preset, { width: number; height: number }> = {
  '16x9': { width: 1920, height: 1080 },
  '4x3': { width: 1600, height: 1200 },
  square: { width: 1080, height: 1080 },
};

export function expectedPixels(preset: Preset, scale: Scale): { width: number; height: number } {
  const { width, height } = PRESET_PIXELS[preset];
  return { width: (width * scale) / 2, height: (height * scale) / 2 };
}

/** What a deck is made of: the view the page opens with, or the whole edition. */
export const SCOPES = ['view', 'edition'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ExportArgs {
  out: string;
  preset: Preset;
  scale: Scale;
  /** PowerPoint decks (one per language) instead of PNGs. */
  deck: boolean;
  scope: Scope;
  /** The page's query for --scope view, e.g. "org=meta" (as "Copy link" writes it). */
  query: string;
}

export const USAGE =
  'Usage: npm run export -- --out DIR [--preset 16x9|4x3|square] [--scale 2|3]\n' +
  '       npm run export -- --deck --out DIR [--scope view|edition] [--query QUERY]\n' +
  'Renders every chart of the dashboard in Chinese and in English as PNG into DIR, or with\n' +
  '--deck writes the PowerPoint deck in each language (<edition>-deck.<lang>.pptx): the whole\n' +
  'edition, or with --scope view the view the page opens with --query (e.g. "org=meta"; a\n' +
  'filtered view is <edition>-deck-filtered.<lang>.pptx).';

/** Parse the command line; throws with a readable message on anything wrong. */
export function parseExportArgs(argv: readonly string[]): ExportArgs | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      preset: { type: 'string', default: '16x9' },
      scale: { type: 'string', default: '2' },
      deck: { type: 'boolean', default: false },
      scope: { type: 'string', default: 'edition' },
      query: { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';
  if (!values.out) throw new Error('--out DIR is required.');
  const preset = values.preset;
  if (!(PRESETS as readonly string[]).includes(preset)) {
    throw new Error(`--preset must be one of ${PRESETS.join(', ')} (got “${preset}”).`);
  }
  const scale = Number(values.scale);
  if (!(SCALES as readonly number[]).includes(scale)) {
    throw new Error(`--scale must be 2 or 3 (got “${values.scale}”).`);
  }
  const scope = values.scope;
  if (!(SCOPES as readonly string[]).includes(scope)) {
    throw new Error(`--scope must be view or edition (got “${scope}”).`);
  }
  if (!values.deck && (scope !== 'edition' || values.query)) {
    throw new Error('--scope and --query go with --deck.');
  }
  return {
    out: values.out,
    preset: preset as Preset,
    scale: scale as Scale,
    deck: values.deck,
    scope: scope as Scope,
    query: values.query.replace(/^\?/, ''),
  };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or null when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  if (PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A .pptx is a zip package: it starts with a local file header ("PK\x03\x04"). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
