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
});
