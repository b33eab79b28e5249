/**
 * Grouping for the cross-reference pages: transfers by direction and category,
 * reactions by actor, figures by measure with their disagreements.
 */
import { disagreements, figuresDisagree } from './agreement';
import type { Figure, Reaction, Transfer } from './claims';
import { figureDate } from './figures';
import type { Sourced } from './topics';
import {
  ACTOR_KINDS, DIRECTIONS, MEASURES, TRANSFER_CATEGORIES,
  type ActorKind, type Direction, type Measure, type TransferCategory,
} from './vocabulary';

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
  for (const item of items) byActor.set(item.claim.actor, [...(byActor.get(item.claim.actor) ?? []), item]);
  return [...byActor].map(([actor, its]) => ({ actor, actorKind: its[0]!.claim.actorKind, items: its, sourceCount: sourceCount(its) }))
    .sort((a, b) =>
      ACTOR_KINDS.indexOf(a.actorKind) - ACTOR_KINDS.indexOf(b.actorKind) ||
      b.sourceCount - a.sourceCount ||
      a.actor.localeCompare(b.actor));
}

export interface MeasureGroup {
  measure: Measure;
  /** Figures with a number, by the date they apply (then source), each with the figures it disagrees with. */
  rows: { item: Sourced<Figure>; disagreesWith: Sourced<Figure>[] }[];
  /** Figures stated without a number: listed, never plotted or ranged. */
  unnumbered: Sourced<Figure>[];
}

/**
 * Figures by measure, in vocabulary order, never merged across measures.
 *
 * @example
 * groupFigures(items).map((g) => g.measure) // ['deployed', 'planned', 'killed', 'wounded']
 */
export function groupFigures(items: readonly Sourced<Figure>[]): MeasureGroup[] {
  return MEASURES.map((measure) => {
    const its = items.filter((i) => i.claim.measure === measure);
    const numeric = its.filter((i) => i.claim.low !== undefined && i.claim.high !== undefined)
      .sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || a.source.id.localeCompare(b.source.id));
    const against = disagreements(numeric, (a, b) => figuresDisagree(a.claim, b.claim));
    return {
      measure,
      rows: numeric.map((item) => ({ item, disagreesWith: against.get(item) ?? [] })),
      unnumbered: its.filter((i) => !numeric.includes(i)),
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
  return figureDate({ published: item.source.data.published, figure: item.claim });
}
