/**
 * The glossary: the entities (people, states, agencies, places…) and the search aliases (key
 * words such as troops/troupes), each in its English and French forms, so that a reader (and
 * the search index) finds "Koursk" on a page that says "Kursk", and an attribution written
 * any way resolves to one entity.
 */
import { ESTIMATOR_LEVELS, PLACE_LEVELS, resolveName, type EntityKind, type GlossaryEntry } from '../claims';

/** An entity: a glossary entry with a page of its own. */
export interface Entity extends GlossaryEntry {
  kind: EntityKind;
  description: string;
  wikidata?: string | undefined;
  /** A place's point, in decimal degrees. */
  coordinates?: { lat: number; lon: number } | undefined;
  /** The state entity a place lies in. */
  country?: string | undefined;
  /** A state's ISO 3166-1 numeric code, which finds its Natural Earth boundary. */
  iso3166Numeric?: string | undefined;
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
