/**
 * Greedy left-to-right averaged-perceptron tagger (Collins 2002; Honnibal's "good POS tagger in
 * 200 lines"). One joint label per token, "UPOS\tXPOS", so both tag sets come from one decision
 * and stay consistent. Frequent unambiguous words are tagged from a tag dictionary.
 */
import type { UDSentence } from './conllu.js';
import { gunzipSync } from 'node:zlib';
import { fk1, fk2, fk3, sliceHash } from './hash.js';
import { PerceptronTrainer, SparseModel } from './perceptron.js';
import { WordFeats, PAD_START, PAD_END } from './wordfeats.js';
import { Lemmatizer, type LemmaData } from './lemma.js';
import { loadModel, saveModel } from './binio.js';

export const MAX_TAGGER_FEATS = 72;

/** Prefix lengths of the cluster paths used as features. */
const CLUSTER_PREFIXES = [4, 8, 12, 64];

/** Word-cluster path prefixes of a sentence's tokens, hashed: ids[k*cap + i] for prefix k. */
export class ClusterFeats {
  cap = 0;
  ids = new Int32Array(0);
  constructor(readonly paths: Map<string, string>) {}

  fill(forms: readonly string[]): void {
    if (forms.length > this.cap) { this.cap = forms.length * 2; this.ids = new Int32Array(this.cap * CLUSTER_PREFIXES.length); }
    for (let i = 0; i < forms.length; i++) {
      const f = forms[i];
      const p = this.paths.get(f) ?? this.paths.get(f.toLowerCase());
      for (let k = 0; k < CLUSTER_PREFIXES.length; k++) {
        this.ids[k * this.cap + i] = p === undefined ? 0x0c1a55 + k : sliceHash(p, 0, Math.min(p.length, CLUSTER_PREFIXES[k])) ^ (k << 28);
      }
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

/**
 * Features of token i given the two previous predicted labels (p1, p2; -1/-2 at the start).
 * Returns the count written into `out`.
 */
export function taggerFeatures(wf: WordFeats, amb: Int32Array, i: number, p1: number, p2: number, out: Int32Array, right: Int32Array | null = null, version = TAGGER_FEATURES, cl: ClusterFeats | null = null): number {
  let n = 0;
  const N = wf.n;
  const a0 = amb[i], a1 = i + 1 < N ? amb[i + 1] : PAD_END, a2 = i + 2 < N ? amb[i + 2] : PAD_END + 1;
  const am1 = i > 0 ? amb[i - 1] : PAD_START;
  const cap = wf.cap;
  const w = wf.word[i], lw = wf.lower[i];
  const l1 = wf.lowerAt(i - 1), l2 = wf.lowerAt(i - 2), r1 = wf.lowerAt(i + 1), r2 = wf.lowerAt(i + 2);
  out[n++] = fk1(0, 0); // bias
  out[n++] = fk1(1, w);
  out[n++] = fk1(2, lw);
  for (let k = 0; k < 4; k++) out[n++] = fk1(3 + k, wf.suf[k * cap + i]);
  for (let k = 0; k < 4; k++) out[n++] = fk1(7 + k, wf.pre[k * cap + i]);
  out[n++] = fk1(11, wf.shape[i]);
  out[n++] = fk2(12, wf.shape[i], i === 0 ? 1 : 0);
  out[n++] = fk1(13, p1);
  out[n++] = fk1(14, p2);
  out[n++] = fk2(15, p1, p2);
  out[n++] = fk2(16, p1, lw);
  out[n++] = fk1(17, l1);
  out[n++] = fk1(18, wf.sufAt(2, i - 1));
  out[n++] = fk1(19, l2);
  out[n++] = fk1(20, r1);
  out[n++] = fk1(21, wf.sufAt(2, i + 1));
  out[n++] = fk1(22, r2);
  out[n++] = fk2(23, l1, lw);
  out[n++] = fk2(24, lw, r1);
  out[n++] = fk1(25, wf.shapeAt(i + 1));
  out[n++] = fk1(26, wf.shapeAt(i - 1));
  out[n++] = fk2(27, p1, wf.suf[2 * cap + i]);
  out[n++] = fk2(28, p1, r1);
  out[n++] = fk3(29, lw, r1, r2);
  out[n++] = fk1(30, wf.sufAt(3, i + 1));
  out[n++] = fk2(31, wf.suf[1 * cap + i], wf.sufAt(1, i + 1));
  out[n++] = fk1(32, a0);
  out[n++] = fk1(33, a1);
  out[n++] = fk1(34, a2);
  out[n++] = fk2(35, p1, a0);
  out[n++] = fk2(36, a0, a1);
  out[n++] = fk3(37, p1, a0, a1);
  out[n++] = fk2(38, am1, a0);
  out[n++] = fk2(39, lw, a1);
  if (version >= 2) {
    // Shape bigrams: runs of capitalised words (names) and number-unit patterns.
    out[n++] = fk2(48, wf.shapeAt(i - 1), wf.shape[i]);
    out[n++] = fk2(49, wf.shape[i], wf.shapeAt(i + 1));
    out[n++] = fk3(50, p1, wf.shape[i], wf.shapeAt(i + 1));
  }
  if (cl !== null) {
    // Word clusters (bit-string paths) at several granularities: generalise to rare words.
    const c = cl.cap;
    out[n++] = fk1(51, cl.ids[i]);
    out[n++] = fk1(52, cl.ids[c + i]);
    out[n++] = fk1(53, cl.ids[2 * c + i]);
    out[n++] = fk1(54, cl.ids[3 * c + i]);
    out[n++] = fk2(55, p1, cl.ids[c + i]);
    out[n++] = fk1(56, i + 1 < N ? cl.ids[c + i + 1] : PAD_END);
    out[n++] = fk1(57, i > 0 ? cl.ids[c + i - 1] : PAD_START);
    out[n++] = fk2(58, cl.ids[2 * c + i], i + 1 < N ? cl.ids[2 * c + i + 1] : PAD_END);
  }
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
  lemmas: LemmaData;
  info?: Record<string, unknown>;
}

export interface TagResult {
  upos: string[];
  xpos: string[];
  lemma: string[];
}

export class Tagger {
  readonly labels: string[];
  readonly upos: string[];
  readonly xpos: string[];
  readonly tagdict: Map<string, number>;
  readonly model: SparseModel;
  /** Optional second pass that also sees the first pass's labels to the right. */
  readonly model2: SparseModel | null;
  readonly lemmatizer: Lemmatizer;
  /** Lower-cased word -> its ambiguity class (hash of the labels it had in training). */
  readonly amb: Map<string, number>;
  private wf = new WordFeats();
  private ambBuf = new Int32Array(256);
  private feats = new Int32Array(MAX_TAGGER_FEATS);
  private scores: Int32Array;

  private first = new Int32Array(256);
  /** Feature-set version this model was trained with. */
  features = TAGGER_FEATURES;
  /** Cluster features, when the model was trained with them. */
  clusters: ClusterFeats | null = null;

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
  }

  /** Label indices for a sentence's forms (written into `out`, which must be long enough). */
  tagIds(forms: readonly string[], out: Int32Array): void {
    const wf = this.wf;
    wf.fill(forms);
    if (forms.length > this.ambBuf.length) {
      this.ambBuf = new Int32Array(forms.length * 2);
      this.first = new Int32Array(forms.length * 2);
    }
    fillAmb(this.amb, forms, this.ambBuf);
    if (this.clusters) this.clusters.fill(forms);
    if (this.model2 === null) {
      this.pass(forms, this.model, null, out);
    } else {
      this.pass(forms, this.model, null, this.first);
      this.pass(forms, this.model2, this.first, out);
    }
  }

  /** One greedy left-to-right pass (word features already filled). */
  private pass(forms: readonly string[], model: SparseModel, right: Int32Array | null, out: Int32Array): void {
    const wf = this.wf;
    const scores = this.scores, C = this.labels.length;
    let p1 = PAD_START - 1, p2 = PAD_START - 2;
    for (let i = 0; i < forms.length; i++) {
      let best = this.tagdict.get(forms[i]);
      if (best === undefined) {
        const n = taggerFeatures(wf, this.ambBuf, i, p1, p2, this.feats, right, this.features, this.clusters);
        scores.fill(0);
        model.score(this.feats, n, scores);
        best = 0;
        for (let k = 1; k < C; k++) if (scores[k] > scores[best]) best = k;
      }
      out[i] = best;
      p2 = p1;
      p1 = best;
    }
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
      if (withLemmas) res.lemma.push(this.lemmatizer.lemma(forms[i], this.xpos[k]));
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
    return t;
  }
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
}

const AMB_UNKNOWN = 0x0bad0bad;

export function fillAmb(amb: Map<string, number>, forms: readonly string[], out: Int32Array): void {
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i];
    out[i] = amb.get(f) ?? amb.get(f.toLowerCase()) ?? AMB_UNKNOWN;
  }
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
function trainEpoch(trainer: PerceptronTrainer, items: TagItem[], right: (Int32Array | null)[] | null, tagdict: Map<string, number>, amb: Map<string, number>, C: number, cl: ClusterFeats | null, version: number): number {
  const wf = new WordFeats();
  const feats = new Int32Array(MAX_TAGGER_FEATS);
  const scores = new Float32Array(C);
  let ambBuf = new Int32Array(256);
  let correct = 0, total = 0;
  for (let s = 0; s < items.length; s++) {
    const { forms, gold } = items[s];
    wf.fill(forms);
    if (forms.length > ambBuf.length) ambBuf = new Int32Array(forms.length * 2);
    fillAmb(amb, forms, ambBuf);
    if (cl) cl.fill(forms);
    const r = right ? right[s] : null;
    let p1 = PAD_START - 1, p2 = PAD_START - 2;
    for (let i = 0; i < forms.length; i++) {
      let guess = tagdict.get(forms[i]);
      if (guess === undefined) {
        const n = taggerFeatures(wf, ambBuf, i, p1, p2, feats, r, version, cl);
        scores.fill(0);
        trainer.score(feats, n, scores);
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
  const runPass = (passNo: 1 | 2, first: Tagger | null, right: Int32Array[] | null, epochs: number, select: boolean): { tagger: Tagger; bestEpoch: number; bestScore: number } => {
    const trainer = new PerceptronTrainer(C);
    const order = items.map((_, i) => i);
    let best: Tagger | undefined, bestScore = -1, bestEpoch = 0;
    for (let epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, (opts.seed ?? 1) * 7919 + epoch + passNo * 1000);
      const its = order.map((i) => items[i]);
      const rs = right ? order.map((i) => right[i]) : null;
      const t0 = Date.now();
      const acc = trainEpoch(trainer, its, rs, tagdict, amb, C, cl, version);
      const avg = trainer.average(opts.prune ?? 0.01);
      const tagger = first
        ? new Tagger(labels, tagdict, amb, first.model, lemmatizer, avg)
        : new Tagger(labels, tagdict, amb, avg, lemmatizer);
      if (opts.clusters) tagger.clusters = new ClusterFeats(opts.clusters);
      tagger.features = version;
      const score = select && opts.onEpoch ? opts.onEpoch(epoch, tagger) : epoch;
      log(`tagger pass ${passNo} epoch ${epoch}: train acc ${acc.toFixed(4)}, dev ${score.toFixed(4)}, rows ${trainer.rowCount}, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
      if (score > bestScore) { best = tagger; bestScore = score; bestEpoch = epoch; }
    }
    return { tagger: best!, bestEpoch, bestScore };
  };

  const one = runPass(1, null, null, opts.epochs, true);
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
