/**
 * Astro's glob loader, made strict. The glob loader logs a file that fails to render (a
 * source that breaks the provenance rule) and goes on with an empty body; a dossier must
 * not publish that, so this loader stops the build with every such error, naming the file.
 * After the first load (in `astro dev`, when a file changes) errors are only logged.
 */
import { glob, type Loader } from 'astro/loaders';

export function strictGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'strict-glob',
    async load(context) {
      const errors: string[] = [];
      let loaded = false;
      const logger = Object.assign(Object.create(context.logger) as typeof context.logger, {
        error: (message: string) => (loaded ? context.logger.error(message) : errors.push(message)),
      });
      await inner.load({ ...context, logger });
      loaded = true;
      if (errors.length > 0) throw new Error(errors.join('\n'));
    },
  };
}
