import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDatabase, databaseClaimCount, databaseContent, databaseKey, DATABASE_PAGE_SIZE, quoteTranslation, type DatabaseInput } from './database';
import { cachedDatabaseBuilder } from './database-cache';
import { createIndexSql, createSearchSql, createTableSql, DATABASE_FORMAT, DATABASE_QUERIES, DATABASE_TABLES, DATABASE_VIEWS, datasetteMetadata } from './database-schema';
import { exportFiles } from './datasets';
import { figureRows, sourceRows } from './exports';
import { buildEntityIndex, groupFigures, selectClaims } from '../compare';
import { event, figure, reaction, source, transfer } from '../../../tests/helpers/builders';
import { OUTLET_OF, SITE, TOPICS } from '../../../tests/helpers/releases';
import type { Figure } from '../claims';

const KURSK = { id: 'kursk', label: 'Kursk', kind: 'place' as const, description: 'd', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' as const }] };
const NIS = { id: 'nis', label: 'NIS', kind: 'agency' as const, description: 'd', forms: [{ text: 'NIS' }] };
const ENTITIES = [KURSK, NIS];
const translated = (f: Figure, translation: string) => ({ ...f, translation }) as Figure;

const sources = [
  source('b-2025-06-01', {
    language: 'fr', published: '2025-06-01', summary: 'About 600 killed and thousands wounded near Kursk.',
    figures: [
      translated(figure('fig-killed', { topic: 'casualties', measure: 'killed', low: 600, high: 600, qualifier: 'about', quote: 'environ 600 soldats tués et des milliers de blessés à Koursk', attribution: { estimatedBy: 'NIS' } }), 'about 600 soldiers killed and thousands wounded in Kursk'),
      figure('fig-sent', { low: 11000, high: 11000, quote: '11 000 soldats envoyés' }),
    ],
    events: [event('ev-a', { date: '2025-05-01', quote: 'le 1er mai' })],
  }),
  source('a-2025-05-01', {
    figures: [
      figure('fig-sent', { low: 12000, high: 12000, asOf: '2025-05', quote: '12,000 troops sent', attribution: { estimatedBy: 'NIS' } }),
      figure('fig-killed', { topic: 'casualties', measure: 'killed', low: 200, high: 200, asOf: '2025-06-01', quote: '200 killed in Kursk' }),
    ],
    transfers: [transfer('tr-a')],
    reactions: [reaction('re-a')],
    events: [event('ev-b', { date: '2025-04-28' })],
  }),
];
const FIGURE_TOPICS = [
  ...TOPICS,
  { id: 'casualties', title: 'Casualties', navLabel: 'Casualties', order: 3, description: 'd', select: { kind: 'figure' as const, figureTopics: ['casualties' as const] } },
];
const input = (over: Partial<Parameters<typeof exportFiles>[0]> = {}) => ({
  sources, topics: FIGURE_TOPICS, entities: ENTITIES, entityIndex: buildEntityIndex(sources, () => '', ENTITIES, ENTITIES), outletName: () => 'Outlet',
  glossary: ENTITIES, outletOf: OUTLET_OF, articleText: (s: { id: string }) => (s.id.startsWith('b') ? 'Des milliers de soldats blessés.' : 'Troops were sent.'), ...over,
});
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

describe('cachedDatabaseBuilder', () => {
  /** The database input exportFiles gives its builder, as a build would. */
  const databaseInput = (over = {}) => {
    let captured: DatabaseInput | undefined;
    exportFiles(input({ ...over, buildDatabase: (d: DatabaseInput) => { captured = d; return new Uint8Array(); } }), SITE);
    return captured!;
  };
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
  const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'dossier-sqlite-')); dirs.push(d); return join(d, 'cache'); };

  it('writes the same bytes as buildDatabase, under the key of its rows, and leaves nothing half-written', () => {
    const dir = tempDir();
    const built = cachedDatabaseBuilder(dir)(databaseInput());
    expect(Buffer.from(built).equals(Buffer.from(bytes))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${databaseKey(databaseContent(databaseInput()))}.sqlite`]);
  });

  it('reads the kept file back while the rows stay the same, in a new build as in this one', () => {
    const dir = tempDir();
    cachedDatabaseBuilder(dir)(databaseInput());
    const [name] = readdirSync(dir);
    // A marker in place of the file shows that the next build read it rather than wrote it.
    writeFileSync(join(dir, name!), 'kept');
    expect(new TextDecoder().decode(cachedDatabaseBuilder(dir)(databaseInput()))).toBe('kept');
  });

  it('writes a new file when one article’s text changes, and keeps only that one', () => {
    const dir = tempDir();
    const build = cachedDatabaseBuilder(dir);
    build(databaseInput());
    const before = readdirSync(dir);
    const changed = { articleText: (s: { id: string }) => (s.id.startsWith('b') ? 'Des milliers de soldats blessés.' : 'Troops were sent home.') };
    const after = build(databaseInput(changed));
    expect(Buffer.from(after).equals(Buffer.from(buildDatabase(databaseInput(changed))))).toBe(true);
    expect(Buffer.from(after).equals(Buffer.from(bytes))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(readdirSync(dir)).not.toEqual(before);
  });

  it('names different rows differently, and the same rows the same', () => {
    const a = databaseKey(databaseContent(databaseInput()));
    expect(databaseKey(databaseContent(databaseInput()))).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    const retranslated = sources.map((s) => ({ ...s, data: { ...s.data, figures: s.data.figures.map((f) => (quoteTranslation(f) ? { ...f, translation: 'about 600 soldiers killed' } : f)) } }));
    expect(databaseKey(databaseContent(databaseInput({ sources: retranslated })))).not.toBe(a);
  });
});
