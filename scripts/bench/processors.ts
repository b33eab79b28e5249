/**
 * The cost of rendering a source's Markdown, per document, in this process (no build around
 * it): the site's processor (Sätteri with the claims plugin), Sätteri alone, and the unified
 * pipeline with the same claims walk that the site used before. For `npm run bench`.
 */
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import { siteMarkdownProcessor } from '../../src/plugins/markdown';
import { unifiedMarkdownProcessor } from '../../src/plugins/rehype-claims';

export interface ProcessorCost {
  name: string;
  msPerDocument: number;
  ratioToSite: number;
}

const ROUNDS = 3;

/** Renders every file with each processor, ROUNDS times in turn; medians per document. */
export async function compareProcessors(files: readonly string[]): Promise<ProcessorCost[]> {
  const documents = files.map((text) => {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error('a synthetic source has no frontmatter');
    return { frontmatter: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
  });
  const shared = { ...markdownConfigDefaults, syntaxHighlight: false as const };
  const processors = [
    { name: 'Sätteri + claims plugin (the site)', processor: siteMarkdownProcessor() },
    { name: 'Sätteri alone (no claim checked or anchored)', processor: satteri({ features: { smartPunctuation: false, rawHtml: true } }) },
    { name: 'unified + remark-gfm + claims plugin (before)', processor: unifiedMarkdownProcessor() },
  ];
  const renderers = await Promise.all(processors.map((p) => p.processor.createRenderer(shared)));
  const samples = processors.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [k, renderer] of renderers.entries()) {
      const start = process.hrtime.bigint();
      for (const d of documents) await renderer.render(d.body, { frontmatter: d.frontmatter });
      samples[k]!.push(Number(process.hrtime.bigint() - start) / 1e6 / documents.length);
    }
  }
  const medians = samples.map((xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
  return processors.map((p, k) => ({ name: p.name, msPerDocument: medians[k]!, ratioToSite: medians[k]! / medians[0]! }));
}
