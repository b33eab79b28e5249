import { describe, expect, it } from 'vitest';
import type { CitationRecord } from './cite';
import { sourceMetadata, topicMetadata } from './metadata';

const article: CitationRecord = { type: 'article', key: 'k', title: 'T', titleSupplied: false, authors: ['Gérard Stéphane'], container: 'Russafrik', date: '2025-07', dateApproximate: true, language: 'fr' };
const page: CitationRecord = { type: 'webpage', key: 'p', title: 'T', titleSupplied: false, authors: [], container: 'Russia–North Korea dossier', dateApproximate: false, url: 'https://d.example/sources/k/', language: 'en' };
const get = (tags: { name?: string; property?: string; content: string }[], key: string) => tags.filter((t) => t.name === key || t.property === key).map((t) => t.content);

describe('sourceMetadata', () => {
  const m = sourceMetadata(article, page, 'Summary.');
  it('describes the original as a newspaper article for Zotero', () => {
    expect(get(m.tags, 'DC.type')).toEqual(['newspaperArticle']);
    expect(get(m.tags, 'citation_author')).toEqual(['Gérard Stéphane']);
    expect(get(m.tags, 'citation_publication_date')).toEqual(['2025/07']);
    expect(get(m.tags, 'citation_journal_title')).toEqual(['Russafrik']);
    expect(get(m.tags, 'og:url')).toEqual(['https://d.example/sources/k/']);
  });
  it('gives NewsArticle JSON-LD based on the original, naming its publisher when its URL is unknown', () => {
    expect(m.jsonLd[0]).toMatchObject({ '@type': 'NewsArticle', datePublished: '2025-07', isBasedOn: { '@type': 'NewsArticle', publisher: { name: 'Russafrik' } } });
    expect(sourceMetadata({ ...article, url: 'https://o.example/a' }, page, 's').jsonLd[0]!.isBasedOn).toEqual({ '@type': 'NewsArticle', url: 'https://o.example/a', headline: 'T' });
  });
});

describe('topicMetadata', () => {
  it('describes a web page and a Dataset with its downloads', () => {
    const m = topicMetadata({ ...page, url: 'https://d.example/topics/troops/' }, 'D', [{ url: 'https://d.example/data/topics/troops.json', format: 'application/json' }]);
    expect(get(m.tags, 'DC.type')).toEqual(['webpage']);
    expect(m.jsonLd[1]).toMatchObject({ '@type': 'Dataset', distribution: [{ '@type': 'DataDownload', contentUrl: 'https://d.example/data/topics/troops.json' }] });
  });
});
