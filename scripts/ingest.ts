/**
 * npm run ingest -- <file> [--force] [--content <dir>] [--published YYYY-MM-DD]
 *
 * Reads an article as plain text or a saved HTML page and writes a draft source to
 * content/sources/<id>.md, printing what it found, what it removed as site furniture, the
 * claims it left out because they broke the provenance rule, the names no entity knows,
 * and what a person must still check. Never overwrites a file unless --force is given;
 * writes atomically (a temporary file renamed into place). Bad input stops with a clear
 * message and a non-zero exit code, and writes nothing; so does an article that names no
 * date at all, until its date is given with --published.
 */
import { existsSync, lstatSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PARTIAL_DATE_PATTERN } from '../src/lib/claims';
import { ingest, UndatedArticleError } from '../src/lib/ingest';
import { readEntities, readOutlets } from './lib/content-lists';

const MAX_BYTES = 2 * 1024 * 1024; // far larger than any news article

function fail(message: string, code = 2): never {
  console.error(`ingest: ${message}`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false }, content: { type: 'string', default: 'content' }, published: { type: 'string' } },
});
const file = positionals[0];
if (!file) fail('usage: npm run ingest -- <article.txt|article.html> [--force] [--published YYYY-MM-DD]');
const given = values.published;
if (given !== undefined && !(PARTIAL_DATE_PATTERN.test(given) && (given.length === 7 || given.length === 10))) fail(`--published ${JSON.stringify(given)}: give the publication date as YYYY-MM-DD, or YYYY-MM when only the month is known`);
if (!existsSync(file)) fail(`${file}: no such file`);
const size = statSync(file).size;
if (!statSync(file).isFile()) fail(`${file}: not a file`);
if (size === 0) fail(`${file}: the file is empty`, 3);
if (size > MAX_BYTES) fail(`${file}: ${(size / 1024 / 1024).toFixed(1)} MB is far larger than an article (limit ${MAX_BYTES / 1024 / 1024} MB); is it the right file?`, 3);
const bytes = readFileSync(file);
if (bytes.includes(0)) fail(`${file}: binary content (NUL bytes); give the article as text or HTML`, 3);
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${file}: not valid UTF-8; save the article as UTF-8 text or HTML`, 3);
}
if (!text.trim()) fail(`${file}: the file holds only white space`, 3);
const html = /\.html?$/i.test(extname(file)) || /^\s*(<!doctype html|<html)/i.test(text);

// The outlet profiles and the entities (every form of every name) of the content folder.
const outlets = readOutlets(values.content);
const entities = readEntities(values.content);
let result: ReturnType<typeof ingest>;
try {
  result = ingest({ text, html, outlets, entities, published: given });
} catch (e) {
  if (e instanceof UndatedArticleError) fail(`${file}: ${e.message}; nothing written`, 3);
  fail((e as Error).message.replace(/^ingest: /, ''));
}
const sourcesDir = resolve(values.content, 'sources');
const target = join(sourcesDir, `${result.id}.md`);
// Belt and braces: a draft is written into content/sources/ and nowhere else.
if (relative(sourcesDir, resolve(target)).startsWith('..') || !existsSync(sourcesDir)) fail(`refusing to write ${target}: drafts go into ${sourcesDir}, which must exist`);
if (existsSync(target) && !values.force) fail(`${target} already exists; nothing written (give --force to replace it)`, 4);
// --force replaces a draft, never a folder or anything else that is not a file.
if (existsSync(target) && !lstatSync(target).isFile()) fail(`${target} exists and is not a file (a folder?); nothing written, even with --force`, 4);

// Atomic: a temporary file renamed into place, removed whatever fails.
const tmp = `${target}.${process.pid}.tmp`;
try {
  writeFileSync(tmp, result.markdown, { flag: 'wx' });
  renameSync(tmp, target);
} catch (e) {
  rmSync(tmp, { force: true });
  fail(`could not write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing written`, 5);
}

console.log(`ingest: wrote ${target}${values.force ? ' (replacing any earlier file)' : ''}\n`);
console.log('Found:');
for (const f of result.found) console.log(`  - ${f}`);
console.log(`\nRemoved as site furniture (${result.removed.length}):`);
for (const r of result.removed) console.log(`  - [${r.reason}] ${r.text.length > 90 ? `${r.text.slice(0, 90)}…` : r.text}`);
console.log(`\nLeft out because they broke the provenance rule (${result.dropped.length}):`);
for (const d of result.dropped) console.log(`  - ${d.claim}: “${d.quote.length > 80 ? `${d.quote.slice(0, 80)}…` : d.quote}” — ${d.reason}`);
console.log(`\nNames no entity knows (${result.unknownNames.length}; add content/entities/<id>.yaml for those the dossier should follow):`);
if (result.unknownNames.length) console.log(`  ${result.unknownNames.join(' · ')}`);
console.log('\nStill to check before committing:');
for (const c of result.check) console.log(`  - ${c}`);
console.log('\nThen run `npm run build` (the provenance rule checks every quote) and `npm run urls:record`.');
