/** A Chromium or Chrome found on this machine (find-chromium.ts), driven by playwright-core; never a downloaded browser. */
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './find-chromium.ts';

/**
 * The browser's executable; throws the finder's message (what is missing, how to install it) when there is none.
 *
 * @example
 * chromiumPath() // '/usr/bin/chromium'
 */
export function chromiumPath(): string {
  const found = findChromium();
  if ('problem' in found) throw new Error(found.problem);
  return found.path;
}

/** Flags for a quiet headless browser that makes no request of its own. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Launches the browser headless.
 *
 * @example
 * const browser = await launch(); const page = await browser.newPage();
 */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
