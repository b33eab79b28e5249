/**
 * How estimates in time read on a page: the period an estimate applies to, what it counts
 * beyond its measure, how a count changed, and why two estimates conflict. One place, so
 * the home page, the topic pages and the exports say them alike.
 */
import { MEASURE_LABELS, type Figure, type Measure } from '../claims';
import { formatDateAsWritten } from '../site';
import type { Change, ConflictPair, EstimateRow, MeasureGroup } from './crossref';
import type { AsOf } from './estimates';

/**
 * When an estimate applies, as a reader needs it: "as of" the text's date, or of its
 * article's date when the text gives none (said so: "reported by" a date read like "by a
 * person").
 *
 * @example
 * formatAsOf({ date: '2025-11-08', fromArticle: true, … }) // 'as of 8 November 2025 (the article’s date)'
 * formatAsOf({ date: '2025-04', fromArticle: false, … }) // 'as of April 2025'
 * formatAsOf({ date: '2025-05', fromArticle: true, approximate: true }) // 'as of May 2025 (the article’s date, approximate)'
 */
export function formatAsOf(asOf: Pick<AsOf, 'date' | 'fromArticle'> & { approximate?: boolean }): string {
  const when = `as of ${formatDateAsWritten(asOf.date)}`;
  return asOf.fromArticle ? `${when} (the article’s date${asOf.approximate ? ', approximate' : ''})` : when;
}

/**
 * What a figure counts beyond its measure, when that needs saying: troops sent in total
 * since a start, or present at a date; the start of a casualty count; the place.
 *
 * @example
 * describeScope({ measure: 'deployed', count: 'cumulative', since: '2024-10' }) // 'sent in total since October 2024'
 * describeScope({ measure: 'killed', place: 'Kursk region' }) // 'Kursk region'
 */
export function describeScope(figure: Pick<Figure, 'measure' | 'count' | 'since' | 'place'>): string | null {
  return [describeBasis(figure) ?? '', figure.place ?? ''].filter(Boolean).join('; ') || null;
}

/**
 * What a figure counts over time, without its place: sent in total since a start, present
 * at its date, or the start of a casualty count.
 *
 * @example
 * describeBasis({ measure: 'deployed', count: 'present', place: 'Kursk region' }) // 'present at that date'
 */
export function describeBasis(figure: Pick<Figure, 'measure' | 'count' | 'since'>): string | null {
  const since = figure.since ? ` since ${formatDateAsWritten(figure.since)}` : '';
  const basis = figure.measure === 'deployed' && figure.count
    ? (figure.count === 'cumulative' ? `sent in total${since}` : 'present at that date')
    : since.trim();
  return basis || null;
}

/**
 * The title of a chart panel: the scope its estimates share (what a troop count counts
 * over time, and the place), never mixed with another on one axis.
 *
 * @example
 * scopeTitle({ measure: 'deployed', count: 'present', place: 'Ukraine' }) // 'Present at a date, Ukraine'
 * scopeTitle({ measure: 'killed' }) // 'No place stated'
 * scopeTitle({ measure: 'deployed', count: 'cumulative' }, true) // 'sent in total'
 */
export function scopeTitle(figure: Pick<Figure, 'measure' | 'count' | 'place'>, inSentence = false): string {
  const basis = figure.measure !== 'deployed' ? ''
    : figure.count === 'cumulative' ? 'Sent in total' : figure.count === 'present' ? 'Present at a date' : 'Not said whether in total or present';
  const title = [basis, figure.place ?? ''].filter(Boolean).join(', ') || 'No place stated';
  // Only the words of the basis lose their capital in running text; a place keeps its own.
  return inSentence && (basis || !figure.place) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

/**
 * The verb for a change between two estimates of the same scope. A cumulative count that
 * falls is not a trend: it is a revision down or a conflict, and is said so.
 *
 * @example
 * changeVerb({ direction: 'up', to: { cumulative: true } }) // 'rose'
 */
export function changeVerb(change: Pick<Change, 'direction'> & { to: Pick<EstimateRow, 'cumulative'> }): string {
  switch (change.direction) {
    case 'up': return change.to.cumulative ? 'rose' : 'went up';
    case 'down': return change.to.cumulative ? 'fell, which a cumulative count cannot do (a revision down, or a conflict),' : 'went down';
    case 'level': return 'stayed within an overlapping range,';
  }
}

/**
 * Why two estimates cannot both be right, in a sentence's words.
 *
 * @example
 * conflictReason({ reason: 'later-lower', … }) // 'the later estimate is lower than the earlier one, though the count can only grow'
 */
export function conflictReason(pair: Pick<ConflictPair, 'reason'>): string {
  return pair.reason === 'same-period'
    ? 'they apply to the same period and their ranges do not overlap'
    : 'the later estimate is lower than the earlier one, though the count can only grow';
}

/**
 * How a measure's estimates relate in time when none conflicts: how many, over what span,
 * how many scopes they fall into, and why later, higher counts are no disagreement.
 *
 * @example
 * relationInTime(killedGroup)
 * // 'The 2 estimates run from 5 June 2025 to 8 November 2025. Killed is a count that only grows: a later, higher estimate is an increase over time, not a disagreement.'
 */
export function relationInTime(group: Pick<MeasureGroup, 'rows'> & { measure: Measure }): string {
  const rows = group.rows;
  if (rows.length < 2) return '';
  const first = rows.reduce((a, b) => (b.asOf.start < a.asOf.start ? b : a));
  const last = rows.reduce((a, b) => (b.asOf.end > a.asOf.end ? b : a));
  const scopes = new Set(rows.map((r) => r.scope)).size;
  const cumulative = rows.filter((r) => r.cumulative).length;
  const span = `The ${rows.length} estimates run from ${formatDateAsWritten(first.asOf.date)} to ${formatDateAsWritten(last.asOf.date)}`;
  const split = scopes > 1 ? `, in ${scopes} scopes (places, or totals against troops present) that are never compared with each other` : '';
  const why = cumulative === rows.length
    ? `${MEASURE_LABELS[group.measure]} is a count that only grows: a later, higher estimate is an increase over time, not a disagreement.`
    : cumulative > 0
      ? 'Totals sent since a start only grow, so a later, higher total is an increase; numbers present at a date, or planned, may change and are compared only within the same period.'
      : 'The number may change over time, so estimates are compared only when they apply to the same period.';
  return `${span}${split}. ${why}`;
}
