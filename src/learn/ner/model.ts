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

/**
 * Greedy decoding. `rowsOf` maps a feature hash to a weight row (-1 = unknown). Scores for every
 * label are accumulated into `scores`; `onToken` lets the trainer update after each decision.
 */
export function decodeSentence(
  fz: Featurizer,
  s: SentFeatures,
  table: WeightTable,
  out: Uint8Array,
  onToken?: (i: number, pred: number, rows: Int32Array, nrows: number) => number,
): void {
  const L = NLABELS;
  const rows = new Int32Array(s.stride + HISTORY_FEATURES);
  const hist = new Uint32Array(HISTORY_FEATURES);
  const scores = new Float64Array(L);
  let p1 = -1, p2 = -1;
  for (let i = 0; i < s.n; i++) {
    let nr = 0;
    const base = i * s.stride;
    const cnt = s.count[i];
    for (let k = 0; k < cnt; k++) {
      const r = table.index.get(s.feats[base + k]);
      if (r >= 0) rows[nr++] = r;
    }
    const nh = fz.history(s, i, p1, p2, hist);
    for (let k = 0; k < nh; k++) {
      const r = table.index.get(hist[k]);
      if (r >= 0) rows[nr++] = r;
    }
    scores.fill(0);
    const w = table.weights;
    for (let k = 0; k < nr; k++) {
      const o = rows[k] * L;
      for (let l = 0; l < L; l++) scores[l] += w[o + l];
    }
    const allowed = ALLOWED[p1 + 1];
    const last = i === s.n - 1;
    let best = -1;
    let bestScore = -Infinity;
    for (let l = 0; l < L; l++) {
      if (!allowed[l] || (last && !validEnd(l))) continue;
      if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
    }
    let pred = best;
    if (onToken) pred = onToken(i, best, rows, nr);
    out[i] = pred;
    p2 = p1;
    p1 = pred;
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
        decodeSentence(this.fz, s, this.table, labels);
        updateMemory(memory, s, labels);
      }
      out.push(labels);
    }
    return out;
  }
}

export { labelPos };
