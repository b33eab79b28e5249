/**
 * An Astro integration that lists, as build warnings, every published claim quoting an
 * article in another language without the dossier's English translation
 * (`untranslatedClaims` in src/lib/claims/translations.ts), naming the file and the claim.
 * A warning, never a failure: the quote is the article's and stands without a translation;
 * an English reader just cannot check it yet.
 */
import type { AstroIntegration } from 'astro';
import { LANGUAGE_LABELS, untranslatedClaims, type SourceData } from '../lib/claims/index.ts';
import { NOTHING, publishedSource, sourceCheckIntegration, type CheckLines } from './source-checks.ts';

type ClaimsFront = Pick<SourceData, 'language' | 'figures' | 'transfers' | 'reactions' | 'events'>;

/**
 * A warning per claim of a published source in another language that has no translation.
 *
 * @example
 * untranslatedLines('content/sources/x.md', text).warnings // ['content/sources/x.md: fig-a (figures[0]) quotes the article in French and has no translation']
 */
export function untranslatedLines(file: string, text: string): CheckLines {
  const source = publishedSource<ClaimsFront>(text);
  if (!source?.data.language) return { ...NOTHING };
  const label = LANGUAGE_LABELS[source.data.language] ?? source.data.language;
  return {
    warnings: untranslatedClaims(source.data).map((c) => `${file}: ${c.id} (${c.field}) quotes the article in ${label} and has no translation`),
    justified: [],
  };
}

/** The integration: `integrations: [translationCheck()]` in astro.config.mjs. */
export function translationCheck(): AstroIntegration {
  return sourceCheckIntegration({
    name: 'dossier-translation-check',
    lines: untranslatedLines,
    summary: (warned) => (warned ? `${warned} published claim(s) in another language without the dossier’s translation (see the warnings above)` : 'every published claim in another language has the dossier’s translation'),
  });
}
