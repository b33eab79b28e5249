import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import { siteMarkdownProcessor } from '/work/wt-satteri/src/plugins/markdown.ts';
const dir = process.argv[2];
const docs = readdirSync(dir).slice(0, 1000).map((f) => { const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, f), 'utf8'))!; return { fm: parse(m[1]!), body: m[2]! }; });
const shared = { ...markdownConfigDefaults, syntaxHighlight: false as const };
const which = process.argv[3] ?? 'site';
const r = await (which === 'site' ? siteMarkdownProcessor() : satteri({ features: { smartPunctuation: false, rawHtml: true } })).createRenderer(shared);
for (let round = 0; round < 3; round++) { const t = performance.now(); for (const d of docs) await r.render(d.body, { frontmatter: structuredClone(d.fm) }); console.log(which, ((performance.now() - t) / docs.length).toFixed(3), 'ms/doc'); }
