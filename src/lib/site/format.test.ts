import { describe, expect, it } from 'vitest';
import { countOf, formatDateAsWritten, formatDateSpan, formatFigureValue, formatNumber, formatPartialDate, inSentence, precisionOfDate } from './format';

describe('formatPartialDate', () => {
  it('writes each precision', () => {
    expect(formatPartialDate('2025-04-28', 'day')).toBe('28 April 2025');
    expect(formatPartialDate('2025-05', 'month')).toBe('May 2025');
    expect(formatPartialDate('2024-09', 'season')).toBe('autumn 2024');
    expect(formatPartialDate('2023', 'year')).toBe('2023');
  });
  it('writes qualifiers', () => {
    expect(formatPartialDate('2025-04', 'month', 'late')).toBe('late April 2025');
    expect(formatPartialDate('2025-07', 'month', 'mid')).toBe('mid-July 2025');
  });
  it('never claims more precision than the date has', () => {
    expect(formatPartialDate('2025', 'day')).toBe('2025');
  });
});

describe('formatDateSpan', () => {
  it('writes spans', () => expect(formatDateSpan('1950', '1953', 'year')).toBe('1950–1953'));
});

describe('formatFigureValue', () => {
  it('writes exact values, ranges and qualifiers', () => {
    expect(formatFigureValue({ low: 11000, high: 11000, qualifier: 'exact' })).toBe('11,000');
    expect(formatFigureValue({ low: 10000, high: 12000, qualifier: 'exact' })).toBe('10,000–12,000');
    expect(formatFigureValue({ low: 14000, high: 14000, qualifier: 'up to' })).toBe('up to 14,000');
    expect(formatFigureValue({ low: 600, high: 600, qualifier: 'nearly' })).toBe('nearly 600');
  });
  it('says when the article denies the count', () => {
    expect(formatFigureValue({ low: 5000, high: 5000, qualifier: 'exact', negated: true })).toBe('not 5,000');
    expect(formatFigureValue({ low: 5000, high: 5000, qualifier: 'at least', negated: true })).toBe('not at least 5,000');
  });
  it('never invents a number', () => {
    expect(formatFigureValue({ statedAs: 'des milliers (thousands)', qualifier: 'exact' })).toBe('no number: “des milliers (thousands)”');
  });
  it('formats numbers with commas', () => expect(formatNumber(1500000)).toBe('1,500,000'));
});

describe('formatDateAsWritten', () => {
  it('reads a date at the precision it is written at', () => {
    expect(['2025-04-28', '2025-06', '2024'].map(formatDateAsWritten)).toEqual(['28 April 2025', 'June 2025', '2024']);
  });
});

describe('precisionOfDate', () => {
  it('reads the precision from the form', () => {
    expect(['2025-04-28', '2025-04', '2025'].map(precisionOfDate)).toEqual(['day', 'month', 'year']);
  });
});

describe('countOf', () => {
  it('puts the noun in the number the count asks for', () => {
    expect(countOf(1, 'figure')).toBe('1 figure');
    expect(countOf(0, 'figure')).toBe('0 figures');
    expect(countOf(12000, 'source')).toBe('12,000 sources');
    expect(countOf(2, 'entity', 'entities')).toBe('2 entities');
  });
});

describe('inSentence', () => {
  it('lowercases a description that opens with an article, and only that', () => {
    expect(inSentence('An international body (not named in the article)')).toBe('an international body (not named in the article)');
    expect(inSentence('A lawmaker')).toBe('a lawmaker');
    expect(inSentence('The Pentagon')).toBe('the Pentagon');
    expect(inSentence('Western intelligence services')).toBe('Western intelligence services');
    expect(inSentence('Anthony Blinken')).toBe('Anthony Blinken');
    expect(inSentence('Theodore')).toBe('Theodore');
  });
});
