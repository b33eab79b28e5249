import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from './article-markup';

const clean = (html: string) => toHtml(cleanArticle(fromHtml(html, { fragment: true })));

describe('cleanArticle', () => {
  it('keeps what Markdown makes of an article and the photo caption', () => {
    const html = '<h3 id="x">Sub</h3><p>A <em>b</em> <strong>c</strong> <del>d</del> <a href="https://a.org/">https://a.org/</a></p>'
      + '<figure class="photo-caption"><figcaption>Photo (AFP)</figcaption></figure><table><tbody><tr><td align="right">1</td></tr></tbody></table>';
    expect(clean(html)).toBe(html);
  });
  it('turns every other element into its text, and drops scripts and styles whole', () => {
    expect(clean('<p>a <img src=x onerror="alert(1)"><b onclick="x">b</b><iframe src="//e">i</iframe></p><script>alert(1)</script><style>*{}</style>'))
      .toBe('<p>a b</p>');
    expect(clean('<details open ontoggle="alert(1)"><summary>s</summary>t</details>')).toBe('st');
  });
  it('keeps only http(s) links and strips every other attribute', () => {
    expect(clean('<a href="javascript:alert(1)">x</a><a href="mailto:a@b.c">m</a><a href="https://a.org" onclick="x" target="_blank">y</a>'))
      .toBe('xm<a href="https://a.org">y</a>');
    expect(clean('<p style="color:red" class="x" id="y">t</p><figure class="evil"><figcaption>c</figcaption></figure>'))
      .toBe('<p>t</p><figure><figcaption>c</figcaption></figure>');
  });
});
