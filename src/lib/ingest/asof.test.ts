import { describe, expect, it } from 'vitest';
import { asOfFor, isSpeechDate, StatementDates } from './asof';
import { timeExpressions } from './calendar';
import { clauseAround } from './clauses';

/** The as-of date of the count `number` in `sentence`, the other counts given in `others`. */
function asOf(sentence: string, day: string | undefined, number: string, others: string[] = [], extra: { carried?: string; now?: string } = {}) {
  const at = (n: string) => { const start = sentence.indexOf(n); return { start, end: start + n.length }; };
  const figure = at(number);
  const counts = [figure, ...others.map(at)];
  return asOfFor({
    sentence, figure, clause: clauseAround(sentence, figure.start, figure.end),
    otherClauses: others.map(at).map((r) => clauseAround(sentence, r.start, r.end)),
    expressions: timeExpressions(sentence, { day }), counts, now: extra.now ?? day, carried: extra.carried,
  });
}

describe('asOfFor', () => {
  it('takes “as of”, then the figure’s own date, then the day of the statement', () => {
    expect(asOf('About 3,000 soldiers were in Russia as of Wednesday, a lawmaker said.', '2024-10-23', '3,000')).toBe('2024-10-23');
    expect(asOf('The agency expects the total to reach about 10,000 by December, Park said.', '2024-10-23', '10,000')).toBe('2024-12');
    expect(asOf('North Korea has sent about 3,000 additional troops since January, the JCS said Monday.', '2025-02-26', '3,000')).toBe('2025-02-24');
    expect(asOf('The State Department said last Thursday that roughly 10,000 were in Russia and that about 8,000 of them had moved toward Kursk, where Ukraine has held ground since August.', '2024-11-05', '8,000', ['10,000'])).toBe('2024-10-31');
  });
  it('gives nothing for a period, a week across two months, a bare year, or “at the time”', () => {
    expect(asOf('Seoul has talked about up to 3,000 reinforcements arriving in January and February.', '2025-02-12', '3,000')).toBeUndefined();
    expect(asOf('Lawmakers said last week that more than 10,000 had already arrived.', '2024-11-05', '10,000')).toBeUndefined();
    expect(asOf('In 2024, 11,000 troops crossed into Kursk, according to HUR.', '2025-03-12', '11,000', [], { carried: '2025-03-11' })).toBeUndefined();
    expect(asOf('The contingent was put at 10,000 to 12,000 by officials at the time.', '2025-02-24', '10,000 to 12,000', [], { carried: '2025-02-24' })).toBeUndefined();
  });
  it('does not take another figure’s own date, nor a date in a relative clause, nor a count for a year', () => {
    const s = 'HUR said a first group of 2000 soldiers had reached the front at the end of October, and that Pyongyang could send up to 15,000 in all.';
    expect(asOf(s, '2024-11-05', '2000', ['15,000'])).toBe('2024-10');
    expect(asOf(s, '2024-11-05', '15,000', ['2000'])).toBeUndefined();
    expect(asOf('Le NIS, qui avait révélé le déploiement à la mi-octobre, estime que plus de 10 000 hommes sont arrivés.', '2024-11-05', '10 000')).toBeUndefined();
  });
  it('dates “now” by the statement, else by the moment of speaking, and carries a speaker’s last date', () => {
    expect(asOf('HUR gave its figure in a post on Sunday: 11,000 troops were now in Kursk.', '2024-11-05', '11,000')).toBe('2024-11-03');
    expect(asOf('My estimate is that the force is closer to 11,000 to 12,000 now.', '2025-02-12', '11,000 to 12,000', [], { now: '2025-02-10' })).toBe('2025-02-10');
    expect(asOf('He said about 11,000 troops were now in the Kursk region.', '2024-11-05', '11,000', [], { carried: '2024-11-04' })).toBe('2024-11-04');
    expect(asOf('According to HUR, Pyongyang has since sent up to 1,500 fresh soldiers.', '2025-03-12', '1,500', [], { carried: '2025-03-11' })).toBe('2025-03-11');
  });
});

describe('isSpeechDate', () => {
  it('knows the date of a statement', () => {
    const s = 'HUR said on Tuesday that 4,000 were lost in January.';
    const [tuesday, january] = timeExpressions(s, { day: '2025-03-12' });
    expect(isSpeechDate(s, tuesday!)).toBe(true);
    expect(isSpeechDate(s, january!)).toBe(false);
  });
});

describe('StatementDates', () => {
  it('remembers when each speaker last spoke, and the last statement for a pronoun', () => {
    const dates = new StatementDates();
    dates.record(['NIS', 'agency'], '2025-09-04');
    dates.record(['minister'], '2025-09-02');
    expect(dates.of(['NIS'])).toBe('2025-09-04');
    expect(dates.of(['HUR'])).toBeUndefined();
    expect(dates.of(['he'], true)).toBe('2025-09-02');
  });
});
