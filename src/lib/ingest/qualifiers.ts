/**
 * The qualifier a figure's words give it: "about" (roughly, around, some, quelque, environ,
 * ~), "nearly" (près de, almost), "up to" (as many as, jusqu'à), "at least" (au moins), "more
 * than" (plus de, over, passed, "4,000+"). A range stated plainly ("between 10,000 and
 * 12,000", "de 10 000 à 12 000") is exact; a hedged one ("closer to 11,000 to 12,000",
 * "somewhere between") is about.
 */
import type { Qualifier } from '../claims';

const BEFORE: [RegExp, Qualifier][] = [
  [/(?<![\p{L}])(?:about|around|roughly|approximately|some|an\s+estimated|circa|ca\.|environ|quelque|quelques|approximativement|autour\s+de|à\s+peu\s+près|grosso\s+modo|de\s+l['’]ordre\s+de)\s*$|[~≈]\s*$/iu, 'about'],
  [/(?<![\p{L}])(?:nearly|almost|close\s+to|just\s+(?:under|short\s+of)|près\s+de|près\s+d['’]|presque|quasiment|pas\s+loin\s+de|frôl\p{L}+|approch\p{L}+)\s*$/iu, 'nearly'],
  [/(?<![\p{L}])(?:up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than|jusqu['’]à|moins\s+de|au\s+plus|at\s+most)\s*$/iu, 'up to'],
  [/(?<![\p{L}])(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|au\s+moins|au\s+minimum|pas\s+moins\s+de|minimum)\s*$/iu, 'at least'],
  [/(?<![\p{L}])(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|well\s+over|passed|exceeded|topped|surpassed|plus\s+de|plus\s+d['’]|au-delà\s+de|dépass\p{L}*|franchi\p{L}*|excéd\p{L}*)\s*$/iu, 'more than'],
];
/** A hedge before a range: "closer to 11,000 to 12,000", "somewhere between", "roughly between". */
const RANGE_HEDGE = /(?<![\p{L}])(?:closer\s+to|somewhere|roughly|about|around|approximately|some|environ|quelque|à\s+peu\s+près|autour\s+de|de\s+l['’]ordre\s+de)(?:\s+(?:between|from|entre|de))?\s*$/iu;

/**
 * The qualifier of a single count, from the words right before it (through a "d'" or "de":
 * "d'environ 1 500") and a "+" right after it.
 *
 * @example
 * qualifierOf('had passed ', ', including') // 'more than'
 * qualifierOf("Un premier contingent d'environ ", ' militaires') // 'about'
 * qualifierOf('', '+ soldiers') // 'more than'
 */
export function qualifierOf(before: string, after: string): Qualifier {
  if (/^\+/.test(after)) return 'more than';
  const tail = before.slice(-40).replace(/(?:\s|^)(?:de|d['’]|à|at|of)\s*$/iu, ' ');
  for (const [re, q] of BEFORE) if (re.test(before.slice(-40)) || re.test(tail)) return q;
  return 'exact';
}

/**
 * The qualifier of a range: exact unless hedged.
 *
 * @example
 * rangeQualifier('the force is closer to ') // 'about'
 * rangeQualifier('estimated at between ') // 'exact'
 */
export function rangeQualifier(before: string): Qualifier {
  return RANGE_HEDGE.test(before.slice(-40)) ? 'about' : 'exact';
}
