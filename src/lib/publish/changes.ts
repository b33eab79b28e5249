/**
 * What changed in the data from one release to the next, computed from the releases' own
 * files (never from git history or the clock): sources added, figures added, removed or
 * changed with the corrections that explain them, disagreements that appeared or were
 * resolved, and the other claims and entities added, removed or changed.
 */
import { formatFigureValue } from '../site';
import type { CorrectionRow, EntityRow, EventRow, FigureRow, ReactionRow, SourceRow, TopicExport, TransferRow } from './exports';

/** A release's data, read from its files. */
export interface ReleaseData {
  sources: SourceRow[];
  figures: FigureRow[];
  events: EventRow[];
  transfers: TransferRow[];
  reactions: ReactionRow[];
  entities: EntityRow[];
}

type Text = Uint8Array | string;
const decoder = new TextDecoder();
const rowsIn = <R>(files: ReadonlyMap<string, Text>, path: string): R[] => {
  const bytes = files.get(path);
  if (bytes === undefined) return [];
  return (JSON.parse(typeof bytes === 'string' ? bytes : decoder.decode(bytes)) as { rows: R[] }).rows;
};
const claimKey = (r: { source_id: string; claim_id: string }) => `${r.source_id}#${r.claim_id}`;

/**
 * A release's data from its files: sources, figures, the timeline's events, transfers and
 * reactions (from the topic files, each claim once) and entities.
 *
 * @example
 * releaseData(new Map([['figures.json', text]])).figures.length // 8
 */
export function releaseData(files: ReadonlyMap<string, Text>): ReleaseData {
  const transfers = new Map<string, TransferRow>();
  const reactions = new Map<string, ReactionRow>();
  for (const path of [...files.keys()].filter((p) => /^topics\/.+\.json$/.test(p)).sort()) {
    const bytes = files.get(path)!;
    const topic = JSON.parse(typeof bytes === 'string' ? bytes : decoder.decode(bytes)) as TopicExport;
    if (topic.kind === 'transfer') for (const r of topic.rows as TransferRow[]) transfers.set(claimKey(r), r);
    if (topic.kind === 'reaction') for (const r of topic.rows as ReactionRow[]) reactions.set(claimKey(r), r);
  }
  return {
    sources: rowsIn(files, 'sources.json'),
    figures: rowsIn(files, 'figures.json'),
    events: rowsIn(files, 'timeline.json'),
    transfers: [...transfers.values()],
    reactions: [...reactions.values()],
    entities: rowsIn(files, 'entities.json'),
  };
}

/** A field that changed: its label and its old and new value as they read on a page. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
  /** The language of the values when it is the article's (a quotation), not English. */
  lang?: string | undefined;
}

/** A correction, with its source, as the changes cite it. */
export interface CorrectionRef extends CorrectionRow {
  source_id: string;
}

export interface FigureChange {
  before: FigureRow;
  after: FigureRow;
  fields: FieldChange[];
  /** The corrections new in this release that name the figure. */
  corrections: CorrectionRef[];
}

export interface FigureRemoval {
  row: FigureRow;
  /** The corrections new in this release that removed it (or name it). */
  corrections: CorrectionRef[];
}

/** Two figures that disagree; `reason` is from `a`'s side. */
export interface DisagreementPair {
  a: FigureRow;
  b: FigureRow;
  reason: FigureRow['disagrees_with'][number]['reason'];
}

/** Claims of another kind (events, transfers, reactions) or entities: what was added, removed or changed. */
export interface RowChanges<R> {
  added: R[];
  removed: R[];
  changed: { before: R; after: R; fields: FieldChange[] }[];
}

export interface ReleaseChanges {
  /** True when there is no earlier release: everything is new. */
  first: boolean;
  sourcesAdded: SourceRow[];
  sourcesRemoved: SourceRow[];
  sourcesChanged: { before: SourceRow; after: SourceRow; fields: FieldChange[] }[];
  /** Corrections first published in this release, newest first. */
  corrections: CorrectionRef[];
  figuresAdded: FigureRow[];
  figuresRemoved: FigureRemoval[];
  figuresChanged: FigureChange[];
  disagreementsAppeared: DisagreementPair[];
  disagreementsResolved: DisagreementPair[];
  /**
   * Pairs seen on one side only whose other side cannot be told: a row names only its
   * nearest conflicts (`disagrees_with_complete` false), so a pair missing from it may exist.
   */
  disagreementsUncertain: number;
  events: RowChanges<EventRow>;
  transfers: RowChanges<TransferRow>;
  reactions: RowChanges<ReactionRow>;
  entities: RowChanges<EntityRow>;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x && 'text' in x ? `${(x as { text: string }).text}` : String(x))).join(', ') || '—';
  return String(v);
};

/** Fields in the article's own words, tagged with its language. */
const VERBATIM = new Set(['quote', 'stated_as']);

/** Compares named fields of two rows; a quotation keeps the article's language. */
function fieldChanges<R extends object>(before: R, after: R, fields: readonly (readonly [keyof R & string, string])[]): FieldChange[] {
  return fields.flatMap(([key, label]) => {
    const b = show(before[key]);
    const a = show(after[key]);
    if (b === a) return [];
    const lang = VERBATIM.has(key) ? (after as { language?: string }).language : undefined;
    return [{ field: label, before: b, after: a, ...(lang && lang !== 'en' ? { lang } : {}) }];
  });
}

/**
 * A figure row's value as the pages write it ("about 5,000", "10,000–12,000").
 *
 * @example
 * figureValue({ low: 5000, high: 5000, qualifier: 'about', stated_as: null }) // 'about 5,000'
 */
export function figureValue(r: Pick<FigureRow, 'low' | 'high' | 'qualifier' | 'stated_as'>): string {
  return formatFigureValue({ low: r.low ?? undefined, high: r.high ?? undefined, qualifier: r.qualifier as never, statedAs: r.stated_as ?? undefined });
}

const FIGURE_FIELDS = [
  ['topic', 'Topic'], ['measure', 'Measure'], ['reportedly', 'Reportedly'], ['as_of', 'As of'], ['place', 'Place'], ['count', 'Count'],
  ['since', 'Since'], ['estimated_by', 'Estimated by'], ['relayed_by', 'Relayed by'], ['estimator', 'Estimator (normalised)'], ['quote', 'Quotation'], ['quote_translation', 'Dossier’s translation'], ['note', 'Note'],
] as const;
const SOURCE_FIELDS = [
  ['title', 'Title'], ['outlet', 'Outlet'], ['language', 'Language'], ['published', 'Published'], ['date_precision', 'Date precision'],
  ['date_inferred', 'Date inferred by the dossier'], ['author', 'Author'], ['original_url', 'Original address'],
] as const;
const EVENT_FIELDS = [['date', 'Date'], ['precision', 'Precision'], ['end_date', 'End date'], ['what', 'What'], ['key', 'Shared event'], ['place', 'Place'], ['quote', 'Quotation'], ['quote_translation', 'Dossier’s translation']] as const;
const TRANSFER_FIELDS = [['direction', 'Direction'], ['category', 'Category'], ['item', 'Item'], ['quantity', 'Quantity'], ['estimated_by', 'Estimated by'], ['quote', 'Quotation'], ['quote_translation', 'Dossier’s translation']] as const;
const REACTION_FIELDS = [['actor', 'Actor'], ['actor_kind', 'Kind of actor'], ['reaction_kind', 'Reaction'], ['stance', 'Stance'], ['quote', 'Quotation'], ['quote_translation', 'Dossier’s translation']] as const;
const ENTITY_FIELDS = [['name', 'Name'], ['kind', 'Kind'], ['description', 'Description'], ['wikidata', 'Wikidata'], ['forms', 'Forms']] as const;

function rowChanges<R extends object>(before: readonly R[], after: readonly R[], key: (r: R) => string, fields: readonly (readonly [keyof R & string, string])[]): RowChanges<R> {
  const old = new Map(before.map((r) => [key(r), r]));
  const now = new Map(after.map((r) => [key(r), r]));
  return {
    added: after.filter((r) => !old.has(key(r))),
    removed: before.filter((r) => !now.has(key(r))),
    changed: after.flatMap((r) => {
      const b = old.get(key(r));
      const f = b ? fieldChanges(b, r, fields) : [];
      return b && f.length ? [{ before: b, after: r, fields: f }] : [];
    }),
  };
}

/** Disagreeing pairs named by the rows, once each (key: the two claims in order, and the reason from the first's side). */
function pairsOf(rows: readonly FigureRow[]): Map<string, { a: string; b: string; reason: DisagreementPair['reason'] }> {
  const out = new Map<string, { a: string; b: string; reason: DisagreementPair['reason'] }>();
  for (const r of rows) {
    for (const d of r.disagrees_with) {
      const [x, y] = [claimKey(r), claimKey(d)];
      const [a, b] = x < y ? [x, y] : [y, x];
      const key = `${a} ${b}`;
      if (!out.has(key)) out.set(key, x === a ? { a, b, reason: d.reason } : { a, b, reason: FLIP[d.reason] });
    }
  }
  return out;
}
const FLIP = { 'same-period': 'same-period', 'lower-than-earlier': 'higher-than-later', 'higher-than-later': 'lower-than-earlier' } as const;

/**
 * What changed between two releases' data; with no earlier release, everything is added.
 *
 * @example
 * diffReleases(older, newer).figuresChanged[0].fields // [{ field: 'Value', before: 'about 12,000', after: 'about 15,000' }]
 */
export function diffReleases(older: ReleaseData | null, newer: ReleaseData): ReleaseChanges {
  const before = older ?? { sources: [], figures: [], events: [], transfers: [], reactions: [], entities: [] };
  const oldSources = new Map(before.sources.map((s) => [s.source_id, s]));
  const known = new Set(before.sources.flatMap((s) => s.corrections.map((c) => `${s.source_id}#${c.id}`)));
  const corrections: CorrectionRef[] = newer.sources
    .flatMap((s) => s.corrections.filter((c) => !known.has(`${s.source_id}#${c.id}`)).map((c) => ({ ...c, source_id: s.source_id })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.source_id.localeCompare(b.source_id) || a.id.localeCompare(b.id));
  const explaining = (r: { source_id: string; claim_id: string }, removed: boolean) => corrections.filter((c) => c.source_id === r.source_id
    && (c.claims.includes(r.claim_id) || (removed && c.removed_claims.includes(r.claim_id))));

  const figures = rowChanges(before.figures, newer.figures, claimKey, FIGURE_FIELDS);
  const figuresChanged: FigureChange[] = [];
  const oldFigures = new Map(before.figures.map((r) => [claimKey(r), r]));
  for (const after of newer.figures) {
    const prior = oldFigures.get(claimKey(after));
    if (!prior) continue;
    const value = figureValue(prior) === figureValue(after) ? [] : [{ field: 'Value', before: figureValue(prior), after: figureValue(after) }];
    const fields = [...value, ...fieldChanges(prior, after, FIGURE_FIELDS)];
    if (fields.length) figuresChanged.push({ before: prior, after, fields, corrections: explaining(after, false) });
  }

  // Disagreements: a pair named on one side only counts when the other side's rows are complete or absent.
  const newRows = new Map(newer.figures.map((r) => [claimKey(r), r]));
  const oldPairs = pairsOf(before.figures);
  const newPairs = pairsOf(newer.figures);
  const certainIn = (rows: Map<string, FigureRow>, key: string) => { const r = rows.get(key); return !r || r.disagrees_with_complete; };
  const appeared: DisagreementPair[] = [];
  const resolved: DisagreementPair[] = [];
  let uncertain = 0;
  for (const [key, p] of newPairs) {
    if (oldPairs.has(key)) continue;
    if (certainIn(oldFigures, p.a) && certainIn(oldFigures, p.b)) appeared.push({ a: newRows.get(p.a)!, b: newRows.get(p.b)!, reason: p.reason });
    else uncertain++;
  }
  for (const [key, p] of oldPairs) {
    if (newPairs.has(key)) continue;
    if (certainIn(newRows, p.a) && certainIn(newRows, p.b)) resolved.push({ a: oldFigures.get(p.a)!, b: oldFigures.get(p.b)!, reason: p.reason });
    else uncertain++;
  }

  return {
    first: older === null,
    sourcesAdded: newer.sources.filter((s) => !oldSources.has(s.source_id)),
    sourcesRemoved: before.sources.filter((s) => !newer.sources.some((n) => n.source_id === s.source_id)),
    sourcesChanged: newer.sources.flatMap((s) => {
      const b = oldSources.get(s.source_id);
      const fields = b ? fieldChanges(b, s, SOURCE_FIELDS) : [];
      return b && fields.length ? [{ before: b, after: s, fields }] : [];
    }),
    corrections,
    figuresAdded: figures.added,
    figuresRemoved: figures.removed.map((row) => ({ row, corrections: explaining(row, true) })),
    figuresChanged,
    disagreementsAppeared: appeared,
    disagreementsResolved: resolved,
    disagreementsUncertain: uncertain,
    events: rowChanges(before.events, newer.events, claimKey, EVENT_FIELDS),
    transfers: rowChanges(before.transfers, newer.transfers, claimKey, TRANSFER_FIELDS),
    reactions: rowChanges(before.reactions, newer.reactions, claimKey, REACTION_FIELDS),
    entities: rowChanges(before.entities, newer.entities, (e) => e.id, ENTITY_FIELDS),
  };
}
