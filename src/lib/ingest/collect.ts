/**
 * An article as collected, read into lines: plain text line by line, or a saved HTML page's
 * article (its header, headings, paragraphs and figure captions) with what its head says
 * (site name, canonical address, author, `article:published_time`). A page's site header,
 * navigation, cookie banner, share bar, newsletter box, related links and comments are left
 * out before any line is read.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

/** A line of the article; a page says which lines are captions and headings. */
export interface Line {
  text: string;
  kind?: 'caption' | 'heading' | 'title' | undefined;
}

export interface Collected {
  lines: Line[];
  title?: string | undefined;
  url?: string | undefined;
  author?: string | undefined;
  siteName?: string | undefined;
  /** The page's `article:published_time` (or its article's first `<time datetime>`), as written. */
  published?: string | undefined;
}

const meta = (tree: Root, key: string) =>
  (select(`meta[property="${key}"], meta[name="${key}"]`, tree) as Element | undefined)?.properties?.content as string | undefined;

const DROP = 'script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, input, textarea, select';
/** Classes and ids of page furniture inside the article's container. */
const FURNITURE_CLASS = /(?:^|[-_\s])(?:comments?|commentaires?|newsletter|related|lies|lire-aussi|share|partage|social|promo|cookies?|consent|subscribe|abonnement|encart|outbrain|taboola|ad|ads|pub|advert\w*|most-read|popular)(?:$|[-_\s])/i;

/**
 * The lines of plain text, as they come.
 *
 * @example
 * collectText('Title\n\nText.').lines // [{ text: 'Title' }, { text: '' }, { text: 'Text.' }]
 */
export function collectText(text: string): Collected {
  return { lines: text.split(/\r?\n/).map((t) => ({ text: t })) };
}

/**
 * The article of a saved HTML page as lines, with what the page's head says.
 *
 * @example
 * collectHtml('<html><body><article><h1>T</h1><p>Text.</p></article></body></html>').lines // [{ text: 'T', kind: 'title' }, { text: 'Text.' }]
 */
export function collectHtml(html: string): Collected {
  const tree = fromHtml(html);
  const blank = (el: Element) => { el.children = []; el.tagName = 'span'; el.properties = {}; };
  for (const el of selectAll(DROP, tree)) blank(el);
  const main = (select('main', tree) ?? select('article', tree) ?? select('body', tree) ?? tree) as Element | Root;
  // A site header outside the article's container goes; the article's own header stays.
  for (const el of selectAll('header', tree)) if (!isInside(el, main)) blank(el);
  for (const el of selectAll('[class], [id]', main)) {
    const names = [el.properties?.className, el.properties?.id].flat().filter(Boolean).join(' ');
    if (FURNITURE_CLASS.test(names) && !/article|story|entry|content|body|corps|chapo|standfirst/i.test(names)) blank(el);
  }
  const lines: Line[] = selectAll('h1, h2, h3, h4, p, li, figcaption, blockquote', main).map((el) => ({
    text: toText(el).replace(/\s+/g, ' ').trim(),
    kind: el.tagName === 'figcaption' ? 'caption' as const : el.tagName === 'h1' ? 'title' as const : /^h[2-4]$/.test(el.tagName) ? 'heading' as const : undefined,
  })).filter((l) => l.text);
  const h1 = select('h1', main);
  const h1Text = h1 ? toText(h1).replace(/\s+/g, ' ').trim() : '';
  const published = meta(tree, 'article:published_time') ?? (select('article time[datetime], main time[datetime]', tree) as Element | undefined)?.properties?.dateTime as string | undefined;
  return {
    lines,
    title: h1Text || meta(tree, 'og:title'),
    url: (select('link[rel="canonical"]', tree) as Element | undefined)?.properties?.href as string | undefined ?? meta(tree, 'og:url'),
    author: meta(tree, 'author') ?? meta(tree, 'article:author'),
    siteName: meta(tree, 'og:site_name'),
    published,
  };
}

function isInside(el: Element, container: Element | Root): boolean {
  if (container === el) return true;
  const stack: (Element | Root)[] = [container];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child === el) return true;
      if (child.type === 'element') stack.push(child);
    }
  }
  return false;
}
