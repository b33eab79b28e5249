/**
 * Machine-readable exports: one flat row per claim, with the source's id, its page on
 * this site, the claim's permanent link and the original article's URL, so that a
 * researcher can take the data into a spreadsheet and still find every sentence.
 */
import type { ClaimKind, Figure, Reaction, SourceEvent, Transfer } from '../claims';
import type { SourceEntry } from '../site';
import { claimUrl, sourceUrl } from '../site';
import { selectClaims, type Sourced, type TopicDef } from '../compare';

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
  note: string | null;
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
}
export interface TransferRow extends ExportBase { direction: string; category: string; item: string; quantity: string | null }
export interface ReactionRow extends ExportBase { actor: string; actor_kind: string; reaction_kind: string; stance: string }
export interface EventRow extends ExportBase { date: string; precision: string; end_date: string | null; date_inferred_by_dossier: boolean; what: string; key: string | null; place: string | null }

export interface ExportContext {
  /** The site's public address, for absolute links. */
  site: URL | string;
  /** The outlet's display name for a source. */
  outletName: (source: SourceEntry) => string;
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
    note: claim.note ?? null,
  };
}

/** @example figureRows(items, ctx)[0].claim_url // 'https://…/sources/x/#fig-a' */
export function figureRows(items: readonly Sourced<Figure>[], ctx: ExportContext): FigureRow[] {
  return items.map((item) => {
    const f = item.claim;
    return {
      ...base(item, 'figure', ctx),
      topic: f.topic, measure: f.measure, low: f.low ?? null, high: f.high ?? null, qualifier: f.qualifier,
      stated_as: f.statedAs ?? null, as_of: f.asOf ?? null, place: f.place ?? null,
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

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a UTF-8 byte-order mark (so that
 * spreadsheets read accents right). Null is an empty cell.
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
