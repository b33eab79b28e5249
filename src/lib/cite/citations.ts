/**
 * The citation records of the dossier's things: a source's original article, the dossier
 * page that presents it, and a topic page; and the files a reader downloads for each.
 */
import { bibtex, cslJson, ris, type CitationRecord } from './cite';
import type { SourceEntry } from '../site';
import { DOSSIER_NAME, releaseUrl, sourceUrl, titleLanguage } from '../site';
import { periodLabel, type TopicDef } from '../compare';

export { DOSSIER_NAME };

/**
 * The original article as a citation: the outlet is the container; an unknown author is
 * left out, an unknown URL too.
 *
 * @example
 * articleRecord(entry, 'CSactu').container // 'CSactu'
 */
export function articleRecord(source: SourceEntry, outlet: string): CitationRecord {
  const d = source.data;
  return {
    type: 'article', key: source.id, title: d.title, titleSupplied: d.titleSupplied ?? false,
    authors: d.author ? [d.author] : [], container: outlet, date: d.published, dateApproximate: d.dateInferred ?? false,
    url: d.url, language: d.language,
  };
}

/**
 * The dossier page presenting a source, as a web page of the dossier.
 *
 * @example
 * sourcePageRecord(entry, 'https://d.example').url // 'https://d.example/sources/<id>/'
 */
export function sourcePageRecord(source: SourceEntry, site: URL | string): CitationRecord {
  return {
    type: 'webpage', key: `dossier-${source.id}`, title: source.data.title, titleSupplied: false, authors: [],
    container: DOSSIER_NAME, description: 'Source record', dateApproximate: false,
    url: new URL(sourceUrl(source.id), site).href, language: 'en',
    titleLanguage: titleLanguage(source.data),
  };
}

/**
 * A topic page of the dossier.
 *
 * @example
 * topicPageRecord(topic, 'https://d.example').description // 'Cross-reference page'
 */
export function topicPageRecord(topic: Pick<TopicDef, 'id' | 'title'>, site: URL | string): CitationRecord {
  return {
    type: 'webpage', key: `dossier-topic-${topic.id}`, title: topic.title, titleSupplied: false, authors: [],
    container: DOSSIER_NAME, description: 'Cross-reference page', dateApproximate: false,
    url: new URL(`/topics/${topic.id}/`, site).href, language: 'en',
  };
}

/**
 * A topic's archive page for one period (`/topics/troops/2025-11/`): a page of the dossier
 * titled as the page is, at its address by period, which never shifts.
 *
 * @example
 * topicArchiveRecord({ id: 'troops', title: 'Troops' }, '2025-11', 'https://d.example').title // 'Troops: November 2025'
 */
export function topicArchiveRecord(topic: Pick<TopicDef, 'id' | 'title'>, period: string, site: URL | string): CitationRecord {
  return {
    ...topicPageRecord(topic, site),
    key: `dossier-topic-${topic.id}-${period}`, title: `${topic.title}: ${periodLabel(period)}`,
    url: new URL(`/topics/${topic.id}/${period}/`, site).href,
  };
}

/**
 * A data release of the dossier as a dataset, or one file of it ("Data release
 * 2026-11-23, figures.csv"), at its permanent URL.
 *
 * @example
 * releaseRecord({ version: '2026-11-23', date: '2026-11-23' }, 'figures.csv', 'https://d.example').url
 * // 'https://d.example/data/releases/2026-11-23/figures.csv'
 */
export function releaseRecord(release: { version: string; date: string }, file: string | undefined, site: URL | string): CitationRecord {
  return {
    type: 'dataset', key: `dossier-release-${release.version.replace('.', '-')}${file ? `-${releaseFileSlug(file)}` : ''}`,
    title: `Data release ${release.version}${file ? `, ${file}` : ''}`, titleSupplied: false, authors: [],
    container: DOSSIER_NAME, description: 'Data set', date: release.date, dateApproximate: false,
    url: new URL(releaseUrl(release.version, file), site).href, language: 'en', version: release.version,
  };
}

/** A release file's name as a slug: `topics/troops.json` → `topics-troops-json`. */
const releaseFileSlug = (file: string) => file.replace(/[/.]/g, '-');

/**
 * The path, under a release's URL, of the citation file of the release or of one of its files.
 *
 * @example
 * releaseCitationFile('figures.csv', 'bib') // 'cite/figures-csv.bib'
 * releaseCitationFile(undefined, 'ris') // 'cite/release.ris'
 */
export function releaseCitationFile(file: string | undefined, ext: string): string {
  return `cite/${file ? releaseFileSlug(file) : 'release'}.${ext}`;
}

/** The downloadable formats, their file extension and media type. */
export const CITATION_FORMATS = [
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', render: bibtex },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', render: ris },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', render: (r: CitationRecord) => `${JSON.stringify([cslJson(r)], null, 2)}\n` },
] as const;

/**
 * The file name of a citation download: `citation-<which>.<ext>`.
 *
 * @example
 * citationFile('article', 'bib') // 'citation-article.bib'
 */
export function citationFile(which: 'article' | 'page', ext: string): string {
  return `citation-${which}.${ext}`;
}
