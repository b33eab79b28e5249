/**
 * Warnings the build gives about the published sources, never failures: each check reads
 * every source file that is not a draft at the start of `astro build` and prints a line per
 * finding, naming the file and the claim, then one summary line. The measure check and the
 * translation check share this reader (src/plugins/measure-check.ts, translation-check.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/ingest/markdown.ts';

/** What a check finds in one file: lines to warn about, and lines it only reports (differences the notes justify). */
export interface CheckLines {
  warnings: string[];
  justified: string[];
}

/** No findings. */
export const NOTHING: CheckLines = Object.freeze({ warnings: [], justified: [] }) as CheckLines;

/**
 * A source file's frontmatter and body, or null for a draft (published nowhere, so checked
 * only by the schema and the provenance rule).
 *
 * @example
 * publishedSource('---\ndraft: true\n---\n') // null
 */
export function publishedSource<F extends object>(text: string): { data: F; body: string } | null {
  const { frontmatter, body } = splitFrontmatter(text);
  const data = (parse(frontmatter) ?? {}) as F & { draft?: boolean };
  return data.draft ? null : { data, body };
}

/** One check: its integration's name, its lines for a file, and the summary for a count of warnings. */
export interface SourceCheck {
  name: string;
  lines: (file: string, text: string) => CheckLines;
  summary: (warned: number) => string;
}

/** The integration that runs a check over content/sources/ at the start of the build. */
export function sourceCheckIntegration(check: SourceCheck): AstroIntegration {
  let root = process.cwd();
  return {
    name: check.name,
    hooks: {
      'astro:config:done': ({ config }) => { root = fileURLToPath(config.root); },
      'astro:build:start': ({ logger }) => {
        const dir = join(root, 'content', 'sources');
        let warned = 0;
        for (const f of readdirSync(dir).filter((x) => /\.mdx?$/.test(x)).sort()) {
          const file = join(dir, f);
          const { warnings, justified } = check.lines(relative(root, file), readFileSync(file, 'utf8'));
          for (const w of warnings) logger.warn(w);
          for (const j of justified) logger.info(j);
          warned += warnings.length;
        }
        logger.info(check.summary(warned));
      },
    },
  };
}
