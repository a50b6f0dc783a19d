/**
 * Word clusters from raw text, cheaply: each frequent (lower-cased) word gets a random-indexing
 * context vector (the sum of fixed random vectors of its left and right neighbours, down-weighting
 * frequent contexts), and a bisecting spherical 2-means splits the vocabulary recursively. The
 * split history is a bit-string path like a Brown cluster's, so path prefixes give clusters of
 * several granularities (features at prefix lengths 4, 6, 10, 20).
 *
 * The same pass records each word's capitalisation prior: how often it is capitalised where
 * capitals carry meaning (not sentence-initial), a strong cue for names at the start of a sentence,
 * in headlines and in all-caps lines.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gumSplits } from './corpora.js';
import { rng } from './train.js';

const TOKEN_RE = /[\p{L}\p{M}]+(?:[-.'\u2019][\p{L}\p{M}]+)*\.?|\d+(?:[.,:]\d+)*|n't|'s|\S/gu;

/** Split raw text into sentences of tokens (rough, good enough for counting contexts). */
export function roughTokens(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split(/\n+/)) {
    let cur: string[] = [];
    for (const m of line.matchAll(TOKEN_RE)) {
      let t = m[0];
      // A trailing period belongs to the word only for abbreviations like "U.S." / "Dr.".
      if (t.length > 1 && t.endsWith('.') && !/\..+\.$/.test(t) && !/^(mr|mrs|ms|dr|st|jr|sr|gen|col|lt|gov|sen|rep|prof|inc|ltd|co|corp|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i.test(t)) {
        cur.push(t.slice(0, -1));
        t = '.';
      }
      cur.push(t);
      if (t === '.' || t === '!' || t === '?') { out.push(cur); cur = []; }
    }
    if (cur.length) out.push(cur);
  }
  return out;
}

export interface ClusterOptions {
  /** Words clustered: at most this many, by frequency. */
  maxWords: number;
  minCount: number;
  dim: number;
  seed: number;
  /** Stop splitting below this many words. */
  minLeaf: number;
  maxDepth: number;
}

export interface WordFacts { path?: string; cap: number }

export function buildClusters(sentences: Iterable<string[]>, o: ClusterOptions): Map<string, WordFacts> {
  // Pass 1: counts and capitalisation statistics.
  const freq = new Map<string, number>();
  const capN = new Map<string, number>();
  const midN = new Map<string, number>();
  const sents: Int32Array[] = [];
  const ids = new Map<string, number>();
  const words: string[] = [];
  for (const s of sentences) {
    const arr = new Int32Array(s.length);
    s.forEach((t, i) => {
      const k = t.toLowerCase();
      let id = ids.get(k);
      if (id === undefined) { id = words.length; ids.set(k, id); words.push(k); }
      arr[i] = id;
      freq.set(k, (freq.get(k) ?? 0) + 1);
      if (i > 0 && /\p{L}/u.test(t) && s[i - 1] !== '"' && s[i - 1] !== ':') {
        midN.set(k, (midN.get(k) ?? 0) + 1);
        if (/^\p{Lu}/u.test(t)) capN.set(k, (capN.get(k) ?? 0) + 1);
      }
    });
    sents.push(arr);
  }
  let total = 0;
  for (const v of freq.values()) total += v;
  const ranked = [...freq.entries()].filter(([, c]) => c >= o.minCount).sort((a, b) => b[1] - a[1]).slice(0, o.maxWords);
  const rowOf = new Int32Array(words.length).fill(-1);
  ranked.forEach(([w], r) => { rowOf[ids.get(w)!] = r; });
  const V = ranked.length;
  // Explicit context vectors: counts of the K most frequent words as left and right neighbours
  // (window 1) -> PPMI -> unit length. Frequent words and punctuation as contexts capture the
  // syntactic and semantic class of a word, as Brown clustering's bigram model does.
  const K = o.dim;
  const D = 2 * K;
  const ctxCol = new Int32Array(words.length).fill(-1);
  [...freq.entries()].sort((a, b) => b[1] - a[1]).slice(0, K).forEach(([w], i) => { ctxCol[ids.get(w)!] = i; });
  const vec = new Float32Array(V * D);
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const r = rowOf[s[i]];
      if (r < 0) continue;
      if (i > 0 && ctxCol[s[i - 1]] >= 0) vec[r * D + ctxCol[s[i - 1]]] += 1;
      if (i + 1 < s.length && ctxCol[s[i + 1]] >= 0) vec[r * D + K + ctxCol[s[i + 1]]] += 1;
    }
  }
  const colSum = new Float64Array(D);
  const rowSum = new Float64Array(V);
  let all = 0;
  for (let r = 0; r < V; r++) for (let d = 0; d < D; d++) { const v = vec[r * D + d]; colSum[d] += v; rowSum[r] += v; all += v; }
  for (let r = 0; r < V; r++) {
    let n = 0;
    for (let d = 0; d < D; d++) {
      const v = vec[r * D + d];
      // Context distribution smoothed (alpha 0.75) as in Levy et al. 2015.
      const pmi = v > 0 ? Math.log((v * all) / (rowSum[r] * Math.pow(colSum[d] + 1, 0.75) * Math.pow(all, 0.25))) : 0;
      const x = pmi > 0 ? pmi : 0;
      vec[r * D + d] = x;
      n += x * x;
    }
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < D; d++) vec[r * D + d] /= n;
  }
  const rand = rng(o.seed);
  // Bisecting spherical 2-means.
  const paths: string[] = new Array(V).fill('');
  const split = (members: Int32Array, path: string, depth: number) => {
    for (let k = 0; k < members.length; k++) paths[members[k]] = path;
    if (members.length < o.minLeaf || depth >= o.maxDepth) return;
    // Principal-direction split (PDDP): sign of the projection on the members' first principal
    // component (power iteration on centred vectors), then a few 2-means refinements.
    const mean = new Float64Array(D);
    for (let k = 0; k < members.length; k++) { const m = members[k] * D; for (let d = 0; d < D; d++) mean[d] += vec[m + d]; }
    for (let d = 0; d < D; d++) mean[d] /= members.length;
    let pc = new Float64Array(D);
    for (let d = 0; d < D; d++) pc[d] = rand() - 0.5;
    const proj = new Float64Array(members.length);
    for (let it = 0; it < 12; it++) {
      const next = new Float64Array(D);
      for (let k = 0; k < members.length; k++) {
        const m = members[k] * D;
        let p = 0;
        for (let d = 0; d < D; d++) p += (vec[m + d] - mean[d]) * pc[d];
        proj[k] = p;
        for (let d = 0; d < D; d++) next[d] += p * (vec[m + d] - mean[d]);
      }
      let nn = 0;
      for (let d = 0; d < D; d++) nn += next[d] * next[d];
      nn = Math.sqrt(nn) || 1;
      for (let d = 0; d < D; d++) next[d] /= nn;
      pc = next;
    }
    const side = new Uint8Array(members.length);
    for (let k = 0; k < members.length; k++) side[k] = proj[k] > 0 ? 1 : 0;
    const c0 = new Float64Array(D), c1 = new Float64Array(D);
    for (let it = 0; it < 4; it++) {
      c0.fill(0); c1.fill(0);
      for (let k = 0; k < members.length; k++) {
        const m = members[k] * D;
        const c = side[k] ? c1 : c0;
        for (let d = 0; d < D; d++) c[d] += vec[m + d] - mean[d];
      }
      let n0 = 0, n1 = 0;
      for (let d = 0; d < D; d++) { n0 += c0[d] * c0[d]; n1 += c1[d] * c1[d]; }
      if (!n0 || !n1) break;
      n0 = Math.sqrt(n0); n1 = Math.sqrt(n1);
      for (let d = 0; d < D; d++) { c0[d] /= n0; c1[d] /= n1; }
      let changed = 0;
      for (let k = 0; k < members.length; k++) {
        const m = members[k] * D;
        let d0 = 0, d1 = 0;
        for (let d = 0; d < D; d++) { const v = vec[m + d] - mean[d]; d0 += v * c0[d]; d1 += v * c1[d]; }
        const sd = d1 > d0 ? 1 : 0;
        if (sd !== side[k]) changed++;
        side[k] = sd;
      }
      if (!changed) break;
    }
    const left: number[] = [], right: number[] = [];
    for (let k = 0; k < members.length; k++) (side[k] ? right : left).push(members[k]);
    if (!left.length || !right.length) return;
    split(Int32Array.from(left), path + '0', depth + 1);
    split(Int32Array.from(right), path + '1', depth + 1);
  };
  split(Int32Array.from({ length: V }, (_, i) => i), '', 0);

  const out = new Map<string, WordFacts>();
  for (const [w, c] of freq) {
    if (c < 2) continue;
    const r = rowOf[ids.get(w)!];
    const mid = midN.get(w) ?? 0;
    // Capitalisation prior bucket: 0 unknown, 1 rarely (<10%), 2 sometimes, 3 mostly (>60%), 4 always (>95%).
    const share = mid ? (capN.get(w) ?? 0) / mid : -1;
    const cap = mid < 2 ? 0 : share < 0.1 ? 1 : share <= 0.6 ? 2 : share <= 0.95 ? 3 : 4;
    out.set(w, { path: r >= 0 ? paths[r] || '0' : undefined, cap });
  }
  return out;
}

/**
 * The raw text clusters are computed from: news (BBC, the 2022 addresses, ECB+ articles, the GUM
 * Wikinews texts) and the TRAIN/DEV sides of the treebanks. Test splits (EWT test, which UNER
 * test annotates, and GUM test documents) are left out so the evaluation stays clean.
 */
export function* clusterCorpus(data: string, log?: (s: string) => void, newsOnly = false): Generator<string[]> {
  const corpus = join(data, '..', 'corpus');
  const gumSplit = existsSync(join(data, 'gum', 'splits.md')) ? gumSplits(join(data, 'gum')) : {};
  const heldOut = new Set([...(gumSplit.test ?? []), ...(gumSplit.test2 ?? [])]);
  let n = 0;
  const count = (s: string[]) => { n += s.length; return s; };
  const bbc = join(corpus, 'bbc');
  if (existsSync(bbc)) for (const d of readdirSync(bbc)) {
    const p = join(bbc, d);
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p)) if (f.endsWith('.txt')) for (const s of roughTokens(readFileSync(join(p, f), 'latin1'))) yield count(s);
  }
  log?.(`clusters corpus: bbc, ${n} tokens so far`);
  const addr = join(corpus, 'addresses-2022', 'addresses.jsonl');
  if (existsSync(addr) && process.env.NER_CLUSTER_NO_ADDRESSES !== '1') for (const line of readFileSync(addr, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { title?: string; text?: string };
    for (const s of roughTokens(`${o.title ?? ''}\n${o.text ?? ''}`)) yield count(s);
  }
  const wg = join(corpus, 'wikinews-gum');
  if (existsSync(wg) && !newsOnly) for (const f of readdirSync(wg)) {
    if (!f.endsWith('.txt') || heldOut.has(f.replace(/\.txt$/, ''))) continue;
    for (const s of roughTokens(readFileSync(join(wg, f), 'utf8'))) yield count(s);
  }
  const ecb = join(data, 'ecbplus');
  if (existsSync(ecb)) for (const d of readdirSync(ecb)) {
    const p = join(ecb, d);
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p)) {
      if (!f.endsWith('.xml')) continue;
      let cur: string[] = [];
      let sent = '';
      for (const m of readFileSync(join(p, f), 'utf8').matchAll(/<token[^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        if (m[1] !== sent && cur.length) { yield count(cur); cur = []; }
        sent = m[1];
        cur.push(m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));
      }
      if (cur.length) yield count(cur);
    }
  }
  log?.(`clusters corpus: + addresses, wikinews, ecb+, ${n} tokens so far`);
  const conllu: string[] = [];
  if (newsOnly) { log?.(`clusters corpus: ${n} tokens in all (news only)`); return; }
  const ewt = join(data, 'ud-english-ewt');
  for (const split of ['train', 'dev']) { const p = join(ewt, `en_ewt-ud-${split}.conllu`); if (existsSync(p)) conllu.push(p); }
  const gumDep = join(data, 'gum', 'dep');
  if (existsSync(gumDep)) for (const f of readdirSync(gumDep)) if (!heldOut.has(f.replace(/\.conllu$/, ''))) conllu.push(join(gumDep, f));
  for (const p of conllu) {
    let cur: string[] = [];
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) { if (cur.length) yield count(cur); cur = []; continue; }
      if (line.startsWith('#')) continue;
      const c = line.split('\t');
      if (/^\d+$/.test(c[0])) cur.push(c[1]);
    }
    if (cur.length) yield count(cur);
  }
  log?.(`clusters corpus: ${n} tokens in all`);
}
