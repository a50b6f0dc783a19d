/**
 * One pass over the letters of a text that finds its words without making a string for each:
 * flat arrays of start, end, a case shape and a hash of the lower-cased word. The word-level
 * repairs look words up by hash and make a string only for the few candidates that hit.
 */

/** Case shape of a word. */
export const LOWER = 1; // every letter lower case
export const CAPITAL = 2; // first letter upper case, the rest lower case
export const OTHER = 0;

const enum Cls {
  None = 0,
  Lower = 1,
  Upper = 2,
  /** A letter without case, or a combining mark. */
  Caseless = 3,
}

const clsCache = new Map<number, number>();
const lowerCache = new Map<number, number>();
const LL = /\p{Ll}/u;
const LU = /\p{Lu}/u;
const LM = /[\p{L}\p{M}]/u;

function cls(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? Cls.Lower : c >= 65 && c <= 90 ? Cls.Upper : Cls.None;
  let k = clsCache.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    k = LL.test(ch) ? Cls.Lower : LU.test(ch) ? Cls.Upper : LM.test(ch) ? Cls.Caseless : Cls.None;
    clsCache.set(c, k);
  }
  return k;
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, l);
  }
  return l;
}

/** The hash `scanWords` gives a word, computed on a lower-case string. */
export function wordHash(lower: string): number {
  let h = 0;
  for (let i = 0; i < lower.length; i++) h = (Math.imul(h, 31) + lowerCode(lower.charCodeAt(i))) | 0;
  return h;
}

export interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  shapes: Uint8Array;
  hashes: Int32Array;
}

export function scanWords(t: string): Words {
  const cap = Math.max(16, t.length >> 2);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let shapes = new Uint8Array(cap);
  let hashes = new Int32Array(cap);
  let n = 0;
  const len = t.length;
  let i = 0;
  while (i < len) {
    let c = t.charCodeAt(i);
    // ASCII letters take the fast path; everything else asks the cached class table.
    let k = c < 128 ? (c >= 97 && c <= 122 ? Cls.Lower : c >= 65 && c <= 90 ? Cls.Upper : Cls.None) : cls(c);
    if (k === Cls.None) {
      i++;
      continue;
    }
    const s = i;
    const firstUpper = k === Cls.Upper;
    let upperSeen = 0; // upper-case or caseless letters after the first
    let h = 0;
    for (;;) {
      if (k === Cls.Lower) h = (Math.imul(h, 31) + (c < 128 ? c : lowerCode(c))) | 0;
      else {
        h = (Math.imul(h, 31) + (c < 128 ? c + 32 : lowerCode(c))) | 0;
        if (i > s || k === Cls.Caseless) upperSeen = 1;
      }
      i++;
      if (i >= len) break;
      c = t.charCodeAt(i);
      k = c < 128 ? (c >= 97 && c <= 122 ? Cls.Lower : c >= 65 && c <= 90 ? Cls.Upper : Cls.None) : cls(c);
      if (k === Cls.None) break;
    }
    if (n === starts.length) {
      const m = n * 2;
      const s2 = new Int32Array(m); s2.set(starts); starts = s2;
      const e2 = new Int32Array(m); e2.set(ends); ends = e2;
      const p2 = new Uint8Array(m); p2.set(shapes); shapes = p2;
      const h2 = new Int32Array(m); h2.set(hashes); hashes = h2;
    }
    starts[n] = s;
    ends[n] = i;
    shapes[n] = upperSeen ? OTHER : firstUpper ? CAPITAL : LOWER;
    hashes[n] = h;
    n++;
  }
  return { count: n, starts, ends, shapes, hashes };
}

/** True when the word [s, e) of t ends with `suffix` (lower case, compared without allocating). */
export function endsWithLower(t: string, s: number, e: number, suffix: string): boolean {
  const n = suffix.length;
  if (e - s <= n) return false;
  for (let i = 0; i < n; i++) if (lowerCode(t.charCodeAt(e - n + i)) !== suffix.charCodeAt(i)) return false;
  return true;
}
