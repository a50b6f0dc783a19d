/**
 * A small CoNLL-U reader. Multiword-token range lines (`1-2`) and empty nodes (`1.1`) are skipped,
 * so every sentence is the sequence of syntactic words with integer ids 1..n.
 */
import { readFileSync } from 'node:fs';

export interface UDToken {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0-based index of the head inside the sentence, -1 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

export interface UDSentence {
  id?: string;
  text?: string;
  tokens: UDToken[];
}

export function parseConllu(src: string): UDSentence[] {
  const out: UDSentence[] = [];
  let cur: UDSentence = { tokens: [] };
  const flush = (): void => {
    if (cur.tokens.length > 0) out.push(cur);
    cur = { tokens: [] };
  };
  for (const raw of src.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length === 0) { flush(); continue; }
    if (line.charCodeAt(0) === 35 /* # */) {
      const m = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') cur.id = m[2];
        else cur.text = m[2];
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8) continue;
    const id = cols[0];
    if (id.includes('-') || id.includes('.')) continue;
    const head = cols[6] === '_' ? -1 : Number(cols[6]) - 1;
    cur.tokens.push({
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head,
      deprel: cols[7],
      misc: cols[9] ?? '_',
    });
  }
  flush();
  return out;
}

export function readConllu(path: string): UDSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

/** True when no two arcs of the tree cross (the root arc counted as coming from position -1... n). */
export function isProjective(heads: ArrayLike<number>): boolean {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    const hi = heads[i];
    const a1 = Math.min(i, hi < 0 ? n : hi), b1 = Math.max(i, hi < 0 ? n : hi);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const hj = heads[j];
      const a2 = Math.min(j, hj < 0 ? n : hj), b2 = Math.max(j, hj < 0 ? n : hj);
      if (a1 < a2 && a2 < b1 && b1 < b2) return false;
    }
  }
  return true;
}
