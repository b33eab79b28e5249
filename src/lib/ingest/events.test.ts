import { describe, expect, it } from 'vitest';
import { eventsIn } from './events';

describe('eventsIn', () => {
  it('reads dates in both languages with their precision', () => {
    expect(eventsIn('Le 28 avril 2025, la Corée du Nord a reconnu.').map((e) => [e.date, e.precision])).toEqual([['2025-04-28', 'day']]);
    expect(eventsIn('At the end of April 2025, it confirmed.').map((e) => [e.date, e.precision, e.qualifier])).toEqual([['2025-04', 'month', 'late']]);
    expect(eventsIn('fin avril 2025').map((e) => e.qualifier)).toEqual(['late']);
  });
  it('gives a day and month without a year the dateline’s year, says so, and drops it when the dateline is unknown', () => {
    expect(eventsIn('Le 3 mars, l’état-major a indiqué…', '2025-04-30')).toEqual([{ date: '2025-03-03', precision: 'day', inferred: 'The article writes “3 mars” without a year; the year is the dateline’s (2025-04-30).', quote: 'Le 3 mars, l’état-major a indiqué…' }]);
    expect(eventsIn('Le 3 mars, l’état-major a indiqué…')).toEqual([]);
  });
  it('leaves out the wire dateline that opens a sentence', () => {
    const s = 'SEOUL, Oct 23 (Northwire) – Since August 2023, more.';
    expect(eventsIn(s, '2024-10-23', 28).map((e) => e.date)).toEqual(['2023-08']);
  });
});
