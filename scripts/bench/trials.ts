/**
 * Timed trials of one interaction, repeated: each is measured by the browser's Event Timing
 * API (the measure INP is built from: from the input to the next paint after its handlers;
 * entries of 16 ms or more, the longest entry of each interaction id) and, beside it, until
 * every watched element shows the new state.
 */
import type { Page } from '@playwright/test';
import { load1 } from './browser';
import type { Interaction, Signature, TrialResult } from './in-page';
import { summarize, type Summary } from './stats';

/** How long a trial may take before it counts as failed, ms. */
export const TRIAL_TIMEOUT = 5000;
/** Between timed trials: the charts' animations (the treemap's takes ~1 s) end first. */
export const PAUSE = 1000;

/** What the Event Timing API said about the trials. */
export interface EventTimingResult extends Summary {
  /** Per trial, ms (the longest entry of the trial's interaction). */
  samples: number[];
  /** Trials with no entry: the interaction took under 16 ms (counted as 16 ms). */
  under16: number;
  /** Medians over the trials of the longest entry's parts, ms. */
  parts: { inputDelay: number; processing: number; presentation: number };
  /** The event types that made up the interactions. */
  names: string[];
}

export interface TimingResult extends Summary {
  /** Until every watched element showed the new state, ms (ok trials only). */
  samples: number[];
  /** Medians per direction (en→zh / zh→en, or on / off). */
  byDirection: Record<string, number>;
  /** Trials that never reached the target state, with what was still different. */
  failures: { trial: number; mismatched: string[] }[];
  /** What was watched: the keys of the signature. */
  watched: string[];
  /** Median ms until each watched element showed the new state, slowest first. */
  perKey: { key: string; median: number }[];
  /** The same trials by Event Timing. */
  eventTiming: EventTimingResult;
  /** Host load average (1 min) before and after these trials. */
  load: [number, number];
}

interface Trial {
  direction: string;
  result: TrialResult;
  interaction: Interaction | null;
}

/** The interaction with the longest entry (the one the trial is judged by). */
export function longest(found: readonly Interaction[]): Interaction | null {
  return found.reduce<Interaction | null>((a, b) => (a && a.duration >= b.duration ? a : b), null);
}

/** The interaction that started after `since` (a page's performance.now()), once reported. */
export async function interactionSince(page: Page, since: number): Promise<Interaction | null> {
  // Entries are reported after the paint; the in-page watcher usually ends later than that.
  return longest(await page.evaluate((s) => window.__bench!.waitInteraction(s, 500), since));
}

/**
 * One timed trial: arm the in-page watcher, act, wait until the page shows `target`, then
 * read the interaction the Event Timing API reported for it.
 */
export async function timed(
  page: Page,
  event: 'keydown' | 'click',
  label: string,
  target: Signature,
  act: () => Promise<void>,
): Promise<{ result: TrialResult; interaction: Interaction | null }> {
  const since = await page.evaluate(
    ([e, l, t, ms]) => {
      window.__bench!.arm(e, l, t, ms);
      return performance.now();
    },
    [event, label, target, TRIAL_TIMEOUT] as const,
  );
  await act();
  const result = await page.evaluate(() => window.__bench!.result());
  return { result, interaction: await interactionSince(page, since) };
}

/** The watched elements' signature once it has stayed the same for `quietMs`. */
export async function settle(
  page: Page,
  keys: readonly string[],
  quietMs = 700,
): Promise<Signature> {
  return page.evaluate(([k, q]) => window.__bench!.settle(k, q, 15_000), [keys, quietMs] as const);
}

export function summarizeEvents(interactions: (Interaction | null)[]): EventTimingResult {
  const samples = interactions.map((i) => i?.duration ?? 16);
  const seen = interactions.filter((i): i is Interaction => i !== null);
  const med = (pick: (i: Interaction) => number): number => summarize(seen.map(pick)).median;
  return {
    ...summarize(samples),
    samples,
    under16: interactions.length - seen.length,
    parts: {
      inputDelay: med((i) => i.inputDelay),
      processing: med((i) => i.processing),
      presentation: med((i) => i.presentation),
    },
    names: [...new Set(seen.flatMap((i) => i.names))],
  };
}

function mediansBy<T>(items: readonly T[], group: (t: T) => string, value: (t: T) => number) {
  const out: Record<string, number> = {};
  for (const g of new Set(items.map(group))) {
    out[g] = summarize(items.filter((t) => group(t) === g).map(value)).median;
  }
  return out;
}

function perKeyMedians(ok: readonly Trial[], watched: readonly string[]) {
  return watched
    .map((key) => ({
      key,
      median: summarize(
        ok.map((t) => t.result.perKey[key]).filter((v): v is number => v !== undefined),
      ).median,
    }))
    .sort((a, b) => b.median - a.median);
}

function summarizeTiming(trials: Trial[], watched: string[], load: [number, number]): TimingResult {
  const ok = trials.filter((t) => t.result.ok);
  const durations = ok.map((t) => t.result.duration);
  return {
    ...summarize(durations),
    samples: durations,
    byDirection: mediansBy(
      ok,
      (t) => t.direction,
      (t) => t.result.duration,
    ),
    failures: trials.flatMap((t, i) =>
      t.result.ok ? [] : [{ trial: i, mismatched: t.result.mismatched }],
    ),
    watched,
    perKey: perKeyMedians(ok, watched),
    eventTiming: summarizeEvents(trials.map((t) => t.interaction)),
    load,
  };
}

/** A two-state interaction: the page starts in `states[0]`, and each act goes to the other. */
export interface Toggle<S extends string> {
  states: readonly [S, S];
  /** What the watched elements show, settled, in each state. */
  refs: Record<S, Signature>;
  /** The trusted event the trial starts at. */
  event: 'keydown' | 'click';
  /** Go to `next`. */
  act: (next: S) => Promise<void>;
}

/**
 * `tries` timed trials of a toggle, `pause` ms apart; one more untimed act when `tries` is
 * odd, so the page ends in the state it started in.
 */
export async function toggleTrials<S extends string>(
  page: Page,
  toggle: Toggle<S>,
  tries: number,
  label: string,
  pause = PAUSE,
): Promise<TimingResult> {
  const load0 = load1();
  const trials: Trial[] = [];
  const [first, second] = toggle.states;
  let current = first;
  for (let i = 0; i < tries + (tries % 2); i++) {
    const next = current === first ? second : first;
    const r = await timed(page, toggle.event, `${label}:${i}`, toggle.refs[next], () =>
      toggle.act(next),
    );
    if (i < tries) trials.push({ direction: `${current}→${next}`, ...r });
    await page.waitForTimeout(pause);
    current = next;
  }
  return summarizeTiming(trials, Object.keys(toggle.refs[first]), [load0, load1()]);
}

/**
 * What the watched `keys` show, settled, in each state of a toggle (the page goes there and
 * back). `warn` is told when the first state looks different after the round trip: the
 * later one is used.
 */
export async function toggleReferences<S extends string>(
  page: Page,
  states: readonly [S, S],
  keys: string[],
  act: (next: S) => Promise<void>,
  warn: (line: string) => void,
): Promise<Record<S, Signature>> {
  const [first, second] = states;
  const before = await settle(page, keys);
  await act(second);
  const other = await settle(page, keys);
  await act(first);
  const back = await settle(page, keys);
  if (JSON.stringify(back) !== JSON.stringify(before)) {
    warn(`  note: the page in state "${first}" differs after a round trip; using the latter`);
  }
  return { [first]: back, [second]: other } as Record<S, Signature>;
}

function slowest(t: TimingResult): string {
  return t.perKey
    .slice(0, 3)
    .map((k) => `${k.key} ${k.median.toFixed(0)} ms`)
    .join(', ');
}

/** Event Timing of a set of trials in one line, for the progress log. */
export function describeEvents(et: EventTimingResult): string {
  return (
    `Event Timing median ${et.median.toFixed(0)} ms, p95 ${et.p95.toFixed(0)} ms, ` +
    `max ${et.max.toFixed(0)} ms (input delay ${et.parts.inputDelay.toFixed(0)} + handlers ` +
    `${et.parts.processing.toFixed(0)} + to paint ${et.parts.presentation.toFixed(0)} ms, medians` +
    `${et.under16 ? `; ${et.under16} under 16 ms` : ''})`
  );
}

/** A set of trials in one line, for the progress log. */
export function describeTiming(name: string, t: TimingResult, tries: number): string {
  return (
    `  ${name}: ${describeEvents(t.eventTiming)}; until every watched element ` +
    `updated: median ${t.median.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms ` +
    `(${t.n}/${tries} ok; slowest: ${slowest(t)}); load ${t.load[0].toFixed(1)}→${t.load[1].toFixed(1)}`
  );
}
