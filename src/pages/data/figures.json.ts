/** /data/figures.json: every figure of every source, one row each (shape: README, "Data exports"). */
import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/dossier';
import { figureRows } from '../../lib/publish';
import { selectClaims } from '../../lib/compare';

export const GET: APIRoute = async ({ site }) => {
  const { sources, outletName, glossary } = await loadDossier();
  const rows = figureRows(selectClaims(sources, { kind: 'figure' }), { site: site!, outletName, glossary });
  return new Response(JSON.stringify({ dataset: 'figures', count: rows.length, rows }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
