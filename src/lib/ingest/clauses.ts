/**
 * Clauses of a sentence: where the words about one figure begin and end, so that its
 * measure, qualifier, date and quote come from its own clause and not from the next
 * figure's ("au moins 100 soldats … tués …, et que près de 1 000 avaient été blessés").
 */
import type { Range } from '../claims';

// The clause around a figure is the claims layer's, which the provenance rule reads too.
export { clauseAround } from '../claims';

/** Words that may join two figures in one clause, where a quote can be cut between them. */
const JOINS = /\s(?:and|et|or|ou|but|mais|including|dont|of\s+whom|of\s+which|sur|against|contre|versus|compared\s+with|ainsi\s+que|as\s+well\s+as)\s|,\s/gu;

/**
 * The join between two figures of one stretch of text where a quote about one can stop
 * (or start), or null when none lies between `from` and `to`.
 *
 * @example
 * joinBetween('1 000 démineurs et 5 000 ouvriers', 5, 19) // { start: 15, end: 19 }
 */
export function joinBetween(text: string, from: number, to: number): Range | null {
  const slice = text.slice(from, to);
  const joins = [...slice.matchAll(JOINS)];
  if (!joins.length) return null;
  const m = joins[joins.length - 1]!;
  return { start: from + m.index, end: from + m.index + m[0].length };
}
