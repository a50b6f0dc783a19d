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
    return SparseModel.fromRows(C, Int32Array.from(rowKeys), Int32Array.from(rowLen), Int32Array.from(cls), Float32Array.from(wts));
  }
}

/** Read-only sparse weights: key -> [start, start+len) in (cls, w). */
export class SparseModel {
  readonly nClasses: number;
  private table: KeyTable;
  private start: Int32Array;
  private len: Int32Array;
  readonly cls: Uint16Array;
  readonly w: Float32Array;

  private constructor(nClasses: number, table: KeyTable, start: Int32Array, len: Int32Array, cls: Uint16Array, w: Float32Array) {
    this.nClasses = nClasses;
    this.table = table;
    this.start = start;
    this.len = len;
    this.cls = cls;
    this.w = w;
  }

  get rowCount(): number { return this.start.length; }
  get entryCount(): number { return this.w.length; }

  static fromRows(nClasses: number, rowKeys: Int32Array, rowLen: Int32Array, cls: ArrayLike<number>, w: Float32Array): SparseModel {
    const n = rowKeys.length;
    const table = new KeyTable(Math.ceil(n / 0.6) + 16);
    const start = new Int32Array(n);
    let off = 0;
    for (let r = 0; r < n; r++) {
      start[r] = off;
      off += rowLen[r];
      table.getOrInsert(rowKeys[r], r);
    }
    return new SparseModel(nClasses, table, start, Int32Array.from(rowLen), Uint16Array.from(cls), w);
  }

  /** Adds the weights of the features to `scores` (which the caller zeroes). */
  score(feats: Int32Array, n: number, scores: Float32Array): void {
    const cls = this.cls, w = this.w, start = this.start, len = this.len, table = this.table;
    for (let i = 0; i < n; i++) {
      const r = table.get(feats[i]);
      if (r < 0) continue;
      const s = start[r], e = s + len[r];
      for (let j = s; j < e; j++) scores[cls[j]] += w[j];
    }
  }

  /**
   * Compact arrays for saving: rows sorted by key (unsigned) with delta-coded keys (they gzip
   * better), classes as bytes when they fit, weights as int16 with one scale.
   */
  toArrays(prefix = ''): { arrays: Record<string, Typed>; scale: number } {
    const n = this.start.length;
    const order = new Int32Array(n);
    const keysU = new Uint32Array(n);
    const slots = this.table.keys, vals = this.table.vals;
    for (let s = 0; s < slots.length; s++) if (slots[s] !== 0) keysU[vals[s]] = slots[s] >>> 0;
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => keysU[a] - keysU[b]);
    let maxAbs = 0;
    for (let j = 0; j < this.w.length; j++) maxAbs = Math.max(maxAbs, Math.abs(this.w[j]));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const deltas = new Uint32Array(n);
    const lens = new Uint16Array(n);
    const big = this.nClasses > 255;
    const cls = big ? new Uint16Array(this.w.length) : new Uint8Array(this.w.length);
    const q = new Int16Array(this.w.length);
    let prev = 0, off = 0;
    for (let i = 0; i < n; i++) {
      const r = order[i];
      deltas[i] = (keysU[r] - prev) >>> 0;
      prev = keysU[r];
      lens[i] = this.len[r];
      const s = this.start[r];
      for (let j = s; j < s + this.len[r]; j++) {
        cls[off] = this.cls[j];
        q[off] = Math.round(this.w[j] / scale);
        off++;
      }
    }
    return { arrays: { [prefix + 'keys']: deltas, [prefix + 'lens']: lens, [prefix + 'cls']: cls, [prefix + 'w']: q }, scale };
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
    const w = new Float32Array(q.length);
    for (let j = 0; j < q.length; j++) w[j] = q[j] * scale;
    return SparseModel.fromRows(nClasses, keys, Int32Array.from(lens), cls, w);
  }
}
