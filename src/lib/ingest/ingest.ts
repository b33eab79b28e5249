/**
 * Turns a collected article (plain text or a saved HTML page) into a draft source: the
 * frontmatter found in it, the body with furniture removed, and what a person must check.
 * Pure: the command-line tool (scripts/ingest.ts) does the reading and writing.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { stringify } from 'yaml';
import { eventsIn, figuresIn } from './extract';
import { sentences } from '../claims';
import { CAPTION, removeFurniture, type Removed } from './furniture';
import { detectLanguage } from './language';
import { captionBlock, escapeMarkdownText } from './markdown';
import { isHttpUrl, SLUG_PATTERN, slugify } from '../claims';
import type { Language } from '../claims';

export interface IngestResult {
  id: string;
  /** The MDX file: frontmatter and body. */
  markdown: string;
  language: Language;
  found: string[];
  check: string[];
  removed: Removed[];
  figures: number;
  events: number;
}

interface Collected {
  lines: string[];
  title?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  siteName?: string | undefined;
  published?: string | undefined;
}

const meta = (tree: Root, key: string) =>
  (select(`meta[property="${key}"], meta[name="${key}"]`, tree) as Element | undefined)?.properties?.content as string | undefined;

/** The article's blocks of a saved HTML page, and what its head says. */
function fromHtmlPage(html: string): Collected {
  const tree = fromHtml(html);
  for (const el of selectAll('script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button', tree)) {
    el.children = [];
    el.tagName = 'span';
  }
  const root = select('article', tree) ?? select('main', tree) ?? select('body', tree) ?? tree;
  const lines = selectAll('h1, h2, h3, h4, p, li, figcaption, blockquote', root).map((el) => toText(el).replace(/\s+/g, ' ').trim());
  const h1 = select('h1', root);
  const published = meta(tree, 'article:published_time') ?? (select('time[datetime]', root) as Element | undefined)?.properties?.dateTime as string | undefined;
  return {
    lines,
    title: (h1 ? toText(h1).trim() : undefined) ?? meta(tree, 'og:title'),
    url: (select('link[rel="canonical"]', tree) as Element | undefined)?.properties?.href as string | undefined ?? meta(tree, 'og:url'),
    author: meta(tree, 'author') ?? meta(tree, 'article:author'),
    siteName: meta(tree, 'og:site_name'),
    published: published?.slice(0, 10),
  };
}

const DATELINE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+(\d{1,2}:\d{2}))?$/;
const isHeadingLike = (line: string, maxWords = 14) => line.split(/\s+/).length <= maxWords && !/[.!?:;,»”"]$/.test(line) && !CAPTION.test(line);
const isCaption = (line: string) => CAPTION.test(line) && line.split(/\s+/).length <= 20;

/**
 * Builds a draft source from an article's text or HTML.
 *
 * @example
 * ingest({ text: 'Title\n\nLe 6 novembre 2025, environ 5 000 soldats…', html: false }).id // 'unidentified-2025-11-06-title'
 */
export function ingest(input: { text: string; html: boolean; outlets?: { id: string; name: string; homepage?: string | undefined }[] }): IngestResult {
  const collected: Collected = input.html ? fromHtmlPage(input.text) : { lines: input.text.split(/\r?\n/) };
  const found: string[] = [];
  const check: string[] = [];
  const removed: Removed[] = [];

  let lines = collected.lines.map((l) => l.trim()).filter(Boolean);
  let published = collected.published;
  let publishedTime: string | undefined;
  lines = lines.filter((line) => {
    const m = DATELINE.exec(line);
    if (!m) return true;
    published ??= `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    publishedTime ??= m[4];
    removed.push({ text: line, reason: 'dateline (kept as the publication date)' });
    return false;
  });

  const language = detectLanguage(lines.join('\n')) ?? 'fr';
  found.push(`language: ${language} (detected by franc)`);
  const cleaned = removeFurniture(lines, language);
  removed.push(...cleaned.removed);
  lines = cleaned.lines;

  let title = collected.title;
  if (title) lines = lines.filter((l) => l !== title);
  else if (lines[0] && isHeadingLike(lines[0], 24) && lines.length > 1) title = lines.shift();
  const titleSupplied = !title;
  const firstSentence = sentences(lines.find((l) => !isHeadingLike(l) && !isCaption(l)) ?? '')[0] ?? '';
  if (titleSupplied) {
    title = firstSentence.split(/\s+/).slice(0, 10).join(' ').replace(/[,;:.]$/, '');
    check.push('No headline found: replace the title with a short English description (titleSupplied: true is set).');
  } else found.push(`title: ${title}`);

  // Body blocks: captions, subheadings, paragraphs.
  const body: string[] = [];
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (isCaption(line)) body.push(captionBlock(line));
    else if (isHeadingLike(line)) body.push(`### ${escapeMarkdownText(line)}`);
    else { body.push(escapeMarkdownText(line)); paragraphs.push(line); }
  }

  const figures = paragraphs.flatMap((p) => sentences(p).flatMap(figuresIn));
  const events = paragraphs.flatMap((p) => sentences(p).flatMap(eventsIn));
  const count = new Map<string, number>();
  const idFor = (base: string) => { const n = (count.get(base) ?? 0) + 1; count.set(base, n); return n === 1 ? base : `${base}-${n}`; };

  let dateInferred = false;
  let datingNote: string | undefined;
  if (published) found.push(`published: ${published}${publishedTime ? ` ${publishedTime}` : ''}`);
  else {
    const latest = events.map((e) => e.date).filter((d) => d.length >= 7).sort().at(-1);
    published = latest ?? new Date().toISOString().slice(0, 7);
    dateInferred = true;
    datingNote = latest
      ? `Proposed by ingest from the latest date the text mentions (${latest}); an editor must confirm or correct it.`
      : 'The text gives no date; ingest used the month it ran. An editor must date the article.';
    check.push(`No publication date found: ${datingNote}`);
  }
  const datePrecision = published.length === 10 ? 'day' : 'month';

  const outlet = input.outlets?.find((o) => (collected.siteName && o.name.toLowerCase() === collected.siteName.toLowerCase()) || (collected.url && o.homepage && collected.url.startsWith(o.homepage)));
  if (outlet) found.push(`outlet: ${outlet.name}`);
  else check.push(collected.siteName ? `Outlet "${collected.siteName}" has no profile: add content/outlets/<id>.yaml and set outlet.` : 'Outlet not identified: set outlet, or keep "unidentified" and say so in notes.');
  if (collected.url && !isHttpUrl(collected.url)) {
    check.push(`The page's canonical address is not an http(s) address and was left out: ${JSON.stringify(collected.url.slice(0, 120))}`);
    collected.url = undefined;
  }
  if (collected.url) found.push(`url: ${collected.url}`); else check.push('Original URL not found: add url if known.');
  if (collected.author) found.push(`author: ${collected.author}`);

  const id = [outlet?.id ?? 'unidentified', published, slugify(title!).split('-').slice(0, 6).join('-')].filter(Boolean).join('-');
  // The id is the file name and the URL: never a path, never anything but a slug.
  if (!SLUG_PATTERN.test(id)) throw new Error(`ingest: the draft's id ${JSON.stringify(id)} is not a slug (lower-case words joined by hyphens); check the outlet id`);
  const frontmatter = {
    // Not published until an editor has reviewed it and removed this line.
    draft: true,
    title,
    ...(titleSupplied ? { titleSupplied: true } : {}),
    outlet: outlet?.id ?? 'unidentified',
    ...(collected.url ? { url: collected.url } : {}),
    ...(collected.author ? { author: collected.author } : {}),
    language,
    published,
    datePrecision,
    ...(publishedTime ? { publishedTime } : {}),
    ...(dateInferred ? { dateInferred, datingNote } : {}),
    summary: `Ingested draft, not yet summarised by an editor. It opens: “${firstSentence}”`,
    figures: figures.map((f) => ({
      id: idFor(`fig-${f.measure}`), topic: f.topic, measure: f.measure, low: f.low, high: f.high, qualifier: f.qualifier,
      ...(f.reportedly ? { reportedly: true } : {}),
      ...(f.count ? { count: f.count } : {}),
      ...(f.estimatedBy ? { attribution: { estimatedBy: f.estimatedBy } } : {}),
      quote: f.quote,
    })),
    events: events.map((e) => ({
      id: idFor(`ev-${e.date}`), date: e.date, precision: e.precision, ...(e.qualifier ? { qualifier: e.qualifier } : {}),
      what: `Event dated ${e.date} in the article (describe it in English).`, quote: e.quote,
    })),
    notes: [{ kind: 'context', text: 'Drafted by npm run ingest; the figures, events and metadata await an editor’s review.' }],
  };
  found.push(`${figures.length} figure(s): ${figures.map((f) => `${f.measure} ${f.low === f.high ? f.low : `${f.low}–${f.high}`}`).join(', ') || 'none'}`);
  found.push(`${events.length} dated event(s)`);
  check.push('The draft is checked by the build but not published: review it, then remove `draft: true` to publish it.');
  check.push('Write the English summary; describe each event in English (what); add transfers and reactions; check each figure’s measure, qualifier and attribution, and for troops deployed whether they are counted in total since a start (count: cumulative) or present at a date (count: present).');
  // Every string quoted: a bare 2025-11-06 would be read back as a date, not text.
  const markdown = `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body.join('\n\n')}\n`;
  return { id, markdown, language, found, check, removed, figures: figures.length, events: events.length };
}
