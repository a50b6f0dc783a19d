/**
 * Integer hashing for feature ids. Feature strings are never built in the hot loops: each token's
 * word, affixes and shape are hashed once to 32-bit integers, and a feature is the hash of a small
 * tuple (template id, value ids...). Keys are 32-bit; 0 is reserved for "empty slot".
 */

/** FNV-1a over UTF-16 code units, 32-bit. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** FNV-1a of s.slice(from, to) without allocating the slice. */
export function sliceHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** FNV-1a of the lower-cased slice (ASCII and basic Latin-1 folding; enough for features). */
export function lowerSliceHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

function step(h: number, a: number): number {
  h ^= a;
  h = Math.imul(h, 0x5bd1e995);
  return h ^ (h >>> 15);
}

export function fk1(t: number, a: number): number {
  return fmix(step(Math.imul(t + 1, 0x9e3779b1), a));
}
export function fk2(t: number, a: number, b: number): number {
  return fmix(step(step(Math.imul(t + 1, 0x9e3779b1), a), b));
}
export function fk3(t: number, a: number, b: number, c: number): number {
  return fmix(step(step(step(Math.imul(t + 1, 0x9e3779b1), a), b), c));
}
export function fk4(t: number, a: number, b: number, c: number, d: number): number {
  return fmix(step(step(step(step(Math.imul(t + 1, 0x9e3779b1), a), b), c), d));
}
