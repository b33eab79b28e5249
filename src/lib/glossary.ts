/**
 * The glossary: names and words in their English and French forms, so that a reader (and
 * the search index) finds "Koursk" on a page that says "Kursk" and the other way round.
 */
import type { Language } from './vocabulary';

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
  return glossary.filter((entry) =>
    entry.forms.some((f) => {
      const re = pattern(f.text);
      const caseSensitive = /^[A-Z.]{2,5}$/.test(f.text);
      return caseSensitive ? new RegExp(re.source, 'u').test(text) : re.test(text);
    }),
  );
}
