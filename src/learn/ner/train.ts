/**
 * Averaged perceptron training of the greedy BILOU tagger (Collins 2002; the decoder sees its own
 * previous decisions during training, as at run time). Averaging uses the usual lazy trick:
 * avg = w - u / c, where u accumulates c * delta.
 */
import { NLABELS, decodeLabels, encodeSpans, type Span } from './bilou.js';
import type { EntityType } from '../../model/types.js';
import { HISTORY_FEATURES, type Featurizer } from './features.js';
import { HashIndex } from './hash.js';
import { DecodeScratch, decodeSentence, packWeights, staticRows, updateMemory, type WeightTable } from './model.js';

export interface TrainSentence {
  forms: string[];
  /** Gold BILOU label indices. */
  labels: Uint8Array;
  pos?: (string | undefined)[];
}

export interface TrainDoc {
  id: string;
  sentences: TrainSentence[];
}

/** A growable feature table with the accumulators averaging needs. */
export class PerceptronTable implements WeightTable {
  index = new HashIndex(1 << 16);
  weights = new Float32Array(NLABELS * (1 << 16));
  acc = new Float64Array(NLABELS * (1 << 16));
  /** How often each row occurred in training (for pruning). */
  freq = new Uint32Array(1 << 16);
  rows = 0;
  /** Update counter (one tick per token). */
  c = 1;

  rowOf(key: number): number {
    let r = this.index.get(key);
    if (r >= 0) return r;
    r = this.rows++;
    if (r >= this.freq.length) this.grow();
    this.index.set(key, r);
    return r;
  }

  private grow(): void {
    const cap = this.freq.length * 2;
    const w = new Float32Array(cap * NLABELS); w.set(this.weights); this.weights = w;
    const a = new Float64Array(cap * NLABELS); a.set(this.acc); this.acc = a;
    const f = new Uint32Array(cap); f.set(this.freq); this.freq = f;
  }

  update(rows: Int32Array, nrows: number, gold: number, pred: number): void {
    const L = NLABELS;
    const c = this.c;
    for (let k = 0; k < nrows; k++) {
      const o = rows[k] * L;
      this.weights[o + gold] += 1;
      this.acc[o + gold] += c;
      this.weights[o + pred] -= 1;
      this.acc[o + pred] -= c;
    }
  }

  add(rows: Int32Array, nrows: number, label: number, delta: number): void {
    const L = NLABELS;
    const c = this.c;
    for (let k = 0; k < nrows; k++) {
      const o = rows[k] * L + label;
      this.weights[o] += delta;
      this.acc[o] += c * delta;
    }
  }

  /** Averaged weights of rows seen at least `minFreq` times and with some non-negligible weight. */
  averaged(minFreq: number): { keys: Uint32Array; weights: Float32Array } {
    const L = NLABELS;
    const keep: number[] = [];
    const keysOfRow = new Uint32Array(this.rows);
    const ik = this.index.keys, iv = this.index.vals;
    for (let i = 0; i < ik.length; i++) if (ik[i] !== 0) keysOfRow[iv[i]] = ik[i];
    const avg = new Float32Array(L);
    const outW: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      if (this.freq[r] < minFreq) continue;
      let any = false;
      for (let l = 0; l < L; l++) {
        const v = this.weights[r * L + l] - this.acc[r * L + l] / this.c;
        avg[l] = v;
        if (Math.abs(v) > 1e-3) any = true;
      }
      if (!any) continue;
      keep.push(keysOfRow[r]);
      for (let l = 0; l < L; l++) outW.push(avg[l]);
    }
    return { keys: Uint32Array.from(keep), weights: Float32Array.from(outW) };
  }
}

/**
 * Mention replacement: names in training sentences are swapped, with probability `prob`, for
 * other names of the same type (half of them recombined from two names, so most are unseen
 * words), so the model learns what context and word shape say about names it has never seen.
 */
export interface NameReplace {
  prob: number;
  pools: Partial<Record<EntityType, string[][]>>;
}

export function replaceNames(sent: TrainSentence, rand: () => number, rep: NameReplace): { forms: string[]; labels: Uint8Array } {
  const spans = decodeLabels(sent.labels);
  if (!spans.length) return sent;
  const forms: string[] = [];
  const out: Span[] = [];
  let i = 0;
  for (const sp of spans) {
    while (i < sp.start) forms.push(sent.forms[i++]);
    const pool = rep.pools[sp.type];
    const start = forms.length;
    if (pool && pool.length && rand() < rep.prob) {
      let words = pool[Math.floor(rand() * pool.length)];
      if (rand() < 0.5) {
        const other = pool[Math.floor(rand() * pool.length)];
        words = words.map((w, k) => {
          const o = other[k % other.length];
          return w.slice(0, Math.ceil(w.length / 2)) + o.slice(Math.floor(o.length / 2)).toLowerCase();
        });
      }
      forms.push(...words);
    } else {
      for (let k = sp.start; k < sp.end; k++) forms.push(sent.forms[k]);
    }
    out.push({ start, end: forms.length, type: sp.type });
    i = sp.end;
  }
  while (i < sent.forms.length) forms.push(sent.forms[i++]);
  return { forms, labels: encodeSpans(forms.length, out) };
}

export interface TrainOptions {
  /** Mention replacement (see NameReplace). */
  replace?: NameReplace;
  epochs: number;
  /** Deterministic seed for shuffling and case augmentation. */
  seed?: number;
  /** Per-sentence probabilities of training on a lower-cased, upper-cased or title-cased copy. */
  augment?: { lower: number; upper: number; title: number; lowerNames?: number };
  minFreq?: number;
  log?: (s: string) => void;
  /** Called after each epoch with the current averaged table (for dev scores). */
  onEpoch?: (epoch: number, table: WeightTable) => void;
}

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SMALL = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from']);

/** Re-case a sentence the way noisy sources do: all lower, all upper, or headline title case. */
export function recase(forms: readonly string[], how: 'lower' | 'upper' | 'title'): string[] {
  if (how === 'lower') return forms.map((f) => f.toLowerCase());
  if (how === 'upper') return forms.map((f) => f.toUpperCase());
  return forms.map((f, i) => (i > 0 && SMALL.has(f.toLowerCase())) ? f.toLowerCase() : f.charAt(0).toUpperCase() + f.slice(1));
}

/**
 * Web text often writes one name in lower case inside an otherwise normal sentence ("flights to
 * kerala", "tell val"): each name is lower-cased with probability `p` (returns `forms` untouched
 * when none is).
 */
export function lowerSomeNames(forms: string[], labels: Uint8Array, rand: () => number, p: number): string[] {
  let out = forms;
  for (const sp of decodeLabels(labels)) {
    if (rand() >= p) continue;
    if (out === forms) out = forms.slice();
    for (let i = sp.start; i < sp.end; i++) out[i] = out[i].toLowerCase();
  }
  return out;
}

export function trainPerceptron(fz: Featurizer, docs: readonly TrainDoc[], opts: TrainOptions): PerceptronTable {
  const table = new PerceptronTable();
  const rand = rng(opts.seed ?? 1);
  const order = docs.map((_, i) => i);
  const aug = opts.augment ?? { lower: 0, upper: 0, title: 0 };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let tokens = 0, errors = 0;
    const scratch = new DecodeScratch();
    const rows = new Int32Array(256);
    const hist = new Uint32Array(HISTORY_FEATURES);
    for (const di of order) {
      const memory = new Map<string, number>();
      for (const sent of docs[di].sentences) {
        if (!sent.forms.length) continue;
        let forms = sent.forms;
        let gold = sent.labels;
        if (opts.replace) ({ forms, labels: gold } = replaceNames(sent, rand, opts.replace));
        const r = rand();
        if (r < aug.lower) forms = recase(forms, 'lower');
        else if (r < aug.lower + aug.upper) forms = recase(forms, 'upper');
        else if (r < aug.lower + aug.upper + aug.title) forms = recase(forms, 'title');
        else if (aug.lowerNames) forms = lowerSomeNames(forms, gold, rand, aug.lowerNames);
        const s = fz.sentence(forms, memory, forms.length === sent.forms.length ? sent.pos : undefined);
        // Make sure every static feature has a row, so updates can reach it.
        for (let i = 0; i < s.n; i++) {
          const base = i * s.stride;
          for (let k = 0; k < s.count[i]; k++) { const r = table.rowOf(s.feats[base + k]); table.freq[r]++; }
        }
        const out = new Uint8Array(s.n);
        decodeSentence(fz, s, table, out, scratch);
        tokens += s.n;
        // Structured perceptron update (Collins 2002) on the positions where the paths differ.
        for (let i = 0; i < s.n; i++) {
          const g = gold[i], p = out[i];
          const gp = i > 0 ? gold[i - 1] : -1, pp = i > 0 ? out[i - 1] : -1;
          if (g !== p) {
            errors++;
            const nr = staticRows(s, i, table, rows);
            table.update(rows, nr, g, p);
          }
          if (g !== p || gp !== pp) {
            let nh = fz.history(s, i, gp, hist);
            for (let k = 0; k < nh; k++) rows[k] = table.rowOf(hist[k]);
            table.add(rows, nh, g, 1);
            nh = fz.history(s, i, pp, hist);
            for (let k = 0; k < nh; k++) rows[k] = table.rowOf(hist[k]);
            table.add(rows, nh, p, -1);
          }
        }
        table.c++;
        updateMemory(memory, s, out);
      }
    }
    opts.log?.(`epoch ${epoch}: ${tokens} tokens, train error ${(errors / Math.max(1, tokens)).toFixed(4)}, ${table.rows} feature rows`);
    if (opts.onEpoch) {
      const avg = table.averaged(1);
      const index = new HashIndex(avg.keys.length);
      for (let i = 0; i < avg.keys.length; i++) index.set(avg.keys[i], i);
      opts.onEpoch(epoch, { index, weights: avg.weights });
    }
  }
  return table;
}

/** Final model bytes from a trained table. */
export function saveTable(table: PerceptronTable, minFreq: number, meta: Record<string, unknown>, usePos = false): Buffer {
  const avg = table.averaged(minFreq);
  return packWeights(avg.keys, avg.weights, { usePos, meta });
}
