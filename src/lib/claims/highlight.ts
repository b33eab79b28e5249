/**
 * Splits a block of text into segments by the claims that quote it, so that each quoted
 * stretch can be highlighted and each claim anchored at its first character.
 */
import type { Range } from './text';

export interface ClaimRange extends Range {
  id: string;
}

export interface Segment extends Range {
  /** Claims whose quote covers this segment. */
  claims: string[];
  /** Claims whose quote starts at this segment's first character, in input order. */
  starts: string[];
}

/**
 * Cuts `[0, length)` at every claim boundary. Overlapping and identical quotes are
 * allowed: a segment lists every claim that covers it.
 *
 * @example
 * segmentClaims(10, [{ id: 'a', start: 2, end: 5 }])
 * // [{start:0,end:2,claims:[],starts:[]}, {start:2,end:5,claims:['a'],starts:['a']}, {start:5,end:10,claims:[],starts:[]}]
 */
export function segmentClaims(length: number, ranges: ClaimRange[]): Segment[] {
  const cuts = [...new Set([0, length, ...ranges.flatMap((r) => [r.start, r.end])])]
    .filter((c) => c >= 0 && c <= length)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    segments.push({
      start,
      end,
      claims: ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.id),
      starts: ranges.filter((r) => r.start === start).map((r) => r.id),
    });
  }
  return segments;
}
