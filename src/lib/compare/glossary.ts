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
