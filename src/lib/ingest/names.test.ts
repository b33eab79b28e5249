import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../claims';
import { proposeEntities, unknownNames } from './names';

const ENTITIES: GlossaryEntry[] = [
  { id: 'nis', label: 'National Intelligence Service', kind: 'agency', forms: [{ text: 'National Intelligence Service' }, { text: 'NIS' }, { text: 'service national du renseignement', lang: 'fr' }] },
  { id: 'south-korea', label: 'South Korea', kind: 'state', forms: [{ text: 'South Korea' }, { text: 'South Korean' }] },
  { id: 'north-korea', label: 'North Korea', kind: 'state', forms: [{ text: 'North Korea' }, { text: 'North Korean' }, { text: 'la Corée du Nord', lang: 'fr' }] },
  { id: 'radio-svoboda', label: 'Radio Svoboda', kind: 'media', forms: [{ text: 'Radio Svoboda' }] },
  { id: 'troops', label: 'troops', kind: 'term', forms: [{ text: 'troops' }] },
];

describe('proposeEntities', () => {
  it('names the entity an attribution’s words are a form of', () => {
    expect(proposeEntities({ estimatedBy: 'le service national du renseignement (NIS)', relayedBy: 'Radio Svoboda' }, ENTITIES))
      .toEqual({ estimatedBy: 'le service national du renseignement (NIS)', relayedBy: 'Radio Svoboda', estimatedByEntity: 'nis', relayedByEntity: 'radio-svoboda' });
    expect(proposeEntities({ estimatedBy: 'according to the NIS' }, ENTITIES).estimatedByEntity).toBe('nis');
  });
  it('proposes a state only under its own name, never for one of its lawmakers or agencies', () => {
    expect(proposeEntities({ estimatedBy: 'la Corée du Nord' }, ENTITIES).estimatedByEntity).toBe('north-korea');
    expect(proposeEntities({ estimatedBy: "South Korea's spy agency", relayedBy: 'a South Korean lawmaker' }, ENTITIES)).toEqual({ estimatedBy: "South Korea's spy agency", relayedBy: 'a South Korean lawmaker' });
    expect(proposeEntities({}, ENTITIES)).toEqual({});
  });
});

describe('unknownNames', () => {
  it('lists the people, bodies and acronyms no entity knows, once each', () => {
    const paragraphs = [
      'Lawmaker Park Sun-woo told reporters after a briefing by the National Intelligence Service that 1,500 had left.',
      "South Korea's Joint Chiefs of Staff (JCS) said on Monday that the JCS expected more. Ukraine's HUR agreed, HUR said.",
      'Le Pentagone estime que Pyongyang pourrait envoyer de nouveaux renforts. North Koreans arrived.',
      '(Reporting by Ha Eun-ji in Seoul; Editing by Tom Whitcombe)',
    ];
    expect(unknownNames(paragraphs, ['le député Kim Do-yeon'], ENTITIES)).toEqual(['Park Sun-woo', 'Joint Chiefs of Staff (JCS)', 'HUR', 'Pentagone', 'Kim Do-yeon']);
  });
});
