/**
 * `npm run dev` for an editor: an edit to a source shows on its page, and a quote the edit
 * breaks shows as the provenance error in Astro's error overlay in the browser, also when
 * the dev server starts on a broken source. Runs `astro dev` on a copy of the content (the
 * real content/ is not touched), alongside any dev server already running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser';
import { CONTENT, ROOT } from '../helpers/content';

const work = mkdtempSync(join(tmpdir(), 'dossier-dev-'));
const content = join(work, 'content');
cpSync(CONTENT, content, { recursive: true });
const ID = 'csactu-2025-05-north-korea-joins-the-fight';
const file = join(content, 'sources', `${ID}.md`);
const original = readFileSync(file, 'utf8');
const broken = original.replace('quote: "estimated at between', 'quote: "reportedly estimated at between');
let server: ChildProcess | undefined;
let log = '';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});

const kill = () => {
  try {
    if (server?.pid) process.kill(-server.pid);
  } catch {
    // already gone
  }
};
afterAll(async () => {
  kill();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The text of Astro's error overlay as a reader's browser shows it on `url`. */
async function overlayText(url: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ timeout: 30_000 });
    return await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
  } finally {
    await page.close();
  }
}

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

const developerEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k)));

async function start(): Promise<string> {
  const port = await freePort();
  // --ignore-lock: alongside any dev server the developer has running on this project.
  server = spawn('npx', ['astro', 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    // The environment of a developer's shell: without Vitest's variables (Astro serves no pages under Vitest).
    cwd: ROOT, env: { ...developerEnv(), DOSSIER_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' }, detached: true,
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  return `http://127.0.0.1:${port}/sources/${ID}/`;
}

async function stop() {
  const exited = new Promise((r) => server!.once('exit', r));
  kill();
  await exited;
  server = undefined;
}

/** Fetches `url` until `ok` accepts the answer (the dev server reloads the content in the background). */
async function until(url: string, ok: (status: number, html: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  let last = '';
  for (;;) {
    try {
      const res = await fetch(url);
      last = await res.text();
      if (ok(res.status, last)) return last;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${what}: not seen within 60 s. Last answer: ${last.slice(0, 500)}\nServer log: ${log.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('astro dev', () => {
  it('shows an edit to a source, then the provenance error when a quote breaks, then the page again', async () => {
    const url = await start();
    const first = await until(url, (s, html) => s === 200 && html.includes('id="fig-deployed-intel-estimate"'), 'the source page');
    expect(first).toContain('<mark class="claim"');

    writeFileSync(file, original.replace(/\n$/, '\n\nA sentence typed by the test.\n'));
    await until(url, (s, html) => s === 200 && html.includes('A sentence typed by the test.'), 'the edit');

    writeFileSync(file, broken);
    await until(url, (s) => s === 500, 'the error page');
    const overlay = await overlayText(url);
    expect(overlay).toContain(`Provenance check failed for`);
    expect(overlay).toContain(`sources/${ID}.md`);
    expect(overlay).toContain('claim "fig-deployed-intel-estimate" (figures[0]): the quote is not in the article text: “reportedly estimated at between');

    writeFileSync(file, original);
    await until(url, (s, html) => s === 200 && html.includes('id="fig-deployed-intel-estimate"'), 'the page, fixed');
    await stop();
  }, 180_000);

  it('starts on a broken source and shows its error on its page', async () => {
    if (server) await stop();
    writeFileSync(file, broken);
    const url = await start();
    await until(url, (s) => s === 500, 'the error page');
    expect(await overlayText(url)).toContain('the quote is not in the article text');
    const home = await fetch(url.replace(/sources\/.*$/, ''));
    expect(home.status).toBe(200);
    await stop();
  }, 180_000);
});
