/**
 * A panel's content width before it has one of its own to measure, from the grid it will
 * stand in: a panel builds its chart for its width, and one built first without it (at a
 * default width) was built twice as the page opened, once more when its ResizeObserver
 * reported (on a phone, every panel: about 70 ms of the page's thread on this machine).
 */

/** The content widths of a panel in one grid column and of a wide one (all columns). */
export interface GridWidths {
  normal: number;
  wide: number;
}

/** What is read of the grid and of a placeholder panel in it (computed styles, in px). */
export interface GridStyles {
  /** The grid's resolved tracks ("540px 540px"); anything else gives no estimate. */
  gridTemplateColumns: string;
  columnGap: string;
  paddingLeft: string;
  paddingRight: string;
  borderLeftWidth: string;
  borderRightWidth: string;
}

const px = (value: string): number => {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

/** Null when the tracks are not resolved lengths (no layout: jsdom, a hidden grid). */
export function gridWidths(styles: GridStyles): GridWidths | null {
  const tracks = styles.gridTemplateColumns.trim().split(/\s+/);
  if (tracks.length === 0 || !tracks.every((t) => /^\d+(\.\d+)?px$/.test(t))) return null;
  const sizes = tracks.map(px);
  const chrome =
    px(styles.paddingLeft) +
    px(styles.paddingRight) +
    px(styles.borderLeftWidth) +
    px(styles.borderRightWidth);
  const all = sizes.reduce((a, b) => a + b, 0) + px(styles.columnGap) * (sizes.length - 1);
  const normal = (sizes[0] ?? 0) - chrome;
  const wide = all - chrome;
  return normal > 0 && wide > 0 ? { normal, wide } : null;
}

/** `gridWidths` of a grid element and a placeholder panel inside it. */
export function measureGridWidths(grid: Element, panel: Element): GridWidths | null {
  const g = getComputedStyle(grid);
  const p = getComputedStyle(panel);
  return gridWidths({
    gridTemplateColumns: g.gridTemplateColumns,
    columnGap: g.columnGap,
    paddingLeft: p.paddingLeft,
    paddingRight: p.paddingRight,
    borderLeftWidth: p.borderLeftWidth,
    borderRightWidth: p.borderRightWidth,
  });
}
