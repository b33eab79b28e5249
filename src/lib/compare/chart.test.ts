import { describe, expect, it } from 'vitest';
import { BIN_WIDTH, binMarks, boxDistance, chartDescription, chartDomain, labelBox, layoutChart, markBox, markerPath, MAX_LABELLED, MAX_MARKS, niceScale, SERIES_SHAPES, type ChartInput, type ChartMark } from './chart';

describe('niceScale', () => {
  it('rounds the top of the axis to a readable step', () => {
    expect(niceScale(15000)).toEqual({ max: 15000, step: 5000 });
    expect(niceScale(15750)).toEqual({ max: 20000, step: 5000 });
    expect(niceScale(2000)).toEqual({ max: 2000, step: 500 });
    expect(niceScale(600)).toEqual({ max: 600, step: 200 });
  });
});

describe('layoutChart', () => {
  const layout = layoutChart([
    { id: 'a', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' },
    { id: 'b', date: '2025-11-08', low: 15000, high: 15000, qualifier: 'about', label: 'about 15,000' },
  ]);
  const [a, b] = layout.marks;
  it('draws a range as a bar and a qualified value as a hollow point', () => {
    expect(a!.shape).toBe('range');
    expect(a!.hollow).toBe(false);
    expect(b!.shape).toBe('point');
    expect(b!.hollow).toBe(true);
  });
  it('places later estimates to the right and larger values higher', () => {
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.yHigh).toBeLessThan(a!.yHigh);
    expect(a!.yLow).toBeGreaterThan(a!.yHigh);
  });
  it('keeps every mark inside the plot', () => {
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(m.x).toBeLessThanOrEqual(layout.plot.right);
      expect(m.yHigh).toBeGreaterThanOrEqual(layout.plot.top);
      expect(m.yLow).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });
  it('labels the axes', () => {
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '5,000', '10,000', '15,000', '20,000']);
    // At the chart's phone-sized width, every other month: tick labels never touch.
    expect(layout.xTicks.map((t) => t.label)).toEqual(['May 2025', 'Jul 2025', 'Sep 2025', 'Nov 2025']);
    expect(layoutChart(layout.marks.length ? [
      { id: 'a', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' },
      { id: 'b', date: '2025-11-08', low: 15000, high: 15000, qualifier: 'about', label: 'about 15,000' },
    ] : [], { width: 900 }).xTicks.map((t) => t.label)).toEqual(['May 2025', 'Jun 2025', 'Jul 2025', 'Aug 2025', 'Sep 2025', 'Oct 2025', 'Nov 2025', 'Dec 2025']);
    layout.xTicks.forEach((t, k) => k > 0 && expect(t.x - layout.xTicks[k - 1]!.x).toBeGreaterThanOrEqual(70));
  });
});

describe('chartDescription', () => {
  it('says every estimate and its date in words', () => {
    expect(chartDescription('Killed', [
      { id: 'b', date: '2025-11-08', low: 2000, high: 2000, qualifier: 'about', label: 'about 2,000' },
      { id: 'a', date: '2025-06-05', low: 600, high: 600, qualifier: 'nearly', label: 'nearly 600' },
    ])).toBe('Killed: 2 estimates, from 5 June 2025 to 8 November 2025: nearly 600 (5 June 2025); about 2,000 (8 November 2025).');
  });
});

describe('layoutChart, crowded', () => {
  const layout = layoutChart([
    { id: 'a', date: '2025-04-28', low: 14000, high: 14000, qualifier: 'up to', label: 'up to 14,000' },
    { id: 'b', date: '2025-04-28', low: 10000, high: 14000, qualifier: 'exact', label: '10,000–14,000' },
    { id: 'c', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' },
  ]);
  it('spreads marks of the same date apart', () => {
    const [a, b] = layout.marks;
    expect(b!.x - a!.x).toBeGreaterThanOrEqual(14);
  });
  it('keeps labels from overlapping', () => {
    const ys = layout.marks.map((m) => m.labelY);
    for (let i = 0; i < ys.length; i++) for (let j = i + 1; j < ys.length; j++) expect(Math.abs(ys[i]! - ys[j]!)).toBeGreaterThanOrEqual(13); // a label is 13 units tall
  });
});

describe('a dense chart', () => {
  // More estimates than can be labelled: one a day through 2025, values rising then one outlier.
  const inputs: ChartInput[] = Array.from({ length: 300 }, (_, k) => {
    const date = new Date(Date.UTC(2025, 0, 1 + k)).toISOString().slice(0, 10);
    const v = k === 150 ? 90000 : 1000 + k * 10;
    return { id: `e${k}`, date, low: v, high: v, qualifier: 'exact', label: String(v) };
  });
  const layout = layoutChart(inputs);
  it('keeps every mark at its date, inside the plot', () => {
    const xs = layout.marks.map((m) => m.x);
    expect(xs.every((x, i) => i === 0 || x > xs[i - 1]!)).toBe(true);
    expect(Math.max(...xs)).toBeLessThan(layout.plot.right);
  });
  it('labels only the lowest, the highest and the latest', () => {
    expect(layout.marks.filter((m) => m.labelled).map((m) => m.id)).toEqual(['e0', 'e150', 'e299']);
  });
  it('is described by its extremes, not estimate by estimate', () => {
    expect(inputs.length).toBeGreaterThan(MAX_LABELLED);
    expect(chartDescription('Killed', inputs)).toBe('Killed: 300 estimates, from 1 January 2025 to 27 October 2025. Lowest 1000 (1 January 2025); highest 90000 (31 May 2025); latest 3990 (27 October 2025). The table below gives every estimate.');
  });
});

describe('a crowded chart', () => {
  // 3,000 estimates over a year, by three estimators, values spread over 1,000–20,000.
  const inputs: ChartInput[] = Array.from({ length: 3000 }, (_, i) => {
    const low = 1000 + ((i * 7919) % 19000);
    return {
      id: `e${i}`, date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      low, high: low + (i % 3) * 500, qualifier: i % 5 ? 'exact' : 'about', label: String(low), series: i % 3,
    };
  });
  const layout = layoutChart(inputs);
  it('draws one mark per column, and keeps the lowest, highest and latest labelled', () => {
    expect(inputs.length).toBeGreaterThan(MAX_MARKS);
    const columns = (layout.plot.right - layout.plot.left) / BIN_WIDTH;
    expect(layout.marks.length).toBeLessThanOrEqual(Math.ceil(columns) + 3);
    expect(layout.marks.filter((m) => m.labelled).length).toBe(3);
    expect(layout.binnedDays).toBeGreaterThan(0);
  });
  it('covers every estimate: a column’s bar runs from the highest to the lowest of its marks', () => {
    const mark = (id: string, x: number, yHigh: number, yLow: number, hollow = false, labelled = false): ChartMark => ({
      id, x, xStart: x, xEnd: x, yHigh, yLow, shape: yHigh === yLow ? 'point' : 'range', hollow, label: id, labelled, labelX: x, labelY: yHigh, labelAnchor: 'start',
    });
    const binned = binMarks([
      mark('a', 65, 100, 100), mark('b', 66.5, 80, 90, true), mark('c', 67.9, 120, 130),
      mark('d', 70, 50, 50), mark('top', 66, 10, 10, false, true),
    ], 64);
    expect(binned.map((m) => [m.x, m.yHigh, m.yLow, m.shape, m.hollow, m.labelled])).toEqual([
      [64 + BIN_WIDTH / 2, 80, 130, 'range', true, false],
      [66, 10, 10, 'point', false, true],
      [64 + BIN_WIDTH * 1.5, 50, 50, 'point', false, false],
    ]);
  });
  it('gives each estimator one point per column on its line', () => {
    for (const line of layout.lines) {
      const xs = line.points.map((p) => p.x);
      expect(new Set(xs).size).toBe(xs.length);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    }
  });
  it('leaves a chart of a few estimates unbinned', () => {
    expect(layoutChart(inputs.slice(0, MAX_MARKS)).binnedDays).toBeUndefined();
  });
});

describe('honest marks and labels', () => {
  // The seeds' troop totals, crowded at the end of April, plus a month-level and a season-level estimate.
  const inputs: ChartInput[] = [
    { id: 'nk', date: '2025-04-28', low: 14000, high: 14000, qualifier: 'up to', label: 'up to 14,000', series: 0 },
    { id: 'off', date: '2025-04-28', low: 10000, high: 14000, qualifier: 'exact', label: '10,000–14,000', series: 1 },
    { id: 'may', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000', series: 2 },
    { id: 'sum', date: '2025-06', start: '2025-06-01', end: '2025-08-31', low: 12500, high: 12500, qualifier: 'about', label: 'about 12,500', series: 2 },
    { id: 'nov', date: '2025-11-08', low: 15000, high: 15000, qualifier: 'about', label: 'about 15,000', series: 3 },
    { id: 'nov2', date: '2025-11-09', low: 14500, high: 14500, qualifier: 'exact', label: '14,500', series: 1 },
  ];
  const layout = layoutChart(inputs);
  const byId = new Map(layout.marks.map((m) => [m.id, m]));

  it('draws a month or a season as a span over its period, a day as a point in time', () => {
    const may = byId.get('may')!;
    const summer = byId.get('sum')!;
    const day = (layout.plot.right - layout.plot.left) / ((chartDomain(inputs)[1] - chartDomain(inputs)[0]) / 86_400_000);
    // Coordinates are kept to a hundredth of a unit; a day is about a unit wide.
    expect(may.xEnd - may.xStart).toBeCloseTo(31 * day, 1);
    expect(summer.xEnd - summer.xStart).toBeCloseTo(92 * day, 1);
    expect(may.x).toBeGreaterThan(may.xStart);
    expect(may.x).toBeLessThan(may.xEnd);
    expect(byId.get('nov')!.xStart).toBe(byId.get('nov')!.xEnd);
  });

  it('labels the newest estimate', () => {
    expect(byId.get('nov2')!.labelled).toBe(true);
  });

  it('never lets a label touch another label or another mark, and puts each nearest its own mark', () => {
    const labelled = layout.marks.filter((m) => m.labelled);
    expect(labelled.length).toBeGreaterThanOrEqual(4);
    for (const m of labelled) {
      const box = labelBox(m);
      const own = boxDistance(box, markBox(m));
      for (const other of layout.marks) {
        if (other === m) continue;
        const theirs = markBox(other);
        expect(box.x0 < theirs.x1 && box.x1 > theirs.x0 && box.y0 < theirs.y1 && box.y1 > theirs.y0, `${m.id}'s label over ${other.id}`).toBe(false);
        expect(boxDistance(box, theirs), `${m.id}'s label nearer ${other.id}`).toBeGreaterThan(own);
        if (other.labelled) {
          const b = labelBox(other);
          expect(box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0, `${m.id} and ${other.id} labels`).toBe(false);
        }
      }
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(layout.width);
    }
  });

  it('keeps every tick label inside the chart', () => {
    for (const t of layout.xTicks) {
      expect(t.x - 28).toBeGreaterThanOrEqual(0);
      expect(t.x + 28).toBeLessThanOrEqual(layout.width);
    }
  });

  it('gives each series its own shape', () => {
    const paths = SERIES_SHAPES.map((s) => markerPath(s, 10, 10, 6));
    expect(new Set(paths).size).toBe(SERIES_SHAPES.length);
    expect(markerPath('square', 10, 10, 5)).toBe('M5.6 5.6H14.4V14.4H5.6Z');
  });
});
