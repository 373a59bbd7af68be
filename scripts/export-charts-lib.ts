/**
 * The pure parts of `npm run export` (scripts/export-charts.ts): its arguments, where Chromium
 * is, and how big a PNG is. Kept apart so the end-to-end tests can use them too.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

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

export interface ExportArgs {
  out: string;
  preset: Preset;
  scale: Scale;
}

export const USAGE =
  'Usage: npm run export -- --out DIR [--preset 16x9|4x3|square] [--scale 2|3]\n' +
  'Renders every chart of the dashboard in Chinese and in English as PNG into DIR.';

/** Parse the command line; throws with a readable message on anything wrong. */
export function parseExportArgs(argv: readonly string[]): ExportArgs | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      preset: { type: 'string', default: '16x9' },
      scale: { type: 'string', default: '2' },
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
  return { out: values.out, preset: preset as Preset, scale: scale as Scale };
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

/**
 * The Chromium to run, as playwright.config.ts chooses it: CHROMIUM_PATH, else Debian's
 * Chromium, else Playwright's own download (undefined: let Playwright find it).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found. Install Debian's Chromium (`apt-get install chromium fonts-noto-cjk`), " +
      'run `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}
