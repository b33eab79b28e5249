import { describe, expect, it } from 'vitest';
import { articleRecord, citationFile, sourcePageRecord, topicPageRecord } from './citations';
import { source } from '../../../tests/helpers/builders';

describe('citation records', () => {
  const s = source('russafrik-2025-07-x', { title: 'T', author: 'Gérard Stéphane', published: '2025-07', datePrecision: 'month', dateInferred: true, language: 'fr' });
  it('cite the original article with its outlet, author and approximate date', () => {
    expect(articleRecord(s, 'Russafrik')).toMatchObject({ type: 'article', authors: ['Gérard Stéphane'], container: 'Russafrik', date: '2025-07', dateApproximate: true, language: 'fr' });
    expect(articleRecord(source('x'), 'O').authors).toEqual([]);
  });
  it('cite dossier pages at their permanent URL', () => {
    expect(sourcePageRecord(s, 'https://d.example/').url).toBe('https://d.example/sources/russafrik-2025-07-x/');
    expect(topicPageRecord({ id: 'troops', title: 'Troops' }, 'https://d.example').url).toBe('https://d.example/topics/troops/');
  });
  it('name download files', () => expect(citationFile('page', 'ris')).toBe('citation-page.ris'));
});
