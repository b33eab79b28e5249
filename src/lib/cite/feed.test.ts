import { describe, expect, it } from 'vitest';
import { feedItems } from './feed';
import { source } from '../../../tests/helpers/builders';

describe('feedItems', () => {
  it('lists sources newest first, month-precision dates on the first of the month', () => {
    const items = feedItems([source('a', { published: '2025-05', datePrecision: 'month', dateInferred: true }), source('b', { published: '2025-11-08' })], () => 'O');
    expect(items.map((i) => i.link)).toEqual(['/sources/b/', '/sources/a/']);
    expect(items[1]!.pubDate.toISOString()).toBe('2025-05-01T00:00:00.000Z');
    expect(items[1]!.description).toBe('O, May 2025 (approximate). s');
  });
  it('carries corrections and data releases as items, all newest first', () => {
    const items = feedItems([
      source('a', { published: '2025-05-01', corrections: [{ date: '2026-01-05', text: 'Value corrected.', reason: 'Misread.', claims: [] }] }),
      source('b', { published: '2025-11-08' }),
    ], () => 'O', [{ version: '2026-01-05', date: '2026-01-05', notes: 'First release.', cutoff: '2026-01-05' }, { version: '2026-02-01', date: '2026-02-01', notes: 'Second.', cutoff: '2025-11' }]);
    expect(items.map((i) => i.link)).toEqual(['/data/releases/2026-02-01/', '/data/releases/2026-01-05/', '/sources/a/#correction-2026-01-05', '/sources/b/', '/sources/a/']);
    expect(items[2]).toMatchObject({ title: 'Correction: Title of a', categories: ['Correction'], description: 'O, 1 May 2025. Corrected 5 January 2026: Value corrected. Why: Misread.' });
    expect(items[0]).toMatchObject({ title: 'Data release 2026-02-01', categories: ['Data release'], description: 'Second. Data up to November 2025.' });
  });
});
