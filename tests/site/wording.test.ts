/**
 * Small things a careful reader trips on, over every built page: a count with its noun in
 * the wrong number, a description capitalised mid-sentence, an entity page that claims
 * nothing names it, a gloss that mistranslates.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../helpers/dist';

const pages = builtPages();
const textOf = (path: string) => page(path)('main').text().replace(/\s+/g, ' ');

describe('wording', () => {
  it('never writes "1" with a plural noun', () => {
    const wrong = pages.flatMap((p) => [...textOf(p).matchAll(/(?<![\d,.])1 (figures|sources|claims|corrections|transfers|reactions|dated events|entities|estimates|notes)\b/g)].map((m) => `${p}: "${m[0]}"`));
    expect(wrong).toEqual([]);
  });

  it('writes a description after "according to" as part of the sentence', () => {
    const wrong = pages.flatMap((p) => [...textOf(p).matchAll(/according to (A|An|The) \w+/g)].map((m) => `${p}: "${m[0]}"`));
    expect(wrong).toEqual([]);
  });

  it('says where a name only the dossier\'s notes give comes from (Wonsan, in the note on the Kim–Lavrov talks)', () => {
    const text = textOf('/entities/wonsan/');
    expect(text).toContain('Named in no article; in 1 note of the dossier’s own');
    expect(text).toContain('No article names it; only the dossier’s own notes do:');
    expect(text).toContain('The article places the Kim–Lavrov talks in Pyongyang; they took place in Wonsan.');
    expect(page('/entities/wonsan/')('.entity-notes a').attr('href')).toBe('/sources/russafrik-2025-07-kim-jong-un-scelle-son-alliance-avec-moscou/#editor-notes-title');
    expect(textOf('/entities/')).toContain('Wonsan — A North Korean port city on the east coast. Named in no article; in 1 note of the dossier’s own.');
  });

  it('glosses "cartouches d’artillerie" as artillery shells, and records the correction', () => {
    const text = textOf('/sources/unidentified-2025-06-05-kim-pledges-support-during-shoigu-visit/');
    expect(text).toContain('Artillery shells and munitions carried by Russian ships');
    expect(text).not.toMatch(/Artillery cartridges and munitions carried/);
    expect(textOf('/corrections/')).toContain('instead of "Artillery cartridges and munitions"');
  });
});

describe('the data licence', () => {
  it('is stated on /data/ and on every data release, with what it does not cover', () => {
    const releases = pages.filter((p) => /^\/data\/releases\/[^/]+\/$/.test(p));
    expect(releases.length).toBeGreaterThan(0);
    for (const p of ['/data/', ...releases]) {
      const $ = page(p);
      expect($('.data-licence a[rel~="license"]').attr('href'), p).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect($('.data-licence').text(), p).toContain('The articles’ texts, and the quotations taken from them, are not the dossier’s to license');
    }
  });
});
