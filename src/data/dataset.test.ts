/**
 * Honesty checks on the committed dataset against the original report
 * (data/source/ai-2026-04.zh.txt, verbatim). See /DATA.md's honesty rules.
 */
import { describe, expect, it } from 'vitest';
import { readRepoFile, readRepoJson } from '../test/repo';
import { reportSchema, type Figure, type FigureValue, type Qualifier } from './schema';

const report = reportSchema.parse(readRepoJson('data/ai-2026-04.json'));
const source = readRepoFile('data/source/ai-2026-04.zh.txt');

const squeeze = (text: string): string => text.replace(/\s+/g, '');
const squeezedSource = squeeze(source);

const figures = new Map(report.figures.map((f) => [f.id, f]));
function figure(id: string): Figure {
  const f = figures.get(id);
  if (!f) throw new Error(`no figure "${id}" in the dataset`);
  return f;
}
function pointValue(id: string): number {
  const v = figure(id).value;
  if (v.kind !== 'point') throw new Error(`figure "${id}" is not a point value`);
  return v.value;
}

/** Section n of the report, squeezed: from its heading "n Title" in the body to the next one. */
const sections: ReadonlyMap<number, string> = (() => {
  const body = source.slice(source.indexOf('\n1 Google'));
  const headings = [...body.matchAll(/^(\d{1,2}) \S.*$/gm)];
  return new Map(
    headings.map((m, i) => [
      Number(m[1]),
      squeeze(body.slice(m.index, headings[i + 1]?.index ?? body.length)),
    ]),
  );
})();

describe('quotes are verbatim', () => {
  it.each(report.figures.map((f) => [f.id, f.provenance.quote] as const))(
    'figure %s quotes the report',
    (_id, quote) => {
      expect(squeezedSource).toContain(squeeze(quote));
    },
  );

  it.each(report.threads.map((t) => [t.id, t.quote] as const))(
    'thread %s quotes the abstract',
    (_id, quote) => {
      expect(squeezedSource).toContain(squeeze(quote));
    },
  );

  it('every figure quote comes from the section it names', () => {
    const abstract = squeeze(source.slice(source.indexOf('摘要'), source.indexOf('Contents')));
    for (const f of report.figures) {
      const text = f.provenance.section === 0 ? abstract : sections.get(f.provenance.section);
      expect(text, `section ${f.provenance.section} of ${f.id}`).toBeDefined();
      expect(text, f.id).toContain(squeeze(f.provenance.quote));
    }
  });
});

describe('event sentences are verbatim, from their section', () => {
  const sentences = report.events.flatMap((e) =>
    [
      ...e.quotes.map((q) => ['quote', q] as const),
      ...(e.claims ?? []).map((c) => ['claim', c.quote] as const),
      ...(e.statedDates ?? []).map((d) => ['stated date', d.quote] as const),
    ].map(([kind, q]) => [e.id, kind, q, e.section] as const),
  );

  it.each(sentences)('%s: %s 「%s」', (_id, _kind, quote, section) => {
    expect(sections.get(section)).toContain(squeeze(quote));
  });

  it('keys each event’s claims and stated dates by their sentence, once', () => {
    for (const e of report.events) {
      const claims = (e.claims ?? []).map((c) => c.quote);
      expect(new Set(claims).size, e.id).toBe(claims.length);
      const dates = (e.statedDates ?? []).map((d) => d.quote + d.date.value);
      expect(new Set(dates).size, e.id).toBe(dates.length);
    }
  });
});

describe('completeness of the structure', () => {
  it('has exactly 15 events, one per numbered section', () => {
    expect(report.events).toHaveLength(15);
    expect(report.events.map((e) => e.section).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
  });

  it('has the 10 references numbered 1..10, each with an address the report lists', () => {
    expect(report.references.map((r) => r.number)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
    for (const r of report.references) expect(source).toContain(`<${r.url}>`);
  });

  it('has the four threads of the abstract, in order', () => {
    expect(report.threads.map((t) => t.order)).toEqual([1, 2, 3, 4]);
  });

  it('gives every figure of an event the section of that event', () => {
    const sections = new Map(report.events.map((e) => [e.id, e.section]));
    for (const f of report.figures) {
      if (f.event) expect(f.provenance.section, f.id).toBe(sections.get(f.event));
      else expect([0, 16], f.id).toContain(f.provenance.section);
    }
  });
});

const point = (value: number): FigureValue => ({ kind: 'point', value });
const num = (v: FigureValue | undefined): number => {
  if (v?.kind !== 'point') throw new Error('expected a point value');
  return v.value;
};

/** How each derived figure is computed from its inputs, in the order of `derived.inputs`. */
const FORMULAS: Record<string, (inputs: FigureValue[]) => FigureValue> = {
  'gpt-5-2-osworld': ([score, gain]) => point(num(score) - num(gain)),
  'gpt-5-4-margin-over-human': ([score, baseline]) => point(num(score) - num(baseline)),
  'q1-other-venture': ([total, openai, anthropic]) =>
    point(num(total) - num(openai) - num(anthropic)),
  'microsoft-japan-rest': ([total, datacentres]) => point(num(total) - num(datacentres)),
  // "Nearly double last year's": last year's level is about the 2026 range halved.
  'meta-capex-last-year-implied': ([range, multiple]) => {
    if (range?.kind !== 'range') throw new Error('expected a range');
    return { kind: 'range', low: range.low / num(multiple), high: range.high / num(multiple) };
  },
};

describe('derived values', () => {
  const derived = report.figures.filter((f) => f.derived);

  it('are exactly the ones whose formula this test knows', () => {
    expect(derived.map((f) => f.id).sort()).toEqual(Object.keys(FORMULAS).sort());
  });

  it.each(derived.map((f) => [f.id, f] as const))('%s is labelled as derived', (_id, f) => {
    expect(f.label.zh).toContain('推算');
    expect(f.label.en).toMatch(/\bderived\b/i);
  });

  it.each(derived.map((f) => [f.id, f] as const))(
    '%s gives its reasoning in a note, in both languages',
    (_id, f) => {
      expect(f.note?.zh.length ?? 0).toBeGreaterThan(20);
      expect(f.note?.en.length ?? 0).toBeGreaterThan(40);
    },
  );

  it.each(derived.map((f) => [f.id, f] as const))(
    '%s equals what its formula computes',
    (id, f) => {
      const inputs = f.derived!.inputs.map((x) => figure(x).value);
      const want = FORMULAS[id]!(inputs);
      const got = f.value;
      if (want.kind === 'point') expect(Math.abs(num(got) - want.value)).toBeLessThan(1e-3);
      else expect(got).toEqual(want);
    },
  );

  it('compute the known cases from the stated figures', () => {
    expect(figure('gpt-5-2-osworld').derived!.inputs).toEqual([
      'gpt-5-4-osworld',
      'gpt-5-4-gain-over-gpt-5-2',
    ]);
    expect(figure('q1-other-venture').derived!.inputs).toEqual([
      'q1-venture-total',
      'openai-funding-round',
      'anthropic-series-g',
    ]);
    expect(figure('gpt-5-4-margin-over-human').derived!.inputs).toEqual([
      'gpt-5-4-osworld',
      'osworld-human-baseline',
    ]);
  });

  it('never count an acquisition price as venture funding', () => {
    for (const f of report.figures) {
      expect(f.derived?.inputs ?? [], f.id).not.toContain('xai-acquisition');
    }
    expect(figure('xai-acquisition').note?.en).toMatch(/not venture funding/);
  });

  it('are never inputs of other derived values', () => {
    const ids = new Set(derived.map((f) => f.id));
    for (const f of derived) for (const x of f.derived!.inputs) expect(ids.has(x), x).toBe(false);
  });
});

/** The Chinese words that carry each hedge (DATA.md, honesty rule 1). */
const HEDGE_WORDS: Record<Exclude<Qualifier, 'exact' | 'range'>, RegExp> = {
  about: /约/,
  'more-than': /超过|破|突破|以上|两倍多/,
  nearly: /近|接近|几乎/,
  'fewer-than': /不足/,
  'up-to': /多达/,
  'as-much-as': /高达/,
  thousands: /数千/,
  plus: /多/,
  within: /内/,
};

describe('qualifiers keep the report’s hedges', () => {
  const hedged = report.figures.filter((f) => f.qualifier !== 'exact' && f.qualifier !== 'range');

  it.each(hedged.map((f) => [f.id, f] as const))('%s has its hedge word in the quote', (_id, f) => {
    const word = HEDGE_WORDS[f.qualifier as keyof typeof HEDGE_WORDS];
    expect(f.provenance.quote).toMatch(word);
  });

  it('the range figures quote a range (至)', () => {
    for (const f of report.figures.filter((x) => x.qualifier === 'range')) {
      expect(f.provenance.quote, f.id).toMatch(/\d\s*(?:亿|万)?\s*至\s*\d/);
    }
  });

  it('the hedged figures the issue names keep their qualifier', () => {
    expect(figure('mcp-installs').qualifier).toBe('more-than');
    expect(figure('openai-annualised-revenue').qualifier).toBe('more-than');
    expect(figure('anthropic-annualised-revenue').qualifier).toBe('nearly');
    expect(figure('sora-users-after').qualifier).toBe('fewer-than');
    expect(figure('neuro-symbolic-energy-reduction').qualifier).toBe('up-to');
    expect(figure('mythos-zero-days').qualifier).toBe('thousands');
    expect(figure('glasswing-partners').qualifier).toBe('plus');
    expect(figure('microsoft-japan-jobs').qualifier).toBe('about');
  });
});

describe('dates carry the report’s precision', () => {
  const dayEvents = report.events.filter((e) => e.date.precision === 'day');

  /**
   * The events a cited article dates to the day: only where the article reports that event
   * happening that day (DATA.md rule 3). A release posted about a research result, or an
   * article about a trend, does not date the event.
   */
  const DAY_DATED: Record<string, string> = {
    'meta-muse-spark':
      'CNBC’s “Meta debuts new AI model …” (ref-7, 2026/04/08) reports the release',
  };

  it('gives a day only to the events whose cited article reports them that day', () => {
    expect(dayEvents.map((e) => e.id).sort()).toEqual(Object.keys(DAY_DATED).sort());
  });

  it('keeps the trend and the research result at month precision, with the reason', () => {
    for (const id of ['virtual-try-on', 'neuro-symbolic']) {
      const e = report.events.find((x) => x.id === id);
      expect(e?.date, id).toEqual({ precision: 'month', value: '2026-04' });
      expect(e?.dateNote?.en, id).toMatch(/month precision/);
      expect(e?.dateNote?.zh, id).toMatch(/按月记/);
    }
  });

  it.each(dayEvents.map((e) => [e.id, e] as const))(
    '%s: its day comes from the address of a source it cites, and says so',
    (_id, e) => {
      expect(e.dateNote, 'a day needs a note saying where it comes from').toBeDefined();
      const [y, m, d] = e.date.value.split('-');
      const forms = [`${y}${m}${d}`, `${y!.slice(2)}${m}${d}`];
      const urls = report.references.filter((r) => e.references.includes(r.id)).map((r) => r.url);
      const cited = urls.filter((url) =>
        forms.some((form) => url.replace(/\D/g, '').includes(form)),
      );
      expect(cited, `no cited address of ${e.id} contains ${e.date.value}`).not.toEqual([]);
      // The note shows the digits it read from the address.
      expect(forms.some((form) => e.dateNote!.en.replace(/\D/g, '').includes(form))).toBe(true);
    },
  );

  it('dates the Q1 funding record by quarter, not by a month or day', () => {
    const q1 = report.events.find((e) => e.id === 'q1-venture-record');
    expect(q1?.date).toEqual({ precision: 'quarter', value: '2026-Q1' });
    expect(figure('q1-venture-total').date).toEqual({ precision: 'quarter', value: '2026-Q1' });
  });

  it('dates no figure to a day', () => {
    for (const f of report.figures) expect(f.date?.precision, f.id).not.toBe('day');
  });
});

describe('the figures the issue names', () => {
  it.each([
    ['q1-venture-total', 267.2e9],
    ['gpt-5-4-osworld', 75],
    ['osworld-human-baseline', 72.4],
    ['turboquant-memory-reduction', 6],
    ['us-retail-return-rate', 15.8],
    ['us-online-return-rate', 19.3],
    ['us-retail-returns-total', 849.9e9],
    ['mcp-installs', 97e6],
    ['openai-annualised-revenue', 25e9],
    ['anthropic-annualised-revenue', 19e9],
    ['openai-funding-round', 122e9],
    ['anthropic-series-g', 30e9],
    ['xai-acquisition', 250e9],
    ['microsoft-japan-investment', 10e9],
  ] as const)('%s is %d', (id, value) => {
    expect(pointValue(id)).toBe(value);
  });

  it('Meta capex 2026 is the range $115B–$135B', () => {
    expect(figure('meta-capex-2026').value).toEqual({ kind: 'range', low: 115e9, high: 135e9 });
    expect(figure('meta-capex-2026').unit).toBe('usd');
  });

  it('neuro-symbolic energy reduction is "up to 100×"', () => {
    const f = figure('neuro-symbolic-energy-reduction');
    expect([f.value, f.unit, f.qualifier]).toEqual([
      { kind: 'point', value: 100 },
      'multiple',
      'up-to',
    ]);
  });

  it('TurboQuant memory reduction is 6× (the report writes 六倍)', () => {
    const f = figure('turboquant-memory-reduction');
    expect(f.unit).toBe('multiple');
    expect(f.provenance.quote).toContain('六倍');
  });

  it('the two return rates are percentages from the NRF', () => {
    for (const id of ['us-retail-return-rate', 'us-online-return-rate']) {
      expect(figure(id).unit).toBe('percent');
      expect(figure(id).organisations).toContain('nrf');
    }
  });

  it('body figures win over rounded headings, with a note', () => {
    // The heading says 8500 亿美元; the body says 8499 亿美元.
    expect(figure('us-retail-returns-total').note?.zh).toContain('8500');
    expect(figure('openai-monthly-revenue').note?.zh).toContain('正文');
  });
});
