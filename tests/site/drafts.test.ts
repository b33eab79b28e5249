/**
 * Drafts are not published until reviewed: the build checks a draft in full (a broken
 * quote still stops it) but writes nothing of it — no page, topic row, export row, feed
 * item, sitemap entry, entity mention or search entry — and `npm run dev` shows it with a
 * banner. Removing the flag publishes it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-drafts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ID = 'unidentified-2025-02-03-draft-on-the-kursk-front';
const draft = (quote: string) => `---
draft: true
title: A draft about the Kursk front
outlet: unidentified
language: en
published: "2025-02-03"
datePrecision: day
summary: Ingested draft, not yet summarised by an editor.
figures:
  - id: fig-draft-killed
    topic: casualties
    measure: killed
    low: 4321
    high: 4321
    qualifier: about
    quote: "${quote}"
---

Officials said about 4,321 soldiers were killed in the Kursk region in the last week of January.
`;

function build(name: string, markdown: string) {
  const content = join(work, name, 'content');
  const dist = join(work, name, 'dist');
  cpSync(CONTENT, content, { recursive: true });
  writeFileSync(join(content, 'sources', `${ID}.md`), markdown);
  const r = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DOSSIER_CONTENT_DIR: content, DOSSIER_DIST_DIR: dist, DOSSIER_CACHE_DIR: join(work, name, 'cache') },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, dist, content };
}
const grepDist = (dir: string, needle: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && /\.(html|json|csv|xml|txt|bib|ris)$/.test(d.name))
  .filter((d) => readFileSync(join(d.parentPath, d.name), 'utf8').includes(needle)).map((d) => join(d.parentPath, d.name));

describe('a draft', () => {
  let ok: ReturnType<typeof build>;
  beforeAll(() => { ok = build('ok', draft('about 4,321 soldiers were killed in the Kursk region')); });

  it('builds, says it checked a draft, and publishes nothing of it', () => {
    expect(ok.status, ok.output.slice(-2000)).toBe(0);
    expect(ok.output).toContain('1 draft(s) checked and not published');
    expect(existsSync(join(ok.dist, 'sources', ID))).toBe(false);
    // Neither its id nor its figure appears in any page, export, feed, sitemap or index file.
    expect(grepDist(ok.dist, ID)).toEqual([]);
    expect(grepDist(ok.dist, '4,321')).toEqual([]);
    expect(grepDist(ok.dist, 'fig-draft-killed')).toEqual([]);
  });

  it('still stops the build when it breaks the provenance rule', () => {
    const bad = build('bad', draft('about 4,000 soldiers were killed in the Kursk region'));
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('Provenance check failed');
    expect(bad.output).toContain(`${ID}.md`);
  });

  it('is published once an editor removes the flag', () => {
    const reviewed = build('reviewed', draft('about 4,321 soldiers were killed in the Kursk region').replace('draft: true\n', ''));
    expect(reviewed.status, reviewed.output.slice(-2000)).toBe(0);
    expect(existsSync(join(reviewed.dist, 'sources', ID, 'index.html'))).toBe(true);
    expect(readFileSync(join(reviewed.dist, 'data', 'figures.json'), 'utf8')).toContain(ID);
  });

  it('shows in `npm run dev` with a Draft banner', async () => {
    const content = ok.content;
    const port = 20000 + Math.floor(Math.random() * 20000);
    // The dev server as an editor starts it: Vitest's own variables would put Vite in test mode.
    const editorEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
    const dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT, env: { ...editorEnv, DOSSIER_CONTENT_DIR: content, DOSSIER_CACHE_DIR: join(work, 'dev-cache') }, detached: true, stdio: 'ignore',
    });
    try {
      let html = '';
      for (let i = 0; i < 120 && !html.includes('draft-banner'); i++) {
        await new Promise((r) => setTimeout(r, 500));
        html = await fetch(`http://127.0.0.1:${port}/sources/${ID}/`).then((r) => r.text()).catch(() => '');
      }
      expect(html).toContain('class="draft-banner"');
      expect(html).toContain('A draft about the Kursk front');
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
    }
  });
});
