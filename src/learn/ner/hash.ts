/**
 * 32-bit hashing for feature ids and an open-addressing table from feature hash to weight row.
 * Feature strings are never built in hot loops: each word type is hashed once, and a feature is
 * mix(template, value hash). 0 is reserved for "empty slot".
 */

/** FNV-1a over UTF-16 code units. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combine two 32-bit values (murmur3 finaliser over a xor-multiply); never returns 0. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) || 1;
}

export function mix3(a: number, b: number, c: number): number { return mix(mix(a, b), c); }

/** Open-addressing hash table: uint32 key (non-zero) -> int32 value. */
export class HashIndex {
  keys: Uint32Array;
  vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 1024;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = this.mask;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) { this.vals[i] = val; return; }
      if (k === 0) { keys[i] = key; this.vals[i] = val; this.size++; return; }
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    const cap = oldK.length * 2;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== 0) this.set(oldK[i], oldV[i]);
  }
}
