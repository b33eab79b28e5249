import { describe, expect, it } from 'vitest';
import { parseNumbers } from './numbers';

const values = (t: string) => parseNumbers(t).map((n) => n.value);

describe('parseNumbers', () => {
  it('reads French and English thousands separators', () => {
    expect(values('10 000 soldats')).toEqual([10000]);
    expect(values('10\u00A0000 et 15\u202F000 et 12\u2009000')).toEqual([10000, 15000, 12000]);
    expect(values('between 10,000 and 12,000 soldiers')).toEqual([10000, 12000]);
    expect(values('10.000 Soldaten')).toEqual([10000]);
  });
  it('reads plain numbers and decimals with scale words', () => {
    expect(values('près de 600 soldats')).toEqual([600]);
    expect(values('1,5 million de munitions, 2.5 millions of shells')).toEqual([1500000, 2500000]);
  });
  it('reads numbers in words in both languages', () => {
    expect(values('dix mille soldats')).toEqual([10000]);
    expect(values('ten thousand troops')).toEqual([10000]);
    expect(values('twelve thousand five hundred')).toEqual([12500]);
    expect(values('quatre-vingt-dix soldats')).toEqual([90]);
    expect(values('a thousand men')).toEqual([1000]);
  });
  it('does not read articles, small words or vague plurals as figures', () => {
    expect(values('un soutien total entre les deux pays')).toEqual([]);
    expect(values('des milliers d’autres blessés, des millions de cartouches, thousands wounded')).toEqual([]);
  });
  it('skips dates, times and names with numbers', () => {
    expect(values('Le 28 avril 2025, jusqu’à 14 000 soldats')).toEqual([14000]);
    expect(values('08.11.2025 16:45')).toEqual([]);
    expect(values('le missile Hwasong-20 et le Su-27')).toEqual([]);
    expect(values('Depuis octobre 2024, environ 15 000 soldats')).toEqual([15000]);
  });
  it('gives raw ranges', () => {
    const [n] = parseNumbers('environ 5 000 militaires');
    expect(n).toMatchObject({ value: 5000, start: 8, end: 13, text: '5 000' });
  });
});
