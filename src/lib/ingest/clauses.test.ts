import { describe, expect, it } from 'vitest';
import { clauseAround, joinBetween } from './clauses';

describe('clauseAround', () => {
  it('cuts at commas (not inside a number), semicolons, dashes, brackets and “and that”', () => {
    const s = 'It passed 3,000, including about 300 dead, he said.';
    expect(s.slice(clauseAround(s, 26, 29).start, clauseAround(s, 26, 29).end)).toBe(' including about 300 dead');
    const t = 'SEOUL, Oct 23 (Northwire) – About 3,000 soldiers were there, a lawmaker said';
    const r = clauseAround(t, 34, 39);
    expect(t.slice(r.start, r.end)).toBe('About 3,000 soldiers were there');
    const u = 'He said that 10,000 were there and that 8,000 had moved';
    const v = clauseAround(u, 13, 19);
    expect(u.slice(v.start, v.end)).toBe('He said that 10,000 were there');
    // "et quelque" is no "et que".
    const w = 'Environ 300 soldats ont été tués et quelque 2 700 blessés.';
    expect(clauseAround(w, 44, 49)).toEqual({ start: 0, end: w.length });
  });
});

describe('joinBetween', () => {
  it('finds where a quote may stop between two figures', () => {
    expect(joinBetween('1 000 démineurs et 5 000 ouvriers', 5, 19)).toEqual({ start: 15, end: 19 });
    expect(joinBetween('5,000 workers 1,000', 5, 14)).toBeNull();
  });
});
