/**
 * A source that breaks the provenance rule stops the build, and the message names the
 * file, the claim and what did not match. Builds a copy of the content with one bad
 * source into temporary folders; the real content/ and dist/ are not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-bad-source-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(file: string, markdown: string) {
  const content = join(work, file.replace(/\W/g, '_'), 'content');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'sources', file), markdown);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', join(content, '..', 'dist')], {
    cwd: ROOT,
    env: { ...process.env, DOSSIER_CONTENT_DIR: content, DOSSIER_CACHE_DIR: join(content, '..', 'cache') },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const source = (figures: string) => `---
title: A bad source
outlet: csactu
language: en
published: "2025-05"
datePrecision: month
summary: A source made by the test suite to break the provenance rule.
figures:
${figures}
---

Officials said about 5,000 soldiers were sent.
`;

describe('a source that breaks the provenance rule', () => {
  it('stops the build when a quote is not in the article, naming file, claim and quote', () => {
    const { status, output } = buildWith('test-2025-05-missing-quote.md', source(`  - id: fig-missing-quote
    topic: troops
    measure: deployed
    low: 5000
    high: 5000
    quote: "about 5,000 soldiers were killed"`));
    expect(status).not.toBe(0);
    expect(output).toContain('Provenance check failed for');
    expect(output).toContain('sources/test-2025-05-missing-quote.md');
    expect(output).toContain('claim "fig-missing-quote" (figures[0]): the quote is not in the article text: “about 5,000 soldiers were killed”');
  });

  it('stops the build when a figure disagrees with its quote', () => {
    const { status, output } = buildWith('test-2025-05-wrong-number.md', source(`  - id: fig-wrong-number
    topic: troops
    measure: deployed
    low: 6000
    high: 6000
    qualifier: about
    quote: "about 5,000 soldiers were sent"`));
    expect(status).not.toBe(0);
    expect(output).toContain('sources/test-2025-05-wrong-number.md');
    expect(output).toContain('claim "fig-wrong-number" (figures[0]): the quote gives 5,000 but low/high are 6,000/6,000');
  });

  it('stops the build on a link that is not http(s), naming the file and the field', () => {
    const bad = source(`  - id: fig-good
    topic: troops
    measure: deployed
    low: 5000
    high: 5000
    qualifier: about
    quote: "about 5,000 soldiers were sent"`).replace('language: en', 'url: "javascript:alert(1)"\nlanguage: en');
    const { status, output } = buildWith('test-2025-05-bad-url.md', bad);
    expect(status).not.toBe(0);
    expect(output).toContain('test-2025-05-bad-url');
    expect(output).toMatch(/url[^\n]*use an http:\/\/ or https:\/\/ address|use an http:\/\/ or https:\/\/ address[^\n]*url/);
  });

  it('builds the same source when it keeps the rule (the failures above are the rule, not the setup)', () => {
    const { status, output } = buildWith('test-2025-05-good.md', source(`  - id: fig-good
    topic: troops
    measure: deployed
    low: 5000
    high: 5000
    qualifier: about
    quote: "about 5,000 soldiers were sent"`));
    expect(output).not.toContain('Provenance check failed');
    expect(status).toBe(0);
  });
});

/** An article with one paragraph for each way a quote's words can contradict its figure. */
const WORDS_BODY = `It sent 3 generals and 12,000 troops.

Russia did not lose 5,000 soldiers in Kursk.

Officials first wrote ~~12,000~~ 1,200 troops.

About 12,000 troops were sent.

Thousands of troops were sent.

It sent 12,\u041e\u041e\u041e troops.
`;

const wordsSource = (figures: string) => source(figures).replace('Officials said about 5,000 soldiers were sent.\n', WORDS_BODY);

const FIGURE = (id: string, fields: string) => `  - id: ${id}
    topic: troops
    measure: deployed
${fields.split('\n').map((l) => `    ${l}`).join('\n')}`;

describe('a source whose quotes do not say what its figures say', () => {
  // One build for the six cases: the message lists every problem of the file.
  let result: { status: number | null; output: string } | undefined;
  const broken = () => (result ??= buildWith('test-2025-05-words.md', wordsSource([
    FIGURE('fig-two-counts', 'low: 3\nhigh: 12000\nquote: "It sent 3 generals and 12,000 troops"'),
    FIGURE('fig-denied', 'low: 5000\nhigh: 5000\nquote: "did not lose 5,000 soldiers"').replace('topic: troops\n    measure: deployed', 'topic: casualties\n    measure: killed'),
    FIGURE('fig-struck', 'low: 1200\nhigh: 1200\nquote: "12,000 1,200 troops"'),
    FIGURE('fig-about', 'low: 12000\nhigh: 12000\nqualifier: exact\nquote: "About 12,000 troops"'),
    FIGURE('fig-millions', 'statedAs: millions\nquote: "Thousands of troops"'),
    FIGURE('fig-cyrillic', 'low: 12\nhigh: 12\nquote: "12,\u041e\u041e\u041e troops"'),
  ].join('\n'))));
  const line = (claim: string, field: string) => `claim "${claim}" (${field}): `;

  it('stops the build and names the file', () => {
    const { status, output } = broken();
    expect(status).not.toBe(0);
    expect(output).toContain('Provenance check failed for');
    expect(output).toContain('sources/test-2025-05-words.md');
  });
  it('refuses two counts of different things, joined by “and”, read as a range', () => {
    expect(broken().output).toContain(`${line('fig-two-counts', 'figures[0]')}the quote gives 3 and 12,000 but not as a range`);
  });
  it('refuses a count the article denies, unless the figure says negated', () => {
    expect(broken().output).toContain(`${line('fig-denied', 'figures[1]')}the quote’s clause denies what it counts (“not” in “Russia did not lose 5,000 soldiers in Kursk.”): a figure of what did not happen says negated: true`);
  });
  it('refuses a quote taken from struck-through text', () => {
    expect(broken().output).toContain(`${line('fig-struck', 'figures[2]')}the quote takes text the article struck through (deleted), “12,000”, which is not what the article states: “12,000 1,200 troops”`);
  });
  it('refuses a qualifier the quote’s words contradict', () => {
    expect(broken().output).toContain(`${line('fig-about', 'figures[3]')}the words “About” before 12,000 give the qualifier about, but qualifier is exact`);
  });
  it('refuses a statedAs the quote’s words contradict', () => {
    expect(broken().output).toContain(`${line('fig-millions', 'figures[4]')}the quote states the amount as “Thousands” (thousands) but statedAs, “millions”, says millions`);
  });
  it('refuses digits written with look-alike letters of another script', () => {
    expect(broken().output).toContain(`${line('fig-cyrillic', 'figures[5]')}the quote writes the number “12,\u041e\u041e\u041e” with characters that only look like digits (\u041e U+041E)`);
  });

  it('builds the same article when every figure agrees with its words (the failures above are the rule)', () => {
    const { status, output } = buildWith('test-2025-05-words-good.md', wordsSource([
      FIGURE('fig-troops', 'low: 12000\nhigh: 12000\nquote: "12,000 troops"'),
      FIGURE('fig-denied', 'low: 5000\nhigh: 5000\nnegated: true\nquote: "did not lose 5,000 soldiers"').replace('topic: troops\n    measure: deployed', 'topic: casualties\n    measure: killed'),
      FIGURE('fig-standing', 'low: 1200\nhigh: 1200\nquote: "1,200 troops"'),
      FIGURE('fig-about', 'low: 12000\nhigh: 12000\nqualifier: about\nquote: "About 12,000 troops"'),
      FIGURE('fig-thousands', 'statedAs: thousands\nquote: "Thousands of troops"'),
    ].join('\n')));
    expect(output).not.toContain('Provenance check failed');
    expect(status).toBe(0);
    const page = load(readFileSync(join(work, 'test-2025-05-words-good.md'.replace(/\W/g, '_'), 'dist', 'sources', 'test-2025-05-words-good', 'index.html'), 'utf8'));
    // The denied count says so; the standing text is anchored and the struck-through text is not.
    const row = page('tr').filter((_, tr) => page(tr).find('a[href="#fig-denied"]').length > 0);
    expect(row.find('td.num').text()).toMatch(/^not 5,000/);
    expect(page('mark#fig-standing').text()).toBe('1,200 troops');
    expect(page('del').text()).toBe('12,000');
    expect(page('del mark')).toHaveLength(0);
  });
});

