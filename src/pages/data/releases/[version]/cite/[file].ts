/** /data/releases/<version>/cite/<release|file>.{bib,ris,json}: citation files for a data release and for each of its files. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReleases } from '../../../../../data/releases';
import { CITATION_FORMATS, releaseCitationFile, releaseRecord } from '../../../../../lib/cite';
import type { ReleaseManifest } from '../../../../../lib/publish';

export const getStaticPaths = (() => loadReleases().flatMap(({ manifest }) =>
  [undefined, ...manifest.files.map((f) => f.path)].flatMap((file) => CITATION_FORMATS.map((format) => ({
    params: { version: manifest.version, file: releaseCitationFile(file, format.ext).replace(/^cite\//, '') },
    props: { manifest, file, ext: format.ext },
  }))))) satisfies GetStaticPaths;

export const GET: APIRoute<{ manifest: ReleaseManifest; file: string | undefined; ext: string }> = ({ props, site }) => {
  const format = CITATION_FORMATS.find((f) => f.ext === props.ext)!;
  return new Response(format.render(releaseRecord(props.manifest, props.file, site!)), { headers: { 'Content-Type': format.type } });
};
