/**
 * An Astro integration that gives a second opinion on the published sources' measures:
 * at the start of `astro build` it reads every source that is not a draft with the ingest
 * reader and warns, naming the file and the claim, about each figure the reader would file
 * under another measure (src/lib/ingest/second-opinion.ts). A warning, never a failure: the
 * editor decides, and a difference the source's notes justify (a note on that claim with
 * `field: measure`) is reported as justified instead.
 */
import type { AstroIntegration } from 'astro';
import { bodyBlocks } from '../lib/ingest/markdown.ts';
import { measureDifferences, type FiledFigure } from '../lib/ingest/second-opinion.ts';
import type { Language } from '../lib/claims/index.ts';
import { NOTHING, publishedSource, sourceCheckIntegration, type CheckLines } from './source-checks.ts';

interface SourceFront {
  language: Language;
  figures?: FiledFigure[];
  notes?: { claim?: string; field?: string; text?: string }[];
}

/**
 * The lines the build prints for one source file: a warning per unjustified difference, and
 * what the notes justify.
 *
 * @example
 * secondOpinionLines('content/sources/x.md', text) // { warnings: ['content/sources/x.md: fig-a is filed as deployed; …'], justified: [] }
 */
export function secondOpinionLines(file: string, text: string): CheckLines {
  const source = publishedSource<SourceFront>(text);
  const figures = source?.data.figures;
  if (!source || !figures?.length) return { ...NOTHING };
  const { data, body } = source;
  const warnings: string[] = [];
  const justified: string[] = [];
  for (const d of measureDifferences({ language: data.language, figures }, bodyBlocks(body))) {
    const line = `${file}: ${d.claim} is filed as ${d.filed}; the ingest reader would file it as ${d.reader} (“${d.quote}”)`;
    if (data.notes?.some((n) => n.claim === d.claim && n.field === 'measure')) justified.push(`${line}, justified in its notes`);
    else warnings.push(line);
  }
  return { warnings, justified };
}

/** The integration: `integrations: [measureCheck()]` in astro.config.mjs. */
export function measureCheck(): AstroIntegration {
  return sourceCheckIntegration({
    name: 'dossier-measure-second-opinion',
    lines: secondOpinionLines,
    summary: (warned) => (warned ? `${warned} published figure(s) the ingest reader would file under another measure (see the warnings above)` : 'every published figure is filed under the measure the ingest reader would give it'),
  });
}
