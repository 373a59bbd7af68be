/**
 * Memory: the JS heap after many language switches and filter changes, measured from a
 * baseline taken after the timed trials. Those trials are the warm-up: V8 compiles (and
 * re-compiles, optimising) the code these paths run while they repeat, and that compiled code
 * is heap too; it is reported apart, as is the growth from the cold heap before any trial.
 * Also: live ECharts instances against the chart panels that show one.
 */
import type { CDPSession, Page } from '@playwright/test';
import { atRest, seconds } from './browser';
import type { PanelCount } from './in-page';
import { percent } from './table';
import { settle, timed, type Toggle } from './trials';

/** Language switches and filter changes between the two heap measurements. */
const OPS = 50;

export interface MemoryResult {
  /** Bytes, after garbage collection, before any timed trial. */
  cold: number;
  /** Bytes, after garbage collection, after the timed trials: the baseline. */
  before: number;
  /** After the language switches, before the filter changes. */
  afterLang: number;
  after: number;
  /** The same from heap snapshots without compiled code, bytes: a leak shows here too. */
  withoutCode: { before: number; after: number; deltaPercent: number } | null;
  deltaPercent: number;
  /** From `cold`, for reference: includes the code V8 compiled during the trials. */
  coldDeltaPercent: number;
  /** Compiled code (bytecode and machine code) in the snapshots, bytes. */
  code: { before: number; after: number } | null;
  langSwitches: number;
  filterChanges: number;
  /** Checked in the unfiltered state and with the filter on. */
  panels: PanelState[];
}

export type PanelState = PanelCount & { state: string; heapInstances: number | null };

export async function heapAfterGc(cdp: CDPSession, page: Page): Promise<number> {
  await page.waitForTimeout(1000);
  // The benchmark's own marks are not the app's memory.
  await page.evaluate(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => (window as unknown as { gc?: () => void }).gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }): void => {
    chunks.push(e.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join('')) as Snapshot;
}

/**
 * A heap snapshot's JS part (V8 objects, not Blink's), and how much of it is compiled code
 * (bytecode and machine code), which grows while V8 warms up and is not a leak.
 */
async function heapBreakdown(cdp: CDPSession): Promise<{ js: number; code: number }> {
  const snap = await takeSnapshot(cdp);
  const fields = snap.snapshot.meta.node_fields;
  const typeNames = snap.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let js = 0;
  let code = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = typeNames[snap.nodes[i + typeAt] ?? -1];
    const size = snap.nodes[i + sizeAt] ?? 0;
    if (type === 'native') continue;
    js += size;
    if (type === 'code') code += size;
  }
  return { js, code };
}

/** Live ECharts instances in the heap, whether attached to the page or not. */
async function heapInstances(cdp: CDPSession): Promise<number | null> {
  const group = 'bench-instances';
  try {
    const proto = await cdp.send('Runtime.evaluate', {
      expression: 'window.__bench.echartsPrototype()',
      objectGroup: group,
    });
    const id = proto.result.objectId;
    if (!id) return null;
    const found = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: id,
      objectGroup: group,
    });
    if (!found.objects.objectId) return null;
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return Number(length.result.value);
  } catch {
    return null;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
  }
}

async function panelState(page: Page, cdp: CDPSession, state: string): Promise<PanelState> {
  return {
    state,
    ...(await page.evaluate(() => window.__bench!.panels())),
    heapInstances: await heapInstances(cdp),
  };
}

/** `OPS` acts of a toggle, each waiting until the page shows its result; `onState` after each. */
async function repeat<S extends string>(
  page: Page,
  toggle: Toggle<S>,
  name: string,
  onState: (i: number, state: S) => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const [first, second] = toggle.states;
  let current = first;
  for (let i = 0; i < OPS; i++) {
    const next = current === first ? second : first;
    const { result } = await timed(
      page,
      toggle.event,
      `bench:mem-${name}:${i}`,
      toggle.refs[next],
      () => toggle.act(next),
    );
    if (!result.ok) {
      throw new Error(`${name} ${i} never completed: ${result.mismatched.join(', ')}`);
    }
    current = next;
    await onState(i, current);
  }
}

function withoutCodeDelta(
  a: { js: number; code: number } | null,
  b: { js: number; code: number } | null,
): MemoryResult['withoutCode'] {
  if (!a || !b) return null;
  const before = a.js - a.code;
  const after = b.js - b.code;
  return { before, after, deltaPercent: (after / before - 1) * 100 };
}

export interface MemoryInput {
  page: Page;
  cdp: CDPSession;
  lang: Toggle<'en' | 'zh'>;
  filter: Toggle<'off' | 'on'>;
  filterLabel: string;
  /** Every panel and the match count: what settles once a filter has been applied. */
  filterKeys: string[];
  /** Every watched element. */
  allKeys: string[];
  /** The heap before any timed trial, bytes. */
  cold: number;
}

/** `OPS` language switches, then `OPS` filter changes, from the warmed-up baseline. */
export async function measureMemory(m: MemoryInput): Promise<MemoryResult> {
  const { page, cdp } = m;
  await atRest(page);
  await settle(page, m.allKeys);
  const before = await heapAfterGc(cdp, page);
  const snapBefore = await heapBreakdown(cdp).catch(() => null);
  await repeat(page, m.lang, 'language switch');
  const afterLang = await heapAfterGc(cdp, page);
  const panels: PanelState[] = [];
  await repeat(page, m.filter, 'filter change', async (i, state) => {
    if (state !== 'on' || i !== OPS - 2) return;
    // Filter on: panels without matching data show the empty state.
    await settle(page, m.filterKeys);
    panels.push(await panelState(page, cdp, `${m.filterLabel} filter on`));
  });
  // Back in the starting state (English, no filter).
  await atRest(page);
  await settle(page, m.allKeys);
  const after = await heapAfterGc(cdp, page);
  const snapAfter = await heapBreakdown(cdp).catch(() => null);
  panels.unshift(await panelState(page, cdp, 'unfiltered'));
  return {
    cold: m.cold,
    before,
    afterLang,
    after,
    deltaPercent: ((after - before) / before) * 100,
    coldDeltaPercent: ((after - m.cold) / m.cold) * 100,
    withoutCode: withoutCodeDelta(snapBefore, snapAfter),
    code: snapBefore && snapAfter ? { before: snapBefore.code, after: snapAfter.code } : null,
    langSwitches: OPS,
    filterChanges: OPS,
    panels,
  };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

/** The memory check in one line, for the progress log. */
export function describeMemory(memory: MemoryResult, since: number): string {
  const { before, afterLang, after, cold, withoutCode } = memory;
  const panels = memory.panels
    .map(
      (p) =>
        `${p.state}: ${p.domInstances} instances in the page, ${p.heapInstances ?? '?'} in the heap, ` +
        `${p.chartPanels} chart panels`,
    )
    .join('; ');
  return (
    `  memory (${OPS} switches + ${OPS} filter changes, ${seconds(since)}): ${mb(before)} → ` +
    `${mb(afterLang)} after the switches → ${mb(after)} after the clicks ` +
    `(${percent(memory.deltaPercent)}; without compiled code ` +
    `${withoutCode ? percent(withoutCode.deltaPercent) : 'unknown'}; from the cold ${mb(cold)} ` +
    `before any trial ${percent(memory.coldDeltaPercent)}); ${panels}`
  );
}
