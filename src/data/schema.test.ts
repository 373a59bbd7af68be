import { describe, expect, it } from 'vitest';
import { wordsFor } from '../i18n/words';
import { readRepoJson } from '../test/repo';
import { describeIssues, formatPath } from './load-report';
import { reportIndexSchema, reportSchema, type Report } from './schema';

const raw = readRepoJson('data/ai-2026-04.json');
const dataset: Report = reportSchema.parse(raw);

/** A deep copy of the committed dataset, typed so a test can break one thing in it. */
function copy(): Report {
  return structuredClone(dataset);
}

const figureIndex = (id: string): number => {
  const i = dataset.figures.findIndex((f) => f.id === id);
  if (i < 0) throw new Error(`no figure ${id}`);
  return i;
};

const panelIndex = (id: string): number => {
  const i = dataset.panels.findIndex((p) => p.id === id);
  if (i < 0) throw new Error(`no panel ${id}`);
  return i;
};

/** Where the schema says the data is wrong, as readable paths. */
function problems(data: unknown): { path: string; message: string }[] {
  const result = reportSchema.safeParse(data);
  return result.success ? [] : describeIssues(result.error.issues, wordsFor('en').t, 'en', 100);
}

/** Treat a value as another type, to build data JSON could hold but TypeScript forbids. */
const as = <T>(value: unknown): T => value as T;

interface Variant {
  name: string;
  breakIt: (r: Report) => void;
  /** The one path the schema must name. */
  path: string;
  message?: RegExp;
}

const meta = figureIndex('meta-capex-2026');
const gpt52 = figureIndex('gpt-5-2-osworld');

const variants: Variant[] = [
  {
    name: 'a panel drawing a figure that does not exist',
    breakIt: (r) => {
      const p = r.panels[panelIndex('revenue')]!;
      if (p.form !== 'bars') throw new Error('revenue is not bars');
      p.marks[1]!.figure = 'no-such-figure';
    },
    path: `panels[${panelIndex('revenue')}].marks[1].figure`,
    message: /unknown figure id "no-such-figure"/,
  },
  {
    name: 'a panel title citing a figure that does not exist',
    breakIt: (r) => {
      r.panels[panelIndex('revenue')]!.title.en = 'Revenue of {{nobody-knows}}';
    },
    path: `panels[${panelIndex('revenue')}].title`,
    message: /unknown figure id "nobody-knows"/,
  },
  {
    name: 'a card showing a figure that does not exist',
    breakIt: (r) => {
      r.cards[0]!.figures[0]!.figure = 'gone';
    },
    path: 'cards[0].figures[0].figure',
  },
  {
    name: 'marks of different units on one axis',
    breakIt: (r) => {
      const p = r.panels[panelIndex('revenue')]!;
      if (p.form !== 'bars') throw new Error('revenue is not bars');
      p.marks[1]!.figure = 'gemini-context-window';
    },
    path: `panels[${panelIndex('revenue')}].marks[1].figure`,
    message: /unit/,
  },
  {
    name: 'parts that do not add up to their total',
    breakIt: (r) => {
      const p = r.panels[panelIndex('q1-venture')]!;
      if (p.form !== 'part-to-whole') throw new Error('not part-to-whole');
      p.parts = p.parts.slice(0, 2);
    },
    path: `panels[${panelIndex('q1-venture')}].parts`,
    message: /add up/,
  },
  {
    name: 'a multiples panel with a figure that is not a multiple',
    breakIt: (r) => {
      const p = r.panels[panelIndex('efficiency')]!;
      if (p.form !== 'multiples') throw new Error('not multiples');
      p.marks[0]!.figure = 'us-retail-return-rate';
    },
    path: `panels[${panelIndex('efficiency')}].marks[0].figure`,
  },
  {
    name: 'a reference panel without its reference line',
    breakIt: (r) => {
      const p = r.panels[panelIndex('osworld')]!;
      p.annotations = (p.annotations ?? []).filter((a) => a.kind !== 'reference');
    },
    path: `panels[${panelIndex('osworld')}].annotations`,
    message: /reference/,
  },
  {
    name: 'a panel taking a slide id the presentation keeps',
    breakIt: (r) => {
      r.panels[panelIndex('mcp')]!.id = 'title';
    },
    path: `panels[${panelIndex('mcp')}].id`,
  },
  {
    name: 'two panels with one file-name slug',
    breakIt: (r) => {
      r.panels[panelIndex('mcp')]!.slug = r.panels[panelIndex('revenue')]!.slug;
    },
    path: `panels[${Math.max(panelIndex('mcp'), panelIndex('revenue'))}].slug`,
  },
  {
    name: 'the end of a day (a part only periods have)',
    breakIt: (r) => {
      r.events[0]!.date = { precision: 'day', value: '2026-04-02', part: 'end' };
    },
    path: 'events[0].date.part',
  },
  {
    name: 'a range whose low exceeds its high',
    breakIt: (r) => {
      r.figures[meta]!.value = { kind: 'range', low: 135e9, high: 115e9 };
    },
    path: `figures[${meta}].value.low`,
    message: /low must not exceed high/,
  },
  {
    name: 'a figure pointing at an organisation that does not exist',
    breakIt: (r) => {
      r.figures[0]!.organisations[0] = 'no-such-org';
    },
    path: 'figures[0].organisations[0]',
    message: /unknown organisation id "no-such-org"/,
  },
  {
    name: 'an event pointing at an organisation that does not exist',
    breakIt: (r) => {
      r.events[4]!.organisations.push('acme');
    },
    path: `events[4].organisations[${dataset.events[4]!.organisations.length}]`,
    message: /unknown organisation/,
  },
  {
    name: '30 February at day precision',
    breakIt: (r) => {
      r.events[2]!.date = { precision: 'day', value: '2026-02-30' };
    },
    path: 'events[2].date.value',
    message: /real date/,
  },
  {
    name: 'a day written at month precision',
    breakIt: (r) => {
      r.events[0]!.date = { precision: 'month', value: '2026-04-05' };
    },
    path: 'events[0].date.value',
  },
  {
    name: 'a fifth quarter',
    breakIt: (r) => {
      r.figures[figureIndex('q1-venture-total')]!.date = { precision: 'quarter', value: '2026-Q5' };
    },
    path: `figures[${figureIndex('q1-venture-total')}].date.value`,
  },
  {
    name: 'a duplicate figure id (the second one is named)',
    breakIt: (r) => {
      r.figures[figureIndex('meta-rebuild-duration')]!.id = 'turboquant-steps';
    },
    path: `figures[${figureIndex('meta-rebuild-duration')}].id`,
    message: /duplicate id/,
  },
  {
    name: 'a duplicate organisation id',
    breakIt: (r) => {
      r.organisations.push({ ...r.organisations[0]! });
    },
    path: `organisations[${dataset.organisations.length}].id`,
    message: /duplicate id "google"/,
  },
  {
    name: 'a bilingual text without its Chinese',
    breakIt: (r) => {
      r.events[0]!.title = as({ en: r.events[0]!.title.en });
    },
    path: 'events[0].title.zh',
  },
  {
    name: 'a bilingual text that is only white space',
    breakIt: (r) => {
      r.figures[1]!.label.en = '   ';
    },
    path: 'figures[1].label.en',
    message: /non-empty/,
  },
  {
    name: 'a third language in a bilingual text',
    breakIt: (r) => {
      r.report.title = as({ ...r.report.title, fr: 'Rapport' });
    },
    path: 'report.title',
    message: /fr/,
  },
  {
    name: 'an unknown qualifier',
    breakIt: (r) => {
      r.figures[0]!.qualifier = as('roughly');
    },
    path: 'figures[0].qualifier',
  },
  {
    name: 'an unknown unit',
    breakIt: (r) => {
      r.figures[0]!.unit = as('euros');
    },
    path: 'figures[0].unit',
  },
  {
    name: 'a number written as a string',
    breakIt: (r) => {
      r.figures[0]!.value = as({ kind: 'point', value: '2000000' });
    },
    path: 'figures[0].value.value',
    message: /number/,
  },
  {
    name: 'Infinity (which only a JS object, not JSON, can hold)',
    breakIt: (r) => {
      r.figures[0]!.value = { kind: 'point', value: Infinity };
    },
    path: 'figures[0].value.value',
  },
  {
    name: 'NaN',
    breakIt: (r) => {
      r.figures[0]!.value = { kind: 'point', value: NaN };
    },
    path: 'figures[0].value.value',
  },
  {
    name: 'a negative value',
    breakIt: (r) => {
      r.figures[2]!.value = { kind: 'point', value: -75 };
    },
    path: 'figures[2].value.value',
  },
  {
    name: 'the range qualifier on a point value',
    breakIt: (r) => {
      r.figures[0]!.qualifier = 'range';
    },
    path: 'figures[0].qualifier',
    message: /range/,
  },
  {
    name: 'a range value with a point qualifier',
    breakIt: (r) => {
      r.figures[meta]!.qualifier = 'about';
    },
    path: `figures[${meta}].qualifier`,
  },
  {
    name: 'a value of an unknown kind',
    breakIt: (r) => {
      r.figures[0]!.value = as({ kind: 'estimate', value: 1 });
    },
    path: 'figures[0].value.kind',
  },
  {
    name: 'a derived figure whose input does not exist',
    breakIt: (r) => {
      r.figures[gpt52]!.derived!.inputs[0] = 'no-such-figure';
    },
    path: `figures[${gpt52}].derived.inputs[0]`,
    message: /unknown figure id "no-such-figure"/,
  },
  {
    name: 'a figure derived from itself',
    breakIt: (r) => {
      r.figures[gpt52]!.derived!.inputs[1] = 'gpt-5-2-osworld';
    },
    path: `figures[${gpt52}].derived.inputs[1]`,
    message: /itself/,
  },
  {
    name: 'a javascript: reference URL',
    breakIt: (r) => {
      r.references[0]!.url = 'javascript:alert(1)';
    },
    path: 'references[0].url',
    message: /http/,
  },
  {
    name: 'a reference id nobody defined',
    breakIt: (r) => {
      r.events[0]!.references.push('ref-99');
    },
    path: 'events[0].references[0]',
    message: /unknown reference id "ref-99"/,
  },
  {
    name: 'a figure provenance pointing at an unknown reference',
    breakIt: (r) => {
      r.figures[0]!.provenance.references = ['ref-0'];
    },
    path: 'figures[0].provenance.references[0]',
  },
  {
    name: 'an unknown category',
    breakIt: (r) => {
      r.events[0]!.category = 'gossip';
    },
    path: 'events[0].category',
    message: /unknown category/,
  },
  {
    name: 'an unknown thread',
    breakIt: (r) => {
      r.events[1]!.threads = ['nope'];
    },
    path: 'events[1].threads[0]',
    message: /unknown thread/,
  },
  {
    name: 'a figure of an unknown event',
    breakIt: (r) => {
      r.figures[3]!.event = 'gpt-6';
    },
    path: 'figures[3].event',
    message: /unknown event/,
  },
  {
    name: 'an id that is not kebab-case',
    breakIt: (r) => {
      // Nothing points at ref-1, so this is the only problem.
      r.references[0]!.id = 'Ref 1';
    },
    path: 'references[0].id',
    message: /kebab-case/,
  },
  {
    name: 'a section beyond the conclusion',
    breakIt: (r) => {
      r.figures[0]!.provenance.section = 17;
    },
    path: 'figures[0].provenance.section',
  },
  {
    name: 'an empty list of figures',
    breakIt: (r) => {
      r.figures = [];
      r.cards = [];
      r.panels = r.panels.filter((p) => p.form === 'timeline');
    },
    path: 'figures',
  },
  {
    name: 'an unknown top-level key',
    breakIt: (r) => {
      as<Record<string, unknown>>(r).comments = 'hello';
    },
    path: '',
    message: /comments/,
  },
  {
    name: 'an unknown key in a figure',
    breakIt: (r) => {
      as<Record<string, unknown>>(r.figures[4]).approx = true;
    },
    path: 'figures[4]',
    message: /approx/,
  },
  {
    name: 'schemaVersion 1 (the format before panels)',
    breakIt: (r) => {
      r.schemaVersion = as(1);
    },
    path: 'schemaVersion',
  },
  {
    name: 'a report in another source language',
    breakIt: (r) => {
      r.report.language = as('en');
    },
    path: 'report.language',
  },
  {
    name: 'an event numbered as the conclusion',
    breakIt: (r) => {
      r.events[3]!.section = r.report.conclusionSection;
    },
    path: 'events[3].section',
    message: /comes after the conclusion \(section 16\)/,
  },
  {
    name: 'a figure quoted from after the conclusion',
    breakIt: (r) => {
      r.report.conclusionSection = 15;
      r.figures.forEach((f) => {
        if (f.provenance.section === 16) f.provenance.section = 15;
      });
      r.events.forEach((e) => {
        if (e.section === 15) e.section = 14;
      });
      r.panels.forEach((p) => {
        if (p.heading && p.heading.section > 15) p.heading.section = 15;
      });
      r.figures[gpt52]!.provenance.section = 17;
    },
    path: `figures[${gpt52}].provenance.section`,
    message: /section 17 comes after the conclusion \(section 15\)/,
  },
];

describe('reportSchema', () => {
  it('accepts the committed dataset', () => {
    expect(problems(raw)).toEqual([]);
  });

  it('accepts data/index.json', () => {
    expect(reportIndexSchema.safeParse(readRepoJson('data/index.json')).success).toBe(true);
  });

  it('has enough broken variants', () => {
    expect(variants.length).toBeGreaterThanOrEqual(15);
    expect(new Set(variants.map((v) => v.name)).size).toBe(variants.length);
  });

  it.each(variants)('rejects $name at $path', ({ breakIt, path, message }) => {
    const broken = copy();
    breakIt(broken);
    const found = problems(broken);
    // Exactly one problem, at exactly that place: nothing else in the copy is wrong.
    expect(found.map((p) => p.path)).toEqual([path]);
    if (message) expect(found[0]!.message).toMatch(message);
  });

  it('still accepts an untouched copy (the variants do not share state)', () => {
    expect(problems(copy())).toEqual([]);
  });

  it('reports every dangling pointer when a record is renamed', () => {
    const broken = copy();
    const old = broken.threads[0]!.id;
    broken.threads[0]!.id = 'renamed';
    const pointing = dataset.events.flatMap((e, i) =>
      e.threads.flatMap((t, j) => (t === old ? [`events[${i}].threads[${j}]`] : [])),
    );
    expect(pointing.length).toBeGreaterThan(0);
    expect(problems(broken).map((p) => p.path)).toEqual(pointing);
  });

  it('names the problem in the whole file, not just the first one', () => {
    const broken = copy();
    broken.figures[0]!.unit = as('euros');
    broken.events[2]!.date = { precision: 'day', value: '2026-02-30' };
    expect(problems(broken).map((p) => p.path)).toEqual([
      'events[2].date.value',
      'figures[0].unit',
    ]);
  });
});

describe('reportIndexSchema', () => {
  const index = readRepoJson('data/index.json') as { reports: Record<string, unknown>[] };
  const paths = (data: unknown): string[] => {
    const result = reportIndexSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => formatPath(i.path));
  };

  it('rejects a file outside data/', () => {
    const broken = structuredClone(index);
    broken.reports[0]!.file = '../secrets.json';
    expect(paths(broken)).toEqual(['reports[0].file']);
  });

  it('rejects an empty index', () => {
    expect(paths({ reports: [] })).toEqual(['reports']);
  });

  it('rejects an impossible month', () => {
    const broken = structuredClone(index);
    broken.reports[0]!.month = { precision: 'month', value: '2026-13' };
    expect(paths(broken)).toEqual(['reports[0].month.value']);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['figures', 3, 'value', 'low'])).toBe('figures[3].value.low');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('');
  });
});
