/**
 * Build small documents by hand for unit tests, without models: one sentence per call, tokens
 * written as `form/UPOS/head/deprel` (head 1-based within the sentence, 0 for the root), e.g.
 * `Carney/PROPN/2/nsubj said/VERB/0/root`. Mentions are given as [firstToken, lastToken, type].
 */
import { createDocument } from '../model/document.js';
import type { Document, EntityType, Sentence } from '../model/types.js';

export interface HandSentence {
  tokens: string;
  mentions?: [number, number, EntityType, string?][];
}

export function handDocument(sentences: HandSentence[], meta: Document['meta'] = {}): Document {
  const rows = sentences.map((s) => s.tokens.trim().split(/\s+/).map((t) => {
    const parts = t.split('/');
    const [upos, head, deprel] = parts.slice(-3);
    const form = parts.slice(0, -3).join('/');
    return { form, upos, head: Number(head), deprel };
  }));
  const text = rows.map((r) => r.map((t) => t.form).join(' ')).join('\n');
  const doc = createDocument(text, meta);
  let pos = 0;
  rows.forEach((r, si) => {
    const tokenStart = doc.tokens.length;
    const sentStart = pos;
    for (const t of r) {
      const start = pos;
      const end = start + t.form.length;
      doc.tokens.push({
        start, end, cstart: start, cend: end, form: t.form, sent: si, upos: t.upos,
        lemma: t.form.toLowerCase(), head: t.head === 0 ? -1 : tokenStart + t.head - 1, deprel: t.deprel,
      });
      pos = end + 1;
    }
    const sentence: Sentence = {
      start: sentStart, end: pos - 1, cstart: sentStart, cend: pos - 1, tokenStart, tokenEnd: doc.tokens.length,
      kind: 'paragraph', block: si,
    };
    doc.sentences.push(sentence);
    doc.blocks.push({ kind: 'paragraph', start: sentStart, end: pos - 1 });
    for (const [a, b, type, entity] of sentences[si].mentions ?? []) {
      const first = doc.tokens[tokenStart + a];
      const last = doc.tokens[tokenStart + b];
      doc.mentions.push({
        start: first.start, end: last.end, text: text.slice(first.start, last.end), type,
        tokenStart: tokenStart + a, tokenEnd: tokenStart + b + 1, kind: 'name', entity,
      });
    }
  });
  // One entity per distinct entity id given in the mentions.
  for (const m of doc.mentions) {
    if (!m.entity) continue;
    let e = doc.entities.find((x) => x.id === m.entity);
    if (!e) {
      e = { id: m.entity, name: m.text, type: m.type, mentions: [] };
      doc.entities.push(e);
    }
    e.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return doc;
}

/**
 * A document whose tokens are the space-separated words of `text`, one sentence per line, and
 * nothing else (for stage tests that start from tokens and need no tokenizer).
 */
export function spaceDocument(text: string): Document {
  const doc = createDocument(text);
  let off = 0;
  text.split('\n').forEach((line, si) => {
    const tokenStart = doc.tokens.length;
    for (const m of line.matchAll(/\S+/g)) {
      const start = off + m.index!;
      const end = start + m[0].length;
      doc.tokens.push({ start, end, cstart: start, cend: end, form: m[0], sent: si });
    }
    doc.sentences.push({ start: off, end: off + line.length, cstart: off, cend: off + line.length, tokenStart, tokenEnd: doc.tokens.length, kind: 'paragraph', block: 0 });
    off += line.length + 1;
  });
  return doc;
}
