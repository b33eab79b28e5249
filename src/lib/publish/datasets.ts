/**
 * The data exports as files: one function lists them and makes their content, so that the
 * live files under /data/, the frozen copies a data release keeps, and the check of
 * whether the live data still matches the last release all come from the same code.
 */
import type { SourceEntry } from '../site';
import type { GlossaryEntry } from '../claims';
import { buildTimeline, selectClaims, type Entity, type EntityIndex, type TopicDef } from '../compare';
import { entityRows, eventRows, FIGURE_COLUMNS, figureRows, reactionRows, sourceRows, toCsv, topicExport, transferRows } from './exports';
import { buildDatabase, type DatabaseInput, type OutletRecord } from './database';
import { DATABASE_FILE, DATABASE_METADATA_FILE, datasetteMetadata } from './database-schema';
import { DATA_LICENCE, DOSSIER_NAME } from '../site';

/** What the exports are made from: the published sources and the build's model of them. */
export interface DatasetInput {
  /** Published sources, newest first. */
  sources: readonly SourceEntry[];
  /** Topics in their order. */
  topics: readonly TopicDef[];
  entities: readonly Entity[];
  entityIndex: EntityIndex;
  outletName: (source: SourceEntry) => string;
  glossary: readonly GlossaryEntry[];
  /** The outlet's profile for any source, for the database's outlets table. */
  outletOf: (source: SourceEntry) => OutletRecord;
  /** The article's text as plain text, for the database's full-text table. */
  articleText: (source: SourceEntry) => string;
  /** Makes the database's bytes: `buildDatabase` unless given (a build passes one that keeps the file between builds). */
  buildDatabase?: (input: DatabaseInput) => Uint8Array;
}

/** One export file. */
export interface ExportFile {
  /** Its path under /data/, and under a release's folder: `figures.json`, `topics/troops.json`. */
  path: string;
  mediaType: string;
  /** Its data rows. */
  rows: number;
  /** A JSON envelope, the text of a CSV or JSON file that has no envelope, or the bytes of the database. */
  content: Record<string, unknown> | string | Uint8Array;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const SQLITE_TYPE = 'application/vnd.sqlite3';

/**
 * The media type of an export or release file, by its extension.
 *
 * @example
 * mediaTypeOf('figures.csv') // 'text/csv; charset=utf-8'
 * mediaTypeOf('dossier.sqlite') // 'application/vnd.sqlite3'
 */
export function mediaTypeOf(path: string): string {
  return path.endsWith('.csv') ? CSV_TYPE : path.endsWith('.sqlite') ? SQLITE_TYPE : JSON_TYPE;
}

/**
 * Every export file, in a fixed order, with the absolute links of its rows made from `site`.
 *
 * @example
 * exportFiles(input, 'https://d.example').map((f) => f.path)
 * // ['sources.json', 'figures.json', 'figures.csv', 'timeline.json', 'entities.json', 'topics/troops.json', …, 'dossier.sqlite', 'dossier.metadata.json']
 */
export function exportFiles(input: DatasetInput, site: URL | string): ExportFile[] {
  const ctx = { site, outletName: input.outletName, glossary: input.glossary };
  const sources = sourceRows(input.sources, ctx);
  const figures = figureRows(selectClaims(input.sources, { kind: 'figure' }), ctx);
  const events = eventRows(buildTimeline(input.sources).flatMap((e) => e.reports), ctx);
  const entities = entityRows(input.entityIndex, input.entities, site);
  const transfers = transferRows(selectClaims(input.sources, { kind: 'transfer' }), ctx);
  const reactions = reactionRows(selectClaims(input.sources, { kind: 'reaction' }), ctx);
  const envelope = (dataset: string, rows: readonly unknown[]) => ({ dataset, count: rows.length, rows });
  const database = (input.buildDatabase ?? buildDatabase)({
    sources: input.sources, sourceRows: sources, figureRows: figures, transferRows: transfers, reactionRows: reactions, eventRows: events,
    entityRows: entities, topics: input.topics, glossary: input.glossary, outletOf: input.outletOf, articleText: input.articleText,
  });
  const claims = figures.length + transfers.length + reactions.length + events.length;
  // Pre-serialised: Datasette reads it as it is, with no live `release` member added.
  const metadata = `${JSON.stringify(datasetteMetadata({ title: DOSSIER_NAME, licence: DATA_LICENCE, site }), null, 2)}\n`;
  return [
    { path: 'sources.json', mediaType: JSON_TYPE, rows: sources.length, content: envelope('sources', sources) },
    { path: 'figures.json', mediaType: JSON_TYPE, rows: figures.length, content: envelope('figures', figures) },
    { path: 'figures.csv', mediaType: CSV_TYPE, rows: figures.length, content: toCsv(figures, FIGURE_COLUMNS) },
    { path: 'timeline.json', mediaType: JSON_TYPE, rows: events.length, content: envelope('timeline', events) },
    { path: 'entities.json', mediaType: JSON_TYPE, rows: entities.length, content: envelope('entities', entities) },
    ...input.topics.map((topic) => {
      const content = topicExport(topic, input.sources, ctx);
      return { path: `topics/${topic.id}.json`, mediaType: JSON_TYPE, rows: content.count, content: content as unknown as Record<string, unknown> };
    }),
    { path: DATABASE_FILE, mediaType: SQLITE_TYPE, rows: claims, content: database },
    { path: DATABASE_METADATA_FILE, mediaType: JSON_TYPE, rows: 0, content: metadata },
  ];
}

/**
 * An export file as a release keeps it: the JSON envelope without the live `release`
 * member, or the CSV, the database or a JSON file without envelope as it is.
 *
 * @example
 * frozenBody({ path: 'a.json', mediaType, rows: 0, content: { dataset: 'a', count: 0, rows: [] } }) // '{\n  "dataset": "a",\n  "count": 0,\n  "rows": []\n}'
 */
export function frozenBody(file: ExportFile): string | Uint8Array {
  return typeof file.content === 'string' || file.content instanceof Uint8Array ? file.content : JSON.stringify(file.content, null, 2);
}

/**
 * A file's body as bytes (text in UTF-8), as a release writes it.
 *
 * @example
 * bodyBytes('é').length // 2
 */
export function bodyBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/** What a live JSON export says about the data releases (README, "Data releases"). */
export interface ReleaseField {
  /** The latest data release, or null when there is none yet. */
  version: string | null;
  /** `matches`: this file is the latest release's copy, row for row; `newer`: it changed since; `none`: no release has this file. */
  status: 'matches' | 'newer' | 'none';
  /** The release's copy of this file (absolute), when it has one. */
  url: string | null;
  /** The list of every release (absolute). */
  releases: string;
}

/**
 * A live export file: a JSON envelope gains `release` after its first member; a CSV or the
 * database, which have no envelope, are as frozen.
 *
 * @example
 * JSON.parse(liveBody(file, { version: '2026-11-23', status: 'matches', url, releases })).release.status // 'matches'
 */
export function liveBody(file: ExportFile, release: ReleaseField): string | Uint8Array {
  if (typeof file.content === 'string' || file.content instanceof Uint8Array) return file.content;
  const [first, ...rest] = Object.entries(file.content);
  return JSON.stringify(Object.fromEntries([first!, ['release', release], ...rest]), null, 2);
}

/**
 * Whether a file's `rows` counts rows of data: the Datasette metadata is settings, and its 0
 * would read as an empty file.
 *
 * @example
 * hasRows('figures.json') // true
 * hasRows('dossier.metadata.json') // false
 */
export function hasRows(path: string): boolean {
  return path !== DATABASE_METADATA_FILE;
}

/**
 * What an export file holds, in one line for the data pages; a topic file is named by its
 * topic's title when the topic is known.
 *
 * @example
 * describeExport('figures.csv') // 'Every figure on troops and casualties, one row each, for spreadsheets (RFC 4180, UTF-8 with a byte-order mark)'
 */
export function describeExport(path: string, topicTitle?: (id: string) => string | undefined): string {
  const topic = /^topics\/(.+)\.json$/.exec(path)?.[1];
  if (topic) return `The claims of the topic page “${topicTitle?.(topic) ?? topic}”, one row each`;
  return ({
    'sources.json': 'Every source: its record, claim counts, and the dossier’s corrections to it',
    'figures.json': 'Every figure on troops and casualties, one row each, with its as-of period, normalised estimator and disagreements',
    'figures.csv': 'Every figure on troops and casualties, one row each, for spreadsheets (RFC 4180, UTF-8 with a byte-order mark)',
    'timeline.json': 'Every dated event, one row per report, in timeline order',
    'entities.json': 'Every person, state, agency, place…: its forms in English and French, and counts',
    [DATABASE_FILE]: 'All of the above as one SQLite database, with keys, the topic pages’ latest estimates, the disagreements, and full-text search in both languages (schema below)',
    [DATABASE_METADATA_FILE]: 'The database’s Datasette metadata: title, licence, source, and what every table and column holds',
  } as Record<string, string>)[path] ?? path;
}
