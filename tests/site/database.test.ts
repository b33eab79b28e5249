/**
 * The built /data/dossier.sqlite: opened with node:sqlite, its rows checked against the JSON
 * exports, every documented query run, full-text search in French and English, the /data/
 * page and the Datasette metadata documenting every table and column, and a second build
 * from scratch making the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../helpers/content';
import { page } from '../helpers/dist';
import { DATABASE_QUERIES, DATABASE_SEARCH, DATABASE_TABLES, DATABASE_VIEWS, sha256 } from '../../src/lib/publish';
import { DATA_LICENCE } from '../../src/lib/site';

const FILE = join(DIST, 'data/dossier.sqlite');
const db = new DatabaseSync(FILE, { readOnly: true });
afterAll(() => db.close());
const all = (sql: string, ...params: string[]) => db.prepare(sql).all(...params).map((r) => ({ ...r }));
const count = (sql: string) => Number(all(sql)[0]!.n);
const json = <R>(path: string) => JSON.parse(readFileSync(join(DIST, 'data', path), 'utf8')) as { count: number; rows: R[] };
const path = (url: string) => { const u = new URL(url); return `${u.pathname}${u.hash}`; };

interface FigureJson {
  source_id: string; claim_id: string; measure: string; low: number | null; high: number | null; quote: string; as_of_start: string; as_of_end: string;
  estimator_key: string | null; disagreement_count: number; disagrees_with: { source_id: string; claim_id: string; reason: string }[]; claim_url: string;
}

describe('/data/dossier.sqlite', () => {
  it('is a sound SQLite database whose keys all resolve', () => {
    expect(readFileSync(FILE).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(all('PRAGMA foreign_key_check')).toEqual([]);
  });

  it('holds the rows of the JSON exports', () => {
    const sources = json<{ source_id: string; claim_counts: Record<string, number>; corrections: unknown[] }>('sources.json');
    const sum = (k: string) => sources.rows.reduce((n, s) => n + s.claim_counts[k]!, 0);
    expect(count('SELECT count(*) AS n FROM sources')).toBe(sources.count);
    expect(count('SELECT count(*) AS n FROM corrections')).toBe(sources.rows.reduce((n, s) => n + s.corrections.length, 0));
    expect(count('SELECT count(*) AS n FROM figures')).toBe(json('figures.json').count);
    expect(count('SELECT count(*) AS n FROM figures')).toBe(sum('figures'));
    expect(count('SELECT count(*) AS n FROM transfers')).toBe(sum('transfers'));
    expect(count('SELECT count(*) AS n FROM reactions')).toBe(sum('reactions'));
    expect(count('SELECT count(*) AS n FROM events')).toBe(json('timeline.json').count);
    expect(count('SELECT count(*) AS n FROM claims')).toBe(sum('figures') + sum('transfers') + sum('reactions') + sum('events'));
    expect(count('SELECT count(*) AS n FROM entities')).toBe(json('entities.json').count);
    expect(count('SELECT count(*) AS n FROM figures')).toBeGreaterThan(0);
  });

  it('gives every figure the values figures.json gives it', () => {
    for (const f of json<FigureJson>('figures.json').rows) {
      const row = all('SELECT measure, low, high, quote, as_of_start, as_of_end, estimator_key, disagreement_count, claim_url FROM figures WHERE source_id = ? AND claim_id = ?', f.source_id, f.claim_id);
      expect(row, `${f.source_id}#${f.claim_id}`).toEqual([{
        measure: f.measure, low: f.low, high: f.high, quote: f.quote, as_of_start: f.as_of_start, as_of_end: f.as_of_end,
        estimator_key: f.estimator_key, disagreement_count: f.disagreement_count, claim_url: f.claim_url,
      }]);
      const named = all('SELECT other_source_id, other_claim_id, reason FROM disagreements WHERE source_id = ? AND claim_id = ? ORDER BY other_source_id, other_claim_id, reason', f.source_id, f.claim_id);
      expect(named).toEqual(f.disagrees_with.map((d) => ({ other_source_id: d.source_id, other_claim_id: d.claim_id, reason: d.reason }))
        .sort((a, b) => (`${a.other_source_id}#${a.other_claim_id}#${a.reason}` < `${b.other_source_id}#${b.other_claim_id}#${b.reason}` ? -1 : 1)));
    }
  });

  it('links claims to entities as entities.json counts them', () => {
    const entities = json<{ id: string; claim_counts: Record<string, number> }>('entities.json').rows;
    for (const e of entities) {
      const byRole = Object.fromEntries(all("SELECT role, count(*) AS n FROM claim_entities WHERE entity_id = ? AND role <> 'named' GROUP BY role", e.id).map((r) => [r.role, r.n]));
      for (const [role, n] of Object.entries(e.claim_counts)) expect(byRole[role] ?? 0, `${e.id} as ${role}`).toBe(n);
    }
  });

  it('runs every documented query', () => {
    for (const q of DATABASE_QUERIES) expect(all(q.sql).length, q.id).toBeGreaterThanOrEqual(q.id === 'disagreements' ? 0 : 1);
  });

  it('leads each measure with the estimate its topic page leads with', () => {
    const latest = all(DATABASE_QUERIES.find((q) => q.id === 'latest_estimates')!.sql);
    expect(latest.length).toBeGreaterThan(0);
    for (const row of latest) {
      const $ = page(`/topics/${row.topic_id}/`);
      const lead = $(`#measure-${row.measure}`).closest('section').find('.headline-lead a.value').first().attr('href');
      expect(lead, `${row.topic_id} ${row.measure}`).toBe(path(String(row.claim_url)));
    }
  });

  it('lists each disagreeing pair once, as many as figures.json counts', () => {
    const rows = json<FigureJson>('figures.json').rows;
    const refs = rows.flatMap((f) => f.disagrees_with);
    const pairs = refs.filter((d) => d.reason === 'lower-than-earlier').length + refs.filter((d) => d.reason === 'same-period').length / 2;
    expect(all(DATABASE_QUERIES.find((q) => q.id === 'disagreements')!.sql)).toHaveLength(pairs);
  });

  it('finds a French word, with or without its accents, and an English one', () => {
    const french = all(DATABASE_QUERIES.find((q) => q.id === 'search_french')!.sql);
    expect(french).toContainEqual(expect.objectContaining({ kind: 'figure', source_id: 'unidentified-2025-06-05-kim-pledges-support-during-shoigu-visit', claim_id: 'fig-wounded-thousands' }));
    expect(all("SELECT claim_id FROM search WHERE search MATCH 'blesses'")).toEqual(all("SELECT claim_id FROM search WHERE search MATCH 'blessés'"));
    const english = all(DATABASE_QUERIES.find((q) => q.id === 'search_english')!.sql);
    expect(english).toContainEqual(expect.objectContaining({ source_id: 'unidentified-2025-06-05-kim-pledges-support-during-shoigu-visit' }));
    expect(String(english[0]!.excerpt)).toMatch(/\[wounded\]/i);
    // A translated quote is found in English, and the row shows the original beside it.
    for (const t of all('SELECT source_id, claim_id, quote_translation FROM claims WHERE quote_translation IS NOT NULL LIMIT 3')) {
      const word = String(t.quote_translation).match(/[A-Za-z]{5,}/)![0];
      expect(all(`SELECT claim_id FROM search WHERE search MATCH 'english:${word}' AND source_id = ?`, String(t.source_id)).map((r) => r.claim_id)).toContain(t.claim_id);
    }
  });
});

describe('the documentation of the database', () => {
  it('/data/ documents every table, column, view and query, and links the file and its metadata', () => {
    const $ = page('/data/');
    expect($('a[href="/data/dossier.sqlite"]').length).toBeGreaterThan(0);
    expect($('a[href="/data/dossier.metadata.json"]').length).toBeGreaterThan(0);
    for (const t of DATABASE_TABLES) {
      const section = $(`#table-${t.name}`).closest('section');
      expect(section.find('tbody th').map((_, th) => $(th).text()).get(), t.name).toEqual(t.columns.map((c) => c.name));
    }
    for (const v of [...DATABASE_VIEWS.map((x) => x.name), DATABASE_SEARCH.name]) expect($(`#table-${v}`).length, v).toBe(1);
    const shown = $('.database-query pre').map((_, p) => $(p).text()).get();
    expect(shown).toEqual(DATABASE_QUERIES.map((q) => q.sql));
  });

  it('dossier.metadata.json gives Datasette the title, licence, source and every column', () => {
    const m = JSON.parse(readFileSync(join(DIST, 'data/dossier.metadata.json'), 'utf8'));
    expect(m).toMatchObject({ license: DATA_LICENCE.short, license_url: DATA_LICENCE.url });
    expect(m.title).toMatch(/dossier/i);
    expect(m.release).toBeUndefined();
    const tables = m.databases.dossier.tables;
    for (const t of DATABASE_TABLES) {
      for (const c of t.columns) expect(tables[t.name].columns[c.name], `${t.name}.${c.name}`).toBe(c.description);
      expect(all(`PRAGMA table_info(${t.name})`).map((c) => c.name)).toEqual(Object.keys(tables[t.name].columns));
    }
    expect(Object.keys(m.databases.dossier.queries)).toEqual(DATABASE_QUERIES.map((q) => q.id));
  });
});

describe('a second build from scratch', () => {
  const work = mkdtempSync(join(tmpdir(), 'dossier-db-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  it('makes the same bytes', () => {
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28,
      env: { ...process.env, DOSSIER_DIST_DIR: join(work, 'dist'), DOSSIER_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
    const again = readFileSync(join(work, 'dist/data/dossier.sqlite'));
    expect(sha256(again)).toBe(sha256(readFileSync(FILE)));
  }, 600_000);
});
