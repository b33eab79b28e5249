/**
 * Clauses of a sentence: where the words about one figure begin and end, so that its
 * measure, qualifier, date and quote come from its own clause and not from the next
 * figure's ("au moins 100 soldats … tués …, et que près de 1 000 avaient été blessés").
 */
import type { Range } from '../claims';

/** Punctuation and words that end a clause (a comma inside "3,000" does not). */
const CUTS = /[;()[\]«»“”"]|:(?=\s)|,(?!\d)|\s[–—-]+\s|\s(?:and|et)\s+(?:(?:that|que)(?![\p{L}])|qu['’])|\s(?:but|mais|while|whereas|tandis\s+que|alors\s+que)\s/gu;

/**
 * The clause of `text` around `[start, end)`: between the nearest cuts outside that span.
 *
 * @example
 * clauseAround('It passed 3,000, including about 300 dead, he said.', 26, 29) // { start: 16, end: 40 }
 */
export function clauseAround(text: string, start: number, end: number): Range {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CUTS)) {
    const cutEnd = m.index + m[0].length;
    if (cutEnd <= start) from = Math.max(from, cutEnd);
    else if (m.index >= end) { to = Math.min(to, m.index); break; }
  }
  return { start: from, end: to };
}

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
