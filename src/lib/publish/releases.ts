/**
 * Data releases: the exports frozen at a date, in a committed folder `releases/<version>/`
 * with a manifest (version, date, data cut-off, counts, notes, a SHA-256 of each file).
 * Versions are dates, `2026-11-23`, then `2026-11-23.2` for a second release that day.
 * Everything here is pure: the release tool and the build read the folders and hand
 * their bytes in, so that both check a release the same way.
 */
import { createHash } from 'node:crypto';
import { DOSSIER_NAME } from '../site';
import type { SourceRow } from './exports';
import { mediaTypeOf } from './datasets';
import { databaseClaimCount } from './database';

/** A release version: the day's date, with `.2`, `.3`… for further releases that day. */
export const VERSION_PATTERN = /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:\.([2-9]|[1-9]\d+))?$/;
/** The name of a release's manifest in its folder. */
export const MANIFEST_FILE = 'manifest.json';
/** The manifest format; a new one would be read by a new reader, never by guessing. */
export const MANIFEST_FORMAT = 1;

/** A file of a release as the manifest lists it. */
export interface ReleaseFileEntry {
  /** Its path in the release folder, and under `/data/releases/<version>/`. */
  path: string;
  media_type: string;
  bytes: number;
  /** Data rows (a CSV's records after its header; a JSON envelope's `count`). */
  rows: number;
  sha256: string;
}

/** What a release holds, computed from its files. */
export interface ReleaseCounts {
  sources: number;
  /** Every claim: figures, transfers, reactions and dated events. */
  claims: number;
  figures: number;
  transfers: number;
  reactions: number;
  events: number;
  entities: number;
  corrections: number;
  /** Figures that disagree with at least one other. */
  figures_in_disagreement: number;
  /** Rows of each topic file, by topic id. */
  topics: Record<string, number>;
}

export interface ReleaseManifest {
  manifest_format: typeof MANIFEST_FORMAT;
  dataset: string;
  version: string;
  /** The day of the release. */
  date: string;
  /** The newest date in the data: of a source's publication, a correction, or a record's update. */
  cutoff: string | null;
  /** The site address the rows' absolute links were made with (`address` in site.json at release time). */
  site: string;
  notes: string;
  /** The release before this one and the SHA-256 of its manifest, so that no earlier release changes unseen. */
  previous: { version: string; manifest_sha256: string } | null;
  counts: ReleaseCounts;
  files: ReleaseFileEntry[];
}

/** A release folder as read from disk: its name and every file in it, by '/'-separated path. */
export interface ReleaseFolder {
  name: string;
  files: { path: string; bytes: Uint8Array }[];
}

/** A release whose files match its manifest. */
export interface VerifiedRelease {
  manifest: ReleaseManifest;
  manifestSha256: string;
  /** The manifest as committed, byte for byte. */
  manifestBytes: Uint8Array;
  /** Its files (the manifest aside), by path. */
  files: Map<string, Uint8Array>;
}

/**
 * The SHA-256 of some bytes or text (UTF-8), in hexadecimal.
 *
 * @example
 * sha256('') // 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A version's date and its number that day (1 for the first), or null when it is not a version.
 *
 * @example
 * parseVersion('2026-11-23.2') // { date: '2026-11-23', n: 2 }
 */
export function parseVersion(version: string): { date: string; n: number } | null {
  const m = VERSION_PATTERN.exec(version);
  return m ? { date: m[1]!, n: m[2] ? Number(m[2]) : 1 } : null;
}

/**
 * Orders versions oldest first (`2026-11-23` < `2026-11-23.2` < `2026-11-23.10` < `2026-11-24`).
 *
 * @example
 * ['2026-11-23.10', '2026-11-23.2', '2026-11-23'].sort(compareVersions) // ['2026-11-23', '2026-11-23.2', '2026-11-23.10']
 */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.date.localeCompare(pb.date) || pa.n - pb.n;
}

/**
 * The version of a new release made on `today`, given the versions that exist.
 *
 * @example
 * nextVersion(['2026-11-20'], '2026-11-23') // '2026-11-23'
 * nextVersion(['2026-11-23', '2026-11-23.2'], '2026-11-23') // '2026-11-23.3'
 */
export function nextVersion(existing: readonly string[], today: string): string {
  const that = existing.map(parseVersion).filter((v) => v?.date === today).map((v) => v!.n);
  return that.length ? `${today}.${Math.max(...that) + 1}` : today;
}

/** Counts the records of a CSV text after its header row (quoted line breaks are not records). */
function csvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '\n') { if (content) records++; content = false; } else if (c !== '\r' && c !== '\uFEFF') content = true;
  }
  if (content) records++;
  return Math.max(0, records - 1);
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const textOf = (bytes: Uint8Array | string) => (typeof bytes === 'string' ? bytes : decoder.decode(bytes));

/** The rows of a release file: a JSON envelope's `count`, a CSV's records, or the database's claims. */
function rowsOf(path: string, bytes: Uint8Array | string): number {
  if (path.endsWith('.sqlite') && typeof bytes !== 'string') return databaseClaimCount(bytes);
  const text = textOf(bytes);
  if (path.endsWith('.csv')) return csvRecords(text);
  const count = (JSON.parse(text) as { count?: unknown }).count;
  return typeof count === 'number' ? count : 0;
}

type Envelope<R> = { count: number; rows: R[] };
const parseFile = <R>(files: ReadonlyMap<string, Uint8Array | string>, path: string): Envelope<R> | undefined => {
  const bytes = files.get(path);
  return bytes === undefined ? undefined : (JSON.parse(textOf(bytes)) as Envelope<R>);
};

/**
 * The newest date in a release's data: a source's publication, a correction or a record's
 * update (partial ISO dates compare as text: `2025-07` before `2025-07-01`); null when empty.
 *
 * @example
 * dataCutoff([{ published: '2025-11-08', updated: null, corrections: [{ date: '2026-01-05' }] }]) // '2026-01-05'
 */
export function dataCutoff(sources: readonly Pick<SourceRow, 'published' | 'updated' | 'corrections'>[]): string | null {
  let newest: string | null = null;
  for (const s of sources) {
    for (const d of [s.published, s.updated, ...s.corrections.map((c) => c.date)]) if (d && (!newest || d > newest)) newest = d;
  }
  return newest;
}

/**
 * What a release holds, from its files (`sources.json`, `figures.json`, `entities.json`,
 * `topics/<id>.json`).
 *
 * @example
 * releaseCounts(files).figures // 8
 */
export function releaseCounts(files: ReadonlyMap<string, Uint8Array | string>): ReleaseCounts {
  const sources = parseFile<SourceRow>(files, 'sources.json')?.rows ?? [];
  const figures = parseFile<{ disagreement_count: number }>(files, 'figures.json')?.rows ?? [];
  const sum = (k: keyof SourceRow['claim_counts']) => sources.reduce((n, s) => n + s.claim_counts[k], 0);
  const topics: Record<string, number> = {};
  for (const path of [...files.keys()].sort()) {
    const m = /^topics\/(.+)\.json$/.exec(path);
    if (m) topics[m[1]!] = parseFile(files, path)!.count;
  }
  return {
    sources: sources.length,
    claims: sum('figures') + sum('transfers') + sum('reactions') + sum('events'),
    figures: sum('figures'), transfers: sum('transfers'), reactions: sum('reactions'), events: sum('events'),
    entities: parseFile(files, 'entities.json')?.count ?? 0,
    corrections: sources.reduce((n, s) => n + s.corrections.length, 0),
    figures_in_disagreement: figures.filter((f) => f.disagreement_count > 0).length,
    topics,
  };
}

/**
 * A new release's manifest, from its files (in the order given) and what the tool knows.
 *
 * @example
 * buildManifest({ version: '2026-11-23', site, notes: 'First release', previous: null, files }).cutoff // '2025-11-08'
 */
export function buildManifest(args: {
  version: string;
  site: string;
  notes: string;
  previous: ReleaseManifest['previous'];
  files: readonly { path: string; bytes: Uint8Array | string }[];
}): ReleaseManifest {
  const parsed = parseVersion(args.version);
  if (!parsed) throw new Error(`"${args.version}" is not a release version (YYYY-MM-DD or YYYY-MM-DD.N)`);
  const byPath = new Map(args.files.map((f) => [f.path, f.bytes]));
  const sources = parseFile<SourceRow>(byPath, 'sources.json')?.rows ?? [];
  return {
    manifest_format: MANIFEST_FORMAT,
    dataset: DOSSIER_NAME,
    version: args.version,
    date: parsed.date,
    cutoff: dataCutoff(sources),
    site: args.site,
    notes: args.notes,
    previous: args.previous,
    counts: releaseCounts(byPath),
    files: args.files.map((f) => {
      const bytes = typeof f.bytes === 'string' ? new TextEncoder().encode(f.bytes) : f.bytes;
      return { path: f.path, media_type: mediaTypeOf(f.path), bytes: bytes.length, rows: rowsOf(f.path, bytes), sha256: sha256(bytes) };
    }),
  };
}

/**
 * A manifest as written to disk: JSON, two-space indents, a final line break.
 *
 * @example
 * manifestText(manifest).endsWith('}\n') // true
 */
export function manifestText(manifest: ReleaseManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const HEX64 = /^[0-9a-f]{64}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A release file's path: relative, '/'-separated, no `..`, no hidden parts. */
const SAFE_PATH = /^(?!.*(?:^|\/)\.)[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;

/**
 * Reads a manifest, naming every field that is missing or wrong.
 *
 * @example
 * parseManifest('{}').problems[0] // 'manifest_format: expected 1'
 */
export function parseManifest(text: string): { manifest?: ReleaseManifest; problems: string[] } {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return { problems: [`not valid JSON (${(e as Error).message})`] }; }
  if (!isObject(data)) return { problems: ['not a JSON object'] };
  const problems: string[] = [];
  const need = (ok: boolean, field: string, what: string) => { if (!ok) problems.push(`${field}: expected ${what}`); };
  need(data.manifest_format === MANIFEST_FORMAT, 'manifest_format', String(MANIFEST_FORMAT));
  need(typeof data.dataset === 'string' && data.dataset.length > 0, 'dataset', 'the dataset\'s name');
  need(typeof data.version === 'string' && parseVersion(data.version) !== null, 'version', 'a version (YYYY-MM-DD or YYYY-MM-DD.N)');
  need(typeof data.date === 'string' && typeof data.version === 'string' && parseVersion(data.version)?.date === data.date, 'date', 'the date of the version');
  need(data.cutoff === null || (typeof data.cutoff === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(data.cutoff)), 'cutoff', 'a partial ISO date or null');
  need(typeof data.site === 'string' && /^https?:\/\/[^\s/]+/.test(data.site), 'site', 'the http(s) site address the rows use');
  need(typeof data.notes === 'string' && data.notes.trim().length > 0, 'notes', 'the release notes');
  need(data.previous === null || (isObject(data.previous) && typeof data.previous.version === 'string' && typeof data.previous.manifest_sha256 === 'string' && HEX64.test(data.previous.manifest_sha256)),
    'previous', 'null or { version, manifest_sha256 }');
  const counts = data.counts;
  need(isObject(counts) && Object.entries(counts).every(([k, v]) => (k === 'topics' ? isObject(v) && Object.values(v).every(Number.isInteger) : Number.isInteger(v))), 'counts', 'whole numbers (and topics: { id: number })');
  if (!Array.isArray(data.files) || data.files.length === 0) need(false, 'files', 'a list of files');
  else {
    const seen = new Set<string>();
    data.files.forEach((f: unknown, i) => {
      const ok = isObject(f) && typeof f.path === 'string' && SAFE_PATH.test(f.path) && f.path !== MANIFEST_FILE && typeof f.media_type === 'string'
        && Number.isInteger(f.bytes) && Number.isInteger(f.rows) && typeof f.sha256 === 'string' && HEX64.test(f.sha256);
      need(ok, `files[${i}]`, '{ path, media_type, bytes, rows, sha256 } with a relative path and a hexadecimal SHA-256');
      if (ok && seen.has(f.path as string)) problems.push(`files[${i}]: ${f.path as string} is listed twice`);
      if (ok) seen.add(f.path as string);
    });
  }
  return problems.length ? { problems } : { manifest: data as unknown as ReleaseManifest, problems };
}

/**
 * Checks every release folder: its name is a version, its manifest is whole and names
 * its folder, every file it lists is there with the same size and SHA-256, no other file
 * is, the counts and cut-off it states are those of its files, and it names the release
 * before it with that manifest's SHA-256. Problems name the file (`<dir>/<version>/<path>`).
 *
 * @example
 * verifyReleases([{ name: '2026-11-23', files }], 'releases').problems // [] when untouched
 */
export function verifyReleases(folders: readonly ReleaseFolder[], dir = 'releases'): { releases: VerifiedRelease[]; problems: string[] } {
  const problems: string[] = [];
  const releases: VerifiedRelease[] = [];
  const sorted = [...folders].sort((a, b) => compareVersions(a.name, b.name));
  for (const folder of sorted) {
    const at = (path: string) => `${dir}/${folder.name}/${path}`;
    if (!parseVersion(folder.name)) {
      problems.push(`${dir}/${folder.name}: not a release version (a folder of ${dir}/ is named YYYY-MM-DD or YYYY-MM-DD.N by \`npm run release\`)`);
      continue;
    }
    const files = new Map(folder.files.map((f) => [f.path, f.bytes]));
    const manifestBytes = files.get(MANIFEST_FILE);
    if (!manifestBytes) {
      problems.push(`${at(MANIFEST_FILE)}: missing; every release has a manifest`);
      continue;
    }
    let text: string;
    try { text = textOf(manifestBytes); } catch { problems.push(`${at(MANIFEST_FILE)}: not UTF-8`); continue; }
    const { manifest, problems: bad } = parseManifest(text);
    problems.push(...bad.map((p) => `${at(MANIFEST_FILE)}: ${p}`));
    if (!manifest) continue;
    const before = problems.length;
    if (manifest.version !== folder.name) problems.push(`${at(MANIFEST_FILE)}: version "${manifest.version}" is not its folder's name "${folder.name}"`);
    const data = new Map<string, Uint8Array>();
    for (const entry of manifest.files) {
      const bytes = files.get(entry.path);
      if (!bytes) { problems.push(`${at(entry.path)}: listed in the manifest but missing`); continue; }
      if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) {
        problems.push(`${at(entry.path)}: does not match its manifest (${bytes.length} bytes, SHA-256 ${sha256(bytes).slice(0, 12)}…; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}…). A release is never edited: restore the file from git`);
        continue;
      }
      data.set(entry.path, bytes);
    }
    for (const path of files.keys()) {
      if (path !== MANIFEST_FILE && !manifest.files.some((f) => f.path === path)) problems.push(`${at(path)}: not in the manifest. A release is never edited: remove the file`);
    }
    if (problems.length === before) {
      try {
        const counts = releaseCounts(data);
        const stated = manifest.counts as unknown as Record<string, unknown>;
        for (const [k, v] of Object.entries(counts)) {
          if (JSON.stringify(stated[k]) !== JSON.stringify(v)) problems.push(`${at(MANIFEST_FILE)}: counts.${k} is ${JSON.stringify(stated[k])} but the files give ${JSON.stringify(v)}`);
        }
        const cutoff = dataCutoff(parseFile<SourceRow>(data, 'sources.json')?.rows ?? []);
        if (cutoff !== manifest.cutoff) problems.push(`${at(MANIFEST_FILE)}: cutoff is ${manifest.cutoff} but the newest date in sources.json is ${cutoff}`);
        for (const entry of manifest.files) {
          const rows = rowsOf(entry.path, data.get(entry.path)!);
          if (rows !== entry.rows) problems.push(`${at(MANIFEST_FILE)}: ${entry.path} has ${rows} rows, not ${entry.rows}`);
        }
      } catch (e) {
        problems.push(`${at(MANIFEST_FILE)}: its files cannot be read as a release (${(e as Error).message})`);
      }
    }
    const prev = releases.at(-1);
    const expected = prev ? { version: prev.manifest.version, manifest_sha256: prev.manifestSha256 } : null;
    if (JSON.stringify(manifest.previous) !== JSON.stringify(expected)) {
      problems.push(`${at(MANIFEST_FILE)}: previous is ${JSON.stringify(manifest.previous)} but the release before it is ${JSON.stringify(expected)}${prev ? ` (was ${dir}/${prev.manifest.version}/${MANIFEST_FILE} edited?)` : ''}`);
    }
    if (problems.length === before) releases.push({ manifest, manifestSha256: sha256(manifestBytes), manifestBytes, files: data });
  }
  return { releases, problems };
}

/** The committed record of every published release, beside the release folders. */
export const RECORD_FILE = 'published.json';
/** The record's format. */
export const RECORD_FORMAT = 1;

/**
 * Every release ever published, oldest first, with the SHA-256 of its manifest: what vouches
 * for the newest release, which no later manifest names. Written only by `npm run release`.
 */
export interface PublishedRecord {
  record_format: typeof RECORD_FORMAT;
  releases: { version: string; manifest_sha256: string }[];
}

/**
 * The record as written to disk: JSON, two-space indents, a final line break.
 *
 * @example
 * recordText({ record_format: 1, releases: [] }) // '{\n  "record_format": 1,\n  "releases": []\n}\n'
 */
export function recordText(record: PublishedRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * The record with one more release, made from its manifest's bytes.
 *
 * @example
 * recordWith(null, '2026-11-23', bytes).releases // [{ version: '2026-11-23', manifest_sha256: sha256(bytes) }]
 */
export function recordWith(record: PublishedRecord | null, version: string, manifestBytes: Uint8Array | string): PublishedRecord {
  return { record_format: RECORD_FORMAT, releases: [...(record?.releases ?? []), { version, manifest_sha256: sha256(manifestBytes) }] };
}

/**
 * Reads the record, naming every field that is missing or wrong.
 *
 * @example
 * parseRecord('{"record_format":1,"releases":[{"version":"x"}]}').problems[0] // 'releases[0]: expected { version, manifest_sha256 } …'
 */
export function parseRecord(text: string): { record?: PublishedRecord; problems: string[] } {
  let data: unknown;
  try { data = JSON.parse(text); } catch (e) { return { problems: [`not valid JSON (${(e as Error).message})`] }; }
  if (!isObject(data)) return { problems: ['not a JSON object'] };
  const problems: string[] = [];
  if (data.record_format !== RECORD_FORMAT) problems.push(`record_format: expected ${RECORD_FORMAT}`);
  if (!Array.isArray(data.releases)) problems.push('releases: expected a list of { version, manifest_sha256 }');
  else {
    const seen = new Set<string>();
    data.releases.forEach((r: unknown, i) => {
      if (!isObject(r) || typeof r.version !== 'string' || !parseVersion(r.version) || typeof r.manifest_sha256 !== 'string' || !HEX64.test(r.manifest_sha256)) {
        return void problems.push(`releases[${i}]: expected { version, manifest_sha256 } with a release version and a hexadecimal SHA-256`);
      }
      if (seen.has(r.version)) problems.push(`releases[${i}]: ${r.version} is listed twice`);
      seen.add(r.version);
    });
  }
  return problems.length ? { problems } : { record: data as unknown as PublishedRecord, problems };
}

/**
 * Checks the release folders against the record of published releases: each recorded
 * release is there and its manifest has the recorded SHA-256 (so that a file edited and its
 * manifest recomputed is seen, in the newest release too), and each folder is recorded. A
 * missing record is a problem once there is a release. `record` is the record's text, or
 * null when there is none. Problems name the release and the file.
 *
 * @example
 * verifyRecord([{ name: '2026-11-23', files }], recordText(record), 'releases') // [] when untouched
 * verifyRecord([], recordText(record), 'releases')[0] // 'releases/2026-11-23: recorded as published in releases/published.json but missing; …'
 */
export function verifyRecord(folders: readonly ReleaseFolder[], record: string | null, dir = 'releases'): string[] {
  const recordPath = `${dir}/${RECORD_FILE}`;
  const versions = folders.map((f) => f.name).filter((n) => parseVersion(n)).sort(compareVersions);
  if (record === null) {
    return versions.length ? [`${recordPath}: missing; it records every published release and its manifest's SHA-256 (\`npm run release\` writes it): restore it from git`] : [];
  }
  const parsed = parseRecord(record);
  if (!parsed.record) return parsed.problems.map((p) => `${recordPath}: ${p}`);
  const problems: string[] = [];
  const recorded = new Map(parsed.record.releases.map((r) => [r.version, r.manifest_sha256]));
  for (const [version, expected] of recorded) {
    const folder = folders.find((f) => f.name === version);
    if (!folder) { problems.push(`${dir}/${version}: recorded as published in ${recordPath} but missing; a published release is never removed: restore it from git`); continue; }
    const manifest = folder.files.find((f) => f.path === MANIFEST_FILE);
    if (!manifest) continue; // verifyReleases names it
    const actual = sha256(manifest.bytes);
    if (actual !== expected) {
      problems.push(`${dir}/${version}/${MANIFEST_FILE}: SHA-256 ${actual.slice(0, 12)}… is not the one ${recordPath} records for release ${version} (${expected.slice(0, 12)}…); a published release is never edited: restore ${dir}/${version}/ from git`);
    }
  }
  for (const version of versions) {
    if (!recorded.has(version)) problems.push(`${dir}/${version}: not in ${recordPath}; a release is made by \`npm run release\`, which records it there`);
  }
  return problems;
}

/** How the current data compares with a release, file by file. */
export interface ReleaseComparison {
  /** The release compared with, or null when there is none. */
  version: string | null;
  /** Each current file: the release's copy is identical (`matches`), differs (`newer`), or does not exist (`none`). */
  files: Map<string, 'matches' | 'newer' | 'none'>;
  /** Files of the release the current data no longer has. */
  gone: string[];
  /** True when every file matches and none is gone: the live data is this release. */
  matches: boolean;
}

/**
 * Compares the current export files (made with the release's site address, so that only
 * the data can differ) with a release.
 *
 * @example
 * compareWithRelease(latest, [{ path: 'figures.json', body }]).files.get('figures.json') // 'matches'
 */
export function compareWithRelease(release: VerifiedRelease | undefined, current: readonly { path: string; body: string | Uint8Array }[]): ReleaseComparison {
  const files = new Map<string, 'matches' | 'newer' | 'none'>();
  for (const f of current) {
    const entry = release?.manifest.files.find((e) => e.path === f.path);
    files.set(f.path, !entry ? 'none' : sha256(f.body) === entry.sha256 ? 'matches' : 'newer');
  }
  const gone = release ? release.manifest.files.map((e) => e.path).filter((p) => !files.has(p)) : [];
  return { version: release?.manifest.version ?? null, files, gone, matches: !!release && gone.length === 0 && [...files.values()].every((s) => s === 'matches') };
}
