/**
 * When two sources say different things about the same thing.
 *
 * "The same thing" is, for figures, the same measure (deployed, killed…), never two
 * measures; for events, the same `key`. Two figures disagree when the ranges their
 * qualifiers allow do not overlap; two event dates disagree when the periods their
 * precisions cover do not overlap (June 2024 agrees with 2024, not with 2023).
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

/**
 * Whether two figures can both be right: same measure and overlapping ranges.
 * Figures without a number, or of different measures, never disagree.
 *
 * @example
 * figuresDisagree(nearly600Killed, about2000Killed) // true
 */
export function figuresDisagree(a: Pick<Figure, 'measure' | 'low' | 'high' | 'qualifier'>, b: Pick<Figure, 'measure' | 'low' | 'high' | 'qualifier'>): boolean {
  if (a.measure !== b.measure) return false;
  const ia = figureInterval(a);
  const ib = figureInterval(b);
  if (!ia || !ib) return false;
  return ia[1] < ib[0] || ib[1] < ia[0];
}

/** How one figure stands against the others of its measure. */
export interface RangeDisagreement<T> {
  /** How many of the others lie wholly below, and wholly above, its range. */
  below: number;
  above: number;
  /** The nearest of those, at most `limit` on each side, nearest first. */
  nearestBelow: T[];
  nearestAbove: T[];
}

/**
 * How a row says its disagreement: nothing, every estimate by name when all are named,
 * or a count with the nearest named on each side that has any.
 *
 * @example
 * disagreementSides({ below: 9, above: 0, nearestBelow: [a, b, c], nearestAbove: [] })
 * // { total: 9, allNamed: false, sides: [{ side: 'lower', count: 9, nearest: [a, b, c] }] }
 */
export function disagreementSides<T>(d: RangeDisagreement<T>): { total: number; allNamed: boolean; sides: { side: 'lower' | 'higher'; count: number; nearest: T[] }[] } {
  const total = d.below + d.above;
  const sides = [
    { side: 'lower' as const, count: d.below, nearest: d.nearestBelow },
    { side: 'higher' as const, count: d.above, nearest: d.nearestAbove },
  ].filter((s) => s.count > 0);
  return { total, allNamed: d.nearestBelow.length + d.nearestAbove.length === total, sides };
}

/** The first index in `sorted` whose key is at least (or, `strict`, above) `x`. */
function firstIndex<T>(sorted: readonly T[], key: (t: T) => number, x: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = key(sorted[mid]!);
    if (strict ? k <= x : k < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each item, the others whose ranges lie wholly below or wholly above its own: the
 * pairs `figuresDisagree` finds within a measure, counted by binary search over the
 * ranges sorted by each end, so a measure with 15,000 estimates costs n log n, not n².
 *
 * @example
 * const d = rangeDisagreements([600, 2000, 2100], (n) => [n, n], 3);
 * d.get(600) // { below: 0, above: 2, nearestBelow: [], nearestAbove: [2000, 2100] }
 */
export function rangeDisagreements<T>(items: readonly T[], interval: (t: T) => [number, number], limit: number): Map<T, RangeDisagreement<T>> {
  const ranged = items.map((item) => ({ item, range: interval(item) }));
  const byHigh = [...ranged].sort((a, b) => a.range[1] - b.range[1]);
  const byLow = [...ranged].sort((a, b) => a.range[0] - b.range[0]);
  return new Map(ranged.map(({ item, range: [low, high] }) => {
    // Below: every range ending before this one starts; above: every range starting after it ends.
    const belowEnd = firstIndex(byHigh, (r) => r.range[1], low, false);
    const aboveStart = firstIndex(byLow, (r) => r.range[0], high, true);
    return [item, {
      below: belowEnd,
      above: byLow.length - aboveStart,
      nearestBelow: byHigh.slice(Math.max(0, belowEnd - limit), belowEnd).reverse().map((r) => r.item),
      nearestAbove: byLow.slice(aboveStart, aboveStart + limit).map((r) => r.item),
    }];
  }));
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
