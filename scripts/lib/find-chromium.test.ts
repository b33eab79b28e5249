/**
 * Finding a Chromium or Chrome where people have one, and on a machine without one, one
 * message before anything else of `npm test` runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, INSTALL_COMMANDS } from './find-chromium';
import { ROOT } from './paths';

const work = mkdtempSync(join(tmpdir(), 'dossier-no-browser-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, then the PATH in the order chromium, chromium-browser, google-chrome, google-chrome-stable', () => {
    const PATH = ['/opt/a', '/opt/b'].join(delimiter);
    const all = only('/opt/a/google-chrome', '/opt/b/chromium-browser', '/custom/chrome');
    expect(findChromium({ env: { PATH, CHROMIUM_PATH: '/custom/chrome' }, isExecutable: all })).toEqual({ path: '/custom/chrome' });
    expect(findChromium({ env: { PATH }, isExecutable: all })).toEqual({ path: '/opt/b/chromium-browser' });
    expect(findChromium({ env: { PATH }, isExecutable: only('/opt/b/google-chrome-stable') })).toEqual({ path: '/opt/b/google-chrome-stable' });
  });

  it('looks in the macOS application folders on macOS only', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const mine = '/Users/ana/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(findChromium({ env: { PATH: '/usr/bin' }, platform: 'darwin', isExecutable: only(chrome) })).toEqual({ path: chrome });
    expect(findChromium({ env: { PATH: '/usr/bin', HOME: '/Users/ana' }, platform: 'darwin', isExecutable: only(mine) })).toEqual({ path: mine });
    expect(findChromium({ env: { PATH: '/usr/bin' }, platform: 'linux', isExecutable: only(chrome) })).toHaveProperty('problem');
  });

  it('says so when CHROMIUM_PATH points at nothing, rather than quietly using another browser', () => {
    const found = findChromium({ env: { PATH: '/usr/bin', CHROMIUM_PATH: '/nowhere/chromium' }, isExecutable: only('/usr/bin/chromium') });
    expect(found).toEqual({ problem: expect.stringContaining('CHROMIUM_PATH is set to /nowhere/chromium, which is not an executable file') });
  });

  it('finds this machine\'s browser with the real file system', () => {
    expect(findChromium()).toHaveProperty('path');
  });
});

describe('a machine without a browser', () => {
  it('gets one message naming what is missing and the commands that install it (empty PATH, no CHROMIUM_PATH)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-browser.ts')], { cwd: ROOT, env: { PATH: '' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('No Chromium or Google Chrome found');
    expect(run.stderr).toContain('Looked for CHROMIUM_PATH (not set), then chromium, chromium-browser, google-chrome, google-chrome-stable on the PATH.');
    for (const command of Object.values(INSTALL_COMMANDS)) expect(run.stderr).toContain(command);
    expect(run.stderr).toContain('sudo apt-get install chromium');
    expect(run.stderr).toContain('brew install --cask google-chrome');
  });

  it('stops `npm test` at its first step, before the type check', () => {
    // A PATH holding only node and sh: no browser, so the first step must stop everything.
    const bin = join(work, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    symlinkSync(process.execPath, join(bin, 'node'));
    symlinkSync('/bin/sh', join(bin, 'sh'));
    const npm = realpathSync(spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim());
    const run = spawnSync(process.execPath, [npm, 'test'], { cwd: ROOT, env: { PATH: bin, HOME: work }, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('No Chromium or Google Chrome found');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Getting diagnostics|\[check\]|Syncing content/);
  });
});
