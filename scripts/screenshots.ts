/**
 * Screenshots of built pages in Chromium (the one the tests find), narrow and wide, light and dark,
 * to look at what a reader sees. Serve the site first (`npm run preview`).
 *
 *   node scripts/screenshots.ts [--base http://localhost:4321] [--out shots] /path/ …
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './lib/browser.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://localhost:4321' },
    out: { type: 'string', default: 'shots' },
    widths: { type: 'string', default: '375,1280' },
    schemes: { type: 'string', default: 'light,dark' },
    viewport: { type: 'boolean', default: false },
  },
});
const paths = positionals.length ? positionals : ['/'];
mkdirSync(values.out, { recursive: true });
const browser = await launch();
try {
  for (const scheme of values.schemes.split(',') as ('light' | 'dark')[]) {
    for (const width of values.widths.split(',').map(Number)) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(new URL(path, values.base).href);
        // Let client-side work (search results) settle before the picture.
        await page.waitForLoadState('networkidle');
        const slug = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
        const file = join(values.out, `${slug}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: !values.viewport });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
