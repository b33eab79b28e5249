import { describe, expect, it } from 'vitest';
import { articleRecord, citationFile, releaseCitationFile, releaseRecord, sourcePageRecord, topicPageRecord } from './citations';
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

describe('data release records', () => {
  it('cite a release, or one of its files, as a dataset at its permanent URL', () => {
    const r = releaseRecord({ version: '2026-11-23.2', date: '2026-11-23' }, 'topics/troops.json', 'https://d.example');
    expect(r).toMatchObject({
      type: 'dataset', key: 'dossier-release-2026-11-23-2-topics-troops-json', title: 'Data release 2026-11-23.2, topics/troops.json',
      container: 'Russia–North Korea dossier', date: '2026-11-23', version: '2026-11-23.2', url: 'https://d.example/data/releases/2026-11-23.2/topics/troops.json',
    });
    expect(releaseRecord({ version: '2026-11-23', date: '2026-11-23' }, undefined, 'https://d.example').url).toBe('https://d.example/data/releases/2026-11-23/');
    expect(releaseCitationFile('figures.csv', 'bib')).toBe('cite/figures-csv.bib');
    expect(releaseCitationFile(undefined, 'ris')).toBe('cite/release.ris');
  });
});
