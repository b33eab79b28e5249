/**
 * The presentation layer's one door to the collections: loads sources and outlets once
 * per build and hands the pages model-ready entries.
 */
import { createHash } from 'node:crypto';
import { type CollectionEntry, getCollection } from 'astro:content';
import { newestFirst, published, type SourceEntry } from '../lib/site';
import type { GlossaryEntry } from '../lib/claims';
import type { Entity, TopicDef } from '../lib/compare';
import { notePhase, phase } from './phase';
import { ARCHIVE_ABOVE, countryProblems, dateInterval, planArchive, buildEntityIndex, buildTimeline, timelineArchive, type TimelineEntry, formConflicts, notesByEntity, selectClaims, topicArchive, topicView, type ArchivePlan, type EntityIndex, type NoteMention, type TopicItem, type TopicView } from '../lib/compare';

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
    /** A key for a page that reads only the given sources (an archive page): their keys and whatever else it shows, hashed. */
    of: (sources: readonly Source[], ...rest: unknown[]) => string;
  };
  /** Above this many rows a long list becomes a summary with archive pages by period (`DOSSIER_ARCHIVE_ABOVE` overrides, for tests). */
  archiveAbove: number;
}

/** A short hash of some strings, for cache keys. */
const digestOf = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);

let loaded: Promise<Dossier> | undefined;

/** All sources newest first, the outlets by id and the topics in order; loaded once per build. */
export function loadDossier(): Promise<Dossier> {
  loaded ??= (async () => {
    const started = performance.now();
    const [allSources, outlets, topics, entityEntries, aliases] = await Promise.all([
      getCollection('sources'), getCollection('outlets'), getCollection('topics'), getCollection('entities'), getCollection('aliases'),
    ]);
    notePhase(`collections read (${allSources.length} sources)`, performance.now() - started);
    // Drafts are checked like any source when the content layer renders them, then left out of
    // every page, export, feed and index; `npm run dev` shows them, with a banner.
    const sources = published(allSources, import.meta.env.DOSSIER_SHOW_DRAFTS === true);
    const drafts = allSources.length - sources.length;
    if (drafts > 0) console.log(`\nsources: ${drafts} draft(s) checked and not published (remove \`draft: true\` to publish)`);
    const entities: Entity[] = entityEntries.map((e) => ({
      id: e.id, label: e.data.name, kind: e.data.kind, description: e.data.description, wikidata: e.data.wikidata, forms: e.data.forms,
      coordinates: e.data.coordinates, country: e.data.country, iso3166Numeric: e.data.iso3166Numeric,
    })).sort((a, b) => a.label.localeCompare(b.label));
    const badCountries = countryProblems(entities);
    if (badCountries.length > 0) throw new Error(`Places on the map:\n${badCountries.map((p) => `  - content/entities/${p.id}.yaml, field country: ${p.problem}`).join('\n')}`);
    const glossary: GlossaryEntry[] = [...entities, ...aliases.map((a) => ({ id: a.id, label: a.data.label, kind: 'term' as const, forms: a.data.forms }))];
    // A form claimed by two entries would send a mention to either: the build stops, naming both files.
    const conflicts = formConflicts(glossary);
    if (conflicts.length > 0) {
      const fileOf = (id: string) => (entities.some((e) => e.id === id) ? `content/entities/${id}.yaml` : `content/search-aliases.yaml (id ${id})`);
      throw new Error(`Names claimed twice:\n${conflicts.map((c) => `  - "${c.form}" is a form of ${fileOf(c.ids[0]!)} and of ${fileOf(c.ids[1]!)}`).join('\n')}\nA form belongs to one entity or alias only.`);
    }
    const outletById = new Map(outlets.map((o) => [o.id, o]));
    const outletOfId = new Map(sources.map((s) => [s.id, s.data.outlet.id]));
    // Small collections: hashed whole. A source is known by its file's digest (frontmatter
    // and body; the Markdown processor's version is in Astro's own config hash).
    const archiveAbove = Number(process.env.DOSSIER_ARCHIVE_ABOVE ?? ARCHIVE_ABOVE);
    const shared = digestOf(archiveAbove, topics.map((t) => [t.id, t.data]), entityEntries.map((e) => [e.id, e.data]), aliases.map((a) => [a.id, a.data]));
    const outletDigests = new Map(outlets.map((o) => [o.id, digestOf(o.id, o.data)]));
    const sourceKey = (source: Source) => `${source.digest ?? digestOf(source.data, source.rendered?.html)}.${outletDigests.get(source.data.outlet.id) ?? ''}.${shared}`;
    return {
      sources: newestFirst(sources),
      outlets: outletById,
      topics: topics.map((t) => ({ id: t.id, ...t.data })).sort((a, b) => a.order - b.order),
      entities,
      glossary,
      outletName: (source) => outletById.get(outletOfId.get(source.id) ?? '')?.data.name ?? 'Unknown outlet',
      cacheKeys: {
        source: sourceKey,
        topic: (topic) => `${digestOf(topic)}.${shared}`,
        all: digestOf(sources.map((s) => `${s.id} ${sourceKey(s)}`).sort()),
        of: (some, ...rest) => digestOf(some.map((s) => `${s.id} ${sourceKey(s)}`), rest),
      },
      archiveAbove,
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

let entityIndex: Promise<EntityIndex> | undefined;

/**
 * Where each entity is named and which claims give it a role, read from every rendered
 * article once per build. Attributions, actors and places that resolve to no entity are
 * listed in the build output (unknown stays unknown: they stay plain text).
 */
export function loadEntityIndex(): Promise<EntityIndex> {
  entityIndex ??= (async () => {
    const { sources, entities, glossary } = await loadDossier();
    const index = phase('entity index', () => buildEntityIndex(sources, (s) => (s as Source).rendered?.html ?? '', entities, glossary));
    if (index.unresolved.length > 0) {
      const distinct = [...new Set(index.unresolved.map((u) => `${u.role}: ${u.text}`))].sort();
      console.log(`\nentities: ${distinct.length} name(s) in claims resolve to no entity (shown as written; add a form to content/entities/ if one should):\n${distinct.map((d) => `  - ${d}`).join('\n')}`);
    }
    return index;
  })();
  return entityIndex;
}

let entityNotes: Promise<Map<string, NoteMention[]>> | undefined;

/** The dossier's notes that name each entity, read once per build (`notesByEntity`). */
export function loadEntityNotes(): Promise<Map<string, NoteMention[]>> {
  entityNotes ??= loadDossier().then(({ sources, entities }) => phase('entity notes', () => notesByEntity(sources, entities)));
  return entityNotes;
}

/** What a topic's pages show: its view, its claims, and (when it has more than `archiveAbove` rows) its archive by period. */
export interface TopicPages {
  view: TopicView;
  claims: ReturnType<typeof selectClaims>;
  archive: ArchivePlan<TopicItem> | null;
}

const topicPages = new Map<string, Promise<TopicPages>>();

/** A topic's view and archive, computed once per build for its summary and every archive page. */
export function loadTopicPages(topic: Topic): Promise<TopicPages> {
  let pages = topicPages.get(topic.id);
  if (!pages) {
    pages = (async () => {
      const { sources, glossary, archiveAbove } = await loadDossier();
      return phase(`topic ${topic.id}: view and archive plan`, () => {
        const view = topicView(sources, topic.select, glossary);
        return { view, claims: selectClaims(sources, topic.select), archive: view.count > archiveAbove ? topicArchive(view) : null };
      });
    })();
    topicPages.set(topic.id, pages);
  }
  return pages;
}

/** The timeline and (past `archiveAbove` events) its archive by period. */
export interface TimelinePages {
  timeline: TimelineEntry[];
  archive: ArchivePlan<TimelineEntry> | null;
}

let timelinePages: Promise<TimelinePages> | undefined;

/** The timeline, built once per build for its summary and every archive page. */
export function loadTimelinePages(): Promise<TimelinePages> {
  timelinePages ??= (async () => {
    const { sources, archiveAbove } = await loadDossier();
    return phase('timeline and archive plan', () => {
      const timeline = buildTimeline(sources);
      return { timeline, archive: timeline.length > archiveAbove ? timelineArchive(timeline) : null };
    });
  })();
  return timelinePages;
}

let sourcePages: Promise<ArchivePlan<Source> | null> | undefined;

/** The sources' archive by publication period (past `archiveAbove` sources), newest first on each page; null when `/sources/` lists them all. */
export function loadSourceArchive(): Promise<ArchivePlan<Source> | null> {
  sourcePages ??= (async () => {
    const { sources, archiveAbove } = await loadDossier();
    if (sources.length <= archiveAbove) return null;
    return planArchive(sources, (s) => ({ start: dateInterval(s.data.published, s.data.datePrecision)[0], precision: s.data.datePrecision }));
  })();
  return sourcePages;
}
