/**
 * The one tree walk behind both claims plugins (Sätteri's for `.md` and `.mdx`, unified's
 * for the processor comparison): find an article's blocks in its hast tree, hold the
 * source to the provenance rule, and say which text nodes become which highlighted
 * pieces. It reads the tree and never changes it; each plugin applies the edits with its
 * own processor's means. The rule itself lives in `src/lib/claims`.
 */
import type { Element, ElementContent, Text } from 'hast';
import GithubSlugger from 'github-slugger';
import {
  ARTICLE_ID_PREFIX, type ArticleBlock, articleMarkupProblem, checkProvenance, type ClaimRange, claimsOf, formatProvenanceError,
  type ProvenanceProblem, provenanceReader, segmentClaims, type SourceData, type WrittenAttribute,
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

/** An attribute of an MDX JSX element: `name="value"`, a bare `name`, `name={expression}`, or `{...spread}`. */
interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
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

const isJsx = (node: TreeNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Throws when an MDX file's HTML (its JSX elements with a lower-case name) is not markup an
 * article may carry, naming the file, the element and what is wrong. Components (capitalised
 * names) are the author's code and pass. An MDX file is code, so it is checked, not cleaned:
 * its author learns that `<script>` or `<img onerror>` will not publish, rather than finding
 * them gone.
 *
 * @example
 * checkMdxMarkup(root, 'content/sources/x.mdx') // throws 'Markup check failed for content/sources/x.mdx: …<img>…'
 */
export function checkMdxMarkup(tree: TreeNode, file: string): void {
  const problems: string[] = [];
  const walk = (node: TreeNode) => {
    if (isJsx(node) && node.name && /^[a-z]/.test(node.name)) {
      const attributes: Record<string, WrittenAttribute> = {};
      let spread = false;
      for (const a of ((node as { attributes?: readonly JsxAttribute[] }).attributes ?? [])) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) spread = true;
        else attributes[a.name] = typeof a.value === 'string' ? a.value : a.value == null ? true : null;
      }
      const problem = spread ? `<${node.name}> spreads attributes from an expression` : articleMarkupProblem(node.name, attributes);
      if (problem) problems.push(`  - ${problem}`);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  if (problems.length > 0) {
    throw new Error(`Markup check failed for ${file}:\n${problems.join('\n')}\nAn article's HTML is text, Markdown's own markup, a photo caption and http(s) links; anything else belongs in a component.`);
  }
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const textOf = (node: TreeNode): string => node.value ?? (node.children ?? []).map(textOf).join('');
const idOf = (node: TreeNode): unknown =>
  (node as { properties?: { id?: unknown } }).properties?.id ??
  (isJsx(node) ? (node as { attributes?: readonly JsxAttribute[] }).attributes?.find((a) => a.name === 'id')?.value : undefined);

/**
 * The id each of the article's headings should carry: its slug, as Astro would make it, after
 * {@link ARTICLE_ID_PREFIX}, so that a subheading keeps a link of its own (search results
 * point to it) and never takes a claim's anchor (`## Fig strike` would otherwise be
 * `#fig-strike`, the id of the claim `fig-strike`). Headings that have an id are left out:
 * Astro's own pass keeps it.
 *
 * @example
 * headingIds(tree) // [{ node: <h2>Fig strike</h2>, id: 'article-fig-strike' }]
 */
export function headingIds<N extends TreeNode>(tree: N): { node: N; id: string }[] {
  const slugger = new GithubSlugger();
  const found: { node: N; id: string }[] = [];
  const walk = (node: N) => {
    if (node.type === 'element' && node.tagName && HEADINGS.has(node.tagName) && typeof idOf(node) !== 'string') {
      found.push({ node, id: `${ARTICLE_ID_PREFIX}${slugger.slug(textOf(node))}` });
    }
    for (const child of (node.children ?? []) as readonly N[]) walk(child);
  };
  walk(tree);
  return found;
}

/** The ids the article's own elements carry (a heading's, an MDX element's). */
function elementIds(node: TreeNode, into = new Set<string>()): Set<string> {
  const id = idOf(node);
  if (typeof id === 'string') into.add(id);
  for (const child of node.children ?? []) elementIds(child, into);
  return into;
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
  // Ids the article's elements carry, or will once its headings get theirs.
  const taken = elementIds(tree);
  for (const { id } of headingIds(tree)) taken.add(id);
  // A claim's anchor must be the only element with its id, or its link lands elsewhere.
  const clashes: ProvenanceProblem[] = claimsOf(source).filter((c) => taken.has(c.id)).map((c) => ({
    claimId: c.id, field: c.field, message: `the id "${c.id}" is also the id of an element of the article (a heading): rename the claim`,
  }));
  const problems = [...checkProvenance(source, reader), ...clashes];
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
