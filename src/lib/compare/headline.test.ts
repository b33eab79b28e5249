import { describe, expect, it } from 'vitest';
import { caveatSentence, figuresCaveat, headlineOf, latestPeriod } from './headline';
import { groupFigures } from './crossref';
import { selectClaims } from './topics';
import { figure, source } from '../../../tests/helpers/builders';
import type { GlossaryEntry } from '../claims';

const GLOSSARY: GlossaryEntry[] = [
  { id: 'nis', label: 'National Intelligence Service (South Korea)', kind: 'organisation', forms: [{ text: 'National Intelligence Service' }, { text: 'NIS' }] },
];
const groupOf = (entries: ReturnType<typeof source>[], measure: string) =>
  groupFigures(selectClaims(entries, { kind: 'figure' }), GLOSSARY).find((g) => g.measure === measure)!;

describe('headlineOf', () => {
  // The seeds' killed series: nearly 600 (article of about 5 June 2025, no estimator), then about 2,000 (NIS, 8 November 2025), both Kursk.
  const killed = groupOf([
    source('jun', { published: '2025-06-05', dateInferred: true, figures: [figure('k1', { topic: 'casualties', measure: 'killed', low: 600, high: 600, qualifier: 'nearly', place: 'Kursk region' })] }),
    source('nov', { published: '2025-11-08', figures: [figure('k2', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000, qualifier: 'about', place: 'Kursk region', attribution: { estimatedBy: 'NIS' } })] }),
  ], 'killed');

  it('gives the latest in one line: value, measure, who, as of when (never “reported by”), where', () => {
    const h = headlineOf(killed)!;
    expect([h.latest.value, h.noun, h.latest.who, h.latest.when, h.where]).toEqual(['about 2,000', 'killed', 'National Intelligence Service (South Korea)', 'as of 8 November 2025 (the article’s date)', 'Kursk region']);
    expect(h.change?.verb).toBe('rose');
    expect([h.change?.from.value, h.change?.from.who, h.change?.from.when]).toEqual(['nearly 600', 'estimator not stated', 'as of 5 June 2025 (the article’s date, approximate)']);
  });

  it('gives a cumulative count the range of its latest period, never a lowest dated after the rise began', () => {
    const h = headlineOf(killed)!;
    expect(h.spread).toMatchObject({ kind: 'latest-period', period: 'November 2025', count: 1 });
    const three = groupOf([
      source('a', { published: '2025-06-05', figures: [figure('k1', { topic: 'casualties', measure: 'killed', low: 600, high: 600 })] }),
      source('b', { published: '2025-11-02', figures: [figure('k2', { topic: 'casualties', measure: 'killed', low: 1500, high: 1800 })] }),
      source('c', { published: '2025-11-20', figures: [figure('k3', { topic: 'casualties', measure: 'killed', low: 2000, high: 2000 })] }),
      // An estimate for October is not one for November, though its article came later.
      source('d', { published: '2025-12-01', figures: [figure('k4', { topic: 'casualties', measure: 'killed', low: 100, high: 100, asOf: '2025-10' })] }),
    ], 'killed');
    const spread = headlineOf(three)!.spread!;
    expect(spread.kind).toBe('latest-period');
    expect([spread.count, spread.low.value, spread.high.value]).toEqual([2, '1,500–1,800', '2,000']);
  });

  it('keeps lowest and highest for a count that can fall, within the latest’s own scope', () => {
    const present = groupOf([
      source('a', { published: '2025-03-01', figures: [figure('p1', { low: 8000, high: 8000, count: 'present' })] }),
      source('b', { published: '2025-05-01', figures: [figure('p2', { low: 12000, high: 12000, count: 'present' }), figure('c1', { low: 50000, high: 50000, count: 'cumulative', asOf: '2025-01' })] }),
      source('c', { published: '2025-07-01', figures: [figure('p3', { low: 11000, high: 11000, count: 'present' })] }),
    ], 'deployed');
    const h = headlineOf(present)!;
    expect(h.basis).toBe('present at that date');
    expect(h.spread).toMatchObject({ kind: 'lowest-highest', count: 3 });
    expect([h.spread!.low.value, h.spread!.high.value]).toEqual(['8,000', '12,000']);
  });

  it('says a troop total’s scope apart from its place, and has nothing to say without a number', () => {
    const sent = groupOf([source('a', { published: '2025-11-08', figures: [figure('d1', { low: 15000, high: 15000, qualifier: 'about', count: 'cumulative', since: '2024-10' })] })], 'deployed');
    const h = headlineOf(sent)!;
    expect([h.basis, h.where, h.latest.who, h.change]).toEqual(['sent in total since October 2024', null, 'estimator not stated', null]);
    const none = groupOf([source('a', { figures: [figure('w', { topic: 'casualties', measure: 'wounded', statedAs: 'des milliers' })] })], 'wounded');
    expect(headlineOf(none)).toBeNull();
  });
});

describe('latestPeriod', () => {
  it('is the month of a day, or the period itself when coarser', () => {
    expect(latestPeriod({ date: '2025-11-08', precision: 'day', start: '2025-11-08', end: '2025-11-08' })).toEqual({ date: '2025-11', start: '2025-11-01', end: '2025-11-30' });
    expect(latestPeriod({ date: '2025-06', precision: 'season', start: '2025-06-01', end: '2025-08-31' })).toEqual({ date: '2025-06', start: '2025-06-01', end: '2025-08-31' });
  });
});

describe('figuresCaveat', () => {
  it('counts the articles, those of unidentified outlets and those without a date', () => {
    const entries = [
      source('csactu-a', { dateInferred: true }),
      source('unknown-b'),
      source('unknown-c', { dateInferred: true }),
    ];
    const c = figuresCaveat(entries, (s) => !s.id.startsWith('unknown'));
    expect(c).toEqual({ articles: 3, unidentified: 2, undated: 2 });
    expect(caveatSentence(c)).toBe('These figures are what 3 news articles report, not verified facts: 2 of the articles come from outlets the dossier could not identify, and 2 carry no date (the dossier dated them).');
    expect(caveatSentence({ articles: 1, unidentified: 0, undated: 1 })).toBe('These figures are what one news article reports, not verified facts: every outlet is identified, and 1 carries no date (the dossier dated it).');
  });
});
