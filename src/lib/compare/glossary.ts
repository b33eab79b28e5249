/**
 * The glossary: the entities (people, states, agencies, places…) and the search aliases (key
 * words such as troops/troupes), each in its English and French forms, so that a reader (and
 * the search index) finds "Koursk" on a page that says "Kursk", and an attribution written
 * any way resolves to one entity.
 */
import type { EntityKind, Language } from '../claims';

export interface GlossaryForm {
  text: string;
  /** The language of the form when it is not English. */
  lang?: Language | undefined;
}

export interface GlossaryEntry {
  id: string;
  label: string;
  /** An entity's kind, or `term` for a search alias that is no entity. */
  kind: EntityKind | 'term';
  forms: GlossaryForm[];
}

/** An entity: a glossary entry with a page of its own. */
export interface Entity extends GlossaryEntry {
  kind: EntityKind;
  description: string;
  wikidata?: string | undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The glossary entries any of whose forms occur in a text, in glossary order.
 * Short all-capital forms (UN, NIS) must match their case; others match any case.
 *
 * @example
 * namesIn('dans la région de Koursk', glossary).map((e) => e.id) // ['kursk']
 */
export function namesIn(text: string, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  return matchersOf(glossary).filter(({ patterns }) => patterns.some((re) => re.test(text))).map(({ entry }) => entry);
}

/** Each entry's patterns, compiled once per glossary rather than once per page. */
const compiled = new WeakMap<readonly GlossaryEntry[], { entry: GlossaryEntry; patterns: RegExp[] }[]>();
function matchersOf(glossary: readonly GlossaryEntry[]) {
  let matchers = compiled.get(glossary);
  if (!matchers) {
    matchers = glossary.map((entry) => ({
      entry,
      patterns: entry.forms.map((f) => {
        const re = pattern(f.text);
        return /^[A-Z.]{2,5}$/.test(f.text) ? new RegExp(re.source, 'u') : re;
      }),
    }));
    compiled.set(glossary, matchers);
  }
  return matchers;
}

/**
 * Which kinds of entry a name may resolve to, by level, most specific first: an attribution
 * naming an agency and its state ("South Korea's National Intelligence Service") is the agency.
 */
export const ESTIMATOR_LEVELS: readonly (readonly GlossaryEntry['kind'][])[] = [['agency', 'organisation', 'media', 'military-unit'], ['person'], ['state']];
export const ACTOR_LEVELS: readonly (readonly GlossaryEntry['kind'][])[] = [['person'], ['agency', 'organisation', 'media', 'military-unit'], ['state']];
export const PLACE_LEVELS: readonly (readonly GlossaryEntry['kind'][])[] = [['place'], ['state']];

/**
 * The one glossary entry a name refers to: of the entries whose forms it contains, those of
 * the first level that has any, when there is exactly one; else none.
 *
 * @example
 * resolveName("South Korea's National Intelligence Service (NIS)", glossary, ESTIMATOR_LEVELS)?.id // 'nis'
 * resolveName('South Korean and American intelligence services', glossary, ESTIMATOR_LEVELS) // null
 */
export function resolveName(text: string, glossary: readonly GlossaryEntry[], levels: readonly (readonly GlossaryEntry['kind'][])[]): GlossaryEntry | null {
  const found = namesIn(text, glossary);
  for (const kinds of levels) {
    const of = found.filter((e) => kinds.includes(e.kind));
    if (of.length === 1) return of[0]!;
    if (of.length > 1) return null;
  }
  return null;
}

/** Who made an estimate, once attributions that name the same estimator are brought together. */
export interface Estimator {
  /** `entity:<glossary id>` when the attribution names one estimator the glossary knows, else `text:<normalised text>`. */
  key: string;
  /** The glossary's name, or the attribution as written. */
  label: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\u00A0\u202F]+/g, ' ').trim();
const memo = new WeakMap<readonly GlossaryEntry[], Map<string, Estimator | null>>();

/**
 * The estimator an attribution names, normalised: "South Korea's National Intelligence
 * Service (NIS)", "NIS" and "services de renseignement sud-coréens (NIS)" are one estimator.
 * No attribution is no estimator: an unattributed figure is never given one.
 *
 * @example
 * resolveEstimator('services de renseignement sud-coréens (NIS)', glossary) // { key: 'entity:nis', label: 'National Intelligence Service (South Korea)' }
 * resolveEstimator(undefined, glossary) // null
 * resolveEstimator('Radio Svoboda, citing KCNA', glossary, 'radio-svoboda') // { key: 'entity:radio-svoboda', … }
 */
export function resolveEstimator(text: string | undefined, glossary: readonly GlossaryEntry[], explicit?: string | { id: string }): Estimator | null {
  const explicitId = typeof explicit === 'string' ? explicit : explicit?.id;
  const named = explicitId ? glossary.find((g) => g.id === explicitId) : undefined;
  if (named) return { key: `entity:${named.id}`, label: named.label };
  if (!text?.trim()) return null;
  let cache = memo.get(glossary);
  if (!cache) memo.set(glossary, (cache = new Map()));
  if (!cache.has(text)) {
    const entry = resolveName(text, glossary, ESTIMATOR_LEVELS);
    cache.set(text, entry ? { key: `entity:${entry.id}`, label: entry.label } : { key: `text:${fold(text)}`, label: text.trim() });
  }
  return cache.get(text)!;
}

/**
 * The key of a figure's place for comparison: the place the glossary knows it by, else its
 * folded text, with a parenthetical quotation dropped; '' for a figure that names no place.
 *
 * @example
 * placeKey('Kursk region', glossary) // 'entity:kursk'
 * placeKey('Ukraine ("sur le terrain ukrainien")', glossary) // 'entity:ukraine'
 */
export function placeKey(text: string | undefined, glossary: readonly GlossaryEntry[]): string {
  if (!text?.trim()) return '';
  const entry = resolveName(text, glossary, PLACE_LEVELS);
  return entry ? `entity:${entry.id}` : `text:${fold(text.replace(/\([^)]*\)/g, ''))}`;
}

/** A form that two entries claim. */
export interface FormConflict {
  form: string;
  ids: [string, string];
}

/**
 * Forms claimed by two entries (compared as search compares them: case and accents aside,
 * except for short acronyms), each with the two entries' ids.
 *
 * @example
 * formConflicts([{ id: 'a', forms: [{ text: 'NIS' }] }, { id: 'b', forms: [{ text: 'NIS' }] }]) // [{ form: 'NIS', ids: ['a', 'b'] }]
 */
export function formConflicts(entries: readonly Pick<GlossaryEntry, 'id' | 'forms'>[]): FormConflict[] {
  const key = (form: string) => (/^[A-Z.]{2,5}$/.test(form) ? `=${form}` : fold(form));
  const owner = new Map<string, string>();
  const out: FormConflict[] = [];
  for (const e of entries) {
    for (const f of e.forms) {
      const k = key(f.text);
      const first = owner.get(k);
      if (first !== undefined && first !== e.id) out.push({ form: f.text, ids: [first, e.id] });
      else owner.set(k, e.id);
    }
  }
  return out;
}
