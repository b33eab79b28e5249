import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { buildDatabase, databaseClaimCount, DATABASE_PAGE_SIZE, quoteTranslation } from './database';
import { createIndexSql, createSearchSql, createTableSql, DATABASE_FORMAT, DATABASE_QUERIES, DATABASE_TABLES, DATABASE_VIEWS, datasetteMetadata } from './database-schema';
import { exportFiles } from './datasets';
import { figureRows, sourceRows } from './exports';
import { groupFigures, selectClaims } from '../compare';
import { figure, source } from '../../../tests/helpers/builders';
import { OUTLET_OF, SITE } from '../../../tests/helpers/releases';
import { ENTITIES, input, sources } from '../../../tests/helpers/database-input';

const fileOf = (path: string, over = {}) => exportFiles(input(over), SITE).find((f) => f.path === path)!;
const bytes = fileOf('dossier.sqlite').content as Uint8Array;
const figuresJson = (fileOf('figures.json').content as { rows: { source_id: string; claim_id: string; low: number; disagreement_count: number; disagrees_with: unknown[] }[] }).rows;

const open = (b: Uint8Array) => {
  const db = new DatabaseSync(':memory:');
  db.deserialize(b);
  return db;
};
const db = open(bytes);
const all = (sql: string) => db.prepare(sql).all().map((r) => ({ ...r }));

describe('buildDatabase', () => {
  it('is an SQLite file with a fixed page size and the schema version', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 15))).toBe('SQLite format 3');
    expect(all('PRAGMA page_size')[0]!.page_size).toBe(DATABASE_PAGE_SIZE);
    expect(all('PRAGMA user_version')[0]!.user_version).toBe(DATABASE_FORMAT);
    expect(all('PRAGMA integrity_check')[0]!.integrity_check).toBe('ok');
    expect(all('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('holds every table and view the schema describes, with the columns it describes', () => {
    for (const t of DATABASE_TABLES) {
      expect(all(`PRAGMA table_info(${t.name})`).map((c) => c.name), t.name).toEqual(t.columns.map((c) => c.name));
    }
    const names = all("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").map((r) => r.name);
    expect(names).toEqual(DATABASE_VIEWS.map((v) => v.name).sort());
  });

  it('holds the rows of the JSON exports, with the same values', () => {
    expect(all('SELECT count(*) AS n FROM figures')[0]!.n).toBe(figuresJson.length);
    for (const row of figuresJson) {
      const got = db.prepare('SELECT low, disagreement_count FROM figures WHERE source_id = ? AND claim_id = ?').get(row.source_id, row.claim_id);
      expect({ ...got }).toEqual({ low: row.low, disagreement_count: row.disagreement_count });
    }
    expect(all('SELECT count(*) AS n FROM disagreements')[0]!.n).toBe(figuresJson.reduce((n, r) => n + r.disagrees_with.length, 0));
    expect(all('SELECT kind, count(*) AS n FROM claims GROUP BY kind ORDER BY kind')).toEqual([
      { kind: 'event', n: 2 }, { kind: 'figure', n: 4 }, { kind: 'reaction', n: 1 }, { kind: 'transfer', n: 1 },
    ]);
    expect(databaseClaimCount(bytes)).toBe(8);
    expect(all('SELECT outlet_id, name FROM outlets')).toEqual([{ outlet_id: 'outlet', name: 'Outlet' }]);
    expect(all('SELECT source_id, timeline_position FROM events ORDER BY timeline_position')).toEqual([
      { source_id: 'a-2025-05-01', timeline_position: 1 }, { source_id: 'b-2025-06-01', timeline_position: 2 },
    ]);
  });

  it('stores a translation as quote_translation, NULL when absent', () => {
    expect(all("SELECT source_id, claim_id, quote_translation FROM figures WHERE measure = 'killed' ORDER BY source_id")).toEqual([
      { source_id: 'a-2025-05-01', claim_id: 'fig-killed', quote_translation: null },
      { source_id: 'b-2025-06-01', claim_id: 'fig-killed', quote_translation: 'about 600 soldiers killed and thousands wounded in Kursk' },
    ]);
    expect(quoteTranslation(figure('x'))).toBeNull();
  });

  it('links claims to the entities they name, by role', () => {
    expect(all("SELECT source_id, claim_id, role FROM claim_entities WHERE entity_id = 'kursk' ORDER BY source_id, role")).toEqual([
      { source_id: 'a-2025-05-01', claim_id: 'fig-killed', role: 'named' },
      { source_id: 'b-2025-06-01', claim_id: 'fig-killed', role: 'named' },
    ]);
    expect(all("SELECT role, count(*) AS n FROM claim_entities WHERE entity_id = 'nis' GROUP BY role")).toEqual([{ role: 'estimator', n: 2 }]);
    expect(all("SELECT lang, form FROM entity_forms WHERE entity_id = 'kursk' ORDER BY lang")).toEqual([{ lang: 'en', form: 'Kursk' }, { lang: 'fr', form: 'Koursk' }]);
  });

  it('gives the latest estimate per measure as the topic pages choose it', () => {
    const groups = groupFigures(selectClaims(sources, { kind: 'figure' }), ENTITIES);
    const latest = all('SELECT measure, source_id, claim_id FROM latest_estimates ORDER BY measure');
    expect(latest).toEqual(groups.map((g) => ({ measure: g.measure, source_id: g.latest!.item.source.id, claim_id: g.latest!.item.claim.id })).sort((a, b) => a.measure.localeCompare(b.measure)));
    // The period that ends latest wins: the June article's own date (1 June, "reported by") after an estimate as of May.
    expect(latest.find((r) => r.measure === 'deployed')).toEqual({ measure: 'deployed', source_id: 'b-2025-06-01', claim_id: 'fig-sent' });
  });

  it('finds French words with or without accents, and English through translations and summaries', () => {
    const match = (q: string) => all(`SELECT kind, source_id, claim_id FROM search WHERE search MATCH '${q}' ORDER BY source_id, kind, claim_id`);
    expect(match('blessés')).toEqual([{ kind: 'article', source_id: 'b-2025-06-01', claim_id: null }, { kind: 'figure', source_id: 'b-2025-06-01', claim_id: 'fig-killed' }]);
    expect(match('blesses')).toEqual(match('blessés'));
    expect(match('english:wounded')).toEqual([{ kind: 'article', source_id: 'b-2025-06-01', claim_id: null }, { kind: 'figure', source_id: 'b-2025-06-01', claim_id: 'fig-killed' }]);
  });

  it('runs every documented query', () => {
    for (const q of DATABASE_QUERIES) expect(() => db.prepare(q.sql).all(), q.id).not.toThrow();
    const disagreements = db.prepare(DATABASE_QUERIES.find((q) => q.id === 'disagreements')!.sql).all();
    // 12,000 sent by May and 11,000 by 1 June: a later, lower count of troops sent is no disagreement unless cumulative; killed 200 (1 June) and 600 (1 June) are.
    expect(disagreements.map((r) => ({ ...r })).map((r) => [r.measure, r.reason, r.low, r.other_low])).toEqual([['killed', 'same-period', 200, 600]]);
  });

  it('makes the same bytes for the same content, whatever the order of the sources', () => {
    const again = fileOf('dossier.sqlite', { sources: [...sources].reverse() }).content as Uint8Array;
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    // The file change counter (offset 24) and its copy (offset 92) are part of those bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(24)).toBe(view.getUint32(92));
  });

  it('names the table and row when a row breaks a key', () => {
    const twice = [source('c-2025-01-01', { figures: [figure('fig-a', { low: 1, high: 1 }), figure('fig-a', { low: 2, high: 2 })] })];
    const ctx = { site: SITE, outletName: () => 'Outlet', glossary: [] };
    expect(() => buildDatabase({
      sources: twice, sourceRows: sourceRows(twice, ctx), figureRows: figureRows(selectClaims(twice, { kind: 'figure' }), ctx), transferRows: [], reactionRows: [], eventRows: [], entityRows: [],
      topics: [], glossary: [], outletOf: OUTLET_OF, articleText: () => '',
    })).toThrow(/dossier\.sqlite: table figures, row source_id=c-2025-01-01 claim_id=fig-a: .*UNIQUE/);
  });
});

describe('schema SQL', () => {
  it('declares keys and indexes', () => {
    const disagreements = DATABASE_TABLES.find((t) => t.name === 'disagreements')!;
    expect(createTableSql(disagreements)).toContain('FOREIGN KEY (other_source_id, other_claim_id) REFERENCES figures (source_id, claim_id)');
    expect(createIndexSql(disagreements)).toEqual(['CREATE INDEX disagreements_other_source_id_other_claim_id ON disagreements (other_source_id, other_claim_id)']);
    expect(createSearchSql()).toContain("tokenize = 'unicode61 remove_diacritics 2'");
  });
});

describe('datasetteMetadata', () => {
  it('describes every table and column, with the licence and the documented queries', () => {
    const m = datasetteMetadata({ title: 'D', licence: { short: 'CC BY 4.0', url: 'https://l', covers: 'c', excludes: 'e' }, site: SITE });
    expect(m).toMatchObject({ title: 'D', license: 'CC BY 4.0', license_url: 'https://l', source_url: `${SITE}/data/` });
    const tables = m.databases.dossier!.tables;
    for (const t of DATABASE_TABLES) expect(Object.keys(tables[t.name]!.columns!)).toEqual(t.columns.map((c) => c.name));
    expect(Object.keys(m.databases.dossier!.queries)).toEqual(DATABASE_QUERIES.map((q) => q.id));
  });
});

