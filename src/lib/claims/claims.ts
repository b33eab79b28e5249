/**
 * The model of a source's claims, as plain types the collection schema satisfies.
 */
import type {
  ActorKind, DateQualifier, Direction, EventPrecision, FigureCount, FigureTopic, Language, Measure,
  NoteField, NoteKind, PublishedPrecision, Qualifier, ReactionKind, TransferCategory,
} from './vocabulary';

/** An entity named explicitly by its id (the collection gives a reference, tests a string). */
export type EntityId = string | { id: string };

export interface Attribution {
  /** Who made the estimate or statement (an agency, a government, "official sources"). */
  estimatedBy?: string | undefined;
  /** Who passed it on before the outlet did (for example "Radio Svoboda, citing KCNA"). */
  relayedBy?: string | undefined;
  /** The entities they are, when the text alone does not say (it resolves by the entities' forms otherwise). */
  estimatedByEntity?: EntityId | undefined;
  relayedByEntity?: EntityId | undefined;
}

interface ClaimBase {
  /** Stable anchor: `/sources/<source-id>/#<id>`. Never changes once published. */
  id: string;
  /** The exact words of the article that support the claim. */
  quote: string;
  /** True when the article hedges ("reportedly", "auraient", "seraient"). */
  reportedly?: boolean | undefined;
  attribution?: Attribution | undefined;
  /** The dossier's own remark on this claim, kept apart from the article. */
  note?: string | undefined;
  /**
   * The dossier's English translation of a quote in another language: shown under the
   * original, never checked by the provenance rule nor cited as the article's words.
   */
  translation?: string | undefined;
}

export interface Figure extends ClaimBase {
  topic: FigureTopic;
  measure: Measure;
  /** Absent when the article gives no number ("des milliers"); then `statedAs` says what it gives. */
  low?: number | undefined;
  high?: number | undefined;
  statedAs?: string | undefined;
  qualifier: Qualifier;
  /**
   * True when the article says the count did not happen ("did not lose 5,000 soldiers",
   * "n'a jamais envoyé 12 000 soldats"): the rule requires it exactly when the quote's
   * clause holds a negation, and such a figure is no estimate of its measure.
   */
  negated?: boolean | undefined;
  /** When the figure applies, if the text says. */
  asOf?: string | undefined;
  place?: string | undefined;
  /**
   * For troops deployed: whether the figure counts all sent since a start (`cumulative`,
   * with `since` when the text says from when) or those present at a date. Casualty
   * measures are always cumulative; a plan is neither.
   */
  count?: FigureCount | undefined;
  since?: string | undefined;
  /** The place as an entity, when `place` alone does not resolve to one. */
  placeEntity?: EntityId | undefined;
}

export interface Transfer extends ClaimBase {
  direction: Direction;
  item: string;
  category: TransferCategory;
  /** The amount in the article's words, when it gives one without a figure ("des millions"). */
  quantity?: string | undefined;
}

export interface Reaction extends ClaimBase {
  actor: string;
  actorKind: ActorKind;
  kind: ReactionKind;
  /** One English line on what the actor said or did. */
  stance: string;
  /** The actor as an entity, when `actor` alone does not resolve to one. */
  actorEntity?: EntityId | undefined;
}

export interface SourceEvent extends ClaimBase {
  date: string;
  precision: EventPrecision;
  qualifier?: DateQualifier | undefined;
  endDate?: string | undefined;
  /** True when the article does not date the event and the dossier did (see `note`). */
  dateInferred?: boolean | undefined;
  /** One English line saying what happened. */
  what: string;
  /** Shared by events that are the same event across sources, to compare their dates. */
  key?: string | undefined;
  place?: string | undefined;
  placeEntity?: EntityId | undefined;
}

export interface EditorialNote {
  kind: NoteKind;
  text: string;
  /** The claim of the same source the note is about (an error note on an event's date, say). */
  claim?: string | undefined;
  /** Which part of that claim. */
  field?: NoteField | undefined;
}

/**
 * A correction the dossier made to its own record of a source: what changed, why, and
 * which claims it touched. The article's text is never corrected (it stays verbatim); a
 * correction is about the dossier's frontmatter: a figure misread, a claim removed.
 */
export interface Correction {
  /** The day the correction was made (`YYYY-MM-DD`). */
  date: string;
  /** What changed, in one or two sentences. */
  text: string;
  /** Why. */
  reason: string;
  /** The ids of this source's claims the correction changed (they still exist). */
  claims?: string[] | undefined;
  /** The former ids of claims the correction removed: their anchors lead to the correction. */
  removedClaims?: string[] | undefined;
}

/** What the model needs of a source's frontmatter. */
export interface SourceData {
  /** A draft (ingest writes one) is checked by the build but published nowhere until an editor removes the flag. */
  draft?: boolean | undefined;
  title: string;
  titleSupplied?: boolean | undefined;
  titleTranslation?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  language: Language;
  published: string;
  datePrecision: PublishedPrecision;
  dateInferred?: boolean | undefined;
  summary: string;
  figures: Figure[];
  transfers: Transfer[];
  reactions: Reaction[];
  events: SourceEvent[];
  notes: EditorialNote[];
  /** The dossier's corrections to this record, in the order they were made. */
  corrections?: Correction[] | undefined;
  /** The day the dossier last changed this record (`YYYY-MM-DD`), when it did after publishing it. */
  updated?: string | undefined;
}

export type ClaimKind = 'figure' | 'transfer' | 'reaction' | 'event';

/** Any claim, with where it sits in the frontmatter. */
export interface ClaimRef {
  id: string;
  kind: ClaimKind;
  /** Its path in the frontmatter, for error messages: `figures[2]`. */
  field: string;
  quote: string;
}

const LISTS = [
  ['figures', 'figure'], ['transfers', 'transfer'], ['reactions', 'reaction'], ['events', 'event'],
] as const;

/**
 * Every claim of a source, in frontmatter order: figures, transfers, reactions, events.
 *
 * @example
 * claimsOf(source).map((c) => c.id) // ['fig-deployed', 'tr-troops', …]
 */
export function claimsOf(source: { readonly [L in (typeof LISTS)[number][0]]?: readonly { id: string; quote: string }[] | undefined }): ClaimRef[] {
  return LISTS.flatMap(([list, kind]) =>
    (source[list] ?? []).map((c: { id: string; quote: string }, i: number) => ({ id: c.id, kind, field: `${list}[${i}]`, quote: c.quote })),
  );
}
