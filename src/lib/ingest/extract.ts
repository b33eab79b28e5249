/**
 * Figures and dated events read from English and French article text, each with the
 * verbatim fragment that supports it, so a draft keeps the provenance rule as it is.
 */
import { findDates, type FoundDate, type FoundNumber, parseNumbers } from '../claims';
import type { FigureCount, Measure, Qualifier } from '../claims';

export interface ExtractedFigure {
  measure: Measure;
  topic: 'troops' | 'casualties';
  low: number;
  high: number;
  qualifier: Qualifier;
  estimatedBy?: string | undefined;
  reportedly: boolean;
  /** For troops deployed: all sent since a start, or present at a date (a guess the editor confirms). */
  count?: FigureCount | undefined;
  quote: string;
}

export interface ExtractedEvent {
  date: string;
  precision: FoundDate['precision'];
  qualifier?: FoundDate['qualifier'] | undefined;
  quote: string;
}

// What a number counts: words right after it (or just before, for "killed").
const UNIT = /^(?:\s+(?:de\s+|d['’]\s*)?(?:ses\s+|nos\s+|leurs\s+)?)?(?:soldats?|troupes?|militaires?|combattants?|hommes|soldiers?|troops?|servicemen|personnel|fighters|men)\b/iu;
const KILLED = /\b(tués?|morts?|killed|dead|died|tombés)\b/iu;
const WOUNDED = /\b(blessés?|wounded|injured)\b/iu;
const KILLED_OR_WOUNDED = /\b(killed or wounded|tués ou blessés|morts ou blessés)\b/iu;
const PLANNED = /\b(pourrai(en)?t|pourrait|could|would|may|might|plan(s|ned)?|prévoi[rt]|prévus?|envisag\w*|annonc\w* l['’]envoi|to send|will send|enverra)\b/iu;
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(environ|quelque|about|around|approximately|some|roughly|près d['’]une?|un peu plus de)\s*$/iu, 'about'],
  [/(près de|presque|nearly|almost|close to)\s*$/iu, 'nearly'],
  [/(jusqu['’]à|up to|as many as)\s*$/iu, 'up to'],
  [/(au moins|at least|no fewer than)\s*$/iu, 'at least'],
  [/(plus de|more than|over|over some)\s*$/iu, 'more than'],
];
// Troops counted since a start or sent in all, rather than present at a date.
const CUMULATIVE = /\b(depuis|since|envoy\w*|sent|dispatch\w*|au total|in total|en tout|so far|jusqu['’]ici|déjà)\b/iu;
const HEDGE = /\b(auraient|aurait|seraient|serait|reportedly|allegedly|would have)\b/iu;
const ATTRIBUTION = [
  /\b(?:selon|d['’]après|according to|as estimated by|estimated by|cited by)\s+((?:l['’]|la |le |les |the )?[^,.;:]{2,60}?)(?=[,.;:]|\s+(?:qui|who|that|,))/iu,
  /((?:les |le |la |the )?(?:services? de renseignement|intelligence services?|NIS|[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*))\s+(?:estime(?:nt)?|estimates?|says?|said|ont signalé|a signalé|reported)\b/u,
];

const RANGE = /(?:entre|between|from|de)\s*$/iu;
const RANGE_JOIN = /^\s*(?:et|and|to|à|-|–)\s*$/iu;

/** The clause of a sentence around a span, when the sentence holds other numbers. */
function narrow(sentence: string, start: number, end: number, others: FoundNumber[]): string {
  if (others.length === 0) return sentence;
  const cuts = [...sentence.matchAll(/[,;:—–()]|\s(?:et|and)\s/gu)].map((m) => m.index!);
  const from = Math.max(0, ...cuts.filter((c) => c < start).map((c) => c + 1));
  const to = Math.min(sentence.length, ...cuts.filter((c) => c >= end));
  return sentence.slice(from, to).trim();
}

/**
 * The troop and casualty figures a sentence gives: numbers followed by soldiers/troops,
 * or next to killed/wounded, with range, qualifier, measure, hedging and attribution.
 *
 * @example
 * figuresIn('Le NIS estime qu’environ 2 000 d’entre eux ont été tués.')
 * // [{ measure: 'killed', low: 2000, high: 2000, qualifier: 'about', estimatedBy: 'NIS', … }]
 */
export function figuresIn(sentence: string): ExtractedFigure[] {
  const all = parseNumbers(sentence);
  // Numbers under ten count no troops here, but a quote must still steer clear of them.
  const numbers = all.filter((n) => n.value >= 10);
  const out: ExtractedFigure[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    let high = n;
    const next = numbers[i + 1];
    const before = sentence.slice(0, n.start);
    const isRange = next && RANGE.test(before.slice(-12)) && RANGE_JOIN.test(sentence.slice(n.end, next.start));
    if (isRange) high = next!;
    const after = sentence.slice(high.end, high.end + 40);
    const window = sentence.slice(Math.max(0, n.start - 60), high.end + 60);
    let measure: Measure | null = null;
    if (KILLED_OR_WOUNDED.test(window)) measure = 'killed-or-wounded';
    else if (KILLED.test(sentence.slice(high.end, high.end + 60)) || KILLED.test(after)) measure = 'killed';
    else if (WOUNDED.test(sentence.slice(high.end, high.end + 60))) measure = 'wounded';
    else if (UNIT.test(after)) measure = PLANNED.test(sentence.slice(0, n.start)) ? 'planned' : 'deployed';
    if (!measure) continue;
    const qualifier = QUALIFIERS.find(([re]) => re.test(before.slice(-30)))?.[1] ?? 'exact';
    const estimatedBy = ATTRIBUTION.map((re) => re.exec(sentence)?.[1]?.trim()).find(Boolean);
    const others = all.filter((o) => o.start !== n.start && o.start !== high.start);
    out.push({
      measure,
      topic: measure === 'deployed' || measure === 'planned' ? 'troops' : 'casualties',
      low: n.value,
      high: high.value,
      qualifier: isRange ? 'exact' : qualifier,
      ...(estimatedBy ? { estimatedBy } : {}),
      reportedly: HEDGE.test(sentence),
      ...(measure === 'deployed' ? { count: CUMULATIVE.test(sentence) ? 'cumulative' as const : 'present' as const } : {}),
      quote: narrow(sentence, n.start, high.end, others),
    });
    if (isRange) i++;
  }
  return out;
}

/**
 * The dated events a sentence mentions: one per date, quoting the sentence.
 *
 * @example
 * eventsIn('Le 6 novembre 2025, une délégation a rencontré…')[0] // { date: '2025-11-06', precision: 'day', quote: … }
 */
export function eventsIn(sentence: string): ExtractedEvent[] {
  // A day and month without a year is not an event date until its year is known.
  return findDates(sentence).filter((d) => !d.yearless).map((d) => ({ date: d.date, precision: d.precision, ...(d.qualifier ? { qualifier: d.qualifier } : {}), quote: sentence }));
}
