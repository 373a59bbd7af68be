/**
 * The static floor: a ~1 kB HTML page showing what the app's first screen shows (the report's
 * month, title and publisher, and the first headline card), with a little inline CSS and no
 * script, stylesheet, font or image. Served next to the app by the same server, Lighthouse's
 * LCP on it is the least any page with that headline could score on this machine and
 * connection; the app's LCP is judged against it (issue: at most 1.2× the floor).
 *
 * The words are taken from the build's own first screen (the English, light template that
 * scripts/prerender.ts writes into index.html), so the floor follows the report.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_FILE = 'bench-floor.html';

export interface FloorPage {
  /** Path on the server, e.g. "/bench-floor.html". */
  path: string;
  bytes: number;
  /** The headline it shows. */
  title: string;
  card: string;
}

function decode(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The inner HTML of the first element with this class inside `html`. */
function byClass(html: string, cls: string): string {
  const re = new RegExp(`<(\\w+)[^>]*class="${cls}"[^>]*>([\\s\\S]*?)</\\1>`);
  const m = re.exec(html);
  if (!m?.[2]) throw new Error(`the first screen has no .${cls}`);
  return decode(m[2]);
}

/** Write the floor page into `dist` (the bench's private copy of the build). */
export function writeFloorPage(dist: string): FloorPage {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const start = index.indexOf('data-first-screen="en-light"');
  if (start < 0) {
    throw new Error('index.html has no English first screen (scripts/prerender.ts writes it)');
  }
  const screen = index.slice(start, index.indexOf('</template>', start));
  const month = byClass(screen, 'masthead__eyebrow').replace(/^Report month:\s*/, '');
  const title = byClass(screen, 'masthead__title');
  const publisher = byClass(screen, 'masthead__publisher');
  const card = screen.slice(screen.indexOf('<article class="card"'));
  const cardTitle = byClass(card, 'card__title');
  const cardValue = byClass(card, 'card__value');
  const cardNote = byClass(card, 'card__note');
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${escape(title)}</title><style>` +
    'body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#0f172a;background:#f8fafc}' +
    'header,main{padding:16px}h1{font-size:1.75rem;line-height:1.2;margin:4px 0}' +
    'p{margin:0}.s{color:#475569;font-size:.875rem}' +
    'article{background:#fff;border-radius:12px;padding:16px;border-top:4px solid #4f46e5}' +
    'h2{font-size:1rem;margin:0}.v{font-size:2rem;font-weight:700}' +
    '</style></head><body><header>' +
    `<p class="s">${escape(month)}</p><h1>${escape(title)}</h1>` +
    `<p class="s">${escape(publisher)}</p></header><main><article>` +
    `<h2>${escape(cardTitle)}</h2><p class="v">${escape(cardValue)}</p>` +
    `<p class="s">${escape(cardNote)}</p></article></main></body></html>\n`;
  writeFileSync(join(dist, FLOOR_FILE), html);
  return {
    path: `/${FLOOR_FILE}`,
    bytes: Buffer.byteLength(html),
    title,
    card: `${cardTitle}: ${cardValue}`,
  };
}
