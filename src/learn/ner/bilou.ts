/**
 * BILOU label set and span encoding. BILOU beats BIO for greedy perceptron NER (Ratinov & Roth
 * 2009): the model learns distinct weights for single-token names and for name ends.
 */
import type { EntityType } from '../../model/types.js';

export const NER_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];
const PREFIXES = ['B', 'I', 'L', 'U'] as const;

/** Label 0 is O; then for each type t (0..4) the labels 1+4t+{B,I,L,U}. */
export const LABELS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => PREFIXES.map((p) => `${p}-${t}`))];
export const NLABELS = LABELS.length;
export const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]));

export const enum Pos { O = 0, B = 1, I = 2, L = 3, U = 4 }

/** Position (B/I/L/U or O) of a label index. */
export function labelPos(l: number): number { return l === 0 ? 0 : ((l - 1) & 3) + 1; }
/** Type index (0..4) of a label, -1 for O. */
export function labelType(l: number): number { return l === 0 ? -1 : (l - 1) >> 2; }
export function makeLabel(type: number, pos: number): number { return pos === 0 ? 0 : 1 + type * 4 + (pos - 1); }

export interface Span { start: number; end: number; type: EntityType }

/** Labels tokens [start, end) as one span of type index `t` (U, or B I... L). */
export function writeSpan(labels: Uint8Array, start: number, end: number, t: number): void {
  if (end - start === 1) { labels[start] = makeLabel(t, Pos.U); return; }
  labels[start] = makeLabel(t, Pos.B);
  for (let i = start + 1; i < end - 1; i++) labels[i] = makeLabel(t, Pos.I);
  labels[end - 1] = makeLabel(t, Pos.L);
}

/** End (exclusive) of the span that starts at i with a B or U label: its I run and closing L. */
export function spanEnd(labels: ArrayLike<number>, i: number): number {
  let end = i + 1;
  if (labelPos(labels[i]) !== Pos.B) return end;
  while (end < labels.length && labelPos(labels[end]) === Pos.I) end++;
  if (end < labels.length && labelPos(labels[end]) === Pos.L) end++;
  return end;
}

/** Spans (token ranges, end exclusive, non-overlapping) -> BILOU label indices. */
export function encodeSpans(n: number, spans: readonly Span[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    const t = NER_TYPES.indexOf(s.type);
    if (t < 0 || s.end <= s.start) continue;
    writeSpan(out, s.start, s.end, t);
  }
  return out;
}

/**
 * BILOU labels -> spans. Lenient with ill-formed sequences (never produced by the constrained
 * decoder, but possible in hand-made data): a B or I run of one type is closed by anything that
 * does not continue it.
 */
export function decodeLabels(labels: ArrayLike<number>): Span[] {
  const out: Span[] = [];
  let open = -1;
  let openType = -1;
  const close = (end: number) => {
    if (open >= 0) out.push({ start: open, end, type: NER_TYPES[openType] });
    open = -1;
    openType = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    const p = labelPos(l);
    const t = labelType(l);
    if (p === Pos.O) { close(i); continue; }
    if (p === Pos.U) { close(i); out.push({ start: i, end: i + 1, type: NER_TYPES[t] }); continue; }
    if (p === Pos.B || open < 0 || t !== openType) { close(i); open = i; openType = t; }
    if (p === Pos.L) close(i + 1);
  }
  close(labels.length);
  return out;
}

/** May label `next` follow label `prev` (prev = -1 at sentence start)? */
export function validTransition(prev: number, next: number): boolean {
  const pp = prev < 0 ? Pos.O : labelPos(prev);
  const np = labelPos(next);
  const open = pp === Pos.B || pp === Pos.I;
  if (open) return (np === Pos.I || np === Pos.L) && labelType(prev) === labelType(next);
  return np === Pos.O || np === Pos.B || np === Pos.U;
}

/** May the sentence end after `label`? */
export function validEnd(label: number): boolean {
  const p = labelPos(label);
  return p !== Pos.B && p !== Pos.I;
}

/** Precomputed transition mask: allowed[prev+1][next]. */
export const ALLOWED: Uint8Array[] = Array.from({ length: NLABELS + 1 }, (_, pi) => {
  const row = new Uint8Array(NLABELS);
  for (let n = 0; n < NLABELS; n++) row[n] = validTransition(pi - 1, n) ? 1 : 0;
  return row;
});
