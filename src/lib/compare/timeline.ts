/**
 * The timeline: every dated event of every source, in date order, with events that
 * several sources report (the same `key`) brought together. A shared event is headed by
 * its best-supported date: the one most reports agree on at the finest precision where a
 * majority agrees, or, with no majority, the most precise date no report contradicts; a
 * date an editor's note marks as an error never heads an event.
 */
import { dateInterval, datesDisagree } from './agreement';
import type { EditorialNote, EventPrecision, SourceEvent } from '../claims';
import type { SourceEntry } from '../site';
import type { Sourced } from './topics';
import { planArchive, type ArchivePlan } from './periods';

/** A date at a precision, as an event's heading shows it. */
export interface HeadingDate {
  date: string;
  precision: EventPrecision;
  qualifier?: SourceEvent['qualifier'];
  endDate?: string | undefined;
}

/** How an entry's heading date was chosen. */
export type HeadingBasis =
  /** One report, or every report the same. */
  | 'single'
  /** A strict majority of the reports agree on it at its precision. */
  | 'majority'
  /** No majority: the most precise date that no other report contradicts. */
  | 'uncontradicted'
  /** No date stands: reports contradict each other, or every date is marked an error. */
  | 'disputed';

export interface TimelineEntry {
  /** The shared key, or `<source-id>#<event-id>` for an event only one source reports. */
  key: string;
  /** Each source's telling, earliest date first. */
  reports: Sourced<SourceEvent>[];
  /** The date that heads the entry, or null when none stands (`basis` 'disputed'). */
  heading: HeadingDate | null;
  basis: HeadingBasis;
  /** How many reports agree with the heading, of how many. */
  support: { agree: number; of: number };
  /** The report whose wording heads the entry: the most precise one agreeing with the heading. */
  lead: Sourced<SourceEvent>;
  /** Reports whose date does not fit the heading (or, disputed, that contradict another). */
  outliers: Sourced<SourceEvent>[];
  /** Reports whose date an editor's note marks as an error, with that note. */
  marked: { report: Sourced<SourceEvent>; note: EditorialNote }[];
  /** The first day the heading covers (or the earliest report, disputed); the timeline's order. */
  sortDate: string;
  /** True when two reports date the event in periods that do not overlap. */
  datesDisagree: boolean;
}

const RANK: Record<EventPrecision, number> = { day: 0, month: 1, season: 2, year: 3 };
const LEVELS = [['day', 10], ['month', 7], ['year', 4]] as const;
const span = (e: { date: string; precision: EventPrecision; endDate?: string | undefined }) => dateInterval(e.date, e.precision, e.endDate);
const width = (e: { date: string; precision: EventPrecision; endDate?: string | undefined }) => {
  const [a, b] = span(e);
  return Date.parse(b) - Date.parse(a);
};
const within = (inner: [string, string], outer: [string, string]) => inner[0] >= outer[0] && inner[1] <= outer[1];
const overlap = (a: [string, string], b: [string, string]) => !(a[1] < b[0] || b[1] < a[0]);

/** The editor's note that marks a report's date as an error, if any. */
function dateErrorNote(r: Sourced<SourceEvent>): EditorialNote | undefined {
  return r.source.data.notes.find((n) => n.kind === 'error' && n.claim === r.claim.id && (n.field === undefined || n.field === 'date'));
}

/**
 * The best-supported date of reports of one event, with how it was chosen.
 *
 * @example
 * bestSupportedDate([{ date: '2023', precision: 'year' }, { date: '2024-06', precision: 'month' }, { date: '2024', precision: 'year' }])
 * // { heading: { date: '2024-06', precision: 'month' }, basis: 'majority' }
 */
export function bestSupportedDate(reports: readonly HeadingDate[]): { heading: HeadingDate | null; basis: HeadingBasis } {
  const n = reports.length;
  if (n === 0) return { heading: null, basis: 'disputed' };
  if (reports.every((r) => r.date === reports[0]!.date && r.precision === reports[0]!.precision && r.endDate === reports[0]!.endDate)) {
    return { heading: reports[0]!, basis: 'single' };
  }
  // From the finest precision up: the value a strict majority supports, when only one does.
  for (const [precision, length] of LEVELS) {
    const values = new Set(reports.filter((r) => RANK[r.precision] <= RANK[precision] && !r.endDate).map((r) => r.date.slice(0, length)));
    const winners = [...values].filter((v) => {
      const interval = dateInterval(v, precision);
      const support = reports.filter((r) => (RANK[r.precision] <= RANK[precision] && !r.endDate ? r.date.slice(0, length) === v : within(interval, span(r)))).length;
      return support * 2 > n;
    });
    if (winners.length === 1) {
      // Head with a report's own wording of that date where one gives it exactly.
      const exact = reports.find((r) => r.date === winners[0] && r.precision === precision && !r.endDate);
      return { heading: exact ?? { date: winners[0]!, precision }, basis: 'majority' };
    }
  }
  const uncontradicted = [...reports].sort((a, b) => width(a) - width(b)).find((r) => reports.every((o) => overlap(span(r), span(o))));
  return uncontradicted ? { heading: uncontradicted, basis: 'uncontradicted' } : { heading: null, basis: 'disputed' };
}

/**
 * Every event of every source as timeline entries, in date order (ties by key).
 *
 * @example
 * buildTimeline(entries).map((e) => e.key) // ['korean-war', 'vladivostok-summit-2019', 'mutual-defence-treaty-signed', …]
 */
export function buildTimeline(entries: readonly SourceEntry[]): TimelineEntry[] {
  const groups = new Map<string, Sourced<SourceEvent>[]>();
  for (const source of entries) {
    for (const claim of source.data.events) {
      const key = claim.key ?? `${source.id}#${claim.id}`;
      const reports = groups.get(key);
      if (reports) reports.push({ source, claim });
      else groups.set(key, [{ source, claim }]);
    }
  }
  const start = (r: Sourced<SourceEvent>) => span(r.claim)[0];
  return [...groups].map(([key, reports]): TimelineEntry => {
    const sorted = [...reports].sort((a, b) => start(a).localeCompare(start(b)) || a.source.id.localeCompare(b.source.id));
    const marked = sorted.flatMap((report) => { const note = dateErrorNote(report); return note ? [{ report, note }] : []; });
    const candidates = sorted.filter((r) => !marked.some((m) => m.report === r));
    const { heading, basis } = bestSupportedDate(candidates.map((r) => r.claim));
    const headSpan = heading && span(heading);
    const fits = (r: Sourced<SourceEvent>) => headSpan !== null && overlap(span(r.claim), headSpan);
    const agreeing = sorted.filter((r) => fits(r) && !marked.some((m) => m.report === r));
    const lead = [...agreeing].sort((a, b) => width(a.claim) - width(b.claim))[0] ?? sorted[0]!;
    const outliers = headSpan ? sorted.filter((r) => !fits(r)) : sorted.filter((r) => sorted.some((o) => o !== r && datesDisagree(r.claim, o.claim)));
    return {
      key,
      reports: sorted,
      heading,
      basis: marked.length > 0 && heading === null ? 'disputed' : basis,
      support: { agree: agreeing.length, of: sorted.length },
      lead,
      outliers,
      marked,
      sortDate: headSpan ? headSpan[0] : start(sorted[0]!),
      datesDisagree: sorted.some((a) => sorted.some((b) => a !== b && datesDisagree(a.claim, b.claim))),
    };
  }).sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.key.localeCompare(b.key));
}

/**
 * The anchor of a timeline entry, on whichever page lists it.
 *
 * @example
 * timelineEntryId({ key: 'csactu-2025-05-x#ev-a' }) // 'csactu-2025-05-x--ev-a'
 */
export function timelineEntryId(entry: Pick<TimelineEntry, 'key'>): string {
  return entry.key.replace('#', '--');
}

/**
 * The timeline's archive: each entry on the page of the period its heading date falls in
 * (a disputed entry: its earliest report's), at that date's precision (see `planArchive`).
 *
 * @example
 * timelineArchive(buildTimeline(entries)).pageOf(entry) // '2024-06'
 */
export function timelineArchive(timeline: readonly TimelineEntry[], limit?: number): ArchivePlan<TimelineEntry> {
  return planArchive(timeline, (e) => ({ start: e.sortDate, precision: e.heading?.precision ?? e.reports[0]!.claim.precision }), limit);
}

/** How many shared events (reported by more than one source) the timeline's summary lists. */
export const SHARED_EVENTS_SHOWN = 60;

/**
 * The events several sources report, most reports first (then in date order), at most
 * `limit`: what a summary of the timeline leads with.
 *
 * @example
 * sharedEvents(buildTimeline(entries)).map((e) => e.key) // ['treaty', 'began']
 */
export function sharedEvents(timeline: readonly TimelineEntry[], limit = SHARED_EVENTS_SHOWN): { shown: TimelineEntry[]; total: number } {
  const shared = timeline.filter((e) => new Set(e.reports.map((r) => r.source.id)).size > 1);
  const shown = [...shared].sort((a, b) => b.reports.length - a.reports.length || a.sortDate.localeCompare(b.sortDate) || a.key.localeCompare(b.key)).slice(0, limit)
    .sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.key.localeCompare(b.key));
  return { shown, total: shared.length };
}
