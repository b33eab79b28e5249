/**
 * The one tree walk behind both claims plugins (Sätteri's for `.md` and `.mdx`, unified's
 * for the processor comparison): find an article's blocks in its hast tree, hold the
 * source to the provenance rule, and say which text nodes become which highlighted
 * pieces. It reads the tree and never changes it; each plugin applies the edits with its
 * own processor's means. The rule itself lives in `src/lib/claims`.
 */
import type { Element, ElementContent, Text } from 'hast';
import {
  type ArticleBlock, checkProvenance, type ClaimRange, claimsOf, formatProvenanceError, provenanceReader, segmentClaims, type SourceData,
} from '../lib/claims';

/** Elements whose text a quote may span. A quote never crosses from one to another. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'td', 'th', 'dt', 'dd']);
/** Elements of deleted text (`~~struck through~~`, `<del>`, `<s>`): on the page, but not what the article states. */
const DELETED_TAGS = new Set(['del', 's', 'strike']);

/**
 * The little of a hast node the walk reads: a unified tree's nodes and Sätteri's read-only
 * views both have it. MDX's JSX elements carry their tag in `name`.
 */
export interface TreeNode {
  readonly type: string;
  readonly tagName?: string;
  readonly name?: string | null;
  readonly value?: string;
  readonly children?: readonly TreeNode[];
}

/** One text node of the article and what replaces it: text, `<mark>`s and anchors. */
export interface ClaimsEdit<N extends TreeNode = TreeNode> {
  node: N;
  /** The node whose `children` hold `node`. */
  parent: N;
  pieces: ElementContent[];
}

interface Block<N extends TreeNode> {
  texts: { node: N; parent: N; deleted: boolean }[];
}

const RAW_HTML_ERROR = 'The claims plugin met raw HTML it cannot read: parse it first (Sätteri: features.rawHtml; unified: hast-util-raw).';

/**
 * Throws when a tree still holds unparsed HTML (a photo caption), which would hide its
 * quotes from the rule, and which cleaning the article would silently drop.
 *
 * @example
 * rejectRawHtml(root) // throws 'The claims plugin met raw HTML…' when rawHtml is off
 */
export function rejectRawHtml(node: TreeNode): void {
  if (node.type === 'raw') throw new Error(RAW_HTML_ERROR);
  for (const child of node.children ?? []) rejectRawHtml(child);
}

const tagOf = (node: TreeNode): string | undefined =>
  node.type === 'element' ? node.tagName : node.type.startsWith('mdxJsx') ? (node.name ?? undefined) : undefined;

function collectBlocks<N extends TreeNode>(tree: N): Block<N>[] {
  const blocks: Block<N>[] = [];
  const walk = (node: N, block: Block<N> | null, deleted: boolean) => {
    const tag = tagOf(node);
    const inDeleted = deleted || (tag !== undefined && DELETED_TAGS.has(tag));
    let current = block;
    if (tag && BLOCK_TAGS.has(tag)) {
      current = { texts: [] };
      blocks.push(current);
    }
    if (!node.children) return;
    for (const child of node.children as readonly N[]) {
      if (child.type === 'raw') {
        // Unparsed HTML (a photo caption) would hide its quotes from the rule.
        throw new Error(RAW_HTML_ERROR);
      }
      if (child.type === 'text' && current) current.texts.push({ node: child, parent: node, deleted: inDeleted });
      else walk(child, current, inDeleted);
    }
  };
  walk(tree, null, false);
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

/** A block's text and its deleted stretches, as the rule reads them. */
function articleBlock<N extends TreeNode>(block: Block<N>, text: string): ArticleBlock {
  const deleted: ArticleBlock['deleted'][number][] = [];
  let offset = 0;
  for (const { node, deleted: isDeleted } of block.texts) {
    const end = offset + node.value!.length;
    if (isDeleted) deleted.push({ start: offset, end });
    offset = end;
  }
  return { text, deleted };
}

/** The edits that highlight `ranges` of one block, a text node at a time. */
function blockEdits<N extends TreeNode>(block: Block<N>, text: string, ranges: ClaimRange[]): ClaimsEdit<N>[] {
  const segments = segmentClaims(text.length, ranges);
  const edits: ClaimsEdit<N>[] = [];
  let offset = 0;
  for (const { node, parent } of block.texts) {
    const from = offset;
    const to = offset + node.value!.length;
    offset = to;
    const pieces: ElementContent[] = [];
    let touched = false;
    for (const seg of segments) {
      const start = Math.max(seg.start, from);
      const end = Math.min(seg.end, to);
      if (start >= end) continue;
      const value = text.slice(start, end);
      if (seg.claims.length === 0) {
        pieces.push({ type: 'text', value } satisfies Text);
        continue;
      }
      touched = true;
      const starts = start === seg.start ? seg.starts : [];
      pieces.push(...starts.slice(1).map(anchor), mark(value, seg.claims, starts[0]));
    }
    if (touched) edits.push({ node, parent, pieces });
  }
  return edits;
}

/**
 * True when a file's frontmatter carries claim lists, i.e. the file is a source.
 *
 * @example
 * hasClaims({ title: 'x', figures: [] }) // true
 * hasClaims({ title: 'About' })          // false
 */
export function hasClaims(frontmatter: unknown): frontmatter is Partial<SourceData> & Pick<SourceData, 'language'> {
  return typeof frontmatter === 'object' && frontmatter !== null &&
    ['figures', 'transfers', 'reactions', 'events'].some((k) => Array.isArray((frontmatter as Record<string, unknown>)[k]));
}

/**
 * Holds a source's article (its hast tree) to the provenance rule and returns the edits
 * that anchor every claim: each quoted stretch becomes `<mark class="claim">`, the claim's
 * first character carrying its id. Throws the build-stopping message naming `file`, each
 * claim and what did not match. Text nodes no quote touches are left out of the edits.
 *
 * @example
 * const edits = claimsEdits(tree, frontmatter, 'content/sources/x.md');
 * for (const { node, parent, pieces } of edits) parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
 */
export function claimsEdits<N extends TreeNode>(tree: N, frontmatter: Partial<SourceData> & Pick<SourceData, 'language'>, file: string): ClaimsEdit<N>[] {
  const source = { ...frontmatter, figures: frontmatter.figures ?? [], transfers: frontmatter.transfers ?? [], reactions: frontmatter.reactions ?? [], events: frontmatter.events ?? [] };
  const blocks = collectBlocks(tree);
  const blockTexts = blocks.map((b) => b.texts.map((t) => t.node.value!).join(''));
  const reader = provenanceReader(blocks.map((b, i) => articleBlock(b, blockTexts[i]!)), source.language);
  const problems = checkProvenance(source, reader);
  if (problems.length > 0) throw new Error(formatProvenanceError(file, problems));
  const perBlock = new Map<number, ClaimRange[]>();
  for (const claim of claimsOf(source)) {
    // The first block that holds the quote carries its anchor.
    const { block, start, end } = reader.locate(claim.quote)!;
    const ranges = perBlock.get(block);
    if (ranges) ranges.push({ id: claim.id, start, end });
    else perBlock.set(block, [{ id: claim.id, start, end }]);
  }
  return [...perBlock].flatMap(([i, ranges]) => blockEdits(blocks[i]!, blockTexts[i]!, ranges));
}

/**
 * A plain, mutable copy of a tree (Sätteri's nodes are read-only views).
 *
 * @example
 * cleanArticle(plainTree(root) as Root)
 */
export function plainTree(node: TreeNode): TreeNode {
  const n = node as TreeNode & { properties?: Record<string, unknown> };
  return {
    type: n.type,
    ...(n.tagName !== undefined && { tagName: n.tagName }),
    ...(n.properties !== undefined && { properties: { ...n.properties } }),
    ...(n.value !== undefined && { value: n.value }),
    ...(n.children !== undefined && { children: Array.from(n.children, plainTree) }),
  } as TreeNode;
}

const propertiesOf = (n: TreeNode) => (n as { properties?: Record<string, unknown> }).properties ?? {};
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * True when two trees have the same nodes, tags, text and properties (in any key order):
 * whether cleaning an article changed anything.
 *
 * @example
 * sameTree(view, cleanArticle(plainTree(view) as Root)) // true for an article Markdown alone made
 */
export function sameTree(a: TreeNode, b: TreeNode): boolean {
  if (a.type !== b.type || a.tagName !== b.tagName || a.value !== b.value) return false;
  const pa = Object.entries(propertiesOf(a)).filter(([, v]) => v !== undefined);
  const pb = propertiesOf(b);
  if (pa.length !== Object.values(pb).filter((v) => v !== undefined).length) return false;
  if (!pa.every(([k, v]) => sameValue(v, pb[k]))) return false;
  const ca = a.children ?? [];
  const cb = b.children ?? [];
  return ca.length === cb.length && ca.every((child, i) => sameTree(child, cb[i]!));
}

/**
 * Applies the edits of {@link claimsEdits} to a plain, mutable tree (unified's, or a plain copy
 * of Sätteri's): each text node is replaced by its pieces.
 *
 * @example
 * applyEdits(claimsEdits(tree, frontmatter, 'content/sources/x.md'))
 */
export function applyEdits(edits: readonly ClaimsEdit<TreeNode>[]): void {
  for (const { node, parent, pieces } of edits) {
    const siblings = (parent as unknown as { children: unknown[] }).children;
    siblings.splice(siblings.indexOf(node), 1, ...pieces);
  }
}
