/**
 * The glossary: names and words in their English and French forms, so that a reader (and
 * the search index) finds "Koursk" on a page that says "Kursk" and the other way round.
 */
import type { Language } from '../claims';

export interface GlossaryForm {
  text: string;
  /** The language of the form when it is not English. */
  lang?: Language | undefined;
}

export interface GlossaryEntry {
  id: string;
  label: string;
  kind: 'country' | 'place' | 'person' | 'organisation' | 'term';
  forms: GlossaryForm[];
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

/** Which kinds of entry a name may resolve to, most specific first. */
const ESTIMATOR_KINDS: GlossaryEntry['kind'][] = ['organisation', 'person', 'country'];
const PLACE_KINDS: GlossaryEntry['kind'][] = ['place', 'country'];

/**
 * The one glossary entry a name refers to: of the entries whose forms it contains, those of
 * the most specific kind present (in `kinds` order), when there is exactly one; else none.
 *
 * @example
 * resolveName("South Korea's National Intelligence Service (NIS)", glossary, ['organisation', 'person', 'country'])?.id // 'nis'
 * resolveName('South Korean and American intelligence services', glossary, ['organisation', 'person', 'country']) // null
 */
export function resolveName(text: string, glossary: readonly GlossaryEntry[], kinds: readonly GlossaryEntry['kind'][]): GlossaryEntry | null {
  const found = namesIn(text, glossary);
  for (const kind of kinds) {
    const of = found.filter((e) => e.kind === kind);
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
 */
export function resolveEstimator(text: string | undefined, glossary: readonly GlossaryEntry[]): Estimator | null {
  if (!text?.trim()) return null;
  let cache = memo.get(glossary);
  if (!cache) memo.set(glossary, (cache = new Map()));
  if (!cache.has(text)) {
    const entry = resolveName(text, glossary, ESTIMATOR_KINDS);
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
  const entry = resolveName(text, glossary, PLACE_KINDS);
  return entry ? `entity:${entry.id}` : `text:${fold(text.replace(/\([^)]*\)/g, ''))}`;
}
