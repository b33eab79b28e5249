/**
 * The contract: the one typed description of a source, an outlet and their claims.
 * Vocabularies come from `src/lib/claims/vocabulary.ts` so the model cannot drift from them.
 *
 * The content folder defaults to `./content`; `DOSSIER_CONTENT_DIR` points the build at
 * another one (the benchmark and the failing-build test use temporary folders).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { strictGlob } from './loaders/strict-glob';
import { z } from 'astro/zod';
import {
  ACTOR_KINDS, correctionProblems, CUMULATIVE_MEASURES, DATE_PRECISIONS, DATE_QUALIFIERS, DIRECTIONS, ENTITY_KINDS, EVENT_PRECISIONS, FIGURE_COUNTS, HTTP_PROTOCOL, ISO_DAY_PATTERN, LANGUAGES, MEASURES,
  MEASURE_TOPIC, NOTE_FIELDS, NOTE_KINDS, PARTIAL_DATE_PATTERN, QUALIFIERS, REACTION_KINDS, SLUG_PATTERN, TOPICS,
  TRANSFER_CATEGORIES, translationProblems, WIKIDATA_PATTERN,
} from './lib/claims';

const contentDir = process.env.DOSSIER_CONTENT_DIR ?? './content';

const slug = z.string().regex(SLUG_PATTERN, 'use lower-case words joined by hyphens');
const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().trim().min(1);
/** A day, `YYYY-MM-DD`; YAML reads an unquoted date as a Date, which is taken as the same day. */
const isoDay = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(ISO_DAY_PATTERN, 'use a full ISO date: YYYY-MM-DD'),
);
/** A link readers follow: http(s) only (Zod's plain `z.url()` takes `javascript:` too). */
const httpUrl = z.url({ protocol: HTTP_PROTOCOL, error: 'use an http:// or https:// address' });

const attribution = z.object({
  estimatedBy: text.optional(),
  relayedBy: text.optional(),
  /** The entities they are, when the text does not resolve by the entities' forms ("Radio Svoboda, citing KCNA"). */
  estimatedByEntity: reference('entities').optional(),
  relayedByEntity: reference('entities').optional(),
}).strict();

const claim = {
  id: slug,
  quote: text,
  reportedly: z.boolean().default(false),
  attribution: attribution.optional(),
  note: text.optional(),
  /** The dossier's English translation of a quote in another language. */
  translation: text.optional(),
};

const figure = z.object({
  ...claim,
  topic: z.enum(TOPICS),
  measure: z.enum(MEASURES),
  low: z.number().int().nonnegative().optional(),
  high: z.number().int().nonnegative().optional(),
  statedAs: text.optional(),
  qualifier: z.enum(QUALIFIERS).default('exact'),
  /** The article says the count did not happen ("did not lose 5,000 soldiers"); the rule checks it. */
  negated: z.boolean().default(false),
  asOf: partialDate.optional(),
  place: text.optional(),
  /** Troops deployed: all sent since a start (cumulative) or present at a date. */
  count: z.enum(FIGURE_COUNTS).optional(),
  /** For a cumulative count: the start the text gives ("depuis octobre 2024"). */
  since: partialDate.optional(),
  placeEntity: reference('entities').optional(),
}).strict().refine((f) => MEASURE_TOPIC[f.measure] === f.topic, {
  message: 'the measure does not belong to this topic',
  path: ['measure'],
}).refine((f) => !(CUMULATIVE_MEASURES.includes(f.measure) && f.count === 'present'), {
  message: 'casualty counts are cumulative; leave count out',
  path: ['count'],
}).refine((f) => f.measure !== 'planned' || !f.count, {
  message: 'a planned figure is neither cumulative nor present; leave count out',
  path: ['count'],
}).refine((f) => !f.since || f.count === 'cumulative' || CUMULATIVE_MEASURES.includes(f.measure), {
  message: 'since goes with a cumulative count',
  path: ['since'],
});

const transfer = z.object({
  ...claim,
  direction: z.enum(DIRECTIONS),
  item: text,
  category: z.enum(TRANSFER_CATEGORIES),
  quantity: text.optional(),
}).strict();

const reaction = z.object({
  ...claim,
  actor: text,
  actorKind: z.enum(ACTOR_KINDS),
  kind: z.enum(REACTION_KINDS),
  stance: text,
  actorEntity: reference('entities').optional(),
}).strict();

const event = z.object({
  ...claim,
  date: partialDate,
  precision: z.enum(EVENT_PRECISIONS),
  qualifier: z.enum(DATE_QUALIFIERS).optional(),
  endDate: partialDate.optional(),
  dateInferred: z.boolean().default(false),
  what: text,
  key: slug.optional(),
  place: text.optional(),
  placeEntity: reference('entities').optional(),
}).strict().refine((e) => !e.dateInferred || e.note, {
  message: 'an event dated by the dossier needs a note saying how',
  path: ['note'],
});

/** The dossier's correction of its own record (README, "Corrections"); the article text is never corrected. */
const correction = z.object({
  date: isoDay,
  /** What changed. */
  text,
  /** Why. */
  reason: text,
  /** This source's claims the correction changed. */
  claims: z.array(slug).optional(),
  /** The former ids of claims it removed; their anchors now lead to the correction. */
  removedClaims: z.array(slug).optional(),
}).strict();

const sources = defineCollection({
  // Sources are Markdown: the content layer renders each once and keeps the HTML, where
  // an MDX file becomes a module the build must bundle (14 ms and ~1.5 MB of memory per
  // source; BENCHMARKS.md). A source that needs a component may still be `.mdx`.
  // The raw body is not kept: pages read the rendered article, and at 5,000 sources the
  // bodies were 28 of the 98 MB the build carries in memory.
  loader: strictGlob({ pattern: '*.{md,mdx}', base: `${contentDir}/sources`, retainBody: false }),
  schema: z.object({
    /** Written by ingest: checked in full by the build, published nowhere until an editor removes it. */
    draft: z.boolean().default(false),
    title: text,
    /** True when the article has no headline and the dossier supplied this one. */
    titleSupplied: z.boolean().default(false),
    /** English gloss of a title in another language. */
    titleTranslation: text.optional(),
    outlet: reference('outlets'),
    url: httpUrl.optional(),
    author: text.optional(),
    language: z.enum(LANGUAGES),
    published: partialDate,
    datePrecision: z.enum(DATE_PRECISIONS),
    /** Local time from the article's dateline, when it gives one (time zone unknown). */
    publishedTime: z.string().regex(/^\d{2}:\d{2}$/).optional(),
    dateInferred: z.boolean().default(false),
    /** How an undated article was dated. Required when `dateInferred`. */
    datingNote: text.optional(),
    summary: text,
    figures: z.array(figure).default([]),
    transfers: z.array(transfer).default([]),
    reactions: z.array(reaction).default([]),
    events: z.array(event).default([]),
    notes: z.array(z.object({
      kind: z.enum(NOTE_KINDS),
      text,
      /** The id of the claim of this source the note is about, and which part of it. */
      claim: slug.optional(),
      field: z.enum(NOTE_FIELDS).optional(),
    }).strict().refine((n) => !n.field || n.claim, { message: 'a note about a field names its claim', path: ['claim'] })).default([]),
    /** The dossier's corrections to this record, oldest first: add a new one at the end. */
    corrections: z.array(correction).default([]),
    /** The day the dossier last changed this record; at least the newest correction's date. */
    updated: isoDay.optional(),
  }).strict()
    .superRefine((s, ctx) => {
      const ids = new Set([...s.figures, ...s.transfers, ...s.reactions, ...s.events].map((c) => c.id));
      s.notes.forEach((n, i) => {
        if (n.claim && !ids.has(n.claim)) ctx.addIssue({ code: 'custom', path: ['notes', i, 'claim'], message: `no claim of this source has the id "${n.claim}"` });
      });
      for (const p of correctionProblems(s)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
      for (const p of translationProblems(s)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    })
    .refine((s) => !s.dateInferred || s.datingNote, { message: 'an inferred date needs a datingNote', path: ['datingNote'] })
    .refine((s) => s.published.length === (s.datePrecision === 'day' ? 10 : 7), {
      message: 'published must be YYYY-MM-DD for day precision and YYYY-MM for month precision',
      path: ['published'],
    }),
});

const outlets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/outlets` }),
  schema: z.object({
    name: text,
    /** True when the outlet could not be identified; `name` then describes it. */
    identified: z.boolean(),
    homepage: httpUrl.optional(),
    country: text.optional(),
    language: z.enum(LANGUAGES),
    kind: text,
    /** A neutral line on the outlet's known stance, only where public material documents one. */
    stance: text.optional(),
    notes: text.optional(),
  }).strict(),
});

const topics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/topics` }),
  schema: z.object({
    title: text,
    /** The short name in the site's navigation. */
    navLabel: text,
    order: z.number().int(),
    description: text,
    /** Which claims the topic gathers: one kind, optionally narrowed. */
    select: z.object({
      kind: z.enum(['figure', 'transfer', 'reaction']),
      figureTopics: z.array(z.enum(TOPICS)).optional(),
      measures: z.array(z.enum(MEASURES)).optional(),
      directions: z.array(z.enum(DIRECTIONS)).optional(),
      categories: z.array(z.enum(TRANSFER_CATEGORIES)).optional(),
      actors: z.array(text).optional(),
      reactionKinds: z.array(z.enum(REACTION_KINDS)).optional(),
    }).strict(),
  }).strict(),
});

const forms = z.array(z.object({ text, lang: z.enum(LANGUAGES).optional() }).strict()).min(1);

/**
 * People, states, agencies, places and the like, one file each (`content/entities/<id>.yaml`):
 * the id is the page's URL and never changes once published. Every form a name takes in
 * English and French finds mentions, resolves attributions and feeds search; a form
 * claimed by two entities stops the build (src/data/dossier.ts).
 */
const entities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/entities` }),
  schema: z.object({
    name: text,
    kind: z.enum(ENTITY_KINDS),
    /** One neutral line. */
    description: text,
    /** The Wikidata item, shown as an outbound link (pages request nothing from it). */
    wikidata: z.string().regex(WIKIDATA_PATTERN, 'a Wikidata id looks like Q423').optional(),
    forms,
    /** A place's point on the maps, in decimal degrees (WGS 84), from its Wikidata entry (P625), checked by hand. */
    coordinates: z.object({
      lat: z.number({ error: 'a latitude in decimal degrees, e.g. 51.73' }).min(-90, 'a latitude lies between -90 and 90 (decimal degrees, north positive)').max(90, 'a latitude lies between -90 and 90 (decimal degrees, north positive)'),
      lon: z.number({ error: 'a longitude in decimal degrees, e.g. 36.19' }).min(-180, 'a longitude lies between -180 and 180 (decimal degrees, east positive)').max(180, 'a longitude lies between -180 and 180 (decimal degrees, east positive)'),
    }).strict().optional(),
    /** The state a place lies in: the id of a state entity (content/entities/<id>.yaml) with an `iso3166Numeric` code. */
    country: slug.optional(),
    /** A state's ISO 3166-1 numeric code (Wikidata P299), which finds its Natural Earth boundary. */
    iso3166Numeric: z.string().regex(/^\d{3}$/, 'three digits, as in ISO 3166-1 numeric (Russia: "643")').optional(),
  }).strict().superRefine((e, ctx) => {
    if (e.kind !== 'place' && e.coordinates) ctx.addIssue({ code: 'custom', path: ['coordinates'], message: `only a place has coordinates (this entity is a ${e.kind})` });
    if (e.kind !== 'place' && e.country) ctx.addIssue({ code: 'custom', path: ['country'], message: `only a place lies in a country (this entity is a ${e.kind})` });
    if (e.kind === 'place' && e.coordinates && !e.country) ctx.addIssue({ code: 'custom', path: ['country'], message: 'a place with coordinates names the state it lies in (its entity id), so the build can check the point falls inside it' });
    if (e.kind !== 'state' && e.iso3166Numeric) ctx.addIssue({ code: 'custom', path: ['iso3166Numeric'], message: `only a state has an ISO 3166-1 code (this entity is a ${e.kind})` });
  }),
});

/** Key words that are not entities (troops/troupes, killed/tués): search aliases, not pages. */
const aliases = defineCollection({
  loader: file(`${contentDir}/search-aliases.yaml`),
  schema: z.object({ id: slug, label: text, forms }).strict(),
});

export const collections = { sources, outlets, topics, entities, aliases };
