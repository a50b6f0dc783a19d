/**
 * Per-token integer hashes shared by the tagger and the parser: computed once per sentence into
 * reusable typed arrays, so feature extraction in the hot loops only combines integers.
 */
import { lowerSliceHash, sliceHash } from './hash.js';

/** Padding values for positions before the sentence start / after its end. */
export const PAD_START = 0x5a17a27;
export const PAD_END = 0x3e0d0e0d;

/** Hash of the word shape: X upper, x lower, d digit, other chars kept; runs capped at 3. */
export function shapeHash(s: string): number {
  let h = 0x811c9dc5;
  let last = -1, run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = 88; // X
    else if (c >= 97 && c <= 122) k = 120; // x
    else if (c >= 48 && c <= 57) k = 100; // d
    else if (c >= 192 && c < 0x250) k = c <= 222 ? 88 : 120;
    else k = c;
    if (k === last) { if (++run > 3) continue; } else { last = k; run = 1; }
    h ^= k;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Normalised lower-case word: numbers collapse to a few classes (years, digits), else lower case. */
export function normHash(s: string): number {
  let digits = 0, alpha = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) alpha++;
  }
  if (digits > 0 && alpha === 0) {
    if (digits === 4 && s.length === 4) return 0x7ea4;
    return 0xd161 + Math.min(s.length, 8);
  }
  return lowerSliceHash(s, 0, s.length);
}

export class WordFeats {
  cap = 0;
  n = 0;
  word!: Int32Array;
  lower!: Int32Array;
  shape!: Int32Array;
  /** suf[k*cap + i]: suffix of length k+1 of token i (lower case); pre likewise. */
  suf!: Int32Array;
  pre!: Int32Array;

  constructor(cap = 64) { this.alloc(cap); }

  private alloc(cap: number): void {
    this.cap = cap;
    this.word = new Int32Array(cap);
    this.lower = new Int32Array(cap);
    this.shape = new Int32Array(cap);
    this.suf = new Int32Array(cap * 4);
    this.pre = new Int32Array(cap * 4);
  }

  /** Sets the sentence length to n (growing the arrays if needed) without filling the values. */
  reserve(n: number): void {
    if (n > this.cap) this.alloc(Math.max(n, this.cap * 2));
    this.n = n;
  }

  fill(forms: readonly string[]): void {
    const n = forms.length;
    this.reserve(n);
    const cap = this.cap;
    for (let i = 0; i < n; i++) {
      const f = forms[i];
      const L = f.length;
      this.word[i] = sliceHash(f, 0, L);
      this.lower[i] = normHash(f);
      this.shape[i] = shapeHash(f);
      for (let k = 0; k < 4; k++) {
        const m = Math.min(k + 1, L);
        this.suf[k * cap + i] = lowerSliceHash(f, L - m, L) ^ (k << 24);
        this.pre[k * cap + i] = lowerSliceHash(f, 0, m) ^ ((k + 4) << 24);
      }
    }
  }

  lowerAt(i: number): number {
    return i < 0 ? PAD_START + i : i >= this.n ? PAD_END + (i - this.n) : this.lower[i];
  }
  sufAt(k: number, i: number): number {
    return i < 0 ? PAD_START + i : i >= this.n ? PAD_END + (i - this.n) : this.suf[k * this.cap + i];
  }
  shapeAt(i: number): number {
    return i < 0 ? PAD_START + i : i >= this.n ? PAD_END + (i - this.n) : this.shape[i];
  }
}
