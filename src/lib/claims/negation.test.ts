import { describe, expect, it } from 'vitest';
import { countClause, negationAround } from './negation';

const around = (text: string, count: string) => {
  const at = text.indexOf(count);
  return negationAround(text, at, at + count.length)?.words ?? null;
};

describe('negationAround', () => {
  it.each([
    ['Russia did not lose 5,000 soldiers.', '5,000', 'not'],
    ['Russia didn’t lose 5,000 soldiers.', '5,000', 'didn’t'],
    ['Pyongyang has never sent 12,000 troops.', '12,000', 'never'],
    ['The army advanced without losing 5,000 men.', '5,000', 'without'],
    ['5,000 soldiers were not killed in Kursk.', '5,000', 'not'],
    ['No 5,000 soldiers were sent.', '5,000', 'No'],
    ['La Russie n’a pas perdu 5 000 soldats.', '5 000', 'n’a pas'],
    ['Pyongyang n\'a jamais envoyé 12 000 soldats.', '12 000', 'n\'a jamais'],
    ['Les 5 000 soldats ne sont pas morts.', '5 000', 'ne sont pas'],
    ['Aucun des 5 000 soldats n’a été tué.', '5 000', 'Aucun'],
    ['Sans perdre 5 000 hommes, l’armée a avancé.', '5 000', 'Sans'],
  ])('“%s” denies %s (%s)', (text, count, words) => {
    expect(around(text, count)).toBe(words);
  });
  it.each([
    ['It lost not less than 5,000 soldiers.', '5,000'],
    ['It lost no fewer than 5,000 soldiers.', '5,000'],
    ['It sent no more than 5,000 soldiers.', '5,000'],
    ['Pas moins de 5 000 soldats ont été tués.', '5 000'],
    ['La Russie n’a pas perdu moins de 5 000 soldats.', '5 000'],
    ['La Corée n’a envoyé que 5 000 soldats.', '5 000'],
    ['Sans doute 5 000 soldats ont été tués.', '5 000'],
    ['Plus que jamais, 5 000 soldats sont au front.', '5 000'],
    ['Russia, which has not confirmed it, sent 12,000 troops.', '12,000'],
    ['Seoul did not say how, but 12,000 troops were sent.', '12,000'],
    ['It did not stop there. About 12,000 troops were sent.', '12,000'],
    ['North Korea sent not only 12,000 troops but shells.', '12,000'],
  ])('“%s” does not deny %s', (text, count) => {
    expect(around(text, count)).toBeNull();
  });
});

describe('countClause', () => {
  it('is the clause of the count within its sentence', () => {
    const text = 'It rose. On Monday, Russia did not lose 5,000 soldiers.';
    const at = text.indexOf('5,000');
    const c = countClause(text, at, at + 5);
    expect(text.slice(c.start, c.end)).toBe(' Russia did not lose 5,000 soldiers.');
  });
});
