import { describe, expect, it } from 'vitest';
import { describeReading, NOTATIONS, readingLanguage } from './notations';
import { parseNumbers, readNumbers } from './numbers';

const values = (t: string) => parseNumbers(t).map((n) => n.value);
const rows = NOTATIONS.flatMap((g) => g.rows.map((r) => ({ group: g.title, ...r })));

describe('the table of notations', () => {
  it('has at least 80 cases in English and French', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(rows.filter((r) => r.lang === 'fr').length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(30);
  });
  it('reads the ambiguous notation by the article\'s language: a comma before "million"', () => {
    expect(readNumbers('1,500 million', { language: 'fr' }).numbers.map((n) => n.value)).toEqual([1500000]);
    expect(readNumbers('1,500 million', { language: 'en' }).numbers.map((n) => n.value)).toEqual([1500000000]);
  });
  it.each(rows.map((r) => [r.text, r] as const))('%s', (_t, row) => {
    const reading = readNumbers(row.text, { language: readingLanguage(row) });
    expect(reading.numbers.map((n) => n.value), `${row.group}: what "${row.text}" reads`).toEqual(row.reads);
    expect(reading.setAside.map((s) => s.kind), `${row.group}: what "${row.text}" sets aside`).toEqual(row.setAside ?? []);
  });
});

describe('ranges', () => {
  it('are read only where the text writes one', () => {
    const ranges = (t: string) => readNumbers(t).ranges.map((r) => [r.low.value, r.high.value]);
    expect(ranges('between 10,000 and 12,000 troops')).toEqual([[10000, 12000]]);
    expect(ranges('10,000-12,000 troops')).toEqual([[10000, 12000]]);
    expect(ranges('10,000 and 12,000 troops')).toEqual([]);
    expect(ranges('10,000 or 12,000 troops')).toEqual([]);
    expect(ranges('3 generals and 12,000 troops')).toEqual([]);
    expect(ranges('3 generals to 12,000 troops')).toEqual([]);
    expect(ranges('entre 3 généraux et 12 000 soldats')).toEqual([]);
  });
});

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

describe('readNumbers', () => {
  it('gives each range with its two ends and its span', () => {
    const r = readNumbers('estimated at entre 10 et 12 000 soldats');
    expect(r.ranges).toHaveLength(1);
    expect(r.ranges[0]).toMatchObject({ text: '10 et 12 000', low: { value: 10000 }, high: { value: 12000 } });
  });
  it('lists every numeric span a quote may not cut, counts and set-aside alike', () => {
    const r = readNumbers('Le 3 mars, environ 110 000 soldats (40 %) du 2e corps.');
    expect(r.spans.map((s) => s.text)).toEqual(['3 mars', '110 000', '40 %', '2e']);
  });
  it('keeps number words whole, including their connectives', () => {
    expect(readNumbers('vingt et un soldats').spans.map((s) => s.text)).toEqual(['vingt et un']);
    expect(readNumbers('dix mille et des poussières').spans.map((s) => s.text)).toEqual(['dix mille']);
  });
});

describe('describeReading', () => {
  it('shows a range as one reading and names what it sets aside', () => {
    expect(describeReading('entre 10 et 12 000 soldats depuis 2023', 'fr')).toEqual({ counts: ['10,000–12,000'], setAside: [{ text: '2023', kind: 'year' }] });
    expect(describeReading('10,000 or 12,000 troops on March 3')).toEqual({ counts: ['10,000', '12,000'], setAside: [{ text: 'March 3', kind: 'date' }] });
  });
});

describe('number words a broadcaster hyphenates, and approximate thousands (issue 25, third round; fictional)', () => {
  const values = (t: string, language?: 'en' | 'fr') => readNumbers(t, { language }).numbers.map((n) => n.value);
  it('reads "15-thousand" and "four-thousand-100"', () => {
    expect(values('a fleet of 15-thousand sailors', 'en')).toEqual([15000]);
    expect(values('another four-thousand-100 sailors', 'en')).toEqual([4100]);
    expect(values('deux mille-300 marins', 'fr')).toEqual([2300]);
  });
  it('reads "une dizaine de milliers" as ten thousand, and keeps names with digits apart', () => {
    expect(values("l'arrivée d'une dizaine de milliers de marins", 'fr')).toEqual([10000]);
    expect(values('deux vingtaines de milliers de marins', 'fr')).toEqual([40000]);
    expect(readNumbers('the Vostok-20 and the thousand-men parade', { language: 'en' }).setAside.map((a) => a.kind)).toEqual(['name']);
  });
});
