/**
 * The qualifier a figure's words give it: "about" (roughly, around, some, quelque, environ,
 * ~), "nearly" (près de, almost), "up to" (as many as, jusqu'à, not more than), "at least"
 * (au moins, not less than, pas moins de), "more than" (plus de, over, passed, "4,000+").
 * A range stated plainly ("between 10,000 and 12,000", "de 10 000 à 12 000") is exact; a
 * hedged one ("closer to 11,000 to 12,000", "somewhere between") is about. One word list
 * for both readers: ingest drafts a figure's qualifier with it, and the provenance rule
 * holds an editor's qualifier to it.
 */
import type { Qualifier } from './vocabulary';

/** Words before a count, by the qualifier they give; the first that matches wins. */
const BEFORE: [RegExp, Qualifier][] = [
  // A negated comparative is a bound, not a negation: "not less than", "(ne…) pas moins de".
  [/(?<![\p{L}])(?:not|no|pas|n['’]\p{L}+\s+pas)\s+(?:\p{L}+\s+){0,2}?(?:less\s+than|fewer\s+than|moins\s+de|moins\s+d['’])\s*$/iu, 'at least'],
  [/(?<![\p{L}])(?:not|no|pas|n['’]\p{L}+\s+pas)\s+(?:\p{L}+\s+){0,2}?(?:more\s+than|plus\s+de|plus\s+d['’])\s*$/iu, 'up to'],
  [/(?<![\p{L}])(?:about|around|roughly|approximately|some|an\s+estimated|circa|ca\.|environ|quelque|quelques|approximativement|autour\s+de|à\s+peu\s+près|grosso\s+modo|de\s+l['’]ordre\s+de)\s*$|[~≈]\s*$/iu, 'about'],
  [/(?<![\p{L}])(?:nearly|almost|close\s+to|just\s+(?:under|short\s+of)|près\s+de|près\s+d['’]|presque|quasiment|pas\s+loin\s+de|frôl\p{L}+|approch\p{L}+)\s*$/iu, 'nearly'],
  [/(?<![\p{L}])(?:up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than|jusqu['’]à|moins\s+de|au\s+plus|at\s+most)\s*$/iu, 'up to'],
  [/(?<![\p{L}])(?:at\s+least|a\s+minimum\s+of|au\s+moins|au\s+minimum|minimum)\s*$/iu, 'at least'],
  [/(?<![\p{L}])(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|well\s+over|passed|exceeded|topped|surpassed|plus\s+de|plus\s+d['’]|au-delà\s+de|dépass\p{L}*|franchi\p{L}*|excéd\p{L}*)\s*$/iu, 'more than'],
];
/** A hedge before a range: "closer to 11,000 to 12,000", "somewhere between", "roughly between". */
const RANGE_HEDGE = /(?<![\p{L}])(?:closer\s+to|somewhere|roughly|about|around|approximately|some|environ|quelque|à\s+peu\s+près|autour\s+de|de\s+l['’]ordre\s+de)(?:\s+(?:between|from|entre|de))?\s*$/iu;

/** A qualifier and the words that gave it (none for exact). */
export interface QualifierReading {
  qualifier: Qualifier;
  /** The words of the text that say it ("About", "pas moins de", "+"). */
  words?: string;
}

/**
 * The qualifier of a single count and the words that say it, from the words right before
 * it (through a "d'" or "de": "d'environ 1 500") and a "+" right after it.
 *
 * @example
 * readQualifier('About ', ' troops') // { qualifier: 'about', words: 'About' }
 * readQualifier('did not lose ', ' men') // { qualifier: 'exact' }
 */
export function readQualifier(before: string, after: string): QualifierReading {
  if (/^\+/.test(after)) return { qualifier: 'more than', words: '+' };
  const window = before.slice(-40);
  const tail = window.replace(/(?:\s|^)(?:de|d['’]|à|at|of)\s*$/iu, ' ');
  for (const [re, qualifier] of BEFORE) {
    const m = re.exec(window) ?? re.exec(tail);
    if (m) return { qualifier, words: m[0].trim() };
  }
  return { qualifier: 'exact' };
}

/**
 * The qualifier of a single count, from the words right before it and a "+" after it.
 *
 * @example
 * qualifierOf('had passed ', ', including') // 'more than'
 * qualifierOf("Un premier contingent d'environ ", ' militaires') // 'about'
 * qualifierOf('', '+ soldiers') // 'more than'
 */
export function qualifierOf(before: string, after: string): Qualifier {
  return readQualifier(before, after).qualifier;
}

/**
 * The qualifier of a range and the words that hedge it: exact unless hedged.
 *
 * @example
 * readRangeQualifier('the force is closer to ') // { qualifier: 'about', words: 'closer to' }
 */
export function readRangeQualifier(before: string): QualifierReading {
  const m = RANGE_HEDGE.exec(before.slice(-40));
  return m ? { qualifier: 'about', words: m[0].trim() } : { qualifier: 'exact' };
}

/**
 * The qualifier of a range: exact unless hedged.
 *
 * @example
 * rangeQualifier('the force is closer to ') // 'about'
 * rangeQualifier('estimated at between ') // 'exact'
 */
export function rangeQualifier(before: string): Qualifier {
  return readRangeQualifier(before).qualifier;
}

/** Words that state an amount without a number, by the order of magnitude they give. */
const VAGUE_SCALES: [RegExp, string][] = [
  [/(?<![\p{L}])(?:dozens?|tens|dizaines?|douzaines?)(?![\p{L}])/giu, 'tens'],
  [/(?<![\p{L}])(?:hundreds?|centaines?)(?![\p{L}])/giu, 'hundreds'],
  [/(?<![\p{L}])(?:thousands?|milliers?)(?![\p{L}])/giu, 'thousands'],
  [/(?<![\p{L}])(?:millions?)(?![\p{L}])/giu, 'millions'],
  [/(?<![\p{L}])(?:billions?|milliards?)(?![\p{L}])/giu, 'billions'],
];

/** An order of magnitude stated in words ("des milliers" is thousands) and the words. */
export interface StatedScale {
  scale: string;
  words: string;
  start: number;
  end: number;
}

/**
 * The orders of magnitude a text states in words ("des milliers", "thousands of", "several
 * hundred"), in English and French, leaving out the stretches `skip` gives (a number's own
 * scale word, as in "12 thousand").
 *
 * @example
 * statedScales('des milliers d’autres blessés').map((s) => s.scale) // ['thousands']
 * statedScales('millions (des millions)').map((s) => s.scale) // ['millions', 'millions']
 */
export function statedScales(text: string, skip: readonly { start: number; end: number }[] = []): StatedScale[] {
  const found: StatedScale[] = [];
  for (const [re, scale] of VAGUE_SCALES) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (skip.some((s) => s.start < end && start < s.end)) continue;
      found.push({ scale, words: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
