import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translationCheck, untranslatedLines } from './translation-check';

const file = (front: string) => `---\n${front}\n---\n\nLe NIS estime qu’environ 2 000 d’entre eux ont été tués.\n`;
const claims = 'figures:\n  - id: fig-killed\n    quote: "environ 2 000"\nevents:\n  - id: ev-a\n    quote: "Le NIS estime"\n    translation: "The NIS estimates"';

describe('untranslatedLines', () => {
  it('warns, naming the file, the claim and its field, about a French claim without a translation', () => {
    expect(untranslatedLines('content/sources/x.md', file(`language: fr\n${claims}`))).toEqual({
      warnings: ['content/sources/x.md: fig-killed (figures[0]) quotes the article in French and has no translation'],
      justified: [],
    });
  });
  it('skips drafts and English sources', () => {
    expect(untranslatedLines('x.md', file(`language: fr\ndraft: true\n${claims}`)).warnings).toEqual([]);
    expect(untranslatedLines('x.md', file(`language: en\n${claims}`)).warnings).toEqual([]);
  });
  it('finds every French claim of the seed sources translated', () => {
    const dir = join(process.cwd(), 'content/sources');
    const warnings = readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).flatMap((f) => untranslatedLines(f, readFileSync(join(dir, f), 'utf8')).warnings);
    expect(warnings).toEqual([]);
  });
});

describe('translationCheck', () => {
  it('warns at the start of the build about each untranslated published claim, then sums up', () => {
    const root = mkdtempSync(join(tmpdir(), 'translation-check-'));
    try {
      mkdirSync(join(root, 'content/sources'), { recursive: true });
      writeFileSync(join(root, 'content/sources/b.md'), file(`language: fr\n${claims}`));
      writeFileSync(join(root, 'content/sources/a.md'), file(`language: en\n${claims}`));
      const logged: [string, string][] = [];
      const logger = { warn: (m: string) => logged.push(['warn', m]), info: (m: string) => logged.push(['info', m]) };
      const { hooks } = translationCheck();
      (hooks['astro:config:done'] as (o: unknown) => void)({ config: { root: pathToFileURL(`${root}/`) } });
      (hooks['astro:build:start'] as (o: unknown) => void)({ logger });
      expect(logged).toEqual([
        ['warn', 'content/sources/b.md: fig-killed (figures[0]) quotes the article in French and has no translation'],
        ['info', '1 published claim(s) in another language without the dossier’s translation (see the warnings above)'],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
