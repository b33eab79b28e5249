/**
 * Whether the words around a count deny it: "did not lose 5,000 soldiers" is no loss of
 * 5,000, "n'a jamais envoyé 12 000 soldats" no deployment. The rule looks in the clause
 * that holds the count (within its sentence, up to the nearest comma, semicolon, colon,
 * bracket, quotation mark, dash or "but"/"mais" on each side), for English "not", "no", "never", "n't", "without", "none",
 * "nor", and French "ne … pas/plus/jamais/point/guère", "n'… pas", "aucun", "jamais",
 * "sans", "ni". A negated comparative is a qualifier, not a negation ("not less than
 * 5,000", "pas moins de 5 000" are at least), and so are "ne … que" (only), "no doubt",
 * "sans doute", "plus que jamais" and the like.
 */
import { clauseAround } from './clauses';
import { sentenceSpans, type Range } from './text';

/** A negation found in a clause: its words and where they lie in the text. */
export interface Negation extends Range {
  words: string;
}

// Phrases that hold a negation word but deny nothing; they are blanked before the cues are read.
const NOT_NEGATIONS = [
  /(?<![\p{L}])(?:not|no|pas|n['’]\p{L}+\s+pas)\s+(?:\p{L}+\s+){0,2}?(?:less|fewer|more|moins|plus)(?:\s+(?:than|de|d['’]))?(?![\p{L}])/giu,
  /(?<![\p{L}])(?:not\s+only|not\s+least|no\s+doubt|no\s+later\s+than|no\s+sooner|without\s+doubt|not\s+to\s+mention|no\.(?=\s*\d)|sans\s+doute|sans\s+précédent|sans\s+compter|non\s+seulement|non\s+moins|que\s+jamais|pas\s+loin\s+de|n['’]en\s+déplaise)(?![\p{L}])/giu,
  // "ne … que" restricts ("n'a envoyé que 5 000 soldats": only 5,000).
  /(?<![\p{L}])(?:ne|n['’])(?=(?:\s*\p{L}+){0,3}\s+qu(?:e|['’]))/giu,
];
const CUES = /(?<![\p{L}])(?:not|no|never|none|nor|neither|without|cannot|\p{L}+n['’]t|n['’]\p{L}+\s+(?:pas|plus|jamais|point|guère|aucun\p{L}*|rien|ni)|ne\s+(?:[\p{L}'’]+\s+){0,2}?(?:pas|plus|jamais|point|guère|aucun\p{L}*|rien|ni)|aucun\p{L}*|jamais|sans|ni|nul(?:le)?)(?![\p{L}])/giu;

/**
 * The clause that holds `[start, end)`: {@link clauseAround} within its sentence.
 *
 * @example
 * countClause('It rose. On Monday, Russia did not lose 5,000 soldiers.', 40, 45) // { start: 19, end: 55 }
 */
export function countClause(text: string, start: number, end: number): Range {
  const sentence = sentenceSpans(text).find((s) => s.start <= start && end <= s.end) ?? { start: 0, end: text.length };
  const clause = clauseAround(text.slice(sentence.start, sentence.end), start - sentence.start, end - sentence.start);
  return { start: sentence.start + clause.start, end: sentence.start + clause.end };
}

/**
 * The negation that governs the count at `[start, end)` of `text`, or `null`: the first
 * negation cue in its clause, after the phrases that only look like negations are set aside.
 *
 * @example
 * negationAround('Russia did not lose 5,000 soldiers.', 20, 25) // { words: 'not', start: 11, end: 14 }
 * negationAround('pas moins de 5 000 soldats', 13, 18) // null
 */
export function negationAround(text: string, start: number, end: number): Negation | null {
  const clause = countClause(text, start, end);
  let stretch = text.slice(clause.start, clause.end);
  for (const re of NOT_NEGATIONS) stretch = stretch.replace(re, (m) => ' '.repeat(m.length));
  CUES.lastIndex = 0;
  const m = CUES.exec(stretch);
  if (!m) return null;
  const at = clause.start + m.index;
  return { words: text.slice(at, at + m[0].length), start: at, end: at + m[0].length };
}
