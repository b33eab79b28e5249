/**
 * Reads the numbers of English and French running text as a careful reader does: counts
 * written with any thousands separator (`10 000`, `10,000`, `10.000`, narrow no-break
 * spaces), decimals with a scale word (`1,5 million`), number words ("dix mille",
 * "un million et demi"), and ranges ("10,000-12,000", "entre 10 et 12 000"). What is not a
 * count is set aside, each with the reason: dates (with or without a year), years ("in
 * 2024", "depuis 2023"), times, percentages, ordinals, names with numbers ("Hwasong-20"),
 * measurements and durations. The notations it knows are listed, with what it reads, in
 * `notations.ts`, which the tests check and the Method page shows.
 */
import { findDates } from './dates';
import type { Language } from './vocabulary';

/** A stretch of text that holds a number, a date or another numeric expression. */
export interface NumberSpan {
  start: number;
  end: number;
  text: string;
}

/** A count found in text: a number a figure may give. */
export interface FoundNumber extends NumberSpan {
  value: number;
}

/** Two counts read as a range ("between 10,000 and 12,000"); its span covers both. */
export interface FoundRange extends NumberSpan {
  low: FoundNumber;
  high: FoundNumber;
}

export type SetAsideKind = 'date' | 'year' | 'time' | 'percentage' | 'ordinal' | 'name' | 'measurement' | 'small number' | 'vague amount';

/** Something numeric that is not a count, and why. */
export interface SetAside extends NumberSpan {
  kind: SetAsideKind;
}

export interface NumberReading {
  /** The counts, in text order; a range gives its two ends. */
  numbers: FoundNumber[];
  ranges: FoundRange[];
  /** Numeric expressions that are not counts. */
  setAside: SetAside[];
  /** Every numeric span, counts, ranges and set-aside alike: what a quote may not cut through. */
  spans: NumberSpan[];
}

export interface ReadOptions {
  /** The text's language, for the one ambiguous notation: a comma before "million". */
  language?: Language | undefined;
}

const SPACE = '[ \\u00A0\\u2007\\u2009\\u202F]';
const isSpaceChar = (c: string | undefined) => c !== undefined && /[ \u00A0\u2007\u2009\u202F]/.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9,
};
const SCALES: Record<string, number> = {
  hundred: 100, hundreds: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9,
  cent: 100, cents: 100, mille: 1e3, milliers: 1e3, milliard: 1e9, milliards: 1e9,
};
const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8,
  neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};
const HALF = new Set(['half', 'demi', 'demie']);
// Words that are numbers only next to another number word ("a thousand", "vingt et un").
const ONLY_IN_COMPANY = new Set(['a', 'an', 'one', 'un', 'une', 'et', 'and']);
const WORDS = [...new Set([...Object.keys(UNITS), ...Object.keys(SCALES), ...HALF, 'et', 'and'])].sort((a, b) => b.length - a.length).join('|');
const WORD_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])((?:${WORDS})(?:[\\s\\-]+(?:${WORDS}))*)(?![\\p{L}\\p{N}])`, 'giu');

/** Nouns that make the number before them a count of people ("2000 soldiers"). */
const COUNT_NOUN = /^(?:[\s\u00A0\u202F]+(?:de\s+|d['’]\s*|of\s+)?(?:(?:North|South)\s+Korean|nord-coréens?|sud-coréens?|Russian|russes?|Ukrainian|ukrainiens?|other|autres|more|additional|supplémentaires|de\s+plus)?\s*)?(?:soldiers?|troops?|men|servicemen|personnel|fighters|combatants|workers|engineers|prisoners|casualties|dead|killed|wounded|injured|people|victims|soldats?|troupes?|militaires?|hommes|combattants?|ouvriers|travailleurs|ingénieurs|prisonniers|morts?|tués?|blessés?|pertes|personnes|victimes|of\s+them|d['’]entre\s+eux)(?![\p{L}])/iu;
/** Words before a number that make it a count ("about 2000", "près de 1850"). */
const COUNT_BEFORE = /(?:^|[^\p{L}])(?:about|around|some|nearly|almost|roughly|approximately|at\s+least|more\s+than|over|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|close\s+to|an\s+estimated|estimated|environ|près\s+de|presque|quelque|plus\s+de|moins\s+de|au\s+moins|jusqu['’]à|pas\s+moins\s+de|quasiment|approximativement|autour\s+de)\s+$/iu;
/** Words before a four-digit number that make it a year ("in 2024", "depuis 2023"). */
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:in|since|by|until|till|from|during|early|mid|late|before|after|through|year|years|en|depuis|dès|jusqu['’]en|avant|après|fin|début|mi-|courant|année|l['’]année|an|de\s+l['’]an|the\s+end\s+of|the\s+start\s+of)\s*$/iu;
/** Units after a number that make it a measurement or a duration, not a count. */
const UNIT_AFTER = /^[\s\u00A0\u202F]*(?:mm|cm|km|m|kg|t|kt|km\/h|kilom[eè]tres?|kilometers?|kilometres?|m[eè]tres?|meters?|miles?|tonnes?|tons?|years?\s+old|ans|years?|jours?|days?|heures?|hours?|minutes?|mois|months?|semaines?|weeks?|°)(?![\p{L}])/iu;
const PERCENT_AFTER = /^[\s\u00A0\u202F]*(?:%|pour\s*cent|pour-cent|percent|per\s+cent)(?![\p{L}])/iu;
const ORDINAL_AFTER = /^(?:st|nd|rd|th|er|re|ère|e|ème|eme|è|º)(?![\p{L}])/u;
const COMPOUND_UNIT = /^[-‑](?:year|day|month|week|hour|minute|mile|km|kilometre|kilometer|old)s?(?![\p{L}])/iu;
// "15 thousand", and "15-thousand" as some broadcasters write it.
const SCALE_AFTER = new RegExp(`^(?:${SPACE}+|[-‑])(thousand|mille|millions?|milliards?|billions?)(?![\\p{L}])`, 'iu');
const HALF_AFTER = new RegExp(`^${SPACE}+(?:et${SPACE}+demie?|and${SPACE}+a${SPACE}+half)(?![\\p{L}])`, 'iu');
const TIME = /(?<![\p{L}\p{N}])\d{1,2}(?:[:h]\d{2}|\s?h\s?\d{2}|\s?h(?![\p{L}]))(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu;

/** A count before it is placed in a range: how it was written decides how a range scales it. */
interface Token extends FoundNumber {
  /** The value of its first group or of the number before its scale word ("12" in "12 000"). */
  lead: number;
  /** What the lead is multiplied by (1,000 for "12 000"; a million for "2 millions"). */
  unit: number;
  /** Written without separator or scale ("10" in "entre 10 et 12 000", "1.5" in "1.5 to 2 million"). */
  bare: boolean;
  /** Small words ("dix") and four-digit year-like numbers that a range or a noun may make counts. */
  tentative?: 'small number' | 'year';
}

/** Whether the last word is a loose connective or article ("mille et", "thousand a"), not "vingt et un". */
const isLoose = (words: string[]) => {
  const last = words[words.length - 1]!;
  const prev = words[words.length - 2];
  return last === 'et' || last === 'and' || (ONLY_IN_COMPANY.has(last) && prev !== 'et' && prev !== 'and');
};

function valueOfWords(words: string[]): number | null {
  while (words.length && isLoose(words)) words.pop();
  if (words.length === 0) return null;
  if (words.length === 1 && (/s$/.test(words[0]!) && SCALES[words[0]!] && words[0] !== 'cents')) return null;
  let total = 0;
  let current = 0;
  let lastScale = 0;
  let sawNumber = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === 'et' || w === 'and') continue;
    if ((w === 'a' || w === 'an') && (next !== undefined && HALF.has(next) || i > 0 && HALF.has(words[i - 1]!))) continue;
    if (HALF.has(w)) {
      // "un million et demi" adds half the scale before it; "one and a half million" half a unit.
      if (lastScale && current === 0) total += lastScale / 2;
      else current += 0.5;
      sawNumber = true;
      continue;
    }
    if ((w === 'vingt' || w === 'vingts') && current % 100 === 4) { current += 76; sawNumber = true; continue; }
    if (w in UNITS) {
      current += UNITS[w]!;
      sawNumber = true;
    } else {
      const scale = SCALES[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || 1) * scale; current = 0; lastScale = scale; }
      sawNumber = true;
    }
  }
  return sawNumber ? total + current : null;
}

/** Reads the digits that start at `i`: grouped thousands, a decimal part, a scale word. */
function readDigits(text: string, i: number, language: Language | undefined): { end: number; value: number; lead: number; unit: number; bare: boolean; grouped: boolean; decimal: boolean } {
  let j = i;
  while (isDigit(text[j])) j++;
  const firstRun = text.slice(i, j);
  let intDigits = firstRun;
  let groups = 0;
  let sep: string | null = null;
  if (firstRun.length <= 3) {
    // Thousands groups: one kind of separator throughout, exactly three digits each.
    for (;;) {
      const c = text[j];
      const kind = isSpaceChar(c) ? ' ' : c === ',' || c === '.' || c === '\'' || c === '’' ? c : null;
      if (!kind || (sep !== null && kind !== sep)) break;
      if (!(isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4]))) break;
      sep = kind;
      intDigits += text.slice(j + 1, j + 4);
      groups++;
      j += 4;
    }
  }
  // A comma (in French) or a point (in English) before "million" is a decimal mark:
  // "1,500 million" in French is 1.5 million.
  let decimalBeforeScale = false;
  if (groups === 1 && SCALE_AFTER.test(text.slice(j)) && ((sep === ',' && language === 'fr') || (sep === '.' && language !== 'fr'))) {
    j -= 4;
    intDigits = firstRun;
    groups = 0;
    sep = null;
    decimalBeforeScale = true;
  }
  let value = Number(intDigits);
  let lead = groups ? Number(firstRun) : value;
  let decimal = false;
  const d = text[j];
  if ((d === '.' || d === ',') && d !== sep && isDigit(text[j + 1])) {
    let k = j + 1;
    while (isDigit(text[k])) k++;
    // "In 2024,11,000 troops": a "decimal" followed by another group is a list, not a decimal.
    const followedByGroup = (text[k] === ',' || text[k] === '.') && isDigit(text[k + 1]);
    if (!followedByGroup && (decimalBeforeScale || !(groups === 0 && k - j - 1 === 3 && firstRun.length <= 3))) {
      value = Number(`${intDigits}.${text.slice(j + 1, k)}`);
      lead = value;
      decimal = true;
      j = k;
    }
  }
  let unit = groups ? 1000 ** groups : 1;
  if ((text[j] === 'k' || text[j] === 'K') && !isLetter(text[j + 1])) {
    value *= 1000; unit *= 1000; j++;
  }
  const scale = SCALE_AFTER.exec(text.slice(j));
  if (scale) {
    const s = SCALE_WORDS[scale[1]!.toLowerCase()]!;
    value *= s; unit *= s; j += scale[0].length;
    const half = HALF_AFTER.exec(text.slice(j));
    if (half) { value += s / 2; j += half[0].length; }
  }
  return { end: j, value: Math.round(value * 1e6) / 1e6, lead, unit, bare: groups === 0 && !scale && unit === 1, grouped: groups > 0, decimal };
}

/** A scale word a hyphen and digits may follow ("four-thousand-100"). */
const SCALE_HYPHEN = /(?<![\p{L}])(?:thousand|hundred|mille|cents?)[-‑]$/iu;
const SCALE_WORD_END = /^(?:thousand|hundred|mille|cent|cents)$/;
/** "une dizaine de milliers", "deux vingtaines de milliers": an approximate count of thousands. */
const COLLECTIVE_THOUSANDS = /(?<![\p{L}])(une|deux|trois|quatre|cinq)\s+(dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)s?\s+de\s+milliers(?![\p{L}])/giu;
const COLLECTIVE_BASE: Record<string, number> = { dizaine: 10, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100 };
const TENS = new Set(['vingt', 'trente', 'quarante', 'cinquante', 'soixante']);
/**
 * Splits a run of number words where a connective does not join one number: "vingt et un"
 * and "two hundred and fifty" are one number, "dix et douze mille" two. Trailing
 * connectives and articles are dropped from a group's span.
 */
function wordGroups(run: string, offset: number): { words: string[]; start: number; end: number }[] {
  const parts = [...run.matchAll(/[^\s\-]+/g)].map((m) => ({ word: m[0].toLowerCase(), start: offset + m.index, end: offset + m.index + m[0].length }));
  const groups: (typeof parts)[] = [[]];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = parts[i - 1]?.word;
    const next = parts[i + 1]?.word;
    if (p.word === 'et' || p.word === 'and') {
      const joins = p.word === 'et'
        ? (prev !== undefined && TENS.has(prev) && (next === 'un' || next === 'une' || next === 'onze')) || (next !== undefined && HALF.has(next))
        : (prev !== undefined && SCALES[prev] !== undefined && !/s$/.test(prev)) || next === 'a' || (next !== undefined && HALF.has(next));
      if (!joins) { groups.push([]); continue; }
    }
    groups[groups.length - 1]!.push(p);
  }
  return groups.map((g) => {
    while (g.length && isLoose(g.map((p) => p.word))) g.pop();
    return g;
  }).filter((g) => g.length > 0).map((g) => ({ words: g.map((p) => p.word), start: g[0]!.start, end: g[g.length - 1]!.end }));
}

const sticky = new Map<RegExp, RegExp>();
/**
 * `re` (written for the text after a position, anchored with `^`) matched at `at` in the
 * whole text, without copying the rest of the text for each number.
 */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  let s = sticky.get(re);
  if (!s) sticky.set(re, (s = new RegExp(re.source.replace(/^\^/, ''), `${re.flags.replace(/[gy]/g, '')}y`)));
  s.lastIndex = at;
  return s.exec(text);
}

/** Joins between the two ends of a range; "and"/"et" only after "between"/"entre". */
const RANGE_JOIN = /^[\s\u00A0\u202F]*(?:-|‑|–|—|to|à|a)[\s\u00A0\u202F]*$/iu;
const PAIR_JOIN = /^[\s\u00A0\u202F]+(?:and|et)[\s\u00A0\u202F]+$/iu;
const PAIR_START = /(?:^|[^\p{L}])(?:between|entre)[\s\u00A0\u202F]+$/iu;

/**
 * Reads every number of `text`: the counts (with ranges), and what is set aside as not a
 * count. A four-digit number is a year or a count by the words around it ("in 2024",
 * "about 2000 soldiers"), never by its value alone; with no such word it is a year.
 *
 * @example
 * readNumbers('entre 10 et 12 000 soldats depuis 2023').numbers.map((n) => n.value) // [10000, 12000]
 */
export function readNumbers(text: string, options: ReadOptions = {}): NumberReading {
  const setAside: SetAside[] = [];
  // Which characters are set aside or read as a number: a check costs the span's length, not
  // the spans found so far (a long paragraph would cost its length squared).
  const held = new Uint8Array(text.length);
  const heldIn = (span: { start: number; end: number }) => { for (let i = span.start; i < span.end; i++) if (held[i]) return true; return false; };
  const aside = (start: number, end: number, kind: SetAsideKind) => {
    setAside.push({ start, end, text: text.slice(start, end), kind });
    held.fill(1, start, end);
  };
  // Dates first (bare years are decided below, by their words), then times.
  for (const d of findDates(text)) if (!(d.precision === 'year' && /^\d{4}$/.test(d.text))) aside(d.start, d.end, 'date');
  for (const m of text.matchAll(TIME)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!heldIn(span)) aside(span.start, span.end, 'time');
  }
  const isTaken = (i: number) => held[i] === 1;

  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i]) || isDigit(text[i - 1]) || isTaken(i)) continue;
    if (isLetter(text[i - 1])) { // "A4", "T72"
      let j = i; while (isDigit(text[j]) || isLetter(text[j])) j++;
      aside(i, j, 'name'); i = j - 1; continue;
    }
    // "four-thousand-100": the digits complete the number words before them (read with the words below).
    if ((text[i - 1] === '-' || text[i - 1] === '‑') && SCALE_HYPHEN.test(text.slice(Math.max(0, i - 12), i))) {
      let j = i; while (isDigit(text[j])) j++;
      if (j - i <= 3 && !isLetter(text[j])) { i = j - 1; continue; }
    }
    if ((text[i - 1] === '-' || text[i - 1] === '‑') && isLetter(text[i - 2])) { // "Hwasong-20", "Su-27"
      let j = i; while (isDigit(text[j]) || isLetter(text[j]) || ((text[j] === '-') && /[\p{L}\p{N}]/u.test(text[j + 1] ?? ''))) j++;
      let s = i - 2; while (isLetter(text[s - 1])) s--;
      aside(s, j, 'name'); i = j - 1; continue;
    }
    const r = readDigits(text, i, options.language);
    const ordinal = matchAt(ORDINAL_AFTER, text, r.end);
    if (ordinal && !r.grouped && !r.decimal) {
      aside(i, r.end + ordinal[0].length, 'ordinal'); i = r.end; continue;
    }
    if (isLetter(text[r.end])) { // "5G", "155mm"
      let j = r.end; while (isLetter(text[j]) || isDigit(text[j])) j++;
      aside(i, j, 'measurement'); i = j - 1; continue;
    }
    const pct = matchAt(PERCENT_AFTER, text, r.end);
    if (pct) { aside(i, r.end + pct[0].length, 'percentage'); i = r.end + pct[0].length - 1; continue; }
    const unit = matchAt(UNIT_AFTER, text, r.end) ?? matchAt(COMPOUND_UNIT, text, r.end);
    if (unit) { aside(i, r.end + unit[0].length, 'measurement'); i = r.end + unit[0].length - 1; continue; }
    const token: Token = { value: r.value, start: i, end: r.end, text: text.slice(i, r.end), lead: r.lead, unit: r.unit, bare: r.bare };
    if (r.bare && r.end - i === 4 && r.value >= 1800 && r.value <= 2099) token.tentative = 'year';
    tokens.push(token);
    held.fill(1, token.start, token.end);
    i = r.end - 1;
  }

  // "une dizaine de milliers": about ten thousand (the words say it is approximate).
  for (const m of text.matchAll(COLLECTIVE_THOUSANDS)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (heldIn(span)) continue;
    const value = UNITS[m[1]!.toLowerCase()]! * COLLECTIVE_BASE[m[2]!.toLowerCase()]! * 1000;
    tokens.push({ value, start: span.start, end: span.end, text: m[0], lead: value / 1000, unit: 1000, bare: false });
    held.fill(1, span.start, span.end);
  }
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(text); m; m = WORD_NUMBER.exec(text)) {
    for (const group of wordGroups(m[0], m.index)) {
      const span = { start: group.start, end: group.end };
      if (heldIn(span)) continue;
      const words = group.words;
      const value = valueOfWords([...words]);
      if (value === null) {
        if (words.some((w) => SCALES[w] && /s$/.test(w) && w !== 'cents')) aside(span.start, span.end, 'vague amount');
        continue;
      }
      const hasScale = words.some((w) => SCALES[w] !== undefined);
      const scaleWord = [...words].reverse().find((w) => SCALES[w] && SCALES[w]! >= 1000);
      const unitOf = scaleWord ? SCALES[scaleWord]! : 1;
      let total = value;
      // "four-thousand-100": digits hyphened to a scale word add to it.
      const tail = SCALE_WORD_END.test(words[words.length - 1]!) ? /^[-‑](\d{1,3})(?![\d\p{L}])/u.exec(text.slice(span.end, span.end + 5)) : null;
      if (tail && Number(tail[1]) < SCALES[words[words.length - 1]!]!) { total += Number(tail[1]); span.end += tail[0].length; }
      const token: Token = { value: total, start: span.start, end: span.end, text: text.slice(span.start, span.end), lead: unitOf > 1 ? total / unitOf : total, unit: unitOf, bare: !hasScale };
      if (!hasScale && value < 20) token.tentative = 'small number';
      tokens.push(token);
      held.fill(1, token.start, token.end);
    }
  }
  tokens.sort((a, b) => a.start - b.start);

  // A count noun after a tentative number makes it a count; a qualifier before it too.
  for (const t of tokens) {
    if (!t.tentative) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    if (t.tentative === 'year') {
      // "about 2000", then "in 2024" (even before a noun: "In 2024 soldiers were…"), then "2000 soldiers".
      if (COUNT_BEFORE.test(before) || (!YEAR_BEFORE.test(before) && matchAt(COUNT_NOUN, text, t.end))) delete t.tentative;
    } else if (matchAt(COUNT_NOUN, text, t.end)) delete t.tentative;
  }

  // Ranges: "10,000-12,000", "10 000 à 12 000", "between 10,000 and 12,000", "entre 10 et 12 000".
  const ranges: FoundRange[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k]!;
    const b = tokens[k + 1]!;
    const between = text.slice(a.end, b.start);
    const isRange = RANGE_JOIN.test(between) || (PAIR_JOIN.test(between) && PAIR_START.test(text.slice(Math.max(0, a.start - 12), a.start)));
    if (!isRange) continue;
    // Two year-like numbers with no count word ("1950-1953") stay years.
    if (a.tentative === 'year' && b.tentative === 'year') continue;
    if (a.tentative && b.tentative) continue;
    if (a.tentative === 'year' && !b.tentative && b.value < a.value) continue;
    // A bare low end takes the high end's scale: "entre 10 et 12 000" is 10,000 to 12,000.
    if (a.bare && b.unit > 1 && a.value < b.lead && String(Math.trunc(a.value)).length <= String(Math.trunc(b.lead)).length) {
      a.value *= b.unit;
    }
    if (a.value > b.value) continue;
    delete a.tentative;
    delete b.tentative;
    ranges.push({ low: a, high: b, start: a.start, end: b.end, text: text.slice(a.start, b.end) });
    k++;
  }

  const numbers: FoundNumber[] = [];
  for (const t of tokens) {
    if (t.tentative) aside(t.start, t.end, t.tentative);
    else numbers.push({ value: Math.round(t.value * 1e6) / 1e6, start: t.start, end: t.end, text: t.text });
  }
  setAside.sort((a, b) => a.start - b.start);
  const spans = [...numbers, ...ranges, ...setAside].map(({ start, end, text: t }) => ({ start, end, text: t })).sort((a, b) => a.start - b.start);
  return { numbers, ranges, setAside, spans };
}

/**
 * The spans of a list sorted by start (as a reading gives them) that lie within
 * [start, end), found by halving to the first that starts there: a quote or a sentence
 * costs its own spans, not every span of its block.
 *
 * @example
 * spansWithin(readNumbers('5 000 puis 6 000 et 7 000').numbers, 6, 16).map((n) => n.value) // [6000]
 */
export function spansWithin<S extends { start: number; end: number }>(spans: readonly S[], start: number, end: number): S[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]!.start < start) lo = mid + 1; else hi = mid; }
  const out: S[] = [];
  for (let i = lo; i < spans.length && spans[i]!.start < end; i++) if (spans[i]!.end <= end) out.push(spans[i]!);
  return out;
}

/**
 * Every count written in `text`, in text order: numbers that are not part of a date, a
 * year, a time, a percentage or a name such as "Hwasong-20".
 *
 * @example
 * parseNumbers('entre 10 000 et 14 000 soldats depuis l’automne 2024').map((n) => n.value) // [10000, 14000]
 */
export function parseNumbers(text: string, options: ReadOptions = {}): FoundNumber[] {
  return readNumbers(text, options).numbers;
}
