import { describe, expect, it } from 'vitest';
import { findQuote, normalise, normaliseQuote, slugify } from './text';

describe('normalise', () => {
  it('collapses white space of every kind and maps typographic quotes', () => {
    expect(normalise('a\u00A0\u00A0b\n\tc « d » l’e').text).toBe('a b c " d " l\'e');
  });
  it('keeps a map back to raw offsets', () => {
    const n = normalise('x  y');
    expect(n.text).toBe('x y');
    expect(n.map).toEqual([0, 1, 3, 4]);
  });
});

describe('normaliseQuote', () => {
  it('trims', () => expect(normaliseQuote('  “sacred  mission” ')).toBe('"sacred mission"'));
});

describe('findQuote', () => {
  it('finds a quote across a line break and typographic quotes', () => {
    const raw = 'He said\n“no”.';
    const r = findQuote(raw, 'said "no"');
    expect(r).toEqual({ start: 3, end: 12 });
    expect(raw.slice(r!.start, r!.end)).toBe('said\n“no”');
  });
  it('forgives no-break and thin spaces in numbers', () => {
    expect(findQuote('environ 15\u202F000 soldats', 'environ 15 000 soldats')).not.toBeNull();
  });
  it('does not forgive a changed word or number', () => {
    expect(findQuote('environ 15 000 soldats', 'environ 16 000 soldats')).toBeNull();
    expect(findQuote('environ 15 000 soldats', 'Environ 15 000 soldats')).toBeNull();
  });
  it('returns null for an empty quote', () => expect(findQuote('abc', '  ')).toBeNull());
});

describe('slugify', () => {
  it('drops accents and punctuation', () => {
    expect(slugify('Corée du Nord (RPDC)')).toBe('coree-du-nord-rpdc');
    expect(slugify('United Nations (voices within)')).toBe('united-nations-voices-within');
  });
});
