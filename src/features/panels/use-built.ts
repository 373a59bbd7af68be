import { useMemo, useState } from 'react';
import type { BuiltChart, ChartContext } from '../../charts/options/types';
import type { PanelSpec } from './use-panels';

/** Builds kept per chart: the one on screen and the one before it. */
export const KEPT_BUILDS = 2;

const objectIds = new WeakMap<object, number>();
let lastObjectId = 0;
/** A number per object (the colours of a scheme), for keys. */
function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    lastObjectId += 1;
    id = lastObjectId;
    objectIds.set(o, id);
  }
  return id;
}

/**
 * The slide's chart, rebuilt only when its own inputs change (its data, the language, the
 * colours, the focus, the layout), and remembered for one step back: when a filter is
 * toggled back, or a panel's data returns after a filter emptied it, the very same chart
 * object comes back, so ECharts is not handed a new option at all.
 */
export function useBuilt(
  slide: Pick<PanelSpec, 'build' | 'dataKey'>,
  ctx: ChartContext,
): BuiltChart | null {
  const [cache] = useState(() => new Map<string, BuiltChart | null>());
  const focus = ctx.focus ? `${ctx.focus.kind}:${ctx.focus.id}` : '';
  const key = [
    slide.dataKey,
    ctx.lang,
    objectId(ctx.colours),
    focus,
    ctx.compact ? 1 : 0,
    ctx.scale ?? 1,
    ctx.width ?? 0,
    ctx.still ? 1 : 0,
  ].join('|');
  return useMemo(() => {
    if (cache.has(key)) {
      const hit = cache.get(key) ?? null;
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const built = slide.build(ctx);
    cache.set(key, built);
    while (cache.size > KEPT_BUILDS) cache.delete(cache.keys().next().value as string);
    return built;
    // `slide` and `ctx` change identity with every render of the section; `key` says
    // everything the build depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
