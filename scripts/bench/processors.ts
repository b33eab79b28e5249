/**
 * The cost of rendering a source's Markdown, per document, with the site's processor and
 * with Astro 7's default one, in this process (no build around it): for `npm run bench`.
 */
import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import { parse } from 'yaml';
import rehypeClaims from '../../src/plugins/rehype-claims';

export interface ProcessorCost {
  name: string;
  msPerDocument: number;
  ratioToDefault: number;
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
    { name: "Astro 7's default (satteri)", processor: satteri() },
    { name: 'unified + remark-gfm', processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }) },
    { name: 'unified + remark-gfm + claims (the site)', processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeClaims], smartypants: false }) },
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
  return processors.map((p, k) => ({ name: p.name, msPerDocument: medians[k]!, ratioToDefault: medians[k]! / medians[0]! }));
}
