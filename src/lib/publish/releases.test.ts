import { describe, expect, it } from 'vitest';
import {
  buildManifest, compareVersions, compareWithRelease, dataCutoff, manifestText, nextVersion, parseManifest, parseRecord, parseVersion, recordText, recordWith, releaseCounts, sha256,
  verifyRecord, verifyReleases,
  type ReleaseFolder,
} from './releases';
import { figure, reaction, source } from '../../../tests/helpers/builders';
import { releaseFiles, releaseFolder, SITE, verified } from '../../../tests/helpers/releases';

const enc = (s: string) => new TextEncoder().encode(s);
const A = [
  source('a-2025-03-01', { published: '2025-03-01', figures: [figure('early', { topic: 'casualties', measure: 'killed', low: 3000, high: 3000 })], reactions: [reaction('re-a')] }),
  source('b-2025-06', { published: '2025-06', datePrecision: 'month', figures: [figure('late', { topic: 'casualties', measure: 'killed', low: 1000, high: 1000 }), figure('fig-t', { low: 12000, high: 12000 })] }),
];
const B = [...A, source('c-2025-07-01', { published: '2025-07-01', updated: '2026-01-02', corrections: [{ date: '2026-01-02', text: 't', reason: 'r' }] })];

describe('versions', () => {
  it('are days, with .2, .3… for further releases that day', () => {
    expect(parseVersion('2026-11-23')).toEqual({ date: '2026-11-23', n: 1 });
    expect(parseVersion('2026-11-23.2')).toEqual({ date: '2026-11-23', n: 2 });
    for (const bad of ['2026-11-23.1', '2026-11-23.02', '2026-13-01', '2026-11', 'latest', '2026-11-23.2.1']) expect(parseVersion(bad)).toBeNull();
    expect(['2026-11-24', '2026-11-23.10', '2026-11-23.2', '2026-11-23'].sort(compareVersions)).toEqual(['2026-11-23', '2026-11-23.2', '2026-11-23.10', '2026-11-24']);
    expect(nextVersion([], '2026-11-23')).toBe('2026-11-23');
    expect(nextVersion(['2026-11-20'], '2026-11-23')).toBe('2026-11-23');
    expect(nextVersion(['2026-11-23'], '2026-11-23')).toBe('2026-11-23.2');
    expect(nextVersion(['2026-11-23', '2026-11-23.9', '2026-11-23.10'], '2026-11-23')).toBe('2026-11-23.11');
  });
});

describe('a manifest', () => {
  const files = releaseFiles(B);
  const m = buildManifest({ version: '2026-11-23.2', site: SITE, notes: 'Second', previous: { version: '2026-11-23', manifest_sha256: 'a'.repeat(64) }, files });
  it('states version, date, the newest date of a source or correction as cut-off, and the site its links use', () => {
    expect(m).toMatchObject({ manifest_format: 1, dataset: 'Russia–North Korea dossier', version: '2026-11-23.2', date: '2026-11-23', cutoff: '2026-01-02', site: SITE, notes: 'Second' });
    expect(dataCutoff([{ published: '2025-07', updated: null, corrections: [] }, { published: '2025-06-30', updated: null, corrections: [] }])).toBe('2025-07');
    expect(dataCutoff([])).toBeNull();
  });
  it('counts what the files hold', () => {
    expect(m.counts).toEqual({ sources: 3, claims: 4, figures: 3, transfers: 0, reactions: 1, events: 0, entities: 1, corrections: 1, figures_in_disagreement: 2, topics: { reactions: 1, troops: 1 } });
    expect(releaseCounts(new Map())).toMatchObject({ sources: 0, figures: 0 });
  });
  it('gives each file its size, rows and SHA-256', () => {
    const csv = files.find((f) => f.path === 'figures.csv')!;
    expect(m.files.find((f) => f.path === 'figures.csv')).toEqual({ path: 'figures.csv', media_type: 'text/csv; charset=utf-8', bytes: csv.bytes.length, rows: 3, sha256: sha256(csv.bytes) });
    expect(m.files.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
  it('counts CSV records, not lines: a quoted line break is inside a cell', () => {
    const quoted = buildManifest({ version: '2026-11-23', site: SITE, notes: 'n', previous: null, files: [{ path: 'x.csv', bytes: '\uFEFFa,b\r\n"one\r\ntwo",2\r\n3,4\r\n' }] });
    expect(quoted.files[0]!.rows).toBe(2);
  });
  it('reads back, and names each field that is missing or wrong', () => {
    expect(parseManifest(manifestText(m))).toEqual({ manifest: m, problems: [] });
    expect(parseManifest('{').problems[0]).toMatch(/^not valid JSON/);
    const { notes: _notes, ...noNotes } = m;
    expect(parseManifest(JSON.stringify(noNotes)).problems).toEqual(['notes: expected the release notes']);
    expect(parseManifest(JSON.stringify({ ...m, date: '2026-11-24' })).problems).toEqual(['date: expected the date of the version']);
    expect(parseManifest(JSON.stringify({ ...m, files: [{ ...m.files[0], path: '../etc/passwd' }] })).problems[0]).toMatch(/^files\[0\]: expected/);
    expect(parseManifest(JSON.stringify({ ...m, files: [m.files[0], m.files[0]] })).problems).toEqual([`files[1]: ${m.files[0]!.path} is listed twice`]);
  });
});

describe('verifyReleases', () => {
  const first = releaseFolder('2026-11-23', A);
  const second = releaseFolder('2026-11-23.2', B, first);
  const edit = (folder: ReleaseFolder, change: (files: ReleaseFolder['files']) => ReleaseFolder['files']): ReleaseFolder => ({ name: folder.name, files: change(folder.files.map((f) => ({ ...f }))) });

  it('accepts untouched releases, oldest first, chained by their manifests', () => {
    const { releases, problems } = verifyReleases([second, first]);
    expect(problems).toEqual([]);
    expect(releases.map((r) => r.manifest.version)).toEqual(['2026-11-23', '2026-11-23.2']);
    expect(releases[1]!.manifest.previous).toEqual({ version: '2026-11-23', manifest_sha256: releases[0]!.manifestSha256 });
    expect([...releases[0]!.files.keys()]).not.toContain('manifest.json');
  });
  it('names a file changed by hand', () => {
    const changed = edit(first, (fs) => fs.map((f) => (f.path === 'figures.csv' ? { ...f, bytes: enc(new TextDecoder().decode(f.bytes).replace('3000', '3001')) } : f)));
    const { problems, releases } = verifyReleases([changed]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^releases\/2026-11-23\/figures\.csv: does not match its manifest/);
    expect(releases).toEqual([]);
  });
  it('names a file added or removed by hand', () => {
    expect(verifyReleases([edit(first, (fs) => [...fs, { path: 'notes.txt', bytes: enc('x') }])]).problems)
      .toEqual(['releases/2026-11-23/notes.txt: not in the manifest. A release is never edited: remove the file']);
    expect(verifyReleases([edit(first, (fs) => fs.filter((f) => f.path !== 'topics/troops.json'))]).problems)
      .toEqual(['releases/2026-11-23/topics/troops.json: listed in the manifest but missing']);
  });
  it('names a manifest whose hashes, counts or cut-off were edited to match', () => {
    const rewrite = (folder: ReleaseFolder, change: (m: Record<string, any>) => void) => edit(folder, (fs) => fs.map((f) => {
      if (f.path !== 'manifest.json') return f;
      const m = JSON.parse(new TextDecoder().decode(f.bytes));
      change(m);
      return { ...f, bytes: enc(JSON.stringify(m, null, 2)) };
    }));
    expect(verifyReleases([rewrite(first, (m) => { m.counts.figures = 99; })]).problems)
      .toEqual(['releases/2026-11-23/manifest.json: counts.figures is 99 but the files give 3']);
    expect(verifyReleases([rewrite(first, (m) => { m.cutoff = '2026-12-01'; })]).problems)
      .toEqual(['releases/2026-11-23/manifest.json: cutoff is 2026-12-01 but the newest date in sources.json is 2025-06']);
    expect(verifyReleases([rewrite(first, (m) => { m.files[0].sha256 = '0'.repeat(64); })]).problems[0]).toMatch(/^releases\/2026-11-23\/sources\.json: does not match its manifest/);
    // An earlier release's manifest edited (its notes): the next release's chain names it.
    const problems = verifyReleases([rewrite(first, (m) => { m.notes = 'Rewritten'; }), second]).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^releases\/2026-11-23\.2\/manifest\.json: previous is .* \(was releases\/2026-11-23\/manifest\.json edited\?\)$/);
  });
  it('names a folder that is no release, one without a manifest, and a manifest naming another version', () => {
    expect(verifyReleases([{ name: 'latest', files: [] }], 'rel').problems).toEqual(['rel/latest: not a release version (a folder of rel/ is named YYYY-MM-DD or YYYY-MM-DD.N by `npm run release`)']);
    expect(verifyReleases([edit(first, (fs) => fs.filter((f) => f.path !== 'manifest.json'))]).problems).toEqual(['releases/2026-11-23/manifest.json: missing; every release has a manifest']);
    expect(verifyReleases([{ ...first, name: '2026-11-24' }]).problems).toEqual(['releases/2026-11-24/manifest.json: version "2026-11-23" is not its folder\'s name "2026-11-24"']);
    expect(verifyReleases([edit(first, (fs) => fs.map((f) => (f.path === 'manifest.json' ? { ...f, bytes: enc('{"version":') } : f)))]).problems[0]).toMatch(/^releases\/2026-11-23\/manifest\.json: not valid JSON/);
  });
});

describe('verifyRecord: the record of published releases', () => {
  const first = releaseFolder('2026-11-23', A);
  const second = releaseFolder('2026-11-23.2', B, first);
  const manifestOf = (f: ReleaseFolder) => f.files.find((x) => x.path === 'manifest.json')!.bytes;
  const record = recordText(recordWith(recordWith(null, first.name, manifestOf(first)), second.name, manifestOf(second)));

  it('accepts the releases it records, untouched, and no record before the first release', () => {
    expect(verifyRecord([second, first], record)).toEqual([]);
    expect(verifyRecord([], null)).toEqual([]);
    expect(parseRecord(record).record!.releases.map((r) => r.version)).toEqual(['2026-11-23', '2026-11-23.2']);
  });

  it('names the newest release when a file is edited and its manifest recomputed to match, which verifyReleases alone accepts', () => {
    const files = releaseFiles(B).map((f) => (f.path === 'figures.csv' ? { ...f, bytes: enc(new TextDecoder().decode(f.bytes).replace('12000', '12001')) } : f));
    const manifest = buildManifest({ version: second.name, site: SITE, notes: 'Notes', previous: { version: first.name, manifest_sha256: sha256(manifestOf(first)) }, files });
    const forged: ReleaseFolder = { name: second.name, files: [...files, { path: 'manifest.json', bytes: enc(manifestText(manifest)) }] };
    expect(verifyReleases([first, forged]).problems).toEqual([]);
    const problems = verifyRecord([first, forged], record);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^releases\/2026-11-23\.2\/manifest\.json: SHA-256 [0-9a-f]{12}… is not the one releases\/published\.json records for release 2026-11-23\.2 \([0-9a-f]{12}…\); a published release is never edited: restore releases\/2026-11-23\.2\/ from git$/);
  });

  it('names a recorded release whose folder is gone, the newest too', () => {
    expect(verifyRecord([first], record, 'rel')).toEqual(['rel/2026-11-23.2: recorded as published in rel/published.json but missing; a published release is never removed: restore it from git']);
    expect(verifyRecord([], record)).toHaveLength(2);
  });

  it('names a release folder it does not record, and a missing record', () => {
    const onlyFirst = recordText(recordWith(null, first.name, manifestOf(first)));
    expect(verifyRecord([first, second], onlyFirst)).toEqual(['releases/2026-11-23.2: not in releases/published.json; a release is made by `npm run release`, which records it there']);
    expect(verifyRecord([first], null)).toEqual(['releases/published.json: missing; it records every published release and its manifest\'s SHA-256 (`npm run release` writes it): restore it from git']);
  });

  it('reads the record, naming each field that is wrong', () => {
    expect(verifyRecord([first], '{')[0]).toMatch(/^releases\/published\.json: not valid JSON/);
    expect(parseRecord('[]').problems).toEqual(['not a JSON object']);
    expect(parseRecord('{"record_format":2,"releases":[]}').problems).toEqual(['record_format: expected 1']);
    expect(parseRecord('{"record_format":1,"releases":[{"version":"latest","manifest_sha256":"x"}]}').problems)
      .toEqual(['releases[0]: expected { version, manifest_sha256 } with a release version and a hexadecimal SHA-256']);
    const twice = JSON.stringify({ record_format: 1, releases: [{ version: first.name, manifest_sha256: 'a'.repeat(64) }, { version: first.name, manifest_sha256: 'a'.repeat(64) }] });
    expect(parseRecord(twice).problems).toEqual(['releases[1]: 2026-11-23 is listed twice']);
  });
});

describe('compareWithRelease', () => {
  const release = verified(releaseFolder('2026-11-23', A));
    // As the build hands them in: text, the CSV's byte-order mark kept.
  const current = (sources: typeof A) => releaseFiles(sources).map((f) => ({ path: f.path, body: f.path.endsWith('.sqlite') ? f.bytes : new TextDecoder('utf-8', { ignoreBOM: true }).decode(f.bytes) }));
  it('says the current data is the release, file for file', () => {
    const c = compareWithRelease(release, current(A));
    expect(c.matches).toBe(true);
    expect([...c.files.values()].every((s) => s === 'matches')).toBe(true);
  });
  it('says which files are newer, new or gone', () => {
    const c = compareWithRelease(release, [...current(B).filter((f) => f.path !== 'topics/troops.json'), { path: 'topics/new.json', body: '{}' }]);
    expect(c.matches).toBe(false);
    expect(c.files.get('sources.json')).toBe('newer');
    expect(c.files.get('figures.json')).toBe('matches');
    expect(c.files.get('topics/new.json')).toBe('none');
    expect(c.gone).toEqual(['topics/troops.json']);
  });
  it('says there is no release', () => {
    expect(compareWithRelease(undefined, current(A))).toMatchObject({ version: null, matches: false, gone: [] });
  });
});
