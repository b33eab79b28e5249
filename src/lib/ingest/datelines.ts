/**
 * Datelines: the line an outlet prints to say when an article was published ("October 23,
 * 2024, 2:31 AM ET", "Published 5 Nov 2024 14:02 GMT", "Publié le 05/11/2024 à 14h02",
 * "08.11.2025 16:45", "Nov. 5, 2024 · Updated: Nov. 6, 2024"), and the wire dateline that
 * opens agency copy ("SEOUL, Oct 23 (Northwire) –"). A dateline is the publication date; a
 * date in a photo caption, a header's date widget ("Thursday, December 19, 2024") or a
 * reader's comment never is.
 */
import { findDates, type FoundDate } from '../claims';

/** What a dateline says: the publication date at its precision, the local time if printed, an update if given. */
export interface Dateline {
  /** `YYYY-MM-DD`, or `YYYY-MM` for a monthly issue ("Décembre 2024"). */
  date: string;
  precision: 'day' | 'month';
  /** Local time as printed, `HH:MM` (time zone ignored). */
  time?: string | undefined;
  /** The date of an update the same line gives ("Updated: Nov. 6, 2024"). */
  updated?: string | undefined;
  /** True when the line gives only an update's date ("Mis à jour le 6 novembre 2024"): the article is older. */
  updateOnly?: boolean | undefined;
}

/**
 * What finds the dates of a line: `findDates` (the dossier's own reader) unless another is
 * given, as the comparison with chrono-node does; a finder may also read the time.
 */
export type DateFinder = (text: string) => (FoundDate & { time?: string | undefined })[];

/** A wire dateline's place and day: the year is not printed. */
export interface WireDateline {
  place: string;
  month: number;
  day: number;
  agency: string;
  /** The stretch of the paragraph it covers. */
  end: number;
}

const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/iu;
const TIME = /(?<![\p{L}\p{N}])([01]?\d|2[0-3])\s*(?::|h|\.)\s*([0-5]\d)(?::[0-5]\d)?(?:\s*([ap])\.?\s?m\.?)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(1[0-2]|0?[1-9])\s*([ap])\.?\s?m\.?(?![\p{L}])/giu;
/** Words a dateline may carry besides its dates and times. */
const FILLER = new RegExp([
  'published', 'publication', 'posted', 'updated', 'last updated', 'first published', 'modified', 'publié(?:e)?', 'mis(?:e)? à jour', 'modifié(?:e)?', 'actualisé(?:e)?',
  'le', 'on', 'at', 'à', 'the', 'et', 'and',
  'gmt', 'utc', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'kst', 'jst', 'msk', 'eet', 'eest', 'ist', 'hkt', 'sgt', 'aest', 'heure de paris', 'heure locale', 'local time',
  '(?:numéro|no\\.?|n°|issue|édition|edition)\\s*\\d+', '\\d+\\s*(?:min(?:ute)?s?|mn)\\.?(?:\\s*(?:read|de lecture|lecture))?', '(?:lecture|temps de lecture)\\s*:?\\s*\\d+\\s*min\\.?',
].join('|'), 'giu');
const FILLER_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FILLER.source})(?![\\p{L}\\p{N}])`, 'giu');

const UPDATE_FIRST = /^(?:last\s+)?(?:updated|modified|mis(?:e)?\s+à\s+jour|modifié|actualisé)/iu;
const pad = (n: number) => String(n).padStart(2, '0');

/** A printed time as `HH:MM`, from its hour, minutes and am/pm. */
function clock(hour: string, minutes: string | undefined, meridian: string | undefined): string {
  let h = Number(hour);
  const m = minutes ? Number(minutes) : 0;
  if (meridian) {
    const pm = meridian.toLowerCase() === 'p';
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  return `${pad(h)}:${pad(m)}`;
}

/**
 * Reads one line as a dateline: a line that is a date with a year (or a monthly issue's
 * month), possibly with a time, "Published"/"Publié le"/"Updated"/"Mis à jour le", a time
 * zone or a reading time, and nothing else. A line opening with a weekday and printing no
 * time is a header's date widget, not a dateline.
 *
 * @example
 * readDateline('Publié le 18/10/2024 à 14h02') // { date: '2024-10-18', precision: 'day', time: '14:02' }
 * readDateline('Nov. 5, 2024 · Updated: Nov. 6, 2024') // { date: '2024-11-05', precision: 'day', updated: '2024-11-06' }
 * readDateline('2025-07-13 02:28:33') // { date: '2025-07-13', precision: 'day', time: '02:28' }
 * readDateline('2025-04') // { date: '2025-04', precision: 'month' }
 * readDateline('Thursday, December 19, 2024') // null
 */
export function readDateline(line: string, find: DateFinder = findDates): Dateline | null {
  const text = line.trim();
  if (!text || text.split(/\s+/).length > 24) return null;
  // A line that is only an ISO month ("2025-04"): the month a page's metadata gives, not a bare year.
  const isoMonth = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (isoMonth) return { date: text, precision: 'month' };
  const dates = find(text).filter((d) => !d.yearless && (d.precision === 'day' || d.precision === 'month'));
  if (dates.length === 0) return null;
  const times: { start: number; end: number; value: string }[] = [];
  TIME.lastIndex = 0;
  for (const m of text.matchAll(TIME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => start < d.end && end > d.start)) continue;
    times.push({ start, end, value: m[1] ? clock(m[1], m[2], m[3]) : clock(m[4]!, undefined, m[5]) });
  }
  if (WEEKDAY.test(text) && times.length === 0) return null;
  // Whatever is left once dates, times and a dateline's usual words are gone must be punctuation.
  let rest = text;
  for (const s of [...dates, ...times].sort((a, b) => b.start - a.start)) rest = rest.slice(0, s.start) + ' ' + rest.slice(s.end);
  rest = rest.replace(FILLER_WORDS, ' ').replace(WEEKDAY, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return null;
  const first = dates[0]!;
  const second = dates[1];
  const time = first.time ?? times.find((t) => t.start > first.start && (!second || t.start < second.start))?.value;
  return {
    date: first.date,
    precision: first.precision === 'day' ? 'day' : 'month',
    ...(time ? { time } : {}),
    ...(second ? { updated: second.date } : {}),
    ...(UPDATE_FIRST.test(text) ? { updateOnly: true } : {}),
  };
}

/**
 * The first dateline among an article's lines (in page order), and its line; a line that
 * gives only an update's date counts when no line gives the publication's.
 *
 * @example
 * findDateline(['Title', 'By A. Writer', '12.03.2025 09:20', 'Text…'])?.index // 2
 */
export function findDateline(lines: readonly string[], find: DateFinder = findDates): { dateline: Dateline; index: number } | null {
  let update: { dateline: Dateline; index: number } | null = null;
  for (let index = 0; index < lines.length; index++) {
    const dateline = readDateline(lines[index]!, find);
    if (dateline && !dateline.updateOnly) return { dateline, index };
    if (dateline) update ??= { dateline, index };
  }
  return update;
}

const WIRE = /^([\p{Lu}][\p{Lu}\p{M}'’ .-]{1,40}(?:,\s*[\p{Lu}][\p{L}\p{M}'’ .-]{1,30})?),\s+([^()]{3,24}?)\s*\(([^()]{2,40})\)\s*[–—-]+\s*/u;

/**
 * The wire dateline opening a paragraph of agency copy, whose date has no year.
 *
 * @example
 * wireDateline('SEOUL, Oct 23 (Northwire) – About 3,000 …') // { place: 'SEOUL', month: 10, day: 23, agency: 'Northwire', end: 28 }
 * wireDateline('SÉOUL, 18 octobre (APC) – La Corée du Nord…')?.day // 18
 */
export function wireDateline(paragraph: string): WireDateline | null {
  const m = WIRE.exec(paragraph);
  if (!m) return null;
  const date: FoundDate | undefined = findDates(m[2]!).find((d) => d.yearless && d.start === 0 && d.end === m[2]!.length);
  if (!date) return null;
  const [month, day] = date.date.split('-').filter(Boolean).map(Number);
  return { place: m[1]!.trim(), month: month!, day: day!, agency: m[3]!.trim(), end: m[0].length };
}
