/**
 * A measure's headline, as an infobox gives it: one line (value, measure, who estimated
 * it, as of when, where), then how it changed, then the spread that means something for
 * its kind of count. A count that only grows has no meaningful "lowest" over all time
 * (its lowest is simply its earliest): it gets the range of the estimates for its latest
 * period instead. A number present at a date, or planned, gets the lowest and highest of
 * the latest estimate's own scope (scopes are never compared).
 */
import { dateInterval } from './agreement';
import type { EstimateRow, MeasureGroup } from './crossref';
import { changeVerb, describeBasis, formatAsOf } from './wording';
import { MEASURE_LABELS, type Measure } from '../claims';
import { formatDateAsWritten, formatFigureValue, formatNumber, type SourceEntry } from '../site';

/** One estimate as a headline names it. */
export interface HeadlineEstimate {
  row: EstimateRow;
  value: string;
  /** The estimator, or "estimator not stated" when the article does not say (never guessed). */
  who: string;
  /** "as of …", with the article's date said as such. */
  when: string;
}

/** The spread shown under the headline line. */
export type HeadlineSpread =
  /** A cumulative count: the estimates (of the latest's scope) that apply to its latest period. */
  | { kind: 'latest-period'; period: string; count: number; low: HeadlineEstimate; high: HeadlineEstimate }
  /** Any other count: the lowest and the highest estimate of the latest's scope, when they differ. */
  | { kind: 'lowest-highest'; count: number; low: HeadlineEstimate; high: HeadlineEstimate };

export interface Headline {
  measure: Measure;
  /** The measure as the headline line reads it ("killed", "troops deployed"). */
  noun: string;
  latest: HeadlineEstimate;
  /** The place the latest estimate counts, if it names one. */
  where: string | null;
  /** What it counts over time (sent in total since…, present at that date), when that needs saying. */
  basis: string | null;
  /** How many estimates with a number the measure has, in every scope. */
  estimates: number;
  change: { verb: string; from: HeadlineEstimate } | null;
  spread: HeadlineSpread | null;
}

const estimate = (row: EstimateRow): HeadlineEstimate => ({
  row,
  value: formatFigureValue(row.item.claim),
  who: row.estimator?.label ?? 'estimator not stated',
  when: formatAsOf(row.asOf),
});

/**
 * The period a cumulative count's latest estimate belongs to: its month, or its own
 * period when that is coarser (a season, a year).
 *
 * @example
 * latestPeriod({ date: '2025-11-08', precision: 'day', … }) // { date: '2025-11', start: '2025-11-01', end: '2025-11-30' }
 */
export function latestPeriod(asOf: Pick<EstimateRow['asOf'], 'date' | 'precision' | 'start' | 'end'>): { date: string; start: string; end: string } {
  if (asOf.precision !== 'day') return { date: asOf.date, start: asOf.start, end: asOf.end };
  const month = asOf.date.slice(0, 7);
  const [start, end] = dateInterval(month, 'month');
  return { date: month, start, end };
}

/**
 * The headline of one measure, or null when no estimate gives a number.
 *
 * @example
 * headlineOf(killedGroup)
 * // { noun: 'killed', latest: { value: 'about 2,000', who: 'National Intelligence Service (South Korea)', when: 'as of 8 November 2025 (the article’s date)' }, where: 'Kursk region',
 * //   change: { verb: 'rose', from: { value: 'nearly 600', … } }, spread: { kind: 'latest-period', period: 'November 2025', count: 1, … } }
 */
export function headlineOf(group: Pick<MeasureGroup, 'measure' | 'rows' | 'latest' | 'change'>): Headline | null {
  const latest = group.latest;
  if (!latest) return null;
  const claim = latest.item.claim;
  const sameScope = group.rows.filter((r) => r.scope === latest.scope);
  const low = (rows: EstimateRow[]) => rows.reduce((a, b) => (b.item.claim.low! < a.item.claim.low! ? b : a));
  const high = (rows: EstimateRow[]) => rows.reduce((a, b) => (b.item.claim.high! > a.item.claim.high! ? b : a));
  let spread: HeadlineSpread | null = null;
  if (latest.cumulative) {
    const period = latestPeriod(latest.asOf);
    // Those whose own period lies within the latest period: a season straddling it says nothing of it.
    const within = sameScope.filter((r) => r.asOf.start >= period.start && r.asOf.end <= period.end);
    const rows = within.length ? within : [latest];
    spread = { kind: 'latest-period', period: formatDateAsWritten(period.date), count: rows.length, low: estimate(low(rows)), high: estimate(high(rows)) };
  } else if (sameScope.length > 1) {
    spread = { kind: 'lowest-highest', count: sameScope.length, low: estimate(low(sameScope)), high: estimate(high(sameScope)) };
  }
  const label = MEASURE_LABELS[group.measure];
  return {
    measure: group.measure,
    noun: label.charAt(0).toLowerCase() + label.slice(1),
    latest: estimate(latest),
    where: claim.place ?? null,
    basis: describeBasis(claim),
    estimates: group.rows.length,
    change: group.change ? { verb: changeVerb(group.change), from: estimate(group.change.from) } : null,
    spread,
  };
}

/** What a reader must know before trusting the figures: how many articles, of unidentified outlets, undated. */
export interface FiguresCaveat {
  articles: number;
  unidentified: number;
  undated: number;
}

/**
 * Counts, over the articles the figures come from, those from an outlet the dossier could
 * not identify and those that carry no date of their own (the dossier dated them).
 *
 * @example
 * figuresCaveat(sources, (s) => outlets.get(s.data.outlet.id)!.data.identified) // { articles: 5, unidentified: 3, undated: 4 }
 */
export function figuresCaveat<S extends Pick<SourceEntry, 'data'>>(sources: readonly S[], identified: (source: S) => boolean): FiguresCaveat {
  return {
    articles: sources.length,
    unidentified: sources.filter((s) => !identified(s)).length,
    undated: sources.filter((s) => s.data.dateInferred).length,
  };
}

/**
 * The caveat as one sentence (the page links it to the limits of the sources).
 *
 * @example
 * caveatSentence({ articles: 5, unidentified: 3, undated: 4 })
 * // 'These figures are what 5 news articles report, not verified facts: 3 of the articles come from outlets the dossier could not identify, and 4 carry no date (the dossier dated them).'
 */
export function caveatSentence(c: FiguresCaveat): string {
  const n = (k: number, one: string, many: string) => `${formatNumber(k)} ${k === 1 ? one : many}`;
  const parts = [
    c.unidentified > 0 ? `${n(c.unidentified, 'of the articles comes', 'of the articles come')} from ${c.unidentified === 1 ? 'an outlet' : 'outlets'} the dossier could not identify` : 'every outlet is identified',
    c.undated > 0 ? `${formatNumber(c.undated)} ${c.undated === 1 ? 'carries' : 'carry'} no date (the dossier dated ${c.undated === 1 ? 'it' : 'them'})` : 'every article is dated',
  ];
  const articles = c.articles === 1 ? 'one news article reports' : `${formatNumber(c.articles)} news articles report`;
  return `These figures are what ${articles}, not verified facts: ${parts.join(', and ')}.`;
}
