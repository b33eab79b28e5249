import { describe, expect, it } from 'vitest';
import { ESTIMATOR_LEVELS, resolveName, type GlossaryEntry } from '../claims';
import { formConflicts, placeKey, resolveEstimator } from './glossary';

const glossary: GlossaryEntry[] = [
  { id: 'kursk', label: 'Kursk', kind: 'place', forms: [{ text: 'Kursk' }, { text: 'Koursk', lang: 'fr' }] },
  { id: 'un', label: 'United Nations', kind: 'organisation', forms: [{ text: 'United Nations' }, { text: 'UN' }, { text: 'ONU', lang: 'fr' }] },
  { id: 'nk', label: 'North Korea', kind: 'state', forms: [{ text: 'Corée du Nord', lang: 'fr' }, { text: 'North Korea' }] },
];

const entities: GlossaryEntry[] = [
  ...glossary,
  { id: 'south-korea', label: 'South Korea', kind: 'state', forms: [{ text: 'South Korea' }, { text: 'South Korean' }, { text: 'sud-coréens', lang: 'fr' }] },
  { id: 'united-states', label: 'United States', kind: 'state', forms: [{ text: 'American' }] },
  { id: 'nis', label: 'National Intelligence Service (South Korea)', kind: 'agency', forms: [{ text: 'National Intelligence Service' }, { text: 'NIS' }, { text: 'services de renseignement sud-coréens', lang: 'fr' }] },
  { id: 'zelensky', label: 'Volodymyr Zelensky', kind: 'person', forms: [{ text: 'Volodymyr Zelensky' }] },
  { id: 'ukraine', label: 'Ukraine', kind: 'state', forms: [{ text: 'Ukraine' }, { text: 'ukrainien', lang: 'fr' }] },
];

describe('resolveName and resolveEstimator', () => {
  it('resolves every form of the NIS to one estimator', () => {
    for (const text of ["South Korea's National Intelligence Service (NIS)", 'NIS', 'services de renseignement sud-coréens (NIS)', 'le NIS']) {
      expect(resolveEstimator(text, entities), text).toEqual({ key: 'entity:nis', label: 'National Intelligence Service (South Korea)' });
    }
  });
  it('prefers an agency to its state, a person to a state, and leaves two of a kind unresolved', () => {
    expect(resolveName('Volodymyr Zelensky, President of Ukraine', entities, ESTIMATOR_LEVELS)?.id).toBe('zelensky');
    expect(resolveName('South Korean and American intelligence services', entities, ESTIMATOR_LEVELS)).toBeNull();
    expect(resolveEstimator('Western intelligence services', entities)).toEqual({ key: 'text:western intelligence services', label: 'Western intelligence services' });
    expect(resolveEstimator(undefined, entities)).toBeNull();
  });
  it('keys places by the entity they name, in either language', () => {
    expect(placeKey('Kursk region', entities)).toBe('entity:kursk');
    expect(placeKey('région de Koursk', entities)).toBe('entity:kursk');
    expect(placeKey('Ukraine ("sur le terrain ukrainien")', entities)).toBe('entity:ukraine');
    expect(placeKey(undefined, entities)).toBe('');
  });
});

describe('formConflicts', () => {
  it('finds a form claimed by two entries, naming both, case and accents aside', () => {
    expect(formConflicts([{ id: 'a', forms: [{ text: 'Koursk' }] }, { id: 'b', forms: [{ text: 'koursk' }] }])).toEqual([{ form: 'koursk', ids: ['a', 'b'] }]);
    expect(formConflicts([{ id: 'a', forms: [{ text: 'UN' }] }, { id: 'b', forms: [{ text: 'un' }] }])).toEqual([]);
    expect(formConflicts(entities)).toEqual([]);
  });
});
