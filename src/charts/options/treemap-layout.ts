/**
 * Where ECharts' treemap puts each tile, worked out before it draws: the label of a tile has
 * to fit the tile, and only the tile's size says at what type size. The layout is the
 * squarified treemap of Bruls, Huizing and van Wijk as ECharts 6.1.0 lays it out (pinned;
 * chart/treemap/treemapLayout.js): children sorted by value, largest first (equal values in
 * reverse data order), rows laid along the shorter side while they improve the worst aspect
 * ratio (weighted by `squareRatio`), each node inset by its border and half its gap, with its
 * heading band above. `treemap-layout.test.ts` checks it against ECharts' own layout.
 */

export interface TileRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node of the tree as the series data gives it (children in data order). */
export interface TreemapNode {
  value?: number;
  children?: readonly TreemapNode[];
}

/** One depth's box model, as the series' `levels` set it. */
export interface TreemapLevel {
  borderWidth: number;
  gapWidth: number;
  /** The heading band's height, 0 when the level shows no heading. */
  upperLabelHeight: number;
}

/** ECharts' default: rows are scored as if tiles were golden rectangles. */
const GOLDEN = 0.5 * (1 + Math.sqrt(5));

interface Placed {
  node: TreemapNode;
  value: number;
  order: number;
  area: number;
  rect: TileRect;
}

/** A node's value: its own, else the sum of its children's. */
function valueOf(node: TreemapNode): number {
  return node.value ?? (node.children ?? []).reduce((sum, c) => sum + valueOf(c), 0);
}

/** The worst aspect ratio in a row of areas laid along a side `side` long. */
function worst(areas: readonly number[], total: number, side: number, ratio: number): number {
  const present = areas.filter((a) => a > 0);
  if (total === 0 || present.length === 0) return Infinity;
  const square = total * total;
  const f = side * side * ratio;
  return Math.max((f * Math.max(...present)) / square, square / (f * Math.min(...present)));
}

/**
 * The rectangle of every node below the root, in the chart's coordinates (the root fills
 * `width` × `height` at the origin), keyed by node object.
 */
export function treemapLayout(
  roots: readonly TreemapNode[],
  width: number,
  height: number,
  levels: readonly TreemapLevel[],
  squareRatio = GOLDEN,
): Map<TreemapNode, TileRect> {
  const out = new Map<TreemapNode, TileRect>();
  const lay = (
    children: readonly TreemapNode[],
    box: TileRect,
    depth: number,
    originX: number,
    originY: number,
  ): void => {
    const level = levels[depth] ?? { borderWidth: 0, gapWidth: 0, upperLabelHeight: 0 };
    const half = level.gapWidth / 2;
    const upper = Math.max(level.borderWidth, level.upperLabelHeight);
    const offset = level.borderWidth - half;
    const offsetUpper = upper - half;
    const rect = {
      x: offset,
      y: offsetUpper,
      width: Math.max(box.width - 2 * offset, 0),
      height: Math.max(box.height - offset - offsetUpper, 0),
    };
    const totalArea = rect.width * rect.height;
    const sum = children.reduce((s, c) => s + valueOf(c), 0);
    if (sum === 0) return;
    const placed: Placed[] = children
      .map((node, order) => ({
        node,
        order,
        value: valueOf(node),
        area: (valueOf(node) / sum) * totalArea,
        rect: { x: 0, y: 0, width: 0, height: 0 },
      }))
      .sort((a, b) => b.value - a.value || b.order - a.order);

    const position = (row: Placed[], rowArea: number, side: number, flush: boolean): void => {
      const along = side === rect.width;
      const [pos, across] = along ? (['x', 'y'] as const) : (['y', 'x'] as const);
      const [len, thick] = along ? (['width', 'height'] as const) : (['height', 'width'] as const);
      let rowThick = side ? rowArea / side : 0;
      if (flush || rowThick > rect[thick]) rowThick = rect[thick];
      let last = rect[pos];
      row.forEach((p, i) => {
        const step = rowThick ? p.area / rowThick : 0;
        const remain = rect[pos] + rect[len] - last;
        const span = i === row.length - 1 || remain < step ? remain : step;
        const t = Math.max(rowThick - 2 * half, 0);
        const l = Math.max(span - 2 * half, 0);
        p.rect[thick] = t;
        p.rect[len] = l;
        p.rect[across] = rect[across] + Math.min(half, t / 2);
        p.rect[pos] = last + Math.min(half, l / 2);
        last += span;
      });
      rect[across] += rowThick;
      rect[thick] -= rowThick;
    };

    let side = Math.min(rect.width, rect.height);
    let best = Infinity;
    let row: Placed[] = [];
    let rowArea = 0;
    for (let i = 0; i < placed.length;) {
      const next = placed[i]!;
      const score = worst(
        [...row, next].map((p) => p.area),
        rowArea + next.area,
        side,
        squareRatio,
      );
      if (score <= best) {
        row.push(next);
        rowArea += next.area;
        best = score;
        i++;
      } else {
        position(row, rowArea, side, false);
        side = Math.min(rect.width, rect.height);
        row = [];
        rowArea = 0;
        best = Infinity;
      }
    }
    if (row.length > 0) position(row, rowArea, side, true);

    for (const p of placed) {
      const absolute = { ...p.rect, x: originX + p.rect.x, y: originY + p.rect.y };
      out.set(p.node, absolute);
      if (p.node.children?.length) lay(p.node.children, p.rect, depth + 1, absolute.x, absolute.y);
    }
  };
  lay(roots, { x: 0, y: 0, width, height }, 0, 0, 0);
  return out;
}
