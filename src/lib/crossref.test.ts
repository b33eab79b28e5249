import { describe, expect, it } from 'vitest';
import { groupFigures, groupReactions, groupTransfers } from './crossref';
import { figure, reaction, source, transfer } from './testing';
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
    expect(killed.rows.map((r) => [r.item.claim.id, r.disagreesWith.map((d) => d.claim.id)])).toEqual([['f2', ['f4']], ['f4', ['f2']]]);
    const deployed = groups[0]!;
    expect(deployed.rows.map((r) => [r.item.claim.id, r.disagreesWith.map((d) => d.claim.id)])).toEqual([['f1', ['f3']], ['f3', ['f1']]]);
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
