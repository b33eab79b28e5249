/**
 * The rules a source's corrections keep, checked by the collection schema: a correction
 * names only claims the source has, a removed claim's id is not reused, a record is not
 * updated before the corrections it lists, and the anchors corrections take
 * (`correction-<date>`) are never a claim's.
 */
import type { SourceData } from './claims';
import { claimsOf } from './claims';

/** A problem with a source's corrections: where in the frontmatter, and what. */
export interface CorrectionProblem {
  path: (string | number)[];
  message: string;
}

/** Claim ids may not take the form of a correction's anchor. */
export const CORRECTION_ANCHOR_PREFIX = 'correction-';

/**
 * Every way a source's corrections contradict its claims or dates.
 *
 * @example
 * correctionProblems({ ...data, corrections: [{ date: '2026-01-02', text: 't', reason: 'r', claims: ['fig-x'] }] })
 * // [{ path: ['corrections', 0, 'claims', 0], message: 'no claim of this source has the id "fig-x"' }] when it has none
 */
export function correctionProblems(source: Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events' | 'published' | 'corrections' | 'updated'>): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  const claims = claimsOf(source);
  const ids = new Set(claims.map((c) => c.id));
  for (const c of claims) {
    if (c.id.startsWith(CORRECTION_ANCHOR_PREFIX)) problems.push({ path: [...c.field.replace(/\]$/, '').split('['), 'id'].map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: `claim ids may not begin with "${CORRECTION_ANCHOR_PREFIX}": that is how corrections are anchored` });
  }
  const removed = new Map<string, number>();
  (source.corrections ?? []).forEach((c, i) => {
    if (c.date < source.published) problems.push({ path: ['corrections', i, 'date'], message: `a correction cannot predate the article (${source.published})` });
    if (source.updated && source.updated < c.date) problems.push({ path: ['updated'], message: `updated (${source.updated}) is earlier than the correction of ${c.date}; set it to the latest change` });
    (c.claims ?? []).forEach((id, j) => {
      if (!ids.has(id)) problems.push({ path: ['corrections', i, 'claims', j], message: `no claim of this source has the id "${id}"${removed.has(id) ? ' (an earlier correction removed it)' : ''}` });
    });
    (c.removedClaims ?? []).forEach((id, j) => {
      if (ids.has(id)) problems.push({ path: ['corrections', i, 'removedClaims', j], message: `claim "${id}" still exists; a removed claim's id is never reused (give the new claim a new id and list it under claims)` });
      else if (removed.has(id)) problems.push({ path: ['corrections', i, 'removedClaims', j], message: `claim "${id}" was already removed by corrections[${removed.get(id)}]` });
      else removed.set(id, i);
    });
  });
  if (source.updated && source.updated < source.published) problems.push({ path: ['updated'], message: `updated (${source.updated}) is earlier than the article (${source.published})` });
  return problems;
}
