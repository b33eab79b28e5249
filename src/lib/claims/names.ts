/**
 * Names in text: the forms an entity (a person, state, agency, place…) or a search alias
 * takes in English and French, found in a text and resolved to one entry. The ground floor
 * holds them because both sides need one matcher: ingest proposes the entities a draft
 * names, and compare builds the entity pages and normalises estimators.
 */
import type { EntityKind, Language } from './vocabulary';
import type { Range } from './text';

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

/** A name found in text: which entry, and where. */
export interface NameMatch extends Range {
  id: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAcronym = (form: string) => /^[A-Z.]{2,5}$/.test(form);
const pattern = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

/** Each entry's patterns, compiled once per glossary rather than once per page. */
const compiled = new WeakMap<readonly GlossaryEntry[], { entry: GlossaryEntry; patterns: RegExp[] }[]>();
function matchersOf(glossary: readonly GlossaryEntry[]) {
  let matchers = compiled.get(glossary);
  if (!matchers) {
    matchers = glossary.map((entry) => ({
      entry,
      patterns: entry.forms.map((f) => {
        const re = pattern(f.text);
        return isAcronym(f.text) ? new RegExp(re.source, 'u') : re;
      }),
    }));
    compiled.set(glossary, matchers);
  }
  return matchers;
}

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

/**
 * Which kinds of entry a name may resolve to, by level, most specific first: an attribution
 * naming an agency and its state ("South Korea's National Intelligence Service") is the agency;
 * an actor is a person before a body, a place a place before a state.
 *
 * @example
 * resolveName("South Korea's National Intelligence Service", glossary, ESTIMATOR_LEVELS)?.id // 'nis'
 */
export const ESTIMATOR_LEVELS: readonly (readonly GlossaryEntry['kind'][])[] = [['agency', 'organisation', 'media', 'military-unit'], ['person'], ['state']];
/**
 * The kinds a reacting actor resolves to, a person first.
 *
 * @example
 * resolveName('Volodymyr Zelensky, President of Ukraine', glossary, ACTOR_LEVELS)?.id // 'volodymyr-zelensky'
 */
export const ACTOR_LEVELS: readonly (readonly GlossaryEntry['kind'][])[] = [['person'], ['agency', 'organisation', 'media', 'military-unit'], ['state']];
/**
 * The kinds a figure's or event's place resolves to, a place before its state.
 *
 * @example
 * resolveName('Kursk region, Russia', glossary, PLACE_LEVELS)?.id // 'kursk'
 */
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
  // The same few names (an agency, a region) recur in thousands of claims, and every page
  // that lists claims resolves them: each text is resolved once per glossary and levels.
  let byLevels = resolved.get(glossary);
  if (!byLevels) resolved.set(glossary, (byLevels = new Map()));
  let byText = byLevels.get(levels);
  if (!byText) byLevels.set(levels, (byText = new Map()));
  if (byText.has(text)) return byText.get(text)!;
  const entry = resolveUncached(text, glossary, levels);
  byText.set(text, entry);
  return entry;
}
const resolved = new WeakMap<readonly GlossaryEntry[], Map<readonly (readonly GlossaryEntry['kind'][])[], Map<string, GlossaryEntry | null>>>();

function resolveUncached(text: string, glossary: readonly GlossaryEntry[], levels: readonly (readonly GlossaryEntry['kind'][])[]): GlossaryEntry | null {
  const found = namesIn(text, glossary);
  for (const kinds of levels) {
    const of = found.filter((e) => kinds.includes(e.kind));
    if (of.length === 1) return of[0]!;
    if (of.length > 1) return null;
  }
  return null;
}

const foldCase = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

/**
 * A finder of every form of every entry in a text, compiled once: the longest form wins
 * where two overlap ("South Korean intelligence service" is the NIS, not South Korea);
 * short acronyms match in capitals only ("UN", never "un").
 *
 * @example
 * nameMatcher(glossary)('dans la région de Koursk') // [{ id: 'kursk', start: 18, end: 24 }]
 */
export function nameMatcher(entries: readonly Pick<GlossaryEntry, 'id' | 'forms'>[]): (text: string) => NameMatch[] {
  const byForm = new Map<string, string>();
  const acronyms: string[] = [];
  const words: string[] = [];
  for (const e of entries) {
    for (const f of e.forms) {
      if (isAcronym(f.text)) { byForm.set(`=${f.text}`, e.id); acronyms.push(f.text); }
      else { byForm.set(foldCase(f.text), e.id); words.push(f.text); }
    }
  }
  const alternation = (forms: string[]) => [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(/\s+/g, '\\s+')).join('|');
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const wordRe = words.length ? new RegExp(`${B}(?:${alternation(words)})${E}`, 'giu') : null;
  const acronymRe = acronyms.length ? new RegExp(`${B}(?:${alternation(acronyms)})${E}`, 'gu') : null;
  return (text) => {
    const found: NameMatch[] = [];
    for (const [re, key] of [[wordRe, (m: string) => foldCase(m)], [acronymRe, (m: string) => `=${m}`]] as const) {
      if (!re) continue;
      for (const m of text.matchAll(re)) {
        const id = byForm.get(key(m[0]));
        if (id) found.push({ id, start: m.index, end: m.index + m[0].length });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: NameMatch[] = [];
    for (const m of found) if (!out.length || m.start >= out[out.length - 1]!.end) out.push(m);
    return out;
  };
}
