import { describe, expect, it } from 'vitest';
import { gridWidths, type GridStyles } from './grid-widths';

const styles = (patch: Partial<GridStyles>): GridStyles => ({
  gridTemplateColumns: '540px 540px',
  columnGap: '24px',
  paddingLeft: '24px',
  paddingRight: '24px',
  borderLeftWidth: '1px',
  borderRightWidth: '1px',
  ...patch,
});

describe('gridWidths', () => {
  it('gives a panel one track and a wide one every track and gap, less padding and border', () => {
    expect(gridWidths(styles({}))).toEqual({ normal: 490, wide: 1054 });
  });

  it('gives both the one track of a one-column grid (a phone)', () => {
    expect(
      gridWidths(
        styles({ gridTemplateColumns: '358px', paddingLeft: '16px', paddingRight: '16px' }),
      ),
    ).toEqual({ normal: 324, wide: 324 });
  });

  it('gives nothing without resolved tracks (no layout yet, or jsdom)', () => {
    for (const gridTemplateColumns of ['', 'none', 'repeat(2, minmax(0, 1fr))', '1fr 1fr']) {
      expect(gridWidths(styles({ gridTemplateColumns })), gridTemplateColumns).toBeNull();
    }
  });

  it('gives nothing for tracks narrower than a panel’s own padding', () => {
    expect(gridWidths(styles({ gridTemplateColumns: '40px' }))).toBeNull();
  });
});
