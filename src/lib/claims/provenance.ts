/**
 * The provenance rule: every quote is in the article, on the word boundaries of its block
 * and without cutting through a number, and every figure's numbers are the numbers its
 * quote gives, read in the context of its block ("in 2024" is a year even when "in" lies
 * outside the quote).
 */
import { claimsOf, type Figure, type SourceData } from './claims';
import { readNumbers, spansWithin, type FoundNumber, type NumberReading, type NumberSpan, type SetAside, type SetAsideKind } from './numbers';
import { quoteLocator, type QuoteLocation, type QuoteLocator } from './text';
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
  return agrees ? null : `${gives} but low/high are ${fmt(low)}/${fmt(high)}`;
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

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** The word of `text` around position `at`, for messages. */
function wordAround(text: string, at: number): string {
  let s = at; while (isWordChar(text[s - 1])) s--;
  let e = at; while (isWordChar(text[e])) e++;
  return text.slice(s, e);
}

/**
 * Why a quote located at `[start, end)` of its block does not sit on the block's word
 * boundaries or cuts through a number, date or range, or `null` when it is clean.
 *
 * @example
 * quoteBoundaryProblem('environ 110 000 soldats', 9, 23, readNumbers('environ 110 000 soldats'))
 * // 'the quote starts inside the word “110”'
 */
export function quoteBoundaryProblem(block: string, start: number, end: number, reading: NumberReading): string | null {
  if (isWordChar(block[start - 1]) && isWordChar(block[start])) return `the quote starts inside the word “${wordAround(block, start)}”`;
  if (isWordChar(block[end - 1]) && isWordChar(block[end])) return `the quote ends inside the word “${wordAround(block, end)}”`;
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

/** A finder of quotes over an article's blocks that knows the numbers of each block. */
export interface ProvenanceReader {
  /** Where a quote lies: its first place on clean boundaries, else its first place. */
  locate: QuoteLocator;
  /** The numbers of a block, read once. */
  reading(block: number): NumberReading;
  blocks: readonly string[];
}

/**
 * Reads an article's blocks for the rule: quotes are found on clean boundaries where they
 * can be, and each block's numbers are read once however many claims quote it.
 *
 * @example
 * provenanceReader(['Environ 5 000 militaires.'], 'fr').locate('5 000 militaires') // { block: 0, start: 8, end: 24 }
 */
export function provenanceReader(blocks: readonly string[], language?: Language): ProvenanceReader {
  const readings = new Map<number, NumberReading>();
  const reading = (block: number) => {
    let r = readings.get(block);
    if (!r) readings.set(block, (r = readNumbers(blocks[block]!, { language })));
    return r;
  };
  const clean = (l: QuoteLocation) => quoteBoundaryProblem(blocks[l.block]!, l.start, l.end, reading(l.block)) === null;
  return { locate: quoteLocator(blocks, clean), reading, blocks };
}

/**
 * Every way a source breaks the provenance rule against its article text, given as
 * blocks (paragraphs, headings, captions) or a reader over them: a quote must lie within
 * one block, on its word boundaries, and cut no number.
 *
 * @example
 * checkProvenance(source, ['Environ 5 000 militaires.']) // [] when all quotes are there
 */
export function checkProvenance(
  source: Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events'> & { language?: Language | undefined },
  blocks: readonly string[] | ProvenanceReader,
): ProvenanceProblem[] {
  const reader = 'locate' in blocks ? blocks : provenanceReader(blocks, source.language);
  const problems: ProvenanceProblem[] = [];
  const seen = new Map<string, string>();
  const located = new Map<string, QuoteLocation>();
  for (const claim of claimsOf(source)) {
    const earlier = seen.get(claim.id);
    if (earlier) problems.push({ claimId: claim.id, field: claim.field, message: `the id is already used by ${earlier}` });
    seen.set(claim.id, claim.field);
    const at = reader.locate(claim.quote);
    if (!at) {
      problems.push({ claimId: claim.id, field: claim.field, message: `the quote is not in the article text: “${claim.quote}”` });
      continue;
    }
    const boundary = quoteBoundaryProblem(reader.blocks[at.block]!, at.start, at.end, reader.reading(at.block));
    if (boundary) problems.push({ claimId: claim.id, field: claim.field, message: `${boundary}: “${claim.quote}”` });
    else located.set(claim.field, at);
  }
  source.figures.forEach((figure, i) => {
    const field = `figures[${i}]`;
    const at = located.get(field);
    const problem = figureNumberProblem(figure, at ? numbersWithin(reader.reading(at.block), at.start, at.end) : undefined);
    if (problem) problems.push({ claimId: figure.id, field, message: problem });
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
  return `Provenance check failed for ${file}:\n${lines.join('\n')}\nEvery quote must appear verbatim in the article body, on word boundaries and without cutting a number, and a figure's low/high must be the numbers its quote gives.`;
}
