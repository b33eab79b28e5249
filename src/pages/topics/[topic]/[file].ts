/** /topics/<id>/citation-page.{bib,ris,json}: citation files for a topic page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier, type Topic } from '../../../data/dossier';
import { CITATION_FORMATS, citationFile, topicPageRecord } from '../../../lib/cite';

export const getStaticPaths = (async () => {
  const { topics, cacheKeys } = await loadDossier();
  return topics.flatMap((topic) => CITATION_FORMATS.map((format) => ({ params: { topic: topic.id, file: citationFile('page', format.ext) }, props: { topic, ext: format.ext }, cacheKey: cacheKeys.topic(topic) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic; ext: string }> = ({ props, site }) => {
  const format = CITATION_FORMATS.find((f) => f.ext === props.ext)!;
  return new Response(format.render(topicPageRecord(props.topic, site!)), { headers: { 'Content-Type': format.type } });
};
