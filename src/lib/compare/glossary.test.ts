import { describe, expect, it } from 'vitest';
import { namesIn, type GlossaryEntry } from './glossary';

const glossary: GlossaryEntry[] = [
  { id: 'kursk', label: 'Kursk', kind: 'place', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' }] },
  { id: 'un', label: 'United Nations', kind: 'organisation', forms: [{ text: 'United Nations' }, { text: 'UN' }, { text: 'ONU', lang: 'fr' }] },
  { id: 'nk', label: 'North Korea', kind: 'country', forms: [{ text: 'Corée du Nord', lang: 'fr' }, { text: 'North Korea' }] },
];

describe('namesIn', () => {
  it('finds entries by any of their forms, in glossary order', () => {
    expect(namesIn('dans la région de Koursk, la Corée du Nord', glossary).map((e) => e.id)).toEqual(['kursk', 'nk']);
  });
  it('matches whole words only, across line breaks', () => {
    expect(namesIn('Kurskaya oblast', glossary)).toEqual([]);
    expect(namesIn('la Corée\ndu Nord', glossary).map((e) => e.id)).toEqual(['nk']);
  });
  it('matches short acronyms only in capitals', () => {
    expect(namesIn('a UN session', glossary).map((e) => e.id)).toEqual(['un']);
    expect(namesIn('un soutien total', glossary)).toEqual([]);
    expect(namesIn('les sanctions de l’ONU', glossary).map((e) => e.id)).toEqual(['un']);
  });
});
