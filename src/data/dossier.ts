/**
 * The presentation layer's one door to the collections: loads sources and outlets once
 * per build and hands the pages model-ready entries.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { newestFirst, type SourceEntry } from '../lib/site';
import type { Entity, GlossaryEntry, TopicDef } from '../lib/compare';
import { formConflicts } from '../lib/compare';

export type Source = CollectionEntry<'sources'>;
export type Outlet = CollectionEntry<'outlets'>;
export type Topic = TopicDef;

interface Dossier {
  sources: Source[];
  outlets: Map<string, Outlet>;
  /** Topics in their order. */
  topics: Topic[];
  /** People, states, agencies, places…: each with a page. */
  entities: Entity[];
  /** Entities and search aliases together: every name and key word in all its forms. */
  glossary: GlossaryEntry[];
  /** The outlet's name for any source entry. */
  outletName: (source: SourceEntry) => string;
}

let loaded: Promise<Dossier> | undefined;

/** All sources newest first, the outlets by id and the topics in order; loaded once per build. */
export function loadDossier(): Promise<Dossier> {
  loaded ??= (async () => {
    const [sources, outlets, topics, entityEntries, aliases] = await Promise.all([
      getCollection('sources'), getCollection('outlets'), getCollection('topics'), getCollection('entities'), getCollection('aliases'),
    ]);
    const entities: Entity[] = entityEntries.map((e) => ({
      id: e.id, label: e.data.name, kind: e.data.kind, description: e.data.description, wikidata: e.data.wikidata, forms: e.data.forms,
    })).sort((a, b) => a.label.localeCompare(b.label));
    const glossary: GlossaryEntry[] = [...entities, ...aliases.map((a) => ({ id: a.id, label: a.data.label, kind: 'term' as const, forms: a.data.forms }))];
    // A form claimed by two entries would send a mention to either: the build stops, naming both files.
    const conflicts = formConflicts(glossary);
    if (conflicts.length > 0) {
      const fileOf = (id: string) => (entities.some((e) => e.id === id) ? `content/entities/${id}.yaml` : `content/search-aliases.yaml (id ${id})`);
      throw new Error(`Names claimed twice:\n${conflicts.map((c) => `  - "${c.form}" is a form of ${fileOf(c.ids[0]!)} and of ${fileOf(c.ids[1]!)}`).join('\n')}\nA form belongs to one entity or alias only.`);
    }
    const outletById = new Map(outlets.map((o) => [o.id, o]));
    const outletOfId = new Map(sources.map((s) => [s.id, s.data.outlet.id]));
    return {
      sources: newestFirst(sources),
      outlets: outletById,
      topics: topics.map((t) => ({ id: t.id, ...t.data })).sort((a, b) => a.order - b.order),
      entities,
      glossary,
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
