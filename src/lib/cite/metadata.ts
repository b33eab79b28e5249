/**
 * What a page tells reference managers and link previews: Highwire `citation_*` tags,
 * Dublin Core (with a `DC.type` Zotero maps to its item type), Open Graph, and schema.org
 * JSON-LD.
 */
import type { CitationRecord } from './cite';
import { DOSSIER_NAME } from './citations';

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

export interface HeadMetadata {
  tags: MetaTag[];
  jsonLd: Record<string, unknown>[];
}

const highwireDate = (date: string) => date.replaceAll('-', '/');

/**
 * Tags for a source page: the record describes the original news article (Zotero saves a
 * "newspaperArticle"), pointing back to the dossier page it was read on.
 *
 * @example
 * sourceMetadata(article, page, summary).tags.find((t) => t.name === 'DC.type')?.content // 'newspaperArticle'
 */
export function sourceMetadata(article: CitationRecord, page: CitationRecord, summary: string): HeadMetadata {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: article.title },
    ...article.authors.map((a) => ({ name: 'citation_author', content: a })),
    ...(article.date ? [{ name: 'citation_publication_date', content: highwireDate(article.date) }, { name: 'citation_date', content: highwireDate(article.date) }] : []),
    { name: 'citation_journal_title', content: article.container },
    { name: 'citation_language', content: article.language },
    { name: 'citation_public_url', content: page.url! },
    { name: 'DC.title', content: article.title },
    ...article.authors.map((a) => ({ name: 'DC.creator', content: a })),
    ...(article.date ? [{ name: 'DC.date', content: article.date }] : []),
    { name: 'DC.type', content: 'newspaperArticle' },
    { name: 'DC.publisher', content: article.container },
    { name: 'DC.language', content: article.language },
    { name: 'DC.identifier', content: page.url! },
    ...(article.url ? [{ name: 'DC.source', content: article.url }] : []),
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: article.title },
    { property: 'og:description', content: summary },
    { property: 'og:url', content: page.url! },
    { property: 'og:site_name', content: DOSSIER_NAME },
    { property: 'og:locale', content: article.language === 'fr' ? 'fr_FR' : 'en_GB' },
  ];
  const basedOn: Record<string, unknown> = article.url
    ? { '@type': 'NewsArticle', url: article.url, headline: article.title }
    : { '@type': 'NewsArticle', headline: article.title, publisher: { '@type': 'Organization', name: article.container } };
  return {
    tags,
    jsonLd: [{
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      description: summary,
      inLanguage: article.language,
      ...(article.date ? { datePublished: article.date } : {}),
      ...(article.authors.length ? { author: article.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
      publisher: { '@type': 'Organization', name: article.container },
      url: page.url,
      mainEntityOfPage: page.url,
      isBasedOn: basedOn,
      isPartOf: { '@type': 'WebSite', name: DOSSIER_NAME },
    }],
  };
}

export interface DatasetFile {
  url: string;
  format: string;
}

/**
 * Tags for a topic page (a "webpage" for Zotero) and a schema.org Dataset describing its
 * data exports.
 *
 * @example
 * topicMetadata(page, description, files).jsonLd[1]['@type'] // 'Dataset'
 */
export function topicMetadata(page: CitationRecord, description: string, files: DatasetFile[]): HeadMetadata {
  return {
    tags: [
      { name: 'citation_title', content: page.title },
      { name: 'citation_journal_title', content: DOSSIER_NAME },
      { name: 'citation_public_url', content: page.url! },
      { name: 'DC.title', content: page.title },
      { name: 'DC.type', content: 'webpage' },
      { name: 'DC.publisher', content: DOSSIER_NAME },
      { name: 'DC.language', content: 'en' },
      { name: 'DC.identifier', content: page.url! },
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: page.title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: page.url! },
      { property: 'og:site_name', content: DOSSIER_NAME },
    ],
    jsonLd: [
      { '@context': 'https://schema.org', '@type': 'WebPage', name: page.title, description, url: page.url, isPartOf: { '@type': 'WebSite', name: DOSSIER_NAME } },
      {
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        name: `${page.title}: data`,
        description: `The claims of “${page.title}”, one row each, with the source, its page on the dossier, the claim's permanent link and the original article's URL. ${description}`,
        url: page.url,
        isAccessibleForFree: true,
        creator: { '@type': 'Organization', name: DOSSIER_NAME },
        distribution: files.map((f) => ({ '@type': 'DataDownload', contentUrl: f.url, encodingFormat: f.format })),
      },
    ],
  };
}

/**
 * Tags for any other page: Open Graph only.
 *
 * @example
 * basicMetadata('Sources', 'Every article…', 'https://d.example/sources/').tags[0] // { property: 'og:type', content: 'website' }
 */
export function basicMetadata(title: string, description: string, url: string): HeadMetadata {
  return {
    tags: [
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: url },
      { property: 'og:site_name', content: DOSSIER_NAME },
    ],
    jsonLd: [],
  };
}
