/**
 * The little XML handling the deck needs to patch what pptxgenjs writes. Its output has a fixed
 * shape (one pinned version), so string scanning is enough; a DOM parser would tie the module
 * to the browser or to a Node dependency.
 */

/** Escape text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One element found by `childElements`: its qualified name and its whole markup. */
export interface XmlElement {
  name: string;
  xml: string;
}

const TAG = /<(\/?)([\w:.-]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;

/** The top-level elements of an element's content, in order (text between them is dropped). */
export function childElements(content: string): XmlElement[] {
  const found: XmlElement[] = [];
  let depth = 0;
  let start = 0;
  let name = '';
  for (const match of content.matchAll(TAG)) {
    const [tag, closing, tagName = '', selfClosing] = match;
    const at = match.index;
    if (closing) {
      depth -= 1;
      if (depth === 0) found.push({ name, xml: content.slice(start, at + tag.length) });
    } else if (selfClosing) {
      if (depth === 0) found.push({ name: tagName, xml: tag });
    } else {
      if (depth === 0) {
        start = at;
        name = tagName;
      }
      depth += 1;
    }
  }
  return found;
}

/** Set (or add) an attribute in a start tag such as `<a:rPr lang="en-US" sz="1200"/>`. */
export function setAttribute(startTag: string, attr: string, value: string): string {
  const pattern = new RegExp(`\\s${attr}="[^"]*"`);
  const written = ` ${attr}="${escapeXml(value)}"`;
  if (pattern.test(startTag)) return startTag.replace(pattern, written);
  return startTag.replace(/^(<[\w:.-]+)/, `$1${written}`);
}

/** `<c:name val="value"/>`: the shape of most chart settings. */
export function val(name: string, value: string | number): string {
  return `<${name} val="${escapeXml(String(value))}"/>`;
}
