import { describe, expect, it } from 'vitest';
import { notesByEntity } from './entity-notes';

const entries = [
  { id: 'wonsan', forms: [{ text: 'Wonsan' }] },
  { id: 'pyongyang', forms: [{ text: 'Pyongyang' }] },
  { id: 'nis', forms: [{ text: 'NIS' }, { text: 'National Intelligence Service' }] },
];

describe('notesByEntity', () => {
  it('finds the notes that name each entity, once per note, in source order', () => {
    const sources = [
      { id: 'a', data: { notes: [{ text: 'The article places the talks in Pyongyang; they took place in Wonsan, near Wonsan port.' }, { text: 'Dated from its text.' }] } },
      { id: 'b', data: { notes: [{ text: 'The NIS figure is from a briefing.' }] } },
      { id: 'c', data: {} },
    ];
    const found = notesByEntity(sources, entries);
    expect(found.get('wonsan')).toEqual([{ sourceId: 'a', index: 0, text: sources[0]!.data.notes![0]!.text }]);
    expect(found.get('pyongyang')?.map((n) => n.sourceId)).toEqual(['a']);
    expect(found.get('nis')).toEqual([{ sourceId: 'b', index: 0, text: 'The NIS figure is from a briefing.' }]);
  });

  it('matches names as words, and short acronyms in capitals only', () => {
    const found = notesByEntity([{ id: 'a', data: { notes: [{ text: 'Les nis et Wonsanese ne comptent pas.' }] } }], entries);
    expect(found.size).toBe(0);
  });
});
