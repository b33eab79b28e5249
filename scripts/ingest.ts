/**
 * npm run ingest -- <file> [--force] [--content <dir>]
 *
 * Reads an article as plain text or a saved HTML page and writes a draft source to
 * content/sources/<id>.md, printing what it found, what it removed as site furniture,
 * and what a person must still check. Never overwrites a file unless --force is given;
 * writes atomically (a temporary file renamed into place). Bad input stops with a clear
 * message and a non-zero exit code, and writes nothing.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ingest } from '../src/lib/ingest';

const MAX_BYTES = 2 * 1024 * 1024; // far larger than any news article

function fail(message: string, code = 2): never {
  console.error(`ingest: ${message}`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } },
});
const file = positionals[0];
if (!file) fail('usage: npm run ingest -- <article.txt|article.html> [--force]');
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

const outletsDir = join(values.content, 'outlets');
const outlets = existsSync(outletsDir)
  ? readdirSync(outletsDir).filter((f) => f.endsWith('.yaml')).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(outletsDir, f), 'utf8')) }))
  : [];
let result: ReturnType<typeof ingest>;
try {
  result = ingest({ text, html, outlets });
} catch (e) {
  fail((e as Error).message.replace(/^ingest: /, ''));
}
const sourcesDir = resolve(values.content, 'sources');
const target = join(sourcesDir, `${result.id}.md`);
// Belt and braces: a draft is written into content/sources/ and nowhere else.
if (relative(sourcesDir, resolve(target)).startsWith('..') || !existsSync(sourcesDir)) fail(`refusing to write ${target}: drafts go into ${sourcesDir}, which must exist`);
if (existsSync(target) && !values.force) fail(`${target} already exists; nothing written (give --force to replace it)`, 4);

const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, result.markdown, { flag: 'wx' });
renameSync(tmp, target);

console.log(`ingest: wrote ${target}${values.force ? ' (replacing any earlier file)' : ''}\n`);
console.log('Found:');
for (const f of result.found) console.log(`  - ${f}`);
console.log(`\nRemoved as site furniture (${result.removed.length}):`);
for (const r of result.removed) console.log(`  - [${r.reason}] ${r.text.length > 90 ? `${r.text.slice(0, 90)}…` : r.text}`);
console.log('\nStill to check before committing:');
for (const c of result.check) console.log(`  - ${c}`);
console.log('\nThen run `npm run build` (the provenance rule checks every quote) and `npm run urls:record`.');
