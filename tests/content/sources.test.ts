/**
 * The curated sources against the rules a build enforces and against the seed articles
 * they were taken from: quotes present, numbers agreeing, text verbatim, ids well formed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkProvenance, normalise } from '../../src/lib/claims';
import { bodyBlocks, CONTENT, readSources, ROOT, SEED_IDS } from '../helpers/content';

const sources = readSources();
const seedsDir = join(ROOT, 'tests/fixtures/seeds');
const seeds = readdirSync(seedsDir).map((f) => normalise(readFileSync(join(seedsDir, f), 'utf8')).text);
const outlets = new Set(readdirSync(join(CONTENT, 'outlets')).map((f) => f.replace(/\.yaml$/, '')));

describe('the curated sources', () => {
  it('has a source for every seed article', () => {
    expect(SEED_IDS).toHaveLength(seeds.length);
    for (const id of SEED_IDS) expect(sources.map((s) => s.id)).toContain(id);
  });

  describe.each(sources.filter((s) => SEED_IDS.includes(s.id)).map((s) => [s.id, s] as const))('%s (a seed article)', (_id, source) => {
    it('keeps the article text verbatim: every block is in one seed', () => {
      for (const block of bodyBlocks(source.body)) {
        const text = normalise(block).text;
        expect(seeds.some((seed) => seed.includes(text)), block.slice(0, 60)).toBe(true);
      }
    });
  });

  describe.each(sources.map((s) => [s.id, s] as const))('%s', (_id, source) => {
    it('keeps the provenance rule', () => {
      expect(checkProvenance(source.data, bodyBlocks(source.body))).toEqual([]);
    });

    it('keeps no site furniture', () => {
      expect(source.body).not.toMatch(/Partagez ce post|Laisser un commentaire|Your email address|EN RELATION|COMMENTER|Publicité|Image 1 Image 2|min de lecture|CSMAG/);
    });

    it('has an id of the form outlet-date-slug that agrees with its date and outlet', () => {
      const prefix = outlets.has(source.data.outlet) && !source.data.outlet.startsWith('unidentified') ? source.data.outlet : 'unidentified';
      expect(source.id.startsWith(`${prefix}-${source.data.published}-`)).toBe(true);
      expect(source.id.slice(prefix.length)).toMatch(/^-\d{4}-\d{2}(?:-\d{2})?-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    });

    it('refers to an outlet that has a profile', () => {
      expect(outlets.has(source.data.outlet)).toBe(true);
    });

    it('explains an inferred date', () => {
      if (source.data.dateInferred) expect(source.data.datingNote?.length).toBeGreaterThan(40);
    });
  });
});

describe('the seed facts recorded in SOURCES.md', () => {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const get = (prefix: string) => [...byId.values()].find((s) => s.id.startsWith(prefix))!;

  it('dates each source as SOURCES.md says', () => {
    expect(get('csactu-').data).toMatchObject({ published: '2025-05', datePrecision: 'month', dateInferred: true, language: 'en' });
    expect(get('russafrik-').data).toMatchObject({ published: '2025-07', dateInferred: true, author: 'Gérard Stéphane', language: 'fr' });
    expect(get('unidentified-2025-11-08').data).toMatchObject({ published: '2025-11-08', datePrecision: 'day', publishedTime: '16:45' });
    expect(get('unidentified-2025-04-28').data).toMatchObject({ published: '2025-04-28', dateInferred: true, titleSupplied: true });
    expect(get('unidentified-2025-06-05').data).toMatchObject({ published: '2025-06-05', dateInferred: true, titleSupplied: true });
  });

  it('records every troop and casualty number the articles give, with the right measure', () => {
    const figures = sources.filter((s) => SEED_IDS.includes(s.id)).flatMap((s) => s.data.figures.map((f) => `${s.id.split('-').slice(0, 4).join('-')} ${f.measure} ${f.low ?? '-'}..${f.high ?? '-'} ${f.qualifier}`));
    expect(figures.sort()).toEqual([
      'csactu-2025-05-north deployed 10000..12000 exact',
      'russafrik-2025-07-kim deployed 11000..11000 exact',
      'unidentified-2025-04-28 deployed 10000..14000 exact',
      'unidentified-2025-04-28 deployed 14000..14000 up to',
      'unidentified-2025-04-28 losses -..- exact',
      'unidentified-2025-06-05 killed 600..600 nearly',
      'unidentified-2025-06-05 wounded -..- exact',
      'unidentified-2025-11-08 deployed 15000..15000 about',
      'unidentified-2025-11-08 killed 2000..2000 about',
      'unidentified-2025-11-08 planned 5000..5000 about',
    ]);
  });

  it('records the editor’s notes on Russafrik’s factual errors', () => {
    const notes = get('russafrik-').data.notes.filter((n) => n.kind === 'error').map((n) => n.text);
    expect(notes.some((t) => t.includes('Wonsan'))).toBe(true);
    expect(notes.some((t) => t.includes('June 2024'))).toBe(true);
  });

  it('gives unidentified outlets honest profiles, never a guess', () => {
    for (const id of outlets) {
      const profile = parse(readFileSync(join(CONTENT, 'outlets', `${id}.yaml`), 'utf8'));
      if (id.startsWith('unidentified')) {
        expect(profile.identified).toBe(false);
        expect(profile.homepage).toBeUndefined();
        expect(profile.name).toMatch(/^Unidentified/);
      }
    }
  });
});
