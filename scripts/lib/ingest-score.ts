/**
 * How an ingest draft is scored against an answer key: shared by the fixture corpus test
 * (tests/content/ingest.test.ts, fictional articles) and `npm run ingest:eval` (real articles).
 *
 * Matching: a key figure and a draft figure match when they give the same low and high and
 * their quotes overlap in the same block of the draft's body (each figure matched once, in
 * key order). Recall is matched / key figures; measure accuracy is matched with the key's
 * measure / key figures; precision is matched / draft figures. A merged measure is a match
 * filed under another casualty measure ("killed or wounded" as killed, a total of losses as
 * killed): the one error the dossier promises never to make.
 */
import { parse } from 'yaml';
import { bodyBlocks, splitFrontmatter } from '../../src/lib/ingest';

export { bodyBlocks, splitFrontmatter };
import {
  ESTIMATOR_LEVELS, MEASURE_TOPIC, quoteLocator, resolveName,
  type GlossaryEntry, type Language, type Measure, type Qualifier, type QuoteLocation,
} from '../../src/lib/claims';

export interface KeyFigure {
  topic: 'troops' | 'casualties';
  measure: Measure;
  low: number;
  high: number;
  qualifier: Qualifier;
  asOf: string | null;
  estimatedBy: string | null;
  relayedBy: string | null;
  reportedly: boolean;
  quote: string;
  /** The key's reason for a filing a reader might question ("part of the 6,000"). */
  note?: string;
}

/** The groups of the real-article evaluation set, in the order they are reported. */
export const EVAL_SETS = ['tuning', 'seen-held-out', 'new-held-out', 'third-held-out'] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

/**
 * The group an evaluation article belongs to: its `set`, or for a key written before groups
 * existed, tuning or (first-round) held out.
 *
 * @example
 * evalSet({ heldOut: true }) // 'seen-held-out'
 */
export function evalSet(key: Pick<FixtureKey, 'heldOut' | 'set'>): EvalSet {
  return key.set ?? (key.heldOut ? 'seen-held-out' : 'tuning');
}

export interface FixtureKey {
  /** The original address and the outlet (real articles only). */
  url?: string;
  outlet?: string;
  file: string;
  language: Language;
  heldOut: boolean;
  /**
   * The evaluation group of a real article: tuned on, held out then looked at while tuning
   * (no longer unseen), or held out and never looked at. Absent in the fixture corpus.
   */
  set?: EvalSet;
  published: string | null;
  publishedTime: string | null;
  figures: KeyFigure[];
  notes: string;
}

export interface Fixture {
  name: string;
  key: FixtureKey;
  /** The article as collected: plain text or a saved page. */
  text: string;
  html: boolean;
}

/** A figure as the draft's frontmatter holds it. */
export interface DraftFigure {
  id: string;
  measure: Measure;
  low?: number;
  high?: number;
  qualifier: Qualifier;
  asOf?: string;
  reportedly?: boolean;
  attribution?: { estimatedBy?: string; relayedBy?: string; estimatedByEntity?: string; relayedByEntity?: string };
  quote: string;
}

/** What a draft holds, read back from the Markdown ingest wrote. */
export interface DraftRead {
  data: { published: string; datePrecision: string; publishedTime?: string; dateInferred?: boolean; figures: DraftFigure[] } & Record<string, unknown>;
  blocks: string[];
}

/**
 * A draft's frontmatter and body blocks as the build reads them.
 *
 * @example
 * readDraft(ingest({ text, html: false }).markdown).data.figures.length // 4
 */
export function readDraft(markdown: string): DraftRead {
  const { frontmatter, body } = splitFrontmatter(markdown);
  const data = parse(frontmatter);
  data.figures ??= [];
  return { data, blocks: bodyBlocks(body) };
}

export interface Match {
  key: KeyFigure;
  draft: DraftFigure;
}

export interface ArticleScore {
  name: string;
  heldOut: boolean;
  expected: number;
  found: number;
  matches: Match[];
  /** Key figures with no draft figure of the same numbers at that place. */
  missed: KeyFigure[];
  /** Draft figures that match no key figure. */
  extra: DraftFigure[];
  /** Matches under another measure, and which of those merge casualty measures. */
  wrongMeasure: Match[];
  merged: Match[];
  /** Whether the draft's publication date (and time) is the key's; an undated key wants a date marked inferred. */
  published: boolean;
  publishedTime: boolean;
}

const CASUALTY = (m: Measure) => MEASURE_TOPIC[m] === 'casualties';
const overlaps = (a: QuoteLocation | null, b: QuoteLocation | null) => !!a && !!b && a.block === b.block && a.start < b.end && b.start < a.end;

/**
 * Scores one draft against its key (see the module comment for what matches).
 *
 * @example
 * scoreDraft(fixture, readDraft(markdown)).matches.length // 4
 */
export function scoreDraft(fixture: Fixture, draft: DraftRead): ArticleScore {
  const locate = quoteLocator(draft.blocks);
  const figures = draft.data.figures.filter((f) => f.low !== undefined);
  const used = new Set<DraftFigure>();
  const matches: Match[] = [];
  const missed: KeyFigure[] = [];
  for (const key of fixture.key.figures) {
    const at = locate(key.quote);
    const hit = figures.find((d) => !used.has(d) && d.low === key.low && d.high === key.high && overlaps(at, locate(d.quote)));
    if (hit) { used.add(hit); matches.push({ key, draft: hit }); } else missed.push(key);
  }
  const wrongMeasure = matches.filter((m) => m.key.measure !== m.draft.measure);
  const k = fixture.key;
  const pending = draft.data.dateInferred === true;
  return {
    name: fixture.name,
    heldOut: k.heldOut,
    expected: k.figures.length,
    found: figures.length,
    matches,
    missed,
    extra: figures.filter((d) => !used.has(d)),
    wrongMeasure,
    merged: wrongMeasure.filter((m) => CASUALTY(m.key.measure) && CASUALTY(m.draft.measure)),
    published: k.published === null ? pending : !pending && draft.data.published === k.published,
    publishedTime: (k.publishedTime ?? undefined) === (pending ? undefined : draft.data.publishedTime),
  };
}

const STOP = new Set(['the', 'a', 'an', 'its', 'of', 'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 's', 'and', 'et', 'south', 'north', 'korea', 'korean', 'sud', 'coreen', 'coreens', 'ukraine', 'ukrainian', 'ukrainien', 'us', 'american', 'americain']);
/** A name folded for comparison: no case, accents, leading article or punctuation. */
const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(?:the|le|la|les|l['’])\s*/u, '').replace(/[^a-z0-9]+/g, ' ').trim();
const words = (s: string) => new Set(s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w)));

/**
 * Whether a draft figure names the key's estimator: the same entity when the key's
 * estimator resolves to an agency, person or outlet, else a word in common besides the
 * names of the two Koreas and Ukraine ("HUR", "agency", "Kyiv"); an unattributed key wants
 * no estimator. A lenient measure, reported beside the strict ones.
 *
 * @example
 * estimatorAgrees(match, entities) // true for "the National Intelligence Service" against "South Korea's National Intelligence Service (NIS)"
 */
export function estimatorAgrees(m: Match, entities: readonly GlossaryEntry[]): boolean {
  const want = m.key.estimatedBy;
  const got = m.draft.attribution?.estimatedBy;
  if (!want) return !got;
  if (!got) return false;
  // The same words name the same source, even a state's bare name ("South Korea"), whose
  // words the comparison below sets aside.
  if (foldName(want) === foldName(got)) return true;
  // An agency, person or outlet the key names must be the same entity; a state ("South
  // Korea's Joint Chiefs of Staff" names only South Korea) is compared by its words.
  const named = (text: string) => resolveName(text, entities, ESTIMATOR_LEVELS);
  const wantEntity = named(want);
  if (wantEntity && wantEntity.kind !== 'state') return wantEntity.id === (m.draft.attribution?.estimatedByEntity ?? named(got)?.id);
  const w = words(want);
  return [...words(got)].some((x) => w.has(x));
}

/**
 * Whether a draft figure names the key's relayer, compared as the estimator is; a key with no
 * relayer wants none.
 *
 * @example
 * relayerAgrees(match, entities) // true for "lawmaker Lee Seong-kweun" against "Lee Seong-kweun"
 */
export function relayerAgrees(m: Match, entities: readonly GlossaryEntry[]): boolean {
  const swap = (a: { estimatedBy?: string | undefined; estimatedByEntity?: string | undefined; relayedBy?: string | undefined; relayedByEntity?: string | undefined } | undefined) =>
    ({ ...(a?.relayedBy ? { estimatedBy: a.relayedBy } : {}), ...(a?.relayedByEntity ? { estimatedByEntity: a.relayedByEntity } : {}) });
  return estimatorAgrees({ key: { ...m.key, estimatedBy: m.key.relayedBy }, draft: { ...m.draft, attribution: swap(m.draft.attribution) } }, entities);
}

/** Scores summed over a set of articles, as fractions and counts. */
export interface Totals {
  articles: number;
  expected: number;
  found: number;
  matched: number;
  rightMeasure: number;
  merged: number;
  recall: number;
  measureAccuracy: number;
  precision: number;
  /** Among matches: the key's qualifier, asOf, estimator and hedging. */
  qualifier: number;
  asOf: number;
  estimator: number;
  /** Among matches: both the key's estimator and its relayer. */
  attribution: number;
  reportedly: number;
  published: number;
  publishedTime: number;
}

/**
 * Sums article scores into the corpus figures the README states.
 *
 * @example
 * totals(scores).recall // 0.95
 */
export function totals(scores: readonly ArticleScore[], entities: readonly GlossaryEntry[]): Totals {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const matches = scores.flatMap((s) => s.matches);
  const share = (f: (m: Match) => boolean) => (matches.length ? matches.filter(f).length / matches.length : 0);
  const expected = sum((s) => s.expected);
  const found = sum((s) => s.found);
  const matched = matches.length;
  const rightMeasure = matches.filter((m) => m.key.measure === m.draft.measure).length;
  return {
    articles: scores.length,
    expected, found, matched, rightMeasure,
    merged: sum((s) => s.merged.length),
    recall: matched / expected,
    measureAccuracy: rightMeasure / expected,
    precision: found ? matched / found : 0,
    qualifier: share((m) => m.key.qualifier === m.draft.qualifier),
    asOf: share((m) => (m.key.asOf ?? undefined) === m.draft.asOf),
    estimator: share((m) => estimatorAgrees(m, entities)),
    attribution: share((m) => estimatorAgrees(m, entities) && relayerAgrees(m, entities)),
    reportedly: share((m) => m.key.reportedly === (m.draft.reportedly ?? false)),
    published: sum((s) => (s.published ? 1 : 0)) / scores.length,
    publishedTime: sum((s) => (s.publishedTime ? 1 : 0)) / scores.length,
  };
}
