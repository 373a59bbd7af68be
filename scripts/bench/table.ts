/** Plain-text tables for the terminal, and the number formats the scripts print. */

export type Align = 'left' | 'right';

/** Display width: CJK and other wide characters take two columns, marks like ✓ one. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    w +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * A table with a header row and a rule under it. A row given as a string is a section
 * heading spanning the table.
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[] | string)[],
  align: readonly Align[] = [],
): string {
  const sizes = headers.map((h, i) =>
    Math.max(width(h), ...rows.map((r) => (typeof r === 'string' ? 0 : width(r[i] ?? '')))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, sizes[i] ?? 0, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = sizes.map((s) => '─'.repeat(s)).join('  ');
  const out = [line(headers), rule];
  for (const row of rows) out.push(typeof row === 'string' ? `${row}` : line(row));
  return out.join('\n');
}

/** Bytes as kB (1 kB = 1000 B, as Vite and Lighthouse count). */
export function kB(bytes: number, digits = 1): string {
  return `${(bytes / 1000).toFixed(digits)} kB`;
}

export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

export function mark(ok: boolean | null): string {
  return ok === null ? '–' : ok ? '✓' : '✗';
}

/** A percentage with its sign: "+3.2%", "-1.0%". */
export function percent(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
}
