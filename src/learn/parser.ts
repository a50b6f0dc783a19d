/**
 * Greedy transition-based dependency parser: arc-hybrid system (Kuhlmann et al. 2011) with the
 * root at the END of the buffer (Ballesteros & Nivre 2013) and a single-root constraint, trained
 * with a dynamic oracle and exploration (Goldberg & Nivre 2012/2013) as an averaged perceptron
 * over Zhang & Nivre (2011)-style features (valency, distance, label sets, third-order).
 *
 * Transitions (class ids): 0 = SHIFT, 1..L = RIGHT-l (s1 -> s0), L+1..2L = LEFT-l (b0 -> s0).
 */
import type { UDSentence } from './conllu.js';
import { fk1, fk2, fk3, strHash } from './hash.js';
import { PerceptronTrainer, SparseModel } from './perceptron.js';
import { WordFeats } from './wordfeats.js';
import { loadModel, saveModel } from './binio.js';
import { shuffle } from './tagger.js';

export const SHIFT = 0;
const NONE = 0x4e4f4e45; // "no such position"
const ROOTV = 0x524f4f54; // the artificial root
export const MAX_PARSER_FEATS = 112;

/** Lift non-projective arcs (dependent reattached to its head's head) until the tree is projective. */
export function projectivize(heads: number[]): number[] {
  const h = heads.slice();
  const n = h.length;
  const span = (i: number): [number, number] => {
    const hi = h[i] < 0 ? n : h[i];
    return i < hi ? [i, hi] : [hi, i];
  };
  for (let guard = 0; guard < n * n; guard++) {
    // Find the shortest arc that crosses another one and lift it.
    let worst = -1, worstLen = Infinity;
    for (let i = 0; i < n; i++) {
      const [a1, b1] = span(i);
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const [a2, b2] = span(j);
        if ((a1 < a2 && a2 < b1 && b1 < b2) || (a2 < a1 && a1 < b2 && b2 < b1)) {
          if (b1 - a1 < worstLen && h[i] >= 0 && h[h[i]] >= 0) { worst = i; worstLen = b1 - a1; }
        }
      }
    }
    if (worst < 0) break;
    h[worst] = h[h[worst]];
  }
  return h;
}

/** Parser state over one sentence of n words; position n is the root. */
export class ArcHybrid {
  n = 0;
  stack: Int32Array;
  sp = 0;
  b = 0;
  heads: Int32Array;
  labels: Int32Array;
  lc1: Int32Array; lc2: Int32Array; rc1: Int32Array; rc2: Int32Array;
  nl: Int32Array; nr: Int32Array;
  lmask: Int32Array; lmask2: Int32Array; rmask: Int32Array; rmask2: Int32Array;

  constructor(cap = 128) {
    this.stack = new Int32Array(cap);
    this.heads = new Int32Array(cap);
    this.labels = new Int32Array(cap);
    this.lc1 = new Int32Array(cap); this.lc2 = new Int32Array(cap);
    this.rc1 = new Int32Array(cap); this.rc2 = new Int32Array(cap);
    this.nl = new Int32Array(cap); this.nr = new Int32Array(cap);
    this.lmask = new Int32Array(cap); this.lmask2 = new Int32Array(cap);
    this.rmask = new Int32Array(cap); this.rmask2 = new Int32Array(cap);
  }

  reset(n: number): void {
    if (n + 1 > this.stack.length) Object.assign(this, new ArcHybrid((n + 1) * 2));
    this.n = n;
    this.sp = 0;
    this.b = 0;
    for (let i = 0; i <= n; i++) {
      this.heads[i] = -1; this.labels[i] = -1;
      this.lc1[i] = -1; this.lc2[i] = -1; this.rc1[i] = -1; this.rc2[i] = -1;
      this.nl[i] = 0; this.nr[i] = 0;
      this.lmask[i] = 0; this.lmask2[i] = 0; this.rmask[i] = 0; this.rmask2[i] = 0;
    }
  }

  terminal(): boolean { return this.sp === 0 && this.b >= this.n; }
  s(k: number): number { return this.sp > k ? this.stack[this.sp - 1 - k] : -1; }

  canShift(): boolean { return this.b < this.n; }
  canRight(): boolean { return this.sp >= 2; }
  /** LEFT onto the root only when s0 is the last word on the stack: one root per sentence. */
  canLeft(): boolean { return this.sp >= 1 && (this.b < this.n || this.sp === 1); }

  private arc(h: number, d: number, l: number): void {
    this.heads[d] = h;
    this.labels[d] = l;
    const bit = l & 31;
    if (d < h) {
      this.lc2[h] = this.lc1[h]; this.lc1[h] = d; this.nl[h]++;
      if (l < 32) this.lmask[h] |= 1 << bit; else this.lmask2[h] |= 1 << bit;
    } else {
      this.rc2[h] = this.rc1[h]; this.rc1[h] = d; this.nr[h]++;
      if (l < 32) this.rmask[h] |= 1 << bit; else this.rmask2[h] |= 1 << bit;
    }
  }

  apply(t: number, L: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (t <= L) {
      const s0 = this.stack[--this.sp];
      this.arc(this.stack[this.sp - 1], s0, t - 1);
    } else {
      const s0 = this.stack[--this.sp];
      this.arc(this.b, s0, t - 1 - L);
    }
  }
}

/** Gold-dependent costs of the three move types (unlabelled), for the dynamic oracle. */
export function moveCosts(st: ArcHybrid, gold: Int32Array, out: Int32Array): void {
  const n = st.n, b = st.b;
  const s0 = st.s(0), s1 = st.s(1);
  // SHIFT: b0 loses heads and dependents among the stack items other than s0 (for heads).
  let cs = 0;
  if (b < n) {
    const gb = gold[b];
    for (let k = 0; k < st.sp; k++) {
      const x = st.stack[k];
      if (gold[x] === b) cs++;
      if (x === gb && x !== s0) cs++;
    }
  }
  out[0] = cs;
  if (s0 < 0) { out[1] = out[2] = 1 << 20; return; }
  // Dependents of s0 still in the buffer are lost by either reduction.
  let deps = 0;
  for (let d = b; d < n; d++) if (gold[d] === s0) deps++;
  const g = gold[s0];
  const gInBuffer = g >= b; // includes the root (n)
  // RIGHT (s1 -> s0): lose a head in the buffer.
  out[1] = deps + (gInBuffer ? 1 : 0);
  // LEFT (b0 -> s0): lose a head that is s1 or deeper in the buffer.
  out[2] = deps + ((g === s1 && s1 >= 0) || (gInBuffer && g !== b) ? 1 : 0);
}

interface ParserHeader {
  kind: 'parser';
  labels: string[];
  rootLabel: number;
  scale: number;
  /** Feature-set version (absent: 1). */
  features?: number;
  info?: Record<string, unknown>;
}

/** Word / tag ids of one sentence plus the root at position n. */
export class SentFeats {
  wf = new WordFeats();
  W = new Int32Array(128);
  T = new Int32Array(128);
  /** Coarse tag (UPOS) ids and 3-letter suffixes: back-offs that survive fine-tag errors. */
  U = new Int32Array(128);
  S = new Int32Array(128);

  fill(forms: readonly string[], tags: ArrayLike<number>, coarse: ArrayLike<number>): void {
    const n = forms.length;
    if (n + 1 > this.W.length) {
      const c = (n + 1) * 2;
      this.W = new Int32Array(c); this.T = new Int32Array(c); this.U = new Int32Array(c); this.S = new Int32Array(c);
    }
    this.wf.fill(forms);
    for (let i = 0; i < n; i++) {
      this.W[i] = this.wf.lower[i]; this.T[i] = tags[i]; this.U[i] = coarse[i]; this.S[i] = this.wf.sufAt(2, i);
    }
    this.W[n] = ROOTV; this.T[n] = ROOTV; this.U[n] = ROOTV; this.S[n] = ROOTV;
  }
}

/**
 * Feature-set version written into new models; older models keep theirs (header `features`).
 * Version 2 adds coarse-tag and suffix back-offs: +0.1 LAS on EWT dev for 14% less speed, so the
 * default stays 1.
 */
export const PARSER_FEATURES = 1;

function dist(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  const d = b - a;
  return d < 5 ? d : d < 10 ? 5 : 6;
}

/** The feature vector of a configuration. */
export function parserFeatures(st: ArcHybrid, sf: SentFeats, out: Int32Array, version = PARSER_FEATURES): number {
  const W = sf.W, T = sf.T, n = st.n;
  const w = (i: number): number => (i < 0 ? NONE : W[i]);
  const p = (i: number): number => (i < 0 ? NONE : T[i]);
  const lab = (i: number): number => (i < 0 ? NONE : st.labels[i]);
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.b <= n ? st.b : -1;
  const b1 = st.b + 1 <= n ? st.b + 1 : -1;
  const b2 = st.b + 2 <= n ? st.b + 2 : -1;
  const s0l = s0 >= 0 ? st.lc1[s0] : -1, s0l2 = s0 >= 0 ? st.lc2[s0] : -1;
  const s0r = s0 >= 0 ? st.rc1[s0] : -1, s0r2 = s0 >= 0 ? st.rc2[s0] : -1;
  const s1l = s1 >= 0 ? st.lc1[s1] : -1, s1r = s1 >= 0 ? st.rc1[s1] : -1;
  const b0l = b0 >= 0 ? st.lc1[b0] : -1, b0l2 = b0 >= 0 ? st.lc2[b0] : -1;
  const s0w = w(s0), s0p = p(s0), s1w = w(s1), s1p = p(s1), s2p = p(s2);
  const b0w = w(b0), b0p = p(b0), b1w = w(b1), b1p = p(b1), b2w = w(b2), b2p = p(b2);
  const d = dist(s0, b0), d1 = dist(s1, s0);
  const s0vl = s0 >= 0 ? st.nl[s0] : -1, s0vr = s0 >= 0 ? st.nr[s0] : -1;
  const s1vl = s1 >= 0 ? st.nl[s1] : -1, s1vr = s1 >= 0 ? st.nr[s1] : -1;
  const b0vl = b0 >= 0 ? st.nl[b0] : -1;
  const s0sl = s0 >= 0 ? st.lmask[s0] ^ Math.imul(st.lmask2[s0], 0x9e3779b1) : NONE;
  const s0sr = s0 >= 0 ? st.rmask[s0] ^ Math.imul(st.rmask2[s0], 0x9e3779b1) : NONE;
  const b0sl = b0 >= 0 ? st.lmask[b0] ^ Math.imul(st.lmask2[b0], 0x9e3779b1) : NONE;
  let k = 0;
  // single words
  out[k++] = fk2(0, s0w, s0p); out[k++] = fk1(1, s0w); out[k++] = fk1(2, s0p);
  out[k++] = fk2(3, b0w, b0p); out[k++] = fk1(4, b0w); out[k++] = fk1(5, b0p);
  out[k++] = fk2(6, b1w, b1p); out[k++] = fk1(7, b1w); out[k++] = fk1(8, b1p);
  out[k++] = fk2(9, b2w, b2p); out[k++] = fk1(10, b2w); out[k++] = fk1(11, b2p);
  out[k++] = fk2(12, s1w, s1p); out[k++] = fk1(13, s1w); out[k++] = fk1(14, s1p);
  out[k++] = fk1(15, s2p);
  // word pairs
  out[k++] = fk3(16, s0w, s0p, fk2(0, b0w, b0p));
  out[k++] = fk3(17, s0w, s0p, b0w);
  out[k++] = fk3(18, s0w, b0w, b0p);
  out[k++] = fk3(19, s0w, s0p, b0p);
  out[k++] = fk3(20, s0p, b0w, b0p);
  out[k++] = fk2(21, s0w, b0w);
  out[k++] = fk2(22, s0p, b0p);
  out[k++] = fk2(23, b0p, b1p);
  out[k++] = fk2(24, s1p, s0p);
  out[k++] = fk2(25, s1w, s0w);
  out[k++] = fk3(26, s1w, s1p, s0p);
  out[k++] = fk3(27, s1p, s0w, s0p);
  out[k++] = fk2(28, s1w, b0w);
  out[k++] = fk2(29, s1p, b0p);
  // three tags
  out[k++] = fk3(30, b0p, b1p, b2p);
  out[k++] = fk3(31, s0p, b0p, b1p);
  out[k++] = fk3(32, s1p, s0p, b0p);
  out[k++] = fk3(33, s0p, p(s0l), b0p);
  out[k++] = fk3(34, s0p, p(s0r), b0p);
  out[k++] = fk3(35, s0p, b0p, p(b0l));
  out[k++] = fk3(36, s2p, s1p, s0p);
  out[k++] = fk3(37, s1p, p(s1r), s0p);
  out[k++] = fk3(38, s1p, s0p, p(s0l));
  // distance
  out[k++] = fk2(39, s0w, d); out[k++] = fk2(40, s0p, d);
  out[k++] = fk2(41, b0w, d); out[k++] = fk2(42, b0p, d);
  out[k++] = fk3(43, s0w, b0w, d); out[k++] = fk3(44, s0p, b0p, d);
  out[k++] = fk3(45, s1p, s0p, d1); out[k++] = fk3(46, s1w, s0w, d1);
  // valency
  out[k++] = fk2(47, s0w, s0vr); out[k++] = fk2(48, s0p, s0vr);
  out[k++] = fk2(49, s0w, s0vl); out[k++] = fk2(50, s0p, s0vl);
  out[k++] = fk2(51, b0w, b0vl); out[k++] = fk2(52, b0p, b0vl);
  out[k++] = fk2(53, s1p, s1vr); out[k++] = fk2(54, s1p, s1vl);
  // children (second order)
  out[k++] = fk1(55, w(s0l)); out[k++] = fk1(56, p(s0l)); out[k++] = fk1(57, lab(s0l));
  out[k++] = fk1(58, w(s0r)); out[k++] = fk1(59, p(s0r)); out[k++] = fk1(60, lab(s0r));
  out[k++] = fk1(61, w(b0l)); out[k++] = fk1(62, p(b0l)); out[k++] = fk1(63, lab(b0l));
  out[k++] = fk1(64, w(s1r)); out[k++] = fk1(65, p(s1r)); out[k++] = fk1(66, lab(s1r));
  out[k++] = fk1(67, p(s1l)); out[k++] = fk1(68, lab(s1l));
  // third order
  out[k++] = fk1(69, w(s0l2)); out[k++] = fk1(70, p(s0l2)); out[k++] = fk1(71, lab(s0l2));
  out[k++] = fk1(72, w(s0r2)); out[k++] = fk1(73, p(s0r2)); out[k++] = fk1(74, lab(s0r2));
  out[k++] = fk1(75, w(b0l2)); out[k++] = fk1(76, p(b0l2)); out[k++] = fk1(77, lab(b0l2));
  out[k++] = fk3(78, s0p, p(s0l), p(s0l2));
  out[k++] = fk3(79, s0p, p(s0r), p(s0r2));
  out[k++] = fk3(80, b0p, p(b0l), p(b0l2));
  // label sets
  out[k++] = fk2(81, s0w, s0sr); out[k++] = fk2(82, s0p, s0sr);
  out[k++] = fk2(83, s0w, s0sl); out[k++] = fk2(84, s0p, s0sl);
  out[k++] = fk2(85, b0w, b0sl); out[k++] = fk2(86, b0p, b0sl);
  // labels of children with the pair
  out[k++] = fk3(87, s0p, lab(s0l), b0p);
  out[k++] = fk3(88, s0p, lab(s0r), b0p);
  out[k++] = fk3(89, s1p, lab(s1r), s0p);
  out[k++] = fk1(90, 1); // bias
  if (version >= 2) {
    const U = sf.U, S = sf.S;
    const u = (i: number): number => (i < 0 ? NONE : U[i]);
    const sx = (i: number): number => (i < 0 ? NONE : S[i]);
    const s0u = u(s0), b0u = u(b0), s1u = u(s1), b1u = u(b1);
    out[k++] = fk1(91, s0u); out[k++] = fk1(92, b0u);
    out[k++] = fk2(93, s0u, b0u);
    out[k++] = fk3(94, s1u, s0u, b0u);
    out[k++] = fk3(95, s0u, b0u, b1u);
    out[k++] = fk3(96, s0u, b0u, d);
    out[k++] = fk2(97, sx(s0), b0u);
    out[k++] = fk2(98, s0u, sx(b0));
    out[k++] = fk2(99, sx(s0), sx(b0));
    out[k++] = fk3(100, s0u, u(s0l), u(s0r));
    out[k++] = fk2(101, sx(s1), s0u);
  }
  return k;
}

/** Tag id from UPOS and XPOS strings. */
export function tagId(upos: string, xpos: string): number {
  return fk2(0x7a6, strHash(upos), strHash(xpos));
}

export interface ParseInput {
  forms: readonly string[];
  upos: readonly string[];
  xpos: readonly string[];
}

export class Parser {
  readonly labels: string[];
  readonly L: number;
  readonly rootLabel: number;
  readonly model: SparseModel;
  private st = new ArcHybrid();
  private sf = new SentFeats();
  private feats = new Int32Array(MAX_PARSER_FEATS);
  private scores: Int32Array;
  private tags = new Int32Array(128);
  private coarse = new Int32Array(128);
  /** Feature-set version this model was trained with. */
  readonly features: number;

  /** The same parser with weights below `minAbs` dropped (smaller, faster). */
  pruned(minAbs: number): Parser {
    return new Parser(this.labels, this.model.pruned(minAbs), this.features);
  }

  constructor(labels: string[], model: SparseModel, features = PARSER_FEATURES) {
    this.features = features;
    this.labels = labels;
    this.L = labels.length;
    this.rootLabel = labels.indexOf('root');
    this.model = model;
    this.scores = new Int32Array(1 + 2 * labels.length);
  }

  /**
   * Parses one sentence; heads are 0-based sentence indices (-1 for the root), labels are indices
   * into `this.labels`. Both outputs must hold forms.length values.
   */
  parseInto(input: ParseInput, heads: Int32Array, labels: Int32Array): void {
    const n = input.forms.length;
    if (n + 1 > this.tags.length) { this.tags = new Int32Array((n + 1) * 2); this.coarse = new Int32Array((n + 1) * 2); }
    for (let i = 0; i < n; i++) {
      this.tags[i] = tagId(input.upos[i], input.xpos[i]);
      this.coarse[i] = strHash(input.upos[i]);
    }
    this.sf.fill(input.forms, this.tags, this.coarse);
    const st = this.st;
    st.reset(n);
    while (!st.terminal()) {
      // Forced moves need no scores: SHIFT onto an empty stack, the last word's arc to the root.
      if (st.sp === 0) { st.apply(SHIFT, this.L); continue; }
      if (st.b >= n && st.sp === 1) { st.apply(1 + this.L + this.rootLabel, this.L); continue; }
      const nf = parserFeatures(st, this.sf, this.feats, this.features);
      this.scores.fill(0);
      this.model.score(this.feats, nf, this.scores);
      const t = bestValid(st, this.scores, this.L, this.rootLabel);
      st.apply(t, this.L);
    }
    for (let i = 0; i < n; i++) {
      heads[i] = st.heads[i] === n ? -1 : st.heads[i];
      labels[i] = st.labels[i];
    }
  }

  parse(input: ParseInput): { heads: number[]; deprels: string[] } {
    const n = input.forms.length;
    const h = new Int32Array(n), l = new Int32Array(n);
    this.parseInto(input, h, l);
    return { heads: Array.from(h), deprels: Array.from(l, (x) => this.labels[x]) };
  }

  save(path: string, info?: Record<string, unknown>): number {
    const { arrays, scale } = this.model.toArrays();
    const header: ParserHeader = { kind: 'parser', labels: this.labels, rootLabel: this.rootLabel, scale, info, features: this.features };
    return saveModel(path, header, arrays);
  }

  static load(path: string): Parser {
    const { header, arrays } = loadModel<ParserHeader>(path);
    if (header.kind !== 'parser') throw new Error(`${path} is not a parser model`);
    return new Parser(header.labels, SparseModel.fromArrays(1 + 2 * header.labels.length, arrays, header.scale), header.features ?? 1);
  }
}

/** Whether transition t is allowed in this state (the root label only for the arc to the root). */
export function isValid(st: ArcHybrid, t: number, L: number, root: number): boolean {
  if (t === SHIFT) return st.canShift();
  if (t <= L) return st.canRight() && t - 1 !== root;
  if (!st.canLeft()) return false;
  return (st.b >= st.n) === (t - 1 - L === root);
}

function bestValid(st: ArcHybrid, scores: Int32Array, L: number, root: number): number {
  let best = -1, bs = -Infinity;
  if (st.canShift()) { best = SHIFT; bs = scores[0]; }
  if (st.canRight()) {
    for (let l = 0; l < L; l++) {
      if (l === root) continue;
      const v = scores[1 + l];
      if (v > bs) { bs = v; best = 1 + l; }
    }
  }
  if (st.canLeft()) {
    if (st.b >= st.n) {
      const v = scores[1 + L + root];
      if (v > bs || best < 0) { bs = v; best = 1 + L + root; }
    } else {
      for (let l = 0; l < L; l++) {
        if (l === root) continue;
        const v = scores[1 + L + l];
        if (v > bs) { bs = v; best = 1 + L + l; }
      }
    }
  }
  return best;
}

export interface ParserTrainOptions {
  epochs: number;
  /** Tags to train with (e.g. jack-knifed predicted tags); default the gold UPOS/XPOS. */
  tags?: { upos: string[]; xpos: string[] }[];
  /** From this epoch on, follow the model's own (wrong) transitions with probability `explore`. */
  exploreFrom?: number;
  explore?: number;
  onEpoch?: (epoch: number, parser: Parser) => number;
  log?: (line: string) => void;
  seed?: number;
  prune?: number;
  maxRows?: number;
  /** Feature-set version (default PARSER_FEATURES). */
  features?: number;
}

export function trainParser(train: UDSentence[], opts: ParserTrainOptions): { parser: Parser; bestEpoch: number; bestScore: number } {
  const log = opts.log ?? (() => {});
  const labelSet = new Set<string>();
  for (const s of train) for (const t of s.tokens) labelSet.add(t.deprel);
  labelSet.add('root');
  const labels = [...labelSet].sort();
  const L = labels.length;
  const root = labels.indexOf('root');
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const C = 1 + 2 * L;
  const version = opts.features ?? PARSER_FEATURES;
  const trainer = new PerceptronTrainer(C, opts.maxRows ?? 1 << 21);
  // Pre-encode sentences: forms, tag ids, projectivised gold heads (root = n) and labels.
  const items = train.map((s, idx) => {
    const n = s.tokens.length;
    const tg = opts.tags?.[idx];
    const tags = Int32Array.from(s.tokens, (t, i) => tagId(tg ? tg.upos[i] : t.upos, tg ? tg.xpos[i] : t.xpos));
    const coarse = Int32Array.from(s.tokens, (t, i) => strHash(tg ? tg.upos[i] : t.upos));
    const proj = projectivize(s.tokens.map((t) => t.head));
    const gold = Int32Array.from(proj, (h) => (h < 0 ? n : h));
    const glab = Int32Array.from(s.tokens, (t) => labelIndex.get(t.deprel)!);
    // A tree with several roots cannot be built with the single-root constraint: skip it.
    const roots = proj.filter((h) => h < 0).length;
    return { forms: s.tokens.map((t) => t.form), tags, coarse, gold, glab, ok: roots === 1 };
  }).filter((x) => x.ok);
  const st = new ArcHybrid();
  const sf = new SentFeats();
  const feats = new Int32Array(MAX_PARSER_FEATS);
  const scores = new Float32Array(C);
  const mc = new Int32Array(3);
  let rnd = (opts.seed ?? 1) * 2654435761 >>> 0;
  const random = (): number => {
    rnd = (rnd + 0x6d2b79f5) >>> 0;
    let t = rnd;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let best: Parser | undefined, bestScore = -1, bestEpoch = 0;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(items, (opts.seed ?? 1) * 104729 + epoch);
    const exploring = epoch >= (opts.exploreFrom ?? 2);
    const pExplore = opts.explore ?? 0.9;
    let steps = 0, errors = 0;
    const t0 = Date.now();
    for (const it of items) {
      const n = it.forms.length;
      sf.fill(it.forms, it.tags, it.coarse);
      st.reset(n);
      while (!st.terminal()) {
        const nf = parserFeatures(st, sf, feats, version);
        scores.fill(0);
        trainer.score(feats, nf, scores);
        moveCosts(st, it.gold, mc);
        // Cost of every valid transition: move cost + 1 when the arc is gold but the label is not.
        let pred = -1, ps = -Infinity, gbest = -1, gs = -Infinity, minCost = 1 << 30;
        const s0 = st.s(0);
        for (let t = 0; t < C; t++) {
          if (!isValid(st, t, L, root)) continue;
          let cost: number;
          if (t === SHIFT) cost = mc[0];
          else if (t <= L) cost = mc[1] + (it.gold[s0] === st.s(1) && it.glab[s0] !== t - 1 ? 1 : 0);
          else cost = mc[2] + (it.gold[s0] === st.b && it.glab[s0] !== t - 1 - L ? 1 : 0);
          if (scores[t] > ps || pred < 0) { ps = scores[t]; pred = t; }
          if (cost < minCost) { minCost = cost; gbest = t; gs = scores[t]; }
          else if (cost === minCost && scores[t] > gs) { gbest = t; gs = scores[t]; }
        }
        // Is the prediction among the cheapest transitions?
        let predCost: number;
        if (pred === SHIFT) predCost = mc[0];
        else if (pred <= L) predCost = mc[1] + (it.gold[s0] === st.s(1) && it.glab[s0] !== pred - 1 ? 1 : 0);
        else predCost = mc[2] + (it.gold[s0] === st.b && it.glab[s0] !== pred - 1 - L ? 1 : 0);
        steps++;
        if (predCost > minCost) {
          errors++;
          trainer.update(feats, nf, gbest, pred);
          st.apply(exploring && random() < pExplore ? pred : gbest, L);
        } else {
          st.apply(pred, L);
        }
        trainer.tick();
      }
    }
    const parser = new Parser(labels, trainer.average(opts.prune ?? 0.01), version);
    const score = opts.onEpoch ? opts.onEpoch(epoch, parser) : epoch;
    log(`parser epoch ${epoch}: transition error ${(errors / steps).toFixed(4)}, dev ${score.toFixed(4)}, rows ${trainer.rowCount}, entries ${parser.model.entryCount}, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    if (score > bestScore) { best = parser; bestScore = score; bestEpoch = epoch; }
  }
  return { parser: best!, bestEpoch, bestScore };
}

/** UAS/LAS (CoNLL 2018: punctuation included, full deprel compared) and LAS on universal labels. */
export function evaluateParser(parser: Parser, sents: UDSentence[], tags?: { upos: string[]; xpos: string[] }[]): { uas: number; las: number; lasUniversal: number; tokens: number } {
  let u = 0, l = 0, lu = 0, n = 0;
  sents.forEach((s, idx) => {
    const tg = tags?.[idx];
    const r = parser.parse({
      forms: s.tokens.map((t) => t.form),
      upos: tg ? tg.upos : s.tokens.map((t) => t.upos),
      xpos: tg ? tg.xpos : s.tokens.map((t) => t.xpos),
    });
    s.tokens.forEach((t, i) => {
      n++;
      if (r.heads[i] !== t.head) return;
      u++;
      if (r.deprels[i] === t.deprel) l++;
      if (r.deprels[i].split(':')[0] === t.deprel.split(':')[0]) lu++;
    });
  });
  return { uas: u / n, las: l / n, lasUniversal: lu / n, tokens: n };
}
