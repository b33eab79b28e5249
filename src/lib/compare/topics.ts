/**
 * Topics as data: which claims of which sources a cross-reference page gathers.
 * A new topic is a new file in `content/topics/`, not new page code.
 */
import type { ClaimKind, Direction, Figure, FigureTopic, Measure, Reaction, ReactionKind, SourceData, SourceEvent, Transfer, TransferCategory } from '../claims';
import type { SourceEntry } from '../site';

/** Which claims belong to a topic: one kind, optionally narrowed. */
export interface TopicSelector {
  kind: Exclude<ClaimKind, 'event'>;
  figureTopics?: FigureTopic[] | undefined;
  measures?: Measure[] | undefined;
  directions?: Direction[] | undefined;
  categories?: TransferCategory[] | undefined;
  actors?: string[] | undefined;
  reactionKinds?: ReactionKind[] | undefined;
}

export interface TopicDef {
  id: string;
  title: string;
  navLabel: string;
  description: string;
  order: number;
  select: TopicSelector;
}

/** A claim with the source that makes it. */
export interface Sourced<C> {
  source: SourceEntry;
  claim: C;
}

type ClaimOf = { figure: Figure; transfer: Transfer; reaction: Reaction; event: SourceEvent };
const LIST: { [K in ClaimKind]: keyof Pick<SourceData, 'figures' | 'transfers' | 'reactions' | 'events'> } = {
  figure: 'figures', transfer: 'transfers', reaction: 'reactions', event: 'events',
};

const allows = <T>(list: readonly T[] | undefined, value: T) => !list || list.includes(value);

/**
 * Whether a claim of the selector's kind belongs to the topic (a negated figure belongs to none).
 *
 * @example
 * matches({ kind: 'figure', figureTopics: ['troops'] }, figure) // true for a troops figure
 */
export function matches(select: TopicSelector, claim: Figure | Transfer | Reaction): boolean {
  switch (select.kind) {
    case 'figure': {
      const f = claim as Figure;
      // A count the article says did not happen ("did not lose 5,000") is no estimate.
      return !f.negated && allows(select.figureTopics, f.topic) && allows(select.measures, f.measure);
    }
    case 'transfer': {
      const t = claim as Transfer;
      return allows(select.directions, t.direction) && allows(select.categories, t.category);
    }
    case 'reaction': {
      const r = claim as Reaction;
      return allows(select.actors, r.actor) && allows(select.reactionKinds, r.kind);
    }
  }
}

/**
 * Every claim of every source that a topic gathers, in source order.
 *
 * @example
 * selectClaims(entries, { kind: 'transfer' }).length // every transfer of every source
 */
export function selectClaims<K extends TopicSelector['kind']>(entries: readonly SourceEntry[], select: TopicSelector & { kind: K }): Sourced<ClaimOf[K]>[] {
  return entries.flatMap((source) =>
    (source.data[LIST[select.kind]] as ClaimOf[K][])
      .filter((claim) => matches(select, claim))
      .map((claim) => ({ source, claim })),
  );
}

/**
 * The topics on which at least one claim of a source appears, in topic order.
 *
 * @example
 * topicsOfSource(entry, topics).map((t) => t.id) // ['troops', 'technology-transfers']
 */
export function topicsOfSource<T extends TopicDef>(source: SourceEntry, topics: readonly T[]): T[] {
  return [...topics].sort((a, b) => a.order - b.order).filter((t) => selectClaims([source], t.select).length > 0);
}

/**
 * Which topics gather a given claim (a claim may sit on several).
 *
 * @example
 * topicsOfClaim('figure', figure, topics).map((t) => t.id) // ['troops']
 */
export function topicsOfClaim<T extends TopicDef>(kind: ClaimKind, claim: Figure | Transfer | Reaction | SourceEvent, topics: readonly T[]): T[] {
  if (kind === 'event') return [];
  return topics.filter((t) => t.select.kind === kind && matches(t.select, claim as Figure | Transfer | Reaction));
}
