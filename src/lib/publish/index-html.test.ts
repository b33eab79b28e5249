import { describe, expect, it } from 'vitest';
import { spaceBlockEnds } from './index-html';

describe('spaceBlockEnds', () => {
  it('keeps apart the blocks Pagefind would join', () => {
    expect(spaceBlockEnds('<dl><div><dt>Lowest estimate</dt><dd><a href="#a">nearly 600</a></dd></div></dl>'))
      .toBe('<dl><div><dt>Lowest estimate </dt><dd><a href="#a">nearly 600</a> </dd></div> </dl>');
    expect(spaceBlockEnds('<tr><th>Value</th><TH>Applies to</TH ></tr>')).toBe('<tr><th>Value </th><TH>Applies to </TH > </tr>');
  });

  it('leaves inline elements and words alone', () => {
    const html = '<p>North <mark id="x">Korea</mark>n troops, <em>about</em> 600</p><span>a</span><span>b</span>';
    expect(spaceBlockEnds(html)).toBe(html);
    expect(spaceBlockEnds('<p>a &lt;/dt&gt; b</p>')).toBe('<p>a &lt;/dt&gt; b</p>');
  });
});
