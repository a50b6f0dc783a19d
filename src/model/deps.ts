/**
 * The dependency tree a document's tokens carry (document-wide head indices, -1 for a root; UD
 * relations with subtypes), as the events and claims stages read it. Built once per document.
 */
import type { Document } from './types.js';

export interface DepTree {
  doc: Document;
  /** Children of each token, in token order. Empty arrays when there is no parse. */
  kids: number[][];
  /** True when every token carries a head (the parse stage ran). */
  parsed: boolean;
}

export function buildDepTree(doc: Document): DepTree {
  const n = doc.tokens.length;
  const kids: number[][] = new Array(n);
  for (let i = 0; i < n; i++) kids[i] = [];
  let withHead = 0;
  for (let i = 0; i < n; i++) {
    const h = doc.tokens[i].head;
    if (h === undefined) continue;
    withHead++;
    if (h >= 0 && h < n && h !== i) kids[h].push(i);
  }
  return { doc, kids, parsed: n > 0 && withHead === n };
}

/** The universal part of a relation: `nsubj` of `nsubj:pass`. */
export function baseRelation(deprel: string | undefined): string {
  const r = deprel ?? '';
  const i = r.indexOf(':');
  return i < 0 ? r : r.slice(0, i);
}
