/**
 * Estimates in time. An estimate is only meaningful with its date and who made it, and a
 * count that grows is a series, not a disagreement:
 *
 * - every figure has an as-of period: its `asOf` at its precision, or else its article's
 *   date ("reported by": the estimate was made on or before it);
 * - counts that only grow (killed, wounded, captured, losses, troops sent in total since a
 *   start) are cumulative: a later, higher estimate is an increase;
 * - two estimates disagree only when their periods overlap and their ranges do not, or,
 *   for a cumulative count, when a later estimate lies wholly below an earlier one;
 * - estimates of different scopes (a place, or a total against those present) are never
 *   compared.
 *
 * Conflicts are counted in n log n (sweeps over a Fenwick tree), so a measure with
 * thousands of estimates stays cheap; each estimate names the nearest few it conflicts with.
 */
import { dateInterval, figureInterval } from './agreement';
import { CUMULATIVE_MEASURES, type EventPrecision, type Figure, type SourceData } from '../claims';
import { precisionOfDate } from '../site';

/** The period an estimate applies to. */
export interface AsOf {
  /** First and last day (ISO) the period covers. */
  start: string;
  end: string;
  /** The date as the text (or the article) gives it, at its precision. */
  date: string;
  precision: EventPrecision;
  /** True when the text gives no date: the period is the article's date, by which the estimate was made. */
  fromArticle: boolean;
  /** True when that article's date is itself the dossier's inference (an undated article). */
  approximate: boolean;
}

/**
 * When an estimate applies: its `asOf` at its precision, or else "reported by" its
 * article's date.
 *
 * @example
 * asOfPeriod({ asOf: '2025-04' }, { published: '2025-06-05', datePrecision: 'day' })
 * // { start: '2025-04-01', end: '2025-04-30', date: '2025-04', precision: 'month', fromArticle: false, approximate: false }
 */
export function asOfPeriod(figure: Pick<Figure, 'asOf'>, source: Pick<SourceData, 'published' | 'datePrecision' | 'dateInferred'>): AsOf {
  const fromArticle = !figure.asOf;
  const date = figure.asOf ?? source.published;
  const precision: EventPrecision = figure.asOf ? precisionOfDate(figure.asOf) : source.datePrecision;
  const [start, end] = dateInterval(date, precision);
  return { start, end, date, precision, fromArticle, approximate: fromArticle && Boolean(source.dateInferred) };
}

/**
 * Whether a figure counts something that only grows: casualties always, troops deployed
 * when counted in total since a start.
 *
 * @example
 * isCumulative({ measure: 'killed' }) // true
 * isCumulative({ measure: 'deployed', count: 'present' }) // false
 */
export function isCumulative(figure: Pick<Figure, 'measure' | 'count'>): boolean {
  return CUMULATIVE_MEASURES.includes(figure.measure) || (figure.measure === 'deployed' && figure.count === 'cumulative');
}

/**
 * What a figure counts, beyond its measure: cumulative or at a date, and where. Figures of
 * different scopes are never compared.
 *
 * @example
 * scopeOf({ measure: 'killed' }, 'entity:kursk') // 'cumulative|entity:kursk'
 */
export function scopeOf(figure: Pick<Figure, 'measure' | 'count'>, place: string): string {
  // Troops deployed whose count the editor has not classified are compared with no others of another kind.
  const basis = isCumulative(figure) ? 'cumulative' : figure.measure === 'planned' ? 'plan' : (figure.count ?? 'unspecified');
  return `${basis}|${place}`;
}

/** An estimate as the conflict search sees it: its period and the range its qualifier allows. */
export interface EstimatePoint {
  /** First and last day of its as-of period, as day numbers. */
  start: number;
  end: number;
  low: number;
  high: number;
}

/** Others an estimate conflicts with for one reason: how many, and the nearest few. */
export interface ConflictSet<T> {
  count: number;
  nearest: T[];
}

export interface Conflicts<T> {
  /** Estimates for an overlapping period whose ranges do not overlap this one's. */
  samePeriod: ConflictSet<T>;
  /** Cumulative: earlier estimates wholly above this later one (it is lower than they). */
  belowEarlier: ConflictSet<T>;
  /** Cumulative: later estimates wholly below this one. */
  aboveLater: ConflictSet<T>;
}

/** How many of an estimate's conflicts there are in all. */
export const conflictCount = (c: Conflicts<unknown>) => c.samePeriod.count + c.belowEarlier.count + c.aboveLater.count;

const DAY = 86_400_000;
/** Day number of an ISO date. */
export const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY);

/**
 * The point of a figure for the conflict search.
 *
 * @example
 * estimatePoint({ low: 600, high: 600, qualifier: 'nearly' }, asOf) // { start, end, low: 540, high: 600 }
 */
export function estimatePoint(figure: Pick<Figure, 'low' | 'high' | 'qualifier'>, asOf: Pick<AsOf, 'start' | 'end'>): EstimatePoint | null {
  const range = figureInterval(figure);
  return range && { start: dayOf(asOf.start), end: dayOf(asOf.end), low: range[0], high: range[1] };
}

/** Counts, for each query, the points strictly below it in both coordinates (offline, Fenwick tree). */
function dominated(points: readonly (readonly [number, number])[], queries: readonly (readonly [number, number])[]): number[] {
  const ys = [...new Set(points.map((p) => p[1]))].sort((a, b) => a - b);
  const tree = new Array<number>(ys.length + 1).fill(0);
  const below = (y: number) => { let lo = 0; let hi = ys.length; while (lo < hi) { const m = (lo + hi) >>> 1; if (ys[m]! < y) lo = m + 1; else hi = m; } return lo; };
  const add = (i: number) => { for (let k = i + 1; k <= ys.length; k += k & -k) tree[k]! += 1; };
  const prefix = (n: number) => { let s = 0; for (let k = n; k > 0; k -= k & -k) s += tree[k]!; return s; };
  const byX = points.map((_, i) => i).sort((a, b) => points[a]![0] - points[b]![0]);
  const queryOrder = queries.map((_, i) => i).sort((a, b) => queries[a]![0] - queries[b]![0]);
  const out = new Array<number>(queries.length).fill(0);
  let next = 0;
  for (const q of queryOrder) {
    const [qx, qy] = queries[q]!;
    // Every point left of the query goes in (its y's index in `ys`), then those under it are counted.
    for (; next < byX.length && points[byX[next]!]![0] < qx; next++) add(below(points[byX[next]!]![1]));
    out[q] = prefix(below(qy));
  }
  return out;
}

/** Items sorted by a key, with a binary search for the first whose key is at least (or above) x. */
function sortedBy<T>(items: readonly T[], key: (t: T) => number) {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const first = (x: number, strict: boolean) => {
    let lo = 0; let hi = sorted.length;
    while (lo < hi) { const m = (lo + hi) >>> 1; const k = key(sorted[m]!); if (strict ? k <= x : k < x) lo = m + 1; else hi = m; }
    return lo;
  };
  return { sorted, first };
}

/** How far a search for names walks past estimates that do not qualify before it stops. */
const SCAN = 64;

/**
 * For each estimate of one measure and scope, the others it cannot be reconciled with: for
 * an overlapping period, a range that does not overlap; and, when the count is cumulative,
 * a later estimate wholly below an earlier one. Counts are exact (n log n); each set names
 * its nearest `limit` in value (found within a bounded walk, so "including" when fewer).
 *
 * @example
 * const c = estimateConflicts(items, (i) => i.point, true, 3);
 * c.get(later).belowEarlier.count // 1 when an earlier estimate is wholly above it
 */
export function estimateConflicts<T>(items: readonly T[], pointOf: (t: T) => EstimatePoint, cumulative: boolean, limit = 3): Map<T, Conflicts<T>> {
  const pts = items.map(pointOf);
  const n = items.length;
  const byHigh = sortedBy(items.map((_, i) => i), (i) => pts[i]!.high);
  const byLow = sortedBy(items.map((_, i) => i), (i) => pts[i]!.low);
  // All estimates wholly below / above each one, in any period.
  const allBelow = pts.map((p) => byHigh.first(p.low, false));
  const allAbove = pts.map((p) => n - byLow.first(p.high, true));
  // Of those, the ones for a period that ends before this one starts, or starts after it ends.
  const endHigh = pts.map((p) => [p.end, p.high] as const);
  const negStartHigh = pts.map((p) => [-p.start, p.high] as const);
  const endNegLow = pts.map((p) => [p.end, -p.low] as const);
  const negStartNegLow = pts.map((p) => [-p.start, -p.low] as const);
  const belowBefore = dominated(endHigh, pts.map((p) => [p.start, p.low] as const));
  const belowAfter = dominated(negStartHigh, pts.map((p) => [-p.end, p.low] as const));
  const aboveBefore = dominated(endNegLow, pts.map((p) => [p.start, -p.high] as const));
  const aboveAfter = dominated(negStartNegLow, pts.map((p) => [-p.end, -p.high] as const));

  const overlapsInTime = (a: EstimatePoint, b: EstimatePoint) => a.start <= b.end && b.start <= a.end;
  /** Walks from the nearest value outward, keeping those that pass `keep`, at most `limit`. */
  const nearest = (order: readonly number[], from: number, step: 1 | -1, keep: (j: number) => boolean): T[] => {
    const out: T[] = [];
    for (let k = from, walked = 0; k >= 0 && k < order.length && out.length < limit && walked < SCAN + limit; k += step, walked++) {
      if (keep(order[k]!)) out.push(items[order[k]!]!);
    }
    return out;
  };
  return new Map(items.map((item, i) => {
    const p = pts[i]!;
    const lowBelow = byHigh.first(p.low, false) - 1;
    const highAbove = byLow.first(p.high, true);
    const samePeriodCount = allBelow[i]! - belowBefore[i]! - belowAfter[i]! + allAbove[i]! - aboveBefore[i]! - aboveAfter[i]!;
    const samePeriod = {
      count: samePeriodCount,
      nearest: samePeriodCount === 0 ? [] : [
        ...nearest(byHigh.sorted, lowBelow, -1, (j) => overlapsInTime(p, pts[j]!)),
        ...nearest(byLow.sorted, highAbove, 1, (j) => overlapsInTime(p, pts[j]!)),
      ].slice(0, limit),
    };
    const none = { count: 0, nearest: [] };
    const belowEarlier = cumulative && aboveBefore[i]! > 0
      ? { count: aboveBefore[i]!, nearest: nearest(byLow.sorted, highAbove, 1, (j) => pts[j]!.end < p.start) }
      : none;
    const aboveLater = cumulative && belowAfter[i]! > 0
      ? { count: belowAfter[i]!, nearest: nearest(byHigh.sorted, lowBelow, -1, (j) => pts[j]!.start > p.end) }
      : none;
    return [item, { samePeriod, belowEarlier, aboveLater }];
  }));
}
