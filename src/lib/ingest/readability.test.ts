import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectHtml } from './collect';
import { removeFurniture } from './furniture';
import { collectHtmlReadability } from './readability';
import { ROOT } from '../../../tests/helpers/content';

const page = (f: string) => readFileSync(join(ROOT, 'tests/fixtures/ingest', f), 'utf8');

describe('collectHtmlReadability', () => {
  const html = page('extraction/en13-northgate-times-div-layout.html');
  const texts = collectHtmlReadability(html).lines.map((l) => l.text);
  it('finds the article in a page of bare <div>s, where our own reader keeps the cookie banner and the most-read list', () => {
    expect(texts[0]).toBe('Seoul says North Korean units rotate out of Kursk');
    expect(texts).toContain('The National Intelligence Service said roughly 3,000 additional troops had arrived in January and February, bringing the total sent since last autumn to about 14,000.');
    expect(texts.some((t) => /We value your privacy|Markets slide as oil prices jump/.test(t))).toBe(false);
    expect(collectHtml(html).lines.some((l) => /We value your privacy/.test(l.text))).toBe(true);
  });
  it('keeps the standfirst of the story header, which Readability drops with the headline', () => {
    const lines = collectHtmlReadability(page('en09-asia-desk-today-first-casualties.html')).lines.map((l) => l.text);
    expect(lines[1]).toMatch(/^Spy agency gives first casualty estimate as Kyiv reports/);
  });
  it('keeps what the page head says, read as collectHtml reads it', () => {
    expect(collectHtmlReadability(html)).toMatchObject({
      siteName: 'The Northgate Times', author: 'Dana Whitfield', published: '2025-03-14T08:30:00Z',
      url: 'https://www.northgate-times.example/world/asia/seoul-north-korean-units-rotate-kursk',
    });
  });
  it('leaves in an in-text newsletter box, which our furniture rules then remove and report', () => {
    const para = (i: number) => `<p>Paragraph ${i}: about 11,000 North Korean soldiers were sent to the Kursk region, officials in Seoul and Kyiv said this week in separate statements.</p>`;
    const box = 'Subscribe to our newsletter: the five stories that matter, in your inbox before breakfast.';
    const lines = collectHtmlReadability(`<html><body><div>${para(1)}${para(2)}<div class="box"><p>${box}</p></div>${[3, 4, 5, 6].map(para).join('')}</div></body></html>`).lines;
    expect(lines.map((l) => l.text)).toContain(box);
    const cleaned = removeFurniture(lines, 'en');
    expect(cleaned.lines.map((l) => l.text)).not.toContain(box);
    expect(cleaned.removed).toContainEqual({ text: box, reason: 'newsletter blurb' });
  });
});
