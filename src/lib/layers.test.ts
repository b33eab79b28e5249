/**
 * The model's folders and the order between them. Each folder of `src/lib` declares, in
 * the opening comment of its `index.ts`, which other folders it may import
 * ("May import: claims, site."); this test reads every import of `src/lib/**` and fails on
 * one that goes against that order, on a module outside any folder, and on the model
 * reaching out of `src/lib` (into pages, scripts or tests) or into Astro or the file system;
 * and on a tool in `scripts/` importing from `tests/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const LIB = new URL('.', import.meta.url).pathname;
const ROOT = resolve(LIB, '../..');
/** Bare imports the pure model may never make: it renders nothing and reads no files. */
const FORBIDDEN = /^(astro(:|\/|$)|node:(fs|child_process|net|http|https)|fs$)/;

/** Reads "May import: a, b." (or "nothing else of ours") from a folder's index.ts. */
export function declaredImports(indexSource: string): string[] | null {
  const m = /May import:\s*([^.\n]*)\./.exec(indexSource);
  if (!m) return null;
  return /nothing/.test(m[1]!) ? [] : m[1]!.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Every import or re-export specifier of a TypeScript file, static or dynamic. */
export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

const folders = readdirSync(LIB).filter((n) => statSync(join(LIB, n)).isDirectory()).sort();
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
  const p = join(dir, n);
  return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(n) ? [p] : [];
});

/** The folder of `src/lib` a path lies in, or null when it lies outside `src/lib`. */
function folderOf(path: string): string | null {
  const r = relative(LIB, path);
  if (r.startsWith('..')) return null;
  const first = r.split(sep)[0]!;
  return r.includes(sep) || folders.includes(first) ? first : null;
}

/** What a folder's modules import against the declared order, as readable lines. */
function violations(): string[] {
  const declared = new Map<string, string[] | null>();
  for (const f of folders) {
    let index: string | undefined;
    try { index = readFileSync(join(LIB, f, 'index.ts'), 'utf8'); } catch { /* reported below */ }
    declared.set(f, index === undefined ? null : declaredImports(index));
  }
  const out: string[] = [];
  for (const [f, allowed] of declared) {
    if (!allowed) out.push(`src/lib/${f}/index.ts: missing, or its opening comment has no "May import: …." line`);
    for (const a of allowed ?? []) if (!declared.has(a)) out.push(`src/lib/${f}/index.ts: declares "${a}", which is not a folder of src/lib`);
  }
  for (const file of walk(LIB)) {
    const name = relative(ROOT, file);
    const folder = folderOf(file);
    const isTest = file.endsWith('.test.ts');
    if (!folder) {
      if (file !== new URL(import.meta.url).pathname) out.push(`${name}: a module outside the folders of src/lib; move it into the folder that owns it`);
      continue;
    }
    const allowed = declared.get(folder) ?? [];
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        if (FORBIDDEN.test(spec) && !isTest) out.push(`${name}: imports "${spec}"; the model is pure (no Astro, no I/O)`);
        continue;
      }
      const target = resolve(dirname(file), spec);
      const to = folderOf(target);
      if (to === null) {
        // Tests may use the shared builders and tools; the model itself never reaches out.
        const underTests = !relative(join(ROOT, 'tests'), target).startsWith('..') || !relative(join(ROOT, 'scripts/lib'), target).startsWith('..');
        if (!(isTest && underTests)) out.push(`${name}: imports "${spec}", outside src/lib; the model may not reach up into pages, tools or tests`);
      } else if (to === folder) {
        if (target === join(LIB, folder) || target === join(LIB, folder, 'index')) out.push(`${name}: imports its own folder's index ("${spec}"); import the module itself`);
      } else if (!allowed.includes(to)) {
        out.push(`${name}: imports "${spec}" (folder ${to}), but ${folder}/ may import only ${allowed.length ? allowed.join(', ') : 'nothing else of ours'}`);
      }
    }
  }
  return out;
}

/** A cycle in the declared order, as "a → b → a", or null. */
function declaredCycle(): string | null {
  const edges = new Map(folders.map((f) => [f, declaredImports(readFileSync(join(LIB, f, 'index.ts'), 'utf8')) ?? []]));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (f: string, path: string[]): string | null => {
    if (state.get(f) === 'done') return null;
    if (state.get(f) === 'open') return [...path, f].join(' → ');
    state.set(f, 'open');
    for (const g of edges.get(f) ?? []) { const c = visit(g, [...path, f]); if (c) return c; }
    state.set(f, 'done');
    return null;
  };
  for (const f of folders) { const c = visit(f, []); if (c) return c; }
  return null;
}

/** Tools (scripts/) that import from the test tree, which tools may not do. */
function toolsReachingIntoTests(): string[] {
  return walk(join(ROOT, 'scripts')).filter((f) => !f.endsWith('.test.ts')).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8')).filter((s) => s.startsWith('.'))
      .filter((s) => !relative(join(ROOT, 'tests'), resolve(dirname(file), s)).startsWith('..'))
      .map((s) => `${relative(ROOT, file)}: imports "${s}" from tests/; move what it needs to scripts/lib/`));
}

describe('the layers of src/lib', () => {
  it('reads a folder\'s declared imports and a file\'s imports', () => {
    expect(declaredImports('/**\n * x\n *\n * May import: claims, site.\n */')).toEqual(['claims', 'site']);
    expect(declaredImports('/** May import: nothing else of ours. */')).toEqual([]);
    expect(declaredImports('/** no line */')).toBeNull();
    expect(importsOf("import a from './a';\nimport type { B } from '../b';\nexport * from './c';\nconst d = await import('./d');"))
      .toEqual(['./a', '../b', './c', './d']);
  });

  it('has folders only, each declaring what it may import, in an order without cycles', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(declaredCycle()).toBeNull();
  });

  it('imports only down or sideways, as each folder declares', () => {
    expect(violations()).toEqual([]);
  });

  it('keeps tools out of the test tree (what both need lives in scripts/lib)', () => {
    expect(toolsReachingIntoTests()).toEqual([]);
  });
});
