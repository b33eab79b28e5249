/**
 * Rehype plugin for source articles: enforces the provenance rule and anchors every
 * quoted claim, so that `/sources/<id>/#<claim-id>` lands on the sentence.
 *
 * Runs on every Markdown/MDX file whose frontmatter carries claim lists (the sources);
 * other files pass through untouched. A source that breaks the rule throws, which stops
 * the build with a message naming the file, the claim and what did not match.
 */
import { relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { raw } from 'hast-util-raw';
import { checkProvenance, cleanArticle, type ClaimRange, claimsOf, formatProvenanceError, provenanceReader, segmentClaims, type SourceData } from '../lib/claims';

/** Elements whose text a quote may span. A quote never crosses from one to another. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'td', 'th', 'dt', 'dd']);

type AnyNode = Root | RootContent | ElementContent;
type Parent = { children: AnyNode[] };
interface Block {
  texts: { node: Text; parent: Parent }[];
}

const tagOf = (node: AnyNode): string | undefined => {
  if (node.type === 'element') return node.tagName;
  const named = node as { type: string; name?: string | null };
  return named.type.startsWith('mdxJsx') ? (named.name ?? undefined) : undefined;
};

function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (node: AnyNode, block: Block | null) => {
    const tag = tagOf(node);
    let current = block;
    if (tag && BLOCK_TAGS.has(tag)) {
      current = { texts: [] };
      blocks.push(current);
    }
    if (!('children' in node)) return;
    for (const child of node.children as AnyNode[]) {
      if (child.type === 'text' && current) current.texts.push({ node: child, parent: node as Parent });
      else walk(child, current);
    }
  };
  walk(tree, null);
  return blocks.filter((b) => b.texts.length > 0);
}

const mark = (text: string, claims: string[], id: string | undefined): Element => ({
  type: 'element',
  tagName: 'mark',
  properties: { className: ['claim'], dataClaims: claims.join(' '), ...(id ? { id } : {}) },
  children: [{ type: 'text', value: text }],
});
const anchor = (id: string): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { id, className: ['claim-anchor'] },
  children: [],
});

function highlight(block: Block, ranges: ClaimRange[]) {
  const raw = block.texts.map((t) => t.node.value).join('');
  const segments = segmentClaims(raw.length, ranges);
  let offset = 0;
  for (const { node, parent } of block.texts) {
    const from = offset;
    const to = offset + node.value.length;
    offset = to;
    const pieces: ElementContent[] = [];
    for (const seg of segments) {
      const start = Math.max(seg.start, from);
      const end = Math.min(seg.end, to);
      if (start >= end) continue;
      const text = raw.slice(start, end);
      if (seg.claims.length === 0) {
        pieces.push({ type: 'text', value: text });
        continue;
      }
      const starts = start === seg.start ? seg.starts : [];
      pieces.push(...starts.slice(1).map(anchor), mark(text, seg.claims, starts[0]));
    }
    const at = parent.children.indexOf(node);
    parent.children.splice(at, 1, ...pieces);
  }
}

const hasClaims = (fm: unknown): fm is SourceData =>
  typeof fm === 'object' && fm !== null &&
  ['figures', 'transfers', 'reactions', 'events'].some((k) => Array.isArray((fm as Record<string, unknown>)[k]));

const hasRaw = (node: AnyNode): boolean =>
  (node as { type: string }).type === 'raw' || ('children' in node && (node.children as AnyNode[]).some(hasRaw));

/** The plugin: `rehypePlugins: [rehypeClaims]`. */
export default function rehypeClaims() {
  return (parsed: Root, file: { path?: string; data: { astro?: { frontmatter?: unknown } } }) => {
    const fm = file.data.astro?.frontmatter;
    if (!hasClaims(fm)) return undefined;
    // In Markdown, HTML in the body (a photo's <figcaption>) is still a raw string here;
    // parse it so a quote from a caption is found and anchored like any other.
    // Article text is text: only the markup Markdown makes, the photo caption and http(s)
    // links survive; everything else an article carries in becomes text.
    const tree = cleanArticle(hasRaw(parsed) ? (raw(parsed) as Root) : parsed);
    const source: SourceData = { ...fm, figures: fm.figures ?? [], transfers: fm.transfers ?? [], reactions: fm.reactions ?? [], events: fm.events ?? [] };
    const blocks = collectBlocks(tree);
    const blockTexts = blocks.map((b) => b.texts.map((t) => t.node.value).join(''));
    const reader = provenanceReader(blockTexts, source.language);
    const problems = checkProvenance(source, reader);
    if (problems.length > 0) {
      const where = file.path ? relative(process.cwd(), file.path) : '(unknown file)';
      throw new Error(formatProvenanceError(where, problems));
    }
    const perBlock = new Map<number, ClaimRange[]>();
    for (const claim of claimsOf(source)) {
      // The first block that holds the quote carries its anchor.
      const { block, start, end } = reader.locate(claim.quote)!;
      perBlock.set(block, [...(perBlock.get(block) ?? []), { id: claim.id, start, end }]);
    }
    for (const [i, ranges] of perBlock) highlight(blocks[i]!, ranges);
    // The content layer would keep a second copy of a Markdown source's frontmatter with
    // its HTML, which no page reads: at 5,000 sources, 11 of the 69 MB the build carries.
    // (An MDX file's frontmatter is its module's export, so it stays.)
    if (file.data.astro && String(file.path ?? '').endsWith('.md')) file.data.astro.frontmatter = {};
    return tree;
  };
}
