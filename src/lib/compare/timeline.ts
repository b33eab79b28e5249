/**
 * The timeline: every dated event of every source, in date order, with events that
 * several sources report (the same `key`) brought together and their dates compared.
 */
import { dateInterval, datesDisagree } from './agreement';
import type { SourceEvent } from '../claims';
import type { SourceEntry } from '../site';
import type { Sourced } from './topics';

export interface TimelineEntry {
  /** The shared key, or `<source-id>#<event-id>` for an event only one source reports. */
  key: string;
  /** Each source's telling, earliest date first. */
  reports: Sourced<SourceEvent>[];
  /** The first day the earliest report covers; the timeline's order. */
  sortDate: string;
  /** True when two reports date the event in periods that do not overlap. */
  datesDisagree: boolean;
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
  const start = (r: Sourced<SourceEvent>) => dateInterval(r.claim.date, r.claim.precision, r.claim.endDate)[0];
  return [...groups].map(([key, reports]) => {
    const sorted = [...reports].sort((a, b) => start(a).localeCompare(start(b)) || a.source.id.localeCompare(b.source.id));
    return {
      key,
      reports: sorted,
      sortDate: start(sorted[0]!),
      datesDisagree: sorted.some((a) => sorted.some((b) => a !== b && datesDisagree(a.claim, b.claim))),
    };
  }).sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.key.localeCompare(b.key));
}
