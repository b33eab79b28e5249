/**
 * Geometry for the estimates-over-time chart, drawn as server-rendered SVG: one panel per
 * measure, a point for a single value, a bar for a range, hollow when qualified
 * ("about", "up to"…). Pure numbers here; the component only draws them.
 */
import { dateInterval } from './agreement';
import { formatNumber } from './format';
import type { Qualifier } from './vocabulary';

export interface ChartInput {
  id: string;
  /** When the estimate applies (partial ISO date). */
  date: string;
  low: number;
  high: number;
  qualifier: Qualifier;
  label: string;
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
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  marks: ChartMark[];
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The middle of the period a partial date covers, in ms. */
function midpoint(date: string): number {
  const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  const [a, b] = dateInterval(date, precision);
  return (Date.parse(a) + Date.parse(b)) / 2;
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

  const marks = inputs.map((input, i) => {
    const mx = x(times[i]!);
    const right = mx < (plot.left + plot.right) / 2;
    return {
      id: input.id,
      x: mx,
      yHigh: y(input.high),
      yLow: y(input.low),
      shape: input.low === input.high ? 'point' as const : 'range' as const,
      hollow: input.qualifier !== 'exact',
      label: input.label,
      labelX: right ? mx + 8 : mx - 8,
      labelY: (y(input.high) + y(input.low)) / 2 + 4,
      labelAnchor: right ? 'start' as const : 'end' as const,
    };
  });
  return { width, height, plot, xTicks, yTicks, marks };
}
