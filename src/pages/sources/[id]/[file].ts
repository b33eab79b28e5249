/** /sources/<id>/citation-{article,page}.{bib,ris,json}: citation files for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDossier, type Source } from '../../../data/dossier';
import { CITATION_FORMATS, articleRecord, citationFile, sourcePageRecord } from '../../../lib/cite';

export const getStaticPaths = (async () => {
  const { sources, cacheKeys } = await loadDossier();
  return sources.flatMap((source) => {
    const cacheKey = cacheKeys.source(source);
    return (['article', 'page'] as const).flatMap((which) =>
      CITATION_FORMATS.map((format) => ({ params: { id: source.id, file: citationFile(which, format.ext) }, props: { source, which, ext: format.ext }, cacheKey })));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source; which: 'article' | 'page'; ext: string }> = async ({ props, site }) => {
  const { outletName } = await loadDossier();
  const record = props.which === 'article' ? articleRecord(props.source, outletName(props.source)) : sourcePageRecord(props.source, site!);
  const format = CITATION_FORMATS.find((f) => f.ext === props.ext)!;
  return new Response(format.render(record), { headers: { 'Content-Type': format.type } });
};
