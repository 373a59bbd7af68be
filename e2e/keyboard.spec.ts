/**
 * The dashboard with a keyboard alone. A Tab walk from the top of the page meets the skip link,
 * the header's controls, every filter, each chart's Export and Show table buttons, the
 * timeline's events (once its table is open) and the figures table, in document order, with a
 * visible focus indicator at every step, and leaves the page at the end instead of circling.
 * Then the widgets one by one: the event card (Enter opens, Escape closes, focus comes back),
 * the export disclosure, the language switch, presentation mode; and reduced motion.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  CHART_IDS,
  slideAt,
  chartImage,
  chartPanel,
  EDITION,
  expect,
  filterBar,
  gotoApp,
  LANGS,
  tableToggle,
  test,
  TEXT,
  TOTAL_EVENTS,
  UI,
  type ChartId,
  type Lang,
} from './fixtures';

/** What a keyboard user lands on after one Tab. */
interface Stop {
  /** A stable id for the element, given on first visit (a JS property, not an attribute). */
  key: number;
  /** ARIA role and accessible name, as Playwright's aria snapshot reads them. */
  role: string;
  name: string;
  /** Where it is: the chart panel (`data-chart`) or landmark it sits in. */
  chart: string | null;
  inFilters: boolean;
  inFigures: boolean;
  inHeader: boolean;
  inTimelineTable: boolean;
  /** A focus indicator is drawn: an outline or a box-shadow, on the element or its parent. */
  indicator: string | null;
}

const KEY = '__kbWalkKey';

/** Read the focused element (null when focus is on <body> or nowhere). */
async function focused(page: Page): Promise<Stop | null> {
  const info = await page.evaluate((keyProp) => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const store = window as unknown as { __kbNext?: number };
    const tagged = el as unknown as Record<string, number | undefined>;
    if (tagged[keyProp] === undefined) {
      store.__kbNext = (store.__kbNext ?? 0) + 1;
      tagged[keyProp] = store.__kbNext;
    }
    const drawn = (node: Element | null): string | null => {
      if (!node) return null;
      const cs = getComputedStyle(node);
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0)
        return `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} on <${node.tagName.toLowerCase()}>`;
      if (cs.boxShadow && cs.boxShadow !== 'none')
        return `box-shadow ${cs.boxShadow} on <${node.tagName.toLowerCase()}>`;
      return null;
    };
    return {
      key: tagged[keyProp],
      chart: el.closest('section[data-panel]')?.getAttribute('data-panel') ?? null,
      inFilters: Boolean(el.closest('section.filters')),
      inFigures: Boolean(el.closest('section.figures')),
      inHeader: Boolean(el.closest('header.masthead')),
      inTimelineTable: Boolean(el.closest('section[data-panel="timeline"] table')),
      indicator: drawn(el) ?? drawn(el.parentElement),
      // A date field's focus sits in its shadow segments, where `:focus` does not match.
      dateLabel: el.matches('input[type="date"]')
        ? (el.closest('label')?.textContent?.trim() ?? '')
        : null,
    };
  }, KEY);
  if (!info) return null;
  if (info.dateLabel !== null) return { ...info, role: 'date', name: info.dateLabel };
  const { role, name } = parseAriaLine(
    (await page.locator(':focus').ariaSnapshot()).split('\n')[0],
  );
  return { ...info, role, name };
}

/**
 * Role and name from the first line of an aria snapshot: `- role "name"`, with a `:` when it
 * has children, YAML-quoted as a whole (`- 'role "a: b"'`) when the name holds special
 * characters.
 */
function parseAriaLine(line = ''): { role: string; name: string } {
  let body = line.replace(/^- /, '');
  if (body.startsWith("'")) body = body.slice(1, body.lastIndexOf("'")).replace(/''/g, "'");
  else if (body.startsWith('"'))
    body = JSON.parse(body.slice(0, body.lastIndexOf('"') + 1)) as string;
  const m = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(body);
  if (!m) return { role: body, name: '' };
  return { role: m[1] ?? body, name: m[2] ? (JSON.parse(`"${m[2]}"`) as string) : '' };
}

function show(stop: Stop | null): string {
  return stop ? `${stop.role} “${stop.name}”${stop.chart ? ` [${stop.chart}]` : ''}` : '<body>';
}

const SKIP: Record<Lang, string> = { en: 'Skip to content', zh: '跳到正文' };
/** A panel's Export button, named by the panel's short name ("Export Timeline"). */
function exportName(lang: Lang, id: ChartId): string {
  const name = EDITION.panels.find((p) => p.id === id)?.name[lang];
  if (!name) throw new Error(`the edition has no panel "${id}"`);
  return lang === 'en' ? `Export ${name}` : `导出“${name}”`;
}
const COPY_LINK: Record<Lang, string> = { en: 'Copy link', zh: '复制链接' };
const PRESENT: Record<Lang, string> = { en: 'Present', zh: '演示' };
const NEXT_SLIDE: Record<Lang, string> = { en: 'Next slide', zh: '下一页' };
const LEAVE: Record<Lang, string> = { en: 'Leave presentation (Esc)', zh: '退出演示（Esc）' };
const THEME: Record<Lang, string> = { en: 'Theme', zh: '主题' };
const SOURCE_FOR: Record<Lang, RegExp> = { en: /^Source/, zh: /来源/ };

/** A fresh load of the page (the same browser page, so its files are cached). */
async function load(page: Page, lang: Lang): Promise<void> {
  await gotoApp(page, { lang });
  await expect(chartImage(page, 'timeline').locator('svg')).toBeVisible();
}

for (const lang of LANGS) {
  // One browser page per language; each step starts from a fresh load of it.
  test(`keyboard (${lang})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await test.step('a Tab walk from the top reaches everything in order, with a focus ring, and leaves', async () => {
      await load(page, lang);
      const filterCheckboxes = await filterBar(page, lang).getByRole('checkbox').count();
      const sourceButtons = await page.locator('section.figures tbody button').count();
      expect(filterCheckboxes, 'the filters have checkboxes').toBeGreaterThan(5);

      const stops: (Stop | null)[] = [];
      let openedTimelineTable = false;
      let wrappedAt = -1;
      for (let i = 0; i < 300; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        stops.push(stop);
        if (
          !openedTimelineTable &&
          stop?.chart === 'timeline' &&
          stop.role === 'button' &&
          stop.name === UI[lang].showTable
        ) {
          // Open the timeline's table from the keyboard; its event buttons come next.
          await page.keyboard.press('Enter');
          await expect(tableToggle(page, 'timeline')).toHaveAttribute('aria-pressed', 'true');
          await expect(tableToggle(page, 'timeline')).toBeFocused();
          openedTimelineTable = true;
        }
        // Past the end of the page focus leaves for the browser (body here), then wraps.
        if (stop === null && i > 0) {
          wrappedAt = i;
          await page.keyboard.press('Tab');
          stops.push(await focused(page));
          break;
        }
      }
      const walk = stops.map(show);
      const walkFile = testInfo.outputPath('tab-walk.txt');
      writeFileSync(walkFile, walk.map((s, i) => `${i + 1}. ${s}`).join('\n'));
      await testInfo.attach('tab-walk.txt', { path: walkFile, contentType: 'text/plain' });

      // Never stuck: the walk reached the end of the page and left it within 300 presses...
      expect(wrappedAt, `the walk left the page; it went:\n${walk.join('\n')}`).toBeGreaterThan(0);
      const before = stops.slice(0, wrappedAt) as Stop[];
      // ...without meeting any element twice on the way (no cycle, no trap)...
      const seen = new Map<number, number>();
      const repeats: string[] = [];
      before.forEach((s, i) => {
        const first = seen.get(s.key);
        // A date field is one element whose day, month and year segments each take a Tab stop.
        if (first !== undefined && s.role !== 'date')
          repeats.push(`${show(s)} at ${first + 1} and ${i + 1}`);
        else seen.set(s.key, i);
      });
      expect(repeats, 'no element is focused twice before the end of the page').toEqual([]);
      // ...and the next Tab starts over at the top.
      expect(show(stops[wrappedAt + 1] ?? null)).toBe(`link “${SKIP[lang]}”`);

      // A visible focus indicator at every stop.
      const bare = before.filter((s) => !s.indicator).map(show);
      expect(bare, 'every focused element shows a focus indicator').toEqual([]);

      // The groups, in document order.
      const at = (pred: (s: Stop) => boolean, what: string): number => {
        const i = before.findIndex(pred);
        expect(i, `the walk reaches ${what}:\n${walk.join('\n')}`).toBeGreaterThanOrEqual(0);
        return i;
      };
      const all = (pred: (s: Stop) => boolean): number[] =>
        before.flatMap((s, i) => (pred(s) ? [i] : []));
      const is = (role: string, name: string | RegExp) => (s: Stop) =>
        s.role === role && (typeof name === 'string' ? s.name === name : name.test(s.name));

      expect(at(is('link', SKIP[lang]), 'the skip link'), 'the skip link comes first').toBe(0);
      const header = [
        at(is('button', COPY_LINK[lang]), 'Copy link'),
        at(is('button', PRESENT[lang]), 'Present'),
        at(is('combobox', THEME[lang]), 'the theme select'),
        at(is('button', TEXT[lang].english), 'the English button'),
        at(is('button', TEXT[lang].chinese), 'the 中文 button'),
      ];
      for (const i of header) expect(before[i]?.inHeader).toBe(true);

      const search = at(is('searchbox', TEXT[lang].search), 'the search box');
      const checks = all((s) => s.inFilters && s.role === 'checkbox');
      expect(checks.length, 'every filter checkbox is reached').toBe(filterCheckboxes);
      const filters = [search, ...checks];
      expect(Math.min(...filters), 'filters come after the header').toBeGreaterThan(
        Math.max(...header),
      );

      // Each chart: Export, then Show table; charts in page order.
      let previous = Math.max(...filters);
      for (const id of CHART_IDS) {
        const exp = at(
          (s) => s.chart === id && is('button', exportName(lang, id))(s),
          `${id}'s Export`,
        );
        const toggle = at(
          (s) =>
            s.chart === id &&
            s.role === 'button' &&
            (s.name === UI[lang].showTable || s.name === UI[lang].showChart),
          `${id}'s table toggle`,
        );
        expect(exp, `${id}: Export after what came before`).toBeGreaterThan(previous);
        expect(toggle, `${id}: the table toggle after Export`).toBeGreaterThan(exp);
        previous = toggle;
        if (id === 'timeline') {
          const events = all((s) => s.inTimelineTable && s.role === 'button');
          expect(events.length, 'every event of the timeline table is reached').toBe(TOTAL_EVENTS);
          expect(Math.min(...events)).toBeGreaterThan(toggle);
          previous = Math.max(...events);
        }
      }

      const sorts = all(
        (s) => s.inFigures && s.role === 'button' && !SOURCE_FOR[lang].test(s.name),
      );
      expect(sorts.length, 'the four sort buttons').toBe(4);
      const sources = all(
        (s) => s.inFigures && s.role === 'button' && SOURCE_FOR[lang].test(s.name),
      );
      expect(sources.length, 'every Source button').toBe(sourceButtons);
      expect(Math.min(...sorts)).toBeGreaterThan(previous);
      expect(Math.min(...sources)).toBeGreaterThan(Math.max(...sorts));

      // Focus order is document order (no positive tabindex, no reordering).
      const order = await page.evaluate((keyProp) => {
        const all = [...document.querySelectorAll('*')];
        return all
          .map((el) => (el as unknown as Record<string, number | undefined>)[keyProp])
          .filter((k): k is number => k !== undefined);
      }, KEY);
      // A date field's segments repeat its key: count each element once.
      const walked = before.map((s) => s.key).filter((k, i, keys) => keys.indexOf(k) === i);
      expect(walked, 'focus moves in document order').toEqual(
        order.filter((k) => walked.includes(k)),
      );
    });

    await test.step('“Show all” opens a long filter list from the keyboard; every checkbox is then reachable', async () => {
      await load(page, lang);
      const bar = filterBar(page, lang);
      const expanders = bar.locator('fieldset button[aria-expanded]');
      const count = await expanders.count();
      expect(count, 'the long lists have a “Show all” button').toBeGreaterThan(0);
      let expected = 0;
      for (const fieldset of await bar.locator('fieldset').all()) {
        const expander = fieldset.locator('button[aria-expanded]');
        if ((await expander.count()) === 0) {
          expected += await fieldset.getByRole('checkbox').count();
          continue;
        }
        const total = Number(/\d+/.exec((await expander.textContent()) ?? '')?.[0]);
        expected += total;
        await expander.focus();
        await page.keyboard.press('Enter');
        await expect(expander).toHaveAttribute('aria-expanded', 'true');
        await expect(expander, 'focus stays on the toggle').toBeFocused();
        await expect(fieldset.getByRole('checkbox')).toHaveCount(total);
      }

      // Walk the filters from the search box: every checkbox, once each.
      await page.getByRole('searchbox', { name: TEXT[lang].search }).focus();
      const visited = new Set<number>();
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const stop = await focused(page);
        if (!stop?.inFilters) break;
        expect(stop.indicator, `${show(stop)} shows focus`).toBeTruthy();
        if (stop.role === 'checkbox') visited.add(stop.key);
      }
      expect(visited.size, 'every filter checkbox is reached once expanded').toBe(expected);
    });

    // One load for these widgets. The skip link needs the first Tab of the page, so it comes
    // first; each later step focuses its own starting control, and every step but the last
    // closes what it opened (the modal presentation stays open at the end).
    await test.step('the skip link, the export disclosure, the language switch and presentation mode', async () => {
      await load(page, lang);

      await test.step('the skip link moves focus to the main content', async () => {
        await page.keyboard.press('Tab');
        await expect(page.getByRole('link', { name: SKIP[lang] })).toBeFocused();
        await expect(page.getByRole('link', { name: SKIP[lang] })).toBeInViewport();
        await page.keyboard.press('Enter');
        await expect(page.locator('main#main')).toBeFocused();
        await page.keyboard.press('Tab');
        // The next stop is the first control of the page body, not the header.
        const next = await focused(page);
        expect(next?.inHeader, `after the skip link: ${show(next)}`).toBe(false);
        expect(next?.inFilters, `after the skip link: ${show(next)}`).toBe(true);
      });

      await test.step('the export disclosure: Enter/Space open, radios reachable, Escape closes to Export', async () => {
        const panel = chartPanel(page, 'q1-venture');
        const button = panel.getByRole('button', {
          name: exportName(lang, 'q1-venture'),
          exact: true,
        });
        const menu = panel.locator('.export-menu__panel');

        await button.focus();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await page.keyboard.press('Enter');
        await expect(button).toHaveAttribute('aria-expanded', 'true');
        await expect(menu).toBeVisible();

        // Tab goes into the panel: the size radios, then the resolution radios.
        const radios: string[] = [];
        for (let i = 0; i < 3; i++) {
          await page.keyboard.press('Tab');
          const stop = await focused(page);
          expect(stop?.indicator, `${show(stop)} shows focus`).toBeTruthy();
          if (stop?.role === 'radio') radios.push(stop.name);
        }
        expect(radios.length, `radios reached: ${radios.join(', ')}`).toBeGreaterThanOrEqual(2);
        // Arrow keys move within a radio group, and choose.
        await page.keyboard.press('Shift+Tab');
        const firstRadio = page.locator(':focus');
        await expect(firstRadio).toHaveRole('radio');
        await page.keyboard.press('ArrowDown');
        const moved = page.locator(':focus');
        await expect(moved).toHaveRole('radio');
        await expect(moved).toBeChecked();

        await page.keyboard.press('Escape');
        await expect(menu).toBeHidden();
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await expect(button).toBeFocused();

        // Space opens it as well; Escape on the button itself closes it.
        await page.keyboard.press('Space');
        await expect(menu).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(menu).toBeHidden();
        await expect(button).toBeFocused();
      });

      await test.step('the language switch works with Enter and Space, and keeps focus', async () => {
        const other: Lang = lang === 'en' ? 'zh' : 'en';
        const toOther = page.getByRole('button', {
          name: other === 'en' ? TEXT.en.english : TEXT.zh.chinese,
          exact: true,
        });
        await toOther.focus();
        await page.keyboard.press('Enter');
        await expect(page.locator('html')).toHaveAttribute('lang', TEXT[other].htmlLang);
        await expect(toOther).toHaveAttribute('aria-pressed', 'true');
        await expect(toOther).toBeFocused();

        // The buttons sit 中文, English: the way back is one Tab or Shift+Tab away.
        const back = page.getByRole('button', {
          name: lang === 'en' ? TEXT.en.english : TEXT.zh.chinese,
          exact: true,
        });
        await page.keyboard.press(lang === 'en' ? 'Tab' : 'Shift+Tab');
        await expect(back).toBeFocused();
        await page.keyboard.press('Space');
        await expect(page.locator('html')).toHaveAttribute('lang', TEXT[lang].htmlLang);
        await expect(back).toHaveAttribute('aria-pressed', 'true');
        await expect(back).toBeFocused();
      });

      await test.step('presentation mode: Enter starts, ArrowRight steps, Escape leaves, focus is kept', async () => {
        const present = page.getByRole('button', { name: PRESENT[lang], exact: true });
        await present.focus();
        await page.keyboard.press('Enter');
        const slides = page.locator('.presentation[role="dialog"]');
        await expect(slides).toBeVisible();
        await expect(slides).toHaveAttribute('data-slide', slideAt(0));
        expect(
          await slides.evaluate((d) => d.contains(document.activeElement)),
          'focus moves into the presentation',
        ).toBe(true);

        await page.keyboard.press('ArrowRight');
        await expect(slides).toHaveAttribute('data-slide', slideAt(1));
        await page.keyboard.press('ArrowRight');
        await expect(slides).toHaveAttribute('data-slide', slideAt(2));
        await page.keyboard.press('ArrowLeft');
        await expect(slides).toHaveAttribute('data-slide', slideAt(1));

        await page.keyboard.press('Escape');
        await expect(slides).toHaveCount(0);
        const after = await focused(page);
        expect(after, 'focus is not lost to <body> when the presentation ends').not.toBeNull();
        await expect(present, 'focus returns to the Present button').toBeFocused();
      });

      await test.step('presentation mode: its on-screen buttons work with Enter and with Space', async () => {
        await page.getByRole('button', { name: PRESENT[lang], exact: true }).click();
        const slides = page.locator('.presentation[role="dialog"]');
        await expect(slides).toHaveAttribute('data-slide', slideAt(0));
        const next = slides.getByRole('button', { name: NEXT_SLIDE[lang], exact: true });
        const leave = slides.getByRole('button', { name: LEAVE[lang], exact: true });

        // Enter on "Next slide" steps once.
        await next.focus();
        await page.keyboard.press('Enter');
        await expect(slides).toHaveAttribute('data-slide', slideAt(1));
        // Space on "Leave presentation" leaves (a button's Space must not be taken for "next").
        await leave.focus();
        await page.keyboard.press('Space');
        await expect(slides, 'Space activates the focused Leave button').toHaveCount(0);
      });

      await test.step('presentation mode is modal: Tab stays on the slide and its controls', async () => {
        await page.getByRole('button', { name: PRESENT[lang], exact: true }).click();
        const slides = page.locator('.presentation[role="dialog"]');
        await expect(slides).toBeVisible();
        const escaped: string[] = [];
        for (let i = 0; i < 6; i++) {
          await page.keyboard.press('Tab');
          const inside = await slides.evaluate((d) => d.contains(document.activeElement));
          if (!inside) escaped.push(`Tab ${i + 1}: ${show(await focused(page))}`);
          else {
            const stop = await focused(page);
            // The controls fade in when they hold focus: the indicator must be visible then.
            // (The cycle passes the slide itself too, where the keys step: it is not a
            // control and draws no ring, as explore.spec.ts asks.)
            if (stop && stop.role !== 'dialog') {
              expect(stop.indicator, `${show(stop)} shows focus`).toBeTruthy();
              // They fade in (a short transition): wait for it to end.
              await expect
                .poll(
                  () =>
                    page
                      .locator(':focus')
                      .evaluate((el) => getComputedStyle(el.parentElement ?? el).opacity),
                  { message: `${show(stop)}: the controls are visible` },
                )
                .toBe('1');
            }
          }
        }
        expect(
          escaped,
          'focus stays inside the aria-modal presentation (the page behind is covered)',
        ).toEqual([]);
      });
    });

    await test.step('an event card opens with Enter and closes with Escape; focus comes back', async () => {
      await load(page, lang);
      const toggle = tableToggle(page, 'timeline');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('Tab');
      const opener = page.locator(':focus');
      await expect(opener).toHaveRole('button');
      const openerName = (await opener.textContent()) ?? '';
      expect(
        await opener.evaluate((el) => Boolean(el.closest('section[data-panel="timeline"] table'))),
      ).toBe(true);

      // The table names the event by its short title; its card, by its full title.
      const event = (
        EDITION.events as { shortTitle: Record<Lang, string>; title: Record<Lang, string> }[]
      ).find((e) => e.shortTitle[lang] === openerName);
      expect(event, `an event is called “${openerName}”`).toBeDefined();
      const fullTitle = event?.title[lang] ?? '';

      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const title = dialog.getByRole('heading', { level: 2 });
      await expect(title).toHaveText(fullTitle);
      await expect(dialog).toHaveAccessibleName(fullTitle);
      // Focus moved into the dialog, and Tab stays in it (it is modal).
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        const inside = await dialog.evaluate(
          (d) => d.contains(document.activeElement) || document.activeElement === document.body,
        );
        expect(inside, `Tab ${i + 1} stays in the event card`).toBe(true);
      }

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      const after = await focused(page);
      expect(after, 'focus is not lost to <body> when the card closes').not.toBeNull();
      await expect(opener, 'focus returns to the button that opened the card').toBeFocused();
    });
  });
}

/** The skeleton's shimmer animation-duration, in seconds. */
async function shimmerSeconds(page: Page): Promise<number> {
  const duration = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'skeleton__block';
    document.body.append(probe);
    const d = getComputedStyle(probe).animationDuration;
    probe.remove();
    return d;
  });
  return parseFloat(duration);
}

/**
 * Scroll to a chart not made yet and sample its bars every frame for 1.2 s from the moment
 * ECharts draws them: the distinct sets of bar widths seen (animated, bars grow from zero
 * through several widths; still, they land at their final size).
 */
async function entryFrames(page: Page, id: ChartId): Promise<string[]> {
  await page.goto('/?lang=en');
  await expect(chartImage(page, 'timeline').locator('svg')).toBeVisible();
  // The chart's drawing (the panel's buttons have SVG icons).
  await expect(
    chartPanel(page, id).locator('.chart-slot svg'),
    `${id} is not made yet`,
  ).toHaveCount(0);
  return chartPanel(page, id).evaluate(async (panel) => {
    const seen = new Set<string>();
    panel.scrollIntoView({ block: 'center' });
    let start = 0;
    for (let i = 0; i < 600 && (!start || performance.now() - start < 1200); i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const widths = [...panel.querySelectorAll('[role="img"] svg path')]
        .filter((p) => /^(#|rgb)/.test(p.getAttribute('fill') ?? ''))
        .map((p) => Math.round(p.getBoundingClientRect().width));
      if (!widths.some((w) => w > 0)) continue;
      start ||= performance.now();
      seen.add(widths.join(','));
    }
    return [...seen];
  });
}

test('prefers-reduced-motion: reduce stops the shimmer and the charts’ entry animations', async ({
  page,
}) => {
  // Every other test runs with reduced motion (playwright.config.ts): here both settings,
  // so that the check would see an animation if there were one.
  await test.step('with motion, the shimmer runs and a chart grows in', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const frames = await entryFrames(page, 'meta-capex');
    expect(await shimmerSeconds(page), 'shimmer animation-duration').toBeGreaterThan(0.1);
    expect(frames.length, 'the bars changed width as they grew in').toBeGreaterThan(1);
  });

  await test.step('with reduced motion, neither', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const frames = await entryFrames(page, 'meta-capex');
    // The skeleton's shimmer: cut to (almost) nothing by the reduced-motion rule.
    expect(await shimmerSeconds(page), 'shimmer animation-duration').toBeLessThan(0.001);
    // src/charts/chart.tsx sets ECharts' `animation: false` under reduced motion.
    expect(frames.length, 'the bars were drawn').toBeGreaterThan(0);
    expect(frames, 'the bars appear at their final size, without growing').toHaveLength(1);
  });
});
