/**
 * The NER model: feature hash -> weight row (one weight per label), greedy left-to-right decoding
 * under BILOU transition constraints, document-level memory for the non-local features, and a
 * compact binary file format (gzip; int16-quantised weights).
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ALLOWED, LABELS, NLABELS, labelPos, labelType, validEnd } from './bilou.js';
import { Featurizer, Cap, HISTORY_FEATURES, type SentFeatures } from './features.js';
import { HashIndex } from './hash.js';

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
  constructor(readonly fz: Featurizer, readonly table: WeightTable) {}

  /** Tag one document given as sentences of token forms; returns BILOU label indices per sentence. */
  tagDocument(sentences: readonly (readonly string[])[], pos?: readonly (readonly (string | undefined)[])[]): Uint8Array[] {
    const memory = new Map<string, number>();
    const out: Uint8Array[] = [];
    for (let si = 0; si < sentences.length; si++) {
      const forms = sentences[si];
      const labels = new Uint8Array(forms.length);
      if (forms.length) {
        const s = this.fz.sentence(forms, memory, pos?.[si]);
        decodeSentence(this.fz, s, this.table, labels, this.scratch);
        updateMemory(memory, s, labels);
      }
      out.push(labels);
    }
    return out;
  }
}

export { labelPos };
