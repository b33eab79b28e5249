/** /data/figures.csv: the same rows as figures.json, for spreadsheets. */
import type { APIRoute } from 'astro';
import { loadDossier } from '../../data/dossier';
import { FIGURE_COLUMNS, figureRows, toCsv } from '../../lib/publish';
import { selectClaims } from '../../lib/compare';

export const GET: APIRoute = async ({ site }) => {
  const { sources, outletName, glossary } = await loadDossier();
  const rows = figureRows(selectClaims(sources, { kind: 'figure' }), { site: site!, outletName, glossary });
  return new Response(toCsv(rows, FIGURE_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
