/**
 * The first step of `npm test`: stops at once, with one message saying what is missing and
 * how to install it, when no Chromium or Chrome is found (scripts/lib/find-chromium.ts),
 * instead of failing minutes later inside the browser tests.
 *
 *   node scripts/check-browser.ts     prints the browser it will use, or the message (exit 1)
 */
import { findChromium } from './lib/find-chromium.ts';

const found = findChromium();
if ('problem' in found) {
  console.error(found.problem);
  process.exit(1);
}
console.log(`browser tests will use ${found.path}`);
