/**
 * The visible text of a DOM subtree as paragraphs: one block per block-level element (p, h1–h6, li,
 * blockquote …), blocks separated by a blank line, white space collapsed inside a block and `<br>` kept as
 * a line break. Each block remembers the element it came from (its ordinal in the original page, stamped
 * on every element before any cleaning), so a span in the text leads back to the HTML.
 */

import type { SourceBlock } from '../core/types.js';

export type { SourceBlock };

/** The attribute that carries an element's ordinal in the original page. */
export const ORDINAL_ATTRIBUTE = 'data-mv-n';

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
/** Never text: code, styles, embedded media and form controls. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img', 'button', 'select', 'textarea', 'input', 'head', 'title']);
/** Deep nesting is walked iteratively, so a hostile page of 100,000 nested divs cannot overflow the stack. */
const MAX_NODES = 2_000_000;

interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
  getAttribute?(name: string): string | null;
}

/** The text of `root` as blocks joined by blank lines, with the map from text offsets to page elements. */
export function blocksToText(root: NodeLike): { text: string; blocks: SourceBlock[] } {
  const parts: string[] = [];
  const blocks: SourceBlock[] = [];
  let length = 0;
  let current = '';
  let owner: { element: number; tag: string } = { element: -1, tag: 'body' };

  const flush = (): void => {
    const block = current.replace(/[ \t\f\v\u00a0]*\n[ \t\f\v\u00a0]*/g, '\n').trim();
    current = '';
    if (block === '') return;
    if (parts.length > 0) length += 2;
    blocks.push({ start: length, end: length + block.length, element: owner.element, tag: owner.tag });
    parts.push(block);
    length += block.length;
  };

  // An explicit stack of [node, leaving] pairs: leaving a block element flushes its text.
  const stack: Array<[NodeLike, boolean, { element: number; tag: string } | null]> = [[root, false, null]];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const [node, leaving, restore] = stack.pop()!;
    if (leaving) {
      flush();
      if (restore) owner = restore;
      continue;
    }
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'br') {
      current += '\n';
      continue;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      const n = Number(node.getAttribute?.(ORDINAL_ATTRIBUTE) ?? NaN);
      stack.push([node, true, owner]);
      owner = { element: Number.isInteger(n) ? n : owner.element, tag };
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, false, null]);
  }
  flush();
  return { text: parts.join('\n\n'), blocks };
}
