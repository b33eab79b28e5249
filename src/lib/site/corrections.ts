/**
 * The dossier's corrections to its records, as pages show them: each with its permanent
 * anchor on its source page, by claim, and across the dossier newest first.
 */
import type { Correction, SourceData } from '../claims';
import { CORRECTION_ANCHOR_PREFIX } from '../claims';
import type { SourceEntry } from './sources';
import { sourceUrl } from './sources';

/** A correction with its anchor on the source page. */
export interface CorrectionView {
  /** `correction-<date>`, with `-2`, `-3`… for further corrections of the same day. */
  anchor: string;
  correction: Correction;
}

/** A correction with the source it corrects. */
export interface DossierCorrection<E extends SourceEntry = SourceEntry> extends CorrectionView {
  source: E;
}

/**
 * A source's corrections in the order they were made, each with its anchor. The anchor
 * depends on the date and the order within that day only, so it never changes when later
 * corrections are added at the end.
 *
 * @example
 * correctionsOf({ corrections: [{ date: '2026-01-05', … }, { date: '2026-01-05', … }] }).map((c) => c.anchor)
 * // ['correction-2026-01-05', 'correction-2026-01-05-2']
 */
export function correctionsOf(data: Pick<SourceData, 'corrections'>): CorrectionView[] {
  const seen = new Map<string, number>();
  return (data.corrections ?? []).map((correction) => {
    const n = (seen.get(correction.date) ?? 0) + 1;
    seen.set(correction.date, n);
    return { anchor: `${CORRECTION_ANCHOR_PREFIX}${correction.date}${n > 1 ? `-${n}` : ''}`, correction };
  });
}

/**
 * The permanent URL of a correction: its source page with the correction's anchor.
 *
 * @example
 * correctionUrl('x', 'correction-2026-01-05') // '/sources/x/#correction-2026-01-05'
 */
export function correctionUrl(sourceId: string, anchor: string): string {
  return `${sourceUrl(sourceId)}#${anchor}`;
}

/**
 * The day the dossier last changed a source's record: the later of `updated` and its
 * newest correction; undefined when it never changed it.
 *
 * @example
 * lastUpdated({ updated: '2026-01-02', corrections: [{ date: '2026-01-05', … }] }) // '2026-01-05'
 */
export function lastUpdated(data: Pick<SourceData, 'corrections' | 'updated'>): string | undefined {
  const dates = [data.updated, ...(data.corrections ?? []).map((c) => c.date)].filter((d): d is string => !!d);
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : undefined;
}

/**
 * The corrections touching each claim of a source, by claim id: the claims they changed
 * and the former ids of those they removed.
 *
 * @example
 * correctionsByClaim(data).get('fig-a')?.[0].anchor // 'correction-2026-01-05'
 */
export function correctionsByClaim(data: Pick<SourceData, 'corrections'>): Map<string, CorrectionView[]> {
  const out = new Map<string, CorrectionView[]>();
  for (const view of correctionsOf(data)) {
    for (const id of [...(view.correction.claims ?? []), ...(view.correction.removedClaims ?? [])]) {
      out.set(id, [...(out.get(id) ?? []), view]);
    }
  }
  return out;
}

/**
 * Every correction of the dossier, newest first: by day, then by source id, then the
 * later made first (as on the source page).
 *
 * @example
 * allCorrections(entries)[0].anchor // the newest correction's anchor
 */
export function allCorrections<E extends SourceEntry>(entries: readonly E[]): DossierCorrection<E>[] {
  const all = entries.flatMap((source) => correctionsOf(source.data).map((view, order) => ({ ...view, source, order })));
  all.sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.source.id.localeCompare(b.source.id) || b.order - a.order);
  return all.map(({ order: _order, ...rest }) => rest);
}
