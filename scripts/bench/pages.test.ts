import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largestPages, overLimit, pageKind } from './pages';

describe('pageKind', () => {
  it('names a page by its fixed segments, with periods, ids and versions replaced', () => {
    expect(pageKind('index.html')).toBe('/');
    expect(pageKind('topics/troops/index.html')).toBe('topics/[topic]/');
    expect(pageKind('topics/troops/2025-11/index.html')).toBe('topics/[topic]/[period]/');
    expect(pageKind('timeline/2025-11-04/index.html')).toBe('timeline/[period]/');
    expect(pageKind('sources/2025/index.html')).toBe('sources/[period]/');
    expect(pageKind('sources/csactu-2025-05-x/index.html')).toBe('sources/[id]/');
    expect(pageKind('data/releases/2026-11-23/index.html')).toBe('data/releases/[version]/');
    expect(pageKind('404.html')).toBe('404/');
  });
});

describe('largestPages', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pages-test-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  it('keeps the largest page of each kind and flags those over 300 kB', () => {
    for (const [dir, bytes] of [['topics/troops', 1000], ['topics/casualties', 400 * 1024], ['sources/a-1', 10]] as const) {
      mkdirSync(join(dist, dir), { recursive: true });
      writeFileSync(join(dist, dir, 'index.html'), 'x'.repeat(bytes));
    }
    const largest = largestPages(dist);
    expect(largest['topics/[topic]/']!.path).toBe(join('topics', 'casualties', 'index.html'));
    expect(largest['sources/[id]/']!.bytes).toBe(10);
    expect(overLimit(largest)).toEqual([expect.stringMatching(/^topics\/\[topic\]\/ topics\/casualties\/index.html: 400 kB/)]);
  });
});
