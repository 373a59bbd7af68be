/**
 * Patches one chart part written by pptxgenjs: each series redrawn from its plan, the chart's
 * language and a default text style for all its text, axis ids that point at real axes, and
 * the deck's typefaces on every run.
 */
import type { SeriesPlan } from './chart-plan';
import { seriesXml } from './chart-series';
import { faceElements, patchRunFonts } from './east-asian-fonts';
import { COLOUR, SIZE, type DeckFonts } from './theme';
import { val } from './xml';

const SERIES = /<c:ser>([\s\S]*?)<\/c:ser>/g;
const AXIS_ID = /<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\/>/g;

/** pptxgenjs lists a third (3-D series) axis id on 2-D bar and line charts; the schema allows two. */
function dropDanglingAxisIds(xml: string): string {
  const axes = new Set([...xml.matchAll(AXIS_ID)].map((m) => m[1]));
  return xml.replace(/<c:axId val="(\d+)"\/>/g, (tag, id: string) => (axes.has(id) ? tag : ''));
}

/** The chart's default text: language, size, colour and typefaces for anything not styled. */
function chartTextStyle(fonts: DeckFonts): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr lang="${fonts.lang}" sz="${SIZE.axis * 100}">` +
    `<a:solidFill><a:srgbClr val="${COLOUR.text}"/></a:solidFill>${faceElements(fonts)}</a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="${fonts.lang}"/></a:p></c:txPr>`
  );
}

/** A hidden series (a floating bar's base) has no entry in the legend. */
function dropHiddenFromLegend(xml: string, plans: SeriesPlan[]): string {
  const entries = plans
    .flatMap((p, i) =>
      p.hidden ? [`<c:legendEntry>${val('c:idx', i)}${val('c:delete', 1)}</c:legendEntry>`] : [],
    )
    .join('');
  return entries ? xml.replace(/<c:legendPos val="\w+"\/>/, (tag) => `${tag}${entries}`) : xml;
}

/** Patch a chart part; `plans` are in the order pptxgenjs wrote the series. */
export function patchChartXml(xml: string, plans: SeriesPlan[], fonts: DeckFonts): string {
  let index = 0;
  const redrawn = xml.replace(SERIES, (whole, content: string) => {
    const plan = plans[index];
    index += 1;
    return plan ? `<c:ser>${seriesXml(content, plan, fonts)}</c:ser>` : whole;
  });
  if (index !== plans.length) {
    throw new Error(`Chart has ${index} series, its plan ${plans.length}`);
  }
  const styled = dropHiddenFromLegend(dropDanglingAxisIds(redrawn), plans)
    .replace(/<c:date1904 val="\d"\/>/, (tag) => `${tag}${val('c:lang', fonts.lang)}`)
    .replace(/<c:roundedCorners val="\d"\/>/, val('c:roundedCorners', 0))
    .replace(/<c:externalData /, `${chartTextStyle(fonts)}<c:externalData `);
  return patchRunFonts(styled, fonts);
}
