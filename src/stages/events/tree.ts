/**
 * Read-only helpers over the dependency parse (UD labels, document-wide head indices), and the
 * token-level facts the events stage asks about: lemma, coarse part of speech, clause limits.
 */
import type { Document, Token } from '../../model/types.js';
import { baseRelation, buildDepTree, type DepTree } from '../../model/deps.js';
import { foldSpelling, lemmaCandidates } from './lemma.js';

export interface Tree extends DepTree {
  /** Lower-cased form of each token (allocated once per document). */
  low: string[];
}

export function buildTree(doc: Document): Tree {
  return { ...buildDepTree(doc), low: doc.tokens.map((t) => t.form.toLowerCase()) };
}

/** The full relation (`nsubj:pass`) and its base (`nsubj`). */
export function rel(t: Token): string {
  return t.deprel ?? '';
}
export function baseRel(t: Token): string {
  return baseRelation(t.deprel);
}

/** Lemma candidates of a token: the tagger's lemma first, then the fallback guesses. */
export function lemmasOf(tree: Tree, i: number): string[] {
  const t = tree.doc.tokens[i];
  const out: string[] = [];
  if (t.lemma) out.push(foldSpelling(t.lemma.toLowerCase()));
  for (const c of lemmaCandidates(tree.low[i])) {
    const f = foldSpelling(c);
    if (!out.includes(f)) out.push(f);
  }
  return out;
}

/** Best single lemma (tagger's, else the first guess). */
export function lemmaOf(tree: Tree, i: number): string {
  const t = tree.doc.tokens[i];
  return t.lemma ? foldSpelling(t.lemma.toLowerCase()) : lemmaCandidates(tree.low[i])[0];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'any', 'no', 'new', 'further', 'fresh']);

/** Coarse part of speech for trigger matching: V, N or other. Guessed when there is no tag. */
export function coarsePos(tree: Tree, i: number): 'V' | 'N' | 'O' {
  const t = tree.doc.tokens[i];
  if (t.upos) {
    if (t.upos === 'VERB') return 'V';
    if (t.upos === 'NOUN' || t.upos === 'PROPN') return 'N';
    // Taggers often call a participle in a headline or an attributive position ADJ.
    if (t.upos === 'ADJ' && /(ed|en)$/.test(tree.low[i])) return 'V';
    return 'O';
  }
  if (t.xpos) {
    if (t.xpos.startsWith('VB')) return 'V';
    if (t.xpos.startsWith('NN')) return 'N';
    return 'O';
  }
  // No tags at all: a determiner, possessive or adjective-like word before it makes a noun.
  const prev = i > 0 ? tree.low[i - 1] : '';
  if (DETERMINERS.has(prev) || prev === "'s" || prev === '’s') return 'N';
  if (/(ed|ing)$/.test(tree.low[i])) return 'V';
  return /^[a-z]/.test(t.form) ? 'V' : 'O';
}

/** Present-tense finite verb (VBZ/VBP) as tagged, for "meets" vs "met". */
export function tenseOf(tree: Tree, i: number): 'past' | 'present' | 'other' {
  const t = tree.doc.tokens[i];
  const x = t.xpos;
  if (x === 'VBD') return 'past';
  if (x === 'VBZ' || x === 'VBP') return 'present';
  if (x === 'VBN') {
    // perfect: has/have + VBN is past-like; had + VBN too
    for (const k of tree.kids[i]) if (baseRel(tree.doc.tokens[k]) === 'aux' && /^(has|have|had|'ve)$/.test(tree.low[k])) return 'past';
    return 'other';
  }
  if (!x) {
    const w = tree.low[i];
    if (/ed$/.test(w) || lemmaCandidates(w)[0] !== w && !/s$/.test(w)) return 'past';
    if (/[^s]s$/.test(w)) return 'present';
  }
  return 'other';
}

/** A present perfect ("has called", "have agreed"): a past participle with "has" or "have". */
export function presentPerfect(tree: Tree, i: number): boolean {
  if (tree.doc.tokens[i].xpos !== 'VBN') return false;
  for (const k of tree.kids[i]) if (baseRel(tree.doc.tokens[k]) === 'aux' && /^(has|have|'ve)$/.test(tree.low[k])) return true;
  return false;
}

/** Children of i with the given base relation. */
export function kidsWith(tree: Tree, i: number, base: string): number[] {
  const out: number[] = [];
  for (const k of tree.kids[i]) if (baseRel(tree.doc.tokens[k]) === base) out.push(k);
  return out;
}

export function firstKid(tree: Tree, i: number, full: string): number {
  for (const k of tree.kids[i]) if (rel(tree.doc.tokens[k]) === full) return k;
  return -1;
}

/** The preposition(s) of a nominal: its `case` children, lower-cased, joined by space. */
export function caseOf(tree: Tree, i: number): string {
  let s = '';
  for (const k of tree.kids[i]) {
    const r = baseRel(tree.doc.tokens[k]);
    if (r !== 'case') continue;
    let w = tree.low[k];
    // multiword prepositions: "in particular", "because of" (fixed children of the case word)
    for (const f of tree.kids[k]) if (baseRel(tree.doc.tokens[f]) === 'fixed') w += ` ${tree.low[f]}`;
    s = s ? `${s} ${w}` : w;
  }
  return s;
}

/** The subordinator of a clause (`mark` child), lower-cased. */
export function markOf(tree: Tree, i: number): string {
  for (const k of tree.kids[i]) if (baseRel(tree.doc.tokens[k]) === 'mark') return tree.low[k];
  return '';
}

/** Relations that start a new clause: material below them is another predication. */
export const CLAUSAL = new Set(['ccomp', 'xcomp', 'advcl', 'acl', 'conj', 'parataxis', 'csubj', 'list']);

/** Token indices of i's subtree, stopping at the given relations (not entering them). */
export function subtree(tree: Tree, i: number, stop?: Set<string>, out: number[] = []): number[] {
  out.push(i);
  for (const k of tree.kids[i]) {
    if (stop && stop.has(baseRel(tree.doc.tokens[k]))) continue;
    subtree(tree, k, stop, out);
  }
  return out;
}

/** Is a an ancestor of b (or b itself)? Bounded walk; parses are trees but be defensive. */
export function dominates(tree: Tree, a: number, b: number): boolean {
  let cur = b;
  for (let n = 0; n < 200 && cur >= 0; n++) {
    if (cur === a) return true;
    const h = tree.doc.tokens[cur].head;
    if (h === undefined) return false;
    cur = h;
  }
  return false;
}

const BOUNDARY_WORDS = new Set(['which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'although', 'though', 'because', 'after', 'before', 'when', 'as', 'since', 'if', 'unless', 'that', 'what', 'whether', 'how', 'where', 'why']);

/**
 * Parse-free clause limits around token i: [from, to) within its sentence, cut at ; : ( ) dashes
 * and at subordinators or ", and". Used only by the fallback when there is no parse.
 */
export function clauseWindow(tree: Tree, i: number): [number, number] {
  const doc = tree.doc;
  const s = doc.sentences[doc.tokens[i].sent];
  const lo = s ? s.tokenStart : 0;
  const hi = s ? s.tokenEnd : doc.tokens.length;
  const isCut = (k: number): boolean => {
    const w = tree.low[k];
    if (w === ';' || w === ':' || w === '(' || w === ')' || w === '—' || w === '–' || w === '"' || w === '“' || w === '”') return true;
    if (BOUNDARY_WORDS.has(w)) return true;
    if (w === ',' && k + 1 < hi && (tree.low[k + 1] === 'and' || tree.low[k + 1] === 'but' || BOUNDARY_WORDS.has(tree.low[k + 1]))) return true;
    // "promised $4 billion ... and added sanctions": a coordinated verb starts a new clause
    if ((w === 'and' || w === 'but') && k + 1 < hi && k > i && coarsePos(tree, k + 1) === 'V' && doc.tokens[k + 1].upos === 'VERB') return true;
    return false;
  };
  let from = i;
  while (from > lo && !isCut(from - 1)) from--;
  let to = i + 1;
  while (to < hi && !isCut(to)) to++;
  return [from, to];
}
