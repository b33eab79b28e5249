import { describe, expect, it } from 'vitest';
import { chartInputsOf, dateOf, estimatorOf, groupFigures, topicRowId, groupReactions, groupTransfers, topicSections, topicView, type MeasureGroup } from './crossref';
import { figure, reaction, source, transfer } from '../../../tests/helpers/builders';
import { selectClaims } from './topics';

const entries = [
  source('a', {
    published: '2025-05',
    figures: [figure('f1', { low: 10000, high: 12000 }), figure('f2', { topic: 'casualties', measure: 'killed', low: 600, high: 600, qualifier: 'nearly' })],
    transfers: [transfer('t1'), transfer('t2', { direction: 'to-north-korea', category: 'air-defence', item: 'Air defence' })],
    reactions: [reaction('r1'), reaction('r2', { actor: 'Kim Jong Un', actorKind: 'person', kind: 'support' })],
  }),
  source('b', {
    published: '2025-11-08',
    figures: [
      figure('f3', { low: 15000, high: 15000, qualifier: 'about' }),
      figure('f4', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000, qualifier: 'about' }),
      figure('f5', { topic: 'casualties', measure: 'wounded', statedAs: 'des milliers' }),
    ],
    transfers: [transfer('t3'), transfer('t4', { category: 'missiles', item: 'Missiles' })],
    reactions: [reaction('r3'), reaction('r4', { actor: 'South Korea', kind: 'concern' })],
  }),
];

describe('groupFigures', () => {
  const groups = groupFigures(selectClaims(entries, { kind: 'figure' }));
  it('keeps measures apart and lists figures without a number separately', () => {
    expect(groups.map((g) => g.measure)).toEqual(['deployed', 'killed', 'wounded']);
    expect(groups[2]!.rows).toEqual([]);
    expect(groups[2]!.unnumbered.map((i) => i.claim.id)).toEqual(['f5']);
  });
  it('says which estimates disagree, within a measure only', () => {
    const killed = groups[1]!;
    const against = (g: MeasureGroup) => g.rows.map(({ item, disagreement: d }) =>
      [item.claim.id, d.below, d.nearestBelow.map((x) => x.claim.id), d.above, d.nearestAbove.map((x) => x.claim.id)]);
    expect(against(killed)).toEqual([['f2', 0, [], 1, ['f4']], ['f4', 1, ['f2'], 0, []]]);
    const deployed = groups[0]!;
    expect(against(deployed)).toEqual([['f1', 0, [], 1, ['f3']], ['f3', 1, ['f1'], 0, []]]);
  });
});

describe('topicRowId', () => {
  it('joins source and claim ids with two hyphens, which neither id contains', () => {
    const [item] = selectClaims(entries, { kind: 'figure' });
    expect(topicRowId(item!)).toBe('a--f1');
  });
});

describe('estimatorOf', () => {
  it('names who estimated a figure, or says it is not stated', () => {
    const [a, b] = selectClaims([source('e', { figures: [figure('x', { attribution: { estimatedBy: 'the NIS' } }), figure('y')] })], { kind: 'figure' });
    expect([estimatorOf(a!), estimatorOf(b!)]).toEqual(['the NIS', 'estimator not stated']);
  });
});

describe('groupFigures at scale', () => {
  it('counts every disagreeing estimate but names only the nearest on each side', () => {
    const many = [source('m', { figures: Array.from({ length: 50 }, (_, i) => figure(`k${i}`, { low: (i + 1) * 1000, high: (i + 1) * 1000 })) })];
    const [deployed] = groupFigures(selectClaims(many, { kind: 'figure' }), 2);
    const row = deployed!.rows.find((r) => r.item.claim.id === 'k9')!; // 10,000
    expect([row.disagreement.below, row.disagreement.above]).toEqual([9, 40]);
    expect(row.disagreement.nearestBelow.map((x) => x.claim.low)).toEqual([9000, 8000]);
    expect(row.disagreement.nearestAbove.map((x) => x.claim.low)).toEqual([11000, 12000]);
  });
});

describe('groupFigures summaries', () => {
  const [deployed, killed, wounded] = groupFigures(selectClaims(entries, { kind: 'figure' }));
  it('finds the lowest, highest and latest estimate and counts sources', () => {
    expect(deployed!.lowest!.claim.id).toBe('f1');
    expect(deployed!.highest!.claim.id).toBe('f3');
    expect(deployed!.latest!.claim.id).toBe('f3');
    expect(deployed!.sourceCount).toBe(2);
    expect(killed!.lowest!.claim.id).toBe('f2');
  });
  it('breaks ties on the lowest estimate by the narrower range', () => {
    const [g] = groupFigures(selectClaims([source('x', { figures: [figure('wide', { low: 10000, high: 14000 }), figure('narrow', { low: 10000, high: 12000 })] })], { kind: 'figure' }));
    expect(g!.lowest!.claim.id).toBe('narrow');
    expect(g!.highest!.claim.id).toBe('wide');
  });
  it('never gives a range to figures without a number', () => {
    expect(wounded!.lowest).toBeUndefined();
    expect(wounded!.sourceCount).toBe(1);
  });
});

describe('dateOf', () => {
  it('prefers asOf to the publication date', () => {
    expect(dateOf({ source: entries[0]!, claim: figure('x', { asOf: '2025-04-30' }) })).toBe('2025-04-30');
    expect(dateOf({ source: entries[0]!, claim: figure('x') })).toBe('2025-05');
  });
});

describe('groupTransfers', () => {
  it('groups by direction then category, counting sources', () => {
    const groups = groupTransfers(selectClaims(entries, { kind: 'transfer' }));
    expect(groups.map((g) => [g.direction, g.categories.map((c) => `${c.category}:${c.items.length}/${c.sourceCount}`)])).toEqual([
      ['to-russia', ['troops:2/2', 'missiles:1/1']],
      ['to-north-korea', ['air-defence:1/1']],
    ]);
  });
});

describe('groupReactions', () => {
  it('groups by actor, states first, most-reported first', () => {
    const groups = groupReactions(selectClaims(entries, { kind: 'reaction' }));
    expect(groups.map((g) => `${g.actor}:${g.items.length}/${g.sourceCount}`)).toEqual(['United States:2/2', 'South Korea:1/1', 'Kim Jong Un:1/1']);
  });
});

describe('chartInputsOf', () => {
  it('plots only figures with a number, at the date they apply', () => {
    const [deployed, , wounded] = groupFigures(selectClaims(entries, { kind: 'figure' }));
    expect(chartInputsOf(deployed!)).toEqual([
      { id: 'a#f1', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' },
      { id: 'b#f3', date: '2025-11-08', low: 15000, high: 15000, qualifier: 'about', label: 'about 15,000' },
    ]);
    expect(chartInputsOf(wounded!)).toEqual([]);
  });
});

describe('topicView', () => {
  it('groups a topic by the kind of claims it gathers, narrowing by its selector', () => {
    const troops = topicView(entries, { kind: 'figure', figureTopics: ['troops'] });
    expect(troops.kind).toBe('figure');
    expect(troops.count).toBe(2);
    const transfers = topicView(entries, { kind: 'transfer', directions: ['to-north-korea'] });
    expect(transfers.count).toBe(1);
    expect(topicView(entries, { kind: 'reaction' }).count).toBe(4);
  });
});

describe('topicSections', () => {
  it('lists the sections of a topic page with their anchors', () => {
    expect(topicSections(topicView(entries, { kind: 'figure' })).map((s) => s.id)).toEqual(['measure-deployed', 'measure-killed', 'measure-wounded']);
    expect(topicSections(topicView(entries, { kind: 'transfer' }))).toEqual([{ id: 'direction-to-russia', label: 'North Korea to Russia' }, { id: 'direction-to-north-korea', label: 'Russia to North Korea' }]);
    expect(topicSections(topicView(entries, { kind: 'reaction' })).map((s) => s.label)).toEqual(['States', 'People']);
  });
});
