/**
 * Astro's glob loader, made strict. The glob loader logs a file that fails to render (a
 * source that breaks the provenance rule) and goes on with an empty body; a dossier must
 * not publish that, so this loader stops the build with every such error, naming the file.
 * In `astro dev` (where the loader watches files) errors are logged and kept instead, so
 * that the source's page throws them (`renderFailure`) and the browser shows them in Astro's
 * error overlay instead of an empty article, at start as after an edit.
 */
import { basename } from 'node:path';
import { glob, type Loader } from 'astro/loaders';

/** The last render error of each file, by file name; shared through globalThis by the content layer and the pages (one process in `astro dev`). */
const failures: Map<string, string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('dossier.strict-glob.failures')] ??= new Map<string, string>()) as Map<string, string>;

export function strictGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'strict-glob',
    async load(context) {
      const errors: string[] = [];
      const dev = context.watcher !== undefined;
      const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
        error: (message: string) => {
          const failed = /^Error rendering (.+?): ([\s\S]*)$/.exec(message);
          if (failed) failures.set(basename(failed[1]!), failed[2]!);
          if (dev) context.logger.error(message);
          else errors.push(message);
        },
      });
      await inner.load({ ...context, logger });
      if (errors.length > 0) throw new Error(errors.join('\n'));
    },
  };
}

/**
 * Why a Markdown entry has no rendered article, when its file failed to render (in `astro
 * dev`, after an edit broke it); `undefined` for an entry that rendered, or an MDX entry
 * (rendered as a module, whose errors Vite reports itself).
 *
 * @example
 * const failure = renderFailure(source); if (failure) throw new Error(failure);
 */
export function renderFailure(entry: { filePath?: string | undefined; rendered?: unknown }): string | undefined {
  if (entry.rendered || !entry.filePath?.endsWith('.md')) return undefined;
  return failures.get(basename(entry.filePath)) ?? `${entry.filePath} has no rendered article; see the terminal for the error.`;
}
