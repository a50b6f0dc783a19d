/**
 * Small hand-built documents for the link stage's tests: a plain tokenizer, sentence split at
 * final punctuation and line breaks, and mentions given as (text, type[, kind][, occurrence]).
 * Deliberately independent of the segment/recognize stages so the tests pin the linker alone.
 */
import { createDocument } from '../../model/document.js';
import type { Document, EntityMention, EntityType, Token } from '../../model/types.js';

const TOKEN = /(?:[A-Za-z]\.){2,}|\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*|\p{N}+(?:[.,]\p{N}+)*|['\u2019]s\b|\S/gu;

export type MentionSpec = [text: string, type: EntityType, kind?: EntityMention['kind'], occurrence?: number];

export interface FixtureDeps {
  /** Token forms that are subjects (deprel nsubj), as `form@occurrence` or `form`. */
  subjects?: string[];
}

export function makeDoc(text: string, mentions: MentionSpec[], published = '2025-08-24', deps: FixtureDeps = {}): Document {
  const doc = createDocument(text, { published });
  const tokens: Token[] = [];
  let sent = 0;
  let lastEnd = 0;
  let sentStart = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (tokens.length > sentStart && text.slice(lastEnd, start).includes('\n')) {
      doc.sentences.push({ start: tokens[sentStart]!.start, end: lastEnd, cstart: tokens[sentStart]!.start, cend: lastEnd, tokenStart: sentStart, tokenEnd: tokens.length, kind: 'paragraph', block: 0 });
      sent++;
      sentStart = tokens.length;
    }
    tokens.push({ start, end, cstart: start, cend: end, form: m[0], sent });
    lastEnd = end;
    if (/^[.!?]$/.test(m[0])) {
      doc.sentences.push({ start: tokens[sentStart]!.start, end, cstart: tokens[sentStart]!.start, cend: end, tokenStart: sentStart, tokenEnd: tokens.length, kind: 'paragraph', block: 0 });
      sent++;
      sentStart = tokens.length;
    }
  }
  if (sentStart < tokens.length) {
    doc.sentences.push({ start: tokens[sentStart]!.start, end: lastEnd, cstart: tokens[sentStart]!.start, cend: lastEnd, tokenStart: sentStart, tokenEnd: tokens.length, kind: 'paragraph', block: 0 });
  }
  doc.tokens = tokens;
  const seen = new Map<string, number>();
  for (const s of deps.subjects ?? []) {
    const [form, occ] = s.split('@');
    let n = Number(occ ?? 1);
    for (const t of tokens) if (t.form === form && --n === 0) t.deprel = 'nsubj';
  }
  for (const [mt, type, kind, occurrence] of mentions) {
    const n = occurrence ?? (seen.get(mt) ?? 0) + 1;
    seen.set(mt, n);
    let at = -1;
    for (let k = 0; k < n; k++) {
      at = findWord(text, mt, at + 1);
      if (at < 0) throw new Error(`fixture: mention ${JSON.stringify(mt)} #${n} not in text`);
    }
    const start = at;
    const end = at + mt.length;
    const ts = tokens.findIndex((t) => t.start >= start);
    let te = ts;
    while (te < tokens.length && tokens[te]!.end <= end) te++;
    doc.mentions.push({ start, end, text: mt, type, kind: kind ?? (type === 'NORP' ? 'demonym' : 'name'), tokenStart: ts, tokenEnd: te });
  }
  doc.mentions.sort((a, b) => a.start - b.start);
  return doc;
}

/** Index of a whole-word occurrence of `w` at or after `from`. */
function findWord(text: string, w: string, from: number): number {
  let i = text.indexOf(w, from);
  while (i >= 0) {
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = text[i + w.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
    i = text.indexOf(w, i + 1);
  }
  return -1;
}

/** The entity a mention text (nth occurrence) was linked to, by name. */
export function linkedName(doc: Document, text: string, occurrence = 1): string | undefined {
  const ms = doc.mentions.filter((m) => m.text === text);
  const m = ms[occurrence - 1];
  return m && doc.entities.find((e) => e.id === m.entity)?.name;
}
