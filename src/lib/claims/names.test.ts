import { describe, expect, it } from 'vitest';
import { nameMatcher, namesIn, resolveName, ESTIMATOR_LEVELS, type GlossaryEntry } from './names';

const glossary: GlossaryEntry[] = [
  { id: 'kursk', label: 'Kursk', kind: 'place', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' }] },
  { id: 'un', label: 'United Nations', kind: 'organisation', forms: [{ text: 'United Nations' }, { text: 'UN' }, { text: 'ONU', lang: 'fr' }] },
  { id: 'nk', label: 'North Korea', kind: 'state', forms: [{ text: 'Corée du Nord', lang: 'fr' }, { text: 'North Korea' }, { text: 'North Korean' }, { text: 'nord-coréens', lang: 'fr' }] },
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

describe('resolveName', () => {
  it('resolves to the most specific kind, and to nothing when two of a kind are named', () => {
    const entries: GlossaryEntry[] = [...glossary, { id: 'nis', label: 'NIS', kind: 'agency', forms: [{ text: 'National Intelligence Service' }, { text: 'NIS' }] },
      { id: 'sk', label: 'South Korea', kind: 'state', forms: [{ text: 'South Korea' }] }];
    expect(resolveName("South Korea's National Intelligence Service (NIS)", entries, ESTIMATOR_LEVELS)?.id).toBe('nis');
    expect(resolveName('South Korea and North Korea', entries, ESTIMATOR_LEVELS)).toBeNull();
  });
});

const GLOSSARY: GlossaryEntry[] = [
  { id: 'north-korea', label: 'North Korea', kind: 'state', forms: [{ text: 'North Korea' }, { text: 'North Korean' }] },
  { id: 'south-korea', label: 'South Korea', kind: 'state', forms: [{ text: 'South Korea' }, { text: 'South Korean' }] },
  { id: 'kursk', label: 'Kursk', kind: 'place', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' }] },
  { id: 'nis', label: 'NIS', kind: 'agency', forms: [{ text: 'National Intelligence Service' }, { text: 'NIS' }, { text: 'South Korean intelligence service' }, { text: 'services de renseignement sud-coréens', lang: 'fr' }] },
  { id: 'united-nations', label: 'United Nations', kind: 'organisation', forms: [{ text: 'United Nations' }, { text: 'UN' }] },
  { id: 'troops', label: 'troops', kind: 'term', forms: [{ text: 'troops' }] },
];

describe('nameMatcher', () => {
  const match = nameMatcher(GLOSSARY);
  it('finds every form, the longest where two overlap, acronyms in capitals only', () => {
    const text = 'The South Korean intelligence service says North Korean troops fight in Kursk; un soldat, the UN.';
    expect(match(text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`)).toEqual([
      'nis:South Korean intelligence service', 'north-korea:North Korean', 'troops:troops', 'kursk:Kursk', 'united-nations:UN',
    ]);
  });
  it('matches French forms, across line breaks, in any case but acronyms', () => {
    expect(match('les services de renseignement\nsud-coréens, la région de koursk').map((m) => m.id)).toEqual(['nis', 'kursk']);
  });
});

