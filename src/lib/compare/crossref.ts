/**
 * Grouping for the cross-reference pages: transfers by direction and category,
 * reactions by actor, figures by measure with their disagreements.
 */
import { figureInterval, rangeDisagreements, type RangeDisagreement } from './agreement';
import type { ChartInput } from './chart';
import { formatFigureValue } from '../site';
import type { Figure, Reaction, Transfer } from '../claims';
import type { SourceEntry } from '../site';
import { selectClaims, type Sourced, type TopicSelector } from './topics';
import {
  ACTOR_KINDS, ACTOR_KIND_HEADINGS, DIRECTIONS, DIRECTION_LABELS, MEASURES, MEASURE_LABELS, TRANSFER_CATEGORIES,
  type ActorKind, type Direction, type Measure, type TransferCategory,
} from '../claims';

export interface TransferGroup {
  direction: Direction;
  categories: { category: TransferCategory; items: Sourced<Transfer>[]; sourceCount: number }[];
}

const sourceCount = (items: Sourced<unknown>[]) => new Set(items.map((i) => i.source.id)).size;

/**
 * Transfers by direction, then category, in vocabulary order; empty groups dropped.
 *
 * @example
 * groupTransfers(items)[0] // { direction: 'to-russia', categories: [{ category: 'troops', items: […], sourceCount: 5 }, …] }
 */
export function groupTransfers(items: readonly Sourced<Transfer>[]): TransferGroup[] {
  return DIRECTIONS.map((direction) => ({
    direction,
    categories: TRANSFER_CATEGORIES.map((category) => {
      const its = items.filter((i) => i.claim.direction === direction && i.claim.category === category);
      return { category, items: its, sourceCount: sourceCount(its) };
    }).filter((c) => c.items.length > 0),
  })).filter((g) => g.categories.length > 0);
}

export interface ActorGroup {
  actor: string;
  actorKind: ActorKind;
  items: Sourced<Reaction>[];
  sourceCount: number;
}

/**
 * Reactions by actor: states first, then organisations, people and groups; within a
 * kind, actors reported by more sources first, then by name.
 *
 * @example
 * groupReactions(items).map((g) => g.actor) // ['United States', 'South Korea', 'Australia', …]
 */
export function groupReactions(items: readonly Sourced<Reaction>[]): ActorGroup[] {
  const byActor = new Map<string, Sourced<Reaction>[]>();
  for (const item of items) {
    const its = byActor.get(item.claim.actor);
    if (its) its.push(item);
    else byActor.set(item.claim.actor, [item]);
  }
  return [...byActor].map(([actor, its]) => ({ actor, actorKind: its[0]!.claim.actorKind, items: its, sourceCount: sourceCount(its) }))
    .sort((a, b) =>
      ACTOR_KINDS.indexOf(a.actorKind) - ACTOR_KINDS.indexOf(b.actorKind) ||
      b.sourceCount - a.sourceCount ||
      a.actor.localeCompare(b.actor));
}

export interface MeasureGroup {
  measure: Measure;
  /**
   * Figures with a number, by the date they apply (then source), each with how many
   * others it disagrees with and the nearest of them on each side.
   */
  rows: { item: Sourced<Figure>; disagreement: RangeDisagreement<Sourced<Figure>> }[];
  /** Figures stated without a number: listed, never plotted or ranged. */
  unnumbered: Sourced<Figure>[];
  /** The figure with the smallest `low`, and the one with the largest `high`. */
  lowest?: Sourced<Figure>;
  highest?: Sourced<Figure>;
  /** The figure that applies latest (its `asOf`, else its source's date). */
  latest?: Sourced<Figure>;
  /** How many distinct sources give a figure for this measure, with or without a number. */
  sourceCount: number;
}

/** How many disagreeing estimates a row names on each side; the rest are counted. */
export const NEAREST_DISAGREEMENTS = 3;

const pick = <T>(items: readonly T[], better: (a: T, b: T) => boolean) =>
  items.reduce<T | undefined>((best, i) => (best === undefined || better(i, best) ? i : best), undefined);

/**
 * Figures by measure, in vocabulary order, never merged across measures, with the
 * lowest, highest and latest estimate of each and the figures each disagrees with.
 *
 * @example
 * groupFigures(items).map((g) => g.measure) // ['deployed', 'planned', 'killed', 'wounded']
 */
export function groupFigures(items: readonly Sourced<Figure>[], nearest = NEAREST_DISAGREEMENTS): MeasureGroup[] {
  return MEASURES.map((measure) => {
    const its = items.filter((i) => i.claim.measure === measure);
    const hasNumber = (i: Sourced<Figure>) => i.claim.low !== undefined && i.claim.high !== undefined;
    const numeric = its.filter(hasNumber)
      .sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.source.id.localeCompare(b.source.id));
    const against = rangeDisagreements(numeric, (i) => figureInterval(i.claim)!, nearest);
    // Ties go to the narrower estimate: 10,000–12,000 is lower than 10,000–14,000.
    const lowest = pick(numeric, (a, b) => a.claim.low! < b.claim.low! || (a.claim.low === b.claim.low && a.claim.high! < b.claim.high!));
    const highest = pick(numeric, (a, b) => a.claim.high! > b.claim.high! || (a.claim.high === b.claim.high && a.claim.low! > b.claim.low!));
    const latest = pick(numeric, (a, b) => dateOf(a) > dateOf(b));
    return {
      measure,
      rows: numeric.map((item) => ({ item, disagreement: against.get(item)! })),
      unnumbered: its.filter((i) => !hasNumber(i)),
      sourceCount: sourceCount(its),
      ...(lowest && { lowest }), ...(highest && { highest }), ...(latest && { latest }),
    };
  }).filter((g) => g.rows.length + g.unnumbered.length > 0);
}

/**
 * When a sourced figure applies: its `asOf`, else its source's publication date.
 *
 * @example
 * dateOf({ source: { data: { published: '2025-05' } }, claim: { asOf: undefined } }) // '2025-05'
 */
export function dateOf(item: Sourced<Figure>): string {
  return item.claim.asOf ?? item.source.data.published;
}

/**
 * The in-page anchor of a claim on a topic page (its row or list item), which the
 * Agreement column links to.
 *
 * @example
 * topicRowId({ source: { id: 'csactu-2025-05-x' }, claim: { id: 'fig-a' } }) // 'csactu-2025-05-x--fig-a'
 */
export function topicRowId(item: { source: { id: string }; claim: { id: string } }): string {
  return `${item.source.id}--${item.claim.id}`;
}

/**
 * Who made an estimate, as a table or list reads it.
 *
 * @example
 * estimatorOf(figureWithoutAttribution) // 'estimator not stated'
 */
export function estimatorOf(item: Sourced<Figure>): string {
  return item.claim.attribution?.estimatedBy ?? 'estimator not stated';
}

/**
 * The chart's inputs for a measure: every estimate with a number, at the date it applies.
 *
 * @example
 * chartInputsOf(group)[0] // { id: 'src#fig', date: '2025-05', low: 10000, high: 12000, qualifier: 'exact', label: '10,000–12,000' }
 */
export function chartInputsOf(group: MeasureGroup): ChartInput[] {
  return group.rows.map(({ item }) => ({
    id: `${item.source.id}#${item.claim.id}`,
    date: dateOf(item),
    low: item.claim.low!,
    high: item.claim.high!,
    qualifier: item.claim.qualifier,
    label: formatFigureValue(item.claim),
  }));
}

/** What a topic page shows, by the kind of claims it gathers. */
export type TopicView =
  | { kind: 'figure'; groups: MeasureGroup[]; count: number }
  | { kind: 'transfer'; groups: TransferGroup[]; count: number }
  | { kind: 'reaction'; groups: ActorGroup[]; count: number };

/**
 * Gathers and groups a topic's claims from all sources.
 *
 * @example
 * topicView(entries, { kind: 'transfer' }).groups[0].direction // 'to-russia'
 */
export function topicView(entries: readonly SourceEntry[], select: TopicSelector): TopicView {
  switch (select.kind) {
    case 'figure': {
      const items = selectClaims(entries, { ...select, kind: 'figure' });
      return { kind: 'figure', groups: groupFigures(items), count: items.length };
    }
    case 'transfer': {
      const items = selectClaims(entries, { ...select, kind: 'transfer' });
      return { kind: 'transfer', groups: groupTransfers(items), count: items.length };
    }
    case 'reaction': {
      const items = selectClaims(entries, { ...select, kind: 'reaction' });
      return { kind: 'reaction', groups: groupReactions(items), count: items.length };
    }
  }
}

/**
 * The sections of a topic page, for its table of contents: one per measure, direction or
 * kind of actor, with the anchor each section's heading carries.
 *
 * @example
 * topicSections(view)[0] // { id: 'measure-deployed', label: 'Troops deployed' }
 */
export function topicSections(view: TopicView): { id: string; label: string }[] {
  switch (view.kind) {
    case 'figure': return view.groups.map((g) => ({ id: `measure-${g.measure}`, label: MEASURE_LABELS[g.measure] }));
    case 'transfer': return view.groups.map((g) => ({ id: `direction-${g.direction}`, label: DIRECTION_LABELS[g.direction] }));
    case 'reaction': return ACTOR_KINDS.filter((k) => view.groups.some((g) => g.actorKind === k)).map((k) => ({ id: `actors-${k}`, label: ACTOR_KIND_HEADINGS[k] }));
  }
}
