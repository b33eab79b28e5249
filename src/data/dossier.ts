/**
 * The presentation layer's one door to the collections: loads sources and outlets once
 * per build and hands the pages model-ready entries.
 */
import { createHash } from 'node:crypto';
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
  /**
   * Keys for Astro's incremental build (`cacheKey` in `getStaticPaths`): a page whose key
   * and template are unchanged is kept from the previous build. A key must change with
   * everything the page reads; Astro cannot see which entries a page reads.
   */
  cacheKeys: {
    /** A source page and its citation files: the source's file, its outlet, and the topics and glossary every source page shows (navigation, topic links, names). */
    source: (source: Source) => string;
    /** A topic's citation files: the topic (and, through the navigation, the other topics). */
    topic: (topic: Topic) => string;
    /** A page that reads every source (a topic page, an export): everything. */
    all: string;
  };
}

/** A short hash of some strings, for cache keys. */
const digestOf = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);

let loaded: Promise<Dossier> | undefined;

/** All sources newest first, the outlets by id and the topics in order; loaded once per build. */
export function loadDossier(): Promise<Dossier> {
  loaded ??= (async () => {
    const [sources, outlets, topics, glossary] = await Promise.all([
      getCollection('sources'), getCollection('outlets'), getCollection('topics'), getCollection('glossary'),
    ]);
    const outletById = new Map(outlets.map((o) => [o.id, o]));
    const outletOfId = new Map(sources.map((s) => [s.id, s.data.outlet.id]));
    // Small collections: hashed whole. A source is known by its file's digest (frontmatter
    // and body; the Markdown processor's version is in Astro's own config hash).
    const shared = digestOf(topics.map((t) => [t.id, t.data]), glossary.map((g) => [g.id, g.data]));
    const outletDigests = new Map(outlets.map((o) => [o.id, digestOf(o.id, o.data)]));
    const sourceKey = (source: Source) => `${source.digest ?? digestOf(source.data, source.rendered?.html)}.${outletDigests.get(source.data.outlet.id) ?? ''}.${shared}`;
    return {
      sources: newestFirst(sources),
      outlets: outletById,
      topics: topics.map((t) => ({ id: t.id, ...t.data })).sort((a, b) => a.order - b.order),
      glossary: glossary.map((g) => g.data),
      outletName: (source) => outletById.get(outletOfId.get(source.id) ?? '')?.data.name ?? 'Unknown outlet',
      cacheKeys: {
        source: sourceKey,
        topic: (topic) => `${digestOf(topic)}.${shared}`,
        all: digestOf(sources.map((s) => `${s.id} ${sourceKey(s)}`).sort()),
      },
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
