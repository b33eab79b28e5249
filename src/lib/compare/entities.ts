/**
 * Entities across the dossier: where each is named in the articles, which claims name it in
 * which role (estimator, relayer, reacting actor, a transfer's party, the place), and which
 * dated events it takes part in. One matcher is compiled per build from every form of every
 * name; each article is read once.
 */
import {
  ACTOR_LEVELS, decodeEntities, DIRECTION_PARTIES, ESTIMATOR_LEVELS, nameMatcher, PLACE_LEVELS, resolveName, sentenceSpans,
  type Attribution, type Figure, type GlossaryEntry, type NameMatch, type Range, type Reaction, type SourceEvent, type Transfer,
} from '../claims';
import type { SourceEntry } from '../site';
import type { Entity } from './glossary';
import type { Sourced } from './topics';

/** A block of an article as a page shows it: its text, the claims highlighted in it, its anchor. */
export interface ArticleBlock {
  text: string;
  /** The highlighted quotes: where each lies in `text`, and the claims it carries. */
  marks: (Range & { claims: string[] })[];
  /** The block's own id, when it has one (a subheading). */
  anchor?: string;
}

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'td', 'th', 'dt', 'dd']);
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * The blocks of a rendered article, read from its HTML (which the build produced, so a
 * light tokenizer suffices): each block's text, its highlighted claims and its anchor.
 *
 * @example
 * articleBlocks('<p>A <mark class="claim" data-claims="fig-a" id="fig-a">quote</mark>.</p>')
 * // [{ text: 'A quote.', marks: [{ start: 2, end: 7, claims: ['fig-a'] }] }]
 */
export function articleBlocks(html: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let block: ArticleBlock | null = null;
  let depth = 0;
  const open: { start: number; claims: string[] }[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      if (block) block.text += decodeEntities(m[4]);
      continue;
    }
    const [, closing, rawTag, attrs = ''] = m;
    const tag = rawTag!.toLowerCase();
    if (BLOCK.has(tag)) {
      if (!closing) {
        if (depth++ === 0) {
          const anchor = attr(attrs, 'id');
          block = { text: '', marks: [], ...(anchor ? { anchor } : {}) };
        }
      } else if (--depth === 0 && block) {
        blocks.push(block);
        block = null;
      }
    } else if (tag === 'mark' && block) {
      if (!closing) open.push({ start: block.text.length, claims: (attr(attrs, 'data-claims') ?? '').split(' ').filter(Boolean) });
      else { const o = open.pop(); if (o) block.marks.push({ start: o.start, end: block.text.length, claims: o.claims }); }
    } else if (tag === 'br' && block) block.text += ' ';
  }
  return blocks.filter((b) => b.text.trim());
}

/** A sentence that names an entity, with the names highlighted and where it links. */
export interface Mention {
  sentence: string;
  /** The stretches of `sentence` that are the entity's forms. */
  ranges: Range[];
  /** The claim whose quote the sentence overlaps (its anchor), if any. */
  claim?: string;
  /** The block's anchor, when the sentence quotes no claim and its block has one. */
  anchor?: string;
}

/**
 * Every sentence of an article that names an entity, by entity id.
 *
 * @example
 * mentionsIn(articleBlocks(html), nameMatcher(entities)).get('kursk') // [{ sentence: '…région de Koursk.', ranges: […], claim: 'fig-killed' }]
 */
export function mentionsIn(blocks: readonly ArticleBlock[], match: (text: string) => NameMatch[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const block of blocks) {
    const names = match(block.text);
    if (!names.length) continue;
    for (const span of sentenceSpans(block.text)) {
      const inside = names.filter((n) => n.start >= span.start && n.end <= span.end);
      const ids = [...new Set(inside.map((n) => n.id))];
      if (!ids.length) continue;
      const mark = block.marks.find((k) => k.start < span.end && k.end > span.start && k.claims.length);
      for (const id of ids) {
        const mention: Mention = {
          sentence: block.text.slice(span.start, span.end),
          ranges: inside.filter((n) => n.id === id).map((n) => ({ start: n.start - span.start, end: n.end - span.start })),
          ...(mark ? { claim: mark.claims[0]! } : block.anchor ? { anchor: block.anchor } : {}),
        };
        let list = out.get(id);
        if (!list) out.set(id, (list = []));
        list.push(mention);
      }
    }
  }
  return out;
}

/** The roles an entity plays in claims. */
export const ENTITY_ROLES = ['estimator', 'relayer', 'actor', 'party', 'place'] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];
export const ENTITY_ROLE_HEADINGS: Record<EntityRole, string> = {
  estimator: 'Estimates and statements it made',
  relayer: 'Reports it relayed',
  actor: 'Its reactions',
  party: 'Transfers it is a party to',
  place: 'Claims about this place',
};

export type AnyClaim =
  | { kind: 'figure'; claim: Figure }
  | { kind: 'transfer'; claim: Transfer }
  | { kind: 'reaction'; claim: Reaction }
  | { kind: 'event'; claim: SourceEvent };

/** A role a claim gives an entity, or the text it gives when no entity resolves. */
export interface RoleName {
  role: EntityRole;
  /** The entity, when the claim names one explicitly or its text resolves to one. */
  entity: string | null;
  /** The claim's own words for it ("South Korea's National Intelligence Service (NIS)"). */
  text: string;
}

/** An explicit entity reference from the collection (a `reference()`, or its id). */
export type EntityRef = string | { id: string } | undefined;
export const refId = (ref: EntityRef): string | undefined => (typeof ref === 'string' ? ref : ref?.id);

/** The attribution's entities, explicit first. */
function attributionNames(a: (Attribution & { estimatedByEntity?: EntityRef; relayedByEntity?: EntityRef }) | undefined, glossary: readonly GlossaryEntry[]): RoleName[] {
  const out: RoleName[] = [];
  if (a?.estimatedBy) out.push({ role: 'estimator', entity: refId(a.estimatedByEntity) ?? resolveName(a.estimatedBy, glossary, ESTIMATOR_LEVELS)?.id ?? null, text: a.estimatedBy });
  if (a?.relayedBy) out.push({ role: 'relayer', entity: refId(a.relayedByEntity) ?? resolveName(a.relayedBy, glossary, ESTIMATOR_LEVELS)?.id ?? null, text: a.relayedBy });
  return out;
}

/**
 * Every entity a claim names, by role: its estimator and relayer, a reaction's actor, a
 * transfer's two parties, a figure's or event's place. An explicit id (`estimatedByEntity`,
 * `actorEntity`, `placeEntity`…) wins; otherwise the text resolves by its forms, or stays
 * unresolved (entity null): unknown stays unknown.
 *
 * @example
 * claimNames({ kind: 'figure', claim: { attribution: { estimatedBy: 'NIS' }, place: 'Kursk region', … } }, glossary)
 * // [{ role: 'estimator', entity: 'nis', text: 'NIS' }, { role: 'place', entity: 'kursk', text: 'Kursk region' }]
 */
export function claimNames(c: AnyClaim, glossary: readonly GlossaryEntry[]): RoleName[] {
  const claim = c.claim as AnyClaim['claim'] & { attribution?: Attribution & { estimatedByEntity?: EntityRef; relayedByEntity?: EntityRef }; placeEntity?: EntityRef; actorEntity?: EntityRef };
  const out = attributionNames(claim.attribution, glossary);
  if (c.kind === 'reaction') out.push({ role: 'actor', entity: refId(claim.actorEntity) ?? resolveName(c.claim.actor, glossary, ACTOR_LEVELS)?.id ?? null, text: c.claim.actor });
  if (c.kind === 'transfer') {
    const { from, to } = DIRECTION_PARTIES[c.claim.direction];
    const known = (id: string) => glossary.some((g) => g.id === id);
    for (const id of [from, to]) out.push({ role: 'party', entity: known(id) ? id : null, text: id });
  }
  if ((c.kind === 'figure' || c.kind === 'event') && (c.claim.place || claim.placeEntity)) {
    const text = c.claim.place ?? '';
    out.push({ role: 'place', entity: refId(claim.placeEntity) ?? (text ? resolveName(text, glossary, PLACE_LEVELS)?.id ?? null : null), text });
  }
  return out;
}

/** A claim with its source and kind, as an entity page lists it. */
export type SourcedClaim = { source: SourceEntry } & AnyClaim;

/** What the dossier holds on one entity. */
export interface EntityRecord {
  entity: Entity;
  /** Sources that name it, newest first, each with the sentences. */
  mentions: { source: SourceEntry; sentences: Mention[] }[];
  /** Claims that give it a role, by role, in source order. */
  claims: Record<EntityRole, SourcedClaim[]>;
  /** Dated events it takes part in: named in the event's words, or its place. */
  events: Sourced<SourceEvent>[];
}

/** Everything the entity pages need, computed once per build. */
export interface EntityIndex {
  records: Map<string, EntityRecord>;
  /** Attributions, actors and places no entity resolves, as the build lists them. */
  unresolved: { role: EntityRole; text: string; source: string; claim: string }[];
}

/**
 * Reads every source once: the sentences that name each entity, and the claims and events
 * that give it a role.
 *
 * @example
 * buildEntityIndex(sources, (s) => s.rendered.html, entities, glossary).records.get('nis')!.claims.estimator.length // 2
 */
export function buildEntityIndex(
  sources: readonly SourceEntry[],
  htmlOf: (source: SourceEntry) => string,
  entities: readonly Entity[],
  glossary: readonly GlossaryEntry[],
): EntityIndex {
  const match = nameMatcher(glossary);
  const records = new Map<string, EntityRecord>(entities.map((entity) => [entity.id, {
    entity, mentions: [], events: [],
    claims: { estimator: [], relayer: [], actor: [], party: [], place: [] },
  }]));
  const unresolved: EntityIndex['unresolved'] = [];
  // Each claim once per list, told by the claim object (a Set, not a search of the list:
  // the lists of a place or an agency hold thousands of claims at thousands of sources).
  const seen = new Map<unknown[], Set<unknown>>();
  const addOnce = <T extends { claim: unknown }>(list: T[], item: T) => {
    let claims = seen.get(list);
    if (!claims) seen.set(list, (claims = new Set()));
    if (claims.has(item.claim)) return;
    claims.add(item.claim);
    list.push(item);
  };
  for (const source of sources) {
    const found = mentionsIn(articleBlocks(htmlOf(source)), match);
    for (const [id, sentences] of found) records.get(id)?.mentions.push({ source, sentences });
    const d = source.data;
    const all: AnyClaim[] = [
      ...d.figures.map((claim) => ({ kind: 'figure' as const, claim })),
      ...d.transfers.map((claim) => ({ kind: 'transfer' as const, claim })),
      ...d.reactions.map((claim) => ({ kind: 'reaction' as const, claim })),
      ...d.events.map((claim) => ({ kind: 'event' as const, claim })),
    ];
    for (const c of all) {
      for (const name of claimNames(c, glossary)) {
        const record = name.entity ? records.get(name.entity) : undefined;
        if (record) addOnce(record.claims[name.role], { source, ...c } as SourcedClaim);
        else if (name.role !== 'party') unresolved.push({ role: name.role, text: name.text, source: source.id, claim: c.claim.id });
        if (record && c.kind === 'event' && name.role === 'place') addOnce(record.events, { source, claim: c.claim });
      }
      if (c.kind === 'event') {
        for (const m of match(`${c.claim.quote}\n${c.claim.what}`)) {
          const record = records.get(m.id);
          if (record) addOnce(record.events, { source, claim: c.claim });
        }
      }
    }
  }
  const newest = (a: SourceEntry, b: SourceEntry) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id);
  for (const r of records.values()) {
    r.mentions.sort((a, b) => newest(a.source, b.source));
    r.events.sort((a, b) => a.claim.date.localeCompare(b.claim.date));
  }
  return { records, unresolved };
}

/**
 * How many sources name an entity, for the list of entities.
 *
 * @example
 * entitySourceCount(index.records.get('kursk')!) // 4
 */
export function entitySourceCount(record: EntityRecord): number {
  return entitySources(record).length;
}

/** What an entity page counts: the sources that name it, its dated events, and the claims that give it a role (by role and in all). */
export interface EntityCounts {
  sources: number;
  events: number;
  /** The claims of every role together, as the page's "In the dossier" line adds them up by role. */
  claims: number;
  byRole: Record<EntityRole, number>;
}

/**
 * The counts an entity page shows, one function for the page and the maps that repeat them.
 *
 * @example
 * entityCounts(index.records.get('kursk')!) // { sources: 4, events: 3, claims: 6, byRole: { place: 6, … } }
 */
export function entityCounts(record: EntityRecord): EntityCounts {
  const byRole = Object.fromEntries(ENTITY_ROLES.map((r) => [r, record.claims[r].length])) as Record<EntityRole, number>;
  return { sources: entitySourceCount(record), events: record.events.length, claims: ENTITY_ROLES.reduce((n, r) => n + byRole[r], 0), byRole };
}

/**
 * Every source that names an entity or gives it a role in a claim, each once, in the order
 * met (mentions newest first, then the claims' sources).
 *
 * @example
 * entitySources(record).map((s) => s.id) // ['newsis-2025-11-08', …]
 */
export function entitySources(record: EntityRecord): SourceEntry[] {
  const byId = new Map<string, SourceEntry>();
  for (const m of record.mentions) byId.set(m.source.id, m.source);
  for (const role of ENTITY_ROLES) for (const c of record.claims[role]) if (!byId.has(c.source.id)) byId.set(c.source.id, c.source);
  return [...byId.values()];
}

/** How many sources an entity page quotes in full, and lists by title, before it counts by month. */
export const MENTIONS_QUOTED = 40;
export const MENTIONS_LISTED = 300;

/** An entity's mentions as its page shows them: the newest quoted, the next listed, the rest counted by month. */
export interface MentionSummary {
  quoted: EntityRecord['mentions'];
  listed: SourceEntry[];
  /** Older sources still, by month of publication (newest first). */
  counted: { month: string; count: number }[];
  total: number;
}

/**
 * Keeps an entity page bounded however many sources name it: the newest `quoted` with their
 * sentences, the next `listed` by title, the rest counted by month.
 *
 * @example
 * summariseMentions(record).counted // [{ month: '2024-11', count: 212 }, …] on a large dossier
 */
export function summariseMentions(record: EntityRecord, quoted = MENTIONS_QUOTED, listed = MENTIONS_LISTED): MentionSummary {
  const all = record.mentions;
  const counts = new Map<string, number>();
  for (const m of all.slice(quoted + listed)) {
    const month = m.source.data.published.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return {
    quoted: all.slice(0, quoted),
    listed: all.slice(quoted, quoted + listed).map((m) => m.source),
    counted: [...counts].map(([month, count]) => ({ month, count })).sort((a, b) => b.month.localeCompare(a.month)),
    total: all.length,
  };
}

/**
 * A sentence cut at the names it holds, for highlighting them.
 *
 * @example
 * sentenceParts({ sentence: 'Le NIS estime', ranges: [{ start: 3, end: 6 }] }) // [{ text: 'Le ', name: false }, { text: 'NIS', name: true }, { text: ' estime', name: false }]
 */
export function sentenceParts(m: Pick<Mention, 'sentence' | 'ranges'>): { text: string; name: boolean }[] {
  const out: { text: string; name: boolean }[] = [];
  let at = 0;
  for (const r of m.ranges) {
    if (r.start > at) out.push({ text: m.sentence.slice(at, r.start), name: false });
    out.push({ text: m.sentence.slice(r.start, r.end), name: true });
    at = r.end;
  }
  if (at < m.sentence.length) out.push({ text: m.sentence.slice(at), name: false });
  return out;
}
