/** The timeline brush: frame rate while dragging its slider's handle. */
import type { Page } from '@playwright/test';
import type { FrameStats } from './in-page';

const DRAG_MS = 2000;

export interface BrushResult extends FrameStats {
  idleFps: number;
  handleFound: boolean;
  moves: number;
  /** Average time for one mouse move to be handled by the page, ms. */
  msPerMove: number;
  /** The range filter changed during the drag (the brush did something). */
  rangeChanged: boolean;
}

/** Frames counted for a second with nothing happening. */
async function idleFrames(page: Page): Promise<FrameStats> {
  await page.evaluate(() => window.__bench!.startFrames());
  await page.waitForTimeout(1000);
  return page.evaluate(() => window.__bench!.stopFrames());
}

/** Drag from (x, y) back and forth over 300 px for DRAG_MS; the number of moves. */
async function drag(page: Page, x: number, y: number): Promise<number> {
  await page.mouse.move(x, y);
  const started = Date.now();
  await page.mouse.down();
  let moves = 0;
  let dx = 0;
  let step = 3;
  while (Date.now() - started < DRAG_MS) {
    dx += step;
    if (dx >= 300 || dx <= 0) step = -step;
    await page.mouse.move(x + dx, y);
    moves++;
  }
  await page.mouse.up();
  return moves;
}

/**
 * Drag the timeline slider's left handle for ~2 s, counting frames. The range stays changed:
 * this is the page's last measurement.
 */
export async function measureBrush(page: Page): Promise<BrushResult> {
  await page
    .locator('section[data-panel="timeline"]')
    .evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  const idle = await idleFrames(page);
  const handle = await page.evaluate(() => window.__bench!.sliderHandle('timeline'));
  if (!handle) throw new Error('the timeline chart is not on the page');
  const searchBefore = await page.evaluate(() => location.search);
  await page.evaluate(() => window.__bench!.startFrames());
  const started = Date.now();
  const moves = await drag(page, handle.x, handle.y);
  const dragMs = Date.now() - started;
  const frames = await page.evaluate(() => window.__bench!.stopFrames());
  const rangeChanged = (await page.evaluate(() => location.search)) !== searchBefore;
  return {
    ...frames,
    idleFps: idle.fps,
    handleFound: handle.found,
    moves,
    msPerMove: dragMs / moves,
    rangeChanged,
  };
}

/** The brush in one line, for the progress log. */
export function describeBrush(b: BrushResult): string {
  return (
    `  brush: ${b.fps.toFixed(1)} fps (idle ${b.idleFps.toFixed(1)}), longest frame ` +
    `${b.maxGap.toFixed(0)} ms, ${b.moves} moves at ${b.msPerMove.toFixed(1)} ms each` +
    `${b.handleFound ? '' : ' (handle not found: dragged at a guessed position)'}` +
    `${b.rangeChanged ? '' : ' — the range did not change'}`
  );
}
