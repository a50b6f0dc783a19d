import type { CleanText } from './types.js';

/** The identity map for a text that needed no cleaning. */
export function identityClean(text: string): CleanText {
  const n = text.length;
  const toOrig = new Array<number>(n + 1);
  const toOrigEnd = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    toOrig[i] = i;
    toOrigEnd[i] = i + 1;
  }
  toOrig[n] = n;
  return { text, toOrig, toOrigEnd };
}

/** Map a cleaned span [cstart, cend) to the original text (end exclusive). */
export function toOriginal(clean: CleanText, cstart: number, cend: number): { start: number; end: number } {
  const n = clean.text.length;
  const cs = Math.max(0, Math.min(cstart, n));
  const start = clean.toOrig[cs];
  if (cend <= cs) return { start, end: start };
  const end = clean.toOrigEnd[Math.min(cend, n) - 1];
  return { start, end: Math.max(end, start) };
}

/** Map an original offset to the first cleaned offset whose character starts at or after it. */
export function toCleaned(clean: CleanText, orig: number): number {
  const map = clean.toOrig;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds a cleaned copy edit by edit, keeping the offset maps. Edits are applied left to right:
 * copy(), replace() and insert() consume the original from the current position.
 */
export class CleanBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private pos = 0;
  constructor(private readonly original: string) {}

  /** The original position up to which edits have been applied. */
  get position(): number {
    return this.pos;
  }

  /** Copy original characters up to `end` unchanged. */
  copy(end: number): void {
    if (end <= this.pos) return;
    this.parts.push(this.original.slice(this.pos, end));
    for (let i = this.pos; i < end; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
    this.pos = end;
  }

  /** Replace original [start, end) with `text`; each new character covers that whole range. */
  replace(start: number, end: number, text: string): void {
    this.copy(start);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.pos = Math.max(end, this.pos);
  }

  /** Insert `text` before original position `at`; nothing of the original is consumed. */
  insert(at: number, text: string): void {
    this.copy(at);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(at);
      this.ends.push(at);
    }
  }

  finish(): CleanText {
    this.copy(this.original.length);
    const toOrig = this.starts.slice();
    toOrig.push(this.original.length);
    return { text: this.parts.join(''), toOrig, toOrigEnd: this.ends.slice() };
  }
}
