/**
 * The language of a text, by `franc` (trigram statistics), limited to the dossier's
 * languages.
 */
import { franc } from 'franc';
import type { Language } from '../claims';

const CODES: Record<string, Language> = { eng: 'en', fra: 'fr' };

/**
 * The dossier language a text is written in, or `null` when too short or unclear.
 *
 * @example
 * detectLanguage('La Corée du Nord a envoyé des troupes en Russie.') // 'fr'
 */
export function detectLanguage(text: string, minLength = 10): Language | null {
  const code = franc(text, { only: Object.keys(CODES), minLength });
  return CODES[code] ?? null;
}
