import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secondOpinionLines } from './measure-check';

const file = (front: string) => `---\nlanguage: en\n${front}\n---\n\nSeoul said about 300 North Korean soldiers had been killed.\n`;
const figure = 'figures:\n  - id: fig-deployed-300\n    measure: deployed\n    low: 300\n    high: 300\n    quote: "about 300 North Korean soldiers had been killed"';

describe('secondOpinionLines', () => {
  it('warns, naming the file and the claim, about a figure the reader files under another measure', () => {
    expect(secondOpinionLines('content/sources/x.md', file(figure)).warnings).toEqual([
      'content/sources/x.md: fig-deployed-300 is filed as deployed; the ingest reader would file it as killed (“about 300 North Korean soldiers had been killed”)',
    ]);
  });
  it('reports a difference the notes justify as justified, and skips drafts', () => {
    const noted = secondOpinionLines('x.md', file(`${figure}\nnotes:\n  - kind: context\n    claim: fig-deployed-300\n    field: measure\n    text: why`));
    expect(noted.warnings).toEqual([]);
    expect(noted.justified[0]).toMatch(/fig-deployed-300 .* justified in its notes$/);
    expect(secondOpinionLines('x.md', file(`draft: true\n${figure}`))).toEqual({ warnings: [], justified: [] });
  });
  it('finds no difference on the seed sources', () => {
    const dir = join(process.cwd(), 'content/sources');
    const warnings = readdirSync(dir).filter((f) => /\.mdx?$/.test(f)).flatMap((f) => secondOpinionLines(f, readFileSync(join(dir, f), 'utf8')).warnings);
    expect(warnings).toEqual([]);
  });
});
