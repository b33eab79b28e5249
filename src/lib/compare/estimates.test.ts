import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/lib/synthetic';
import { asOfPeriod, conflictCount, estimateConflicts, estimatePoint, isCumulative, scopeOf, type EstimatePoint } from './estimates';

describe('asOfPeriod', () => {
  it('takes the text’s date at its precision', () => {
    expect(asOfPeriod({ asOf: '2025-04-30' }, { published: '2025-06-05', datePrecision: 'day' }))
      .toEqual({ start: '2025-04-30', end: '2025-04-30', date: '2025-04-30', precision: 'day', fromArticle: false, approximate: false });
    expect(asOfPeriod({ asOf: '2025-04' }, { published: '2025-06-05', datePrecision: 'day' }))
      .toMatchObject({ start: '2025-04-01', end: '2025-04-30', precision: 'month', fromArticle: false });
  });
  it('falls back on the article’s date, saying so, for an undated estimate', () => {
    expect(asOfPeriod({}, { published: '2025-05', datePrecision: 'month' }))
      .toEqual({ start: '2025-05-01', end: '2025-05-31', date: '2025-05', precision: 'month', fromArticle: true, approximate: false });
    expect(asOfPeriod({}, { published: '2025-05', datePrecision: 'month', dateInferred: true }).approximate).toBe(true);
    expect(asOfPeriod({ asOf: '2025-04' }, { published: '2025-05', datePrecision: 'month', dateInferred: true }).approximate).toBe(false);
  });
});

describe('isCumulative and scopeOf', () => {
  it('treats casualties and troops sent since a start as counts that only grow', () => {
    for (const measure of ['killed', 'wounded', 'killed-or-wounded', 'casualties', 'captured', 'losses'] as const) expect(isCumulative({ measure })).toBe(true);
    expect(isCumulative({ measure: 'deployed', count: 'cumulative' })).toBe(true);
    expect(isCumulative({ measure: 'deployed', count: 'present' })).toBe(false);
    expect(isCumulative({ measure: 'planned' })).toBe(false);
  });
  it('keeps a place and a total apart, and a total apart from those present', () => {
    expect(scopeOf({ measure: 'deployed', count: 'cumulative' }, 'entity:kursk')).not.toBe(scopeOf({ measure: 'deployed', count: 'cumulative' }, ''));
    expect(scopeOf({ measure: 'deployed', count: 'cumulative' }, '')).not.toBe(scopeOf({ measure: 'deployed', count: 'present' }, ''));
    expect(scopeOf({ measure: 'killed' }, 'entity:kursk')).toBe('cumulative|entity:kursk');
    // Not classified by the editor: compared with neither a total nor a count present.
    expect(scopeOf({ measure: 'deployed' }, '')).toBe('unspecified|');
  });
});

/** The definition, pair by pair, to check the n log n search against. */
function bruteForce(points: EstimatePoint[], cumulative: boolean) {
  return points.map((p, i) => {
    let samePeriod = 0, belowEarlier = 0, aboveLater = 0;
    points.forEach((q, j) => {
      if (i === j) return;
      const overlap = p.start <= q.end && q.start <= p.end;
      if (overlap && (q.high < p.low || q.low > p.high)) samePeriod++;
      if (cumulative && q.end < p.start && q.low > p.high) belowEarlier++;
      if (cumulative && q.start > p.end && q.high < p.low) aboveLater++;
    });
    return { samePeriod, belowEarlier, aboveLater };
  });
}

describe('estimateConflicts', () => {
  const at = (day: number, low: number, high = low, span = 0): EstimatePoint => ({ start: day, end: day + span, low, high });
  const run = (points: EstimatePoint[], cumulative: boolean) => {
    const c = estimateConflicts(points, (p) => p, cumulative);
    return points.map((p) => { const x = c.get(p)!; return { samePeriod: x.samePeriod.count, belowEarlier: x.belowEarlier.count, aboveLater: x.aboveLater.count }; });
  };

  it('does not flag a cumulative count that rises over time (nearly 600 in June, about 2,000 in November)', () => {
    const june = estimatePoint({ low: 600, high: 600, qualifier: 'nearly' }, { start: '2025-06-05', end: '2025-06-05' })!;
    const november = estimatePoint({ low: 2000, high: 2000, qualifier: 'about' }, { start: '2025-11-08', end: '2025-11-08' })!;
    expect(run([june, november], true)).toEqual([{ samePeriod: 0, belowEarlier: 0, aboveLater: 0 }, { samePeriod: 0, belowEarlier: 0, aboveLater: 0 }]);
  });

  it('flags two estimates of the same day whose ranges do not overlap (12,000 and 16,000 troops)', () => {
    expect(run([at(100, 12000), at(100, 16000)], false)).toEqual([{ samePeriod: 1, belowEarlier: 0, aboveLater: 0 }, { samePeriod: 1, belowEarlier: 0, aboveLater: 0 }]);
  });

  it('flags a later cumulative estimate wholly below an earlier one, saying which came first', () => {
    const [earlier, later] = run([at(100, 3000), at(200, 1000)], true);
    expect(earlier).toEqual({ samePeriod: 0, belowEarlier: 0, aboveLater: 1 });
    expect(later).toEqual({ samePeriod: 0, belowEarlier: 1, aboveLater: 0 });
  });

  it('does not compare counts of troops present at different dates', () => {
    expect(run([at(100, 3000), at(200, 1000)], false).map((c) => c.samePeriod + c.belowEarlier + c.aboveLater)).toEqual([0, 0]);
  });

  it('counts exactly what the pairwise definition counts, on random estimates', () => {
    const r = rng(7);
    for (const cumulative of [true, false]) {
      for (let round = 0; round < 20; round++) {
        const points = Array.from({ length: 60 }, () => {
          const day = Math.floor(r() * 40);
          const low = Math.floor(r() * 20) * 100;
          return at(day, low, low + Math.floor(r() * 3) * 100, Math.floor(r() * 3) * 15);
        });
        expect(run(points, cumulative)).toEqual(bruteForce(points, cumulative));
      }
    }
  });

  it('names the nearest conflicting estimates, each of them a real conflict', () => {
    const points = [at(10, 500), at(10, 900), at(10, 1000), at(10, 5000), at(50, 100)];
    const c = estimateConflicts(points, (p) => p, true, 2);
    const of1000 = c.get(points[2]!)!;
    expect(of1000.samePeriod.count).toBe(3);
    expect(of1000.samePeriod.nearest).toEqual([points[1], points[0]]);
    expect(c.get(points[4]!)!.belowEarlier.nearest).toEqual([points[0], points[1]]);
    expect(conflictCount(c.get(points[4]!)!)).toBe(4);
  });

});
