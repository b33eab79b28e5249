/**
 * How dates and figures read on the page. One place, so every page says them alike.
 */
import type { DateQualifier, EventPrecision, Figure } from '../claims';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { '03': 'spring', '06': 'summer', '09': 'autumn', '12': 'winter' };
const QUALIFIER_WORDS: Record<DateQualifier, string> = { early: 'early', mid: 'mid-', late: 'late', about: 'about' };

/**
 * A partial ISO date in words, at the precision given.
 *
 * @example
 * formatPartialDate('2025-04-28', 'day') // '28 April 2025'
 * formatPartialDate('2024-09', 'season') // 'autumn 2024'
 * formatPartialDate('2025-04', 'month', 'late') // 'late April 2025'
 */
export function formatPartialDate(date: string, precision: EventPrecision, qualifier?: DateQualifier): string {
  const [y, m, d] = date.split('-');
  let text: string;
  if (precision === 'year' || !m) text = y!;
  else if (precision === 'season') text = `${SEASONS[m] ?? MONTHS[Number(m) - 1]} ${y}`;
  else if (precision === 'month' || !d) text = `${MONTHS[Number(m) - 1]} ${y}`;
  else text = `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (!qualifier) return text;
  const word = QUALIFIER_WORDS[qualifier];
  return word.endsWith('-') ? `${word}${text}` : `${word} ${text}`;
}

/**
 * The precision an ISO partial date is written at.
 *
 * @example
 * precisionOfDate('2025-04') // 'month'
 */
export function precisionOfDate(date: string): 'day' | 'month' | 'year' {
  return date.length >= 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/**
 * A partial ISO date in words, at the precision it is written at.
 *
 * @example
 * formatDateAsWritten('2025-06') // 'June 2025'
 */
export function formatDateAsWritten(date: string): string {
  return formatPartialDate(date, precisionOfDate(date));
}

/**
 * A date range when an event spans years, else the single date.
 *
 * @example
 * formatDateSpan('1950', '1953', 'year') // '1950–1953'
 */
export function formatDateSpan(date: string, endDate: string | undefined, precision: EventPrecision, qualifier?: DateQualifier): string {
  const start = formatPartialDate(date, precision, qualifier);
  return endDate ? `${start}–${formatPartialDate(endDate, precision)}` : start;
}

/**
 * A number as English readers write it.
 *
 * @example
 * formatNumber(15000) // '15,000'
 */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB');
}

/**
 * A count with its noun, singular or plural as the number asks.
 *
 * @example
 * countOf(1, 'figure')                 // '1 figure'
 * countOf(1200, 'source')              // '1,200 sources'
 * countOf(0, 'entity', 'entities')     // '0 entities'
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/**
 * A name as it reads inside a sentence: a description that opens with an article ("An
 * international body", "The Pentagon's officials") loses its capital; a proper name keeps it.
 *
 * @example
 * inSentence('An international body (not named in the article)') // 'an international body (not named in the article)'
 * inSentence('Western intelligence services')                   // 'Western intelligence services'
 */
export function inSentence(name: string): string {
  return /^(A|An|The)\s/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/**
 * A figure's value as the source gives it: range, qualifier, or the words it uses.
 *
 * @example
 * formatFigureValue({ low: 10000, high: 12000, qualifier: 'exact' }) // '10,000–12,000'
 * formatFigureValue({ low: 5000, high: 5000, qualifier: 'about' }) // 'about 5,000'
 * formatFigureValue({ statedAs: 'des milliers (thousands)', qualifier: 'exact' }) // 'no number: “des milliers (thousands)”'
 * formatFigureValue({ low: 5000, high: 5000, qualifier: 'exact', negated: true }) // 'not 5,000'
 */
export function formatFigureValue(figure: Pick<Figure, 'low' | 'high' | 'qualifier' | 'statedAs'> & { negated?: boolean | undefined }): string {
  const { low, high, qualifier } = figure;
  // A negated figure is what the article says did not happen ("did not lose 5,000").
  const not = figure.negated ? 'not ' : '';
  if (low === undefined || high === undefined) return `${not}no number: “${figure.statedAs ?? 'unstated'}”`;
  const value = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return `${not}${qualifier === 'exact' ? value : `${qualifier} ${value}`}`;
}
