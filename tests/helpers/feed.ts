/**
 * How a feed reader reads an RSS file: the XML decoded, then each item's title and
 * description parsed as an HTML fragment (as most readers do). For the feed's tests.
 */
import { load } from 'cheerio';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** What a reader shows of an HTML text field: its text, and the elements the HTML parser made (none, for text). */
export function asReaderSees(html: string): { text: string; elements: string[] } {
  const tree = fromHtml(html, { fragment: true });
  const elements: string[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') elements.push(n.tagName);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(tree);
  return { text: toText(tree), elements };
}

/** Each item of an RSS file, its fields as the XML holds them once decoded. */
export function feedItemsOf(xml: string): { title: string; description: string; link: string }[] {
  const $ = load(xml, { xml: true });
  return $('item').map((_, el) => ({ title: $(el).children('title').text(), description: $(el).children('description').text(), link: $(el).children('link').text() })).get();
}
