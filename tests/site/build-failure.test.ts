/**
 * A source that breaks the provenance rule stops the build, and the message names the
 * file, the claim and what did not match. Builds a copy of the content with one bad
 * source into temporary folders; the real content/ and dist/ are not touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
