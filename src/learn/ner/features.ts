/**
 * Feature extraction for the BILOU tagger. Every feature is a 32-bit hash mix(template, value);
 * word-type facts (lower case, shape, affixes, cluster path prefixes) are computed once per word
 * type and cached, so a sentence costs integer mixing only.
 *
 * Robustness to noisy machine-translated news: lexical features use the lower-cased word, and the
 * capitalisation facts are crossed with a sentence "mode" (normal, all lower, all caps, title case)
 * so that a capital in a headline or an all-caps line counts for less than one in running text.
 */
import { Gazetteer } from '../../kb/gazetteer.js';
import { mix, mix3, strHash } from './hash.js';
import type { Clusters } from './clusters.js';

// Template ids (any distinct constants; changing them invalidates trained models).
const enum T {
  BIAS = 1, LOWER, FORM, SHAPE, PRE1, PRE2, PRE3, SUF1, SUF2, SUF3, SUF4, CAP_MODE, CAP_FIRST,
  LOW_M1, LOW_P1, LOW_M2, LOW_P2, SHAPE_M1, SHAPE_P1, SHAPE_3, BI_M1, BI_P1, CAP_3, GAZ0, GAZ_M1,
  GAZ_P1, CL0, CL_M1, CL_P1, NONLOCAL, NONLOCAL_CAP, P1, P2P1, P1_LOW, P1_SHAPE, P1_CAP, FLAGS,
  LOW_CAP, GAZ_CAP, POS0, POS_M1, POS_P1, POS_BI, CL_LOWERCAP, LEN, GAZ_COUNT, FORM_M1, FORM_P1,
  CAPP, CAPP_M1, CAPP_P1,
}

/** Per word type facts, in a Uint32Array. */
const enum W { FORM, LOWER, SHAPE, CAP, PRE1, PRE2, PRE3, SUF1, SUF2, SUF3, SUF4, CL0, CL1, CL2, CL3, FLAGS, LEN, CAPP, SIZE }

/** Indexes into a word-type info row used by decoders' caches. */
export const INFO_SHAPE = 2;
export const INFO_CAP = 3;

/** Capitalisation classes. */
export const enum Cap { NONE = 0, LOWER = 1, INIT = 2, ALL = 3, LETTER = 4, MIXED = 5, ALNUM = 6 }
/** Sentence modes. */
export const enum Mode { NORMAL = 0, LOWER = 1, UPPER = 2, TITLE = 3 }

/** Cluster path prefix lengths used as features (Ratinov & Roth 2009 use 4, 6, 10, 20). */
export const CLUSTER_PREFIXES = [4, 6, 10, 20];

export function capClass(w: string): number {
  let up = 0, low = 0, dig = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) up++;
    else if (c >= 97 && c <= 122) low++;
    else if (c >= 48 && c <= 57) dig++;
    else if (c > 127) {
      const ch = w[i];
      if (ch !== ch.toLowerCase()) up++;
      else if (ch !== ch.toUpperCase()) low++;
    }
  }
  if (up + low === 0) return Cap.NONE;
  if (dig > 0) return Cap.ALNUM;
  if (up === 0) return Cap.LOWER;
  const f = w[0];
  const firstUp = f !== f.toLowerCase();
  if (low === 0) return up === 1 ? Cap.LETTER : Cap.ALL;
  if (firstUp && up === 1) return Cap.INIT;
  return Cap.MIXED;
}

/** Short word shape: character classes with runs collapsed (`Xx`, `X.X.`, `d,d`). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const ch = w[i];
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (ch !== ch.toLowerCase()) k = 'X';
    else if (ch !== ch.toUpperCase()) k = 'x';
    else k = ch;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Decide the capitalisation mode of a sentence from its tokens' classes. */
export function sentenceMode(caps: ArrayLike<number>, forms: readonly string[]): number {
  let alpha = 0, lower = 0, all = 0, initLong = 0, long = 0;
  for (let i = 0; i < forms.length; i++) {
    const c = caps[i];
    if (c === Cap.NONE || c === Cap.ALNUM) continue;
    alpha++;
    if (c === Cap.LOWER) lower++;
    if (c === Cap.ALL || c === Cap.LETTER) all++;
    // Title case: nearly every longer word after the first is capitalised.
    if (i > 0 && forms[i].length > 3) {
      long++;
      if (c === Cap.INIT || c === Cap.ALL) initLong++;
    }
  }
  if (alpha >= 3 && lower === alpha) return Mode.LOWER;
  if (alpha >= 3 && all >= alpha * 0.8) return Mode.UPPER;
  if (long >= 3 && initLong >= long * 0.8) return Mode.TITLE;
  return Mode.NORMAL;
}

const UNDOTTED_TITLE = /^(Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|St|Jr|Sr)$/;

export interface SentFeatures {
  n: number;
  /** Static feature hashes, `stride` slots per token, `count[i]` used. */
  feats: Uint32Array;
  count: Uint16Array;
  /** The first nword[i] features of token i depend on its word type only. */
  nword: Uint8Array;
  stride: number;
  /** Word-type info rows of each token. */
  info: Uint32Array[];
  lower: string[];
  mode: number;
}

const MAX_STATIC = 96;

export interface FeaturizerOptions {
  /** Use POS features when tokens carry tags (off by default; the tagger may be absent). */
  usePos?: boolean;
  /** Non-local (document memory) features; on unless false. */
  memory?: boolean;
}

export class Featurizer {
  private cache = new Map<string, Uint32Array>();
  private gazBuf = new Uint8Array(0);
  private pool = { feats: new Uint32Array(0), count: new Uint16Array(0), nword: new Uint8Array(0), caps: new Uint8Array(0) };
  constructor(
    readonly gaz?: Gazetteer,
    readonly clusters?: Clusters,
    readonly opts: FeaturizerOptions = {},
  ) {}

  /** Facts about a word type (cached; the cache is bounded so long runs do not grow forever). */
  info(original: string): Uint32Array {
    let r = this.cache.get(original);
    if (r) return r;
    // British style writes titles without the period ("Mr Howard"); the training data is mostly
    // American ("Mr. Howard"): give both spellings the same features.
    const form = UNDOTTED_TITLE.test(original) ? original + '.' : original;
    r = new Uint32Array(W.SIZE);
    const lower = form.toLowerCase();
    r[W.FORM] = strHash(form);
    r[W.LOWER] = strHash(lower);
    r[W.SHAPE] = strHash(wordShape(form));
    r[W.CAP] = capClass(form);
    const L = lower.length;
    r[W.PRE1] = strHash(lower.slice(0, 1));
    r[W.PRE2] = L >= 2 ? strHash(lower.slice(0, 2)) : 0;
    r[W.PRE3] = L >= 3 ? strHash(lower.slice(0, 3)) : 0;
    r[W.SUF1] = strHash(lower.slice(-1));
    r[W.SUF2] = L >= 2 ? strHash(lower.slice(-2)) : 0;
    r[W.SUF3] = L >= 3 ? strHash(lower.slice(-3)) : 0;
    r[W.SUF4] = L >= 4 ? strHash(lower.slice(-4)) : 0;
    r[W.CAPP] = this.clusters ? this.clusters.cap(lower) : 0;
    const path = this.clusters?.path(lower);
    if (path) {
      for (let k = 0; k < CLUSTER_PREFIXES.length; k++) {
        const p = CLUSTER_PREFIXES[k];
        r[W.CL0 + k] = strHash(k + ':' + path.slice(0, p));
      }
    }
    let flags = 0;
    if (/\d/.test(form)) flags |= 1;
    if (form.includes('-')) flags |= 2;
    if (form.includes('.')) flags |= 4;
    if (form.includes("'") || form.includes('\u2019')) flags |= 8;
    if (/^[^\p{L}\p{N}]+$/u.test(form)) flags |= 16;
    r[W.FLAGS] = flags;
    r[W.LEN] = Math.min(L, 12);
    if (this.cache.size > 300_000) this.cache.clear();
    this.cache.set(original, r);
    return r;
  }

  /**
   * Static features of one sentence. `memory` (lower form -> 1 + type index of the label the same
   * word got earlier in the document, or 0 for O) gives the non-local features. `pos` are UPOS
   * tags when available and enabled.
   */
  sentence(forms: readonly string[], memory?: Map<string, number>, pos?: readonly (string | undefined)[], reuse = false): SentFeatures {
    const n = forms.length;
    const stride = MAX_STATIC;
    let feats: Uint32Array, count: Uint16Array, nword: Uint8Array, caps: Uint8Array;
    if (reuse) {
      // Decoding with fixed weights consumes each sentence's features before the next one is
      // computed: one set of buffers serves them all (every slot read is written first).
      if (this.pool.count.length < n) {
        const m = Math.max(n, 64) * 2;
        this.pool = { feats: new Uint32Array(m * stride), count: new Uint16Array(m), nword: new Uint8Array(m), caps: new Uint8Array(m) };
      }
      ({ feats, count, nword, caps } = this.pool);
    } else {
      feats = new Uint32Array(n * stride);
      count = new Uint16Array(n);
      nword = new Uint8Array(n);
      caps = new Uint8Array(n);
    }
    const info: Uint32Array[] = new Array(n);
    const lower: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      info[i] = this.info(forms[i]);
      lower[i] = forms[i].toLowerCase();
      caps[i] = info[i][W.CAP];
    }
    const mode = sentenceMode(caps, forms);
    const gaz = this.gaz;
    const nc = gaz ? gaz.ncat : 0;
    if (gaz) {
      if (this.gazBuf.length < n * nc) this.gazBuf = new Uint8Array(n * nc * 2);
      gaz.annotate(forms, lower, this.gazBuf);
    }
    const gb = this.gazBuf;
    const usePos = !!(this.opts.usePos && pos);
    const NONE = 0x5bd1e995;
    for (let i = 0; i < n; i++) {
      const w = info[i];
      const wm1 = i > 0 ? info[i - 1] : undefined;
      const wp1 = i + 1 < n ? info[i + 1] : undefined;
      const wm2 = i > 1 ? info[i - 2] : undefined;
      const wp2 = i + 2 < n ? info[i + 2] : undefined;
      let k = i * stride;
      const f = feats;
      const cap = w[W.CAP];
      const first = i === 0 ? 1 : 0;
      f[k++] = mix(T.BIAS, 1);
      f[k++] = mix(T.LOWER, w[W.LOWER]);
      f[k++] = mix(T.FORM, w[W.FORM]);
      f[k++] = mix(T.SHAPE, w[W.SHAPE]);
      f[k++] = mix(T.PRE1, w[W.PRE1]);
      if (w[W.PRE2]) f[k++] = mix(T.PRE2, w[W.PRE2]);
      if (w[W.PRE3]) f[k++] = mix(T.PRE3, w[W.PRE3]);
      f[k++] = mix(T.SUF1, w[W.SUF1]);
      if (w[W.SUF2]) f[k++] = mix(T.SUF2, w[W.SUF2]);
      if (w[W.SUF3]) f[k++] = mix(T.SUF3, w[W.SUF3]);
      if (w[W.SUF4]) f[k++] = mix(T.SUF4, w[W.SUF4]);
      f[k++] = mix(T.FLAGS, w[W.FLAGS]);
      // Everything so far depends on the word type alone (decoders may cache its sum).
      nword[i] = k - i * stride;
      f[k++] = mix(T.CAP_MODE, cap * 8 + mode);
      f[k++] = mix(T.CAP_FIRST, cap * 16 + first * 8 + mode);
      f[k++] = mix(T.LEN, w[W.LEN] * 8 + cap);
      // The word crossed with whether it is capitalised here: "march" vs "March".
      f[k++] = mix3(T.LOW_CAP, w[W.LOWER], (cap === Cap.INIT || cap === Cap.ALL) ? 1 + first + mode * 4 : 0);
      f[k++] = mix(T.LOW_M1, wm1 ? wm1[W.LOWER] : NONE);
      f[k++] = mix(T.LOW_P1, wp1 ? wp1[W.LOWER] : NONE);
      f[k++] = mix(T.LOW_M2, wm2 ? wm2[W.LOWER] : NONE);
      f[k++] = mix(T.LOW_P2, wp2 ? wp2[W.LOWER] : NONE);
      f[k++] = mix(T.FORM_M1, wm1 ? wm1[W.FORM] : NONE);
      f[k++] = mix(T.FORM_P1, wp1 ? wp1[W.FORM] : NONE);
      f[k++] = mix(T.SHAPE_M1, wm1 ? wm1[W.SHAPE] : NONE);
      f[k++] = mix(T.SHAPE_P1, wp1 ? wp1[W.SHAPE] : NONE);
      f[k++] = mix3(T.SHAPE_3, mix(wm1 ? wm1[W.SHAPE] : NONE, w[W.SHAPE]), wp1 ? wp1[W.SHAPE] : NONE);
      f[k++] = mix3(T.BI_M1, wm1 ? wm1[W.LOWER] : NONE, w[W.LOWER]);
      f[k++] = mix3(T.BI_P1, w[W.LOWER], wp1 ? wp1[W.LOWER] : NONE);
      f[k++] = mix(T.CAP_3, ((wm1 ? wm1[W.CAP] : 7) * 8 + cap) * 8 + (wp1 ? wp1[W.CAP] : 7) + 512 * mode);
      // Gazetteer membership of this token and its neighbours, per category and BILOU position.
      if (gaz) {
        let hits = 0;
        for (let c = 0; c < nc; c++) {
          const g = gb[i * nc + c];
          if (g) {
            hits++;
            f[k++] = mix(T.GAZ0, c * 8 + g);
            f[k++] = mix(T.GAZ_CAP, (c * 8 + g) * 64 + cap * 8 + mode);
          }
          if (i > 0 && gb[(i - 1) * nc + c]) f[k++] = mix(T.GAZ_M1, c * 8 + gb[(i - 1) * nc + c]);
          if (i + 1 < n && gb[(i + 1) * nc + c]) f[k++] = mix(T.GAZ_P1, c * 8 + gb[(i + 1) * nc + c]);
        }
        f[k++] = mix(T.GAZ_COUNT, Math.min(hits, 3));
      }
      // Word-cluster path prefixes of this token and its neighbours.
      if (this.clusters) {
        for (let c = 0; c < CLUSTER_PREFIXES.length; c++) {
          if (w[W.CL0 + c]) f[k++] = mix(T.CL0, w[W.CL0 + c]);
          if (wm1 && wm1[W.CL0 + c] && c < 3) f[k++] = mix(T.CL_M1, wm1[W.CL0 + c]);
          if (wp1 && wp1[W.CL0 + c] && c < 3) f[k++] = mix(T.CL_P1, wp1[W.CL0 + c]);
        }
        f[k++] = mix3(T.CL_LOWERCAP, w[W.CL0 + 1] || NONE, cap * 8 + mode);
        // Capitalisation prior (how often the word is capitalised mid-sentence in raw text),
        // crossed with its capitalisation here, sentence-initial position and sentence mode.
        f[k++] = mix(T.CAPP, ((w[W.CAPP] * 8 + cap) * 2 + first) * 8 + mode);
        f[k++] = mix(T.CAPP_M1, (wm1 ? wm1[W.CAPP] * 8 + wm1[W.CAP] : 99) * 8 + w[W.CAPP]);
        f[k++] = mix(T.CAPP_P1, (wp1 ? wp1[W.CAPP] * 8 + wp1[W.CAP] : 99) * 8 + w[W.CAPP]);
      }
      // Non-local: what the same word was labelled earlier in the document.
      if (memory && this.opts.memory !== false) {
        const m = memory.get(lower[i]);
        if (m !== undefined) {
          f[k++] = mix(T.NONLOCAL, m);
          f[k++] = mix(T.NONLOCAL_CAP, m * 64 + cap * 8 + mode);
        }
      }
      if (usePos) {
        const p0 = strHash(pos![i] ?? '_');
        const pm = i > 0 ? strHash(pos![i - 1] ?? '_') : NONE;
        const pp = i + 1 < n ? strHash(pos![i + 1] ?? '_') : NONE;
        f[k++] = mix(T.POS0, p0);
        f[k++] = mix(T.POS_M1, pm);
        f[k++] = mix(T.POS_P1, pp);
        f[k++] = mix3(T.POS_BI, p0, cap);
      }
      count[i] = k - i * stride;
    }
    return { n, feats, count, nword, stride, info, lower, mode };
  }

  /**
   * Label-history features of token i given the previous label (-1 before the sentence start).
   * First order only, so that Viterbi decoding stays exact. Writes out[0..4) and returns 4.
   */
  history(s: SentFeatures, i: number, p1: number, out: Uint32Array): number {
    return this.historyOf(s.info[i], s.mode, p1, out);
  }

  /** History features from a word-type info row and the sentence mode. */
  historyOf(w: Uint32Array, mode: number, p1: number, out: Uint32Array): number {
    out[0] = mix(T.P1, p1 + 1);
    out[1] = mix3(T.P1_LOW, p1 + 1, w[W.LOWER]);
    out[2] = mix3(T.P1_SHAPE, p1 + 1, w[W.SHAPE]);
    out[3] = mix3(T.P1_CAP, p1 + 1, w[W.CAP] * 8 + mode);
    return 4;
  }
}

export const HISTORY_FEATURES = 4;
