import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { articleMarkupProblem, cleanArticle } from './article-markup';

const clean = (html: string) => toHtml(cleanArticle(fromHtml(html, { fragment: true })));

describe('cleanArticle', () => {
  it('keeps what Markdown makes of an article and the photo caption', () => {
    const html = '<h3 id="article-x">Sub</h3><p>A <em>b</em> <strong>c</strong> <del>d</del> <a href="https://a.org/">https://a.org/</a></p>'
      + '<figure class="photo-caption"><figcaption>Photo (AFP)</figcaption></figure><table><tbody><tr><td align="right">1</td></tr></tbody></table>';
    // A heading's id is the article's own: prefixed, so that no claim's anchor is taken.
    expect(clean(html.replace('id="article-x"', 'id="x"'))).toBe(html);
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

describe('articleMarkupProblem (an MDX file\'s HTML)', () => {
  it('allows what an article may carry, as written', () => {
    expect(articleMarkupProblem('figure', { class: 'photo-caption' })).toBeUndefined();
    expect(articleMarkupProblem('a', { href: 'https://example.org/p' })).toBeUndefined();
    expect(articleMarkupProblem('td', { align: 'left' })).toBeUndefined();
    expect(articleMarkupProblem('em', {})).toBeUndefined();
  });

  it('names the element, the attribute or the value it refuses', () => {
    expect(articleMarkupProblem('script', {})).toBe('the element <script> is not allowed in an article');
    expect(articleMarkupProblem('img', { src: 'x', onerror: 'alert(1)' })).toBe('the element <img> is not allowed in an article');
    expect(articleMarkupProblem('p', { onclick: 'x()' })).toBe('the attribute "onclick" is not allowed on <p>');
    expect(articleMarkupProblem('p', { 'set:html': '<b>' })).toBe('the attribute "set:html" is not allowed on <p>');
    expect(articleMarkupProblem('figure', { class: 'photo-caption evil' })).toBe('the value "evil" of "class" is not allowed on <figure>');
    expect(articleMarkupProblem('a', { href: 'javascript:alert(1)' })).toBe('the link address "javascript:alert(1)" is not http(s)');
    expect(articleMarkupProblem('a', { href: null })).toBe('the attribute "href" on <a> must be a literal string, not an expression');
  });
});

