/**
 * Ingest on the five seed texts as collected (furniture and all), compared with the
 * curated sources: every numeric figure found with the same low/high and measure, no
 * figure that is not there; the drafts keep the provenance rule as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest } from '../../src/lib/ingest';
import { checkProvenance } from '../../src/lib/claims';
import { bodyBlocks, readSources, ROOT, splitFrontmatter } from '../helpers/content';

const seedsDir = join(ROOT, 'tests/fixtures/seeds');
const seeds = readdirSync(seedsDir).sort().map((f) => ({ file: f, text: readFileSync(join(seedsDir, f), 'utf8') }));
const curated = readSources();
// Seed file → curated source, by the order SOURCES.md gives them.
const CURATED_OF = ['csactu-', 'russafrik-', 'unidentified-2025-11-08', 'unidentified-2025-04-28', 'unidentified-2025-06-05'];
const key = (f: { measure: string; low?: number | undefined; high?: number | undefined }) => `${f.measure} ${f.low}..${f.high}`;

const results = seeds.map((seed, i) => {
  const draft = ingest({ text: seed.text, html: false });
  const { frontmatter, body } = splitFrontmatter(draft.markdown);
  const data = parse(frontmatter);
  const source = curated.find((c) => c.id.startsWith(CURATED_OF[i]!))!;
  return { seed, draft, data, body, source };
});

describe('ingest on the seed texts', () => {
  it('finds every numeric figure of the curated sources and nothing else (recall and precision)', () => {
    let expected = 0, found = 0, correct = 0;
    for (const r of results) {
      const want = r.source.data.figures.filter((f) => f.low !== undefined).map(key);
      const got = (r.data.figures as { measure: string; low: number; high: number }[]).map(key);
      expected += want.length; found += got.length;
      correct += got.filter((g) => want.includes(g)).length;
      expect(got.sort(), r.seed.file).toEqual(want.sort());
    }
    const recall = correct / expected, precision = correct / found;
    console.log(`ingest figures: recall ${recall.toFixed(2)} (${correct}/${expected}), precision ${precision.toFixed(2)} (${correct}/${found})`);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });

  it.each(seeds.map((s, i) => [s.file, i] as const))('%s: the draft keeps the provenance rule', (_f, i) => {
    const r = results[i]!;
    const blocks = bodyBlocks(r.body).map((b) => b.replace(/\\(.)/g, '$1'));
    expect(checkProvenance({ figures: r.data.figures, transfers: [], reactions: [], events: r.data.events }, blocks)).toEqual([]);
  });

  it('removes the furniture and says what it removed', () => {
    const all = results.map((r) => r.body).join('\n');
    expect(all).not.toMatch(/Partagez ce post|Laisser un commentaire|Your email address|EN RELATION|COMMENTER|Publicité|Image 1 Image 2|min de lecture|CSMAG|Le journal pour les jeunes|RUSSIE INFOS/);
    const reasons = results.flatMap((r) => r.draft.removed.map((x) => x.reason));
    expect(reasons).toEqual(expect.arrayContaining(['share button', 'reading time', 'image placeholder', 'advertising slot', 'repeated line (headline or standfirst)']));
  });

  it('keeps the article text: every curated body block is in the draft', () => {
    for (const r of results) {
      const draftText = bodyBlocks(r.body).map((b) => b.replace(/\\(.)/g, '$1')).join('\n');
      for (const block of bodyBlocks(r.source.body)) expect(draftText, r.seed.file).toContain(block);
    }
  });

  it('finds titles, languages, datelines and dates', () => {
    expect(results.map((r) => r.data.language)).toEqual(['en', 'fr', 'fr', 'fr', 'fr']);
    expect(results[0]!.data.title).toBe('North Korea joins the fight');
    expect(results[1]!.data.title).toBe('Kim Jong Un Scelle son Alliance avec Moscou : Un Soutien Militaire Nord-Coréen qui Redessine l’Échiquier Mondial');
    expect(results[2]!.data).toMatchObject({ published: '2025-11-08', datePrecision: 'day', publishedTime: '16:45' });
    expect(results[3]!.data.titleSupplied).toBe(true);
    expect(results[3]!.data.events.map((e: { date: string }) => e.date)).toEqual(expect.arrayContaining(['2025-04-28', '2024-09', '2024-06', '1950', '1953']));
    expect(results[0]!.data.events.map((e: { date: string; qualifier?: string }) => `${e.date}${e.qualifier ? ` ${e.qualifier}` : ''}`)).toEqual(expect.arrayContaining(['2025-04 late', '2024-10', '2019-04-25']));
  });
});

describe('ingest on hostile metadata', () => {
  it('leaves out a canonical address that is not http(s), and says so', () => {
    const html = '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><article><h1>T</h1><p>Le 6 novembre 2025, environ 5 000 soldats.</p></article></body></html>';
    const draft = ingest({ text: html, html: true });
    expect(draft.markdown).not.toContain('javascript');
    expect(draft.check.join('\n')).toContain('not an http(s) address and was left out');
  });
  it('refuses an id that is not a slug (it would leave content/sources/)', () => {
    const outlets = [{ id: '../../etc', name: 'Evil' }];
    const html = '<html><head><meta property="og:site_name" content="Evil"></head><body><article><h1>T</h1><p>Texte.</p></article></body></html>';
    expect(() => ingest({ text: html, html: true, outlets })).toThrow(/is not a slug/);
  });
});
