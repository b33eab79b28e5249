/**
 * Machine-readable exports: one flat row per claim, with the source's id, its page on
 * this site, the claim's permanent link and the original article's URL, so that a
 * researcher can take the data into a spreadsheet and still find every sentence.
 */
import { nameMatcher, needsTranslation, type ClaimKind, type Figure, type GlossaryEntry, type Reaction, type SourceEvent, type Transfer } from '../claims';
import type { SourceEntry } from '../site';
import { claimUrl, correctionsByClaim, correctionsOf, correctionUrl, lastUpdated, sourceUrl } from '../site';
import { asOfPeriod, claimNames, ENTITY_ROLES, entitySourceCount, type Entity, type EntityIndex, type EntityRole, groupFigures, isCumulative, resolveEstimator, selectClaims, topicRowId, type EstimateRow, type Sourced, type TopicDef } from '../compare';

/** What every exported row says about its source and claim. */
export interface ExportBase {
  source_id: string;
  source_title: string;
  outlet: string;
  language: string;
  published: string;
  date_precision: string;
  date_inferred: boolean;
  /** The source page on this site (absolute). */
  source_url: string;
  /** The claim's permanent link: the source page with the claim's anchor (absolute). */
  claim_url: string;
  /** The original article, or null when it is not known. */
  original_url: string | null;
  claim_id: string;
  kind: ClaimKind;
  reportedly: boolean;
  estimated_by: string | null;
  relayed_by: string | null;
  /** The article's exact words, in its language. */
  quote: string;
  /**
   * The dossier's English translation of a quote in another language; null when there is
   * none (always for an English source). The dossier's words, never the article's. Rows
   * of releases made before it existed lack the field.
   */
  quote_translation: string | null;
  note: string | null;
  /** The entities the claim names: by role (estimator, relayer, actor, party, place) and in its quote (`named`). */
  entities: { role: EntityRole | 'named'; id: string }[];
  /** The dossier's corrections that changed this claim: their permanent links (absolute), oldest first. */
  corrections: string[];
}

export interface FigureRow extends ExportBase {
  topic: string;
  measure: string;
  /** Null when the article gives no number; then `stated_as` says what it gives. */
  low: number | null;
  high: number | null;
  qualifier: string;
  stated_as: string | null;
  as_of: string | null;
  place: string | null;
  /** The period the estimate applies to: its `as_of` at its precision, or else its article's date. */
  as_of_start: string;
  as_of_end: string;
  /** True when the text gives no date and the period is the article's date ("reported by"). */
  as_of_from_article: boolean;
  /** True when that article's date is the dossier's inference. */
  as_of_approximate: boolean;
  /** `cumulative` (sent in total since a start) or `present` (at a date), for troops deployed. */
  count: string | null;
  since: string | null;
  /** Whether the count only grows: a later, higher estimate is an increase, a later, lower one a conflict. */
  cumulative: boolean;
  /** The estimator, normalised: `entity:<id>` when the glossary knows it, else `text:<folded text>`; null when not stated. */
  estimator_key: string | null;
  estimator: string | null;
  /** How many estimates this one cannot be reconciled with (exact). */
  disagreement_count: number;
  /** The nearest of them by reason (at most EXPORT_NEAREST each); complete when `disagrees_with_complete`. */
  disagrees_with: { source_id: string; claim_id: string; claim_url: string; reason: DisagreementReason }[];
  disagrees_with_complete: boolean;
}

/** Why two estimates disagree, from this row's side. */
export type DisagreementReason = 'same-period' | 'lower-than-earlier' | 'higher-than-later';
/** How many conflicting estimates a figure row names for each reason. */
export const EXPORT_NEAREST = 5;
export interface TransferRow extends ExportBase { direction: string; category: string; item: string; quantity: string | null }
export interface ReactionRow extends ExportBase { actor: string; actor_kind: string; reaction_kind: string; stance: string }
export interface EventRow extends ExportBase { date: string; precision: string; end_date: string | null; date_inferred_by_dossier: boolean; what: string; key: string | null; place: string | null }

export interface ExportContext {
  /** The site's public address, for absolute links. */
  site: URL | string;
  /** The outlet's display name for a source. */
  outletName: (source: SourceEntry) => string;
  /** Names in every form, to normalise estimators and places. */
  glossary: readonly GlossaryEntry[];
}

const matchers = new WeakMap<readonly GlossaryEntry[], ReturnType<typeof nameMatcher>>();
/** The entities a claim names, by role, then those its quote names. */
function entitiesOf(kind: ClaimKind, claim: Figure | Transfer | Reaction | SourceEvent, glossary: readonly GlossaryEntry[]): ExportBase['entities'] {
  let match = matchers.get(glossary);
  if (!match) matchers.set(glossary, (match = nameMatcher(glossary.filter((g) => g.kind !== 'term'))));
  const roles = claimNames({ kind, claim } as Parameters<typeof claimNames>[0], glossary).flatMap((n) => (n.entity ? [{ role: n.role, id: n.entity }] : []));
  const named = [...new Set(match(claim.quote).map((m) => m.id))].map((id) => ({ role: 'named' as const, id }));
  return [...roles, ...named];
}

function base(item: Sourced<Figure | Transfer | Reaction | SourceEvent>, kind: ClaimKind, ctx: ExportContext): ExportBase {
  const { source, claim } = item;
  const d = source.data;
  return {
    source_id: source.id,
    source_title: d.title,
    outlet: ctx.outletName(source),
    language: d.language,
    published: d.published,
    date_precision: d.datePrecision,
    date_inferred: d.dateInferred ?? false,
    source_url: new URL(sourceUrl(source.id), ctx.site).href,
    claim_url: new URL(claimUrl(source.id, claim.id), ctx.site).href,
    original_url: d.url ?? null,
    claim_id: claim.id,
    kind,
    reportedly: claim.reportedly ?? false,
    estimated_by: claim.attribution?.estimatedBy ?? null,
    relayed_by: claim.attribution?.relayedBy ?? null,
    quote: claim.quote,
    quote_translation: (needsTranslation(d) && claim.translation) || null,
    note: claim.note ?? null,
    entities: entitiesOf(kind, claim, ctx.glossary),
    corrections: (correctionsByClaim(d).get(claim.id) ?? []).map((c) => new URL(correctionUrl(source.id, c.anchor), ctx.site).href),
  };
}

/**
 * Figure rows, each with its as-of period, normalised estimator and the figures it
 * disagrees with and why (computed as the topic pages compute them).
 *
 * @example figureRows(items, ctx)[0].claim_url // 'https://…/sources/x/#fig-a'
 */
export function figureRows(items: readonly Sourced<Figure>[], ctx: ExportContext): FigureRow[] {
  const { glossary } = ctx;
  const estimates = new Map<string, EstimateRow>();
  for (const group of groupFigures(items, glossary, EXPORT_NEAREST)) for (const row of group.rows) estimates.set(topicRowId(row.item), row);
  const ref = (other: EstimateRow, reason: DisagreementReason) => ({
    source_id: other.item.source.id, claim_id: other.item.claim.id,
    claim_url: new URL(claimUrl(other.item.source.id, other.item.claim.id), ctx.site).href, reason,
  });
  return items.map((item) => {
    const f = item.claim;
    const asOf = asOfPeriod(f, item.source.data);
    const estimator = resolveEstimator(f.attribution?.estimatedBy, glossary, f.attribution?.estimatedByEntity);
    const c = estimates.get(topicRowId(item))?.conflicts;
    const disagrees = c ? [
      ...c.samePeriod.nearest.map((o) => ref(o, 'same-period')),
      ...c.belowEarlier.nearest.map((o) => ref(o, 'lower-than-earlier')),
      ...c.aboveLater.nearest.map((o) => ref(o, 'higher-than-later')),
    ] : [];
    const count = c ? c.samePeriod.count + c.belowEarlier.count + c.aboveLater.count : 0;
    return {
      ...base(item, 'figure', ctx),
      topic: f.topic, measure: f.measure, low: f.low ?? null, high: f.high ?? null, qualifier: f.qualifier,
      stated_as: f.statedAs ?? null, as_of: f.asOf ?? null, place: f.place ?? null,
      as_of_start: asOf.start, as_of_end: asOf.end, as_of_from_article: asOf.fromArticle, as_of_approximate: asOf.approximate,
      count: f.count ?? null, since: f.since ?? null, cumulative: isCumulative(f),
      estimator_key: estimator?.key ?? null, estimator: estimator?.label ?? null,
      disagreement_count: count, disagrees_with: disagrees, disagrees_with_complete: disagrees.length === count,
    };
  });
}

/** @example transferRows(items, ctx)[0].direction // 'to-russia' */
export function transferRows(items: readonly Sourced<Transfer>[], ctx: ExportContext): TransferRow[] {
  return items.map((item) => ({
    ...base(item, 'transfer', ctx),
    direction: item.claim.direction, category: item.claim.category, item: item.claim.item, quantity: item.claim.quantity ?? null,
  }));
}

/** @example reactionRows(items, ctx)[0].actor // 'United States' */
export function reactionRows(items: readonly Sourced<Reaction>[], ctx: ExportContext): ReactionRow[] {
  return items.map((item) => ({
    ...base(item, 'reaction', ctx),
    actor: item.claim.actor, actor_kind: item.claim.actorKind, reaction_kind: item.claim.kind, stance: item.claim.stance,
  }));
}

/** @example eventRows(items, ctx)[0].date // '2025-04-28' */
export function eventRows(items: readonly Sourced<SourceEvent>[], ctx: ExportContext): EventRow[] {
  return items.map((item) => ({
    ...base(item, 'event', ctx),
    date: item.claim.date, precision: item.claim.precision, end_date: item.claim.endDate ?? null,
    date_inferred_by_dossier: item.claim.dateInferred ?? false, what: item.claim.what, key: item.claim.key ?? null,
    place: item.claim.place ?? null,
  }));
}

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will show as text, as OWASP recommends against formula
 * injection: a cell starting with = + - @ tab or carriage return gets a leading single
 * quote (and is then quoted below). Only text is neutralised: numbers and booleans are
 * values the exports compute (`low`, `high`, counts), and a negative number must stay a
 * number for the spreadsheet; every string, even an id or a date we make, is treated as
 * text, since frontmatter can reach most of them.
 *
 * @example
 * neutraliseFormula('=HYPERLINK("http://x")') // '\'=HYPERLINK("http://x")'
 * neutraliseFormula('-5') // "'-5" (a string; the number -5 is never passed here)
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // A list becomes one cell: references "source#claim (reason); …", entities "role:id; …", links "url; …".
  const text = Array.isArray(v)
    ? v.map((r: string | { source_id?: string; claim_id?: string; reason?: string; role?: string; id?: string }) => (typeof r === 'string' ? r : r.role ? `${r.role}:${r.id}` : `${r.source_id}#${r.claim_id} (${r.reason})`)).join('; ')
    : String(v);
  const s = neutraliseFormula(text);
  // A neutralised cell is always quoted, as OWASP asks; other cells only when RFC 4180 needs it,
  // so that data without such cells is written byte for byte as before (and as the releases keep it).
  return s !== text || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte-order mark (so that
 * spreadsheets read accents right). Null is an empty cell; a text cell that a spreadsheet
 * would take for a formula is neutralised (`neutraliseFormula`).
 *
 * @example
 * toCsv([{ a: 1, b: 'x, y' }], ['a', 'b']) // '\uFEFFa,b\r\n1,"x, y"\r\n'
 */
export function toCsv<R extends object>(rows: readonly R[], columns: readonly (keyof R & string)[]): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Column order of figures.csv. */
export const FIGURE_COLUMNS: readonly (keyof FigureRow)[] = [
  'source_id', 'claim_id', 'topic', 'measure', 'low', 'high', 'qualifier', 'stated_as', 'reportedly', 'as_of', 'place',
  'estimated_by', 'relayed_by', 'quote', 'language', 'note', 'outlet', 'published', 'date_precision', 'date_inferred',
  'source_title', 'source_url', 'claim_url', 'original_url', 'kind',
  'as_of_start', 'as_of_end', 'as_of_from_article', 'as_of_approximate', 'count', 'since', 'cumulative', 'estimator_key', 'estimator',
  'disagreement_count', 'disagrees_with', 'disagrees_with_complete', 'entities', 'corrections',
  // Appended, not beside `quote`: a column added later goes last, so that a spreadsheet that reads columns by position keeps working.
  'quote_translation',
];

/** The shape of /data/topics/<topic>.json. */
export interface TopicExport {
  topic: { id: string; title: string; description: string; url: string };
  kind: 'figure' | 'transfer' | 'reaction';
  count: number;
  rows: FigureRow[] | TransferRow[] | ReactionRow[];
}

/**
 * One topic's claims as export rows, with the topic's own page.
 *
 * @example
 * topicExport(troopsTopic, entries, ctx).topic.url // 'https://…/topics/troops/'
 */
export function topicExport(topic: TopicDef, entries: readonly SourceEntry[], ctx: ExportContext): TopicExport {
  const s = topic.select;
  const rows = s.kind === 'figure' ? figureRows(selectClaims(entries, { ...s, kind: 'figure' }), ctx)
    : s.kind === 'transfer' ? transferRows(selectClaims(entries, { ...s, kind: 'transfer' }), ctx)
    : reactionRows(selectClaims(entries, { ...s, kind: 'reaction' }), ctx);
  return {
    topic: { id: topic.id, title: topic.title, description: topic.description, url: new URL(`/topics/${topic.id}/`, ctx.site).href },
    kind: s.kind,
    count: rows.length,
    rows,
  };
}

/** One entity as /data/entities.json gives it. */
export interface EntityRow {
  id: string;
  name: string;
  kind: string;
  description: string;
  wikidata: string | null;
  /** Its page on this site (absolute). */
  url: string;
  forms: { text: string; lang: string }[];
  /** How many sources name it; how many claims give it each role. */
  source_count: number;
  claim_counts: Record<EntityRole, number>;
}

/**
 * The rows of /data/entities.json, in name order.
 *
 * @example
 * entityRows(index, entities, ctx)[0] // { id: 'australia', name: 'Australia', kind: 'state', …, source_count: 2 }
 */
export function entityRows(index: EntityIndex, entities: readonly Entity[], site: URL | string): EntityRow[] {
  return entities.map((e) => {
    const record = index.records.get(e.id)!;
    return {
      id: e.id, name: e.label, kind: e.kind, description: e.description, wikidata: e.wikidata ?? null,
      url: new URL(`/entities/${e.id}/`, site).href,
      forms: e.forms.map((f) => ({ text: f.text, lang: f.lang ?? 'en' })),
      source_count: entitySourceCount(record),
      claim_counts: Object.fromEntries(ENTITY_ROLES.map((r) => [r, record.claims[r].length])) as Record<EntityRole, number>,
    };
  });
}

/** One correction as /data/sources.json gives it. */
export interface CorrectionRow {
  /** Its anchor on the source page: `correction-<date>` (`-2`… for more the same day). */
  id: string;
  /** Its permanent link (absolute). */
  url: string;
  date: string;
  /** What changed. */
  text: string;
  /** Why. */
  reason: string;
  /** Claims of the source it changed. */
  claims: string[];
  /** Former ids of the claims it removed. */
  removed_claims: string[];
}

/** One source as /data/sources.json gives it. */
export interface SourceRow {
  source_id: string;
  title: string;
  title_supplied: boolean;
  title_translation: string | null;
  outlet: string;
  language: string;
  published: string;
  date_precision: string;
  date_inferred: boolean;
  author: string | null;
  source_url: string;
  original_url: string | null;
  /** The day the dossier last changed its record (`updated` or the newest correction), or null. */
  updated: string | null;
  claim_counts: { figures: number; transfers: number; reactions: number; events: number };
  /** The dossier's corrections to its record, oldest first. */
  corrections: CorrectionRow[];
}

/**
 * The rows of /data/sources.json: every source, newest first, with its corrections.
 *
 * @example
 * sourceRows(entries, ctx)[0].corrections[0]?.url // 'https://…/sources/x/#correction-2026-01-05'
 */
export function sourceRows(entries: readonly SourceEntry[], ctx: Pick<ExportContext, 'site' | 'outletName'>): SourceRow[] {
  return entries.map((source) => {
    const d = source.data;
    return {
      source_id: source.id, title: d.title, title_supplied: d.titleSupplied ?? false, title_translation: d.titleTranslation ?? null,
      outlet: ctx.outletName(source), language: d.language, published: d.published, date_precision: d.datePrecision,
      date_inferred: d.dateInferred ?? false, author: d.author ?? null,
      source_url: new URL(sourceUrl(source.id), ctx.site).href, original_url: d.url ?? null,
      updated: lastUpdated(d) ?? null,
      claim_counts: { figures: d.figures.length, transfers: d.transfers.length, reactions: d.reactions.length, events: d.events.length },
      corrections: correctionsOf(d).map(({ anchor, correction: c }) => ({
        id: anchor, url: new URL(correctionUrl(source.id, anchor), ctx.site).href, date: c.date, text: c.text, reason: c.reason,
        claims: c.claims ?? [], removed_claims: c.removedClaims ?? [],
      })),
    };
  });
}
