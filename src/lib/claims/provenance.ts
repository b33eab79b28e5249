/**
 * The provenance rule: every quote is in the article, and every figure's numbers are
 * the numbers its quote gives.
 */
import { claimsOf, type Figure, type SourceData } from './claims';
import { parseNumbers } from './numbers';
import { quoteLocator, type QuoteLocator } from './text';

/** One way a source breaks the rule. */
export interface ProvenanceProblem {
  claimId: string;
  /** Where the claim sits in the frontmatter: `figures[0]`. */
  field: string;
  message: string;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

/**
 * What is wrong between a figure's `low`/`high` and the numbers its quote gives, or
 * `null` when they agree. Dates in the quote are not numbers ("Le 28 avril 2025").
 *
 * @example
 * figureNumberProblem({ low: 10000, high: 12000, quote: 'entre 10 000 et 14 000 soldats', … })
 * // 'the quote gives 10,000 and 14,000 but low/high are 10,000/12,000'
 */
export function figureNumberProblem(figure: Pick<Figure, 'low' | 'high' | 'statedAs' | 'quote'>): string | null {
  const found = [...new Set(parseNumbers(figure.quote).map((n) => n.value))];
  const gives = found.length ? `the quote gives ${found.map(fmt).join(' and ')}` : 'the quote gives no number';
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

/**
 * Every way a source breaks the provenance rule against its article text, given as
 * blocks (paragraphs, headings, captions), or a locator over them: a quote must lie
 * within one block.
 *
 * @example
 * checkProvenance(source, ['Environ 5 000 militaires.']) // [] when all quotes are there
 */
export function checkProvenance(source: Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events'>, blocks: readonly string[] | QuoteLocator): ProvenanceProblem[] {
  const locate = typeof blocks === 'function' ? blocks : quoteLocator(blocks);
  const problems: ProvenanceProblem[] = [];
  const seen = new Map<string, string>();
  for (const claim of claimsOf(source)) {
    const earlier = seen.get(claim.id);
    if (earlier) problems.push({ claimId: claim.id, field: claim.field, message: `the id is already used by ${earlier}` });
    seen.set(claim.id, claim.field);
    if (!locate(claim.quote)) {
      problems.push({ claimId: claim.id, field: claim.field, message: `the quote is not in the article text: “${claim.quote}”` });
    }
  }
  source.figures.forEach((figure, i) => {
    const problem = figureNumberProblem(figure);
    if (problem) problems.push({ claimId: figure.id, field: `figures[${i}]`, message: problem });
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
  return `Provenance check failed for ${file}:\n${lines.join('\n')}\nEvery quote must appear verbatim in the article body, and a figure's low/high must be the numbers its quote gives.`;
}
