import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_CONTENT_WIDTH, PRINT_PAGE } from './print';

describe('the printed sheet', () => {
  it('is the size the stylesheet’s @page rule gives it', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../app/styles.css'), 'utf8');
    const page = /@page\s*{([^}]*)}/.exec(css)?.[1] ?? '';
    expect(page).toMatch(/size:\s*A4 landscape;/);
    expect(/margin:\s*([\d.]+)mm;/.exec(page)?.[1]).toBe(String(PRINT_PAGE.marginMm));
    // A4 is 210 × 297 mm; landscape, 297 mm wide.
    expect(PRINT_PAGE.widthMm).toBe(297);
    // 273 mm at 96 CSS pixels to the inch.
    expect(PRINT_CONTENT_WIDTH).toBe(1031);
  });
});
