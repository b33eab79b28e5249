/**
 * The content lists a tool reads besides the sources: outlet profiles and entities (every
 * form of every name), as `npm run ingest` hands them to the model. Shared with the tests,
 * which ingest the fixture corpus with the same lists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GlossaryEntry } from '../../src/lib/claims';

/** An outlet profile as ingest matches it against a page's site name and address. */
export interface OutletProfile {
  id: string;
  name: string;
  homepage?: string | undefined;
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : []);

/**
 * The outlet profiles of a content folder (`<content>/outlets/*.yaml`), or none.
 *
 * @example
 * readOutlets('content').map((o) => o.id) // ['csactu', 'russafrik', …]
 */
export function readOutlets(contentDir: string): OutletProfile[] {
  const dir = join(contentDir, 'outlets');
  return yamlFiles(dir).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }));
}

/**
 * The entities of a content folder (`<content>/entities/*.yaml`) as glossary entries: id,
 * name, kind and every form.
 *
 * @example
 * readEntities('content').find((e) => e.id === 'nis')?.forms.map((f) => f.text) // ['National Intelligence Service', 'NIS', …]
 */
export function readEntities(contentDir: string): GlossaryEntry[] {
  const dir = join(contentDir, 'entities');
  return yamlFiles(dir).map((f) => {
    const data = parse(readFileSync(join(dir, f), 'utf8')) as { name: string; kind: GlossaryEntry['kind']; forms: GlossaryEntry['forms'] };
    return { id: f.replace(/\.yaml$/, ''), label: data.name, kind: data.kind, forms: data.forms };
  });
}
