/**
 * Greedy left-to-right averaged-perceptron tagger (Collins 2002; Honnibal's "good POS tagger in
 * 200 lines"). One joint label per token, "UPOS\tXPOS", so both tag sets come from one decision
 * and stay consistent. Frequent unambiguous words are tagged from a tag dictionary.
 */
import type { UDSentence } from './conllu.js';
import { gunzipSync } from 'node:zlib';
import { fk1, fk2, fk3, sliceHash, lowerSliceHash } from './hash.js';
import { PerceptronTrainer, SparseModel } from './perceptron.js';
import { WordFeats, PAD_START, PAD_END, normHash, shapeHash } from './wordfeats.js';
import { Lemmatizer, type LemmaData } from './lemma.js';
import { loadModel, saveModel } from './binio.js';

export const MAX_TAGGER_FEATS = 80;

/** Prefix lengths of the cluster paths used as features. */
const CLUSTER_PREFIXES = [4, 8, 12, 64];

/** Word-cluster paths (bit strings, Brown-style) of the words the model knows. */
export class ClusterFeats {
  constructor(readonly paths: Map<string, string>) {}

  /** Hashed path prefixes of `form` (or of its lower case) into out[off + k*stride], k < 4. */
  idsOf(form: string, out: Int32Array, off: number, stride: number): void {
    const p = this.paths.get(form) ?? this.paths.get(form.toLowerCase());
    for (let k = 0; k < CLUSTER_PREFIXES.length; k++) {
      out[off + k * stride] = p === undefined ? 0x0c1a55 + k : sliceHash(p, 0, Math.min(p.length, CLUSTER_PREFIXES[k])) ^ (k << 28);
    }
  }
}

/** Reads a clusters file (gzip of `path<TAB>word[<TAB>...]` lines; `-` paths are skipped). */
export function readClusterPaths(gz: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of gunzipSync(gz).toString('utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length >= 2 && cols[0] !== '-' && cols[0] !== '') out.set(cols[1], cols[0]);
  }
  return out;
}

/** Feature-set version written into new models; older models keep their own (header `features`). */
export const TAGGER_FEATURES = 2;

const AMB_UNKNOWN = 0x0bad0bad;

/**
 * Per-token values of one sentence, hashed once: the word features (WordFeats) plus the tagger's
 * own lexical values (ambiguity class, cluster prefixes).
 */
export class TagSent {
  readonly wf = new WordFeats();
  cap = 0;
  n = 0;
  amb = new Int32Array(0);
  /** cl[k*cap + i]: cluster prefix k of token i. */
  cl = new Int32Array(0);

  reserve(n: number): void {
    this.wf.reserve(n);
    if (n > this.cap) {
      const cap = Math.max(n, this.cap * 2, 64);
      this.cap = cap;
      this.amb = new Int32Array(cap);
      this.cl = new Int32Array(cap * 4);
    }
    this.n = n;
  }
}

/**
 * A form's lexical record: every per-token value the features use, computed from the form alone
 * (so it can be cached per word type). Layout of the REC ints below.
 */
const R_WORD = 0, R_LOWER = 1, R_SHAPE = 2, R_SUF = 3, R_PRE = 7, R_AMB = 11, R_CL = 12, R_DICT = 16, R_CAND = 17;
const REC = 18;

/** What the lexical record needs besides the form's characters. */
export interface TagLexicon {
  amb: Map<string, number>;
  tagdict: Map<string, number>;
  clusters: ClusterFeats | null;
  /** Form -> offset of its candidate labels in a pool ([m, k1..km]); absent: all labels. */
  candOff: Map<string, number>;
}

export function formRecord(lex: TagLexicon, f: string, out: Int32Array, o: number): void {
  const L = f.length;
  out[o + R_WORD] = sliceHash(f, 0, L);
  out[o + R_LOWER] = normHash(f);
  out[o + R_SHAPE] = shapeHash(f);
  for (let k = 0; k < 4; k++) {
    const m = Math.min(k + 1, L);
    out[o + R_SUF + k] = lowerSliceHash(f, L - m, L) ^ (k << 24);
    out[o + R_PRE + k] = lowerSliceHash(f, 0, m) ^ ((k + 4) << 24);
  }
  out[o + R_AMB] = lex.amb.get(f) ?? lex.amb.get(f.toLowerCase()) ?? AMB_UNKNOWN;
  if (lex.clusters) lex.clusters.idsOf(f, out, o + R_CL, 1);
  else for (let k = 0; k < 4; k++) out[o + R_CL + k] = 0;
  out[o + R_DICT] = lex.tagdict.get(f) ?? -1;
  out[o + R_CAND] = lex.candOff.get(f) ?? -1;
}

/** Copies a lexical record into token i of the sentence. */
function setToken(ts: TagSent, i: number, rec: Int32Array, o: number): void {
  const wf = ts.wf, wc = wf.cap, c = ts.cap;
  wf.word[i] = rec[o + R_WORD];
  wf.lower[i] = rec[o + R_LOWER];
  wf.shape[i] = rec[o + R_SHAPE];
  for (let k = 0; k < 4; k++) {
    wf.suf[k * wc + i] = rec[o + R_SUF + k];
    wf.pre[k * wc + i] = rec[o + R_PRE + k];
    ts.cl[k * c + i] = rec[o + R_CL + k];
  }
  ts.amb[i] = rec[o + R_AMB];
}

/** Fills a sentence without caching (training). */
export function fillSent(lex: TagLexicon, forms: readonly string[], ts: TagSent, scratch: Int32Array = new Int32Array(REC)): void {
  ts.reserve(forms.length);
  for (let i = 0; i < forms.length; i++) {
    formRecord(lex, forms[i], scratch, 0);
    setToken(ts, i, scratch, 0);
  }
}

/*
 * Feature templates, grouped by what they depend on so that inference can cache the sums of the
 * groups that depend on one word type only (see Tagger.pass): features of token i
 *   = hist(p1, p2) + self(w_i) + left1(w_{i-1}) + right1(w_{i+1}) + rest (pairs, history mixes).
 * Template ids are fixed: a model's keys are fk*(template, values...).
 */

/** Bias and label-history features (depend on p1, p2 only). */
function histKeys(p1: number, p2: number, out: Int32Array, n: number): number {
  out[n++] = fk1(0, 0); // bias
  out[n++] = fk1(13, p1);
  out[n++] = fk1(14, p2);
  out[n++] = fk2(15, p1, p2);
  return n;
}

/** Features of token i's own word (first: i is the sentence's first token). */
function selfKeys(ts: TagSent, i: number, first: boolean, version: number, cl: boolean, out: Int32Array, n: number): number {
  const wf = ts.wf, cap = wf.cap, sh = wf.shape[i];
  out[n++] = fk1(1, wf.word[i]);
  out[n++] = fk1(2, wf.lower[i]);
  for (let k = 0; k < 4; k++) out[n++] = fk1(3 + k, wf.suf[k * cap + i]);
  for (let k = 0; k < 4; k++) out[n++] = fk1(7 + k, wf.pre[k * cap + i]);
  out[n++] = fk1(11, sh);
  out[n++] = fk2(12, sh, first ? 1 : 0);
  out[n++] = fk1(32, ts.amb[i]);
  if (cl) {
    const c = ts.cap;
    out[n++] = fk1(51, ts.cl[i]);
    out[n++] = fk1(52, ts.cl[c + i]);
    out[n++] = fk1(53, ts.cl[2 * c + i]);
    out[n++] = fk1(54, ts.cl[3 * c + i]);
  }
  return n;
}

/** Features of token j+1 that describe its left neighbour j (j = -1: sentence start). */
function left1Keys(ts: TagSent, j: number, cl: boolean, out: Int32Array, n: number): number {
  const wf = ts.wf;
  out[n++] = fk1(17, wf.lowerAt(j));
  out[n++] = fk1(18, wf.sufAt(2, j));
  out[n++] = fk1(26, wf.shapeAt(j));
  if (cl) out[n++] = fk1(57, j >= 0 ? ts.cl[ts.cap + j] : PAD_START);
  return n;
}

/** Features of token j-1 that describe its right neighbour j (j = n: sentence end). */
function right1Keys(ts: TagSent, j: number, cl: boolean, out: Int32Array, n: number): number {
  const wf = ts.wf, N = wf.n;
  out[n++] = fk1(20, wf.lowerAt(j));
  out[n++] = fk1(21, wf.sufAt(2, j));
  out[n++] = fk1(25, wf.shapeAt(j));
  out[n++] = fk1(30, wf.sufAt(3, j));
  out[n++] = fk1(33, j < N ? ts.amb[j] : PAD_END);
  if (cl) out[n++] = fk1(56, j < N ? ts.cl[ts.cap + j] : PAD_END);
  return n;
}

/** Features of token j+2 that describe the word j two to its left. */
function left2Keys(ts: TagSent, j: number, out: Int32Array, n: number): number {
  out[n++] = fk1(19, ts.wf.lowerAt(j));
  return n;
}

/** Features of token j-2 that describe the word j two to its right. */
function right2Keys(ts: TagSent, j: number, out: Int32Array, n: number): number {
  out[n++] = fk1(22, ts.wf.lowerAt(j));
  out[n++] = fk1(34, j < ts.wf.n ? ts.amb[j] : PAD_END + 1);
  return n;
}

/** Shape bigrams around token i (feature set >= 2): runs of capitalised words (names), number-unit patterns. */
function shapePairKeys(ts: TagSent, i: number, out: Int32Array, n: number): number {
  const wf = ts.wf;
  out[n++] = fk2(48, wf.shapeAt(i - 1), wf.shape[i]);
  out[n++] = fk2(49, wf.shape[i], wf.shapeAt(i + 1));
  return n;
}

/** The two halves of shapePairKeys (token i with its left / right neighbour). */
function shapeLeftKey(ts: TagSent, i: number): number {
  return fk2(48, ts.wf.shapeAt(i - 1), ts.wf.shape[i]);
}
function shapeRightKey(ts: TagSent, i: number): number {
  return fk2(49, ts.wf.shape[i], ts.wf.shapeAt(i + 1));
}

/** The remaining features of token i: two-word pairs, the i-2/i+2 words, history mixes. */
/** Pair features of token i with its left neighbour (word bigram, ambiguity classes). */
function leftPairKeys(ts: TagSent, i: number, out: Int32Array, n: number): number {
  const wf = ts.wf, amb = ts.amb;
  out[n++] = fk2(23, wf.lowerAt(i - 1), wf.lower[i]);
  out[n++] = fk2(38, i > 0 ? amb[i - 1] : PAD_START, amb[i]);
  return n;
}

/** Pair features of token i with its right neighbour (word bigram, suffixes, ambiguity, clusters). */
function rightPairKeys(ts: TagSent, i: number, cl: boolean, out: Int32Array, n: number): number {
  const wf = ts.wf, N = wf.n, amb = ts.amb;
  const a0 = amb[i], a1 = i + 1 < N ? amb[i + 1] : PAD_END;
  const lw = wf.lower[i];
  out[n++] = fk2(24, lw, wf.lowerAt(i + 1));
  out[n++] = fk2(39, lw, a1);
  out[n++] = fk2(31, wf.suf[wf.cap + i], wf.sufAt(1, i + 1));
  out[n++] = fk2(36, a0, a1);
  if (cl) out[n++] = fk2(58, ts.cl[2 * ts.cap + i], i + 1 < N ? ts.cl[2 * ts.cap + i + 1] : PAD_END);
  return n;
}

/** Previous label x own word features. */
function p1Keys(ts: TagSent, i: number, p1: number, cl: boolean, out: Int32Array, n: number): number {
  const wf = ts.wf;
  out[n++] = fk2(16, p1, wf.lower[i]);
  out[n++] = fk2(27, p1, wf.suf[2 * wf.cap + i]);
  out[n++] = fk2(35, p1, ts.amb[i]);
  if (cl) out[n++] = fk2(55, p1, ts.cl[ts.cap + i]);
  return n;
}

/** The remaining features of token i: the previous label with the right context, a word trigram, the second pass's labels. */
function restKeys(ts: TagSent, i: number, p1: number, right: Int32Array | null, version: number, out: Int32Array, n: number): number {
  const wf = ts.wf, N = wf.n, amb = ts.amb;
  const lw = wf.lower[i], r1 = wf.lowerAt(i + 1);
  out[n++] = fk2(28, p1, r1);
  out[n++] = fk3(29, lw, r1, wf.lowerAt(i + 2));
  out[n++] = fk3(37, p1, amb[i], i + 1 < N ? amb[i + 1] : PAD_END);
  if (version >= 2) out[n++] = fk3(50, p1, wf.shape[i], wf.shapeAt(i + 1));
  if (right !== null) {
    // Second pass: the first pass's labels to the right (a cheap bidirectional context).
    const t0 = right[i], t1 = i + 1 < N ? right[i + 1] : PAD_END, t2 = i + 2 < N ? right[i + 2] : PAD_END + 1;
    out[n++] = fk1(40, t1);
    out[n++] = fk1(41, t2);
    out[n++] = fk2(42, t1, t2);
    out[n++] = fk2(43, p1, t1);
    out[n++] = fk2(44, lw, t1);
    out[n++] = fk3(45, p1, t0, t1);
    out[n++] = fk1(46, t0);
    out[n++] = fk2(47, t0, lw);
  }
  return n;
}

/**
 * All features of token i given the two previous predicted labels (p1, p2; PAD_START-1/-2 at the
 * start). `cl`: the model uses cluster features. Returns the count written into `out`.
 */
export function taggerFeatures(ts: TagSent, i: number, p1: number, p2: number, out: Int32Array, right: Int32Array | null = null, version = TAGGER_FEATURES, cl = false): number {
  let n = histKeys(p1, p2, out, 0);
  n = selfKeys(ts, i, i === 0, version, cl, out, n);
  n = left1Keys(ts, i - 1, cl, out, n);
  n = right1Keys(ts, i + 1, cl, out, n);
  n = left2Keys(ts, i - 2, out, n);
  n = right2Keys(ts, i + 2, out, n);
  if (version >= 2) n = shapePairKeys(ts, i, out, n);
  n = leftPairKeys(ts, i, out, n);
  n = rightPairKeys(ts, i, cl, out, n);
  n = p1Keys(ts, i, p1, cl, out, n);
  return restKeys(ts, i, p1, right, version, out, n);
}

interface TaggerHeader {
  kind: 'tagger';
  labels: string[];
  tagdict: Record<string, number>;
  amb: Record<string, number>;
  scale: number;
  /** Present for a two-pass tagger: the second model's scale (its arrays are prefixed `m2.`). */
  scale2?: number;
  /** Feature-set version (absent: 1). */
  features?: number;
  /** Word -> cluster path, when the model uses cluster features (embedded: no outside file). */
  clusters?: Record<string, string>;
  /** Frequent words' candidate labels. */
  cands?: Record<string, number[]>;
  lemmas: LemmaData;
  info?: Record<string, unknown>;
}

export interface TagResult {
  upos: string[];
  xpos: string[];
  lemma: string[];
}

/** Dense per-word-type score vectors are cached for at most this many word types. */
const MAX_CACHED_FORMS = 1 << 13;
/** Cached score groups per word type: self, as left / right neighbour, as the word two to the left / right, self when sentence-initial. */
/** Word shapes given small ids, and shape triples whose bigram scores are cached. */
const MAX_SHAPES = 1024, MAX_SHAPE_TRIPLES = 8192;
/** Cached candidate-label scores of pair groups (ints) before a flush. */
const MAX_CAND_VALUES = 1 << 20;
const G_SELF = 0, G_LEFT = 1, G_RIGHT = 2, G_LEFT2 = 3, G_RIGHT2 = 4, G_SELF0 = 5, GROUPS = 6;
/** At most this many dense group vectors are cached. */
const MAX_VECS = 1 << 15;
/** Pseudo-slots for the padding: PAD_NEAR is position -1 or n, PAD_FAR -2 or n+1. */
const PAD_NEAR = 0, PAD_FAR = 1, FIRST_SLOT = 2;

export class Tagger implements TagLexicon {
  readonly labels: string[];
  readonly upos: string[];
  readonly xpos: string[];
  readonly tagdict: Map<string, number>;
  model: SparseModel;
  /** Optional second pass that also sees the first pass's labels to the right. */
  readonly model2: SparseModel | null;
  readonly lemmatizer: Lemmatizer;
  /** Lower-cased word -> its ambiguity class (hash of the labels it had in training). */
  readonly amb: Map<string, number>;
  /** Feature-set version this model was trained with. */
  features = TAGGER_FEATURES;
  /** Cluster features, when the model was trained with them. */
  clusters: ClusterFeats | null = null;
  /** Pruning threshold applied after training (seed averaging), if any: for the manifest. */
  pruneAt = 0;
  /**
   * Frequent words' candidate labels (every label they had in training): the argmax is taken over
   * these only, so only their scores need the dense sums. Neutral on EWT dev for words seen >= 10 times.
   */
  cands = new Map<string, number[]>();
  candOff = new Map<string, number>();
  private candPool = new Uint8Array(1);

  private ts = new TagSent();
  private feats = new Int32Array(MAX_TAGGER_FEATS);
  private scores: Int32Array;
  private first = new Int32Array(256);
  private scratch = new Int32Array(REC);
  private gfeats = new Int32Array(MAX_TAGGER_FEATS);

  // Caches (inference only; they never change a result, only its cost).
  /** form -> slot of its lexical record (and dense score vectors). */
  private slotOf = new Map<string, number>();
  private recs = new Int32Array(0);
  /** Dense score vectors, allocated on first use; vecOff[slot * GROUPS + group]: offset or -1. */
  private vecs = new Int32Array(0);
  private vecOff = new Int32Array(FIRST_SLOT * GROUPS).fill(-1);
  private nVecs = 0;
  /** Slots 0 and 1 stand for the padding beyond the sentence ends (PAD_NEAR, PAD_FAR). */
  private nSlots = FIRST_SLOT;
  /** Slot (or -1) of each token of the current sentence. */
  private tokSlot = new Int32Array(256);
  private curForms: readonly string[] | null = null;
  /** Small id of each slot's word shape (ids 0 and 1: the sentence-start and -end pads), -1 past the cap. */
  private slotShape = new Int32Array(0);
  private shapeIds = new Map<number, number>();
  /** Candidate words' pair-group scores (see candVals). */
  private leftPairs = new Map<number, number>();
  private rightPairs = new Map<number, number>();
  private prevPairs = new Map<number, number>();
  private candPairs = new Int32Array(0);
  private candTop = 0;
  private tmpScores: Int32Array;
  /** Per slot: sentences it was seen in (saturating; the padding slots count as often seen). */
  private slotSeen = Uint8Array.from({ length: FIRST_SLOT }, () => 255);
  /** Per slot: the label of its cached lemma (-1: none) and the lemma. */
  private slotLemmaK = new Int32Array(0);
  private slotLemma: string[] = [];
  /** (previous, own, next shape id) -> offset of the shape-bigram score vector in shapeVecs. */
  private shapeTri = new Map<number, number>();
  private shapeVecs = new Int32Array(0);
  /** bias + history features per (p1, p2) pair, dense. */
  private histVec: (Int32Array | undefined)[];
  /** Per label: form -> lemma. */
  private lemmaCache: Map<string, string>[];
  private lemmaCount = 0;

  constructor(labels: string[], tagdict: Map<string, number>, amb: Map<string, number>, model: SparseModel, lemmatizer: Lemmatizer, model2: SparseModel | null = null) {
    this.labels = labels;
    this.model2 = model2;
    this.amb = amb;
    this.upos = labels.map((l) => l.split('\t')[0]);
    this.xpos = labels.map((l) => l.split('\t')[1]);
    this.tagdict = tagdict;
    this.model = model;
    this.lemmatizer = lemmatizer;
    this.scores = new Int32Array(labels.length);
    this.tmpScores = new Int32Array(labels.length);
    this.histVec = new Array((labels.length + 1) * (labels.length + 2));
    this.lemmaCache = labels.map(() => new Map());
  }

  setCandidates(cands: Map<string, number[]>): void {
    this.cands = cands;
    this.candOff = new Map();
    let size = 0;
    for (const ks of cands.values()) size += ks.length + 1;
    const pool = new Uint8Array(Math.max(1, size));
    let off = 0;
    for (const [w, ks] of cands) {
      this.candOff.set(w, off);
      pool[off++] = ks.length;
      for (const k of ks) pool[off++] = k;
    }
    this.candPool = pool;
    this.clearCaches();
  }

  /** Forgets the caches (after changing the model, dictionary or lexicons). */
  clearCaches(): void {
    this.flushWordCaches();
    this.shapeIds.clear();
    this.shapeTri.clear();
    this.histVec.fill(undefined);
    for (const m of this.lemmaCache) m.clear();
    this.lemmaCount = 0;
  }

  /**
   * Forgets the word-type caches (slots and what hangs on them). Done between sentences when they
   * are full, so that a long run keeps caching the words of its current text (a crude LRU).
   */
  private flushWordCaches(): void {
    this.slotOf.clear();
    this.nSlots = FIRST_SLOT;
    this.nVecs = 0;
    this.vecOff.fill(-1);
    this.leftPairs.clear(); this.rightPairs.clear(); this.prevPairs.clear();
    this.candTop = 0;
    this.slotLemmaK.fill(-1);
    this.slotLemma = [];
    this.slotSeen.fill(0, FIRST_SLOT);
  }

  /** Slot of a form's cached record, creating it; -1 when the cache is full. */
  private slotFor(form: string): number {
    const s = this.slotOf.get(form);
    if (s !== undefined) return s;
    if (this.nSlots >= MAX_CACHED_FORMS) return -1;
    const slot = this.nSlots++;
    if (slot * REC >= this.recs.length) {
      const cap = Math.min(MAX_CACHED_FORMS, Math.max(1024, slot * 2));
      const r = new Int32Array(cap * REC); r.set(this.recs); this.recs = r;
      const vo = new Int32Array(cap * GROUPS).fill(-1); vo.set(this.vecOff); this.vecOff = vo;
      const sh = new Int32Array(cap); sh.set(this.slotShape); this.slotShape = sh;
      const lk = new Int32Array(cap).fill(-1); lk.set(this.slotLemmaK); this.slotLemmaK = lk;
      const sn = new Uint8Array(cap); sn.set(this.slotSeen); this.slotSeen = sn;
    }
    formRecord(this, form, this.recs, slot * REC);
    const h = this.recs[slot * REC + R_SHAPE];
    let id = this.shapeIds.get(h);
    if (id === undefined && this.shapeIds.size < MAX_SHAPES - 2) this.shapeIds.set(h, (id = this.shapeIds.size + 2));
    this.slotShape[slot] = id ?? -1;
    this.slotOf.set(form, slot);
    return slot;
  }

  /** Fills the sentence's token values from the record cache. */
  private fill(forms: readonly string[]): void {
    this.curForms = forms;
    const ts = this.ts;
    ts.reserve(forms.length);
    if (this.nSlots + forms.length > MAX_CACHED_FORMS || this.nVecs + GROUPS * forms.length > MAX_VECS) this.flushWordCaches();
    if (forms.length > this.tokSlot.length) this.tokSlot = new Int32Array(forms.length * 2);
    for (let i = 0; i < forms.length; i++) {
      const s = this.slotFor(forms[i]);
      this.tokSlot[i] = s;
      if (s >= 0 && this.slotSeen[s] < 255) this.slotSeen[s]++;
      if (s >= 0) setToken(ts, i, this.recs, s * REC);
      else {
        formRecord(this, forms[i], this.scratch, 0);
        setToken(ts, i, this.scratch, 0);
      }
    }
  }

  /** Label indices for a sentence's forms (written into `out`, which must be long enough). */
  tagIds(forms: readonly string[], out: Int32Array): void {
    this.fill(forms);
    if (this.model2 === null) {
      this.pass(forms.length, out);
    } else {
      if (forms.length > this.first.length) this.first = new Int32Array(forms.length * 2);
      this.pass(forms.length, this.first);
      this.plainPass(forms.length, this.model2, this.first, out);
    }
  }

  /** Dictionary label of token i, or -1. */
  private dictOf(i: number): number {
    const s = this.tokSlot[i];
    return s >= 0 ? this.recs[s * REC + R_DICT] : this.tagdict.get(this.curForms![i]) ?? -1;
  }

  /** Reference greedy pass: every feature looked up (used for a second-pass model and in tests). */
  plainPass(N: number, model: SparseModel, right: Int32Array | null, out: Int32Array): void {
    const scores = this.scores, C = this.labels.length, cl = this.clusters !== null;
    let p1 = PAD_START - 1, p2 = PAD_START - 2;
    for (let i = 0; i < N; i++) {
      let best = this.dictOf(i);
      if (best < 0) {
        const n = taggerFeatures(this.ts, i, p1, p2, this.feats, right, this.features, cl);
        scores.fill(0);
        model.score(this.feats, n, scores);
        const cands = right === null ? this.cands.get(this.curForms![i]) : undefined;
        if (cands) {
          best = cands[0];
          for (const k of cands) if (scores[k] > scores[best]) best = k;
        } else {
          best = 0;
          for (let k = 1; k < C; k++) if (scores[k] > scores[best]) best = k;
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  /** Reference tagging with plainPass only (tests: the cached path must agree). */
  tagIdsPlain(forms: readonly string[], out: Int32Array): void {
    this.fill(forms);
    if (this.model2 === null) this.plainPass(forms.length, this.model, null, out);
    else {
      if (forms.length > this.first.length) this.first = new Int32Array(forms.length * 2);
      this.plainPass(forms.length, this.model, null, this.first);
      this.plainPass(forms.length, this.model2, this.first, out);
    }
  }

  /**
   * Offset in `vecs` of a slot's dense group vector, computed on first use from the token at
   * position j where the form sits (its own buffers: the caller's are in use).
   */
  private groupVec(slot: number, g: number, j: number): number {
    const idx = slot * GROUPS + g;
    let off = this.vecOff[idx];
    if (off >= 0) return off;
    // A word type seen once so far gets no vector (most would never be reused).
    if (this.nVecs >= MAX_VECS || this.slotSeen[slot] < 2) return -1;
    const C = this.labels.length;
    off = this.nVecs++ * C;
    if (off + C > this.vecs.length) {
      const v = new Int32Array(Math.min(MAX_VECS * C, Math.max(1024 * C, this.vecs.length * 2)));
      v.set(this.vecs);
      this.vecs = v;
    }
    const ts = this.ts, cl = this.clusters !== null, f = this.gfeats;
    const n = g === G_SELF ? selfKeys(ts, j, false, this.features, cl, f, 0)
      : g === G_SELF0 ? selfKeys(ts, j, true, this.features, cl, f, 0)
        : g === G_LEFT ? left1Keys(ts, j, cl, f, 0)
          : g === G_RIGHT ? right1Keys(ts, j, cl, f, 0)
            : g === G_LEFT2 ? left2Keys(ts, j, f, 0)
              : right2Keys(ts, j, f, 0);
    const tmp = this.tmpScores;
    tmp.fill(0);
    this.model.score(f, n, tmp);
    this.vecs.set(tmp, off);
    this.vecOff[idx] = off;
    return off;
  }

  /**
   * Offset in candPairs of the scores of a candidate word's labels (in candidate order) for one
   * pair group of token i (0: with its left word, 1: with its right word, 2: with the previous
   * label p1), computed on a miss. The store is flushed when full.
   */
  private candVals(map: Map<number, number>, key: number, kind: number, i: number, p1: number, co: number): number {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
    const ts = this.ts, f = this.gfeats, version = this.features, cl = this.clusters !== null;
    let n = 0;
    if (kind === 0) { n = leftPairKeys(ts, i, f, 0); if (version >= 2) f[n++] = shapeLeftKey(ts, i); }
    else if (kind === 1) { n = rightPairKeys(ts, i, cl, f, 0); if (version >= 2) f[n++] = shapeRightKey(ts, i); }
    else n = p1Keys(ts, i, p1, cl, f, 0);
    const tmp = this.tmpScores;
    tmp.fill(0);
    this.model.score(f, n, tmp);
    const pool = this.candPool, m = pool[co];
    if (this.candTop + m > this.candPairs.length) {
      const v = new Int32Array(Math.min(MAX_CAND_VALUES, this.candPairs.length * 2 + 4096));
      v.set(this.candPairs);
      this.candPairs = v;
    }
    const off = this.candTop;
    for (let j = 1; j <= m; j++) this.candPairs[off + j - 1] = tmp[pool[co + j]];
    this.candTop += m;
    map.set(key, off);
    return off;
  }

  /** Offset in shapeVecs of token i's shape-bigram scores (cached per shape triple), or -1. */
  private shapeVec(i: number, N: number): number {
    const tokSlot = this.tokSlot, ss = this.slotShape;
    const sp = i > 0 ? tokSlot[i - 1] : -1, s0 = tokSlot[i], sn = i + 1 < N ? tokSlot[i + 1] : -1;
    const a = i === 0 ? 0 : sp >= 0 ? ss[sp] : -1;
    const b = s0 >= 0 ? ss[s0] : -1;
    const c = i + 1 === N ? 1 : sn >= 0 ? ss[sn] : -1;
    if (a < 0 || b < 0 || c < 0) return -1;
    const key = (a * MAX_SHAPES + b) * MAX_SHAPES + c;
    const hit = this.shapeTri.get(key);
    if (hit !== undefined) return hit;
    const C = this.labels.length;
    if (this.shapeTri.size >= MAX_SHAPE_TRIPLES) return -1;
    const off = this.shapeTri.size * C;
    if (off + C > this.shapeVecs.length) {
      const v = new Int32Array(Math.min(MAX_SHAPE_TRIPLES * C, Math.max(256 * C, this.shapeVecs.length * 2)));
      v.set(this.shapeVecs);
      this.shapeVecs = v;
    }
    const n = shapePairKeys(this.ts, i, this.gfeats, 0);
    this.model.score(this.gfeats, n, this.shapeVecs.subarray(off, off + C));
    this.shapeTri.set(key, off);
    return off;
  }

  /** Bias + history scores for (p1, p2), cached. */
  private hist(p1: number, p2: number): Int32Array {
    const C = this.labels.length;
    const a = p1 < C ? p1 : C;
    const b = p2 < C ? p2 : p2 === PAD_START - 1 ? C : C + 1;
    const key = a * (C + 2) + b;
    let v = this.histVec[key];
    if (v === undefined) {
      v = new Int32Array(C);
      const n = histKeys(p1, p2, this.gfeats, 0);
      this.model.score(this.gfeats, n, v);
      this.histVec[key] = v;
    }
    return v;
  }

  /**
   * One greedy left-to-right pass of the first model. Same scores as plainPass, computed as cached
   * dense vectors (history; self/left/right word groups of cached word types) plus the keys of the
   * rest; dictionary words skip scoring (Honnibal 2013).
   */
  private pass(N: number, out: Int32Array): void {
    const ts = this.ts, model = this.model, feats = this.feats, pool = this.candPool, recs = this.recs;
    const scores = this.scores, C = this.labels.length, cl = this.clusters !== null, version = this.features;
    const tokSlot = this.tokSlot;
    let p1 = PAD_START - 1, p2 = PAD_START - 2;
    for (let i = 0; i < N; i++) {
      const s0 = tokSlot[i];
      let best = s0 >= 0 ? recs[s0 * REC + R_DICT] : this.tagdict.get(this.curForms![i]) ?? -1;
      const co = best >= 0 ? -1 : s0 >= 0 ? recs[s0 * REC + R_CAND] : this.candOff.get(this.curForms![i]) ?? -1;
      if (co >= 0 && pool[co] === 1) best = pool[co + 1];
      if (best < 0) {
        const h = this.hist(p1, p2);
        // Dense groups: own word (the sentence-initial variant is not cached), left and right words.
        let n = 0;
        const o0 = s0 >= 0 ? this.groupVec(s0, i === 0 ? G_SELF0 : G_SELF, i) : -1;
        if (o0 < 0) n = selfKeys(ts, i, i === 0, version, cl, feats, n);
        const sl = i > 0 ? tokSlot[i - 1] : PAD_NEAR;
        const o1 = sl >= 0 ? this.groupVec(sl, G_LEFT, i - 1) : -1;
        if (o1 < 0) n = left1Keys(ts, i - 1, cl, feats, n);
        const sr = i + 1 < N ? tokSlot[i + 1] : PAD_NEAR;
        const o2 = sr >= 0 ? this.groupVec(sr, G_RIGHT, i + 1) : -1;
        if (o2 < 0) n = right1Keys(ts, i + 1, cl, feats, n);
        const sl2 = i > 1 ? tokSlot[i - 2] : i === 1 ? PAD_NEAR : PAD_FAR;
        const o3 = sl2 >= 0 ? this.groupVec(sl2, G_LEFT2, i - 2) : -1;
        if (o3 < 0) n = left2Keys(ts, i - 2, feats, n);
        const sr2 = i + 2 < N ? tokSlot[i + 2] : i + 2 === N ? PAD_NEAR : PAD_FAR;
        const o4 = sr2 >= 0 ? this.groupVec(sr2, G_RIGHT2, i + 2) : -1;
        if (o4 < 0) n = right2Keys(ts, i + 2, feats, n);
        const vecs = this.vecs; // read after groupVec, which may grow it
        if (co >= 0 && s0 >= 0) {
          // A frequent word: only its candidate labels' scores are summed and compared; its pair
          // features with each neighbour and with the previous label come from the candidate cache.
          const m = pool[co];
          // Room for this token's three groups (when full, the store starts again).
          if (this.candTop + 3 * m > MAX_CAND_VALUES) {
            this.leftPairs.clear(); this.rightPairs.clear(); this.prevPairs.clear();
            this.candTop = 0;
          }
          const pp = i > 0 ? tokSlot[i - 1] : MAX_CACHED_FORMS;
          const pn = i + 1 < N ? tokSlot[i + 1] : MAX_CACHED_FORMS;
          const oL = pp >= 0 ? this.candVals(this.leftPairs, pp * (MAX_CACHED_FORMS + 1) + s0, 0, i, p1, co) : -1;
          if (oL < 0) { n = leftPairKeys(ts, i, feats, n); if (version >= 2) feats[n++] = shapeLeftKey(ts, i); }
          const oR = pn >= 0 ? this.candVals(this.rightPairs, s0 * (MAX_CACHED_FORMS + 1) + pn, 1, i, p1, co) : -1;
          if (oR < 0) { n = rightPairKeys(ts, i, cl, feats, n); if (version >= 2) feats[n++] = shapeRightKey(ts, i); }
          const oP = this.candVals(this.prevPairs, s0 * (C + 1) + (p1 < C ? p1 : C), 2, i, p1, co);
          n = restKeys(ts, i, p1, null, version, feats, n);
          const cv = this.candPairs;
          for (let j = 1; j <= m; j++) {
            const k = pool[co + j];
            let v = h[k] + cv[oP + j - 1];
            if (o0 >= 0) v += vecs[o0 + k];
            if (o1 >= 0) v += vecs[o1 + k];
            if (o2 >= 0) v += vecs[o2 + k];
            if (o3 >= 0) v += vecs[o3 + k];
            if (o4 >= 0) v += vecs[o4 + k];
            if (oL >= 0) v += cv[oL + j - 1];
            if (oR >= 0) v += cv[oR + j - 1];
            scores[k] = v;
          }
          model.score(feats, n, scores);
          best = pool[co + 1];
          for (let j = 2; j <= m; j++) { const k = pool[co + j]; if (scores[k] > scores[best]) best = k; }
        } else {
          const o5 = version >= 2 ? this.shapeVec(i, N) : -1;
          if (o5 < 0 && version >= 2) n = shapePairKeys(ts, i, feats, n);
          const sv = this.shapeVecs;
          n = leftPairKeys(ts, i, feats, n);
          n = rightPairKeys(ts, i, cl, feats, n);
          n = p1Keys(ts, i, p1, cl, feats, n);
          n = restKeys(ts, i, p1, null, version, feats, n);
          scores.set(h);
          if (o0 >= 0) for (let k = 0; k < C; k++) scores[k] += vecs[o0 + k];
          if (o1 >= 0) for (let k = 0; k < C; k++) scores[k] += vecs[o1 + k];
          if (o2 >= 0) for (let k = 0; k < C; k++) scores[k] += vecs[o2 + k];
          if (o3 >= 0) for (let k = 0; k < C; k++) scores[k] += vecs[o3 + k];
          if (o4 >= 0) for (let k = 0; k < C; k++) scores[k] += vecs[o4 + k];
          if (o5 >= 0) for (let k = 0; k < C; k++) scores[k] += sv[o5 + k];
          model.score(feats, n, scores);
          if (co >= 0) {
            best = pool[co + 1];
            for (let j = 2, m = pool[co]; j <= m; j++) { const k = pool[co + j]; if (scores[k] > scores[best]) best = k; }
          } else {
            best = 0;
            for (let k = 1; k < C; k++) if (scores[k] > scores[best]) best = k;
          }
        }
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
  }

  /**
   * Lemma of token i of the sentence last tagged (tagIds), labelled k: read from its word type's
   * slot when the slot holds this label's lemma (no string hashing), else lemmaOf.
   */
  lemmaAt(i: number, k: number): string {
    const s = this.tokSlot[i];
    if (s >= 0 && this.slotLemmaK[s] === k) return this.slotLemma[s];
    const l = this.lemmaOf(this.curForms![i], k);
    if (s >= 0) { this.slotLemmaK[s] = k; this.slotLemma[s] = l; }
    return l;
  }

  /** Lemma of a form tagged with label k (cached per label). */
  lemmaOf(form: string, k: number): string {
    const m = this.lemmaCache[k];
    let l = m.get(form);
    if (l === undefined) {
      l = this.lemmatizer.lemma(form, this.xpos[k]);
      if (this.lemmaCount >= 200000) { for (const c of this.lemmaCache) c.clear(); this.lemmaCount = 0; }
      m.set(form, l);
      this.lemmaCount++;
    }
    return l;
  }

  private ids = new Int32Array(256);

  tag(forms: readonly string[], withLemmas = true): TagResult {
    if (forms.length > this.ids.length) this.ids = new Int32Array(forms.length * 2);
    this.tagIds(forms, this.ids);
    const res: TagResult = { upos: [], xpos: [], lemma: [] };
    for (let i = 0; i < forms.length; i++) {
      const k = this.ids[i];
      res.upos.push(this.upos[k]);
      res.xpos.push(this.xpos[k]);
      if (withLemmas) res.lemma.push(this.lemmaAt(i, k));
    }
    return res;
  }

  save(path: string, info?: Record<string, unknown>): number {
    const { arrays, scale } = this.model.toArrays();
    const header: TaggerHeader = {
      kind: 'tagger', labels: this.labels, tagdict: Object.fromEntries(this.tagdict), amb: Object.fromEntries(this.amb), scale,
      lemmas: this.lemmatizer.toJSON(), info, features: this.features,
    };
    if (this.clusters) header.clusters = Object.fromEntries(this.clusters.paths);
    if (this.cands.size > 0) header.cands = Object.fromEntries(this.cands);
    if (this.model2) {
      const m2 = this.model2.toArrays('m2.');
      Object.assign(arrays, m2.arrays);
      header.scale2 = m2.scale;
    }
    return saveModel(path, header, arrays);
  }

  static load(path: string): Tagger {
    const { header, arrays } = loadModel<TaggerHeader>(path);
    if (header.kind !== 'tagger') throw new Error(`${path} is not a tagger model`);
    const model = SparseModel.fromArrays(header.labels.length, arrays, header.scale);
    const model2 = header.scale2 !== undefined ? SparseModel.fromArrays(header.labels.length, arrays, header.scale2, 'm2.') : null;
    const t = new Tagger(header.labels, new Map(Object.entries(header.tagdict)), new Map(Object.entries(header.amb)), model, new Lemmatizer(header.lemmas), model2);
    t.features = header.features ?? 1;
    if (header.clusters) t.clusters = new ClusterFeats(new Map(Object.entries(header.clusters)));
    if (header.cands) t.setCandidates(new Map(Object.entries(header.cands)));
    return t;
  }
}

/** The model as it is after a save/load round trip (Int16 weights), so dev scores are the saved model's. */
export function quantised(m: SparseModel, nClasses: number): SparseModel {
  const { arrays, scale } = m.toArrays();
  return SparseModel.fromArrays(nClasses, arrays, scale);
}

export interface TaggerTrainOptions {
  epochs: number;
  /** Called after each epoch with the averaged tagger; return a dev score to keep the best. */
  onEpoch?: (epoch: number, tagger: Tagger) => number;
  log?: (line: string) => void;
  seed?: number;
  /** Tag dictionary: words seen at least this often ... */
  dictMinFreq?: number;
  /** ... with this share of one label. */
  dictMinRatio?: number;
  prune?: number;
  /** 2: add a second pass that sees the first pass's labels to the right (jack-knifed in training). */
  passes?: 1 | 2;
  /** Feature-set version (default TAGGER_FEATURES). */
  features?: number;
  /** Word -> cluster path (e.g. from models/clusters.tsv.gz); embedded into the model. */
  clusters?: Map<string, string>;
  /** Folds for the second pass's jack-knifed first-pass labels. */
  folds?: number;
  /** Sentences to learn lemmas from (default: the training sentences). */
  lemmaTrain?: UDSentence[];
  /** Words seen fewer times get no ambiguity class (as unknown words at test time). */
  ambMinFreq?: number;
  /** Words seen at least this often are tagged with one of their training labels only. */
  candMinFreq?: number;
  /** Train this many shuffles (seeds) and average their weights. */
  seeds?: number;
  /** With seeds > 1: pruning thresholds to try on the averaged model (chosen by onEpoch's score). */
  prunes?: number[];
  /** Score loss (on onEpoch's measure) accepted for a pruned model. */
  pruneTolerance?: number;
}

/** The mean of several models' weights (rows merged by key). */
export function averageModels(models: SparseModel[], nClasses: number): SparseModel {
  const parts = models.map((m) => {
    const { arrays, scale } = m.toArrays();
    const deltas = arrays.keys as Uint32Array, lens = arrays.lens as Uint16Array, cls = arrays.cls as Uint8Array, w = arrays.w as Int16Array;
    const keys = new Uint32Array(deltas.length);
    let k = 0;
    for (let i = 0; i < deltas.length; i++) { k = (k + deltas[i]) >>> 0; keys[i] = k; }
    const start = new Int32Array(lens.length + 1);
    for (let i = 0; i < lens.length; i++) start[i + 1] = start[i] + lens[i];
    return { keys, start, cls, w, scale: scale / models.length, row: 0 };
  });
  const rowKeys: number[] = [], rowLen: number[] = [], outCls: number[] = [], outW: number[] = [];
  const acc = new Float64Array(nClasses);
  const touched = new Uint8Array(nClasses);
  for (;;) {
    // Smallest pending key (rows are sorted by unsigned key in every part).
    let key = -1;
    for (const p of parts) if (p.row < p.keys.length && (key < 0 || p.keys[p.row] < key)) key = p.keys[p.row];
    if (key < 0) break;
    for (const p of parts) {
      if (p.row >= p.keys.length || p.keys[p.row] !== key) continue;
      for (let j = p.start[p.row]; j < p.start[p.row + 1]; j++) { acc[p.cls[j]] += p.w[j] * p.scale; touched[p.cls[j]] = 1; }
      p.row++;
    }
    let len = 0;
    for (let c = 0; c < nClasses; c++) {
      if (!touched[c]) continue;
      touched[c] = 0;
      if (acc[c] !== 0) { outCls.push(c); outW.push(acc[c]); len++; }
      acc[c] = 0;
    }
    if (len > 0) { rowKeys.push(key | 0); rowLen.push(len); }
  }
  return SparseModel.fromRows(nClasses, Int32Array.from(rowKeys), rowLen, outCls, outW);
}

/** Every label of each form seen at least `minFreq` times (and with more than one label). */
export function buildCandidates(sents: UDSentence[], labelIndex: Map<string, number>, minFreq: number): Map<string, number[]> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sents) for (const t of s.tokens) {
    let m = counts.get(t.form);
    if (!m) counts.set(t.form, (m = new Map()));
    const k = labelIndex.get(labelOf(t))!;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const out = new Map<string, number[]>();
  for (const [form, m] of counts) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total >= minFreq) out.set(form, [...m.keys()].sort((a, b) => a - b));
  }
  return out;
}

/** Ambiguity classes of the lower-cased training words: the labels covering >= 2% of uses. */
export function buildAmbClasses(sents: UDSentence[], labelIndex: Map<string, number>, minFreq: number): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sents) for (const t of s.tokens) {
    const w = t.form.toLowerCase();
    let m = counts.get(w);
    if (!m) counts.set(w, (m = new Map()));
    const k = labelIndex.get(labelOf(t))!;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [w, m] of counts) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < minFreq) continue;
    const tags = [...m].filter(([, c]) => c >= 0.02 * total).map(([k]) => k).sort((a, b) => a - b);
    let h = 0x2545f491;
    for (const k of tags) h = Math.imul(h ^ (k + 1), 0x01000193);
    out.set(w, h | 0);
  }
  return out;
}

export function labelOf(t: { upos: string; xpos: string }): string {
  return `${t.upos}\t${t.xpos}`;
}

/** Deterministic shuffle (mulberry32) so training runs are reproducible. */
export function shuffle<T>(a: T[], seed: number): void {
  let s = seed >>> 0;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const x = a[i]; a[i] = a[j]; a[j] = x;
  }
}

export function buildTagdict(sents: UDSentence[], labelIndex: Map<string, number>, minFreq: number, minRatio: number): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sents) for (const t of s.tokens) {
    let m = counts.get(t.form);
    if (!m) counts.set(t.form, (m = new Map()));
    const k = labelIndex.get(labelOf(t))!;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const dict = new Map<string, number>();
  for (const [form, m] of counts) {
    let total = 0, best = -1, bc = 0;
    for (const [k, c] of m) { total += c; if (c > bc) { bc = c; best = k; } }
    if (total >= minFreq && bc / total >= minRatio) dict.set(form, best);
  }
  return dict;
}

interface TagItem { forms: string[]; gold: Int32Array }

/** One greedy training epoch over the items (second pass when `right` tags are given). */
function trainEpoch(trainer: PerceptronTrainer, items: TagItem[], right: (Int32Array | null)[] | null, lex: TagLexicon, C: number, version: number): number {
  const ts = new TagSent();
  const feats = new Int32Array(MAX_TAGGER_FEATS);
  const scores = new Float32Array(C);
  const scratch = new Int32Array(REC);
  const cl = lex.clusters !== null;
  let correct = 0, total = 0;
  for (let s = 0; s < items.length; s++) {
    const { forms, gold } = items[s];
    fillSent(lex, forms, ts, scratch);
    const r = right ? right[s] : null;
    let p1 = PAD_START - 1, p2 = PAD_START - 2;
    for (let i = 0; i < forms.length; i++) {
      let guess = lex.tagdict.get(forms[i]);
      if (guess === undefined) {
        const n = taggerFeatures(ts, i, p1, p2, feats, r, version, cl);
        scores.fill(0);
        trainer.score(feats, n, scores);
        // (Restricting this argmax to the candidate labels, as tagging does, scored lower on dev.)
        guess = 0;
        for (let k = 1; k < C; k++) if (scores[k] > scores[guess]) guess = k;
        trainer.update(feats, n, gold[i], guess);
        trainer.tick();
      }
      if (guess === gold[i]) correct++;
      total++;
      p2 = p1;
      p1 = guess;
    }
  }
  return correct / total;
}

export function trainTagger(train: UDSentence[], opts: TaggerTrainOptions): { tagger: Tagger; bestEpoch: number; bestScore: number } {
  const log = opts.log ?? (() => {});
  const labelSet = new Set<string>();
  for (const s of train) for (const t of s.tokens) labelSet.add(labelOf(t));
  const labels = [...labelSet].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const tagdict = buildTagdict(train, labelIndex, opts.dictMinFreq ?? 20, opts.dictMinRatio ?? 0.995);
  const lemmatizer = Lemmatizer.train(opts.lemmaTrain ?? train);
  const amb = buildAmbClasses(train, labelIndex, opts.ambMinFreq ?? 3);
  log(`tagger: ${labels.length} labels, tag dictionary ${tagdict.size} words`);
  const C = labels.length;
  const items: TagItem[] = train.map((s) => ({
    forms: s.tokens.map((t) => t.form),
    gold: Int32Array.from(s.tokens, (t) => labelIndex.get(labelOf(t))!),
  }));

  const cl = opts.clusters ? new ClusterFeats(opts.clusters) : null;
  const version = opts.features ?? TAGGER_FEATURES;
  const lex: TagLexicon = { amb, tagdict, clusters: cl, candOff: new Map() };
  const cands = buildCandidates(train, labelIndex, opts.candMinFreq ?? 10);
  const makeTagger = (model: SparseModel, model2: SparseModel | null): Tagger => {
    const tagger = new Tagger(labels, tagdict, amb, model, lemmatizer, model2);
    tagger.clusters = cl;
    tagger.setCandidates(cands);
    tagger.features = version;
    return tagger;
  };
  const runPass = (passNo: 1 | 2, first: Tagger | null, right: Int32Array[] | null, epochs: number, select: boolean, seed = opts.seed ?? 1): { tagger: Tagger; bestEpoch: number; bestScore: number } => {
    const trainer = new PerceptronTrainer(C);
    const order = items.map((_, i) => i);
    let best: Tagger | undefined, bestScore = -1, bestEpoch = 0;
    for (let epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, seed * 7919 + epoch + passNo * 1000);
      const its = order.map((i) => items[i]);
      const rs = right ? order.map((i) => right[i]) : null;
      const t0 = Date.now();
      const acc = trainEpoch(trainer, its, rs, lex, C, version);
      const avg = quantised(trainer.average(opts.prune ?? 0.01), C);
      const tagger = first ? makeTagger(first.model, avg) : makeTagger(avg, null);
      const score = select && opts.onEpoch ? opts.onEpoch(epoch, tagger) : epoch;
      log(`tagger pass ${passNo} epoch ${epoch}: train acc ${acc.toFixed(4)}, dev ${score.toFixed(4)}, rows ${trainer.rowCount}, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
      if (score > bestScore) { best = tagger; bestScore = score; bestEpoch = epoch; }
    }
    return { tagger: best!, bestEpoch, bestScore };
  };

  let one = runPass(1, null, null, opts.epochs, true);
  const seeds = opts.seeds ?? 1;
  if (seeds > 1) {
    // Several shuffles, each at its best epoch, weights averaged (a cheap ensemble).
    const runs = [one];
    for (let k = 1; k < seeds; k++) runs.push(runPass(1, null, null, opts.epochs, true, (opts.seed ?? 1) + 1000 * k));
    const avg = quantised(averageModels(runs.map((r) => r.tagger.model), C), C);
    let tagger = makeTagger(avg, null);
    let score = opts.onEpoch ? opts.onEpoch(0, tagger) : 0;
    log(`tagger: ${seeds} seeds averaged (best epochs ${runs.map((r) => r.bestEpoch).join(',')}): dev ${score.toFixed(4)}, ${avg.entryCount} weights`);
    // Averaged weights survive harder pruning (a smaller model, fewer cache misses): keep the
    // largest threshold that scores within `pruneTolerance` of the unpruned model.
    if (opts.onEpoch) {
      const full = score;
      for (const p of opts.prunes ?? []) {
        const t = makeTagger(avg.pruned(p), null);
        const sc = opts.onEpoch(0, t);
        log(`tagger: pruned at ${p}: dev ${sc.toFixed(4)}, ${t.model.entryCount} weights`);
        if (sc >= full - (opts.pruneTolerance ?? 0)) { tagger = t; score = sc; tagger.pruneAt = p; }
      }
    }
    one = { tagger, bestEpoch: Math.round(runs.reduce((a, r) => a + r.bestEpoch, 0) / seeds), bestScore: score };
  }
  if ((opts.passes ?? 1) === 1) return one;
  // First-pass labels for the training sentences from models that did not see them.
  const folds = opts.folds ?? 4;
  const right: Int32Array[] = new Array(items.length);
  for (let f = 0; f < folds; f++) {
    const sub = trainTagger(train.filter((_, i) => i % folds !== f), { ...opts, passes: 1, onEpoch: undefined, epochs: one.bestEpoch, log: undefined });
    for (let i = f; i < items.length; i += folds) {
      const out = new Int32Array(items[i].forms.length);
      sub.tagger.tagIds(items[i].forms, out);
      // Labels of the sub-model are indices into its own label list: map back by name.
      right[i] = Int32Array.from(out, (k) => labelIndex.get(sub.tagger.labels[k]) ?? 0);
    }
    log(`tagger: jack-knife fold ${f + 1}/${folds}`);
  }
  const two = runPass(2, one.tagger, right, opts.epochs, true);
  return two.bestScore >= one.bestScore ? two : one;
}

/** Accuracy of UPOS, XPOS and lemma against gold tokens. */
export function evaluateTagger(tagger: Tagger, sents: UDSentence[]): { upos: number; xpos: number; lemma: number; tokens: number } {
  let u = 0, x = 0, l = 0, n = 0;
  for (const s of sents) {
    const res = tagger.tag(s.tokens.map((t) => t.form));
    s.tokens.forEach((t, i) => {
      if (res.upos[i] === t.upos) u++;
      if (res.xpos[i] === t.xpos) x++;
      if (res.lemma[i] === t.lemma) l++;
      n++;
    });
  }
  return { upos: u / n, xpos: x / n, lemma: l / n, tokens: n };
}
