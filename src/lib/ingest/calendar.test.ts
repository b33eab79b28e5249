import { describe, expect, it } from 'vitest';
import { timeContext, timeExpressions, weekdayBefore, yearOfDay, type Reference } from './calendar';

const read = (text: string, ref: Reference) => timeExpressions(text, ref).map((e) => [e.text, e.kind, e.date, ...(e.asOf ? ['as of'] : [])]);

describe('timeExpressions', () => {
  it('resolves weekdays to the latest such day on or before the publication day', () => {
    // 23 October 2024 was a Wednesday.
    expect(read('as of Wednesday', { day: '2024-10-23' })).toEqual([['Wednesday', 'point', '2024-10-23', 'as of']]);
    expect(read('the Pentagon said on Tuesday', { day: '2024-10-23' })).toEqual([['Tuesday', 'point', '2024-10-22']]);
    expect(read('a affirmé vendredi le NIS', { day: '2024-10-18' })).toEqual([['vendredi', 'point', '2024-10-18']]);
    expect(read('Mercredi, le HUR a fait état', { day: '2025-03-12' })).toEqual([['Mercredi', 'point', '2025-03-12']]);
    expect(read('said last Thursday', { day: '2024-11-05' })).toEqual([['Thursday', 'point', '2024-10-31']]);
    expect(read('jeudi dernier', { day: '2024-12-19' })).toEqual([['jeudi dernier', 'point', '2024-12-12']]);
  });
  it('gives a week or weekend its month when it lies within one, and nothing when it straddles two', () => {
    expect(read('la semaine dernière', { day: '2024-10-18' })).toEqual([['la semaine dernière', 'period', '2024-10']]);
    expect(read('last week', { day: '2024-11-05' })).toEqual([['last week', 'period', null]]);
    expect(read('la semaine dernière', { day: '2025-11-05' })).toEqual([['la semaine dernière', 'period', null]]);
    expect(read('over the weekend', { day: '2024-10-23' })).toEqual([['over the weekend', 'period', '2024-10']]);
  });
  it('gives a month without a year the latest such month, or the next one for a target', () => {
    expect(read('in June', { day: '2025-09-04' })).toEqual([['June', 'point', '2025-06']]);
    expect(read('Last December', { day: '2025-10-28' })).toEqual([['Last December', 'point', '2024-12']]);
    expect(read('in late January', { day: '2025-02-12' })).toEqual([['late January', 'point', '2025-01']]);
    expect(read('à la mi-avril', { day: '2025-04-28' })).toEqual([['à la mi-avril', 'point', '2025-04']]);
    expect(read('at the end of October', { day: '2024-11-05' })).toEqual([['the end of October', 'point', '2024-10']]);
    expect(read('to reach about 10,000 by December', { day: '2024-10-23' })).toEqual([['December', 'point', '2024-12']]);
    expect(read('this month', { day: '2025-10-28' })).toEqual([['this month', 'point', '2025-10']]);
    expect(read('le mois dernier', { day: '2025-01-13' })).toEqual([['le mois dernier', 'point', '2024-12']]);
  });
  it('gives a day and month without a year the publication’s year', () => {
    expect(read('Le 3 mars, l’état-major a indiqué', { day: '2025-04-30' })).toEqual([['3 mars', 'point', '2025-03-03']]);
    expect(read('on March 3', { day: '2025-04-30' })).toEqual([['March 3', 'point', '2025-03-03']]);
    expect(read('le 28 décembre', { day: '2025-01-13' })).toEqual([['28 décembre', 'point', '2024-12-28']]);
  });
  it('resolves nothing without a reference: never the clock', () => {
    expect(read('Le 3 mars et mercredi, la semaine dernière, en juin', {})).toEqual([
      ['3 mars', 'point', null], ['mercredi', 'point', null], ['la semaine dernière', 'period', null], ['juin', 'point', null],
    ]);
    expect(read('le 28 avril 2025', {})).toEqual([['28 avril 2025', 'point', '2025-04-28']]);
  });
  it('tells spans, seasons, bare years, starts and vague times from dates', () => {
    expect(read('arriving in January and February', { day: '2025-02-12' })).toEqual([['January and February', 'period', null]]);
    expect(read('sent between October and December last year', { day: '2025-02-24' })).toEqual([['between October and December last year', 'period', null]]);
    expect(read('In 2024, 11,000 troops', { day: '2025-03-12' })).toEqual([['2024', 'vague', null]]);
    expect(read('à l’automne', { day: '2025-03-12' })).toEqual([['à l’automne', 'vague', null]]);
    expect(read('since January', { day: '2025-02-24' })).toEqual([['January', 'since', null]]);
    expect(read('depuis l’automne 2024', { day: '2025-11-05' })).toEqual([['automne 2024', 'since', null]]);
    expect(read('Au début du déploiement, at the time', { day: '2025-04-28' })).toEqual([['Au début du déploiement', 'vague', null], ['at the time', 'vague', null]]);
    expect(read('now', { day: '2025-10-28' })).toEqual([['now', 'now', '2025-10-28']]);
  });
  it('does not take the participle “été” or the verb “may” for a date', () => {
    expect(read('2 000 soldats ont été tués', { day: '2025-11-05' })).toEqual([]);
    expect(read('they may send more', { day: '2025-11-05' })).toEqual([]);
  });
});

describe('weekdayBefore, yearOfDay and timeContext', () => {
  it('count back to a weekday, pick the year of a day without one, and read “since” and “as of”', () => {
    expect(weekdayBefore('2024-11-05', 1)).toBe('2024-11-04');
    expect(weekdayBefore('2024-11-04', 1)).toBe('2024-11-04');
    expect(weekdayBefore('2024-11-04', 1, true)).toBe('2024-10-28');
    expect(yearOfDay('2025-01-13', 12, 28)).toBe(2024);
    expect(yearOfDay('2025-05-01', 6, 15)).toBe(2025);
    expect(timeContext('sent since January', 11)).toBe('since');
    expect(timeContext('as of Wednesday', 6)).toBe('as-of');
    expect(timeContext('said on Monday', 8)).toBeNull();
  });
});
