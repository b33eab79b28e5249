/**
 * Where a Chromium or Google Chrome is on this machine, for the browser tests and tools.
 * Never downloads one: it looks where people have one, and otherwise says how to install it.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The names a Chromium or Chrome goes by on the PATH, in the order they are tried. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Where macOS keeps them when installed as applications (also under ~/Applications). */
export const MACOS_APPLICATIONS = [
  'Chromium.app/Contents/MacOS/Chromium',
  'Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Whether a path is an executable file (injected by tests). */
  isExecutable?: (path: string) => boolean;
}

/** The outcome: a browser's path, or the one message saying what is missing and how to fix it. */
export type FindResult = { path: string } | { problem: string };

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The command lines that install a browser, per system.
 *
 * @example
 * INSTALL_COMMANDS.debian // 'sudo apt-get install chromium'
 */
export const INSTALL_COMMANDS = {
  debian: 'sudo apt-get install chromium',
  ubuntu: 'sudo snap install chromium',
  macos: 'brew install --cask google-chrome',
} as const;

/**
 * Finds a Chromium or Chrome: `CHROMIUM_PATH` when set (which must then be one), else the
 * first of `chromium`, `chromium-browser`, `google-chrome`, `google-chrome-stable` on the
 * PATH, else (macOS) the usual application folders. When none is found, the result is a
 * message naming what is missing and the command that installs it.
 *
 * @example
 * findChromium() // { path: '/usr/bin/chromium' }
 * findChromium({ env: { PATH: '' } }) // { problem: 'No Chromium or Google Chrome found…' }
 */
export function findChromium({ env = process.env, platform = process.platform, isExecutable = executable }: FindOptions = {}): FindResult {
  const set = env.CHROMIUM_PATH;
  if (set) {
    return isExecutable(set)
      ? { path: set }
      : { problem: `CHROMIUM_PATH is set to ${set}, which is not an executable file. Point it at a Chromium or Google Chrome executable, or unset it to let the tests look for one.` };
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) if (isExecutable(join(dir, name))) return { path: join(dir, name) };
  }
  const apps = platform === 'darwin'
    ? ['/Applications', ...(env.HOME ? [join(env.HOME, 'Applications')] : [])].flatMap((root) => MACOS_APPLICATIONS.map((app) => join(root, app)))
    : [];
  for (const app of apps) if (isExecutable(app)) return { path: app };
  return {
    problem: [
      'No Chromium or Google Chrome found: the browser tests (search, accessibility, Lighthouse) need one, and this project never downloads a browser.',
      `Looked for CHROMIUM_PATH (not set), then ${BROWSER_NAMES.join(', ')} on the PATH${apps.length ? `, then ${apps.join(', ')}` : ''}.`,
      'Install one, then run the command again:',
      `  Debian:  ${INSTALL_COMMANDS.debian}`,
      `  Ubuntu:  ${INSTALL_COMMANDS.ubuntu}`,
      `  macOS:   ${INSTALL_COMMANDS.macos}`,
      'or set CHROMIUM_PATH to the executable of a Chromium or Chrome you already have.',
    ].join('\n'),
  };
}
