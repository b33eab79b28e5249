import { describe, expect, it } from 'vitest';
import { comparePartialDates, findDates } from './dates';

const dates = (t: string) => findDates(t).map(({ date, precision, qualifier }) => ({ date, precision, ...(qualifier ? { qualifier } : {}) }));

describe('findDates', () => {
  it('reads French day dates, with or without the article', () => {
    expect(dates('Le 28 avril 2025, la Corée du Nord a reconnu')).toEqual([{ date: '2025-04-28', precision: 'day' }]);
    expect(dates('le 1er mai 2025')).toEqual([{ date: '2025-05-01', precision: 'day' }]);
  });
  it('reads English day dates in both orders', () => {
    expect(dates('on 28 April 2025 and (April 25, 2019)')).toEqual([
      { date: '2025-04-28', precision: 'day' },
      { date: '2019-04-25', precision: 'day' },
    ]);
  });
  it('reads numeric day-first dates', () => {
    expect(dates('08.11.2025 16:45')).toEqual([{ date: '2025-11-08', precision: 'day' }]);
    expect(dates('31.02.2025')).toEqual([]);
  });
  it('reads French abbreviated months and ISO dates, as datelines print them', () => {
    expect(dates('Publié le 20 déc. 2024 à 07h30')).toEqual([{ date: '2024-12-20', precision: 'day' }]);
    expect(dates('13 janv. 2025 à 16:48')).toEqual([{ date: '2025-01-13', precision: 'day' }]);
    expect(dates('le 3 févr. 2025, le 1er juil. 2024')).toEqual([{ date: '2025-02-03', precision: 'day' }, { date: '2024-07-01', precision: 'day' }]);
    expect(dates('2025-01-17 18:05')).toEqual([{ date: '2025-01-17', precision: 'day' }]);
    expect(dates('2025-13-01')).toEqual([{ date: '2025', precision: 'year' }]);
  });
  it('reads months with qualifiers in both languages', () => {
    expect(dates('in April 2025')).toEqual([{ date: '2025-04', precision: 'month' }]);
    expect(dates('fin avril 2025')).toEqual([{ date: '2025-04', precision: 'month', qualifier: 'late' }]);
    expect(dates('At the end of April 2025,')).toEqual([{ date: '2025-04', precision: 'month', qualifier: 'late' }]);
    expect(dates('Depuis octobre 2024,')).toEqual([{ date: '2024-10', precision: 'month' }]);
  });
  it('reads seasons', () => {
    expect(dates('depuis l’automne 2024.')).toEqual([{ date: '2024-09', precision: 'season' }]);
    expect(dates('in the summer of 2025')).toEqual([{ date: '2025-06', precision: 'season' }]);
  });
  it('reads bare years but not numbers that merely look like them', () => {
    expect(dates('la guerre de Corée (1950-1953)').map((d) => d.date)).toEqual(['1950', '1953']);
    expect(dates('signature en 2023 d’un pacte')).toEqual([{ date: '2023', precision: 'year' }]);
    expect(dates('environ 2 000 soldats, 12,000 soldiers, 1.2000')).toEqual([]);
  });
  it('ignores invalid days', () => {
    expect(dates('32 avril 2025')).toEqual([{ date: '2025-04', precision: 'month' }]);
  });
});

describe('comparePartialDates', () => {
  it('orders partial dates in calendar order', () => {
    expect(['2025-04-28', '2024', '2025-04', '2024-10'].sort(comparePartialDates)).toEqual(['2024', '2024-10', '2025-04', '2025-04-28']);
  });
});
