/** Reads the content folder as the tests need it: frontmatter parsed, body as blocks. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { SourceData } from '../../src/lib/claims';
import type { TopicDef } from '../../src/lib/compare';
import { CONTENT, RELEASES } from '../../scripts/lib/paths';
import { compareVersions, parseVersion, type ReleaseManifest } from '../../src/lib/publish';
import { existsSync } from 'node:fs';

export { ROOT, CONTENT, DIST, RELEASES } from '../../scripts/lib/paths';
import { splitFrontmatter } from '../../scripts/lib/ingest-score';
export { bodyBlocks, splitFrontmatter } from '../../scripts/lib/ingest-score';

export interface SourceFile {
  id: string;
  file: string;
  data: SourceData & { outlet: string; datingNote?: string };
  body: string;
}

/** Every source file of the content folder, parsed. */
export function readSources(dir = join(CONTENT, 'sources')): SourceFile[] {
  return readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).sort().map((f) => {
    const file = join(dir, f);
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const data = parse(frontmatter);
    for (const k of ['figures', 'transfers', 'reactions', 'events', 'notes']) data[k] ??= [];
    for (const fig of data.figures) fig.qualifier ??= 'exact';
    return { id: f.replace(/\.mdx?$/, ''), file, data, body };
  });
}

/** The topic definitions of the content folder, in their order. */
export function readTopics(dir = join(CONTENT, 'topics')): TopicDef[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => ({ id: basename(f, '.yaml'), ...parse(readFileSync(join(dir, f), 'utf8')) }))
    .sort((a, b) => a.order - b.order);
}

/**
 * The five real sources, by the seed article each was taken from. Tests that hold exact
 * expectations about the real articles key them to these ids; counts and lists over the
 * whole dossier are derived from the content, so that a new source leaves them true.
 */
export const SEED_SOURCES = {
  csactu: 'csactu-2025-05-north-korea-joins-the-fight',
  russafrik: 'russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou',
  nov8: 'unidentified-2025-11-08-renforcement-des-liens-militaires',
  apr28: 'unidentified-2025-04-28-north-korea-acknowledges-troops',
  jun5: 'unidentified-2025-06-05-kim-pledges-support-during-shoigu-visit',
} as const;
export const SEED_IDS: readonly string[] = Object.values(SEED_SOURCES);
/** True when the content folder holds the real sources and nothing else. */
export const onlySeeds = (ids: readonly string[]) => ids.length === SEED_IDS.length && ids.every((id) => SEED_IDS.includes(id));

/** The manifests of the committed data releases, oldest first. */
export function readReleaseManifests(dir = RELEASES): ReleaseManifest[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => parseVersion(n) !== null).sort(compareVersions)
    .map((n) => JSON.parse(readFileSync(join(dir, n, 'manifest.json'), 'utf8')) as ReleaseManifest);
}
