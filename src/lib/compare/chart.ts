/**
 * Geometry for the estimates-over-time chart, drawn as server-rendered SVG: one panel per
 * scope of a measure (never two scopes on one axis), a mark per estimate in its
 * estimator's colour and shape, a vertical bar for a range, a horizontal bar over the
 * period a month- or season-level date covers, hollow when qualified ("about", "up
 * to"…). Labels are placed where they overlap nothing and lie nearest their own mark, or
 * not at all. Pure numbers here; the component only draws them.
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
  /** First and last day (ISO) of the period it applies to; by default the period `date` is written at. */
  start?: string;
  end?: string;
}

export interface ChartMark {
  id: string;
  /** The centre of the mark; a span runs from `xStart` to `xEnd` (equal to `x` for a day). */
  x: number;
  xStart: number;
  xEnd: number;
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
  labelAnchor: 'start' | 'end' | 'middle';
  series?: number;
}

/** One estimator's estimates joined in time order, through the middle of each mark. */
export interface ChartLine {
  series: number;
  points: { x: number; y: number }[];
}

/** Dash patterns of the lines that join a series, in series order. */
export const SERIES_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '1 6'];
/** Marker shapes that tell series apart without colour, in series order (the colours are `.series-<k>` in the style sheet). */
export const SERIES_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'hexagon'] as const;
export type SeriesShape = (typeof SERIES_SHAPES)[number];
/** How many series a chart tells apart; past it, the rest share the last style as "other estimators". */
export const MAX_SERIES = SERIES_SHAPES.length;

/**
 * The SVG path of a marker of radius `r` centred on (x, y).
 *
 * @example
 * markerPath('square', 10, 10, 5) // 'M5.6 5.6H14.4V14.4H5.6Z'
 */
export function markerPath(shape: SeriesShape, x: number, y: number, r: number): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  const polygon = (points: [number, number][]) => `M${points.map(([px, py]) => `${f(x + px * r)} ${f(y + py * r)}`).join('L')}Z`;
  switch (shape) {
    case 'circle': return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square': { const h = r * 0.88; return `M${f(x - h)} ${f(y - h)}H${f(x + h)}V${f(y + h)}H${f(x - h)}Z`; }
    case 'triangle': return polygon([[0, -1.15], [1.05, 0.8], [-1.05, 0.8]]);
    case 'triangle-down': return polygon([[0, 1.15], [1.05, -0.8], [-1.05, -0.8]]);
    case 'diamond': return polygon([[0, -1.25], [1.1, 0], [0, 1.25], [-1.1, 0]]);
    case 'hexagon': return polygon([[0, -1.1], [0.95, -0.55], [0.95, 0.55], [0, 1.1], [-0.95, 0.55], [-0.95, -0.55]]);
  }
}

/** Options of a chart's layout: its size in SVG units, and the time it spans (shared by the panels of one measure). */
export interface ChartOptions {
  width?: number;
  height?: number;
  /** First and last instant (ms) of the time axis; by default the estimates' own, with a margin. */
  domain?: [number, number];
}

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
/** Average advance of a label's character at the chart's 13-unit type, and a label line's height. */
export const CHAR_WIDTH = 7.4;
const LINE = 14;
/** A label's box around its baseline: from 10 units above to 3 below. */
const ASCENT = 10;
const DESCENT = 3;
/** Half the size of a marker, in SVG units. */
export const MARKER_RADIUS = 6;
/** The narrowest a chart is laid out: it scales to its column, and at 375 px its type stays readable. */
export const CHART_WIDTH = 420;
/** Half the width of a month tick's label ("Dec 2025"). */
const TICK_HALF_WIDTH = 28;
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

/** The first and last day of the period an input covers, in ms (the last day's start). */
function periodOf(input: Pick<ChartInput, 'date' | 'start' | 'end'>): [number, number] {
  const [a, b] = input.start && input.end ? [input.start, input.end] : dateInterval(input.date, precisionOfDate(input.date));
  return [Date.parse(a), Date.parse(b)];
}

/** The middle of the period a partial date covers, in ms. */
function midpoint(input: Pick<ChartInput, 'date' | 'start' | 'end'>): number {
  const [a, b] = periodOf(input);
  return (a + b + DAY) / 2;
}

/**
 * The time axis of the panels of one measure: every estimate's period, with a month's margin.
 *
 * @example
 * chartDomain([{ date: '2025-05', … }])[0] < Date.parse('2025-05-01') // true
 */
export function chartDomain(inputs: readonly Pick<ChartInput, 'date' | 'start' | 'end'>[]): [number, number] {
  const periods = inputs.map(periodOf);
  const t0 = Math.min(...periods.map((p) => p[0])) - 30 * DAY;
  const t1 = Math.max(...periods.map((p) => p[1] + DAY)) + 30 * DAY;
  return Number.isFinite(t0) ? [t0, t1] : [0, 1];
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

/** A box in SVG units. */
export interface Box { x0: number; x1: number; y0: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
/** The distance between two boxes (0 when they touch or overlap). */
export function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
  const dy = Math.max(0, a.y0 - b.y1, b.y0 - a.y1);
  return Math.hypot(dx, dy);
}
/** The box a mark covers: its marker, its range bar and its period's span. */
export function markBox(m: Pick<ChartMark, 'x' | 'xStart' | 'xEnd' | 'yHigh' | 'yLow'>): Box {
  const r = MARKER_RADIUS + 1;
  return { x0: Math.min(m.xStart, m.x - r), x1: Math.max(m.xEnd, m.x + r), y0: m.yHigh - r, y1: m.yLow + r };
}
/** The box a label covers, from its anchor point. */
export function labelBox(m: Pick<ChartMark, 'label' | 'labelX' | 'labelY' | 'labelAnchor'>): Box {
  const w = m.label.length * CHAR_WIDTH;
  const x0 = m.labelAnchor === 'start' ? m.labelX : m.labelAnchor === 'end' ? m.labelX - w : m.labelX - w / 2;
  return { x0, x1: x0 + w, y0: m.labelY - ASCENT, y1: m.labelY + DESCENT };
}

/** A coordinate to a hundredth of a unit. */
const hundredth = (v: number) => Math.round(v * 100) / 100;

/**
 * Lays out the estimates of one scope of a measure over time.
 *
 * @example
 * layoutChart([{ id: 'a', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' }]).marks[0].shape // 'range'
 */
export function layoutChart(inputs: readonly ChartInput[], options: ChartOptions = {}): ChartLayout {
  const { width = CHART_WIDTH, height = 240 } = options;
  const plot = { left: 52, right: width - 14, top: 14, bottom: height - 30 };
  const periods = inputs.map(periodOf);
  const times = inputs.map(midpoint);
  const [t0, t1] = options.domain ?? chartDomain(inputs);
  // 5 % headroom so the highest mark never sits on the frame.
  const { max, step } = niceScale(Math.max(...inputs.map((i) => i.high), 1) * 1.05);
  // Coordinates to a hundredth of a unit (a 420-unit-wide drawing): finer is invisible, and
  // "77.69999999999999" in every attribute of thousands of marks weighs on the page.
  const x = (t: number) => hundredth(plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left));
  const y = (v: number) => hundredth(plot.bottom - (v / max) * (plot.bottom - plot.top));

  const yTicks = Array.from({ length: Math.round(max / step) + 1 }, (_, k) => ({ y: y(k * step), label: formatNumber(k * step) }));
  const xTicks: ChartLayout['xTicks'] = [];
  const start = new Date(t0);
  const spanMonths = (t1 - t0) / (30 * DAY);
  // A tick label is about 8 characters wide: ticks no closer than 70 units.
  const every = [1, 2, 3, 6, 12, 24].find((k) => ((plot.right - plot.left) / spanMonths) * k >= 70) ?? 24;
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); d.getTime() <= t1; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + every, 1))) {
    const tx = x(d.getTime());
    // A label centred on a tick near the edge would be cut off: that tick goes unlabelled.
    if (tx - TICK_HALF_WIDTH >= 0 && tx + TICK_HALF_WIDTH <= width) xTicks.push({ x: tx, label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` });
  }

  const dense = inputs.length > MAX_LABELLED;
  // Marks at (nearly) the same date are spread apart so that none hides another; a span stays over its period.
  const order = inputs.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  const xs: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    xs[i] = Math.min(dense ? x(times[i]!) : Math.max(x(times[i]!), previous + MIN_GAP), plot.right);
    previous = xs[i]!;
  }
  const marks: ChartMark[] = order.map((i) => {
    const input = inputs[i]!;
    const [a, b] = periods[i]!;
    const span = b > a;
    return {
      id: input.id,
      x: xs[i]!,
      xStart: span ? Math.max(x(a), plot.left) : xs[i]!,
      xEnd: span ? Math.min(x(b + DAY), plot.right) : xs[i]!,
      yHigh: y(input.high),
      yLow: y(input.low),
      shape: input.low === input.high ? 'point' as const : 'range' as const,
      hollow: input.qualifier !== 'exact',
      label: input.label,
      labelled: false,
      labelX: xs[i]!,
      labelY: y(input.high),
      labelAnchor: 'start' as const,
      ...(input.series !== undefined ? { series: input.series } : {}),
    };
  });
  // The latest first, then backwards in time: when there is no room, the oldest go unlabelled.
  const wanted = dense ? new Set(extremes(inputs, times).map((i) => inputs[i]!.id)) : null;
  const boxes = marks.map(markBox);
  const placed: Box[] = [];
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k]!;
    if (wanted && !wanted.has(m.id)) continue;
    const spot = placeLabel(m, k, boxes, placed, { x0: 0, x1: width, y0: 0, y1: plot.bottom }, (j) => !wanted || wanted.has(marks[j]!.id));
    if (!spot) continue;
    Object.assign(m, spot, { labelled: true });
    placed.push(labelBox(m));
  }
  const lines = new Map<number, ChartLine>();
  for (const m of marks) {
    if (m.series === undefined) continue;
    let line = lines.get(m.series);
    if (!line) lines.set(m.series, (line = { series: m.series, points: [] }));
    line.points.push({ x: m.x, y: (m.yHigh + m.yLow) / 2 });
  }
  const sortedLines = [...lines.values()].filter((l) => l.points.length > 1).sort((a, b) => a.series - b.series);
  if (marks.length <= MAX_MARKS) return { width, height, plot, xTicks, yTicks, marks, lines: sortedLines };
  return {
    width, height, plot, xTicks, yTicks,
    marks: binMarks(marks, plot.left),
    lines: sortedLines.map((l) => ({ series: l.series, points: binPoints(l.points, plot.left) })),
    binnedDays: Math.max(1, Math.round(((t1 - t0) / DAY) * (BIN_WIDTH / (plot.right - plot.left)))),
  };
}

/**
 * Where a mark's label goes: beside it, above or below, then further off, at the first
 * place inside the frame that covers no mark and no label already placed and lies nearer
 * its own mark than any other; null when there is none (the table gives the estimate).
 */
function placeLabel(m: ChartMark, own: number, marks: readonly Box[], labels: readonly Box[], frame: Box, keepClear: (k: number) => boolean): Pick<ChartMark, 'labelX' | 'labelY' | 'labelAnchor'> | null {
  const box = marks[own]!;
  const mid = (box.y0 + box.y1) / 2 + (ASCENT - DESCENT) / 2;
  const candidates: Pick<ChartMark, 'labelX' | 'labelY' | 'labelAnchor'>[] = [];
  const above = { labelX: m.x, labelY: box.y0 - DESCENT - 1, labelAnchor: 'middle' as const };
  const below = { labelX: m.x, labelY: box.y1 + ASCENT + 1, labelAnchor: 'middle' as const };
  const spanned = m.xEnd - m.xStart > 2 * MARKER_RADIUS;
  if (spanned) candidates.push(above, below);
  for (const dy of [0, -LINE / 2, LINE / 2, -LINE, LINE, -1.5 * LINE, 1.5 * LINE, -2 * LINE, 2 * LINE]) {
    candidates.push({ labelX: box.x1 + 3, labelY: mid + dy, labelAnchor: 'start' }, { labelX: box.x0 - 3, labelY: mid + dy, labelAnchor: 'end' });
  }
  if (!spanned) candidates.push(above, below);
  const inside = (b: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;
  return candidates.find((c) => {
    const b = labelBox({ ...c, label: m.label });
    if (!inside(b) || labels.some((l) => overlaps(b, l))) return false;
    const mine = boxDistance(b, box);
    // In a dense chart only the labelled marks need keeping clear; the cloud is read from the table.
    return marks.every((other, k) => k === own || !keepClear(k) || (!overlaps(b, other) && boxDistance(b, other) > mine));
  }) ?? null;
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
      id: its[0]!.id, x, xStart: x, xEnd: x, yHigh, yLow,
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
  return [...columns].sort((a, b) => a[0] - b[0]).map(([k, ys]) => ({ x: hundredth(left + (k + 0.5) * BIN_WIDTH), y: hundredth(ys.reduce((s, y) => s + y, 0) / ys.length) }));
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
  const [lowest, highest] = extremes(sorted, sorted.map(midpoint));
  return `${head}. Lowest ${said(sorted[lowest]!)}; highest ${said(sorted[highest]!)}; latest ${said(sorted.at(-1)!)}.${joined} The table below gives every estimate.`;
}
