/**
 * Finds calendar dates written in English or French running text.
 *
 * Used by the provenance check (so that "28 avril 2025" is not read as the figures 28
 * and 2025) and by ingest (to propose dated events). Dates are partial: a day, a
 * month, a season or a year, each with the precision the text gives.
 */

export type DatePrecision = 'day' | 'month' | 'season' | 'year';
/** "early", "mid-" or "late" before a month or year. */
export type PeriodQualifier = 'early' | 'mid' | 'late';

/** A date found in text, with its raw range. */
export interface FoundDate {
  /**
   * ISO form: `YYYY-MM-DD`, `YYYY-MM` (also the first month of a season) or `YYYY`; a day
   * and month written without a year ("on March 3", "le 3 mars") is `--MM-DD`.
   */
  date: string;
  /** True for a day and month written without a year: the year must come from elsewhere. */
  yearless?: boolean;
  precision: DatePrecision;
  qualifier?: PeriodQualifier;
  start: number;
  end: number;
  text: string;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  // French abbreviations as datelines print them ("20 déc. 2024", "13 janv. 2025").
  janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, déc: 12,
};
/** First month of each season (meteorological, northern hemisphere). */
const SEASONS: Record<string, number> = {
  spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12,
  printemps: 3, été: 6, ete: 6, automne: 9, hiver: 12,
};
const QUALIFIERS: Record<string, PeriodQualifier> = {
  early: 'early', 'beginning of': 'early', 'start of': 'early', début: 'early', 'début de': 'early', 'début d’': 'early', "début d'": 'early',
  mid: 'mid', 'mid-': 'mid', 'middle of': 'mid', 'mi-': 'mid', 'milieu de': 'mid',
  late: 'late', 'end of': 'late', 'the end of': 'late', fin: 'late', 'fin de': 'late',
};

const monthNames = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const seasonNames = Object.keys(SEASONS).sort((a, b) => b.length - a.length).join('|');
const qualifierWords = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length).join('|');
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
/** Word boundaries that know accented letters (`\\b` does not). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray): Omit<FoundDate, 'start' | 'end' | 'text'> | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'].sort((a, b) => b.length - a.length).join('|');
const FRENCH_MONTH = /^(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|sept|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|oct|nov|déc|dec)$/i;
/** A day and month without a year, when the day exists in some year (29 February does). */
const yearless = (month: number, day: number): Omit<FoundDate, 'start' | 'end' | 'text'> | null =>
  validDay(2024, month, day) ? { date: `--${pad(month)}-${pad(day)}`, precision: 'day', yearless: true } : null;
const validDay = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

// Order matters: the most specific patterns first; a later match may not overlap an earlier one.
const PATTERNS: Pattern[] = [
  { // 2025-01-17 (ISO, as page metadata and some datelines print it)
    re: new RegExp(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`, 'gu'),
    build: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(y, mo, d) ? { date: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  { // 08.11.2025, 08/11/2025 (day first, as both French and British English write it)
    re: new RegExp(`${B}(\\d{1,2})[./](\\d{1,2})[./]${YEAR}${E}`, 'gu'),
    build: (m) => {
      const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return validDay(y, mo, d) ? { date: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  { // 28 avril 2025, 1er mai 2025, 28 April 2025
    re: new RegExp(`${B}(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${monthNames})\\.?,?\\s+${YEAR}${E}`, 'giu'),
    build: (m) => {
      const [d, mo, y] = [Number(m[1]), MONTHS[m[2]!.toLowerCase()]!, Number(m[3])];
      return validDay(y, mo, d) ? { date: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  { // April 28, 2025
    re: new RegExp(`${B}(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${E}`, 'giu'),
    build: (m) => {
      const [mo, d, y] = [MONTHS[m[1]!.toLowerCase()]!, Number(m[2]), Number(m[3])];
      return validDay(y, mo, d) ? { date: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : null;
    },
  },
  { // fin avril 2025, end of April 2025, mid-July 2025, avril 2025
    re: new RegExp(`(?:${B}(${qualifierWords})\\s*)?${B}(${monthNames})\\s+${YEAR}${E}`, 'giu'),
    build: (m) => {
      const mo = MONTHS[m[2]!.toLowerCase()]!;
      const q = m[1] ? QUALIFIERS[m[1].toLowerCase()] : undefined;
      return { date: `${m[3]}-${pad(mo)}`, precision: 'month', ...(q ? { qualifier: q } : {}) };
    },
  },
  { // l’automne 2024, autumn 2024, printemps 2025
    re: new RegExp(`${B}(${seasonNames})\\s+(?:of\\s+|de\\s+)?${YEAR}${E}`, 'giu'),
    build: (m) => ({ date: `${m[2]}-${pad(SEASONS[m[1]!.toLowerCase()]!)}`, precision: 'season' }),
  },
  { // March 3, March 3rd (an English month name, capitalised: "may 3" is not a date)
    re: new RegExp(`${B}(${ENGLISH_MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[.,]\\d|\\s?%)`, 'gu'),
    build: (m) => yearless(MONTHS[m[1]!.toLowerCase()]!, Number(m[2])),
  },
  { // 3 mars, le 1er mars, 3 March, 3rd of March
    re: new RegExp(`${B}(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:of\\s+)?(${monthNames})${E}`, 'giu'),
    // An English month name must be capitalised ("3 may have" is no date); French ones are not.
    build: (m) => (FRENCH_MONTH.test(m[2]!) || /^\p{Lu}/u.test(m[2]!) ? yearless(MONTHS[m[2]!.toLowerCase()]!, Number(m[1])) : null),
  },
  { // 3/3, 15/06 (day first, as French and British English write it)
    re: new RegExp(`${B}(\\d{1,2})/(\\d{1,2})(?![\\p{L}\\p{N}/])`, 'gu'),
    build: (m) => yearless(Number(m[2]), Number(m[1])),
  },
  { // a bare year: 2023, (1950-1953)
    re: new RegExp(`(?<![\\p{L}\\p{N}.,])${YEAR}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu'),
    build: (m) => ({ date: m[1]!, precision: 'year' }),
  },
];

/**
 * Every date written in `text`, in text order, none overlapping.
 *
 * @example
 * findDates('Le 28 avril 2025, puis fin avril 2025.').map((d) => d.date) // ['2025-04-28', '2025-04']
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Which characters a date already holds: checking a match costs its length, not the dates found so far.
  const held = new Uint8Array(text.length);
  const taken = (s: number, e: number) => { for (let i = s; i < e; i++) if (held[i]) return true; return false; };
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const built = p.build(m);
      if (built) { found.push({ ...built, start, end, text: m[0] }); held.fill(1, start, end); }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Compares two partial ISO dates in calendar order (a year sorts before its months).
 *
 * @example
 * ['2025-04-28', '2024', '2025-04'].sort(comparePartialDates) // ['2024', '2025-04', '2025-04-28']
 */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
