/** /data/timeline.json: every dated event of every source, in timeline order. */
import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/dossier';
import { eventRows } from '../../lib/publish';
import { buildTimeline } from '../../lib/compare';

export const GET: APIRoute = async ({ site }) => {
  const { sources, outletName, glossary } = await loadDossier();
  const rows = eventRows(buildTimeline(sources).flatMap((e) => e.reports), { site: site!, outletName, glossary });
  return new Response(JSON.stringify({ dataset: 'timeline', count: rows.length, rows }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
