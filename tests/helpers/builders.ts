/**
 * Builders for the model's unit tests: small sources with only the fields a test sets.
 * Used by `*.test.ts` only.
 */
import type { Figure, Reaction, SourceData, SourceEvent, Transfer } from '../../src/lib/claims';
import type { SourceEntry } from '../../src/lib/site';

export const figure = (id: string, over: Partial<Figure> = {}): Figure =>
  ({ id, topic: 'troops', measure: 'deployed', qualifier: 'exact', quote: `quote of ${id}`, ...over });
export const transfer = (id: string, over: Partial<Transfer> = {}): Transfer =>
  ({ id, direction: 'to-russia', item: 'Troops', category: 'troops', quote: `quote of ${id}`, ...over });
export const reaction = (id: string, over: Partial<Reaction> = {}): Reaction =>
  ({ id, actor: 'United States', actorKind: 'state', kind: 'condemnation', stance: 's', quote: `quote of ${id}`, ...over });
export const event = (id: string, over: Partial<SourceEvent> = {}): SourceEvent =>
  ({ id, date: '2025-04-28', precision: 'day', what: 'w', quote: `quote of ${id}`, ...over });

/** A source entry; lists default to empty. */
export function source(id: string, over: Partial<SourceData> = {}): SourceEntry {
  return {
    id,
    data: {
      title: `Title of ${id}`, language: 'en', published: '2025-05-01', datePrecision: 'day', summary: 's',
      figures: [], transfers: [], reactions: [], events: [], notes: [], ...over,
    },
  };
}
