/**
 * Hover: the pointer sweeps across the marks of two charts side by side for a few seconds,
 * from mark to mark in small steps (crossing the gaps, as a reader's pointer does), while the
 * linked highlight follows in the other panels. Judged by the Long Animation Frames API.
 */
import type { Page } from '@playwright/test';
import { DESKTOP, waitDrawn } from './browser';
import type { FrameStats, LongFrame } from './in-page';

/** Pixels per pointer move. */
const STEP_PX = 6;

export interface SweepResult {
  panels: string[];
  ms: number;
  moves: number;
  /** Marks the sweep crossed, per pass. */
  marks: number;
  /** Panels whose drawing changed during the sweep (the linked highlights). */
  highlighted: string[];
  /** Long animation frames (≥ 50 ms) during the sweep. */
  longFrames: LongFrame[];
  over50: number;
  over100: number;
  longest: number;
  /** Frames by requestAnimationFrame over the sweep. */
  frames: FrameStats;
}

type Point = { x: number; y: number };

/** Both panels' tops in view, drawn; their marks on screen, in route order. */
async function placeAndRoute(page: Page, [a, b]: readonly [string, string]): Promise<Point[]> {
  await page.evaluate(
    ([x, y]) => {
      const tops = [x, y].map(
        (id) =>
          document.querySelector(`section[data-panel="${id}"]`)?.getBoundingClientRect().top ??
          Number.NaN,
      );
      window.scrollBy(0, Math.min(...tops) - 16);
    },
    [a, b] as const,
  );
  await waitDrawn(page, 10_000);
  await page.waitForTimeout(1500);
  const route = await page.evaluate(
    ([x, y]) => [...window.__bench!.marks(x), ...window.__bench!.marks(y)],
    [a, b] as const,
  );
  const inView = route.filter((p) => p.y > 0 && p.y < DESKTOP.height && p.x > 0);
  if (inView.length < 2) throw new Error(`too few marks on screen to sweep ${a} and ${b}`);
  return inView;
}

/** The pointer positions of one pass there and back along the route, STEP_PX apart. */
function pass(route: readonly Point[]): Point[] {
  const there = [...route, ...route.slice(0, -1).reverse()];
  const out: Point[] = [];
  for (let i = 1; i < there.length; i++) {
    const from = there[i - 1]!;
    const to = there[i]!;
    const steps = Math.max(1, Math.round(Math.hypot(to.x - from.x, to.y - from.y) / STEP_PX));
    for (let s = 1; s <= steps; s++) {
      out.push({
        x: from.x + ((to.x - from.x) * s) / steps,
        y: from.y + ((to.y - from.y) * s) / steps,
      });
    }
  }
  return out;
}

/** Move the pointer along the route, pass after pass, for `ms`; the moves made. */
async function moveFor(page: Page, route: readonly Point[], ms: number): Promise<number> {
  const points = pass(route);
  const started = Date.now();
  let moves = 0;
  while (Date.now() - started < ms) {
    const p = points[moves % points.length]!;
    await page.mouse.move(p.x, p.y);
    moves++;
  }
  return moves;
}

/** Sweep the pointer across two panels' marks for `ms`, and collect the long frames. */
export async function sweep(
  page: Page,
  pair: readonly [string, string],
  ms: number,
): Promise<SweepResult> {
  const route = await placeAndRoute(page, pair);
  await page.mouse.move(route[0]!.x, route[0]!.y);
  await page.waitForTimeout(300);
  const since = await page.evaluate(() => {
    window.__bench!.watchDrawings();
    window.__bench!.startFrames();
    return performance.now();
  });
  const started = Date.now();
  const moves = await moveFor(page, route, ms);
  const elapsed = Date.now() - started;
  // Let the last frames be reported, then keep only those of the sweep itself.
  await page.waitForTimeout(300);
  const out = await page.evaluate(
    (s) => ({
      frames: window.__bench!.stopFrames(),
      longFrames: window.__bench!.longFrames(s),
      highlighted: window.__bench!.drawingsChanged(),
    }),
    since,
  );
  await page.mouse.move(2, 2);
  const longFrames = out.longFrames.filter((f) => f.start <= since + elapsed + 50);
  return {
    panels: [...pair],
    ms: elapsed,
    moves,
    marks: route.length,
    highlighted: out.highlighted.sort(),
    longFrames,
    over50: longFrames.filter((f) => f.duration > 50).length,
    over100: longFrames.filter((f) => f.duration > 100).length,
    longest: Math.max(0, ...longFrames.map((f) => f.duration)),
    frames: out.frames,
  };
}

/** A sweep in one line, for the progress log. */
export function describeSweep(s: SweepResult, load: number): string {
  return (
    `  hover sweep over ${s.panels.join(' + ')} (${(s.ms / 1000).toFixed(1)} s, ${s.moves} moves, ` +
    `${s.marks} marks; highlights drawn in ${s.highlighted.join(', ') || 'none'}): ` +
    `${s.longFrames.length} long frames, ${s.over50} over 50 ms, ${s.over100} over 100 ms, ` +
    `longest ${s.longest.toFixed(0)} ms; ${s.frames.fps.toFixed(1)} fps by rAF; load ${load.toFixed(1)}`
  );
}

/** The longest frames of a sweep, with the scripts that ran in them, one line each. */
export function describeLongFrames(s: SweepResult, most = 3): string[] {
  return [...s.longFrames]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, most)
    .map(
      (f) =>
        `Long frame in the ${s.panels.join(' + ')} sweep: ${f.duration.toFixed(0)} ms ` +
        `(style/layout/paint ${f.renderStyleLayout.toFixed(0)} ms); scripts: ` +
        (f.scripts
          .map(
            (x) =>
              `${x.invoker || '?'}${x.fn ? ` → ${x.fn}` : ''} ${x.duration.toFixed(0)} ms` +
              (x.forcedLayout ? ` (forced layout ${x.forcedLayout.toFixed(0)} ms)` : ''),
          )
          .join('; ') || 'none'),
    );
}
