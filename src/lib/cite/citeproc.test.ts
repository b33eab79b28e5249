/**
 * Our citation formatter checked against citeproc-js, the engine reference managers use,
 * with the official CSL styles of APA 7, MLA 9 and Chicago 18 notes-bibliography and the
 * en-US locale (vendored in tests/fixtures/csl/ with their licence and commit). Every record
 * the site cites is rendered by both: each source’s article and page, each topic page and archive page, each
 * data release and each of its files, the synthetic corpus's sources, and the hand-checked
 * records of cite.test.ts. citeproc reads the CSL-JSON we publish for the record.
 *
 * Where the two differ and ours is right by the style guide, the difference is listed, with
 * the guide's rule, in citeproc-differences.json: the test allows exactly those (a listed
 * difference is a rewrite of citeproc's text into ours), fails on any other, and fails when
 * a listed difference no longer occurs. citeproc stays in the tests: the pages use our
 * formatter (#19 measured citeproc doubling the build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error citeproc ships no types
import CSL from 'citeproc';
import { apa, chicagoBibliography, chicagoNote, cslJson, mla, plain, type CitationRecord, type Run } from './cite';
import { articleRecord, releaseRecord, sourcePageRecord, topicArchiveRecord, topicPageRecord } from './citations';
import { DEFAULT_SITE, type SourceEntry } from '../site';
import { CONTENT, ROOT, readReleaseManifests, readSources, readTopics, splitFrontmatter } from '../../../tests/helpers/content';
import { syntheticSource } from '../../../scripts/lib/synthetic';
import DIFFERENCES from './citeproc-differences.json';

const CSL_DIR = join(ROOT, 'tests/fixtures/csl');
const STYLES = {
  apa: { file: 'apa.csl', ours: apa, note: false },
  mla: { file: 'modern-language-association.csl', ours: mla, note: false },
  'chicago-bibliography': { file: 'chicago-notes-bibliography.csl', ours: chicagoBibliography, note: false },
  'chicago-note': { file: 'chicago-notes-bibliography.csl', ours: chicagoNote, note: true },
} as const;
type Style = keyof typeof STYLES;

/** One listed difference: where citeproc's text differs from ours and why ours is right. */
interface Difference { id: string; styles: Style[]; when?: keyof typeof WHEN; rule: string; citeproc: string; ours: string }

/** Which records a listed difference may apply to. */
const WHEN = {
  titleSupplied: (r: CitationRecord) => r.titleSupplied,
  dossier: (r: CitationRecord) => r.type !== 'article',
  webpage: (r: CitationRecord) => r.type === 'webpage',
  dataset: (r: CitationRecord) => r.type === 'dataset',
  dateApproximate: (r: CitationRecord) => r.dateApproximate,
  straightApostrophe: (r: CitationRecord) => r.title.includes("'"),
  frenchTitle: (r: CitationRecord) => (r.titleLanguage ?? r.language) === 'fr',
};

/** How many synthetic sources are cited (the bench's seed); they differ only in id, date, language and outlet. */
const SYNTHETIC = 20;
const ACCESSED = '2026-12-04';

function records(): { label: string; record: CitationRecord }[] {
  const site = DEFAULT_SITE;
  const out: { label: string; record: CitationRecord }[] = [];
  // A page that changes is cited with the day the reader retrieved it (the pages print a
  // placeholder for it, checked in cite.test.ts); one fixed day stands in for it here.
  const retrieved = <T extends CitationRecord>(r: T): T => ({ ...r, accessed: ACCESSED });
  const outletName = (id: string) => (parse(readFileSync(join(CONTENT, 'outlets', `${id}.yaml`), 'utf8')) as { name: string }).name;
  for (const s of readSources()) {
    const entry = s as unknown as SourceEntry;
    out.push({ label: `source ${s.id} (article)`, record: articleRecord(entry, outletName(s.data.outlet)) });
    out.push({ label: `source ${s.id} (page)`, record: retrieved(sourcePageRecord(entry, site)) });
  }
  for (const t of readTopics()) {
    out.push({ label: `topic ${t.id}`, record: retrieved(topicPageRecord(t, site)) });
    // Archive pages exist past a few hundred claims (not on the real content): a month's, a day's and a year's.
    for (const period of ['2025-11', '2025-11-08', '2025']) out.push({ label: `topic ${t.id} archive ${period}`, record: retrieved(topicArchiveRecord(t, period, site)) });
  }
  for (const m of readReleaseManifests()) {
    out.push({ label: `release ${m.version}`, record: releaseRecord(m, undefined, site) });
    for (const f of m.files) out.push({ label: `release ${m.version} ${f.path}`, record: releaseRecord(m, f.path, site) });
  }
  for (let i = 0; i < SYNTHETIC; i++) {
    const { id, markdown } = syntheticSource(i, 42);
    const data = parse(splitFrontmatter(markdown).frontmatter) as SourceEntry['data'] & { outlet: string };
    const entry = { id, data } as SourceEntry;
    out.push({ label: `synthetic ${id} (article)`, record: articleRecord(entry, `Benchmark outlet ${data.outlet.slice(-1)}`) });
    out.push({ label: `synthetic ${id} (page)`, record: retrieved(sourcePageRecord(entry, site)) });
  }
  // The hand-checked records of cite.test.ts: a hyphenated given name, a URL, an English author.
  const base = { titleSupplied: false, dateApproximate: false, language: 'en' } as const;
  out.push({ label: 'edge: hyphenated author with URL', record: { ...base, type: 'article', key: 'x-2025-11-08', title: 'Renforcement des liens militaires', authors: ['Jean-Paul Martin'], container: 'Le Quotidien', date: '2025-11-08', url: 'https://example.org/a', language: 'fr' } });
  out.push({ label: 'edge: English article with author', record: { ...base, type: 'article', key: 'x-2025-03-02', title: 'Troops sent to the front in the north', authors: ['Anna Lee'], container: 'The Daily Example', date: '2025-03-02', url: 'https://example.org/b' } });
  return out;
}

const locale = readFileSync(join(CSL_DIR, 'locales-en-US.xml'), 'utf8');
function engine(style: Style, items: Record<string, unknown>[]) {
  const byId = new Map(items.map((i) => [i.id as string, i]));
  const sys = { retrieveLocale: () => locale, retrieveItem: (id: string) => byId.get(id) };
  const e = new CSL.Engine(sys, readFileSync(join(CSL_DIR, STYLES[style].file), 'utf8'), 'en-US');
  e.setOutputFormat('html');
  return e as { updateItems(ids: string[]): void; makeBibliography(): [unknown, string[]]; makeCitationCluster(c: { id: string }[]): string };
}

/** citeproc's HTML as our plain text: italics as _underscores_, entities decoded. */
const text = (html: string) => html.replace(/<\/?i>/g, '_').replace(/<[^>]+>/g, '')
  .replace(/&#38;|&amp;/g, '&').replace(/&#60;|&lt;/g, '<').replace(/&#62;|&gt;/g, '>').replace(/&#160;/g, '\u00a0').trim();
const ours = (runs: Run[]) => plain(runs);

describe('citations against citeproc-js and the official CSL styles', () => {
  const all = records();
  const items = all.map((r) => cslJson(r.record));
  const used = new Map<string, number>();
  const differences = DIFFERENCES as Difference[];

  for (const style of Object.keys(STYLES) as Style[]) {
    it(`renders every cited record as citeproc does in ${style}, but for the listed differences`, { timeout: 120_000 }, () => {
      const e = engine(style, items);
      const failures: string[] = [];
      for (const { label, record } of all) {
        let theirs: string;
        if (STYLES[style].note) theirs = text(e.makeCitationCluster([{ id: record.key }]));
        else { e.updateItems([record.key]); theirs = text(e.makeBibliography()[1][0]!); }
        const mine = ours(STYLES[style].ours(record));
        let allowed = theirs;
        const applied: string[] = [];
        for (const d of differences) {
          if (!d.styles.includes(style) || (d.when && !WHEN[d.when](record))) continue;
          const next = allowed.replace(new RegExp(d.citeproc, 'gu'), d.ours);
          if (next !== allowed) { applied.push(d.id); allowed = next; }
        }
        if (allowed === mine) for (const id of applied) used.set(id, (used.get(id) ?? 0) + 1);
        else failures.push(`${label}\n    ours:     ${mine}\n    citeproc: ${theirs}${applied.length ? `\n    allowed:  ${allowed} (after ${applied.join(', ')})` : ''}`);
      }
      expect(failures, `differences not listed in src/lib/cite/citeproc-differences.json:\n  ${failures.join('\n  ')}`).toEqual([]);
    });
  }

  it('lists only differences that still occur, each with its style guide rule', () => {
    for (const d of differences) {
      expect(d.rule.length, d.id).toBeGreaterThan(20);
      expect(used.get(d.id) ?? 0, `${d.id} no longer occurs: remove it from citeproc-differences.json`).toBeGreaterThan(0);
    }
    expect(new Set(differences.map((d) => d.id)).size).toBe(differences.length);
  });

  it('renders every kind of record the site cites', () => {
    const labels = all.map((r) => r.label);
    for (const kind of ['(article)', '(page)', 'topic ', 'release ', 'synthetic ']) expect(labels.some((l) => l.includes(kind)), kind).toBe(true);
  });
});
