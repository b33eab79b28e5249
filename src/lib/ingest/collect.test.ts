import { describe, expect, it } from 'vitest';
import { collectHtml, collectText } from './collect';

const PAGE = `<!doctype html><html><head>
<meta property="og:site_name" content="The Courier"><meta name="author" content="A. Writer">
<meta property="article:published_time" content="2024-11-05T14:02:00Z"><link rel="canonical" href="https://courier.example/a">
</head><body>
<header class="site-header"><div>Thursday, December 19, 2024</div><nav>News World</nav></header>
<div class="cookie-banner"><p>We use cookies.</p></div>
<main><header class="article-header"><h1>How many soldiers?</h1><p class="dateline">Published 5 Nov 2024 14:02 GMT</p>
<div class="share-bar"><button>Share</button></div></header>
<article><figure><img src="x.jpg" alt=""><figcaption>The Kursk salient as of Oct. 30, 2024. Graphic: Courier</figcaption></figure>
<h2>Seoul’s count</h2><p>About 3,000 soldiers&#160;arrived.</p></article>
<aside class="related"><p>Related: 20,000 troops?</p></aside>
<section class="comments"><p>I read it is 20,000.</p></section></main></body></html>`;

describe('collectHtml', () => {
  it('reads the article and its own header, as lines with their kinds, and what the head says', () => {
    const c = collectHtml(PAGE);
    expect(c.lines).toEqual([
      { text: 'How many soldiers?', kind: 'title' },
      { text: 'Published 5 Nov 2024 14:02 GMT' },
      { text: 'The Kursk salient as of Oct. 30, 2024. Graphic: Courier', kind: 'caption' },
      { text: 'Seoul’s count', kind: 'heading' },
      { text: 'About 3,000 soldiers arrived.' },
    ]);
    expect(c).toMatchObject({ title: 'How many soldiers?', siteName: 'The Courier', author: 'A. Writer', url: 'https://courier.example/a', published: '2024-11-05T14:02:00Z' });
  });
  it('leaves out the site header, cookie banner, share bar, related links and comments', () => {
    const text = collectHtml(PAGE).lines.map((l) => l.text).join('\n');
    expect(text).not.toMatch(/Thursday|cookies|Share|20,000/);
  });
});

describe('collectText', () => {
  it('keeps every line as it comes', () => {
    expect(collectText('Title\r\n\r\nText.').lines).toEqual([{ text: 'Title' }, { text: '' }, { text: 'Text.' }]);
  });
});
