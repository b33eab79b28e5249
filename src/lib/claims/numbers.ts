/**
 * Reads the numbers written in English or French running text: `10 000` (with any kind
 * of space), `10,000`, `10.000`, `1,5 million`, and numbers in words ("dix mille",
 * "twelve thousand"). Dates are not numbers here: "28 avril 2025" yields nothing.
 */
import { findDates } from './dates';

/** A number found in text, with its raw range. */
export interface FoundNumber {
  value: number;
  start: number;
  end: number;
  text: string;
}

const SP = '[ \\u00A0\\u2007\\u2009\\u202F]';
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  cent: 100, cents: 100, mille: 1e3, milliers: 1e3, milliard: 1e9, milliards: 1e9,
};
const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six_fr: 6, sept: 7, huit: 8,
  neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
// Words that are numbers only next to another number word ("a thousand", "vingt et un").
const ONLY_IN_COMPANY = new Set(['a', 'an', 'one', 'un', 'une', 'et', 'and']);

const digitNumber = new RegExp(
  // grouped thousands (10 000, 10,000, 10.000), or plain digits, with an optional decimal part
  `(?<![\\p{L}\\p{N}\\-/.,])(\\d{1,3}(?:(?:${SP}|,)\\d{3})+|\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:[.,](\\d+))?` +
  `(?:${SP}+(millions?|milliards?|billions?))?(?![\\p{L}\\p{N}\\-])`,
  'gu',
);
const wordList = [...Object.keys(UNITS), ...Object.keys(SCALES), 'et', 'and']
  .map((w) => w.replace(/_fr$/, ''));
const wordNumber = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${[...new Set(wordList)].sort((a, b) => b.length - a.length).join('|')})` +
  `(?:[\\s\\-]+(?:${[...new Set(wordList)].sort((a, b) => b.length - a.length).join('|')}))*)(?![\\p{L}\\p{N}])`,
  'giu',
);

function valueOfWords(words: string[]): number | null {
  // Trailing connectives are not part of the number ("mille et" → "mille").
  while (words.length && ONLY_IN_COMPANY.has(words[words.length - 1]!) && SCALES[words[words.length - 2] ?? ''] !== undefined) words.pop();
  if (words.length === 1 && (ONLY_IN_COMPANY.has(words[0]!) || /s$/.test(words[0]!) && SCALES[words[0]!] && words[0] !== 'cents')) return null;
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'et' || w === 'and') continue;
    if (w === 'vingt' || w === 'vingts') {
      // quatre-vingt(s): 4 × 20
      if (current % 100 === 4) { current += 76; sawNumber = true; continue; }
    }
    if (w in UNITS || `${w}_fr` in UNITS) {
      current += UNITS[w] ?? UNITS[`${w}_fr`]!;
      sawNumber = true;
    } else {
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || 1) * scale; current = 0; }
      sawNumber = true;
    }
  }
  return sawNumber ? total + current : null;
}

function wordNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  wordNumber.lastIndex = 0;
  for (let m = wordNumber.exec(text); m; m = wordNumber.exec(text)) {
    const words = m[1]!.toLowerCase().split(/[\s-]+/);
    const hasScale = words.some((w) => SCALES[w] !== undefined && !/s$/.test(w));
    const value = valueOfWords(words);
    // Small numbers in words ("les deux pays", "one of them") are not figures.
    if (value === null || (!hasScale && value < 20)) continue;
    out.push({ value, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function digitNumbers(text: string): FoundNumber[] {
  const out: FoundNumber[] = [];
  digitNumber.lastIndex = 0;
  for (let m = digitNumber.exec(text); m; m = digitNumber.exec(text)) {
    let value = Number(m[1]!.replace(/[^\d]/g, ''));
    if (m[2] !== undefined) value = Number(`${m[1]!.replace(/[^\d]/g, '')}.${m[2]}`);
    if (m[3]) value *= /^milliard|^billion/.test(m[3]) ? 1e9 : 1e6;
    out.push({ value: Math.round(value * 1e6) / 1e6, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Every number written in `text` that is not part of a date, a time, or a name such as
 * "Hwasong-20", in text order.
 *
 * @example
 * parseNumbers('entre 10 000 et 14 000 soldats depuis l’automne 2024').map((n) => n.value) // [10000, 14000]
 */
export function parseNumbers(text: string): FoundNumber[] {
  const dates = findDates(text);
  const inDate = (n: FoundNumber) => dates.some((d) => n.start < d.end && n.end > d.start);
  const inTime = (n: FoundNumber) => /^\d{1,2}:\d{2}/.test(text.slice(n.start)) || /\d:$/.test(text.slice(0, n.start));
  const digits = digitNumbers(text);
  const overlapsDigits = (n: FoundNumber) => digits.some((d) => n.start < d.end && n.end > d.start);
  return [...digits, ...wordNumbers(text).filter((n) => !overlapsDigits(n))]
    .filter((n) => !inDate(n) && !inTime(n))
    .sort((a, b) => a.start - b.start);
}
