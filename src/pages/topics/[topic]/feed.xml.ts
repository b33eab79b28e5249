/** /topics/<id>/feed.xml: a topic's RSS feed of new claims, disagreements and corrections, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier, loadTopicPages, type Topic } from '../../../data/dossier';
import { rssItems, topicFeedItems, TOPIC_FEED_LIMIT } from '../../../lib/cite';
import { topicRowId, type TopicItem } from '../../../lib/compare';

export const getStaticPaths = (async () => {
  const { topics, cacheKeys } = await loadDossier();
  return topics.map((topic) => ({ params: { topic: topic.id }, props: { topic }, cacheKey: `${cacheKeys.all}.${cacheKeys.topic(topic)}` }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props: { topic }, site }) => {
  const { outletName } = await loadDossier();
  const { view, archive } = await loadTopicPages(topic);
  // A disagreement links to the newer estimate's row: on the summary, or on its period's page.
  const rowHref = (item: TopicItem) => `/topics/${topic.id}/${archive ? `${archive.pageOf(item)}/` : ''}#${topicRowId(item)}`;
  return rss({
    title: `Russia–North Korea dossier: ${topic.title}`,
    description: `The ${TOPIC_FEED_LIMIT} newest claims, disagreements between estimates and corrections on “${topic.title}”; every claim is on the topic page.`,
    site: site!,
    items: rssItems(topicFeedItems(view, outletName, rowHref), site!),
    customData: '<language>en</language>',
  });
};
