/**
 * The provenance rule: every quote is in the article's standing text (never in struck-
 * through, deleted text), on the word boundaries of its block and without cutting through
 * a number, written in digits and not in look-alike letters; every figure's numbers are
 * the numbers its quote gives, read in the context of its block ("in 2024" is a year even
 * when "in" lies outside the quote), a range only where the article writes one; and the
 * words around the count agree with the figure: its qualifier, its `statedAs`, and whether
 * the article says it did not happen ("did not lose 5,000 soldiers").
 */
import { claimsOf, type Figure, type SourceData } from './claims';
import { lookalikeNumbers } from './digits';
import { countClause, negationAround } from './negation';
import { readNumbers, spansWithin, type FoundNumber, type NumberReading, type NumberSpan, type SetAside, type SetAsideKind } from './numbers';
import { readQualifier, readRangeQualifier, statedScales } from './qualifiers';
import { quoteLocator, type QuoteLocation, type QuoteLocator, type Range } from './text';
import type { Language } from './vocabulary';

/** One way a source breaks the rule. */
export interface ProvenanceProblem {
  claimId: string;
  /** Where the claim sits in the frontmatter: `figures[0]`. */
  field: string;
  message: string;
}

/** What a quote's stretch of its block reads: its counts and what it sets aside. */
export interface QuoteNumbers {
  numbers: FoundNumber[];
  setAside: SetAside[];
  /** Each range inside the quote, as written and as read. */
  ranges: { text: string; low: number; high: number }[];
}

const fmt = (n: number) => n.toLocaleString('en-GB');
const KIND_WORDS: Record<SetAsideKind, string> = {
  date: 'a date', year: 'a year', time: 'a time', percentage: 'a percentage', ordinal: 'an ordinal', name: 'a name',
  measurement: 'a measurement', 'small number': 'a small number in words', 'vague amount': 'a vague amount',
};

/**
 * What is wrong between a figure's `low`/`high` and the numbers its quote gives, or
 * `null` when they agree. With `read`, the numbers are those of the quote's stretch of its
 * block; without, of the quote alone. The message says what was read, and suggests nothing
 * the quote does not support.
 *
 * @example
 * figureNumberProblem({ low: 10000, high: 12000, quote: 'entre 10 000 et 14 000 soldats', … })
 * // 'the quote gives 10,000 and 14,000 but low/high are 10,000/12,000'
 */
export function figureNumberProblem(figure: Pick<Figure, 'low' | 'high' | 'statedAs' | 'quote'>, read?: QuoteNumbers): string | null {
  const reading = read ?? numbersOfQuote(figure.quote);
  const found = [...new Set(reading.numbers.map((n) => n.value))];
  const explained = [
    ...reading.ranges.filter((r) => r.text.replace(/\D/g, '') !== `${r.low}${r.high}`).map((r) => `“${r.text}” reads as ${fmt(r.low)} to ${fmt(r.high)}`),
    ...reading.numbers.filter((n) => n.text.replace(/\D/g, '') !== String(n.value) && !reading.ranges.some((r) => r.text.includes(n.text)))
      .map((n) => `“${n.text}” is ${fmt(n.value)}`),
  ];
  const notCounted = reading.setAside.map((s) => `“${s.text}” (${KIND_WORDS[s.kind]})`);
  const context = [...explained, ...(notCounted.length ? [`not counted: ${notCounted.join(', ')}`] : [])];
  const gives = `${found.length ? `the quote gives ${found.map(fmt).join(' and ')}` : 'the quote gives no number'}${context.length ? ` (${context.join('; ')})` : ''}`;
  const { low, high } = figure;
  if (low === undefined && high === undefined) {
    if (!figure.statedAs) return 'a figure without low/high must say in statedAs how the article states the amount';
    return found.length ? `${gives} but low/high are missing` : null;
  }
  if (low === undefined || high === undefined) return 'low and high must both be given (equal when the figure is exact)';
  if (low > high) return `low (${fmt(low)}) is greater than high (${fmt(high)})`;
  const expected = [...new Set([low, high])];
  const agrees = expected.every((v) => found.includes(v)) && found.every((v) => expected.includes(v));
  if (!agrees) return `${gives} but low/high are ${fmt(low)}/${fmt(high)}`;
  // Two counts are a range only where the article writes one: "3 generals and 12,000
  // troops" gives two counts of different things, not 3 to 12,000.
  if (low !== high && !reading.ranges.some((r) => r.low === low && r.high === high)) {
    return `the quote gives ${fmt(low)} and ${fmt(high)} but not as a range (two counts joined by “and”/“et” without “between”/“entre”, or counts of different things, are not a range), so low/high cannot be ${fmt(low)}/${fmt(high)}`;
  }
  return null;
}

/** The numbers of a stretch of a reading, as a quote covering `[start, end)` gives them. */
function numbersWithin(reading: NumberReading, start: number, end: number): QuoteNumbers {
  return {
    numbers: spansWithin(reading.numbers, start, end),
    setAside: spansWithin(reading.setAside, start, end),
    ranges: spansWithin(reading.ranges, start, end).map((r) => ({ text: r.text, low: r.low.value, high: r.high.value })),
  };
}

/**
 * The numbers a quote gives on its own, without its block (for drafts and tests).
 *
 * @example
 * numbersOfQuote('entre 10 et 12 000 soldats').numbers.map((n) => n.value) // [10000, 12000]
 */
export function numbersOfQuote(quote: string, language?: Language): QuoteNumbers {
  return numbersWithin(readNumbers(quote, { language }), 0, quote.length);
}

/** Stands in the rule's copy of a block for each character of deleted (struck-through) text. */
export const DELETED_MARK = '\uFFFC';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** The character next to `at` in direction `step`, looking through deleted text ("1~~0~~2,000" is one number). */
function visibleNeighbour(text: string, at: number, step: 1 | -1): string | undefined {
  let i = at;
  while (text[i] === DELETED_MARK) i += step;
  return text[i];
}
/** The word of `text` around position `at`, for messages. */
function wordAround(text: string, at: number): string {
  let s = at; while (isWordChar(text[s - 1])) s--;
  let e = at; while (isWordChar(text[e])) e++;
  return text.slice(s, e);
}

/**
 * Why a quote located at `[start, end)` of its block does not sit on the block's word
 * boundaries or cuts through a number, date or range, or `null` when it is clean. Deleted
 * text (written as {@link DELETED_MARK}) is looked through: a quote may not start in the
 * middle of a number whose other part is struck through.
 *
 * @example
 * quoteBoundaryProblem('environ 110 000 soldats', 9, 23, readNumbers('environ 110 000 soldats'))
 * // 'the quote starts inside the word “110”'
 */
export function quoteBoundaryProblem(block: string, start: number, end: number, reading: NumberReading): string | null {
  if (isWordChar(block[start - 1]) && isWordChar(block[start])) return `the quote starts inside the word “${wordAround(block, start)}”`;
  if (isWordChar(block[end - 1]) && isWordChar(block[end])) return `the quote ends inside the word “${wordAround(block, end)}”`;
  if (block[start - 1] === DELETED_MARK && isWordChar(visibleNeighbour(block, start - 1, -1)) && isWordChar(block[start])) {
    return 'the quote starts inside a word or number part of which is struck through';
  }
  if (block[end] === DELETED_MARK && isWordChar(visibleNeighbour(block, end, 1)) && isWordChar(block[end - 1])) {
    return 'the quote ends inside a word or number part of which is struck through';
  }
  // The first span (in text order) that the start or the end cuts, found by halving: a long
  // block has many spans and many claims, and a scan per claim would cost their product.
  const spans = reading.spans;
  const cut = spanCutAt(spans, start);
  const cutEnd = spanCutAt(spans, end);
  if (cut < 0 && cutEnd < 0) return null;
  if (cut >= 0 && (cutEnd < 0 || cut <= cutEnd)) return `the quote starts inside “${spans[cut]!.text}”, cutting it`;
  return `the quote ends inside “${spans[cutEnd]!.text}”, cutting it`;
}

const furthestEnds = new WeakMap<readonly NumberSpan[], number[]>();
/** The index of the first span (sorted by start) with start < at < end, or -1. */
function spanCutAt(spans: readonly NumberSpan[], at: number): number {
  let ends = furthestEnds.get(spans);
  if (!ends) {
    ends = [];
    let max = -Infinity;
    for (const s of spans) ends.push((max = Math.max(max, s.end)));
    furthestEnds.set(spans, ends);
  }
  // Spans starting before `at`: a prefix. The first of them whose end passes `at`: where the running furthest end first does.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid]!.start < at) lo = mid + 1; else hi = mid; }
  const before = lo;
  lo = 0;
  hi = before;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid]! > at) hi = mid; else lo = mid + 1; }
  return lo < before ? lo : -1;
}

/**
 * A block of an article as the rule sees it: its text and the stretches of it that are
 * deleted (`~~struck through~~`, `<del>`, `<s>`), which are on the page but are not what
 * the article states.
 */
export interface ArticleBlock {
  text: string;
  deleted: readonly Range[];
}

/**
 * A block's text with each deleted character replaced by {@link DELETED_MARK}, so that no
 * quote, number or qualifier can be read from it and every offset stays where it was.
 *
 * @example
 * standingText({ text: 'sent 12,000 1,200 troops', deleted: [{ start: 5, end: 11 }] }) // 'sent ￼￼￼￼￼￼ 1,200 troops'
 */
export function standingText(block: string | ArticleBlock): string {
  if (typeof block === 'string') return block;
  let text = block.text;
  for (const { start, end } of block.deleted) text = text.slice(0, start) + DELETED_MARK.repeat(end - start) + text.slice(end);
  return text;
}

/** A finder of quotes over an article's blocks that knows the numbers of each block. */
export interface ProvenanceReader {
  /** Where a quote lies in the standing text: its first place on clean boundaries, else its first place. */
  locate: QuoteLocator;
  /** Where a quote lies when deleted text is read too: to say that a quote was taken from it. */
  locateWithDeleted: QuoteLocator;
  /** The numbers of a block's standing text, read once. */
  reading(block: number): NumberReading;
  /** The blocks' standing text (deleted characters replaced by {@link DELETED_MARK}). */
  blocks: readonly string[];
  /** The blocks' text as written, deleted text included. */
  written: readonly string[];
}

/**
 * Reads an article's blocks for the rule: quotes are found on clean boundaries where they
 * can be, and each block's numbers are read once however many claims quote it. Deleted
 * text is read as no text at all.
 *
 * @example
 * provenanceReader(['Environ 5 000 militaires.'], 'fr').locate('5 000 militaires') // { block: 0, start: 8, end: 24 }
 */
export function provenanceReader(blocks: readonly (string | ArticleBlock)[], language?: Language): ProvenanceReader {
  const standing = blocks.map(standingText);
  const written = blocks.map((b) => (typeof b === 'string' ? b : b.text));
  const readings = new Map<number, NumberReading>();
  const reading = (block: number) => {
    let r = readings.get(block);
    if (!r) readings.set(block, (r = readNumbers(standing[block]!, { language })));
    return r;
  };
  const clean = (l: QuoteLocation) => quoteBoundaryProblem(standing[l.block]!, l.start, l.end, reading(l.block)) === null;
  return { locate: quoteLocator(standing, clean), locateWithDeleted: quoteLocator(written), reading, blocks: standing, written };
}

/** Why a quote that is only in the written text is not in the standing text: it takes deleted text. */
function deletedTextProblem(reader: ProvenanceReader, quote: string): string | null {
  const at = reader.locateWithDeleted(quote);
  if (!at) return null;
  const standing = reader.blocks[at.block]!;
  let s = at.start;
  while (s < at.end && standing[s] !== DELETED_MARK) s++;
  let e = s;
  while (e < at.end && standing[e] === DELETED_MARK) e++;
  const struck = reader.written[at.block]!.slice(s, e).trim();
  return `the quote takes text the article struck through (deleted), “${struck}”, which is not what the article states: “${quote}”`;
}

const fmtList = (xs: string[]) => xs.map((x) => `“${x}”`).join(', ');

/**
 * What is wrong between a figure and the words of its quote's stretch `[start, end)` of
 * `block` (standing text), or nothing: the qualifier must be the one the words give ("About
 * 12,000" is about), `statedAs` must state the amount the way the quote does (thousands
 * are not millions), and a count the clause denies ("did not lose 5,000 soldiers") is
 * allowed only on a figure that says `negated: true`. Call it once the numbers agree.
 *
 * @example
 * figureWordsProblems({ qualifier: 'exact', low: 12000, high: 12000, … }, 'About 12,000 troops.', 0, 19, readNumbers('About 12,000 troops.'))
 * // ['the words “About” before 12,000 give the qualifier about, but qualifier is exact']
 */
export function figureWordsProblems(
  figure: Pick<Figure, 'low' | 'high' | 'statedAs' | 'negated'> & { qualifier?: Figure['qualifier'] | undefined },
  block: string, start: number, end: number, reading: NumberReading,
): string[] {
  const problems: string[] = [];
  const inside = (x: Range) => x.start >= start && x.end <= end;
  const { low, high } = figure;
  // The plugin reads the frontmatter before the schema gives its defaults.
  const qualifier = figure.qualifier ?? 'exact';
  const range = low !== undefined && low !== high ? reading.ranges.find((r) => inside(r) && r.low.value === low && r.high.value === high) : undefined;
  const count = low !== undefined && low === high ? reading.numbers.find((n) => inside(n) && n.value === low) : undefined;
  if (range || count) {
    const span = (range ?? count)!;
    // Deleted words are no words: "about ~~5,000~~ 1,200" is about 1,200, "~~about~~ 1,200" exact.
    const before = block.slice(0, span.start).replaceAll(DELETED_MARK, '');
    const read = range ? readRangeQualifier(before) : readQualifier(before, block.slice(span.end).replaceAll(DELETED_MARK, ''));
    if (read.qualifier !== qualifier) {
      problems.push(read.words
        ? `the words “${read.words}” before ${span.text.trim()} give the qualifier ${read.qualifier}, but qualifier is ${qualifier}`
        : `the quote gives ${span.text.trim()} with no word of “${qualifier}” before it, so qualifier must be exact, not ${qualifier}`);
    }
  }
  const numberSpans = [...reading.numbers, ...reading.ranges];
  const quoteScales = statedScales(block.slice(start, end), numberSpans.filter(inside).map((n) => ({ start: n.start - start, end: n.end - start })));
  if (figure.statedAs !== undefined) {
    const own = readNumbers(figure.statedAs);
    const stated = new Set(statedScales(figure.statedAs, [...own.numbers, ...own.ranges]).map((x) => x.scale));
    const quoted = new Set(quoteScales.map((x) => x.scale));
    if ([...stated].some((x) => !quoted.has(x)) || [...quoted].some((x) => !stated.has(x))) {
      const says = quoted.size ? `states the amount as ${fmtList(quoteScales.map((x) => x.words))} (${[...quoted].join(', ')})` : 'states no amount in words';
      problems.push(`the quote ${says} but statedAs, “${figure.statedAs}”, says ${stated.size ? [...stated].join(', ') : 'no such amount'}`);
    }
  }
  // The count whose clause is read for a negation: the figure's number, else its amount in words, else the quote.
  const at: Range = range ?? count ?? (quoteScales[0] ? { start: start + quoteScales[0].start, end: start + quoteScales[0].end } : { start, end });
  const negation = negationAround(block, at.start, at.end);
  if (negation && !figure.negated) {
    const clause = countClause(block, at.start, at.end);
    problems.push(`the quote’s clause denies what it counts (“${negation.words}” in “${block.slice(clause.start, clause.end).trim()}”): a figure of what did not happen says negated: true`);
  } else if (!negation && figure.negated) {
    problems.push('negated is true but the quote’s clause holds no negation');
  }
  return problems;
}

/**
 * Every way a source breaks the provenance rule against its article text, given as
 * blocks (paragraphs, headings, captions; with their deleted stretches) or a reader over
 * them: a quote must lie within one block's standing text, on its word boundaries, cut no
 * number and write its numbers in digits; a figure's numbers and words must agree with it.
 *
 * @example
 * checkProvenance(source, ['Environ 5 000 militaires.']) // [] when all quotes are there
 */
export function checkProvenance(
  source: Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events'> & { language?: Language | undefined },
  blocks: readonly (string | ArticleBlock)[] | ProvenanceReader,
): ProvenanceProblem[] {
  const reader = 'locate' in blocks ? blocks : provenanceReader(blocks, source.language);
  const problems: ProvenanceProblem[] = [];
  const seen = new Map<string, string>();
  const located = new Map<string, QuoteLocation>();
  // Quotes taken from deleted text: their numbers are not the article's, and are not read.
  const fromDeleted = new Set<string>();
  for (const claim of claimsOf(source)) {
    const earlier = seen.get(claim.id);
    if (earlier) problems.push({ claimId: claim.id, field: claim.field, message: `the id is already used by ${earlier}` });
    seen.set(claim.id, claim.field);
    const at = reader.locate(claim.quote);
    if (!at) {
      const deleted = deletedTextProblem(reader, claim.quote);
      if (deleted) fromDeleted.add(claim.field);
      problems.push({ claimId: claim.id, field: claim.field, message: deleted ?? `the quote is not in the article text: “${claim.quote}”` });
      continue;
    }
    const block = reader.blocks[at.block]!;
    const boundary = quoteBoundaryProblem(block, at.start, at.end, reader.reading(at.block));
    const lookalike = lookalikeNumbers(block).find((n) => n.start < at.end && at.start < n.end);
    if (boundary) problems.push({ claimId: claim.id, field: claim.field, message: `${boundary}: “${claim.quote}”` });
    else if (lookalike) {
      problems.push({
        claimId: claim.id, field: claim.field,
        message: `the quote writes the number “${lookalike.text}” with characters that only look like digits (${lookalike.impostors.join(', ')}): “${claim.quote}”`,
      });
    } else located.set(claim.field, at);
  }
  source.figures.forEach((figure, i) => {
    const field = `figures[${i}]`;
    const at = located.get(field);
    if (fromDeleted.has(field)) return;
    const problem = figureNumberProblem(figure, at ? numbersWithin(reader.reading(at.block), at.start, at.end) : undefined);
    if (problem) problems.push({ claimId: figure.id, field, message: problem });
    else if (at) {
      for (const message of figureWordsProblems(figure, reader.blocks[at.block]!, at.start, at.end, reader.reading(at.block))) {
        problems.push({ claimId: figure.id, field, message });
      }
    }
  });
  return problems;
}

/**
 * The build-stopping message for a source's problems, naming the file, each claim and
 * what did not match.
 *
 * @example
 * formatProvenanceError('content/sources/x.md', problems)
 * // 'Provenance check failed for content/sources/x.md:\n  - claim "fig-a" (figures[0]): …'
 */
export function formatProvenanceError(file: string, problems: ProvenanceProblem[]): string {
  const lines = problems.map((p) => `  - claim "${p.claimId}" (${p.field}): ${p.message}`);
  return `Provenance check failed for ${file}:\n${lines.join('\n')}\nEvery quote must appear verbatim in the article body (not in struck-through text), on word boundaries, without cutting a number and with its digits written as digits; a figure's low/high must be the numbers its quote gives (a range only where the article writes one), and its qualifier, statedAs and negated must agree with the quote's words.`;
}
