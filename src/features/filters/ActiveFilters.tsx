import { coloursFor } from '../../charts/theme';
import type { Report } from '../../data/schema';
import { useDashboard } from '../../state/store';
import { entityName } from '../../data/entity-name';
import { useScheme } from '../../shared/use-scheme';
import { useWords } from '../../shared/use-words';

interface Chip {
  key: string;
  label: string;
  colour?: string;
  onRemove: () => void;
}

/** Every active filter and the selection as a removable chip, plus "clear all". */
export function ActiveFilters({ report }: { report: Report }) {
  const { t, text, fmt } = useWords();
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  const removeFilter = useDashboard((s) => s.removeFilter);
  const setRange = useDashboard((s) => s.setRange);
  const setSearch = useDashboard((s) => s.setSearch);
  const clearSelection = useDashboard((s) => s.clearSelection);
  const clearAll = useDashboard((s) => s.clearAll);
  const scheme = useScheme();
  const colours = coloursFor(report, scheme);

  const chips: Chip[] = [];
  const add = (
    list: 'threads' | 'categories' | 'organisations',
    kind: 'thread' | 'category' | 'organisation',
  ) => {
    for (const id of filters[list]) {
      const name = entityName(report, { kind, id }, text);
      if (name === null) continue; // an id from a URL that this report does not have
      chips.push({
        key: `${kind}:${id}`,
        label: `${t('app.labelled', { label: t(`filters.kind.${kind}`) })}${name}`,
        colour:
          kind === 'thread'
            ? colours.thread(id)
            : kind === 'organisation'
              ? colours.organisation(id)
              : undefined,
        onRemove: () => removeFilter(list, id),
      });
    }
  };
  add('threads', 'thread');
  add('categories', 'category');
  add('organisations', 'organisation');
  if (filters.range) {
    chips.push({
      key: 'range',
      label: `${t('app.labelled', { label: t('filters.range') })}${t('filters.rangeValue', {
        from: fmt.date({ precision: 'day', value: filters.range.from }),
        to: fmt.date({ precision: 'day', value: filters.range.to }),
      })}`,
      onRemove: () => setRange(null),
    });
  }
  if (filters.search) {
    chips.push({
      key: 'search',
      label: t('filters.quoted', { text: filters.search }),
      onRemove: () => setSearch(''),
    });
  }
  const selectionName = selection ? entityName(report, selection, text) : null;
  if (chips.length === 0 && !selectionName) return null;

  return (
    <div className="active-filters" aria-label={t('filters.active')} role="group">
      {selection && selectionName && (
        <span className="chip chip--selection">
          <span>{t('filters.selection', { name: selectionName })}</span>
          <button
            type="button"
            className="chip__remove"
            aria-label={t('filters.clearSelection')}
            onClick={clearSelection}
          >
            ×
          </button>
        </span>
      )}
      {chips.map((c) => (
        <span key={c.key} className="chip">
          {c.colour && (
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
          )}
          <span>{c.label}</span>
          <button
            type="button"
            className="chip__remove"
            aria-label={t('filters.remove', { name: c.label })}
            onClick={c.onRemove}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" className="button button--small" onClick={clearAll}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
