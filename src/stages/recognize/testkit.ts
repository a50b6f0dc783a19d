/** Helpers for the recogniser tests: a space-tokenised document and a run of the stage. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDocument } from '../../model/document.js';
import type { Document } from '../../model/types.js';
import { recognizeStage } from './index.js';

export const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
export const HAVE_MODEL = existsSync(MODELS + 'ner.bin.gz');

/** A document tokenised on spaces, one sentence per line (the tests do not need the tokenizer). */
export function docOf(text: string): Document {
  const doc = createDocument(text);
  let pos = 0;
  text.split('\n').forEach((line, si) => {
    const tokenStart = doc.tokens.length;
    for (const m of line.matchAll(/\S+/g)) {
      const start = pos + m.index!;
      doc.tokens.push({ start, end: start + m[0].length, cstart: start, cend: start + m[0].length, form: m[0], sent: si });
    }
    doc.sentences.push({ start: pos, end: pos + line.length, cstart: pos, cend: pos + line.length, tokenStart, tokenEnd: doc.tokens.length, kind: 'paragraph', block: 0 });
    pos += line.length + 1;
  });
  return doc;
}

export function run(text: string): Document {
  const doc = docOf(text);
  recognizeStage.run(doc, { modelsDir: MODELS, resources: new Map() });
  return doc;
}

