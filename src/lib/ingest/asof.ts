/**
 * When a figure applies (its `asOf`): the date its own words give ("as of Wednesday", "in
 * late January", "by December"), else the day its estimate was stated ("said on Thursday",
 * "a affirmé vendredi"), else the date its speaker last stated something ("He said…", "The
 * NIS also said…"). "Now" is the moment of speaking: the statement's date, or in an
 * interview the day it took place. A week across two months, a span of months, a season or a
 * bare year, and "at the time" give no date; "since January" starts a count and never dates it.
 */
import type { Range } from '../claims';
import type { TimeExpression } from './calendar';

/**
 * The statements an article has dated so far, by speaker, for "he said" and "the agency also said".
 *
 * @example
 * const dates = new StatementDates(); dates.record(['NIS'], '2025-09-04'); dates.of(['NIS']) // '2025-09-04'
 */
export class StatementDates {
  private byKey = new Map<string, string>();
  private last: string | undefined;

  /** Remembers that a speaker (by its keys) spoke on `date`. */
  record(keys: readonly string[], date: string): void {
    for (const k of keys) this.byKey.set(k, date);
    this.last = date;
  }

  /** The date a speaker last stated something, by any of its keys; a pronoun takes the last statement's. */
  of(keys: readonly string[], pronoun = false): string | undefined {
    for (const k of keys) { const d = this.byKey.get(k); if (d) return d; }
    return pronoun ? this.last : undefined;
  }
}

const SPEECH_NEAR = /(?<![\p{L}])(?:said|says|told|announced|reported|added|stated|estimated|wrote|posted|gave|put|confirmed|claimed|warned|briefing|post|statement|interview|report|affirmé|affirmait|déclaré|indiqué|annoncé|précisé|rapporté|estimé|évoqué|évoquait|état|communiqué|publié|avancé)(?![\p{L}])/iu;

/**
 * Whether an expression dates a statement: right after a speech verb or noun ("said on
 * Monday", "a post on Sunday"), or just before the speaker at the head of the sentence
 * ("Mercredi, le renseignement ukrainien a fait état…").
 *
 * @example
 * isSpeechDate('HUR said on Tuesday that…', timeExpressions('HUR said on Tuesday that…', { day: '2025-03-12' })[0]!) // true
 */
export function isSpeechDate(sentence: string, e: TimeExpression): boolean {
  const before = sentence.slice(Math.max(0, e.start - 24), e.start);
  const after = sentence.slice(e.end, e.end + 24);
  return SPEECH_NEAR.test(before) || (/^\s*[,]?\s*(?:\p{L}+\s+){0,6}?(?:a|ont|avait)?\s*(?:said|told|affirmé|indiqué|annoncé|déclaré)/iu.test(after) && e.start < 30);
}

export interface AsOfInput {
  sentence: string;
  /** The figure's numbers and its clause, in sentence offsets. */
  figure: Range;
  clause: Range;
  /** The clauses of the sentence's other figures, whose dates are theirs (a statement's date excepted). */
  otherClauses: readonly Range[];
  /** Every count of the sentence: a number the reader counts is never a year. */
  counts?: readonly Range[] | undefined;
  expressions: readonly TimeExpression[];
  /** The date the figure's speaker last stated something, if known. */
  carried?: string | undefined;
  /** The moment of speaking when nothing else dates "now" (an interview's day, or the dateline's). */
  now?: string | undefined;
}

/**
 * The as-of date of a figure, or undefined when its words give none that resolves.
 *
 * @example
 * asOfFor({ sentence: 'HUR said on Tuesday that about 4,000 were lost.', figure: { start: 32, end: 37 }, clause: { start: 0, end: 47 }, otherClauses: [], expressions })
 * // '2025-03-11'
 */
export function asOfFor(input: AsOfInput): string | undefined {
  const { sentence, figure, clause } = input;
  const inside = (e: TimeExpression, r: Range) => e.start >= r.start && e.end <= r.end;
  const overlaps = (e: TimeExpression, r: Range) => e.start < r.end && r.start < e.end;
  // A number the reader counts is no year; a relative clause ("…, qui avait révélé à la mi-octobre, …") dates its own verb.
  const all = input.expressions.filter((e) => e.kind !== 'since' && !(input.counts ?? []).some((r) => overlaps(e, r)));
  const asides = [...sentence.matchAll(/,\s*(?:qui|which|who|whose|where|où|dont)(?![\p{L}])[^,]*(?=,)/giu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const usable = all.filter((e) => inside(e, clause) || !asides.some((r) => inside(e, r)));
  // A statement's date ("said last Thursday that … and that …") dates every figure it states.
  const speech = usable.find((e) => e.kind === 'point' && isSpeechDate(sentence, e))?.date ?? undefined;
  const own = (e: TimeExpression) => !input.otherClauses.some((r) => inside(e, r) && !inside(e, clause));
  const near = (list: TimeExpression[]) => list.sort((a, b) => Math.abs(a.start - figure.start) - Math.abs(b.start - figure.start))[0];
  const nowDate = () => speech ?? input.carried ?? input.now;
  const resolve = (e: TimeExpression | undefined) => (e ? (e.kind === 'now' ? nowDate() : e.date ?? undefined) : undefined);

  const asOf = usable.find((e) => e.asOf && own(e));
  if (asOf) return resolve(asOf);
  const mine = near(usable.filter((e) => inside(e, clause)));
  if (mine) return resolve(mine);
  if (speech) return speech;
  const other = near(usable.filter((e) => own(e) && (e.kind === 'point' || e.kind === 'now')));
  if (other) return resolve(other);
  if (usable.some((e) => own(e) && (e.kind === 'vague' || e.kind === 'period'))) return undefined;
  return input.carried;
}
