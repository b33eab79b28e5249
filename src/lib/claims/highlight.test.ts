import { describe, expect, it } from 'vitest';
import { segmentClaims } from './highlight';

describe('segmentClaims', () => {
  it('returns one plain segment without claims', () => {
    expect(segmentClaims(5, [])).toEqual([{ start: 0, end: 5, claims: [], starts: [] }]);
  });
  it('cuts around a claim', () => {
    expect(segmentClaims(10, [{ id: 'a', start: 2, end: 5 }])).toEqual([
      { start: 0, end: 2, claims: [], starts: [] },
      { start: 2, end: 5, claims: ['a'], starts: ['a'] },
      { start: 5, end: 10, claims: [], starts: [] },
    ]);
  });
  it('handles identical and overlapping quotes', () => {
    const s = segmentClaims(10, [{ id: 'a', start: 0, end: 6 }, { id: 'b', start: 0, end: 6 }, { id: 'c', start: 4, end: 10 }]);
    expect(s).toEqual([
      { start: 0, end: 4, claims: ['a', 'b'], starts: ['a', 'b'] },
      { start: 4, end: 6, claims: ['a', 'b', 'c'], starts: ['c'] },
      { start: 6, end: 10, claims: ['c'], starts: [] },
    ]);
  });
});
