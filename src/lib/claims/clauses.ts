/**
 * Clauses of a sentence: where the words about one count begin and end. Ingest takes a
 * figure's measure, qualifier and quote from its own clause, and the provenance rule reads
 * a negation only in the clause of the count it denies.
 */
import type { Range } from './text';

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

