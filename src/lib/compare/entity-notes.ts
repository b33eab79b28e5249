/**
 * The dossier's own notes that name an entity. A note is the dossier's words, not the
 * article's, so it never counts as a source naming the entity; but an entity that only a
 * note names (the real place of talks an article put elsewhere) must say where it comes from.
 */
import { type GlossaryEntry, nameMatcher } from '../claims';

/** A note of a source that names an entity. */
export interface NoteMention {
  sourceId: string;
  /** The note's position in the source's `notes`. */
  index: number;
  text: string;
}

interface NotedSource {
  id: string;
  data: { notes?: readonly { text: string }[] };
}

/**
 * Every note that names each entity, by entity id, in source order: one pass over all notes
 * with one matcher, so the cost grows with the notes, not with notes × entities.
 *
 * @example
 * notesByEntity([{ id: 's', data: { notes: [{ text: 'The talks took place in Wonsan.' }] } }], glossary).get('wonsan')
 * // [{ sourceId: 's', index: 0, text: 'The talks took place in Wonsan.' }]
 */
export function notesByEntity(sources: readonly NotedSource[], entries: readonly Pick<GlossaryEntry, 'id' | 'forms'>[]): Map<string, NoteMention[]> {
  const match = nameMatcher(entries);
  const found = new Map<string, NoteMention[]>();
  for (const source of sources) {
    (source.data.notes ?? []).forEach((note, index) => {
      for (const id of new Set(match(note.text).map((m) => m.id))) {
        const list = found.get(id) ?? [];
        list.push({ sourceId: source.id, index, text: note.text });
        found.set(id, list);
      }
    });
  }
  return found;
}
