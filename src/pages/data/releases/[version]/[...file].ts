/** /data/releases/<version>/<file>: every file of a committed data release, byte for byte, and its manifest. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReleases } from '../../../../data/releases';
import { MANIFEST_FILE, mediaTypeOf } from '../../../../lib/publish';

export const getStaticPaths = (() => loadReleases().flatMap((release) => [
  { params: { version: release.manifest.version, file: MANIFEST_FILE }, props: { bytes: release.manifestBytes, type: mediaTypeOf(MANIFEST_FILE) } },
  ...release.manifest.files.map((f) => ({ params: { version: release.manifest.version, file: f.path }, props: { bytes: release.files.get(f.path)!, type: f.media_type } })),
])) satisfies GetStaticPaths;

export const GET: APIRoute<{ bytes: Uint8Array; type: string }> = ({ props }) =>
  new Response(props.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': props.type } });
