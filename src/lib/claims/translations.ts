/**
 * The dossier's English translations of quotes in another language: which claims still
 * need one, and where a translation has no place. A translation is the dossier's, never the
 * article's: the provenance rule reads `quote` only (src/lib/claims/provenance.ts).
 */
import { claimsOf, type ClaimRef } from './claims';
import type { Language } from './vocabulary';

/** The language translations are written in, and that needs none. */
export const TRANSLATION_LANGUAGE: Language = 'en';

/** What these read of a source: its language and its claims' ids, quotes and translations (ingest's drafts too). */
type ClaimLike = { id: string; quote: string; translation?: string | undefined };
type Claims = { language: Language } & Partial<Record<'figures' | 'transfers' | 'reactions' | 'events', readonly ClaimLike[] | undefined>>;

/** Every claim of a source with its translation, in frontmatter order. */
function claimsWithTranslations(source: Claims): (ClaimRef & { translation: string | undefined })[] {
  const lists = [source.figures, source.transfers, source.reactions, source.events].flatMap((l) => l ?? []);
  return claimsOf(source).map((ref, i) => ({ ...ref, translation: lists[i]?.translation?.trim() || undefined }));
}

/**
 * Whether a source's quotes are in a language other than English, and so call for a translation.
 *
 * @example
 * needsTranslation({ language: 'fr' }) // true
 */
export function needsTranslation(source: { language: Language }): boolean {
  return source.language !== TRANSLATION_LANGUAGE;
}

/**
 * The claims of a source in another language that have no translation yet (none for an
 * English source): what the build warns about and ingest's checklist names.
 *
 * @example
 * untranslatedClaims({ language: 'fr', figures: [{ id: 'fig-a', quote: '…' }], … }) // [{ id: 'fig-a', kind: 'figure', field: 'figures[0]', quote: '…' }]
 */
export function untranslatedClaims(source: Claims): ClaimRef[] {
  if (!needsTranslation(source)) return [];
  return claimsWithTranslations(source).filter((c) => !c.translation).map(({ translation: _, ...ref }) => ref);
}

/** A translation where there is nothing to translate, with the frontmatter path to it. */
export interface TranslationProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Translations on a source whose quotes are already English: an error, since the dossier
 * would be showing its own words beside the article's as if they were a translation.
 *
 * @example
 * translationProblems({ language: 'en', figures: [{ id: 'fig-a', quote: 'q', translation: 't' }], … })
 * // [{ path: ['figures', 0, 'translation'], message: 'the source is in English: its quotes need no translation' }]
 */
export function translationProblems(source: Claims): TranslationProblem[] {
  if (needsTranslation(source)) return [];
  return claimsWithTranslations(source)
    .filter((c) => c.translation)
    .map((c) => {
      const [list, index] = c.field.replace(/\]$/, '').split('[');
      return { path: [list!, Number(index), 'translation'], message: 'the source is in English: its quotes need no translation' };
    });
}
