/**
 * Archive pages by period: how a long list (a topic's estimates, the timeline's events,
 * the sources) is split into pages whose addresses say what they hold and never shift when
 * an item is added (no numeric offsets).
 *
 * - An item dated to a day or a month goes on its month's page (`2025-11`); an item dated
 *   only to a season or a year goes on its year's page (`2025`): a season can straddle two
 *   months, and a month page must not claim what the source does not say.
 * - A month with more than `limit` items keeps its month-dated items and lists its days;
 *   its day-dated items go on day pages (`2025-11-04`). A day is never split further.
 *
 * The same plan serves topics, the timeline and the sources list.
 */
import type { EventPrecision } from '../claims';
import { formatPartialDate } from '../site';

/** What the archive needs of an item: the first day (ISO) of its period and the precision it is dated to. */
export interface PeriodDate {
  start: string;
  precision: EventPrecision;
}

/**
 * Below this many rows a page lists them inline; above it, a summary and archive pages by
 * period. A figure row with its quote, names and agreement runs to about 1.3 kB, so 300
 * inline rows made a 338 kB topic page at N = 100 (`npm run bench -- --quick`): 150 keeps
 * an inline page under 300 kB.
 */
export const ARCHIVE_ABOVE = 150;
/** A month page lists at most this many items before its days get pages of their own. */
export const PERIOD_PAGE_LIMIT = 150;

/**
 * The month (`yyyy-mm`) an item dated to a day or a month falls in, or the year (`yyyy`)
 * of one dated more coarsely.
 *
 * @example
 * periodOf({ start: '2025-11-04', precision: 'day' }) // '2025-11'
 * periodOf({ start: '2024-06-01', precision: 'season' }) // '2024'
 */
export function periodOf(date: PeriodDate): string {
  return date.precision === 'day' || date.precision === 'month' ? date.start.slice(0, 7) : date.start.slice(0, 4);
}

/** One archive page: its key, the items it lists (in the caller's order), and the day pages of a split month. */
export interface PeriodPage<T> {
  key: string;
  items: T[];
  /** Day pages under a month that was split, with how many items each holds. */
  days: { key: string; count: number }[];
}

/** One line of a summary's counts: a month or year, how many items it holds, and its page. */
export interface PeriodCount {
  period: string;
  count: number;
}

export interface ArchivePlan<T> {
  /** Every archive page, in date order (a year before its months, a month before its days). */
  pages: PeriodPage<T>[];
  /** Items per month or year (a split month counted whole), in date order. */
  counts: PeriodCount[];
  /** The key of the page an item is listed on. */
  pageOf: (item: T) => string;
}

/**
 * Splits items into archive pages by period; items keep their given order on each page.
 *
 * @example
 * const plan = planArchive(rows, (r) => ({ start: r.asOf.start, precision: r.asOf.precision }), 150);
 * plan.pageOf(row) // '2025-11' (or '2025-11-04' when November holds more than 150)
 */
export function planArchive<T>(items: readonly T[], dateOf: (item: T) => PeriodDate, limit = PERIOD_PAGE_LIMIT): ArchivePlan<T> {
  const byPeriod = new Map<string, T[]>();
  for (const item of items) {
    const key = periodOf(dateOf(item));
    const list = byPeriod.get(key);
    if (list) list.push(item);
    else byPeriod.set(key, [item]);
  }
  const where = new Map<T, string>();
  const pages: PeriodPage<T>[] = [];
  for (const key of [...byPeriod.keys()].sort()) {
    const list = byPeriod.get(key)!;
    if (key.length === 4 || list.length <= limit) {
      for (const item of list) where.set(item, key);
      pages.push({ key, items: list, days: [] });
      continue;
    }
    const own: T[] = [];
    const byDay = new Map<string, T[]>();
    for (const item of list) {
      const date = dateOf(item);
      if (date.precision !== 'day') { own.push(item); where.set(item, key); continue; }
      const day = date.start.slice(0, 10);
      where.set(item, day);
      const d = byDay.get(day);
      if (d) d.push(item);
      else byDay.set(day, [item]);
    }
    const days = [...byDay.keys()].sort();
    pages.push({ key, items: own, days: days.map((d) => ({ key: d, count: byDay.get(d)!.length })) });
    for (const d of days) pages.push({ key: d, items: byDay.get(d)!, days: [] });
  }
  const counts = [...byPeriod.keys()].sort().map((period) => ({ period, count: byPeriod.get(period)!.length }));
  return {
    pages,
    counts,
    pageOf: (item) => {
      const key = where.get(item);
      if (key === undefined) throw new Error('planArchive: item not in the plan');
      return key;
    },
  };
}

/**
 * The precision a period key names, for formatting it.
 *
 * @example
 * periodPrecision('2025-11') // 'month'
 */
export function periodPrecision(key: string): 'day' | 'month' | 'year' {
  return key.length === 10 ? 'day' : key.length === 7 ? 'month' : 'year';
}

/**
 * A period's name as the archive's links and headings give it; a year's page holds only
 * what is dated to a season or the year, and says so.
 *
 * @example
 * periodLabel('2025-11')    // 'November 2025'
 * periodLabel('2025')       // '2025 (season or year only)'
 */
export function periodLabel(key: string): string {
  const precision = periodPrecision(key);
  return `${formatPartialDate(key, precision)}${precision === 'year' ? ' (season or year only)' : ''}`;
}

/**
 * Whether a string is a period key as the archive makes them (a route parameter is checked
 * before use).
 *
 * @example
 * isPeriodKey('2025-11') // true
 * isPeriodKey('citation-page.bib') // false
 */
export function isPeriodKey(key: string): boolean {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(key);
}
