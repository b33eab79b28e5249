import { describe, expect, it } from 'vitest';
import { diffReleases, releaseData } from './changes';
import { event, figure, reaction, source } from '../../../tests/helpers/builders';
import { releaseFiles } from '../../../tests/helpers/releases';

const killed = (id: string, n: number) => figure(id, { topic: 'casualties', measure: 'killed', low: n, high: n });
const troops = (id: string, n: number) => figure(id, { low: n, high: n, qualifier: 'about' });
const data = (sources: ReturnType<typeof source>[]) => releaseData(new Map(releaseFiles(sources).map((f) => [f.path, f.bytes])));

// Release 1: an earlier count of 3,000 killed, and a later one of 1,000 (a conflict).
const v1 = [
  source('a-2025-03-01', { published: '2025-03-01', figures: [killed('early', 3000), troops('t1', 10000)], events: [event('ev-a')], reactions: [reaction('re-a')] }),
  source('b-2025-06-01', { published: '2025-06-01', figures: [killed('late', 1000), troops('gone', 5000)] }),
];
// Release 2: the later count corrected to 4,000 (no longer a conflict), a figure removed, a troop figure corrected, a new source with a low count.
const v2 = [
  source('a-2025-03-01', { ...v1[0]!.data, figures: [killed('early', 3000), troops('t1', 12000)], corrections: [{ date: '2026-01-06', text: 'Troops read as 12,000.', reason: 'Misread.', claims: ['t1'] }] }),
  source('b-2025-06-01', { ...v1[1]!.data, figures: [killed('late', 4000)], corrections: [
    { date: '2026-01-05', text: 'The killed figure is 4,000.', reason: 'Typo.', claims: ['late'] },
    { date: '2026-01-05', text: 'A troop figure removed.', reason: 'It was the planned number.', removedClaims: ['gone'] },
  ] }),
  source('c-2025-07-01', { published: '2025-07-01', figures: [killed('low', 500)], events: [event('ev-c', { what: 'Talks' })] }),
];

describe('diffReleases', () => {
  const c = diffReleases(data(v1), data(v2));

  it('lists sources added and the corrections new in the release, newest first', () => {
    expect(c.first).toBe(false);
    expect(c.sourcesAdded.map((s) => s.source_id)).toEqual(['c-2025-07-01']);
    expect(c.sourcesRemoved).toEqual([]);
    expect(c.corrections.map((k) => `${k.source_id}#${k.id}`)).toEqual(['a-2025-03-01#correction-2026-01-06', 'b-2025-06-01#correction-2026-01-05', 'b-2025-06-01#correction-2026-01-05-2']);
  });

  it('gives each changed figure its old and new value and the correction that explains it', () => {
    expect(c.figuresChanged.map((f) => ({ id: f.after.claim_id, fields: f.fields, by: f.corrections.map((k) => k.id) }))).toEqual([
      { id: 't1', fields: [{ field: 'Value', before: 'about 10,000', after: 'about 12,000' }], by: ['correction-2026-01-06'] },
      { id: 'late', fields: [{ field: 'Value', before: '1,000', after: '4,000' }], by: ['correction-2026-01-05'] },
    ]);
  });

  it('lists figures added, and removed with the correction that removed them', () => {
    expect(c.figuresAdded.map((r) => r.claim_id)).toEqual(['low']);
    expect(c.figuresRemoved.map((r) => ({ id: r.row.claim_id, by: r.corrections.map((k) => k.text) }))).toEqual([{ id: 'gone', by: ['A troop figure removed.'] }]);
  });

  it('lists disagreements that appeared and were resolved', () => {
    const pair = (p: { a: { claim_id: string }; b: { claim_id: string }; reason: string }) => `${p.a.claim_id}/${p.b.claim_id} ${p.reason}`;
    expect(c.disagreementsResolved.map(pair)).toEqual(['early/late higher-than-later']);
    expect(c.disagreementsAppeared.map(pair).sort()).toEqual(['early/low higher-than-later', 'late/low higher-than-later']);
    expect(c.disagreementsUncertain).toBe(0);
  });

  it('lists the other claims added, removed or changed', () => {
    expect(c.events.added.map((r) => r.claim_id)).toEqual(['ev-c']);
    expect(c.events.removed).toEqual([]);
    expect(c.reactions).toEqual({ added: [], removed: [], changed: [] });
    expect(c.entities).toEqual({ added: [], removed: [], changed: [] });
  });

  it('is empty between identical releases', () => {
    const same = diffReleases(data(v2), data(v2));
    expect([same.sourcesAdded, same.corrections, same.figuresAdded, same.figuresChanged, same.figuresRemoved, same.disagreementsAppeared, same.disagreementsResolved].every((l) => l.length === 0)).toBe(true);
  });

  it('with no earlier release, everything is added', () => {
    const first = diffReleases(null, data(v1));
    expect(first.first).toBe(true);
    expect(first.sourcesAdded).toHaveLength(2);
    expect(first.figuresAdded).toHaveLength(4);
    expect(first.disagreementsAppeared).toHaveLength(1);
  });

  it('does not claim a pair appeared when an earlier row named only its nearest conflicts', () => {
    const before = data(v1);
    const early = before.figures.find((r) => r.claim_id === 'early')!;
    // As if the earlier row had listed only some of its conflicts.
    early.disagrees_with_complete = false;
    const d = diffReleases(before, data(v2));
    expect(d.disagreementsAppeared.map((p) => p.b.claim_id)).toEqual(['low']);
    expect(d.disagreementsAppeared).toHaveLength(1);
    expect(d.disagreementsUncertain).toBe(1);
  });

  it('tags a changed quotation with the article’s language', () => {
    const fr = (quote: string) => [source('f-2025-05-01', { language: 'fr', figures: [figure('q', { quote })] })];
    expect(diffReleases(data(fr('environ 5 000')), data(fr('près de 5 000'))).figuresChanged[0]!.fields)
      .toEqual([{ field: 'Quotation', before: 'environ 5 000', after: 'près de 5 000', lang: 'fr' }]);
  });

  it('notes a changed figure no correction explains', () => {
    const silent = [v1[0]!, source('b-2025-06-01', { ...v1[1]!.data, figures: [killed('late', 1200), troops('gone', 5000)] })];
    const d = diffReleases(data(v1), data(silent));
    expect(d.figuresChanged.map((f) => [f.after.claim_id, f.corrections.length])).toEqual([['late', 0]]);
  });
});
