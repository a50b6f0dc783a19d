/**
 * The claims stage's reading of the dependency tree (src/model/deps.ts): subtrees with cut
 * points, children by relation.
 */
import type { Document } from '../../model/types.js';
import { baseRelation, type DepTree } from '../../model/deps.js';

export { buildDepTree as buildTree, type DepTree } from '../../model/deps.js';

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
    for (const c of tree.kids[i]) if (!cut(c)) stack.push(c);
  }
  return out.sort((a, b) => a - b);
}

export function childrenWith(doc: Document, tree: DepTree, i: number, rels: readonly string[]): number[] {
  return tree.kids[i].filter((c) => {
    const r = doc.tokens[c].deprel ?? '';
    return rels.includes(r) || rels.includes(r.split(':')[0]);
  });
}

export function baseRel(doc: Document, i: number): string {
  return baseRelation(doc.tokens[i].deprel);
}
