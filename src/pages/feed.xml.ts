/** /feed.xml: an RSS feed of the dossier's sources, corrections and data releases, the newest hundred, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadDossier } from '../data/dossier';
import { loadReleases } from '../data/releases';
import { feedItems, rssItems } from '../lib/cite';

export const GET: APIRoute = async ({ site }) => {
  const { sources, outletName } = await loadDossier();
  return rss({
    title: 'Russia–North Korea dossier: sources, corrections and data releases',
    description: 'New sources, corrections and data releases of the research dossier on the Russia–North Korea military alliance, 2024–2025.',
    site: site!,
    // Text escaped as HTML, because readers read descriptions as HTML; links made absolute.
    items: rssItems(feedItems(sources, outletName, loadReleases().map((r) => r.manifest)), site!),
    customData: '<language>en</language>',
  });
};
