/** /data/topics/<topic>.json: the claims of one topic page, one row each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier, type Topic } from '../../../data/dossier';
import { topicExport } from '../../../lib/publish';

export const getStaticPaths = (async () => {
  const { topics, cacheKeys } = await loadDossier();
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { topic }, cacheKey: cacheKeys.all }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props, site }) => {
  const { sources, outletName } = await loadDossier();
  const body = topicExport(props.topic, sources, { site: site!, outletName });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
