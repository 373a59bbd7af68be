/**
 * The filters and the selection as the page shows them: the store's, one deferred render
 * behind. A chip's click or a mark's selection paints its own feedback first (the chip, the
 * active-filter chips, the count on the filter button, which read the store) and the panels,
 * the match count and the figures table follow in one render React can interrupt. Read
 * through a context fed at the app's root, so that the click's own frame does not re-render
 * every reader of them with the old values (each `useDeferredValue` of the store would).
 * A component rendered without it (a unit test) follows the store directly.
 */
import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { EntityRef } from '../data/filters';
import { useDashboard, type Filters } from '../state/store';

export interface ShownView {
  filters: Filters;
  selection: EntityRef | null;
}

const Shown = createContext<ShownView | null>(null);
/** Whether the shown view is still behind the store (its own context: see useShownPending). */
const Pending = createContext(false);

export function ShownViewProvider({ children }: { children: ReactNode }) {
  const liveFilters = useDashboard((s) => s.filters);
  const liveSelection = useDashboard((s) => s.selection);
  const filters = useDeferredValue(liveFilters);
  const selection = useDeferredValue(liveSelection);
  const view = useMemo(() => ({ filters, selection }), [filters, selection]);
  const pending = filters !== liveFilters || selection !== liveSelection;
  return (
    <Shown value={view}>
      <Pending value={pending}>{children}</Pending>
    </Shown>
  );
}

/**
 * True while the page still shows the filters and selection before the latest change (the
 * deferred render has not landed). A live region that reports the shown view marks itself busy
 * meanwhile, so that a screen reader does not announce the stale value (nor a test read it).
 * Only the readers of this context re-render when it flips, not the readers of the view.
 */
export function useShownPending(): boolean {
  return useContext(Pending);
}

/** The filters and selection the page shows (see ShownViewProvider); the store's outside it. */
export function useShownView(): ShownView {
  const shown = useContext(Shown);
  // Subscribed to the store only without a provider above (the selectors' answers never
  // change inside one).
  const filters = useDashboard((s) => (shown === null ? s.filters : null));
  const selection = useDashboard((s) => (shown === null ? s.selection : null));
  const own = useMemo(
    () => (filters === null ? null : { filters, selection }),
    [filters, selection],
  );
  return shown ?? (own as ShownView);
}
