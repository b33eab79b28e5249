import { describe, expect, it } from 'vitest';
import { captionBlock, escapeHtmlText, escapeMarkdownText } from './markdown';

describe('escapeMarkdownText', () => {
  it('neutralises MDX and Markdown syntax', () => {
    expect(escapeMarkdownText('{x} <b>bold</b> *a* _b_ [l](u)')).toBe('\\{x\\} \\<b\\>bold\\</b\\> \\*a\\* \\_b\\_ \\[l\\]\\(u\\)');
    expect(escapeMarkdownText('import x from "y"')).toBe('&#105;mport x from "y"');
    expect(escapeMarkdownText('export const a = 1')).toBe('&#101;xport const a = 1');
    expect(escapeMarkdownText('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdownText('# not a heading')).toBe('\\# not a heading');
  });
  it('escapes what could start a link', () => {
    expect(escapeMarkdownText('javascript:alert(1) x@y.z www.a.org')).toBe('javascript\\:alert\\(1\\) x\\@y.z www\\.a.org');
  });
});

describe('escapeHtmlText and captionBlock', () => {
  it('make a caption whose text stays text inside raw HTML', () => {
    expect(escapeHtmlText('Photo credit <img src=x onerror="a()"> & {x} (AFP)')).toBe('Photo credit &lt;img src=x onerror=&quot;a()&quot;&gt; &amp; &#123;x&#125; (AFP)');
    expect(escapeHtmlText('line one\n\nline two')).toBe('line one line two');
    expect(captionBlock('Kim & Putin (AFP)')).toBe('<figure class="photo-caption"><figcaption>Kim &amp; Putin (AFP)</figcaption></figure>');
  });
  it('never backslash-escapes inside the caption (a harmless "(AFP)" reads as written)', () => {
    expect(captionBlock('Photo (AFP)')).not.toContain('\\');
  });
});
