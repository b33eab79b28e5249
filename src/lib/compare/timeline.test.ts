import { describe, expect, it } from 'vitest';
import { event, source } from '../../../tests/helpers/builders';
import { buildTimeline } from './timeline';

const entries = [
  source('russafrik', { events: [event('ev-pact', { date: '2023', precision: 'year', key: 'treaty' }), event('ev-talks', { date: '2025-07-12' })] }),
  source('unidentified-a', { events: [event('ev-treaty', { date: '2024-06', precision: 'month', key: 'treaty' }), event('ev-war', { date: '1950', endDate: '1953', precision: 'year' })] }),
  source('unidentified-b', { events: [event('ev-agreement', { date: '2024', precision: 'year', key: 'treaty' })] }),
  source('csactu', { events: [event('ev-began', { date: '2024-10', precision: 'month', key: 'began' })] }),
  source('other', { events: [event('ev-began', { date: '2024-09', precision: 'season', key: 'began' })] }),
];

describe('buildTimeline', () => {
  const timeline = buildTimeline(entries);
  it('puts every event in date order, once per shared key', () => {
    expect(timeline.map((e) => e.key)).toEqual(['unidentified-a#ev-war', 'treaty', 'began', 'russafrik#ev-talks']);
    expect(timeline.flatMap((e) => e.reports).length).toBe(7);
  });
  it('orders the reports of one event by date and flags dates that cannot both be right', () => {
    const treaty = timeline.find((e) => e.key === 'treaty')!;
    expect(treaty.reports.map((r) => r.claim.date)).toEqual(['2023', '2024', '2024-06']);
    expect(treaty.datesDisagree).toBe(true);
    expect(treaty.sortDate).toBe('2023-01-01');
  });
  it('does not flag reports of different precision that overlap', () => {
    expect(timeline.find((e) => e.key === 'began')!.datesDisagree).toBe(false);
  });
});
