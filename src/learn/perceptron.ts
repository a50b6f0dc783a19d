/**
 * Averaged perceptron over hashed integer features (see ./hash.ts).
 *
 * Training (`PerceptronTrainer`): an open-addressing table maps a 32-bit feature key to a row; a
 * row holds one weight per class (dense, Float32). Averaging uses the "accumulated timestamp"
 * trick: every update of d at step c also adds c*d to `acc`, and the average is w - acc/c, so no
 * per-weight timestamps are needed.
 *
 * Inference (`SparseModel`): after averaging, weights below a threshold are pruned and each row
 * keeps only its non-zero (class, weight) pairs; the model is saved with int16 weights.
 */
import type { Typed } from './binio.js';

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Open-addressing key -> slot table (linear probing). Key 0 means empty. */
export class KeyTable {
  keys: Int32Array;
  vals: Int32Array;
  mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    const cap = nextPow2(Math.max(16, capacity));
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const keys = this.keys, mask = this.mask;
    let i = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** Value for key, inserting `val` when absent. */
  getOrInsert(key: number, val: number): number {
    if ((this.size + 1) * 10 > this.keys.length * 7) this.grow();
    const keys = this.keys, mask = this.mask;
    let i = (key ^ (key >>> 16)) & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) {
        keys[i] = key;
        this.vals[i] = val;
        this.size++;
        return val;
      }
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const oldK = this.keys, oldV = this.vals;
    const cap = oldK.length * 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== 0) this.getOrInsert(oldK[i], oldV[i]);
  }
}

export class PerceptronTrainer {
  readonly nClasses: number;
  private table = new KeyTable(1 << 18);
  private w: Float32Array;
  private acc: Float32Array;
  private rows = 0;
  /** Example counter (starts at 1, incremented by `tick`). */
  private c = 1;
  /** Rows are not created beyond this many (memory guard); extra features are ignored. */
  readonly maxRows: number;

  constructor(nClasses: number, maxRows = 1 << 22) {
    this.nClasses = nClasses;
    this.maxRows = maxRows;
    this.w = new Float32Array((1 << 16) * nClasses);
    this.acc = new Float32Array((1 << 16) * nClasses);
  }

  get rowCount(): number { return this.rows; }

  /** Adds the current (non-averaged) weights of the features to `scores` (which the caller zeroes). */
  score(feats: Int32Array, n: number, scores: Float32Array): void {
    const C = this.nClasses, w = this.w;
    for (let i = 0; i < n; i++) {
      const r = this.table.get(feats[i]);
      if (r < 0) continue;
      const base = r * C;
      for (let k = 0; k < C; k++) scores[k] += w[base + k];
    }
  }

  private rowFor(key: number): number {
    const r0 = this.table.get(key);
    if (r0 >= 0) return r0;
    if (this.rows >= this.maxRows) return -1;
    const r = this.table.getOrInsert(key, this.rows);
    this.rows++;
    const need = this.rows * this.nClasses;
    if (need > this.w.length) {
      const cap = Math.min(this.w.length * 2, Math.max(need, this.maxRows * this.nClasses));
      const w = new Float32Array(Math.max(cap, need)); w.set(this.w); this.w = w;
      const a = new Float32Array(Math.max(cap, need)); a.set(this.acc); this.acc = a;
    }
    return r;
  }

  /** Moves weight from `guess` to `truth` for every feature (no-op when they are equal). */
  update(feats: Int32Array, n: number, truth: number, guess: number, amount = 1): void {
    if (truth === guess) return;
    const C = this.nClasses, c = this.c;
    for (let i = 0; i < n; i++) {
      const r = this.rowFor(feats[i]);
      if (r < 0) continue;
      const base = r * C;
      this.w[base + truth] += amount;
      this.acc[base + truth] += c * amount;
      if (guess >= 0) {
        this.w[base + guess] -= amount;
        this.acc[base + guess] -= c * amount;
      }
    }
  }

  /** Call once per training example (averaging weight). */
  tick(): void { this.c++; }

  /** Averaged, pruned, sparse model: entries with |w| < `prune` are dropped. */
  average(prune = 1e-3): SparseModel {
    const C = this.nClasses, c = this.c;
    const rowKeys: number[] = [];
    const rowLen: number[] = [];
    const cls: number[] = [];
    const wts: number[] = [];
    const keys = this.table.keys, vals = this.table.vals;
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      const base = vals[s] * C;
      let len = 0;
      for (let k = 0; k < C; k++) {
        const v = this.w[base + k] - this.acc[base + k] / c;
        if (Math.abs(v) < prune) continue;
        cls.push(k);
        wts.push(v);
        len++;
      }
      if (len > 0) { rowKeys.push(keys[s]); rowLen.push(len); }
    }
    return SparseModel.fromRows(C, Int32Array.from(rowKeys), rowLen, cls, wts);
  }
}

/**
 * Read-only sparse weights laid out for few cache misses: one open-addressing slot array of
 * [key, value] pairs. A row with one weight keeps it inline in `value` as (weight << 8 | class);
 * a longer row has value (start << 8 | 255) pointing at [len, w1, w2, ...] in `entries`, each
 * packed the same way. Weights are integers (24 bits) in units of `scale`; argmax is unaffected.
 */
export class SparseModel {
  readonly nClasses: number;
  private slots: Int32Array;
  private mask: number;
  private entries: Int32Array;
  readonly scale: number;
  private nRows: number;
  private nWeights: number;
  /** Keeps the prefetch loads in `score` observable so they are not optimised away. */
  sink = 0;

  private constructor(nClasses: number, slots: Int32Array, mask: number, entries: Int32Array, scale: number, nRows: number, nWeights: number) {
    this.nClasses = nClasses;
    this.slots = slots;
    this.mask = mask;
    this.entries = entries;
    this.scale = scale;
    this.nRows = nRows;
    this.nWeights = nWeights;
  }

  get rowCount(): number { return this.nRows; }
  get entryCount(): number { return this.nWeights; }

  static fromRows(nClasses: number, rowKeys: Int32Array, rowLen: ArrayLike<number>, cls: ArrayLike<number>, w: ArrayLike<number>, scale?: number): SparseModel {
    if (nClasses > 255) throw new Error('SparseModel: at most 255 classes (255 marks a pointer)');
    const n = rowKeys.length;
    const cap = nextPow2(Math.ceil(n / 0.6) + 16);
    const mask = cap - 1;
    const slots = new Int32Array(cap * 2);
    let maxAbs = 0;
    for (let j = 0; j < w.length; j++) maxAbs = Math.max(maxAbs, Math.abs(w[j]));
    // With `scale` given, `w` is already integer (in units of scale); otherwise quantise to 24 bits.
    const sc = scale ?? (maxAbs > 0 ? maxAbs / 8388607 : 1);
    const div = scale === undefined ? sc : 1;
    let multi = 0, multiRows = 0;
    for (let r = 0; r < n; r++) if (rowLen[r] > 1) { multi += rowLen[r]; multiRows++; }
    if (multi + multiRows >= 1 << 24) throw new Error('SparseModel: too many weights (prune harder)');
    const entries = new Int32Array(multi + multiRows + 1); // never empty: the prefetch reads entries[0]
    let off = 0, src = 0;
    for (let r = 0; r < n; r++) {
      const key = rowKeys[r];
      let i = (key ^ (key >>> 16)) & mask;
      while (slots[i * 2] !== 0 && slots[i * 2] !== key) i = (i + 1) & mask;
      slots[i * 2] = key;
      const len = rowLen[r];
      if (len === 1) {
        slots[i * 2 + 1] = (Math.round(w[src] / div) << 8) | cls[src];
        src++;
      } else {
        slots[i * 2 + 1] = (off << 8) | 255;
        entries[off++] = len;
        for (let j = 0; j < len; j++, src++) entries[off++] = (Math.round(w[src] / div) << 8) | cls[src];
      }
    }
    return new SparseModel(nClasses, slots, mask, entries, sc, n, w.length);
  }

  /** Adds the integer weights (units of `scale`) of the features to `scores` (zeroed by the caller). */
  score(feats: Int32Array, n: number, scores: Int32Array): void {
    const slots = this.slots, mask = this.mask, ent = this.entries;
    const wrap = (mask << 1) | 1;
    // Touch every feature's slot first, without branches, so the cache misses overlap instead of
    // queueing behind the lookup loop's data-dependent branches (a software prefetch).
    let sink = 0;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      sink ^= slots[((key ^ (key >>> 16)) & mask) << 1];
    }
    // Same for the rows stored out of line (the home slot's pointer; probing is rare).
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      const v0 = slots[(((key ^ (key >>> 16)) & mask) << 1) + 1];
      sink ^= ent[(v0 & 255) === 255 ? v0 >>> 8 : 0];
    }
    this.sink ^= sink;
    for (let f = 0; f < n; f++) {
      const key = feats[f];
      let i = ((key ^ (key >>> 16)) & mask) << 1;
      for (;;) {
        const k = slots[i];
        if (k === key) {
          const v0 = slots[i + 1];
          if ((v0 & 255) !== 255) {
            scores[v0 & 255] += v0 >> 8;
          } else {
            const s = (v0 >>> 8) + 1, e = s + ent[s - 1];
            for (let j = s; j < e; j++) {
              const v = ent[j];
              scores[v & 255] += v >> 8;
            }
          }
          break;
        }
        if (k === 0) break;
        i = (i + 2) & wrap;
      }
    }
  }

  /** A copy without the weights below `minAbs` (and without emptied rows). */
  pruned(minAbs: number): SparseModel {
    const { keys, rowStart, vals } = this.rows();
    const lim = minAbs / this.scale;
    const rk: number[] = [], rl: number[] = [], cls: number[] = [], w: number[] = [];
    for (let r = 0; r < keys.length; r++) {
      let n = 0;
      for (let j = rowStart[r]; j < rowStart[r + 1]; j++) {
        const v = vals[j];
        if (Math.abs(v >> 8) < lim) continue;
        cls.push(v & 255);
        w.push(v >> 8);
        n++;
      }
      if (n > 0) { rk.push(keys[r] | 0); rl.push(n); }
    }
    return SparseModel.fromRows(this.nClasses, Int32Array.from(rk), rl, cls, w, this.scale);
  }

  /** All rows, decoded: keys, row r's packed weights are vals[rowStart[r] .. rowStart[r+1]). */
  private rows(): { keys: Uint32Array; rowStart: Int32Array; vals: Int32Array } {
    const cap = this.mask + 1;
    const keys = new Uint32Array(this.nRows), rowStart = new Int32Array(this.nRows + 1), vals = new Int32Array(this.nWeights);
    let r = 0, off = 0;
    for (let i = 0; i < cap; i++) {
      const k = this.slots[i * 2];
      if (k === 0) continue;
      const v0 = this.slots[i * 2 + 1];
      keys[r] = k >>> 0;
      rowStart[r] = off;
      if ((v0 & 255) !== 255) vals[off++] = v0;
      else {
        const s = v0 >>> 8, len = this.entries[s];
        for (let j = 1; j <= len; j++) vals[off++] = this.entries[s + j];
      }
      r++;
    }
    rowStart[r] = off;
    return { keys, rowStart, vals };
  }

  /**
   * Compact arrays for saving: rows sorted by key (unsigned) with delta-coded keys (they gzip
   * better), classes as bytes, weights as int16 with one scale.
   */
  toArrays(prefix = ''): { arrays: Record<string, Typed>; scale: number } {
    const { keys, rowStart, vals } = this.rows();
    const n = keys.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => keys[a] - keys[b]);
    let maxAbs = 0;
    for (let j = 0; j < vals.length; j++) maxAbs = Math.max(maxAbs, Math.abs(vals[j] >> 8));
    const q16 = maxAbs > 0 ? maxAbs / 32767 : 1; // in units of this.scale
    const deltas = new Uint32Array(n);
    const lens = new Uint16Array(n);
    const cls = new Uint8Array(vals.length);
    const q = new Int16Array(vals.length);
    let prev = 0, off = 0;
    for (let i = 0; i < n; i++) {
      const r = order[i];
      deltas[i] = (keys[r] - prev) >>> 0;
      prev = keys[r];
      lens[i] = rowStart[r + 1] - rowStart[r];
      for (let j = rowStart[r]; j < rowStart[r + 1]; j++) {
        const v = vals[j];
        cls[off] = v & 255;
        q[off] = Math.round((v >> 8) / q16);
        off++;
      }
    }
    return { arrays: { [prefix + 'keys']: deltas, [prefix + 'lens']: lens, [prefix + 'cls']: cls, [prefix + 'w']: q }, scale: q16 * this.scale };
  }

  static fromArrays(nClasses: number, arrays: Record<string, Typed>, scale: number, prefix = ''): SparseModel {
    const deltas = arrays[prefix + 'keys'] as Uint32Array;
    const lens = arrays[prefix + 'lens'] as Uint16Array;
    const cls = arrays[prefix + 'cls'];
    const q = arrays[prefix + 'w'] as Int16Array;
    const n = deltas.length;
    const keys = new Int32Array(n);
    let k = 0;
    for (let i = 0; i < n; i++) { k = (k + deltas[i]) >>> 0; keys[i] = k | 0; }
    // Keep the int16 values as they are (scores in units of `scale`).
    return SparseModel.fromRows(nClasses, keys, lens, cls, q, scale);
  }
}
