import { describe, expect, it } from 'vitest';
import { eventsIn } from './events';
import { figuresOf } from './figures';
import { sentences } from '../claims';

const figuresIn = (s: string, language: 'en' | 'fr' = /\b(?:the|and|of|troops|soldiers)\b/.test(s) ? 'en' : 'fr') =>
  figuresOf({ blocks: [{ kind: 'paragraph', text: s }], language, reference: {} }).figures;
const fig = (s: string) => figuresIn(s).map(({ measure, low, high, qualifier }) => ({ measure, low, high, qualifier }));

describe('figuresIn', () => {
  it('reads French troop figures with qualifiers', () => {
    expect(fig('Depuis octobre 2024, environ 15 000 soldats nord-coréens auraient déjà été déployés.')).toEqual([{ measure: 'deployed', low: 15000, high: 15000, qualifier: 'about' }]);
    expect(fig('la Corée du Nord a reconnu avoir envoyé jusqu’à 14 000 soldats en Russie')).toEqual([{ measure: 'deployed', low: 14000, high: 14000, qualifier: 'up to' }]);
  });
  it('reads ranges in both languages', () => {
    expect(fig('entre 10 000 et 14 000 soldats nord-coréens auraient été envoyés')).toEqual([{ measure: 'deployed', low: 10000, high: 14000, qualifier: 'exact' }]);
    expect(fig('estimated at between 10,000 and 12,000 soldiers by intelligence services')).toEqual([{ measure: 'deployed', low: 10000, high: 12000, qualifier: 'exact' }]);
    expect(fig('from 10.000 to 12.000 troops')).toEqual([{ measure: 'deployed', low: 10000, high: 12000, qualifier: 'exact' }]);
  });
  it('keeps killed, wounded, killed-or-wounded and planned apart', () => {
    expect(fig('Le NIS estime qu’environ 2 000 d’entre eux ont été tués dans la région de Koursk.')).toEqual([{ measure: 'killed', low: 2000, high: 2000, qualifier: 'about' }]);
    expect(fig('avec près de 600 soldats nord-coréens tués et des milliers d’autres blessés')).toEqual([{ measure: 'killed', low: 600, high: 600, qualifier: 'nearly' }]);
    expect(fig('about 4,000 killed or wounded')).toEqual([{ measure: 'killed-or-wounded', low: 4000, high: 4000, qualifier: 'about' }]);
    expect(fig('some 3,000 wounded')).toEqual([{ measure: 'wounded', low: 3000, high: 3000, qualifier: 'about' }]);
    expect(fig('ces discussions pourraient aboutir à l’envoi d’environ 5 000 militaires nord-coréens en Russie')).toEqual([{ measure: 'planned', low: 5000, high: 5000, qualifier: 'about' }]);
  });
  it('reads numbers in words and at-least qualifiers', () => {
    expect(fig('au moins dix mille soldats')).toEqual([{ measure: 'deployed', low: 10000, high: 10000, qualifier: 'at least' }]);
    expect(fig('nearly ten thousand troops')).toEqual([{ measure: 'deployed', low: 10000, high: 10000, qualifier: 'nearly' }]);
  });
  it('reads attribution and hedging', () => {
    const [f] = figuresIn('Selon les sources officielles, entre 10 000 et 14 000 soldats auraient été envoyés.');
    expect(f).toMatchObject({ estimatedBy: 'les sources officielles', reportedly: true });
    expect(figuresIn('According to the NIS, about 2,000 soldiers were killed.')[0]).toMatchObject({ estimatedBy: 'the NIS', measure: 'killed' });
  });
  it('ignores numbers that count nothing it knows', () => {
    expect(fig('le missile Hwasong-20 et 3 navires, le 9 mai')).toEqual([]);
  });
  it('quotes a fragment of the text, narrowed when the sentence holds other numbers', () => {
    const s = 'Au total, 500 soldats sont partis en janvier, et 1 200 soldats en mars.';
    expect(figuresIn(s).map((f) => f.quote)).toEqual(['500 soldats sont partis en janvier', 'et 1 200 soldats en mars.']);
    for (const f of figuresIn(s)) expect(s.includes(f.quote)).toBe(true);
  });
});

describe('eventsIn', () => {
  it('reads dates in both languages with their precision', () => {
    expect(eventsIn('Le 28 avril 2025, la Corée du Nord a reconnu.').map((e) => [e.date, e.precision])).toEqual([['2025-04-28', 'day']]);
    expect(eventsIn('At the end of April 2025, it confirmed.').map((e) => [e.date, e.precision, e.qualifier])).toEqual([['2025-04', 'month', 'late']]);
    expect(eventsIn('fin avril 2025').map((e) => e.qualifier)).toEqual(['late']);
  });
});

describe('sentences', () => {
  it('splits sentences but not abbreviations', () => {
    expect(sentences('It rose. U.S. forces left. « Oui », dit-il.')).toEqual(['It rose.', 'U.S. forces left.', '« Oui », dit-il.']);
  });
});
