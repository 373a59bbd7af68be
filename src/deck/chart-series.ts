/**
 * One `<c:ser>` redrawn from its plan. The data elements pptxgenjs wrote (name, categories,
 * values, with their workbook references) are kept; everything drawn is written here, in the
 * schema's order: fill and line, marker, derived points (`<c:dPt>`), then a `<c:dLbl>` per
 * point whose rich text is exactly the model's label.
 */
import type { SeriesPlan } from './chart-plan';
import { faceElements } from './east-asian-fonts';
import { COLOUR, SIZE, type DeckFonts } from './theme';
import { childElements, escapeXml, val } from './xml';

const DATA = ['c:idx', 'c:order', 'c:tx'];
const VALUES = ['c:cat', 'c:val', 'c:xVal', 'c:yVal'];
const LINE_W = 34925; // 2.75 pt in EMU
const OUTLINE_W = 19050; // 1.5 pt

const fill = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
const line = (colour: string, dash: 'solid' | 'dash', w = LINE_W): string =>
  `<a:ln w="${w}" cap="rnd">${fill(colour)}<a:prstDash val="${dash}"/><a:round/></a:ln>`;

/** Derived bars: the colour's diagonal hatch on white, with a dashed outline. */
function derivedBarFill(colour: string): string {
  return (
    `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${colour}"/></a:fgClr>` +
    `<a:bgClr><a:srgbClr val="${COLOUR.surface}"/></a:bgClr></a:pattFill>` +
    line(colour, 'dash', OUTLINE_W)
  );
}

function marker(plan: SeriesPlan, hollow: boolean): string {
  if (!plan.marker) return `<c:marker>${val('c:symbol', 'none')}</c:marker>`;
  const face = hollow ? fill(COLOUR.surface) : fill(plan.colour);
  const edge = line(plan.colour, hollow ? 'dash' : 'solid', OUTLINE_W);
  return `<c:marker>${val('c:symbol', 'circle')}${val('c:size', 11)}<c:spPr>${face}${edge}</c:spPr></c:marker>`;
}

const NO_FILL = '<a:noFill/><a:ln><a:noFill/></a:ln>';

/** A bar series all of whose drawn points are derived: its legend key is hatched too. */
function allDerived(plan: SeriesPlan): boolean {
  return plan.derived.some(Boolean) && plan.derived.every((d, i) => d || !plan.labels[i]);
}

function seriesShape(plan: SeriesPlan): string {
  if (plan.kind === 'bar') {
    const shape = plan.hidden
      ? NO_FILL
      : allDerived(plan)
        ? derivedBarFill(plan.colour)
        : fill(plan.colour);
    return `<c:spPr>${shape}</c:spPr>${val('c:invertIfNegative', 0)}`;
  }
  const stroke = plan.line === 'none' ? '<a:ln><a:noFill/></a:ln>' : line(plan.colour, plan.line);
  return `<c:spPr>${stroke}</c:spPr>${marker(plan, false)}`;
}

/** A derived point of a line or scatter: the segment leading to it dashed, its marker hollow. */
function derivedPoint(plan: SeriesPlan, i: number): string {
  const stroke = plan.line === 'none' ? '<a:ln><a:noFill/></a:ln>' : line(plan.colour, 'dash');
  return `<c:dPt>${val('c:idx', i)}${marker({ ...plan, marker: true }, true)}${val('c:bubble3D', 0)}<c:spPr>${stroke}</c:spPr></c:dPt>`;
}

/** A bar's own fill: its colour, hatched with a dashed outline when derived. */
function barPoint(i: number, colour: string, derived: boolean): string {
  const shape = derived ? derivedBarFill(colour) : fill(colour);
  return `<c:dPt>${val('c:idx', i)}${val('c:invertIfNegative', 0)}${val('c:bubble3D', 0)}<c:spPr>${shape}</c:spPr></c:dPt>`;
}

/** The `<c:dPt>` elements of a series, in point order: derived points and bars of their own colour. */
function points(plan: SeriesPlan): string {
  return plan.derived
    .map((derived, i) => {
      if (plan.kind !== 'bar') return derived ? derivedPoint(plan, i) : '';
      if (plan.hidden) return '';
      const colour = plan.pointColours?.[i] ?? plan.colour;
      return derived || colour !== plan.colour ? barPoint(i, colour, derived) : '';
    })
    .join('');
}

const FLAGS = (showVal: 0 | 1): string =>
  val('c:showLegendKey', 0) +
  val('c:showVal', showVal) +
  val('c:showCatName', 0) +
  val('c:showSerName', 0) +
  val('c:showPercent', 0) +
  val('c:showBubbleSize', 0);

const NO_BOX = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';

/** A point's label: the model's text as one bold run. */
function pointLabel(plan: SeriesPlan, i: number, fonts: DeckFonts): string {
  const text = plan.labels[i] ?? '';
  if (!text) return `<c:dLbl>${val('c:idx', i)}${val('c:delete', 1)}</c:dLbl>`;
  const colour = plan.labelColours[i] ?? COLOUR.text;
  const props = `lang="${fonts.lang}" sz="${SIZE.label * 100}" b="1"`;
  const rich =
    '<c:tx><c:rich><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr ${props}>${fill(colour)}${faceElements(fonts)}</a:defRPr></a:pPr>` +
    `<a:r><a:rPr ${props}>${fill(colour)}${faceElements(fonts)}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx>';
  const position = val('c:dLblPos', plan.positions[i] ?? 'ctr');
  const offset = plan.offsets?.[i];
  const layout = offset
    ? `<c:layout><c:manualLayout>${val('c:x', offset.x.toFixed(4))}${val('c:y', offset.y.toFixed(4))}</c:manualLayout></c:layout>`
    : '';
  return `<c:dLbl>${val('c:idx', i)}${layout}${rich}${NO_BOX}${position}${FLAGS(1)}</c:dLbl>`;
}

function labels(plan: SeriesPlan, fonts: DeckFonts): string {
  const points = plan.labels.map((_, i) => pointLabel(plan, i, fonts)).join('');
  const txPr = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${SIZE.label * 100}" b="1">${fill(COLOUR.text)}</a:defRPr></a:pPr><a:endParaRPr lang="${fonts.lang}"/></a:p></c:txPr>`;
  return `<c:dLbls>${points}${NO_BOX}${txPr}${FLAGS(0)}</c:dLbls>`;
}

/** The new content of a `<c:ser>` element, from its old content and its plan. */
export function seriesXml(content: string, plan: SeriesPlan, fonts: DeckFonts): string {
  const children = childElements(content);
  const pick = (names: string[]): string =>
    names.map((n) => children.find((c) => c.name === n)?.xml ?? '').join('');
  const smooth = plan.kind === 'bar' ? '' : val('c:smooth', 0);
  return `${pick(DATA)}${seriesShape(plan)}${points(plan)}${labels(plan, fonts)}${pick(VALUES)}${smooth}`;
}
