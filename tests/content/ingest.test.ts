/**
 * Ingest measured two ways.
 *
 * 1. The five seed texts as collected (furniture and all), compared with the curated
 *    sources: every numeric figure found with the same low/high and measure, no figure that
 *    is not there; the drafts keep the provenance rule as written.
 * 2. The fixture corpus (`tests/fixtures/ingest/`, 22 fictional articles with answer keys,
 *    6 held out from tuning): recall and measure accuracy, reported for the tuning set and the
 *    held-out set apart (see tests/helpers/ingest-corpus.ts for how figures are matched). The
 *    tuning set must reach 90 % of both; no draft of either set may merge two casualty
 *    measures, take a date from the clock, or break the provenance rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ingest, UndatedArticleError } from '../../src/lib/ingest';
import { checkProvenance, ESTIMATOR_LEVELS, MEASURE_TOPIC, normalise, PARTIAL_DATE_PATTERN, QUALIFIERS, quoteLocator, readNumbers, resolveName, textOfHtml } from '../../src/lib/claims';
import { readEntities, readOutlets } from '../../scripts/lib/content-lists';
import { bodyBlocks, CONTENT, readSources, ROOT, splitFrontmatter } from '../helpers/content';
import { readDraft, readFixtures, scoreDraft, totals, type ArticleScore, type Totals } from '../helpers/ingest-corpus';

const seedsDir = join(ROOT, 'tests/fixtures/seeds');
const seeds = readdirSync(seedsDir).sort().map((f) => ({ file: f, text: readFileSync(join(seedsDir, f), 'utf8') }));
const curated = readSources();
// Seed file → curated source, by the order SOURCES.md gives them.
const CURATED_OF = ['csactu-', 'russafrik-', 'unidentified-2025-11-08', 'unidentified-2025-04-28', 'unidentified-2025-06-05'];
const key = (f: { measure: string; low?: number | undefined; high?: number | undefined }) => `${f.measure} ${f.low}..${f.high}`;

const undated: string[] = [];
const results = seeds.map((seed, i) => {
  const source = curated.find((c) => c.id.startsWith(CURATED_OF[i]!))!;
  let draft: ReturnType<typeof ingest>;
  try {
    draft = ingest({ text: seed.text, html: false });
  } catch (e) {
    // An article that names no date at all: the editor gives it, as `--published` does.
    if (!(e instanceof UndatedArticleError)) throw e;
    undated.push(seed.file);
    draft = ingest({ text: seed.text, html: false, published: source.data.published });
  }
  const { frontmatter, body } = splitFrontmatter(draft.markdown);
  const data = parse(frontmatter);
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
    console.log(`ingest figures on the seeds: recall ${recall.toFixed(2)} (${correct}/${expected}), precision ${precision.toFixed(2)} (${correct}/${found})`);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
  });

  it.each(seeds.map((s, i) => [s.file, i] as const))('%s: the draft keeps the provenance rule', (_f, i) => {
    const r = results[i]!;
    const blocks = bodyBlocks(r.body);
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
      const draftText = bodyBlocks(r.body).join('\n');
      for (const block of bodyBlocks(r.source.body)) expect(draftText, r.seed.file).toContain(block);
    }
  });

  it('finds titles, languages, datelines and dates, and never dates from the clock', () => {
    expect(results.map((r) => r.data.language)).toEqual(['en', 'fr', 'fr', 'fr', 'fr']);
    expect(results[0]!.data.title).toBe('North Korea joins the fight');
    expect(results[1]!.data.title).toBe('Kim Jong Un Scelle son Alliance avec Moscou : Un Soutien Militaire Nord-Coréen qui Redessine l’Échiquier Mondial');
    expect(results[2]!.data).toMatchObject({ published: '2025-11-08', datePrecision: 'day', publishedTime: '16:45' });
    expect(results[3]!.data.titleSupplied).toBe(true);
    expect(results[3]!.data.events.map((e: { date: string }) => e.date)).toEqual(expect.arrayContaining(['2025-04-28', '2024-09', '2024-06', '1950', '1953']));
    expect(results[0]!.data.events.map((e: { date: string; qualifier?: string }) => `${e.date}${e.qualifier ? ` ${e.qualifier}` : ''}`)).toEqual(expect.arrayContaining(['2025-04 late', '2024-10', '2019-04-25']));
    // Undated seeds: proposed from the latest date their text names, marked unknown; those that name no day or month need the editor's date.
    expect(results[0]!.data).toMatchObject({ published: '2025-05', dateInferred: true });
    expect(results[0]!.data.datingNote).toMatch(/^Publication date unknown/);
    // A seed that names only a year (2023) is asked for its date, never given a placeholder such as 2023-01.
    expect(undated).toEqual(['001_a96f9847ea4aa28e.txt', '004_f0d938517f1e4488.txt']);
    const clock = new Date().toISOString().slice(0, 7);
    for (const r of results) if (!r.source.data.published.startsWith(clock)) expect(r.data.published.startsWith(clock), r.seed.file).toBe(false);
  });
});

describe('ingest and translations', () => {
  it('leaves translation empty on a French draft and says so in its checklist, naming the claims', () => {
    const french = results.filter((r) => r.data.language === 'fr');
    expect(french.length).toBe(4);
    for (const r of french) {
      const claims = [...(r.data.figures ?? []), ...(r.data.events ?? [])] as { id: string; translation?: string }[];
      expect(claims.length, r.seed.file).toBeGreaterThan(0);
      expect(claims.filter((c) => 'translation' in c), r.seed.file).toEqual([]);
      const line = r.draft.check.find((c) => c.startsWith('Translation left empty'));
      expect(line, r.seed.file).toBe(`Translation left empty on the ${claims.length} claim(s) quoting the article in French (${claims.map((c) => c.id).join(', ')}): write each one's faithful English translation under its quote as translation: (never a paraphrase; the quote stays as it is). The build warns about every published claim without one.`);
    }
  });
  it('asks for no translation of an English draft', () => {
    expect(results[0]!.data.language).toBe('en');
    expect(results[0]!.draft.check.join('\n')).not.toContain('Translation left empty');
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
    const html = '<html><head><meta property="og:site_name" content="Evil"></head><body><article><h1>T</h1><p>Texte du 3 mai 2025.</p></article></body></html>';
    expect(() => ingest({ text: html, html: true, outlets })).toThrow(/is not a slug/);
  });
  it('matches an outlet by the host of the page\'s address, not by a prefix of it', () => {
    const outlets = [{ id: 'trusted', name: 'Trusted', homepage: 'https://trusted.example' }];
    const page = (href: string) => `<html><head><link rel="canonical" href="${href}"></head><body><article><h1>T</h1><p>Le 6 novembre 2025, environ 5 000 soldats.</p></article></body></html>`;
    const evil = ingest({ text: page('https://trusted.example.evil.net/a'), html: true, outlets });
    expect(evil.markdown).toMatch(/^outlet: "unidentified"$/m);
    expect(evil.found.join('\n')).not.toContain('outlet: Trusted');
    const good = ingest({ text: page('https://www.trusted.example/2025/a'), html: true, outlets });
    expect(good.markdown).toMatch(/^outlet: "trusted"$/m);
  });
});

// ---------------------------------------------------------------------------------------
// The fixture corpus.

const fixtures = readFixtures('all');
const entities = readEntities(CONTENT);
const outlets = readOutlets(CONTENT);
const drafted = fixtures.map((f) => {
  const result = ingest({ text: f.text, html: f.html, outlets, entities });
  const draft = readDraft(result.markdown);
  return { fixture: f, result, draft, score: scoreDraft(f, draft) };
});
const tuning = drafted.filter((d) => !d.fixture.key.heldOut);
const heldOut = drafted.filter((d) => d.fixture.key.heldOut);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const line = (name: string, t: Totals) =>
  `${name.padEnd(9)} ${String(t.articles).padStart(2)} articles  ${String(t.expected).padStart(3)} figures  recall ${pct(t.recall)} (${t.matched}/${t.expected})  right measure ${pct(t.measureAccuracy)} (${t.rightMeasure}/${t.expected})  precision ${pct(t.precision)} (${t.matched}/${t.found})  merged ${t.merged}  | of matches: qualifier ${pct(t.qualifier)}, asOf ${pct(t.asOf)}, estimator ${pct(t.estimator)}, hedging ${pct(t.reportedly)} | publication date ${pct(t.published)}, time ${pct(t.publishedTime)}`;
const sum = (set: typeof drafted) => totals(set.map((d) => d.score), entities);

describe('the fixture corpus and its keys', () => {
  it('holds 22 articles, 6 held out (3 English and 3 French, one a saved page), each with a key in the documented format', () => {
    expect(fixtures).toHaveLength(22);
    expect(heldOut.map((d) => d.fixture.key.language).sort()).toEqual(['en', 'en', 'en', 'fr', 'fr', 'fr']);
    expect(heldOut.filter((d) => d.fixture.html)).toHaveLength(1);
    for (const { key: k, name } of fixtures) {
      expect(k.published === null || PARTIAL_DATE_PATTERN.test(k.published), name).toBe(true);
      for (const f of k.figures) {
        expect(MEASURE_TOPIC[f.measure], `${name}: ${f.quote}`).toBe(f.topic);
        expect(QUALIFIERS, `${name}: ${f.quote}`).toContain(f.qualifier);
        expect(f.low <= f.high && (f.asOf === null || PARTIAL_DATE_PATTERN.test(f.asOf)), `${name}: ${f.quote}`).toBe(true);
      }
    }
  });

  it('has every key quote in its article, giving exactly its low and high as the provenance reader reads them', () => {
    for (const { key: k, name, text, html } of fixtures) {
      // The article's text: a saved page's body without its markup.
      const article = html ? textOfHtml(text.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')) : text;
      const blocks = article.split(/\n\s*\n|\n/).filter((b) => b.trim());
      const locate = quoteLocator(blocks);
      for (const f of k.figures) {
        const at = locate(f.quote);
        expect(at, `${name}: “${f.quote}”`).not.toBeNull();
        const reading = readNumbers(blocks[at!.block]!, { language: k.language });
        const values = [...new Set(reading.numbers.filter((n) => n.start >= at!.start && n.end <= at!.end).map((n) => n.value))].sort((a, b) => a - b);
        expect(values, `${name}: “${f.quote}”`).toEqual([...new Set([f.low, f.high])]);
      }
      expect(normalise(article).text.length).toBeGreaterThan(500);
    }
  });
});

describe('ingest on the fixture corpus', () => {
  it('reports recall and measure accuracy, tuning and held-out apart', () => {
    const t = sum(tuning);
    const h = sum(heldOut);
    console.log(`ingest on the fixture corpus (figures match on the same low/high and overlapping quotes):\n  ${line('tuning', t)}\n  ${line('held out', h)}\n  ${line('all', sum(drafted))}`);
    for (const d of drafted) {
      const s: ArticleScore = d.score;
      if (s.missed.length || s.extra.length || s.wrongMeasure.length) {
        console.log(`  ${s.heldOut ? '[held out] ' : ''}${s.name}: ${s.matches.length}/${s.expected}${s.missed.map((m) => `\n    missed ${m.measure} ${m.low}–${m.high}: “${m.quote}”`).join('')}${s.wrongMeasure.map((m) => `\n    as ${m.draft.measure}, not ${m.key.measure}: “${m.key.quote}”`).join('')}${s.extra.map((x) => `\n    not in the key: ${x.measure} ${x.low}–${x.high} “${x.quote}”`).join('')}`);
      }
    }
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.measureAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('never merges two casualty measures (a killed-or-wounded count filed as killed, a total and its part as one measure)', () => {
    const merged = drafted.flatMap((d) => d.score.merged.map((m) => `${d.fixture.name}: “${m.key.quote}” filed as ${m.draft.measure}, the key says ${m.key.measure}`));
    expect(merged).toEqual([]);
  });

  it('dates every tuning article as its dateline says, and marks an undated one as unknown, never from the clock', () => {
    for (const d of tuning) expect(d.score.published && d.score.publishedTime, `${d.fixture.name}: ${d.draft.data.published} ${d.draft.data.publishedTime ?? ''}`).toBe(true);
    for (const d of drafted.filter((x) => x.fixture.key.published === null)) {
      expect(d.draft.data.dateInferred, d.fixture.name).toBe(true);
      expect(String(d.draft.data.datingNote), d.fixture.name).toMatch(/^Publication date unknown/);
      expect(d.result.check.join('\n'), d.fixture.name).toContain('PUBLICATION DATE UNKNOWN');
    }
  });

  it('writes drafts that keep the provenance rule, naming the entities it knows', () => {
    for (const d of drafted) {
      const data = d.draft.data as unknown as Parameters<typeof checkProvenance>[0];
      expect(checkProvenance({ ...data, transfers: [], reactions: [] }, d.draft.blocks), d.fixture.name).toEqual([]);
    }
    // Every entity proposed is one whose form the estimator's words hold; an agency, person or outlet named is proposed.
    const figures = drafted.flatMap((d) => d.draft.data.figures);
    const known = entities.filter((e) => e.kind !== 'term');
    for (const f of figures) {
      const a = f.attribution;
      if (!a?.estimatedBy) continue;
      const named = resolveName(a.estimatedBy, known, ESTIMATOR_LEVELS);
      if (a.estimatedByEntity) expect(named?.id, a.estimatedBy).toBe(a.estimatedByEntity);
      else if (named && named.kind !== 'state') expect.unreachable(`${a.estimatedBy} names ${named.id} but no entity was proposed`);
    }
    expect(figures.filter((f) => f.attribution?.estimatedByEntity === 'nis').length).toBeGreaterThanOrEqual(15);
  });
});
