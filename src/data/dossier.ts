/**
 * The presentation layer's one door to the collections: loads sources and outlets once
 * per build and hands the pages model-ready entries.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/sources';

export type Source = CollectionEntry<'sources'>;
export type Outlet = CollectionEntry<'outlets'>;

let loaded: Promise<{ sources: Source[]; outlets: Map<string, Outlet> }> | undefined;

/** All sources newest first, and the outlets by id; computed once per build. */
export function loadDossier() {
  loaded ??= (async () => {
    const [sources, outlets] = await Promise.all([getCollection('sources'), getCollection('outlets')]);
    return { sources: newestFirst(sources), outlets: new Map(outlets.map((o) => [o.id, o])) };
  })();
  return loaded;
}

/** The outlet of a source; the reference is checked by the schema, so it exists. */
export async function outletOf(source: Source): Promise<Outlet> {
  const { outlets } = await loadDossier();
  const outlet = outlets.get(source.data.outlet.id);
  if (!outlet) throw new Error(`content/sources/${source.id}.mdx: outlet "${source.data.outlet.id}" has no profile in content/outlets/`);
  return outlet;
}
