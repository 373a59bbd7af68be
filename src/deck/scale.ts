/**
 * The value axis range. Labels sit beyond the ends of bars and above points, so the axis is
 * given room for them: without an explicit maximum PowerPoint ends the axis at the longest bar
 * and the label beyond it is cut off or pushed inside.
 */
import { niceStep } from '../lib/nice-step';

/** A value axis: its range, tick step and number format. */
export interface ValueScale {
  min: number;
  max: number;
  /** Omitted on a log axis (PowerPoint steps by powers of the base). */
  majorUnit?: number;
  formatCode: string;
}

/** The scale's needs: the values, and how much of the axis each value's label takes. */
export interface ScaleInput {
  values: number[];
  /** Per value: the label's extent along the value axis, in inches (0 for no label). */
  labelExtents: number[];
  /** The plot's length along the value axis, in inches. */
  axisLength: number;
  log: boolean;
  min?: number;
  max?: number;
}

/**
 * As many decimals as the step has (0.25 needs two: with one, 0.25 reads "0.3"); digits
 * grouped only from 10 000 up, as the app writes numbers ("2672 亿美元", "1,000" nowhere).
 */
function formatFor(step: number, max: number): string {
  const whole = max >= 1e4 ? '#,##0' : '0';
  if (step >= 1 && Number.isInteger(step)) return whole;
  const decimals = Math.min(
    3,
    Math.max(1, String(Number(step.toPrecision(6))).split('.')[1]?.length ?? 0),
  );
  return `${whole}.${'0'.repeat(decimals)}`;
}

function logScale(input: ScaleInput): ValueScale {
  const positive = input.values.filter((v) => v > 0);
  const low = positive.length ? Math.min(...positive) : 1;
  const min = input.min ?? 10 ** Math.floor(Math.log10(low));
  let needed = input.max ?? 0;
  if (input.max === undefined) {
    input.values.forEach((v, i) => {
      if (v <= 0) return;
      const room = Math.max(0.05, 1 - (input.labelExtents[i] ?? 0) / input.axisLength);
      // On a log axis a value sits at log(v/min)/log(max/min) of the length.
      needed = Math.max(needed, min * (v / min) ** (1 / room));
    });
  }
  // Up to the next 1, 2 or 5 × 10^k: a whole decade of room for one label looks empty.
  const target = Math.max(needed, min * 10);
  const power = 10 ** Math.floor(Math.log10(target));
  const max =
    input.max ?? ([1, 2, 5, 10].find((m) => m * power >= target * (1 - 1e-9)) ?? 10) * power;
  return { min, max, formatCode: min < 1 ? 'General' : max >= 1e4 ? '#,##0' : '0' };
}

/** The axis range for a chart's values and labels. */
export function valueScale(input: ScaleInput): ValueScale {
  if (input.log) return logScale(input);
  const finite = input.values.filter(Number.isFinite);
  const min = input.min ?? Math.min(0, ...finite);
  let needed = Math.max(min + 1e-9, ...finite);
  if (input.max === undefined) {
    input.values.forEach((v, i) => {
      const room = Math.max(0.05, 1 - (input.labelExtents[i] ?? 0) / input.axisLength);
      needed = Math.max(needed, min + (v - min) / room);
    });
  }
  const step = niceStep((input.max ?? needed) - min);
  const max = input.max ?? Math.ceil(needed / step - 1e-9) * step;
  return { min, max, majorUnit: step, formatCode: formatFor(step, max) };
}
