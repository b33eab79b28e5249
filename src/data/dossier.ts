/**
 * The presentation layer's one door to the collections: loads sources and outlets once
 * per build and hands the pages model-ready entries.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { newestFirst, type SourceEntry } from '../lib/site';
import type { GlossaryEntry, TopicDef } from '../lib/compare';

export type Source = CollectionEntry<'sources'>;
export type Outlet = CollectionEntry<'outlets'>;
export type Topic = TopicDef;

interface Dossier {
  sources: Source[];
  outlets: Map<string, Outlet>;
  /** Topics in their order. */
  topics: Topic[];
  glossary: GlossaryEntry[];
  /** The outlet's name for any source entry. */
  outletName: (source: SourceEntry) => string;
}

let loaded: Promise<Dossier> | undefined;

/** All sources newest first, the outlets by id and the topics in order; loaded once per build. */
export function loadDossier(): Promise<Dossier> {
  loaded ??= (async () => {
    const [sources, outlets, topics, glossary] = await Promise.all([
      getCollection('sources'), getCollection('outlets'), getCollection('topics'), getCollection('glossary'),
    ]);
    const outletById = new Map(outlets.map((o) => [o.id, o]));
    const outletOfId = new Map(sources.map((s) => [s.id, s.data.outlet.id]));
    return {
      sources: newestFirst(sources),
      outlets: outletById,
      topics: topics.map((t) => ({ id: t.id, ...t.data })).sort((a, b) => a.order - b.order),
      glossary: glossary.map((g) => g.data),
      outletName: (source) => outletById.get(outletOfId.get(source.id) ?? '')?.data.name ?? 'Unknown outlet',
    };
  })();
  return loaded;
}

/** The outlet of a source; the reference is checked by the schema, so it exists. */
export async function outletOf(source: Source): Promise<Outlet> {
  const { outlets } = await loadDossier();
  const outlet = outlets.get(source.data.outlet.id);
  if (!outlet) throw new Error(`${source.filePath ?? `content/sources/${source.id}`}: outlet "${source.data.outlet.id}" has no profile in content/outlets/`);
  return outlet;
}
