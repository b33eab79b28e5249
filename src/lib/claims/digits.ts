/**
 * Digits are digits: a number written with letters of another script that look like
 * digits ("12,ООО" with Cyrillic O, "1З" with Cyrillic Ze), or with digits of another
 * script ("12,٠٠٠"), reads to the eye as one number and to the machine as another. The
 * rule refuses a quote that holds one.
 */
import { rememberingLast } from './text';

/** Letters of other scripts that look like Latin digits: Cyrillic О о З з б І ӏ, Greek Ο ο Ι, Armenian Օ օ. */
const LOOKALIKES = 'ОоЗзбІӏΟοΙՕօ';
// A run of digits (of any script) and look-alikes, joined by single thousands separators,
// that is no part of a longer word ("Хорошо" ends in a Cyrillic о that is a letter).
const RUN = new RegExp(`(?<!\\p{L})[\\p{Nd}${LOOKALIKES}](?:[,.'’\\u00A0\\u202F\\u2009 ]?[\\p{Nd}${LOOKALIKES}])*(?!\\p{L})`, 'gu');
const ASCII_DIGIT = /[0-9]/;
const FOREIGN = new RegExp(`[${LOOKALIKES}]|(?![0-9])\\p{Nd}`, 'gu');

/** A number written with characters that only look like digits. */
export interface LookalikeNumber {
  start: number;
  end: number;
  text: string;
  /** Each impostor, as `О U+041E`. */
  impostors: string[];
}

const describe = (c: string) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Every number of `text` that mixes digits with look-alike letters or with digits of
 * another script.
 *
 * @example
 * lookalikeNumbers('12,ООО troops')[0]?.impostors // ['О U+041E']
 * lookalikeNumbers('Хорошо, 12,000 troops') // [] (a Cyrillic word next to no digit)
 */
export const lookalikeNumbers: (text: string) => readonly LookalikeNumber[] = rememberingLast(lookalikeNumbersOf);

function lookalikeNumbersOf(text: string): LookalikeNumber[] {
  const found: LookalikeNumber[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    const foreign = [...new Set(run.match(FOREIGN) ?? [])];
    const foreignDigit = foreign.some((c) => /\p{Nd}/u.test(c));
    if (foreign.length === 0 || (!ASCII_DIGIT.test(run) && !foreignDigit)) continue;
    found.push({ start: m.index, end: m.index + run.length, text: run, impostors: foreign.map(describe) });
  }
  return found;
}
