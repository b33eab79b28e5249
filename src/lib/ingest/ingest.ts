/**
 * Turns a collected article (plain text or a saved HTML page) into a draft source: the
 * frontmatter found in it, the body with furniture removed, and what a person must check.
 * Pure: the command-line tool (scripts/ingest.ts) does the reading and writing.
 */
import { stringify } from 'yaml';
import { findDates, isHttpUrl, LANGUAGE_LABELS, sentences, SLUG_PATTERN, slugify, untranslatedClaims, type GlossaryEntry, type Language } from '../claims';
import { selfCheck, type Dropped } from './check';
import { collectText, type Collected } from './collect';
import { collectHtmlReadability } from './readability';
import { datePublication } from './dating';
import { findDateline, wireDateline, type DateFinder } from './datelines';
import { eventsIn } from './events';
import { figuresOf, type FigureInput } from './figures';
import { isCaption, removeFurniture, type Removed } from './furniture';
import { detectLanguage } from './language';
import { captionBlock, escapeMarkdownText } from './markdown';
import { proposeEntities, unknownNames } from './names';
import { outletOf, type OutletProfile } from './outlets';

export interface IngestResult {
  id: string;
  /** The Markdown file: frontmatter and body. */
  markdown: string;
  language: Language;
  found: string[];
  check: string[];
  removed: Removed[];
  /** Claims ingest drafted but left out because they broke the provenance rule, and why. */
  dropped: Dropped[];
  /** Names in the article that no entity knows (people, agencies), for an editor to add. */
  unknownNames: string[];
  figures: number;
  events: number;
}

export interface IngestInput {
  text: string;
  html: boolean;
  outlets?: OutletProfile[] | undefined;
  /** The dossier's entities (every form of every name), to propose the ids a draft's attributions name. */
  entities?: readonly GlossaryEntry[] | undefined;
  /** The publication date, when the editor gives it (`--published`): `YYYY-MM-DD` or `YYYY-MM`. */
  published?: string | undefined;
  /**
   * The readers of dates: the hand-written ones (`findDates`, `timeExpressions`) unless others
   * are given, as `tests/quality/ingest-dates.test.ts` does to compare them with chrono-node.
   */
  dateReaders?: { datelines?: DateFinder | undefined; times?: FigureInput['readTimes'] } | undefined;
}

const isHeadingLike = (line: string, maxWords = 14) => line.split(/\s+/).length <= maxWords && !/[.!?:;,»”"]$/.test(line) && !isCaption(line);
const isAllCaps = (line: string) => !/\p{Ll}/u.test(line);

/** The title: a page's h1, else the first headline-like line above the article's first paragraph. */
function pickTitle(collected: Collected, lines: { text: string; kind?: string | undefined }[]): { title?: string | undefined; index: number } {
  if (collected.title) return { title: collected.title, index: lines.findIndex((l) => l.text === collected.title) };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'caption' || isCaption(l.text)) continue;
    if (!isHeadingLike(l.text, 24)) break;
    if (l.text.split(/\s+/).length >= 3 && !isAllCaps(l.text) && i + 1 < lines.length) return { title: l.text, index: i };
  }
  return { index: -1 };
}

/**
 * Builds a draft source from an article's text or HTML.
 *
 * @example
 * ingest({ text: 'Title of the piece\n\n06.11.2025 10:00\n\nLe 6 novembre 2025, environ 5 000 soldats…', html: false }).id // 'unidentified-2025-11-06-title-of-the-piece'
 */
export function ingest(input: IngestInput): IngestResult {
  // Readability finds the article; our reader and furniture rules take it from there (README, "Adding a source").
  const collected = input.html ? collectHtmlReadability(input.text) : collectText(input.text);
  const found: string[] = [];
  const check: string[] = [];
  const removed: Removed[] = [];

  let lines = collected.lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text);
  const dl = findDateline(lines.map((l) => l.text), input.dateReaders?.datelines);
  if (dl) {
    removed.push({ text: lines[dl.index]!.text, reason: 'dateline (kept as the publication date)' });
    lines = lines.filter((_, i) => i !== dl.index);
  }

  const language = detectLanguage(lines.map((l) => l.text).join('\n')) ?? 'fr';
  found.push(`language: ${language} (detected by franc)`);
  const cleaned = removeFurniture(lines, language);
  removed.push(...cleaned.removed);
  lines = cleaned.lines;

  const picked = pickTitle(collected, lines);
  let title = picked.title;
  if (title) lines = lines.filter((l, i) => i !== picked.index && !(l.kind === 'title' && l.text === title));
  const titleSupplied = !title;
  const firstParagraph = lines.find((l) => l.kind !== 'caption' && !isCaption(l.text) && !isHeadingLike(l.text));
  const firstSentence = sentences(firstParagraph?.text ?? '')[0] ?? '';
  if (titleSupplied) {
    title = firstSentence.split(/\s+/).slice(0, 10).join(' ').replace(/[,;:.]$/, '') || 'Untitled article';
    check.push('No headline found: replace the title with a short English description (titleSupplied: true is set).');
  } else found.push(`title: ${title}`);

  // Body blocks: captions, subheadings, paragraphs, as the build will read them.
  const blocks: { text: string; kind: 'paragraph' | 'heading' | 'caption' }[] = lines.map((l) => ({
    text: l.text,
    kind: l.kind === 'caption' || (l.kind !== 'heading' && isCaption(l.text)) ? 'caption' : l.kind === 'heading' || l.kind === 'title' || isHeadingLike(l.text) ? 'heading' : 'paragraph',
  }));
  const wire = blocks.filter((b) => b.kind === 'paragraph').map((b) => wireDateline(b.text)).find(Boolean) ?? undefined;
  const dating = datePublication({
    given: input.published,
    metaPublished: collected.published,
    dateline: dl?.dateline,
    wire,
    textDates: blocks.filter((b) => b.kind !== 'caption').flatMap((b) => findDates(b.text)),
    captionDates: blocks.filter((b) => b.kind === 'caption').flatMap((b) => findDates(b.text)),
  });
  found.push(...dating.found);
  check.push(...dating.check);
  if (wire) found.push(`wire dateline: ${wire.place}, ${wire.day}/${wire.month} (${wire.agency})`);
  if (!dating.reference.day) {
    const relative = blocks.some((b) => b.kind === 'paragraph' && /(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|last\s+week|la\s+semaine\s+dernière|yesterday|hier)(?![\p{L}])/iu.test(b.text));
    const yearless = blocks.some((b) => b.kind === 'paragraph' && findDates(b.text).some((d) => d.yearless));
    if (relative || yearless) check.push('The text dates things relative to its publication day ("on Tuesday", "le 3 mars", "last week"), which is unknown: once published is set, give the figures and events their asOf and dates.');
  }

  const extracted = figuresOf({ blocks, language, reference: dating.reference, readTimes: input.dateReaders?.times });
  // A wire dateline dates the copy, not an event it reports.
  const events = blocks.flatMap((b) => (b.kind === 'paragraph' ? sentences(b.text).flatMap((s) => eventsIn(s, dating.reference.day, wireDateline(s)?.end ?? 0)) : []));
  const count = new Map<string, number>();
  const idFor = (base: string) => { const n = (count.get(base) ?? 0) + 1; count.set(base, n); return n === 1 ? base : `${base}-${n}`; };

  const outlet = outletOf(input.outlets, collected.siteName, collected.url);
  if (outlet) found.push(`outlet: ${outlet.name}`);
  else check.push(collected.siteName ? `Outlet "${collected.siteName}" has no profile: add content/outlets/<id>.yaml and set outlet.` : 'Outlet not identified: set outlet, or keep "unidentified" and say so in notes.');
  if (collected.url && !isHttpUrl(collected.url)) {
    check.push(`The page's canonical address is not an http(s) address and was left out: ${JSON.stringify(collected.url.slice(0, 120))}`);
    collected.url = undefined;
  }
  if (collected.url) found.push(`url: ${collected.url}`); else check.push('Original URL not found: add url if known.');
  const author = collected.author ?? cleaned.byline;
  if (author) found.push(`author: ${author}`);

  const entities = input.entities ?? [];
  const figures = extracted.figures.map((f) => {
    const attribution = proposeEntities({ estimatedBy: f.estimatedBy, relayedBy: f.relayedBy }, entities);
    return {
      id: idFor(`fig-${f.measure}`), topic: f.topic, measure: f.measure, low: f.low, high: f.high, qualifier: f.qualifier,
      ...(f.reportedly ? { reportedly: true } : {}),
      ...(f.asOf ? { asOf: f.asOf } : {}),
      ...(f.count ? { count: f.count } : {}),
      ...(Object.keys(attribution).length ? { attribution } : {}),
      quote: f.quote,
      ...(f.note ? { note: f.note } : {}),
    };
  });
  const eventClaims = events.map((e) => ({
    id: idFor(`ev-${e.date}`), date: e.date, precision: e.precision, ...(e.qualifier ? { qualifier: e.qualifier } : {}),
    ...(e.inferred ? { dateInferred: true, note: e.inferred } : {}),
    what: `Event dated ${e.date} in the article (describe it in English).`, quote: e.quote,
  }));
  // Ingest checks its own output against the rule the build applies, and drops what breaks it.
  const checked = selfCheck({ language, figures, events: eventClaims }, blocks.map((b) => b.text));
  const dropped = checked.dropped;
  for (const d of dropped) check.push(`Left out ${d.claim} (${d.quote}): ${d.reason}`);
  for (const f of checked.figures) if (f.note?.includes('Unsure')) check.push(`${f.id} (${f.quote}): ${f.note}`);

  const slugDate = dating.published;
  const id = [outlet?.id ?? 'unidentified', slugDate, slugify(title!).split('-').slice(0, 6).join('-')].filter(Boolean).join('-');
  // The id is the file name and the URL: never a path, never anything but a slug.
  if (!SLUG_PATTERN.test(id)) throw new Error(`ingest: the draft's id ${JSON.stringify(id)} is not a slug (lower-case words joined by hyphens); check the outlet id`);
  const frontmatter = {
    // Not published until an editor has reviewed it and removed this line.
    draft: true,
    title,
    ...(titleSupplied ? { titleSupplied: true } : {}),
    outlet: outlet?.id ?? 'unidentified',
    ...(collected.url ? { url: collected.url } : {}),
    ...(author ? { author } : {}),
    language,
    published: dating.published,
    datePrecision: dating.datePrecision,
    ...(dating.publishedTime ? { publishedTime: dating.publishedTime } : {}),
    ...(dating.dateInferred ? { dateInferred: true, datingNote: dating.datingNote } : {}),
    summary: `Ingested draft, not yet summarised by an editor. It opens: “${firstSentence}”`,
    figures: checked.figures,
    events: checked.events,
    notes: [{ kind: 'context', text: 'Drafted by npm run ingest; the figures, events and metadata await an editor’s review.' }],
  };
  const names = unknownNames(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text), extracted.names, entities);
  found.push(`${checked.figures.length} figure(s): ${checked.figures.map((f) => `${f.measure} ${f.low === f.high ? f.low : `${f.low}–${f.high}`}`).join(', ') || 'none'}`);
  found.push(`${checked.events.length} dated event(s)`);
  check.push('The draft is checked by the build but not published: review it, then remove `draft: true` to publish it.');
  // Translations are the editor's, written by hand: ingest never drafts one, and says so.
  const untranslated = untranslatedClaims({ language, figures: checked.figures, events: checked.events, transfers: [], reactions: [] });
  if (untranslated.length) check.push(`Translation left empty on the ${untranslated.length} claim(s) quoting the article in ${LANGUAGE_LABELS[language]} (${untranslated.map((c) => c.id).join(', ')}): write each one's faithful English translation under its quote as translation: (never a paraphrase; the quote stays as it is). The build warns about every published claim without one.`);
  check.push('Write the English summary; describe each event in English (what); add transfers and reactions; check each figure’s measure, qualifier, asOf and attribution (estimatedBy is who made the estimate, relayedBy who passed it on), and for troops deployed whether they are counted in total since a start (count: cumulative) or present at a date (count: present).');
  // Every string quoted: a bare 2025-11-06 would be read back as a date, not text.
  const body = blocks.map((b) => (b.kind === 'caption' ? captionBlock(b.text) : b.kind === 'heading' ? `### ${escapeMarkdownText(b.text)}` : escapeMarkdownText(b.text)));
  const markdown = `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body.join('\n\n')}\n`;
  return { id, markdown, language, found, check, removed, dropped, unknownNames: names, figures: checked.figures.length, events: checked.events.length };
}
