import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumArgs,
  HEADLESS_DISABLED_FEATURES,
  PLAYWRIGHT_DISABLED_FEATURES,
  SHORT_LIVED_JS_FLAGS,
} from './chromium';

/** The `disabledFeatures` list of the installed playwright-core, read from its source. */
function installedPlaywrightList(): string[] {
  const require = createRequire(import.meta.url);
  const lib = dirname(require.resolve('playwright-core/package.json'));
  const source = readFileSync(join(lib, 'lib', 'coreBundle.js'), 'utf8');
  const start = source.indexOf('disabledFeatures = [');
  expect(start, 'playwright-core still defines disabledFeatures').toBeGreaterThan(0);
  const body = source.slice(start, source.indexOf('].filter(Boolean)', start));
  return [...body.matchAll(/^\s*"([A-Za-z0-9]+)",?\s*$/gm)].map((m) => m[1] ?? '');
}

describe('Chromium launch arguments', () => {
  it('repeat every feature the installed Playwright disables (Chromium keeps the last list)', () => {
    const installed = installedPlaywrightList();
    expect(installed.length).toBeGreaterThan(5);
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual([...installed].sort());
  });

  it('are one --disable-features with both lists', () => {
    const args = chromiumArgs();
    expect(args.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
    const listed = args[0]?.split('=')[1]?.split(',') ?? [];
    for (const f of [...PLAYWRIGHT_DISABLED_FEATURES, ...HEADLESS_DISABLED_FEATURES])
      expect(listed).toContain(f);
  });

  it('turn off V8’s optimising compilers, in one --js-flags (Chromium keeps the last)', () => {
    const flags = chromiumArgs().filter((a) => a.startsWith('--js-flags='));
    expect(flags).toEqual([`--js-flags=${SHORT_LIVED_JS_FLAGS}`]);
  });
});
