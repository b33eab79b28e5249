/**
 * Geometry for the estimates-over-time chart, drawn as server-rendered SVG: one panel per
 * measure, a point for a single value, a bar for a range, hollow when qualified
 * ("about", "up to"…). Pure numbers here; the component only draws them.
 */
import { dateInterval } from './agreement';
import { formatDateAsWritten, formatNumber, precisionOfDate } from '../site';
import type { Qualifier } from '../claims';

export interface ChartInput {
  id: string;
  /** When the estimate applies (partial ISO date). */
  date: string;
  low: number;
  high: number;
  qualifier: Qualifier;
  label: string;
  /** The estimator series it belongs to (0, 1, …), joined by a line; absent when it stands alone. */
  series?: number;
}

export interface ChartMark {
  id: string;
  x: number;
  /** Top and bottom of the mark (equal for a point). */
  yHigh: number;
  yLow: number;
  shape: 'point' | 'range';
  hollow: boolean;
  label: string;
  /** Whether the label is drawn; in a dense chart only the extremes and the latest are. */
  labelled: boolean;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  series?: number;
}

/** One estimator's estimates joined in time order, through the middle of each mark. */
export interface ChartLine {
  series: number;
  points: { x: number; y: number }[];
}

/** Dash patterns that tell series apart without colour, in series order. */
export const SERIES_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 6'];

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  marks: ChartMark[];
  lines: ChartLine[];
  /** Set when marks were grouped by column (more than MAX_MARKS estimates): how many days a column spans. */
  binnedDays?: number;
}

const DAY = 86_400_000;
/** Closest two marks may stand, and the size of a label, in SVG units. */
const MIN_GAP = 14;
const CHAR_WIDTH = 7;
const LINE = 14;
/**
 * Beyond this many estimates a chart is a cloud: marks stay at their dates (spreading
 * them would move them off their dates), and only the lowest, highest and latest are
 * labelled and described; the table below the chart gives every one. It also keeps the
 * layout linear: labels are checked against a bounded number of boxes.
 */
export const MAX_LABELLED = 24;
/**
 * Beyond this many estimates, marks that fall in the same narrow column of the chart (a few
 * days) are drawn as one bar from the lowest to the highest of them, and each estimator's
 * line passes through the middle of its own estimates in each column: thousands of marks
 * would make a page of megabytes and draw the same cloud. The lowest, highest and latest
 * stay marks of their own, labelled.
 */
export const MAX_MARKS = 200;
/** The width of a column of a binned chart, in SVG units. */
export const BIN_WIDTH = 4;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The middle of the period a partial date covers, in ms. */
function midpoint(date: string): number {
  const [a, b] = dateInterval(date, precisionOfDate(date));
  return (Date.parse(a) + Date.parse(b)) / 2;
}

/** The indices of the lowest, the highest and the latest estimate (ties: the first). */
function extremes(inputs: readonly ChartInput[], times: readonly number[]): [number, number, number] {
  let lowest = 0;
  let highest = 0;
  let latest = 0;
  inputs.forEach((input, i) => {
    if (input.low < inputs[lowest]!.low) lowest = i;
    if (input.high > inputs[highest]!.high) highest = i;
    if (times[i]! > times[latest]!) latest = i;
  });
  return [lowest, highest, latest];
}

/**
 * A round upper bound for an axis and its step.
 *
 * @example
 * niceScale(15750) // { max: 20000, step: 5000 }
 */
export function niceScale(max: number, ticks = 4): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return { max: Math.ceil(max / step) * step, step };
}

/**
 * Lays out the estimates of one measure over time.
 *
 * @example
 * layoutChart([{ id: 'a', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' }]).marks[0].shape // 'range'
 */
export function layoutChart(inputs: readonly ChartInput[], width = 640, height = 260): ChartLayout {
  const plot = { left: 64, right: width - 24, top: 16, bottom: height - 36 };
  const times = inputs.map((i) => midpoint(i.date));
  let t0 = Math.min(...times) - 30 * DAY;
  let t1 = Math.max(...times) + 30 * DAY;
  if (!Number.isFinite(t0)) [t0, t1] = [0, 1];
  // 5 % headroom so the highest mark never sits on the frame.
  const { max, step } = niceScale(Math.max(...inputs.map((i) => i.high), 1) * 1.05);
  const x = (t: number) => plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);
  const y = (v: number) => plot.bottom - (v / max) * (plot.bottom - plot.top);

  const yTicks = Array.from({ length: Math.round(max / step) + 1 }, (_, k) => ({ y: y(k * step), label: formatNumber(k * step) }));
  const xTicks: ChartLayout['xTicks'] = [];
  const start = new Date(t0);
  const spanMonths = (t1 - t0) / (30 * DAY);
  const every = spanMonths > 24 ? 6 : spanMonths > 10 ? 3 : 1;
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); d.getTime() <= t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + every, 1))) {
    xTicks.push({ x: x(d.getTime()), label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
  }

  const dense = inputs.length > MAX_LABELLED;
  // Marks at (nearly) the same date are spread apart so that none hides another.
  const order = inputs.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  const xs: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    xs[i] = dense ? x(times[i]!) : Math.max(x(times[i]!), previous + MIN_GAP);
    previous = xs[i]!;
  }
  const labelled = dense ? new Set(extremes(inputs, times)) : new Set(order);
  // Boxes a label must not cover: every mark (of a sparse chart), then every label already placed.
  const boxes = dense ? [] : order.map((i) => ({ x0: xs[i]! - 8, x1: xs[i]! + 8, y0: y(inputs[i]!.high) - 8, y1: y(inputs[i]!.low) + 8 }));
  const marks = order.map((i) => {
    const input = inputs[i]!;
    const mx = Math.min(xs[i]!, plot.right);
    const right = mx < (plot.left + plot.right) / 2;
    const labelX = right ? mx + 10 : mx - 10;
    const w = input.label.length * CHAR_WIDTH;
    const [x0, x1] = right ? [labelX, labelX + w] : [labelX - w, labelX];
    const base = (y(input.high) + y(input.low)) / 2 + 4;
    // Text sits on its baseline: its box runs from about 10 units above to 3 below.
    const clashes = (ly: number) => boxes.some((b) => x0 < b.x1 && x1 > b.x0 && ly - 10 < b.y1 && ly + 3 > b.y0);
    const offsets = [0, ...Array.from({ length: 12 }, (_, k) => (k % 2 ? 1 : -1) * Math.ceil((k + 1) / 2) * LINE)];
    const labelY = labelled.has(i) ? base + (offsets.find((o) => !clashes(base + o)) ?? 0) : base;
    if (labelled.has(i)) boxes.push({ x0, x1, y0: labelY - 10, y1: labelY + 3 });
    return {
      id: input.id,
      x: mx,
      yHigh: y(input.high),
      yLow: y(input.low),
      shape: input.low === input.high ? 'point' as const : 'range' as const,
      hollow: input.qualifier !== 'exact',
      label: input.label,
      labelled: labelled.has(i),
      labelX,
      labelY,
      labelAnchor: right ? 'start' as const : 'end' as const,
      ...(input.series !== undefined ? { series: input.series } : {}),
    };
  });
  const lines = new Map<number, ChartLine>();
  for (const m of marks) {
    if (m.series === undefined) continue;
    let line = lines.get(m.series);
    if (!line) lines.set(m.series, (line = { series: m.series, points: [] }));
    line.points.push({ x: m.x, y: (m.yHigh + m.yLow) / 2 });
  }
  const sortedLines = [...lines.values()].sort((a, b) => a.series - b.series);
  if (marks.length <= MAX_MARKS) return { width, height, plot, xTicks, yTicks, marks, lines: sortedLines };
  return {
    width, height, plot, xTicks, yTicks,
    marks: binMarks(marks, plot.left),
    lines: sortedLines.map((l) => ({ series: l.series, points: binPoints(l.points, plot.left) })),
    binnedDays: Math.max(1, Math.round(((t1 - t0) / DAY) * (BIN_WIDTH / (plot.right - plot.left)))),
  };
}

const columnOf = (x: number, left: number) => Math.floor((x - left) / BIN_WIDTH);

/**
 * A crowded chart's marks, one per column (labelled marks kept as they are), in time order:
 * each column's bar runs from the highest top to the lowest bottom of its marks.
 *
 * @example
 * binMarks([point(x 65, y 100), point(x 66, y 120)], 64) // one range mark from y 100 to 120
 */
export function binMarks(marks: readonly ChartMark[], left: number): ChartMark[] {
  const kept = marks.filter((m) => m.labelled);
  const columns = new Map<number, ChartMark[]>();
  for (const m of marks) {
    if (m.labelled) continue;
    const k = columnOf(m.x, left);
    const column = columns.get(k);
    if (column) column.push(m);
    else columns.set(k, [m]);
  }
  const binned = [...columns].map(([k, its]): ChartMark => {
    const yHigh = Math.min(...its.map((m) => m.yHigh));
    const yLow = Math.max(...its.map((m) => m.yLow));
    const x = left + (k + 0.5) * BIN_WIDTH;
    return {
      id: its[0]!.id, x, yHigh, yLow,
      shape: yHigh === yLow ? 'point' : 'range',
      hollow: its.some((m) => m.hollow),
      label: '', labelled: false, labelX: x, labelY: yHigh, labelAnchor: 'start',
    };
  });
  return [...binned, ...kept].sort((a, b) => a.x - b.x);
}

/** A line's points, one per column: the middle of its estimates there. */
function binPoints(points: readonly { x: number; y: number }[], left: number): { x: number; y: number }[] {
  const columns = new Map<number, number[]>();
  for (const p of points) {
    const k = columnOf(p.x, left);
    const ys = columns.get(k);
    if (ys) ys.push(p.y);
    else columns.set(k, [p.y]);
  }
  return [...columns].sort((a, b) => a[0] - b[0]).map(([k, ys]) => ({ x: left + (k + 0.5) * BIN_WIDTH, y: ys.reduce((s, y) => s + y, 0) / ys.length }));
}

/**
 * The text equivalent of a chart, for its SVG `<desc>`.
 *
 * @example
 * chartDescription('Killed', inputs) // 'Killed: 2 estimates, from May 2025 to November 2025: nearly 600 (June 2025); about 2,000 (November 2025).'
 */
export function chartDescription(label: string, inputs: readonly ChartInput[], series: readonly string[] = []): string {
  const when = formatDateAsWritten;
  const sorted = [...inputs].sort((a, b) => a.date.localeCompare(b.date));
  const said = (i: ChartInput) => `${i.label} (${when(i.date)})`;
  const span = sorted.length > 1 ? `, from ${when(sorted[0]!.date)} to ${when(sorted.at(-1)!.date)}` : '';
  const head = `${label}: ${formatNumber(sorted.length)} estimate${sorted.length === 1 ? '' : 's'}${span}`;
  const lines = series.map((name, k) => {
    const points = sorted.filter((i) => i.series === k);
    return points.length <= 6 ? `${name}: ${points.map(said).join(', then ')}` : `${name}: ${formatNumber(points.length)} estimates, from ${said(points[0]!)} to ${said(points.at(-1)!)}`;
  });
  const joined = lines.length ? ` Lines join the estimates of one estimator: ${lines.join('; ')}.` : '';
  if (sorted.length <= MAX_LABELLED) return `${head}: ${sorted.map(said).join('; ')}.${joined}`;
  const [lowest, highest] = extremes(sorted, sorted.map((i) => midpoint(i.date)));
  return `${head}. Lowest ${said(sorted[lowest]!)}; highest ${said(sorted[highest]!)}; latest ${said(sorted.at(-1)!)}.${joined} The table below gives every estimate.`;
}
