/**
 * The ranges statements allow: a figure's values by its qualifier, and the days a partial
 * date covers at its precision. Two event dates disagree when their periods do not overlap
 * (June 2024 agrees with 2024, not with 2023); when two figures disagree is the time model's
 * business (`estimates.ts`), which compares these ranges within one measure and scope.
 */
import type { EventPrecision, Figure } from '../claims';

/** Slack for "about": ±10 %; "nearly" means a little under. */
const ABOUT = 0.1;

/**
 * The range of values a figure allows, by its qualifier.
 *
 * @example
 * figureInterval({ low: 5000, high: 5000, qualifier: 'about' }) // [4500, 5500]
 * figureInterval({ low: 14000, high: 14000, qualifier: 'up to' }) // [0, 14000]
 */
export function figureInterval(f: Pick<Figure, 'low' | 'high' | 'qualifier'>): [number, number] | null {
  if (f.low === undefined || f.high === undefined) return null;
  switch (f.qualifier) {
    case 'about': return [f.low * (1 - ABOUT), f.high * (1 + ABOUT)];
    case 'nearly': return [f.low * (1 - ABOUT), f.high];
    case 'up to': return [0, f.high];
    case 'at least':
    case 'more than': return [f.low, Number.POSITIVE_INFINITY];
    default: return [f.low, f.high];
  }
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The first and last day a partial date covers at its precision; a season covers three
 * months from the month given.
 *
 * @example
 * dateInterval('2024-09', 'season') // ['2024-09-01', '2024-11-30']
 * dateInterval('2024', 'year') // ['2024-01-01', '2024-12-31']
 */
export function dateInterval(date: string, precision: EventPrecision, endDate?: string): [string, string] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  let range: [string, string];
  if (precision === 'year' || m === undefined) range = [iso(y, 1, 1), iso(y, 12, 31)];
  else if (precision === 'season') {
    const endMonth = ((m + 1) % 12) + 1;
    const endYear = m + 2 > 12 ? y + 1 : y;
    range = [iso(y, m, 1), iso(endYear, endMonth, lastDay(endYear, endMonth))];
  } else if (precision === 'month' || d === undefined) range = [iso(y, m, 1), iso(y, m, lastDay(y, m))];
  else range = [iso(y, m, d), iso(y, m, d)];
  if (endDate) range[1] = dateInterval(endDate, precision)[1];
  return range;
}

/**
 * Whether two dated statements of the same event cannot both be right.
 *
 * @example
 * datesDisagree({ date: '2023', precision: 'year' }, { date: '2024-06', precision: 'month' }) // true
 */
export function datesDisagree(
  a: { date: string; precision: EventPrecision; endDate?: string | undefined },
  b: { date: string; precision: EventPrecision; endDate?: string | undefined },
): boolean {
  const [a0, a1] = dateInterval(a.date, a.precision, a.endDate);
  const [b0, b1] = dateInterval(b.date, b.precision, b.endDate);
  return a1 < b0 || b1 < a0;
}
