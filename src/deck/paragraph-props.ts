/**
 * One `<a:pPr>` per paragraph. pptxgenjs writes a paragraph's properties before each of its
 * runs, so a paragraph of a bold lead and plain text ("Capital, compute and the physical
 * world: " + its description) gets the lead's bullet and then, before the second run, a
 * `<a:buNone/>` that the schema does not allow there; LibreOffice reads the last and drops the
 * bullet. The properties before the first run are the paragraph's; later ones go.
 */
const PARAGRAPH = /<a:p>([\s\S]*?)<\/a:p>/g;
const PARAGRAPH_PROPS = /<a:pPr\b(?:"[^"]*"|[^">])*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;
const FIRST_CONTENT = /<a:(?:r|br|fld)\b/;

export function keepFirstParagraphProps(xml: string): string {
  return xml.replace(PARAGRAPH, (whole, body: string) => {
    const first = body.search(FIRST_CONTENT);
    if (first < 0) return whole;
    const rest = body.slice(first).replace(PARAGRAPH_PROPS, '');
    return `<a:p>${body.slice(0, first)}${rest}</a:p>`;
  });
}
