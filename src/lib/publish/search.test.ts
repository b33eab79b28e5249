import { describe, expect, it } from 'vitest';
import { collectionFacets, sourceFacets } from './search';
import { figure, source, transfer } from '../../../tests/helpers/builders';
import type { TopicDef } from '../compare';

const topics: TopicDef[] = [
  { id: 'troops', title: 't', navLabel: 'Troops', description: 'd', order: 1, select: { kind: 'figure', figureTopics: ['troops'] } },
  { id: 'transfers', title: 't', navLabel: 'Transfers', description: 'd', order: 3, select: { kind: 'transfer' } },
];

describe('sourceFacets', () => {
  it('gives a source its kind, outlet, language, year and topics, and sorts by date', () => {
    const f = sourceFacets(source('a', { language: 'fr', published: '2025-07', datePrecision: 'month', dateInferred: true, figures: [figure('f')] }), 'Russafrik', topics);
    expect(f.filters).toEqual({ kind: ['Source'], outlet: ['Russafrik'], language: ['French'], year: ['2025'], topic: ['Troops'] });
    expect(f.sort).toEqual({ date: '2025-07' });
    expect(f.meta).toEqual({ outlet: 'Russafrik', date: 'July 2025 (approximate)', kind: 'Source' });
  });
});

describe('collectionFacets', () => {
  it('gives a topic page its topic, the outlets and years it draws on, sorted by its newest source', () => {
    const entries = [source('a', { published: '2024-10-01', transfers: [transfer('t')] }), source('b', { published: '2025-11-08' })];
    const f = collectionFacets('topic', 'Transfers', entries, (s) => (s.id === 'a' ? 'X' : 'Y'));
    expect(f.filters).toEqual({ kind: ['Topic page'], topic: ['Transfers'], outlet: ['X', 'Y'], year: ['2024', '2025'] });
    expect(f.sort.date).toBe('2025-11-08');
  });
});
