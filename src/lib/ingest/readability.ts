/**
 * A saved page's article as Mozilla Readability (Firefox's Reader View) finds it, over
 * linkedom's server-side DOM; then read into lines by our own reader, so that our furniture
 * rules still apply to what Readability leaves in, and with what the page's head says read
 * as `collectHtml` reads it. `tests/quality/ingest-extractors.test.ts` measures it against
 * `collectHtml` (README, "Adding a source").
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { collectHtml, type Collected } from './collect';

/**
 * The article of a saved HTML page as Readability extracts it, as lines; the head's metadata
 * and the headline (with a standfirst Readability dropped) as `collectHtml` reads them. Falls
 * back to `collectHtml` when Readability finds no article.
 *
 * @example
 * collectHtmlReadability(page).lines[0] // { text: 'Combien de soldats nord-coréens en Russie ? …', kind: 'title' }
 */
export function collectHtmlReadability(html: string): Collected {
  const ours = collectHtml(html);
  const { document } = parseHTML(html);
  // Classes stay so that our furniture rules see what Readability kept (a share bar, a comment box).
  const article = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  if (!article?.content) return ours;
  const lines = collectHtml(`<html><body><article>${article.content}</article></body></html>`).lines;
  // Readability drops the headline it takes as the title, and with it the story header's
  // standfirst: what our reader found between the headline and the first line both found
  // comes back in front (our furniture rules then judge bylines, dates and share bars there).
  const texts = new Set(lines.map((l) => l.text));
  const at = ours.lines.findIndex((l) => l.kind === 'title');
  if (at < 0) return { ...ours, lines };
  const shared = ours.lines.findIndex((l, i) => i > at && texts.has(l.text));
  const lead = ours.lines.slice(at, shared < 0 ? at + 1 : shared).filter((l) => !texts.has(l.text));
  return { ...ours, lines: [...lead, ...lines] };
}
