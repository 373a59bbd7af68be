import { describe, expect, it } from 'vitest';
import { activeFilterCount, EMPTY_FILTERS } from '../../data/filters';
import { deckSlug } from './make-decks';

describe('a deck’s file name', () => {
  it('is the edition’s for the whole edition and for a view with nothing filtered', () => {
    expect(deckSlug(null)).toBe('deck');
    expect(deckSlug({ filters: EMPTY_FILTERS, selection: null })).toBe('deck');
  });

  it('says “filtered” for a filtered or focused view, so it never replaces the whole deck', () => {
    for (const filters of [
      { ...EMPTY_FILTERS, organisations: ['openai'] },
      { ...EMPTY_FILTERS, threads: ['capital-physical'] },
      { ...EMPTY_FILTERS, categories: ['research'] },
      { ...EMPTY_FILTERS, range: { from: '2026-04-01', to: '2026-04-30' } },
      { ...EMPTY_FILTERS, search: 'Sora' },
    ]) {
      expect(activeFilterCount(filters, null)).toBe(1);
      expect(deckSlug({ filters, selection: null })).toBe('deck-filtered');
    }
    const selection = { kind: 'organisation', id: 'meta' } as const;
    expect(deckSlug({ filters: EMPTY_FILTERS, selection })).toBe('deck-filtered');
  });
});
