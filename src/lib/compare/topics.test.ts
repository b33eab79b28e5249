import { describe, expect, it } from 'vitest';
import { figure, reaction, source, transfer } from '../../../tests/helpers/builders';
import { selectClaims, topicsOfClaim, topicsOfSource, type TopicDef } from './topics';

const topic = (id: string, order: number, select: TopicDef['select']): TopicDef => ({ id, title: id, navLabel: id, description: 'd', order, select });
const topics = [
  topic('casualties', 2, { kind: 'figure', figureTopics: ['casualties'] }),
  topic('troops', 1, { kind: 'figure', figureTopics: ['troops'] }),
  topic('transfers', 3, { kind: 'transfer' }),
  topic('missiles', 5, { kind: 'transfer', categories: ['missiles'] }),
  topic('kim', 6, { kind: 'reaction', actors: ['Kim Jong Un'] }),
];
const a = source('a', {
  figures: [figure('f1'), figure('f2', { topic: 'casualties', measure: 'killed' })],
  transfers: [transfer('t1', { category: 'missiles' })],
  reactions: [reaction('r1')],
});

describe('selectClaims', () => {
  it('gathers the claims a topic selects, narrowing by its filters', () => {
    expect(selectClaims([a], topics[1]!.select).map((s) => s.claim.id)).toEqual(['f1']);
    expect(selectClaims([a], topics[3]!.select).map((s) => s.claim.id)).toEqual(['t1']);
    expect(selectClaims([a], topics[4]!.select)).toEqual([]);
  });
  it('leaves out a figure the article says did not happen: it is no estimate', () => {
    const denied = source('b', { figures: [figure('f3', { topic: 'casualties', measure: 'killed', negated: true }), figure('f4', { topic: 'casualties', measure: 'killed' })] });
    expect(selectClaims([denied], topics[0]!.select).map((s) => s.claim.id)).toEqual(['f4']);
  });
});

describe('topicsOfSource', () => {
  it('lists the topics a source appears on, in topic order', () => {
    expect(topicsOfSource(a, topics).map((t) => t.id)).toEqual(['troops', 'casualties', 'transfers', 'missiles']);
  });
});

describe('topicsOfClaim', () => {
  it('finds every topic that gathers a claim', () => {
    expect(topicsOfClaim('transfer', a.data.transfers[0]!, topics).map((t) => t.id)).toEqual(['transfers', 'missiles']);
    expect(topicsOfClaim('reaction', reaction('r', { actor: 'Kim Jong Un' }), topics).map((t) => t.id)).toEqual(['kim']);
  });
});
