import { describe, expect, it } from 'vitest';
import { describeExport, exportFiles, hasRows, frozenBody, liveBody, mediaTypeOf } from './datasets';
import { buildEntityIndex } from '../compare';
import { figure, source } from '../../../tests/helpers/builders';
import { OUTLET_OF, SITE, TOPICS } from '../../../tests/helpers/releases';

const sources = [source('a-2025-05-01', { figures: [figure('fig-a', { low: 5, high: 5 })] })];
const files = exportFiles({ sources, topics: TOPICS, entities: [], entityIndex: buildEntityIndex(sources, () => '', [], []), outletName: () => 'O', glossary: [], outletOf: OUTLET_OF, articleText: () => '' }, SITE);
const release = { version: '2026-11-23', status: 'matches' as const, url: `${SITE}/data/releases/2026-11-23/figures.json`, releases: `${SITE}/data/releases/` };

describe('exportFiles', () => {
  it('lists every export, topics in their order, with their rows', () => {
    expect(files.map((f) => [f.path, f.rows])).toEqual([
      ['sources.json', 1], ['figures.json', 1], ['figures.csv', 1], ['timeline.json', 0], ['entities.json', 0], ['topics/troops.json', 1], ['topics/reactions.json', 0],
      ['dossier.sqlite', 1], ['dossier.metadata.json', 0],
    ]);
    expect(mediaTypeOf('dossier.sqlite')).toBe('application/vnd.sqlite3');
    expect(mediaTypeOf('figures.csv')).toBe('text/csv; charset=utf-8');
    expect(describeExport('topics/troops.json', () => 'Troops')).toBe('The claims of the topic page “Troops”, one row each');
  });
});

describe('live and frozen bodies', () => {
  const figures = files.find((f) => f.path === 'figures.json')!;
  it('differ only by the live release member, placed after the first member', () => {
    const live = JSON.parse(liveBody(figures, release) as string);
    expect(Object.keys(live)).toEqual(['dataset', 'release', 'count', 'rows']);
    expect(live.release).toEqual(release);
    const { release: _r, ...rest } = live;
    expect(JSON.stringify(rest, null, 2)).toBe(frozenBody(figures));
    const topic = JSON.parse(liveBody(files.find((f) => f.path === 'topics/troops.json')!, release) as string);
    expect(Object.keys(topic)).toEqual(['topic', 'release', 'kind', 'count', 'rows']);
  });
  it('are the same for a CSV, which has no envelope', () => {
    const csv = files.find((f) => f.path === 'figures.csv')!;
    expect(liveBody(csv, release)).toBe(frozenBody(csv));
    expect((frozenBody(csv) as string).startsWith('\uFEFFsource_id,')).toBe(true);
  });
});

describe('hasRows', () => {
  it('is false only for the file of settings, whose row count would read as an empty file', () => {
    expect(['sources.json', 'figures.csv', 'topics/troops.json', 'dossier.sqlite'].map(hasRows)).toEqual([true, true, true, true]);
    expect(hasRows('dossier.metadata.json')).toBe(false);
  });
});
