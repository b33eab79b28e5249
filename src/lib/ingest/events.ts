/**
 * Dated events an article reports, each quoting its sentence: a date with a year as
 * written, or a day and month without one ("le 3 mars") given the dateline's year and
 * marked as dated by the dossier.
 */
import { findDates, type FoundDate } from '../claims';
import { yearOfDay } from './calendar';

export interface ExtractedEvent {
  date: string;
  precision: FoundDate['precision'];
  qualifier?: FoundDate['qualifier'] | undefined;
  /** How the dossier dated it, when the article gives no year (a note for the editor). */
  inferred?: string | undefined;
  quote: string;
}

/**
 * The dated events a sentence mentions: one per date, quoting the sentence. A day and month
 * without a year takes the publication day's year (the year before when that would put it
 * more than two months later), and only when that day is known. Dates before `from` (a wire
 * dateline opening the sentence) are left out.
 *
 * @example
 * eventsIn('Le 6 novembre 2025, une délégation a rencontré…')[0] // { date: '2025-11-06', precision: 'day', quote: … }
 * eventsIn('Le 3 mars, l’état-major a indiqué…', '2025-04-30')[0]?.date // '2025-03-03'
 */
export function eventsIn(sentence: string, publishedDay?: string, from = 0): ExtractedEvent[] {
  return findDates(sentence).filter((d) => d.start >= from).flatMap((d): ExtractedEvent[] => {
    if (!d.yearless) return [{ date: d.date, precision: d.precision, ...(d.qualifier ? { qualifier: d.qualifier } : {}), quote: sentence }];
    if (!publishedDay) return [];
    const [month, day] = d.date.split('-').filter(Boolean).map(Number) as [number, number];
    const year = yearOfDay(publishedDay, month, day);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return [{ date, precision: 'day', inferred: `The article writes “${d.text}” without a year; the year is the dateline’s (${publishedDay}).`, quote: sentence }];
  });
}
