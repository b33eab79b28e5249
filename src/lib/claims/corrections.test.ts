import { describe, expect, it } from 'vitest';
import { correctionProblems } from './corrections';
import { event, figure, source } from '../../../tests/helpers/builders';

const base = source('x', { published: '2025-05', figures: [figure('fig-a'), figure('fig-new')], events: [event('ev-a')] }).data;
const ok = { date: '2026-01-05', text: 'The figure was misread.', reason: 'The article says 12,000, not 1,200.' };

describe('correctionProblems', () => {
  it('accepts corrections naming existing claims and removing ones that are gone', () => {
    expect(correctionProblems({ ...base, updated: '2026-01-06', corrections: [{ ...ok, claims: ['fig-a', 'ev-a'] }, { ...ok, date: '2026-01-06', removedClaims: ['fig-old'], claims: ['fig-new'] }] })).toEqual([]);
    expect(correctionProblems(base)).toEqual([]);
  });
  it('names a claim the source does not have, saying when an earlier correction removed it', () => {
    expect(correctionProblems({ ...base, corrections: [{ ...ok, claims: ['fig-zzz'] }] }))
      .toEqual([{ path: ['corrections', 0, 'claims', 0], message: 'no claim of this source has the id "fig-zzz"' }]);
    expect(correctionProblems({ ...base, corrections: [{ ...ok, removedClaims: ['fig-old'] }, { ...ok, claims: ['fig-old'] }] })[0])
      .toEqual({ path: ['corrections', 1, 'claims', 0], message: 'no claim of this source has the id "fig-old" (an earlier correction removed it)' });
  });
  it('refuses a removed claim whose id is still used, or removed twice', () => {
    expect(correctionProblems({ ...base, corrections: [{ ...ok, removedClaims: ['fig-a'] }] })[0]!.path).toEqual(['corrections', 0, 'removedClaims', 0]);
    expect(correctionProblems({ ...base, corrections: [{ ...ok, removedClaims: ['fig-old'] }, { ...ok, removedClaims: ['fig-old'] }] }))
      .toEqual([{ path: ['corrections', 1, 'removedClaims', 0], message: 'claim "fig-old" was already removed by corrections[0]' }]);
  });
  it('keeps dates in order: no correction before the article, no update before a correction', () => {
    expect(correctionProblems({ ...base, corrections: [{ ...ok, date: '2025-04-30' }] })[0]!.path).toEqual(['corrections', 0, 'date']);
    expect(correctionProblems({ ...base, corrections: [{ ...ok, date: '2025-05-02' }] })).toEqual([]);
    expect(correctionProblems({ ...base, updated: '2026-01-04', corrections: [ok] })).toEqual([{ path: ['updated'], message: 'updated (2026-01-04) is earlier than the correction of 2026-01-05; set it to the latest change' }]);
    expect(correctionProblems({ ...base, updated: '2025-04-01' })[0]!.path).toEqual(['updated']);
  });
  it('keeps claim ids apart from correction anchors', () => {
    expect(correctionProblems({ ...base, figures: [figure('correction-2026-01-05')] })[0]!.path).toEqual(['figures', 0, 'id']);
  });
});
