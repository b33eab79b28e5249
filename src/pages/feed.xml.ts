/** /feed.xml: an RSS feed of the dossier's sources, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../data/dossier';
import { feedItems } from '../lib/cite';

export const GET: APIRoute = async ({ site }) => {
  const { sources, outletName } = await loadDossier();
  return rss({
    title: 'Russia–North Korea dossier: sources',
    description: 'New sources in the research dossier on the Russia–North Korea military alliance, 2024–2025.',
    site: site!,
    items: feedItems(sources, outletName),
    customData: '<language>en</language>',
  });
};
