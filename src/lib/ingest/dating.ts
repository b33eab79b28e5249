/**
 * The publication date of a draft, never from the clock: the date the editor gives, else the
 * page's `article:published_time`, else its dateline, else — when the article prints none —
 * the latest date its own text names, marked inferred with a note that the real date is
 * unknown and must be set. A photo caption's date is never the publication date; it is only
 * a lower bound when nothing else dates the article. A wire dateline ("SEOUL, Oct 23 (…) –")
 * gives a day and month: the year comes from the dateline when there is one.
 *
 * An article that names no day or month (at most a bare year) gets no proposal: ingest asks
 * for the date (`--published`), as it does for an article that names no date at all.
 *
 * Why a draft still gets a `published` value when the date is unknown: the schema needs one,
 * a draft is checked but never published, and the value is the best-supported lower bound
 * (the article cannot be older than the latest date it reports), flagged `dateInferred` with
 * a note that says so. No value is ever taken from the day ingest runs.
 */
import { comparePartialDates, type FoundDate } from '../claims';
import type { Reference } from './calendar';
import type { Dateline, WireDateline } from './datelines';

export interface Dating {
  published: string;
  datePrecision: 'day' | 'month';
  publishedTime?: string | undefined;
  dateInferred?: true | undefined;
  datingNote?: string | undefined;
  /** What the text's relative dates resolve against: only a publication day the article prints. */
  reference: Reference;
  found: string[];
  check: string[];
}

export interface DatingInput {
  /** A date the editor gave (`--published`), `YYYY-MM-DD` or `YYYY-MM`. */
  given?: string | undefined;
  /** A saved page's `article:published_time`, as written (`2024-11-05T14:02:00Z`). */
  metaPublished?: string | undefined;
  dateline?: Dateline | undefined;
  wire?: WireDateline | undefined;
  /** Dates with a year (day or month) in the article's paragraphs and headings. */
  textDates: readonly FoundDate[];
  /** Dates with a year in its photo captions. */
  captionDates: readonly FoundDate[];
}

/**
 * Thrown when nothing in an article dates it: the editor must give the date (`--published`).
 *
 * @example
 * datePublication({ textDates: [], captionDates: [] }) // throws UndatedArticleError
 */
export class UndatedArticleError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');
const latest = (dates: readonly FoundDate[]) =>
  dates.filter((d) => !d.yearless && (d.precision === 'day' || d.precision === 'month')).map((d) => d.date).sort(comparePartialDates).at(-1);
const latestYear = (dates: readonly FoundDate[]) => dates.filter((d) => !d.yearless).map((d) => d.date.slice(0, 4)).sort().at(-1);

/**
 * Dates a draft.
 *
 * @example
 * datePublication({ dateline: { date: '2025-03-12', precision: 'day', time: '09:20' }, textDates: [], captionDates: [] }).published // '2025-03-12'
 * datePublication({ textDates: findDates('Le 28 avril 2025, …'), captionDates: [] }).dateInferred // true
 */
export function datePublication(input: DatingInput): Dating {
  const found: string[] = [];
  const check: string[] = [];
  const day = (published: string, time: string | undefined, how: string): Dating => {
    const precision = published.length === 10 ? 'day' : 'month';
    found.push(`published: ${published}${time ? ` ${time}` : ''} (${how})`);
    const reference = precision === 'day' ? { day: published } : { month: published };
    return { published, datePrecision: precision, ...(time ? { publishedTime: time } : {}), reference, found, check };
  };
  if (input.given) return day(input.given, undefined, 'given with --published');
  const meta = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(input.metaPublished ?? '');
  if (meta) {
    if (input.dateline && input.dateline.date !== meta[1] && !input.dateline.updateOnly) {
      check.push(`The page's metadata says ${meta[1]} but its dateline says ${input.dateline.date}: check which is the publication date.`);
    }
    return day(meta[1]!, meta[2] ?? input.dateline?.time, 'the page\'s article:published_time');
  }
  if (input.dateline && !input.dateline.updateOnly) {
    const d = input.dateline;
    if (input.wire && d.precision === 'day' && Number(d.date.slice(5, 7)) !== input.wire.month) {
      check.push(`The dateline says ${d.date} but the wire dateline says ${input.wire.day}/${input.wire.month} (${input.wire.place}): check the date.`);
    }
    return day(d.date, d.time, 'the dateline');
  }
  // No dateline: the date is unknown. Propose the best-supported lower bound, never the clock.
  const wire = input.wire;
  const textLatest = latest(input.textDates);
  const captionLatest = latest(input.captionDates);
  let published: string;
  let basis: string;
  if (input.dateline?.updateOnly) {
    published = input.dateline.date;
    basis = `the page prints only the date of an update (${published}); it was first published then or earlier`;
  } else if (wire && (textLatest ?? captionLatest)) {
    const year = Number((textLatest ?? captionLatest)!.slice(0, 4));
    const candidate = `${year}-${pad(wire.month)}-${pad(wire.day)}`;
    published = candidate >= (textLatest ?? captionLatest)! ? candidate : `${year + 1}-${pad(wire.month)}-${pad(wire.day)}`;
    basis = `the wire dateline gives ${wire.day}/${wire.month} without a year; the year is the first that puts it after the latest date the article names`;
  } else if (textLatest) {
    published = textLatest;
    basis = `${textLatest} is only the latest date the article's text names: it was published then or later`;
  } else if (captionLatest) {
    published = captionLatest;
    basis = `the text names no date; ${captionLatest} is the date of a photo caption, which is never the publication date, only a lower bound`;
  } else {
    // A bare year is never turned into a date: "2024-01" would read as January 2024.
    const year = latestYear([...input.textDates, ...input.captionDates]);
    if (year) throw new UndatedArticleError(`the article prints no dateline and names no day or month, only the year ${year}, which is no publication date; give its publication date with --published YYYY-MM-DD (or YYYY-MM)`);
    throw new UndatedArticleError('the article prints no dateline and names no date at all; give its publication date with --published YYYY-MM-DD (or YYYY-MM)');
  }
  const datingNote = `Publication date unknown: the article prints no dateline. ${basis[0]!.toUpperCase()}${basis.slice(1)}. An editor must find the real date and set published (and datePrecision), then rewrite this note to say how it was dated.`;
  check.push(`PUBLICATION DATE UNKNOWN: ${datingNote}`);
  found.push(`published: unknown (proposed ${published}, dateInferred)`);
  return { published, datePrecision: published.length === 10 ? 'day' : 'month', dateInferred: true, datingNote, reference: {}, found, check };
}
