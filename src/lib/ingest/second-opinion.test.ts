import { describe, expect, it } from 'vitest';
import { measureDifferences } from './second-opinion';

const blocks = [
  'Selon le NIS, plus de 1 000 soldats nord-coréens déployés en Russie pour combattre l’Ukraine ont été tués ou blessés.',
  'Pyongyang a envoyé environ 11 000 soldats à l’automne.',
];

describe('measureDifferences', () => {
  it('names a published figure the reader would file under another measure, and only that one', () => {
    const figures = [
      { id: 'fig-deployed-1000', measure: 'deployed' as const, low: 1000, high: 1000, quote: 'plus de 1 000 soldats nord-coréens déployés en Russie pour combattre l’Ukraine ont été tués ou blessés' },
      { id: 'fig-deployed-11000', measure: 'deployed' as const, low: 11000, high: 11000, quote: 'environ 11 000 soldats' },
    ];
    expect(measureDifferences({ language: 'fr', figures }, blocks)).toEqual([
      { claim: 'fig-deployed-1000', filed: 'deployed', reader: 'killed-or-wounded', quote: figures[0]!.quote },
    ]);
  });
  it('gives no opinion on a figure without numbers, or one the reader reads with other numbers', () => {
    const figures = [
      { id: 'fig-losses', measure: 'losses' as const, quote: 'ont été tués ou blessés' },
      { id: 'fig-wrong-number', measure: 'deployed' as const, low: 12000, high: 12000, quote: 'environ 11 000 soldats' },
    ];
    expect(measureDifferences({ language: 'fr', figures }, blocks)).toEqual([]);
  });
});
