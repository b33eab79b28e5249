/** /data/entities.json: every entity with its forms, kind, Wikidata id and counts (shape: README, "Data exports"). */
import type { APIRoute } from 'astro';
import { loadDossier, loadEntityIndex } from '../../data/dossier';
import { entityRows } from '../../lib/publish';

export const GET: APIRoute = async ({ site }) => {
  const { entities } = await loadDossier();
  const rows = entityRows(await loadEntityIndex(), entities, site!);
  return new Response(JSON.stringify({ dataset: 'entities', count: rows.length, rows }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
