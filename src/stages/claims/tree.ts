/**
 * Small read-only helpers over the dependency tree stored on the tokens (document-wide head
 * indices, -1 for a root). Built once per document.
 */
import type { Document } from '../../model/types.js';

export interface DepTree {
  /** children[i]: token indices whose head is i, in text order. */
  children: number[][];
}

export function hasDeps(doc: Document): boolean {
  return doc.tokens.length > 0 && doc.tokens.every((t) => t.head !== undefined);
}

export function buildTree(doc: Document): DepTree {
  const children: number[][] = doc.tokens.map(() => []);
  doc.tokens.forEach((t, i) => {
    if (t.head !== undefined && t.head >= 0 && t.head < children.length) children[t.head].push(i);
  });
  return { children };
}

/** Token indices of the subtree under `root`, skipping subtrees rooted at `cut` tokens. */
export function subtree(tree: DepTree, root: number, cut: (i: number) => boolean = () => false): number[] {
  const out: number[] = [];
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const i = stack.pop()!;
    if (seen.has(i)) continue;
    seen.add(i);
    out.push(i);
    for (const c of tree.children[i]) if (!cut(c)) stack.push(c);
  }
  return out.sort((a, b) => a - b);
}

export function childrenWith(doc: Document, tree: DepTree, i: number, rels: readonly string[]): number[] {
  return tree.children[i].filter((c) => {
    const r = doc.tokens[c].deprel ?? '';
    return rels.includes(r) || rels.includes(r.split(':')[0]);
  });
}

export function baseRel(doc: Document, i: number): string {
  return (doc.tokens[i].deprel ?? '').split(':')[0];
}
