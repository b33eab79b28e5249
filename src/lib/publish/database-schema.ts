/**
 * The SQLite database's schema, described once: every table, column, view and the full-text
 * table with what each holds, and the example queries. The builder makes its tables from it,
 * the /data/ page and the Datasette metadata document it from it, and the tests run every
 * query it lists, so that the documentation cannot drift from the file.
 */

/** The file's name under /data/ and in a release. */
export const DATABASE_FILE = 'dossier.sqlite';
/** The Datasette metadata file beside it. */
export const DATABASE_METADATA_FILE = 'dossier.metadata.json';
/** The schema's version, in the file's `PRAGMA user_version`: raised when a table or column changes meaning. */
export const DATABASE_FORMAT = 1;

/** One column: its SQL type, whether it may be NULL, and what it holds. */
export interface ColumnSpec {
  name: string;
  type: 'TEXT' | 'INTEGER';
  /** True when the column may be NULL (the article or the record does not say). */
  nullable?: boolean;
  description: string;
}

/** One table: its columns, keys and indexes. */
export interface TableSpec {
  name: string;
  description: string;
  columns: ColumnSpec[];
  primaryKey: string[];
  foreignKeys?: { columns: string[]; table: string; references: string[] }[];
  /** Further indexes, each a list of columns. */
  indexes?: string[][];
}

const col = (name: string, type: ColumnSpec['type'], description: string, nullable = false): ColumnSpec => ({ name, type, description, ...(nullable && { nullable }) });
const bool = (name: string, description: string) => col(name, 'INTEGER', `${description} (1 or 0)`);

/** The columns every claim table starts with. */
const CLAIM_COLUMNS: ColumnSpec[] = [
  col('source_id', 'TEXT', 'The source the claim is from (sources.source_id)'),
  col('claim_id', 'TEXT', 'The claim’s anchor on its source page; unique within its source, across the four kinds of claim'),
  col('claim_url', 'TEXT', 'The claim’s permanent link: its source page with the claim’s anchor, which lands on the sentence'),
  col('quote', 'TEXT', 'The article’s exact words, in the article’s language'),
  col('quote_translation', 'TEXT', 'The dossier’s English translation of a quote in another language (never the article’s words); NULL when there is none', true),
  bool('reportedly', 'Whether the article hedges the claim ("reportedly", "auraient")'),
  col('estimated_by', 'TEXT', 'Who made the claim or estimate, as the article says', true),
  col('relayed_by', 'TEXT', 'Who passed it on before the outlet did, as the article says', true),
  col('note', 'TEXT', 'The dossier’s own remark on the claim, kept apart from the article', true),
];
const claimKey = { primaryKey: ['source_id', 'claim_id'], foreignKeys: [{ columns: ['source_id'], table: 'sources', references: ['source_id'] }] };

/**
 * Every table of the database, in the order they are made and filled (a table comes after
 * the tables its foreign keys name).
 */
export const DATABASE_TABLES: readonly TableSpec[] = [
  {
    name: 'outlets',
    description: 'The outlets that published the sources; an outlet that could not be identified has an honest description, never a guess.',
    primaryKey: ['outlet_id'],
    columns: [
      col('outlet_id', 'TEXT', 'The outlet’s id (its profile’s file name)'),
      col('name', 'TEXT', 'Its name, or a description when it is not identified'),
      bool('identified', 'Whether the outlet is identified'),
      col('homepage', 'TEXT', 'Its home page, when known', true),
      col('country', 'TEXT', 'Where it publishes, when known', true),
      col('language', 'TEXT', 'Its language: en or fr'),
      col('kind', 'TEXT', 'What kind of outlet it is'),
      col('stance', 'TEXT', 'Its known stance, only where public material documents one', true),
      col('notes', 'TEXT', 'The dossier’s notes on the outlet', true),
    ],
  },
  {
    name: 'sources',
    description: 'Every published article, one row each.',
    primaryKey: ['source_id'],
    foreignKeys: [{ columns: ['outlet_id'], table: 'outlets', references: ['outlet_id'] }],
    indexes: [['outlet_id'], ['published']],
    columns: [
      col('source_id', 'TEXT', 'The source’s id, which is its page’s address: /sources/<source_id>/'),
      col('title', 'TEXT', 'The article’s title, in its language'),
      bool('title_supplied', 'Whether the article has no headline and the dossier supplied this one'),
      col('title_translation', 'TEXT', 'The dossier’s English gloss of a title in another language', true),
      col('outlet_id', 'TEXT', 'The outlet (outlets.outlet_id)'),
      col('language', 'TEXT', 'The article’s language: en or fr'),
      col('published', 'TEXT', 'Its publication date: YYYY-MM-DD, or YYYY-MM when only the month is known'),
      col('date_precision', 'TEXT', 'day or month'),
      bool('date_inferred', 'Whether the publication date is the dossier’s inference'),
      col('author', 'TEXT', 'The byline, when there is one', true),
      col('summary', 'TEXT', 'The dossier’s short English summary of the article'),
      col('source_url', 'TEXT', 'The source’s page on this site'),
      col('original_url', 'TEXT', 'The original article, when its address is known', true),
      col('updated', 'TEXT', 'The day the dossier last changed its record, or NULL', true),
    ],
  },
  {
    name: 'corrections',
    description: 'The dossier’s corrections to its own records (the article text is never corrected), oldest first within each source.',
    primaryKey: ['source_id', 'correction_id'],
    foreignKeys: [{ columns: ['source_id'], table: 'sources', references: ['source_id'] }],
    columns: [
      col('source_id', 'TEXT', 'The source whose record was corrected'),
      col('correction_id', 'TEXT', 'Its anchor on the source page: correction-<date>'),
      col('correction_url', 'TEXT', 'Its permanent link'),
      col('date', 'TEXT', 'The day of the correction'),
      col('text', 'TEXT', 'What changed'),
      col('reason', 'TEXT', 'Why'),
    ],
  },
  {
    name: 'figures',
    description: 'Every figure on troops and casualties, one row each: the same rows as figures.json, with the as-of period and the disagreements computed as the topic pages compute them.',
    ...claimKey,
    indexes: [['measure', 'as_of_end'], ['estimator_key']],
    columns: [
      ...CLAIM_COLUMNS,
      col('topic', 'TEXT', 'troops or casualties'),
      col('measure', 'TEXT', 'What is counted (deployed, planned, killed, wounded, killed-or-wounded, casualties, captured, losses); different measures are never merged'),
      col('low', 'INTEGER', 'The low end of the range (equal to high when exact); NULL when the article gives no number, never 0', true),
      col('high', 'INTEGER', 'The high end of the range; NULL when the article gives no number', true),
      col('qualifier', 'TEXT', 'How the article qualifies the number: exact, about, at-least, up-to, nearly…'),
      col('stated_as', 'TEXT', 'What the article gives instead of a number ("thousands")', true),
      col('as_of', 'TEXT', 'When the figure applies, when the text says (partial ISO date)', true),
      col('place', 'TEXT', 'Where, when the text says', true),
      col('as_of_start', 'TEXT', 'The first day of the period the estimate applies to: its as_of at its precision, or else its article’s date'),
      col('as_of_end', 'TEXT', 'The last day of that period'),
      bool('as_of_from_article', 'Whether the text gives no date and the period is the article’s date ("reported by")'),
      bool('as_of_approximate', 'Whether that article date is the dossier’s inference'),
      col('count', 'TEXT', 'For troops deployed: cumulative (sent in total since a start) or present (at a date)', true),
      col('since', 'TEXT', 'For a cumulative count: the start the text gives', true),
      bool('cumulative', 'Whether the count only grows (a later, lower estimate is a conflict)'),
      col('estimator_key', 'TEXT', 'The estimator, normalised: entity:<id> when the glossary knows it, else text:<folded text>', true),
      col('estimator', 'TEXT', 'The estimator’s name as the pages show it', true),
      col('disagreement_count', 'INTEGER', 'How many estimates this one cannot be reconciled with (exact)'),
      bool('disagrees_with_complete', 'Whether the disagreements table names all of them (it names the nearest few for each reason)'),
    ],
  },
  {
    name: 'transfers',
    description: 'What moves between the two states, one row per claim.',
    ...claimKey,
    indexes: [['category'], ['direction']],
    columns: [
      ...CLAIM_COLUMNS,
      col('direction', 'TEXT', 'to-russia or to-north-korea'),
      col('category', 'TEXT', 'troops, munitions, missiles, air defence, satellite, components…'),
      col('item', 'TEXT', 'What is transferred'),
      col('quantity', 'TEXT', 'How much, as the article says', true),
    ],
  },
  {
    name: 'reactions',
    description: 'International reactions: who reacted, how, one row per claim.',
    ...claimKey,
    indexes: [['actor']],
    columns: [
      ...CLAIM_COLUMNS,
      col('actor', 'TEXT', 'The state, organisation or person reacting, as the article names it'),
      col('actor_kind', 'TEXT', 'What kind of actor it is'),
      col('reaction_kind', 'TEXT', 'What kind of reaction it is (statement, sanction…)'),
      col('stance', 'TEXT', 'The stance or action, in a few words'),
    ],
  },
  {
    name: 'events',
    description: 'Dated events, one row per report, numbered in timeline order.',
    ...claimKey,
    indexes: [['date'], ['timeline_position']],
    columns: [
      ...CLAIM_COLUMNS,
      col('timeline_position', 'INTEGER', 'Its place in the timeline (1 is the earliest), as /timeline/ and timeline.json order it'),
      col('date', 'TEXT', 'When it happened (partial ISO date)'),
      col('precision', 'TEXT', 'The date’s precision'),
      col('end_date', 'TEXT', 'When it ended, for a span', true),
      bool('date_inferred_by_dossier', 'Whether the date is the dossier’s inference (its note says how)'),
      col('what', 'TEXT', 'What happened, in a few words'),
      col('event_key', 'TEXT', 'A key shared by reports of the same event', true),
      col('place', 'TEXT', 'Where, when the text says', true),
    ],
  },
  {
    name: 'entities',
    description: 'People, states, agencies, units, places and operations, one row each.',
    primaryKey: ['entity_id'],
    indexes: [['kind']],
    columns: [
      col('entity_id', 'TEXT', 'The entity’s id, which is its page’s address: /entities/<entity_id>/'),
      col('name', 'TEXT', 'Its name'),
      col('kind', 'TEXT', 'person, state, agency, unit, place, operation…'),
      col('description', 'TEXT', 'One neutral line'),
      col('wikidata', 'TEXT', 'Its Wikidata item, when known', true),
      col('entity_url', 'TEXT', 'Its page on this site'),
      col('source_count', 'INTEGER', 'How many sources name it'),
    ],
  },
  {
    name: 'entity_forms',
    description: 'Every form an entity’s name takes, in English and French.',
    primaryKey: ['entity_id', 'lang', 'form'],
    foreignKeys: [{ columns: ['entity_id'], table: 'entities', references: ['entity_id'] }],
    columns: [
      col('entity_id', 'TEXT', 'The entity (entities.entity_id)'),
      col('lang', 'TEXT', 'en or fr'),
      col('form', 'TEXT', 'The name as written'),
    ],
  },
  {
    name: 'claim_entities',
    description: 'The entities each claim names: by role (estimator, relayer, actor, party, place) and in its quote (named).',
    primaryKey: ['source_id', 'claim_id', 'role', 'entity_id'],
    foreignKeys: [
      { columns: ['source_id'], table: 'sources', references: ['source_id'] },
      { columns: ['entity_id'], table: 'entities', references: ['entity_id'] },
    ],
    indexes: [['entity_id', 'role']],
    columns: [
      col('source_id', 'TEXT', 'The claim’s source'),
      col('claim_id', 'TEXT', 'The claim (in figures, transfers, reactions or events)'),
      col('kind', 'TEXT', 'figure, transfer, reaction or event: the table the claim is in'),
      col('role', 'TEXT', 'estimator, relayer, actor, party, place, or named (named in its quote)'),
      col('entity_id', 'TEXT', 'The entity (entities.entity_id)'),
    ],
  },
  {
    name: 'disagreements',
    description: 'Pairs of figures that cannot both be right, from each side: for an overlapping period, ranges that do not overlap; for a count that only grows, a later estimate wholly below an earlier one. Estimates of different places or scopes are never compared. Each figure names its nearest few for each reason; figures.disagreement_count is exact.',
    primaryKey: ['source_id', 'claim_id', 'other_source_id', 'other_claim_id', 'reason'],
    foreignKeys: [
      { columns: ['source_id', 'claim_id'], table: 'figures', references: ['source_id', 'claim_id'] },
      { columns: ['other_source_id', 'other_claim_id'], table: 'figures', references: ['source_id', 'claim_id'] },
    ],
    indexes: [['other_source_id', 'other_claim_id']],
    columns: [
      col('source_id', 'TEXT', 'The figure’s source'),
      col('claim_id', 'TEXT', 'The figure'),
      col('other_source_id', 'TEXT', 'The source of the figure it disagrees with'),
      col('other_claim_id', 'TEXT', 'The figure it disagrees with'),
      col('reason', 'TEXT', 'same-period (overlapping periods, ranges apart), lower-than-earlier (lower than an earlier estimate of a growing count) or higher-than-later'),
    ],
  },
  {
    name: 'measures',
    description: 'Each topic page’s summary of a measure: how many estimates, how many conflicting pairs, and its latest, lowest and highest estimate, chosen as the topic page chooses them.',
    primaryKey: ['topic_id', 'measure'],
    foreignKeys: [
      { columns: ['latest_source_id', 'latest_claim_id'], table: 'figures', references: ['source_id', 'claim_id'] },
      { columns: ['lowest_source_id', 'lowest_claim_id'], table: 'figures', references: ['source_id', 'claim_id'] },
      { columns: ['highest_source_id', 'highest_claim_id'], table: 'figures', references: ['source_id', 'claim_id'] },
    ],
    columns: [
      col('topic_id', 'TEXT', 'The topic page (/topics/<topic_id>/)'),
      col('measure', 'TEXT', 'The measure'),
      col('estimates', 'INTEGER', 'Estimates with a number'),
      col('unnumbered', 'INTEGER', 'Figures stated without a number ("thousands")'),
      col('source_count', 'INTEGER', 'Sources that give a figure for this measure'),
      col('conflict_pairs', 'INTEGER', 'Pairs of estimates that cannot both be right'),
      col('latest_source_id', 'TEXT', 'The estimate that applies latest (by the end of its period): its source', true),
      col('latest_claim_id', 'TEXT', 'and its claim', true),
      col('lowest_source_id', 'TEXT', 'The estimate with the smallest low: its source', true),
      col('lowest_claim_id', 'TEXT', 'and its claim', true),
      col('highest_source_id', 'TEXT', 'The estimate with the largest high: its source', true),
      col('highest_claim_id', 'TEXT', 'and its claim', true),
    ],
  },
];

/** A view: its SQL and what it shows; its columns are those of the query. */
export interface ViewSpec {
  name: string;
  description: string;
  sql: string;
}

const claimsOf = (kind: string, table: string) =>
  `SELECT '${kind}' AS kind, source_id, claim_id, claim_url, quote, quote_translation, reportedly, estimated_by, relayed_by, note FROM ${table}`;

/** The database's views. */
export const DATABASE_VIEWS: readonly ViewSpec[] = [
  {
    name: 'claims',
    description: 'Every claim of the four kinds in one list: kind, source, claim, link, quote and translation.',
    sql: [claimsOf('figure', 'figures'), claimsOf('transfer', 'transfers'), claimsOf('reaction', 'reactions'), claimsOf('event', 'events')].join('\nUNION ALL\n'),
  },
  {
    name: 'latest_estimates',
    description: 'The latest estimate of each measure on each topic page, as the page leads with it: the estimate whose period ends latest.',
    sql: `SELECT m.topic_id, m.measure, f.low, f.high, f.qualifier, f.as_of_start, f.as_of_end, f.as_of_from_article,
  f.estimator, f.source_id, f.claim_id, f.claim_url, f.quote, f.quote_translation, m.estimates, m.conflict_pairs
FROM measures m JOIN figures f ON f.source_id = m.latest_source_id AND f.claim_id = m.latest_claim_id`,
  },
];

/** The full-text table: its name, columns and tokenizer (accents folded, so that "blesses" finds "blessés"). */
export const DATABASE_SEARCH = {
  name: 'search',
  description: 'Full-text search (SQLite FTS5, accents folded) over every quote and its translation, and every article’s title and text with the dossier’s English title and summary. One row per claim and one per article.',
  tokenize: 'unicode61 remove_diacritics 2',
  columns: [
    { name: 'kind', indexed: false, description: 'article, figure, transfer, reaction or event' },
    { name: 'source_id', indexed: false, description: 'The source' },
    { name: 'claim_id', indexed: false, description: 'The claim; NULL on an article’s row' },
    { name: 'language', indexed: false, description: 'The language of the original text: en or fr' },
    { name: 'original', indexed: true, description: 'The article’s own words: a quote, or an article’s title and text' },
    { name: 'english', indexed: true, description: 'The dossier’s English: a quote’s translation, or an article’s English title and summary' },
  ],
} as const;

/** A documented query: its id (a Datasette canned query's name), title, what it answers, and its SQL. */
export interface DocumentedQuery {
  id: string;
  title: string;
  description: string;
  sql: string;
}

/** The example queries /data/ documents; the tests run every one against the built file. */
export const DATABASE_QUERIES: readonly DocumentedQuery[] = [
  {
    id: 'latest_estimates',
    title: 'Latest estimate per measure',
    description: 'What each topic page leads with: for every measure, the estimate whose period ends latest, with who made it and its sentence.',
    sql: `SELECT topic_id, measure, low, high, qualifier, as_of_end, estimator, claim_url
FROM latest_estimates
ORDER BY topic_id, measure`,
  },
  {
    id: 'disagreements',
    title: 'Estimates that disagree',
    description: 'Each pair of figures that cannot both be right, once, with both ranges, periods and sentences.',
    sql: `SELECT a.measure, d.reason,
  a.low AS low, a.high AS high, a.as_of_end AS as_of, a.claim_url AS claim_url,
  b.low AS other_low, b.high AS other_high, b.as_of_end AS other_as_of, b.claim_url AS other_claim_url
FROM disagreements d
JOIN figures a ON a.source_id = d.source_id AND a.claim_id = d.claim_id
JOIN figures b ON b.source_id = d.other_source_id AND b.claim_id = d.other_claim_id
-- Once per pair: a later-lower pair from its later side, a same-period pair from its first side.
WHERE d.reason = 'lower-than-earlier'
  OR (d.reason = 'same-period' AND (d.source_id, d.claim_id) < (d.other_source_id, d.other_claim_id))
ORDER BY a.measure, a.source_id, a.claim_id, b.source_id, b.claim_id`,
  },
  {
    id: 'search_french',
    title: 'Full-text search in French',
    description: 'Quotes and articles with “blessés” (accents folded: “blesses” finds it too), best match first.',
    sql: `SELECT kind, source_id, claim_id, snippet(search, 4, '[', ']', '…', 12) AS excerpt
FROM search WHERE search MATCH 'original:blessés'
ORDER BY rank, source_id, claim_id`,
  },
  {
    id: 'search_english',
    title: 'Full-text search in English',
    description: 'Claims and articles with “wounded” in the dossier’s English (translations, titles and summaries) or in an English article’s words.',
    sql: `SELECT kind, source_id, claim_id, language, snippet(search, -1, '[', ']', '…', 12) AS excerpt
FROM search WHERE search MATCH 'wounded'
ORDER BY rank, source_id, claim_id`,
  },
  {
    id: 'claims_naming_entity',
    title: 'Claims naming an entity',
    description: 'Every claim that names Kursk, in any role, with its quote and translation.',
    sql: `SELECT c.kind, ce.role, c.source_id, c.claim_id, c.quote, c.quote_translation, c.claim_url
FROM claim_entities ce
JOIN claims c ON c.source_id = ce.source_id AND c.claim_id = ce.claim_id
WHERE ce.entity_id = 'kursk'
ORDER BY c.source_id, c.claim_id, ce.role`,
  },
  {
    id: 'estimates_by_estimator',
    title: 'An estimator’s estimates over time',
    description: 'Every figure with its estimator, oldest period first: who said what, when.',
    sql: `SELECT estimator, measure, low, high, qualifier, as_of_start, as_of_end, claim_url
FROM figures
WHERE estimator IS NOT NULL
ORDER BY estimator, measure, as_of_end, source_id, claim_id`,
  },
];

/**
 * The SQL that makes a table, with its keys (foreign keys are declared, for readers and
 * tools; the builder inserts in order so that every key resolves).
 *
 * @example
 * createTableSql(DATABASE_TABLES[0]!) // 'CREATE TABLE outlets (\n  outlet_id TEXT NOT NULL,\n …'
 */
export function createTableSql(table: TableSpec): string {
  const lines = [
    ...table.columns.map((c) => `  ${c.name} ${c.type}${c.nullable ? '' : ' NOT NULL'}`),
    `  PRIMARY KEY (${table.primaryKey.join(', ')})`,
    ...(table.foreignKeys ?? []).map((fk) => `  FOREIGN KEY (${fk.columns.join(', ')}) REFERENCES ${fk.table} (${fk.references.join(', ')})`),
  ];
  return `CREATE TABLE ${table.name} (\n${lines.join(',\n')}\n) WITHOUT ROWID`;
}

/**
 * The SQL of a table's further indexes, one statement each.
 *
 * @example
 * createIndexSql({ name: 'events', indexes: [['date']] } as TableSpec) // ['CREATE INDEX events_date ON events (date)']
 */
export function createIndexSql(table: TableSpec): string[] {
  return (table.indexes ?? []).map((cols) => `CREATE INDEX ${table.name}_${cols.join('_')} ON ${table.name} (${cols.join(', ')})`);
}

/**
 * The SQL that makes the full-text table.
 *
 * @example
 * createSearchSql() // "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, …, tokenize = 'unicode61 remove_diacritics 2')"
 */
export function createSearchSql(): string {
  const cols = DATABASE_SEARCH.columns.map((c) => (c.indexed ? c.name : `${c.name} UNINDEXED`));
  return `CREATE VIRTUAL TABLE ${DATABASE_SEARCH.name} USING fts5(${cols.join(', ')}, tokenize = '${DATABASE_SEARCH.tokenize}')`;
}

/** The licence and names the Datasette metadata states (the dossier's data licence). */
export interface MetadataContext {
  title: string;
  licence: { short: string; url: string; covers: string; excludes: string };
  /** The site's address, for the source link. */
  site: URL | string;
}

/**
 * The Datasette metadata file for the database (https://docs.datasette.io/en/stable/metadata.html):
 * title, licence, source, and a description of every table, view and column, with the
 * documented queries as canned queries.
 *
 * @example
 * datasetteMetadata({ title, licence: DATA_LICENCE, site }).databases.dossier.tables.figures.columns.low // 'The low end of the range …'
 */
export function datasetteMetadata(ctx: MetadataContext) {
  const tables: Record<string, { description: string; columns?: Record<string, string> }> = {};
  for (const t of DATABASE_TABLES) tables[t.name] = { description: t.description, columns: Object.fromEntries(t.columns.map((c) => [c.name, c.description])) };
  for (const v of DATABASE_VIEWS) tables[v.name] = { description: v.description };
  tables[DATABASE_SEARCH.name] = { description: DATABASE_SEARCH.description, columns: Object.fromEntries(DATABASE_SEARCH.columns.map((c) => [c.name, c.description])) };
  return {
    title: ctx.title,
    description: `${ctx.licence.covers} ${ctx.licence.excludes}`,
    license: ctx.licence.short,
    license_url: ctx.licence.url,
    source: ctx.title,
    source_url: new URL('/data/', ctx.site).href,
    databases: {
      [DATABASE_FILE.replace(/\.sqlite$/, '')]: {
        tables,
        queries: Object.fromEntries(DATABASE_QUERIES.map((q) => [q.id, { title: q.title, description: q.description, sql: q.sql }])),
      },
    },
  };
}
