/**
 * The ingest fixture corpus (`tests/fixtures/ingest/`: articles and their answer keys, see its
 * README). How a draft is scored lives in scripts/lib/ingest-score.ts, shared with `npm run ingest:eval`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths';
import type { Fixture, FixtureKey } from '../../scripts/lib/ingest-score';

export * from '../../scripts/lib/ingest-score';

export const FIXTURES = join(ROOT, 'tests/fixtures/ingest');

/** Every article of the corpus with its key, in file order; `set` keeps the tuning or the held-out articles. */
export function readFixtures(set: 'tuning' | 'held-out' | 'all' = 'all'): Fixture[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.key.json')).sort().map((f) => {
    const key = JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as FixtureKey;
    return { name: f.replace(/\.key\.json$/, ''), key, text: readFileSync(join(FIXTURES, key.file), 'utf8'), html: key.file.endsWith('.html') };
  }).filter((x) => set === 'all' || x.key.heldOut === (set === 'held-out'));
}

