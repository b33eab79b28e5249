/**
 * Ingest holds its own draft to the provenance rule before writing it: the same check the
 * build runs (`checkProvenance` over the body's blocks). A claim that breaks it is left out
 * and reported, so a draft never stops the build.
 */
import { checkProvenance, provenanceReader, type Figure, type Language, type SourceEvent } from '../claims';

/** A claim ingest drafted and left out, and why. */
export interface Dropped {
  claim: string;
  quote: string;
  reason: string;
}

type DraftFigure = Omit<Figure, 'attribution'> & { attribution?: Figure['attribution'] | Record<string, string> };

/**
 * The draft's figures and events that keep the rule, and those dropped with the rule's message.
 *
 * @example
 * selfCheck({ language: 'fr', figures: [fig], events: [] }, ['Environ 5 000 militaires.']).dropped // []
 */
export function selfCheck<F extends DraftFigure, E extends SourceEvent>(
  draft: { language: Language; figures: F[]; events: E[] },
  blocks: readonly string[],
): { figures: F[]; events: E[]; dropped: Dropped[] } {
  const reader = provenanceReader(blocks, draft.language);
  let figures = draft.figures;
  let events = draft.events;
  const dropped: Dropped[] = [];
  // Dropping a claim can only remove problems, so a few rounds settle it.
  for (let round = 0; round < 5; round++) {
    const problems = checkProvenance({ language: draft.language, figures: figures as Figure[], transfers: [], reactions: [], events }, reader);
    if (problems.length === 0) break;
    const bad = new Set(problems.map((p) => p.field));
    for (const p of problems) {
      const claim = p.field.startsWith('figures') ? figures[Number(/\d+/.exec(p.field)![0])] : events[Number(/\d+/.exec(p.field)![0])];
      if (claim && !dropped.some((d) => d.claim === claim.id)) dropped.push({ claim: claim.id, quote: claim.quote, reason: p.message });
    }
    figures = figures.filter((_, i) => !bad.has(`figures[${i}]`));
    events = events.filter((_, i) => !bad.has(`events[${i}]`));
  }
  return { figures, events, dropped };
}
