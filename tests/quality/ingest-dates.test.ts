/**
 * Which reader of dates ingest should use: the dossier's own (`findDates` for datelines,
 * `timeExpressions` for weekdays, "last week", "in June", "le 3 mars"…) or chrono-node, which
 * reads English and French. Both run the whole ingest over the fixture corpus with the same
 * selection logic (which line is the dateline, which expression dates a figure); only the
 * reading differs. chrono-node reads with the article's language (English day-first, as the
 * corpus writes numeric dates, or French), against the same reference day, and never against
 * the clock: without a dateline only dates with a certain year count.
 *
 * `npm run ingest:dates` prints the comparison and writes benchmarks/ingest-dates.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { ingest, timeContext, type DateFinder, type Reference, type TimeExpression } from '../../src/lib/ingest';
import type { Language } from '../../src/lib/claims';
import { readEntities, readOutlets } from '../../scripts/lib/content-lists';
import { CONTENT, ROOT } from '../helpers/content';
import { readDraft, readFixtures, scoreDraft, type Fixture } from '../helpers/ingest-corpus';

const parserOf = (language: Language) => (language === 'fr' ? chrono.fr : chrono.en.GB);
const noon = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) || 15, 12));
const pad = (n: number) => String(n).padStart(2, '0');

/** chrono-node as a finder of dateline dates: a result with a certain year and month. */
function chronoDatelines(language: Language): DateFinder {
  return (text) => parserOf(language).parse(text, new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false }).flatMap((r) => {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month')) return [];
    const day = c.isCertain('day');
    const date = `${c.get('year')}-${pad(c.get('month')!)}${day ? `-${pad(c.get('day')!)}` : ''}`;
    const time = c.isCertain('hour') ? `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` : undefined;
    return [{ date, precision: day ? 'day' as const : 'month' as const, start: r.index, end: r.index + r.text.length, text: r.text, ...(time ? { time } : {}) }];
  });
}

/** chrono-node as a reader of time expressions, resolved against the reference day. */
function chronoTimes(language: Language) {
  return (text: string, ref: Reference): TimeExpression[] => {
    const refDay = ref.day ?? (ref.month ? `${ref.month}-15` : undefined);
    return parserOf(language).parse(text, refDay ? noon(refDay) : new Date(Date.UTC(2000, 0, 1, 12)), { forwardDate: false }).map((r) => {
      const c = r.start;
      const start = r.index;
      const end = r.index + r.text.length;
      const context = timeContext(text, start);
      // Without a reference, only what chrono reads with a certain year stands.
      const known = !!refDay || c.isCertain('year');
      const relative = !c.isCertain('month') && !c.isCertain('year');
      const precision = c.isCertain('day') || c.isCertain('weekday') || relative ? 'day' : c.isCertain('month') ? 'month' : null;
      const date = !known || !precision ? null : precision === 'day' ? `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}` : `${c.get('year')}-${pad(c.get('month')!)}`;
      // "now" is the moment of speaking for both readers: which statement dates it is selection, not reading.
      const kind = context === 'since' ? 'since' as const : /^(?:by\s+)?now$/i.test(r.text) ? 'now' as const : r.end ? 'period' as const : precision ? 'point' as const : 'vague' as const;
      return { start, end, text: r.text, kind, date: kind === 'point' || kind === 'now' ? date : null, ...(context === 'as-of' ? { asOf: true } : {}) };
    });
  };
}

const entities = readEntities(CONTENT);
const outlets = readOutlets(CONTENT);

interface Tally { articles: number; published: number; publishedTime: number; figures: number; asOf: number }
function measure(fixtures: Fixture[], reader: 'hand-written' | 'chrono-node'): Tally {
  const t: Tally = { articles: 0, published: 0, publishedTime: 0, figures: 0, asOf: 0 };
  for (const f of fixtures) {
    const dateReaders = reader === 'chrono-node' ? { datelines: chronoDatelines(f.key.language), times: chronoTimes(f.key.language) } : undefined;
    const score = scoreDraft(f, readDraft(ingest({ text: f.text, html: f.html, outlets, entities, dateReaders }).markdown));
    t.articles++;
    t.published += score.published ? 1 : 0;
    t.publishedTime += score.publishedTime ? 1 : 0;
    // asOf over every key figure: a figure the draft missed counts as a wrong date.
    t.figures += score.expected;
    t.asOf += score.matches.filter((m) => (m.key.asOf ?? undefined) === m.draft.asOf).length;
  }
  return t;
}

describe('dates: the hand-written reader against chrono-node on the fixture corpus', () => {
  it('measures both, and keeps the more accurate', () => {
    const sets = { tuning: readFixtures('tuning'), 'held-out': readFixtures('held-out'), all: readFixtures('all') };
    const results = Object.fromEntries(Object.entries(sets).map(([name, fixtures]) => [name, { 'hand-written': measure(fixtures, 'hand-written'), 'chrono-node': measure(fixtures, 'chrono-node') }]));
    const pct = (a: number, b: number) => `${(100 * a / b).toFixed(1)} % (${a}/${b})`;
    for (const [name, r] of Object.entries(results)) {
      for (const [reader, t] of Object.entries(r)) {
        console.log(`${name.padEnd(8)} ${reader.padEnd(12)} publication date ${pct(t.published, t.articles)}, time ${pct(t.publishedTime, t.articles)}, figures' asOf ${pct(t.asOf, t.figures)}`);
      }
    }
    writeFileSync(join(ROOT, 'benchmarks/ingest-dates.json'), `${JSON.stringify({ chronoNode: '2.10.3', results }, null, 2)}\n`);
    const mine = results.tuning!['hand-written'];
    const theirs = results.tuning!['chrono-node'];
    // The README says the hand-written reader is kept because it is the more accurate: hold it to that.
    expect(mine.published + mine.asOf).toBeGreaterThanOrEqual(theirs.published + theirs.asOf);
  });
});
