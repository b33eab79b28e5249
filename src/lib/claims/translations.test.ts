import { describe, expect, it } from 'vitest';
import { needsTranslation, translationProblems, untranslatedClaims } from './translations';
import { event, figure, source } from '../../../tests/helpers/builders';

const french = (figures: ReturnType<typeof figure>[], events: ReturnType<typeof event>[] = []) => source('x', { language: 'fr', figures, events }).data;

describe('untranslatedClaims', () => {
  it('lists the claims of a French source without a translation, in frontmatter order, with their field', () => {
    const data = french([figure('fig-a', { translation: 'about 15 000 soldiers' }), figure('fig-b')], [event('ev-a')]);
    expect(untranslatedClaims(data).map((c) => [c.id, c.field])).toEqual([['fig-b', 'figures[1]'], ['ev-a', 'events[0]']]);
  });
  it('counts a blank translation as none', () => {
    expect(untranslatedClaims(french([figure('fig-a', { translation: '   ' })])).map((c) => c.id)).toEqual(['fig-a']);
  });
  it('asks nothing of an English source', () => {
    expect(untranslatedClaims(source('x', { language: 'en', figures: [figure('fig-a')] }).data)).toEqual([]);
    expect(needsTranslation({ language: 'en' })).toBe(false);
    expect(needsTranslation({ language: 'fr' })).toBe(true);
  });
});

describe('translationProblems', () => {
  it('refuses a translation on an English source, naming the field', () => {
    const data = source('x', { language: 'en', figures: [figure('fig-a'), figure('fig-b', { translation: 'the same words' })] }).data;
    expect(translationProblems(data)).toEqual([{ path: ['figures', 1, 'translation'], message: 'the source is in English: its quotes need no translation' }]);
  });
  it('accepts translations on a French source', () => {
    expect(translationProblems(french([figure('fig-a', { translation: 'about 15 000 soldiers' })]))).toEqual([]);
  });
});
