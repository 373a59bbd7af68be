/**
 * Lighthouse through its node API, with Lighthouse's default (mobile, simulated throttling)
 * settings, one fresh Chromium per run: the app and the static floor page in alternating
 * rounds, medians over the runs.
 */
import { loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumEnv } from '../chromium';
import { median } from './stats';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
  speedIndex: number;
  cls: number;
  /** Audits that failed in the non-performance categories, for the notes. */
  failedAudits: string[];
  /** The LCP element (selector, then its label). */
  lcpElement: string | null;
  /** The largest layout shifts: the element that moved most, and the shift's score. */
  layoutShifts: { element: string; score: number }[];
  /** Main-thread time by category (script evaluation, style & layout, …), ms. */
  mainThread: Record<string, number>;
  runtimeError: string | null;
}

export type LighthouseMedians = Omit<
  LighthouseRun,
  'failedAudits' | 'runtimeError' | 'lcpElement' | 'layoutShifts' | 'mainThread'
>;

interface NodeItem {
  node?: { selector?: string; nodeLabel?: string; snippet?: string };
  score?: number;
  groupLabel?: string;
  duration?: number;
  items?: NodeItem[];
}

function describeNode(item: NodeItem | undefined): string | null {
  const node = item?.node;
  if (!node) return null;
  const text = node.nodeLabel?.replace(/\s+/g, ' ').trim();
  const label = text ? ` “${text.slice(0, 60)}”` : '';
  return `${node.selector ?? node.snippet ?? '?'}${label}`;
}

function detailItems(details: unknown): NodeItem[] {
  return (details as { items?: NodeItem[] } | undefined)?.items ?? [];
}

export interface LighthouseResult {
  runs: LighthouseRun[];
  median: LighthouseMedians;
  /** Failed audits of any run, with how many runs failed them. */
  failedAudits: Record<string, number>;
  chromiumVersion: string;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Audits that failed in the non-performance categories. */
function failedAuditsOf(lhr: Lhr): string[] {
  const failed: string[] = [];
  for (const id of CATEGORIES.slice(1)) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        failed.push(`${id}: ${ref.id}`);
      }
    }
  }
  return failed;
}

/** The LCP element, the largest layout shifts and the main thread's time by category. */
function diagnosticsOf(
  lhr: Lhr,
): Pick<LighthouseRun, 'lcpElement' | 'layoutShifts' | 'mainThread'> {
  // The LCP element audit is a list of tables; the first table's first row is the element.
  const lcpTable = detailItems(lhr.audits['largest-contentful-paint-element']?.details)[0];
  const layoutShifts = detailItems(lhr.audits['layout-shifts']?.details)
    .slice(0, 3)
    .map((item) => ({ element: describeNode(item) ?? '(no element)', score: item.score ?? 0 }));
  const mainThread = Object.fromEntries(
    detailItems(lhr.audits['mainthread-work-breakdown']?.details).map((item) => [
      item.groupLabel ?? '?',
      Math.round(item.duration ?? 0),
    ]),
  );
  return { lcpElement: describeNode(lcpTable?.items?.[0]), layoutShifts, mainThread };
}

function readRun(lhr: Lhr): LighthouseRun & { ua: string } {
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    speedIndex: value('speed-index'),
    cls: value('cumulative-layout-shift'),
    failedAudits: failedAuditsOf(lhr),
    ...diagnosticsOf(lhr),
    runtimeError: lhr.runtimeError?.message ?? null,
    ua: lhr.environment.hostUserAgent,
  };
}

async function runOnce(url: string, chromePath: string): Promise<LighthouseRun & { ua: string }> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    envVars: chromiumEnv(),
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    return readRun(result.lhr);
  } finally {
    chrome.kill();
  }
}

function summarizeRuns(results: LighthouseRun[], ua: string): LighthouseResult {
  const med = (pick: (r: LighthouseRun) => number): number => median(results.map(pick));
  const failedAudits: Record<string, number> = {};
  for (const r of results)
    for (const a of r.failedAudits) failedAudits[a] = (failedAudits[a] ?? 0) + 1;
  return {
    runs: results,
    median: {
      performance: med((r) => r.performance),
      accessibility: med((r) => r.accessibility),
      bestPractices: med((r) => r.bestPractices),
      seo: med((r) => r.seo),
      fcp: med((r) => r.fcp),
      lcp: med((r) => r.lcp),
      tbt: med((r) => r.tbt),
      speedIndex: med((r) => r.speedIndex),
      cls: med((r) => r.cls),
    },
    failedAudits,
    chromiumVersion: /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown',
  };
}

function describeRun(name: string, run: LighthouseRun, started: number): string {
  return (
    `  ${name}: perf ${run.performance}, LCP ${Math.round(run.lcp)} ms, ` +
    `FCP ${Math.round(run.fcp)} ms, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)} ` +
    `(${((Date.now() - started) / 1000).toFixed(0)} s, load ${loadavg()[0]?.toFixed(1)})` +
    (run.runtimeError ? ` — error: ${run.runtimeError}` : '')
  );
}

export interface SideBySide {
  app: LighthouseResult;
  floor: LighthouseResult;
  /** Median app LCP over median floor LCP. */
  ratio: number;
  /** Per round: the app's LCP over the floor's in the same round. */
  roundRatios: number[];
}

/**
 * The app and the static floor page, `runs` rounds of one run each, alternating which goes
 * first in a round (so neither always runs on the warmer, or the busier, machine), with the
 * same Lighthouse settings; medians of each and the ratio of the medians.
 */
export async function runSideBySide(
  appUrl: string,
  floorUrl: string,
  runs: number,
  chromePath: string,
  log: (line: string) => void,
): Promise<SideBySide> {
  const app: LighthouseRun[] = [];
  const floor: LighthouseRun[] = [];
  let ua = '';
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const);
    for (const which of order) {
      const started = Date.now();
      const { ua: hostUa, ...run } = await runOnce(which === 'app' ? appUrl : floorUrl, chromePath);
      ua = hostUa;
      (which === 'app' ? app : floor).push(run);
      log(describeRun(`round ${i + 1}/${runs}, ${which}`, run, started));
    }
  }
  const a = summarizeRuns(app, ua);
  const f = summarizeRuns(floor, ua);
  return {
    app: a,
    floor: f,
    ratio: a.median.lcp / f.median.lcp,
    roundRatios: app.map((r, i) => r.lcp / (floor[i]?.lcp ?? Number.NaN)),
  };
}
