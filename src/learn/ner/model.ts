/**
 * The NER model: feature hash -> weight row (one weight per label), greedy left-to-right decoding
 * under BILOU transition constraints, document-level memory for the non-local features, and a
 * compact binary file format (gzip; int16-quantised weights).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALLOWED, LABELS, NLABELS, labelPos, labelType, validEnd } from './bilou.js';
import { Featurizer, Cap, HISTORY_FEATURES, INFO_CAP, INFO_SHAPE, type SentFeatures } from './features.js';
import { HashIndex } from './hash.js';
import { repairSentence, spreadNames } from './repairs.js';

export interface WeightTable {
  index: HashIndex;
  /** rows * NLABELS weights. */
  weights: Float32Array;
}

/** Memory value for a token: 1 + type index when it was part of a name, 0 when capitalised and O. */
export function updateMemory(memory: Map<string, number>, s: SentFeatures, labels: ArrayLike<number>): void {
  for (let i = 0; i < s.n; i++) {
    const l = labels[i];
    if (l !== 0) memory.set(s.lower[i], 1 + labelType(l));
    else if (i > 0 && s.info[i][3] === Cap.INIT && !memory.has(s.lower[i])) memory.set(s.lower[i], 0);
  }
}

/** Scratch buffers for decoding, grown on demand and reused between sentences. */
export class DecodeScratch {
  rows = new Int32Array(256);
  hist = new Uint32Array(HISTORY_FEATURES);
  emit = new Float64Array(0);
  delta = new Float64Array(0);
  back = new Int8Array(0);
  trans = new Float64Array((NLABELS + 1) * NLABELS);

  ensure(n: number): void {
    if (this.emit.length < n * NLABELS) {
      this.emit = new Float64Array(n * NLABELS * 2);
      this.delta = new Float64Array(n * NLABELS * 2);
      this.back = new Int8Array(n * NLABELS * 2);
    }
  }
}

/** Static feature rows of token i into scratch.rows; returns how many. */
export function staticRows(s: SentFeatures, i: number, table: WeightTable, rows: Int32Array): number {
  let nr = 0;
  const base = i * s.stride;
  const cnt = s.count[i];
  for (let k = 0; k < cnt; k++) {
    const r = table.index.get(s.feats[base + k]);
    if (r >= 0) rows[nr++] = r;
  }
  return nr;
}

/**
 * Viterbi decoding over BILOU labels with first-order history features (exact; invalid
 * transitions are excluded). Writes the best label sequence into `out`.
 */
export function decodeSentence(fz: Featurizer, s: SentFeatures, table: WeightTable, out: Uint8Array, sc: DecodeScratch = new DecodeScratch()): void {
  const L = NLABELS;
  const n = s.n;
  if (n === 0) return;
  sc.ensure(n);
  const w = table.weights;
  const emit = sc.emit, delta = sc.delta, back = sc.back, trans = sc.trans, rows = sc.rows, hist = sc.hist;
  for (let i = 0; i < n; i++) {
    const nr = staticRows(s, i, table, rows);
    const eo = i * L;
    for (let l = 0; l < L; l++) emit[eo + l] = 0;
    for (let k = 0; k < nr; k++) {
      const o = rows[k] * L;
      for (let l = 0; l < L; l++) emit[eo + l] += w[o + l];
    }
  }
  for (let i = 0; i < n; i++) {
    // Transition scores from every previous label (or the start, p = -1) into every label.
    const pFrom = i === 0 ? -1 : 0;
    const pTo = i === 0 ? -1 : L - 1;
    for (let p = pFrom; p <= pTo; p++) {
      const to = (p + 1) * L;
      for (let l = 0; l < L; l++) trans[to + l] = 0;
      if (i > 0 && delta[(i - 1) * L + p] === -Infinity) continue;
      const nh = fz.history(s, i, p, hist);
      for (let k = 0; k < nh; k++) {
        const r = table.index.get(hist[k]);
        if (r < 0) continue;
        const o = r * L;
        for (let l = 0; l < L; l++) trans[to + l] += w[o + l];
      }
    }
    const last = i === n - 1;
    for (let l = 0; l < L; l++) {
      let best = -Infinity, arg = -1;
      if (!last || validEnd(l)) {
        for (let p = pFrom; p <= pTo; p++) {
          if (!ALLOWED[p + 1][l]) continue;
          const prev = i === 0 ? 0 : delta[(i - 1) * L + p];
          if (prev === -Infinity) continue;
          const v = prev + trans[(p + 1) * L + l];
          if (v > best) { best = v; arg = p; }
        }
      }
      delta[i * L + l] = best === -Infinity ? -Infinity : best + emit[i * L + l];
      back[i * L + l] = arg;
    }
  }
  let bl = 0, bv = -Infinity;
  for (let l = 0; l < L; l++) if (delta[(n - 1) * L + l] > bv) { bv = delta[(n - 1) * L + l]; bl = l; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = bl;
    bl = back[i * L + bl];
  }
}

/** For each label, the previous labels that may precede it (not counting the sentence start). */
const PREV_OF: Int8Array[] = Array.from({ length: NLABELS }, (_, l) => {
  const ps: number[] = [];
  for (let p = 0; p < NLABELS; p++) if (ALLOWED[p + 1][l]) ps.push(p);
  return Int8Array.from(ps);
});

/**
 * Caches for fast decoding with FIXED weights (run time, evaluation): the summed weights of each
 * word type's word-only features, and transition tables for the history features that depend on
 * the previous label and only a little on the token (its shape, its capitalisation class).
 */
export class InferenceCache {
  private readonly word = new WeakMap<Uint32Array, Float32Array>();
  private readonly low = new WeakMap<Uint32Array, Int32Array | null>();
  private readonly shape = new Map<number, Float32Array>();
  private readonly cap = new Map<number, Float32Array>();
  private readonly hist = new Uint32Array(HISTORY_FEATURES);
  private readonly rowsBuf = new Int32Array(256);

  constructor(private readonly fz: Featurizer, private readonly table: WeightTable) {}

  /** Sum of the word-only feature weights of token i (cached per word type). */
  wordScores(s: SentFeatures, i: number): Float32Array {
    const info = s.info[i];
    let v = this.word.get(info);
    if (v) return v;
    v = new Float32Array(NLABELS);
    const w = this.table.weights;
    const base = i * s.stride;
    for (let k = 0; k < s.nword[i]; k++) {
      const r = this.table.index.get(s.feats[base + k]);
      if (r < 0) continue;
      for (let l = 0; l < NLABELS; l++) v[l] += w[r * NLABELS + l];
    }
    this.word.set(info, v);
    return v;
  }

  /** Transition table (prev+1, label) of one history feature slot, for a token-independent key. */
  private table2(slot: number, info: Uint32Array, mode: number): Float32Array {
    const t = new Float32Array((NLABELS + 1) * NLABELS);
    const w = this.table.weights;
    for (let p = -1; p < NLABELS; p++) {
      this.fz.historyOf(info, mode, p, this.hist);
      const r = this.table.index.get(this.hist[slot]);
      if (r < 0) continue;
      for (let l = 0; l < NLABELS; l++) t[(p + 1) * NLABELS + l] = w[r * NLABELS + l];
    }
    return t;
  }

  /** Transition scores from P1 + P1_SHAPE + P1_CAP (tables keyed by shape and by cap class/mode). */
  transFixed(s: SentFeatures, i: number): [Float32Array, Float32Array] {
    const info = s.info[i];
    const sk = info[INFO_SHAPE];
    let sh = this.shape.get(sk);
    if (!sh) {
      // P1 (slot 0) does not depend on the token: fold it into every shape table.
      sh = this.table2(2, info, s.mode);
      const p1 = this.table2(0, info, s.mode);
      for (let k = 0; k < sh.length; k++) sh[k] += p1[k];
      this.shape.set(sk, sh);
    }
    const ck = info[INFO_CAP] * 8 + s.mode;
    let cp = this.cap.get(ck);
    if (!cp) { cp = this.table2(3, info, s.mode); this.cap.set(ck, cp); }
    return [sh, cp];
  }

  /** Rows of the P1_LOW feature for each previous label (null when the word has none). */
  lowRows(s: SentFeatures, i: number): Int32Array | null {
    const info = s.info[i];
    let v = this.low.get(info);
    if (v !== undefined) return v;
    const rows = new Int32Array(NLABELS + 1).fill(-1);
    let any = false;
    for (let p = -1; p < NLABELS; p++) {
      this.fz.historyOf(info, s.mode, p, this.hist);
      const r = this.table.index.get(this.hist[1]);
      rows[p + 1] = r;
      if (r >= 0) any = true;
    }
    v = any ? rows : null;
    this.low.set(info, v);
    return v;
  }

  /** Viterbi with the caches; same result as decodeSentence. */
  decode(s: SentFeatures, out: Uint8Array, sc: DecodeScratch): void {
    const L = NLABELS;
    const n = s.n;
    if (n === 0) return;
    sc.ensure(n);
    const w = this.table.weights;
    const index = this.table.index;
    const emit = sc.emit, delta = sc.delta, back = sc.back;
    for (let i = 0; i < n; i++) {
      const eo = i * L;
      const ws = this.wordScores(s, i);
      for (let l = 0; l < L; l++) emit[eo + l] = ws[l];
      const base = i * s.stride;
      for (let k = s.nword[i]; k < s.count[i]; k++) {
        const r = index.get(s.feats[base + k]);
        if (r < 0) continue;
        const o = r * L;
        for (let l = 0; l < L; l++) emit[eo + l] += w[o + l];
      }
    }
    for (let i = 0; i < n; i++) {
      const [sh, cp] = this.transFixed(s, i);
      const lr = this.lowRows(s, i);
      const last = i === n - 1;
      const eo = i * L;
      for (let l = 0; l < L; l++) {
        let best = -Infinity, arg = -1;
        if (!last || validEnd(l)) {
          if (i === 0) {
            if (ALLOWED[0][l]) {
              best = sh[l] + cp[l] + (lr && lr[0] >= 0 ? w[lr[0] * L + l] : 0);
              arg = -1;
            }
          } else {
            const prevs = PREV_OF[l];
            const po = (i - 1) * L;
            for (let k = 0; k < prevs.length; k++) {
              const p = prevs[k];
              const d = delta[po + p];
              if (d === -Infinity) continue;
              const t = (p + 1) * L + l;
              let v = d + sh[t] + cp[t];
              if (lr) { const r = lr[p + 1]; if (r >= 0) v += w[r * L + l]; }
              if (v > best) { best = v; arg = p; }
            }
          }
        }
        delta[eo + l] = best === -Infinity ? -Infinity : best + emit[eo + l];
        back[eo + l] = arg;
      }
    }
    let bl = 0, bv = -Infinity;
    for (let l = 0; l < L; l++) if (delta[(n - 1) * L + l] > bv) { bv = delta[(n - 1) * L + l]; bl = l; }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = bl;
      bl = back[i * L + bl];
    }
  }
}

const MAGIC = 'NER1';

export interface ModelHeader {
  labels: readonly string[];
  rows: number;
  scale: number;
  usePos: boolean;
  /** Free-form facts (training data, date) kept with the weights. */
  meta?: Record<string, unknown>;
}

/** Serialise keys + int16-quantised weights. */
export function packWeights(keys: Uint32Array, weights: Float32Array, header: Omit<ModelHeader, 'rows' | 'scale' | 'labels'>): Buffer {
  let max = 0;
  for (let i = 0; i < weights.length; i++) { const a = Math.abs(weights[i]); if (a > max) max = a; }
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scale);
  const h: ModelHeader = { labels: LABELS, rows: keys.length, scale, ...header };
  const head = Buffer.from(JSON.stringify(h), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  // Pad the header so the typed arrays start 4-byte aligned.
  const pad = Buffer.alloc((4 - ((8 + head.length) % 4)) % 4);
  const raw = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'), len, head, pad,
    Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
    Buffer.from(q.buffer, q.byteOffset, q.byteLength),
  ]);
  return gzipSync(raw, { level: 9 });
}

export function unpackWeights(gz: Buffer): { header: ModelHeader; table: WeightTable } {
  const raw = gunzipSync(gz);
  if (raw.toString('latin1', 0, 4) !== MAGIC) throw new Error('not an NER model file');
  const hlen = raw.readUInt32LE(4);
  const header = JSON.parse(raw.toString('utf8', 8, 8 + hlen)) as ModelHeader;
  if (header.labels.join(' ') !== LABELS.join(' ')) throw new Error('NER model label set differs');
  let off = 8 + hlen;
  off += (4 - (off % 4)) % 4;
  const n = header.rows;
  const buf = raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + n * 4 + n * NLABELS * 2);
  const keys = new Uint32Array(buf, 0, n);
  const q = new Int16Array(buf, n * 4, n * NLABELS);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * header.scale;
  const index = new HashIndex(n);
  for (let i = 0; i < n; i++) index.set(keys[i], i);
  return { header, table: { index, weights } };
}

/** A loaded tagger: featurizer (gazetteer, clusters) + weights. */
export class NerTagger {
  private readonly scratch = new DecodeScratch();
  /** Caches assume fixed weights: pass `fixed = false` for a table still being trained. */
  private readonly cache?: InferenceCache;
  /** Re-tag every sentence (not only caseless ones) with the whole document's memory. */
  retryAll = process.env.NER_RETRY_ALL === '1';
  /** Tag the document's other occurrences of each name found (see spreadNames). */
  spread = process.env.NER_SPREAD !== '0';
  constructor(readonly fz: Featurizer, readonly table: WeightTable, fixed = true) {
    if (fixed) this.cache = new InferenceCache(fz, table);
  }

  /**
   * Tag one document given as sentences of token forms; returns BILOU label indices per sentence.
   * Sentences whose capitals say little (headlines in title case, all-caps or all-lower lines) are
   * tagged again at the end with what the whole document taught the memory: the headline comes
   * first, but its names are usually repeated, normally spelled, in the body.
   */
  tagDocument(sentences: readonly (readonly string[])[], pos?: readonly (readonly (string | undefined)[])[]): Uint8Array[] {
    const memory = new Map<string, number>();
    const out: Uint8Array[] = [];
    const retry: number[] = [];
    for (let si = 0; si < sentences.length; si++) {
      const forms = sentences[si];
      const labels = new Uint8Array(forms.length);
      if (forms.length) {
        const s = this.fz.sentence(forms, memory, pos?.[si], !!this.cache);
        this.decode(s, labels);
        updateMemory(memory, s, labels);
        if (s.mode !== 0 || this.retryAll) retry.push(si);
      }
      out.push(labels);
    }
    for (const si of retry) {
      const s = this.fz.sentence(sentences[si], memory, pos?.[si], !!this.cache);
      this.decode(s, out[si]);
    }
    if (this.spread) spreadNames(sentences, out);
    for (let si = 0; si < sentences.length; si++) repairSentence(sentences[si], out[si], this.fz.gaz);
    // Names the repairs completed ("As Azmat Begg arrived") reach their other occurrences too.
    if (this.spread) spreadNames(sentences, out);
    return out;
  }

  private decode(s: SentFeatures, labels: Uint8Array): void {
    if (this.cache) this.cache.decode(s, labels, this.scratch);
    else decodeSentence(this.fz, s, this.table, labels, this.scratch);
  }
}

export { labelPos };
