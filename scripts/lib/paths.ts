/** Where the project's folders are, for tools and tests alike (from any working directory). */
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CONTENT = join(ROOT, 'content');
export const DIST = join(ROOT, 'dist');
