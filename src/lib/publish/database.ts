/**
 * The dossier as one SQLite file (README, "The SQLite database"): the rows of the JSON
 * exports, made by the same functions, put into the tables `database-schema.ts` describes,
 * with the topic pages' measure summaries and a full-text table. Built in memory with
 * Node's own `node:sqlite` and handed back as bytes, the same bytes for the same content:
 * a fixed page size, rows inserted in key order, no dates of its own, and a VACUUM last.
 */
import { createHash } from 'node:crypto';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { SourceEntry } from '../site';
import type { Figure, GlossaryEntry, Reaction, SourceEvent, Transfer } from '../claims';
import type { ExportBase, EntityRow, EventRow, FigureRow, ReactionRow, SourceRow, TransferRow } from './exports';
import { topicView, type TopicDef } from '../compare';
import {
  createIndexSql, createSearchSql, createTableSql, DATABASE_FORMAT, DATABASE_SEARCH, DATABASE_TABLES, DATABASE_VIEWS, type TableSpec,
} from './database-schema';

/** An outlet as the database records it (its profile in content/outlets/). */
export interface OutletRecord {
  id: string;
  name: string;
  identified: boolean;
  homepage?: string | undefined;
  country?: string | undefined;
  language: string;
  kind: string;
  stance?: string | undefined;
  notes?: string | undefined;
}

/** What the database is made of: the export rows (made once for the JSON files too) and what only it holds. */
export interface DatabaseInput {
  sources: readonly SourceEntry[];
  sourceRows: readonly SourceRow[];
  figureRows: readonly FigureRow[];
  transferRows: readonly TransferRow[];
  reactionRows: readonly ReactionRow[];
  /** In timeline order. */
  eventRows: readonly EventRow[];
  entityRows: readonly EntityRow[];
  topics: readonly TopicDef[];
  glossary: readonly GlossaryEntry[];
  outletOf: (source: SourceEntry) => OutletRecord;
  /** The article's text, as plain text. */
  articleText: (source: SourceEntry) => string;
}

/** A row as the writer takes it: a boolean is written 1 or 0, a missing value NULL. */
export type DatabaseRow = Record<string, SQLInputValue | boolean | undefined>;
type Row = DatabaseRow;
type AnyClaim = Figure | Transfer | Reaction | SourceEvent;

/** The dossier's translation of a claim's quote, when it has one (the schema's `translation`). */
export function quoteTranslation(claim: AnyClaim): string | null {
  return (claim as { translation?: string }).translation ?? null;
}

/** Code-unit order, the same on every machine and locale. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const keyCompare = (columns: readonly string[]) => (a: Row, b: Row) => {
  for (const c of columns) {
    const x = a[c];
    const y = b[c];
    const d = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x ?? ''), String(y ?? ''));
    if (d !== 0) return d;
  }
  return 0;
};

/** Inserts rows in the order of the table's key, naming the table and row when SQLite refuses one. */
function insertAll(db: DatabaseSync, table: TableSpec, rows: readonly Row[]): void {
  const names = table.columns.map((c) => c.name);
  const insert = db.prepare(`INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
  for (const row of [...rows].sort(keyCompare(table.primaryKey))) {
    const values = names.map((n) => {
      const v = row[n];
      return v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v;
    });
    try {
      insert.run(...values);
    } catch (e) {
      throw new Error(`dossier.sqlite: table ${table.name}, row ${table.primaryKey.map((k) => `${k}=${String(row[k])}`).join(' ')}: ${(e as Error).message}`);
    }
  }
}

/** The columns every claim row shares, from its export row and its claim. */
function claimRow(row: ExportBase, translation: string | null): Row {
  return {
    source_id: row.source_id, claim_id: row.claim_id, claim_url: row.claim_url, quote: row.quote, quote_translation: translation,
    reportedly: row.reportedly, estimated_by: row.estimated_by, relayed_by: row.relayed_by, note: row.note,
  };
}

/** Each claim's translation (or null), by `source_id#claim_id`: the export rows do not carry it. */
function translations(sources: readonly SourceEntry[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const s of sources) {
    for (const c of [...s.data.figures, ...s.data.transfers, ...s.data.reactions, ...s.data.events]) out.set(`${s.id}#${c.id}`, quoteTranslation(c));
  }
  return out;
}

/** Every table's rows, by table name. */
function tableRows(input: DatabaseInput, translated: ReadonlyMap<string, string | null>): Map<string, Row[]> {
  const translationOf = (r: ExportBase) => translated.get(`${r.source_id}#${r.claim_id}`) ?? null;
  const outlets = new Map<string, OutletRecord>();
  const outletIds = new Map<string, string>();
  for (const s of input.sources) {
    const o = input.outletOf(s);
    outlets.set(o.id, o);
    outletIds.set(s.id, o.id);
  }
  const summaries = new Map(input.sources.map((s) => [s.id, s.data.summary]));
  const entityIds = new Set(input.entityRows.map((e) => e.id));
  const allClaims: ExportBase[] = [...input.figureRows, ...input.transferRows, ...input.reactionRows, ...input.eventRows];
  const links = new Map<string, Row>();
  for (const r of allClaims) {
    for (const e of r.entities) {
      if (entityIds.has(e.id)) links.set(`${r.source_id}#${r.claim_id}#${e.role}#${e.id}`, { source_id: r.source_id, claim_id: r.claim_id, kind: r.kind, role: e.role, entity_id: e.id });
    }
  }
  const forms = new Map<string, Row>();
  for (const e of input.entityRows) for (const f of e.forms) forms.set(`${e.id}#${f.lang}#${f.text}`, { entity_id: e.id, lang: f.lang, form: f.text });
  const disagreements = new Map<string, Row>();
  for (const f of input.figureRows) {
    for (const d of f.disagrees_with) {
      disagreements.set(`${f.source_id}#${f.claim_id}#${d.source_id}#${d.claim_id}#${d.reason}`, { source_id: f.source_id, claim_id: f.claim_id, other_source_id: d.source_id, other_claim_id: d.claim_id, reason: d.reason });
    }
  }
  // The measures as each figure topic's page summarises them: the same view, the same "latest".
  const measures: Row[] = [];
  for (const topic of input.topics) {
    if (topic.select.kind !== 'figure') continue;
    const view = topicView(input.sources, topic.select, input.glossary);
    if (view.kind !== 'figure') continue;
    for (const g of view.groups) {
      const ref = (r: typeof g.latest) => [r?.item.source.id ?? null, r?.item.claim.id ?? null] as const;
      const [latestSource, latestClaim] = ref(g.latest);
      const [lowestSource, lowestClaim] = ref(g.lowest);
      const [highestSource, highestClaim] = ref(g.highest);
      measures.push({
        topic_id: topic.id, measure: g.measure, estimates: g.rows.length, unnumbered: g.unnumbered.length, source_count: g.sourceCount,
        conflict_pairs: g.conflicts.pairs, latest_source_id: latestSource, latest_claim_id: latestClaim,
        lowest_source_id: lowestSource, lowest_claim_id: lowestClaim, highest_source_id: highestSource, highest_claim_id: highestClaim,
      });
    }
  }
  return new Map<string, Row[]>([
    ['outlets', [...outlets.values()].map((o) => ({
      outlet_id: o.id, name: o.name, identified: o.identified, homepage: o.homepage, country: o.country, language: o.language, kind: o.kind, stance: o.stance, notes: o.notes,
    }))],
    ['sources', input.sourceRows.map((s) => ({
      source_id: s.source_id, title: s.title, title_supplied: s.title_supplied, title_translation: s.title_translation, outlet_id: outletIds.get(s.source_id),
      language: s.language, published: s.published, date_precision: s.date_precision, date_inferred: s.date_inferred, author: s.author,
      summary: summaries.get(s.source_id), source_url: s.source_url, original_url: s.original_url, updated: s.updated,
    }))],
    ['corrections', input.sourceRows.flatMap((s) => s.corrections.map((c) => ({
      source_id: s.source_id, correction_id: c.id, correction_url: c.url, date: c.date, text: c.text, reason: c.reason,
    })))],
    ['figures', input.figureRows.map((f) => ({
      ...claimRow(f, translationOf(f)),
      topic: f.topic, measure: f.measure, low: f.low, high: f.high, qualifier: f.qualifier, stated_as: f.stated_as, as_of: f.as_of, place: f.place,
      as_of_start: f.as_of_start, as_of_end: f.as_of_end, as_of_from_article: f.as_of_from_article, as_of_approximate: f.as_of_approximate,
      count: f.count, since: f.since, cumulative: f.cumulative, estimator_key: f.estimator_key, estimator: f.estimator,
      disagreement_count: f.disagreement_count, disagrees_with_complete: f.disagrees_with_complete,
    }))],
    ['transfers', input.transferRows.map((t) => ({ ...claimRow(t, translationOf(t)), direction: t.direction, category: t.category, item: t.item, quantity: t.quantity }))],
    ['reactions', input.reactionRows.map((r) => ({ ...claimRow(r, translationOf(r)), actor: r.actor, actor_kind: r.actor_kind, reaction_kind: r.reaction_kind, stance: r.stance }))],
    ['events', input.eventRows.map((e, i) => ({
      ...claimRow(e, translationOf(e)), timeline_position: i + 1, date: e.date, precision: e.precision, end_date: e.end_date,
      date_inferred_by_dossier: e.date_inferred_by_dossier, what: e.what, event_key: e.key, place: e.place,
    }))],
    ['entities', input.entityRows.map((e) => ({
      entity_id: e.id, name: e.name, kind: e.kind, description: e.description, wikidata: e.wikidata, entity_url: e.url, source_count: e.source_count,
    }))],
    ['entity_forms', [...forms.values()]],
    ['claim_entities', [...links.values()]],
    ['disagreements', [...disagreements.values()]],
    ['measures', measures],
  ]);
}

/** The full-text rows: each article (its words, then the dossier's English), then each claim, in key order. */
function searchRows(input: DatabaseInput, translated: ReadonlyMap<string, string | null>): Row[] {
  const rows: Row[] = [];
  const bySource = new Map<string, { kind: string; row: ExportBase }[]>();
  for (const [kind, list] of [['figure', input.figureRows], ['transfer', input.transferRows], ['reaction', input.reactionRows], ['event', input.eventRows]] as const) {
    for (const row of list) {
      let its = bySource.get(row.source_id);
      if (!its) bySource.set(row.source_id, (its = []));
      its.push({ kind, row });
    }
  }
  for (const s of [...input.sources].sort((a, b) => compareText(a.id, b.id))) {
    const english = [s.data.titleTranslation, s.data.summary].filter(Boolean).join('\n\n');
    rows.push({ kind: 'article', source_id: s.id, claim_id: null, language: s.data.language, original: `${s.data.title}\n\n${input.articleText(s)}`, english });
    for (const { kind, row } of (bySource.get(s.id) ?? []).sort((a, b) => compareText(a.row.claim_id, b.row.claim_id))) {
      rows.push({ kind, source_id: s.id, claim_id: row.claim_id, language: row.language, original: row.quote, english: translated.get(`${s.id}#${row.claim_id}`) ?? null });
    }
  }
  return rows;
}

/** SQLite's page size for the file: fixed, so that the bytes never depend on a default. */
export const DATABASE_PAGE_SIZE = 4096;

/** Everything the file holds, as rows: what `writeDatabase` writes and `databaseKey` names. */
export interface DatabaseContent {
  /** Each table's rows, in the schema's order of tables. */
  tables: [string, Row[]][];
  /** The full-text table's rows, in key order. */
  search: Row[];
}

/** The rows of every table and of the full-text table, made from the export rows and the sources. */
export function databaseContent(input: DatabaseInput): DatabaseContent {
  const translated = translations(input.sources);
  const rows = tableRows(input, translated);
  return { tables: DATABASE_TABLES.map((t) => [t.name, rows.get(t.name) ?? []]), search: searchRows(input, translated) };
}

/** Fills an empty database with these rows: tables, indexes, views, the full-text table, checked keys, vacuumed. */
function fillDatabase(db: DatabaseSync, content: DatabaseContent): void {
  db.exec(`PRAGMA page_size = ${DATABASE_PAGE_SIZE}; PRAGMA encoding = 'UTF-8'; PRAGMA foreign_keys = OFF; PRAGMA user_version = ${DATABASE_FORMAT};`);
  const rows = new Map(content.tables);
  db.exec('BEGIN');
  for (const table of DATABASE_TABLES) {
    db.exec(createTableSql(table));
    insertAll(db, table, rows.get(table.name) ?? []);
  }
  for (const table of DATABASE_TABLES) for (const sql of createIndexSql(table)) db.exec(sql);
  for (const view of DATABASE_VIEWS) db.exec(`CREATE VIEW ${view.name} AS\n${view.sql}`);
  db.exec(createSearchSql());
  const cols = DATABASE_SEARCH.columns.map((c) => c.name);
  const insert = db.prepare(`INSERT INTO ${DATABASE_SEARCH.name} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
  for (const row of content.search) insert.run(...cols.map((c) => (row[c] ?? null) as SQLInputValue));
  db.exec(`INSERT INTO ${DATABASE_SEARCH.name} (${DATABASE_SEARCH.name}) VALUES ('optimize')`);
  db.exec('COMMIT');
  const broken = db.prepare('PRAGMA foreign_key_check').all();
  if (broken.length) throw new Error(`dossier.sqlite: ${broken.length} row(s) name a missing row: ${JSON.stringify(broken.slice(0, 5))}`);
  db.exec('VACUUM');
}

/**
 * The file's bytes for these rows, made in memory.
 *
 * @example
 * new TextDecoder().decode(writeDatabase(databaseContent(input)).subarray(0, 15)) // 'SQLite format 3'
 */
export function writeDatabase(content: DatabaseContent): Uint8Array {
  const db = new DatabaseSync(':memory:');
  try {
    fillDatabase(db, content);
    return db.serialize();
  } finally {
    db.close();
  }
}

/**
 * The header fields SQLite fills in a file on disk and leaves at zero in a serialised
 * in-memory database (the file change counter, at 24, and the version-valid-for number and
 * the SQLite version that wrote the file, at 92): zeroed, a file written on disk has the
 * bytes `writeDatabase` makes, which a reader's SQLite opens all the same.
 */
export const DATABASE_VOLATILE_HEADER: readonly { offset: number; length: number }[] = [{ offset: 24, length: 4 }, { offset: 92, length: 8 }];

/**
 * The same file written at `path` (which must not exist), the same bytes as `writeDatabase`
 * makes once its `DATABASE_VOLATILE_HEADER` is zeroed: SQLite then keeps only its page cache in memory, where in memory the database, the
 * copy VACUUM makes and the serialised copy are all held at once (about 0.6 GiB at 5,000
 * sources, BENCHMARKS.md). No journal: a file stopped half-way is thrown away by its writer.
 *
 * @example
 * writeDatabaseFile(databaseContent(input), '/tmp/x/.dossier.partial')
 */
export function writeDatabaseFile(content: DatabaseContent, path: string): void {
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
    fillDatabase(db, content);
  } finally {
    db.close();
  }
}

/**
 * A name for the bytes `writeDatabase` makes of these rows: the same for the same rows, schema,
 * writer code and SQLite, so that a build can reuse the file an earlier build wrote. The
 * writer's own source is part of it: a change to how rows are written is a new file even
 * when the schema's format number was not raised.
 *
 * @example
 * databaseKey(databaseContent(input)) // '3f1c…' (64 hex digits)
 */
export function databaseKey(content: DatabaseContent): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({
    format: DATABASE_FORMAT, pageSize: DATABASE_PAGE_SIZE, sqlite: process.versions.sqlite ?? '',
    schema: [DATABASE_TABLES, DATABASE_VIEWS, DATABASE_SEARCH],
    writer: [fillDatabase, insertAll, keyCompare, createTableSql, createIndexSql, createSearchSql].map(String),
  }));
  // Row by row: one string of a whole table would be tens of megabytes at 5,000 sources.
  for (const [name, rows] of [...content.tables, ['search', content.search] as const]) {
    hash.update(`\0${name}`);
    for (const row of rows) hash.update(`\n${JSON.stringify(row, jsonSafe)}`);
  }
  return hash.digest('hex');
}

/** JSON for any SQLite input value: a bigint or bytes would otherwise throw or lose their type. */
function jsonSafe(_key: string, v: unknown): unknown {
  if (typeof v === 'bigint') return `bigint:${v}`;
  if (v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString('base64')}`;
  return v;
}

/**
 * The database file's bytes. Throws, naming the table and row, when a row breaks a key.
 *
 * @example
 * const bytes = buildDatabase(input);
 * new TextDecoder().decode(bytes.subarray(0, 15)) // 'SQLite format 3'
 */
export function buildDatabase(input: DatabaseInput): Uint8Array {
  return writeDatabase(databaseContent(input));
}

/**
 * How many claims a database file holds (its `claims` view): its rows in a release's manifest.
 *
 * @example
 * databaseClaimCount(buildDatabase(input)) // figures + transfers + reactions + events
 */
export function databaseClaimCount(bytes: Uint8Array): number {
  const db = new DatabaseSync(':memory:');
  try {
    db.deserialize(bytes);
    return Number((db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n);
  } finally {
    db.close();
  }
}
