import { describe, expect, it } from 'vitest';
import { event, source } from '../../../tests/helpers/builders';
import { bestSupportedDate, buildTimeline, sharedEvents, timelineArchive, timelineEntryId } from './timeline';

const entries = [
  source('russafrik', {
    events: [event('ev-pact', { date: '2023', precision: 'year', key: 'treaty' }), event('ev-talks', { date: '2025-07-12' })],
    notes: [{ kind: 'error', claim: 'ev-pact', field: 'date', text: 'The treaty was signed in June 2024.' }],
  }),
  source('unidentified-a', { events: [event('ev-treaty', { date: '2024-06', precision: 'month', key: 'treaty' }), event('ev-war', { date: '1950', endDate: '1953', precision: 'year' })] }),
  source('unidentified-b', { events: [event('ev-agreement', { date: '2024', precision: 'year', key: 'treaty' })] }),
  source('csactu', { events: [event('ev-began', { date: '2024-10', precision: 'month', key: 'began' })] }),
  source('other', { events: [event('ev-began', { date: '2024-09', precision: 'season', key: 'began' })] }),
];

describe('bestSupportedDate', () => {
  const d = (date: string, precision: 'day' | 'month' | 'season' | 'year') => ({ date, precision });
  it('heads with the date a majority agrees on, at the finest precision where one does', () => {
    expect(bestSupportedDate([d('2023', 'year'), d('2024-06', 'month'), d('2024', 'year')])).toEqual({ heading: d('2024-06', 'month'), basis: 'majority' });
    expect(bestSupportedDate([d('2024-10', 'month'), d('2024-09', 'season'), d('2024-10', 'month')])).toEqual({ heading: d('2024-10', 'month'), basis: 'majority' });
    expect(bestSupportedDate([d('2025-04', 'month'), d('2025-04-28', 'day')])).toEqual({ heading: d('2025-04-28', 'day'), basis: 'majority' });
  });
  it('goes to a coarser precision when the finer reports split (19 and 20 June, and 2024)', () => {
    expect(bestSupportedDate([d('2024-06-19', 'day'), d('2024-06-20', 'day'), d('2024', 'year')])).toEqual({ heading: d('2024-06', 'month'), basis: 'majority' });
  });
  it('with no majority, takes the most precise date no report contradicts, or none', () => {
    expect(bestSupportedDate([d('2024-06', 'month'), d('2024', 'year')])).toEqual({ heading: d('2024-06', 'month'), basis: 'majority' });
    expect(bestSupportedDate([d('2023', 'year'), d('2024', 'year')])).toEqual({ heading: null, basis: 'disputed' });
    expect(bestSupportedDate([d('2023', 'year'), d('2024', 'year'), d('2023-06', 'month'), d('2024-02', 'month')])).toEqual({ heading: null, basis: 'disputed' });
  });
  it('keeps a single date as it is', () => {
    expect(bestSupportedDate([d('2025-07-12', 'day')])).toEqual({ heading: d('2025-07-12', 'day'), basis: 'single' });
  });
});

describe('buildTimeline', () => {
  const timeline = buildTimeline(entries);
  it('puts every event in date order, once per shared key', () => {
    expect(timeline.map((e) => e.key)).toEqual(['unidentified-a#ev-war', 'treaty', 'began', 'russafrik#ev-talks']);
    expect(timeline.flatMap((e) => e.reports).length).toBe(7);
  });
  it('heads a shared event with its best-supported date, never one an editor marks as an error', () => {
    const treaty = timeline.find((e) => e.key === 'treaty')!;
    expect(treaty.reports.map((r) => r.claim.date)).toEqual(['2023', '2024', '2024-06']);
    expect(treaty.heading).toMatchObject({ date: '2024-06', precision: 'month' });
    expect(treaty.lead.source.id).toBe('unidentified-a');
    expect(treaty.sortDate).toBe('2024-06-01');
    expect(treaty.datesDisagree).toBe(true);
    expect(treaty.outliers.map((r) => r.source.id)).toEqual(['russafrik']);
    expect(treaty.marked.map((m) => m.note.text)).toEqual(['The treaty was signed in June 2024.']);
    expect(treaty.support).toEqual({ agree: 2, of: 3 });
  });
  it('never heads with a marked date, even when it is the only one', () => {
    const alone = buildTimeline([entries[0]!]).find((e) => e.key === 'treaty')!;
    expect(alone.heading).toBeNull();
    expect(alone.basis).toBe('disputed');
  });
  it('does not flag reports of different precision that overlap, and heads with the most precise', () => {
    const began = timeline.find((e) => e.key === 'began')!;
    expect(began.datesDisagree).toBe(false);
    expect(began.outliers).toEqual([]);
    expect(began.heading).toMatchObject({ date: '2024-10', precision: 'month' });
  });
});

describe('the timeline archive', () => {
  it('puts each entry on the page of its heading date, at its precision; a season or a year on its year', () => {
    const timeline = buildTimeline(entries);
    const plan = timelineArchive(timeline);
    expect(plan.pages.map((p) => [p.key, p.items.map(timelineEntryId)])).toEqual([
      ['1950', ['unidentified-a--ev-war']], ['2024-06', ['treaty']], ['2024-10', ['began']], ['2025-07', ['russafrik--ev-talks']],
    ]);
  });
  it('leads the summary with the events several sources report, most reports first, counted in all', () => {
    const { shown, total } = sharedEvents(buildTimeline(entries), 1);
    expect(total).toBe(2);
    expect(shown.map((e) => e.key)).toEqual(['treaty']);
  });
});
