/**
 * Exact span + type precision/recall/F1 (CoNLL style: a predicted entity counts only when its
 * start, end and type all match a gold one). `map` renames or drops (undefined) types first, e.g.
 * our GPE and LOC -> LOC and NORP dropped, to compare with UNER's PER/ORG/LOC.
 */
export interface TypedSpan { start: number; end: number; type: string }

export interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

export interface SpanScores extends Prf { byType: Record<string, Prf> }

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

export function spanScores(
  gold: readonly (readonly TypedSpan[])[],
  pred: readonly (readonly TypedSpan[])[],
  map: (t: string) => string | undefined = (t) => t,
): SpanScores {
  const counts = new Map<string, [number, number, number]>();
  const bump = (t: string, k: 0 | 1 | 2) => {
    if (!counts.has(t)) counts.set(t, [0, 0, 0]);
    counts.get(t)![k]++;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = new Map<string, string>();
    for (const x of gold[s]) { const t = map(x.type); if (t) g.set(`${x.start}:${x.end}`, t); }
    const p = new Map<string, string>();
    for (const x of pred[s] ?? []) { const t = map(x.type); if (t) p.set(`${x.start}:${x.end}`, t); }
    for (const [k, t] of p) {
      if (g.get(k) === t) bump(t, 0);
      else bump(t, 1);
    }
    for (const [k, t] of g) if (p.get(k) !== t) bump(t, 2);
  }
  let tp = 0, fp = 0, fn = 0;
  const byType: Record<string, Prf> = {};
  for (const [t, [a, b, c]] of counts) {
    tp += a; fp += b; fn += c;
    byType[t] = prf(a, b, c);
  }
  return { ...prf(tp, fp, fn), byType };
}

/** Our types -> UNER's: PERSON -> PER, ORG -> ORG, GPE/LOC -> LOC, NORP ignored. */
export function toUner(t: string): string | undefined {
  switch (t) {
    case 'PERSON': case 'PER': return 'PER';
    case 'ORG': return 'ORG';
    case 'GPE': case 'LOC': return 'LOC';
    default: return undefined;
  }
}
