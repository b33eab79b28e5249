import { describe, expect, it } from 'vitest';
import { bundleOfId, dateCursor, relevanceCursor } from './order';

interface R { id: string; date: string }
const r = (id: string, date: string): R => ({ id, date });

// As Pagefind returns a date sort over two merged bundles: each in order, zipped by position.
const zipped = [r('fr_a', '20251108'), r('en_b', '20250505'), r('fr_c', '20250605'), r('en_d', '202504'), r('fr_e', '20250428'), r('fr_f', '2024')];

describe('dateCursor', () => {
  it('merges the bundles’ lists into one date order, newest first', async () => {
    const loaded: string[] = [];
    const c = dateCursor(zipped, (x) => bundleOfId(x.id), 'desc', async (x) => { loaded.push(x.id); return x.date; });
    expect((await c.next(3)).map((x) => x.id)).toEqual(['fr_a', 'fr_c', 'en_b']);
    // Only the first three of each bundle were read for the first three results.
    expect(loaded.sort()).toEqual(['en_b', 'en_d', 'fr_a', 'fr_c', 'fr_e']);
    expect((await c.next(10)).map((x) => x.id)).toEqual(['fr_e', 'en_d', 'fr_f']);
    expect(c.taken).toBe(6);
    expect(await c.next(1)).toEqual([]);
  });

  it('merges oldest first, with an unreadable date last and ties in bundle order', async () => {
    const asc = [r('en_a', '2024'), r('fr_b', '2024'), r('en_c', 'x'), r('fr_d', '20250101')];
    const c = dateCursor(asc, (x) => bundleOfId(x.id), 'asc', async (x) => { if (x.date === 'x') throw new Error('no data'); return x.date; });
    expect((await c.next(10)).map((x) => x.id)).toEqual(['en_a', 'fr_b', 'fr_d', 'en_c']);
  });

  it('keeps a single bundle’s order', async () => {
    const one = [r('en_a', '3'), r('en_b', '2'), r('en_c', '1')];
    expect((await dateCursor(one, (x) => bundleOfId(x.id), 'desc', async (x) => x.date).next(5)).map((x) => x.id)).toEqual(['en_a', 'en_b', 'en_c']);
  });
});

describe('relevanceCursor', () => {
  it('keeps Pagefind’s order, a screenful at a time', async () => {
    const c = relevanceCursor(['a', 'b', 'c']);
    expect(await c.next(2)).toEqual(['a', 'b']);
    expect(await c.next(2)).toEqual(['c']);
    expect([c.total, c.taken]).toEqual([3, 3]);
  });
});

describe('bundleOfId', () => {
  it('reads the language prefix of a result id', () => {
    expect(bundleOfId('fr_91c771c')).toBe('fr');
    expect(bundleOfId('unknown_1')).toBe('unknown');
    expect(bundleOfId('nounderscore')).toBe('');
  });
});
