/**
 * Draws the app's PNG icons (public/icons/) from public/favicon.svg with headless Chromium.
 * Run by hand when the favicon changes; the PNGs are committed.
 *
 *   tsx scripts/make-icons.ts
 *
 * - favicon-48.png: the page's icon. A browser downloads and decodes the page's icon on the
 *   page's own thread, where an SVG icon is a whole SVG document to build (12–16 ms, measured
 *   twice in a phone load, as the head changes); a small PNG decodes in well under 1 ms.
 * - icon-192.png, icon-512.png: the favicon as it is (rounded square, transparent corners).
 * - icon-maskable-512.png, apple-touch-icon.png (180): full-bleed, for launchers that cut
 *   their own shape; the bars are drawn smaller, inside the maskable safe zone (the middle
 *   circle of 80% of the width).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'public', 'icons');

/** The favicon's bars, full-bleed and scaled to fit the safe zone. */
function fullBleed(svg: string): string {
  const background = /<rect width="32" height="32" rx="7" fill="([^"]+)"\/>/.exec(svg);
  if (!background) throw new Error('make-icons: favicon.svg no longer starts with its square');
  const bars = svg.slice(background.index + background[0].length, svg.lastIndexOf('</svg>'));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" fill="${background[1]}"/>` +
    `<g transform="translate(16 16) scale(0.8) translate(-16 -16)">${bars}</g></svg>`
  );
}

async function main(): Promise<void> {
  const favicon = await readFile(join(ROOT, 'public', 'favicon.svg'), 'utf8');
  const icons: { file: string; size: number; svg: string }[] = [
    { file: 'favicon-48.png', size: 48, svg: favicon },
    { file: 'icon-192.png', size: 192, svg: favicon },
    { file: 'icon-512.png', size: 512, svg: favicon },
    { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(favicon) },
    { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(favicon) },
  ];
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable({ headless: true }),
    args: chromiumArgs(),
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const { file, size, svg } of icons) {
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0"><img src="${src}" width="${size}" height="${size}"></body>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      await page.screenshot({
        path: join(OUT, file),
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      console.log(`make-icons: public/icons/${file} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
