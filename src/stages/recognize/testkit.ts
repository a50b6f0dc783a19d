/** Helpers for the recogniser tests: a space-tokenised document and a run of the stage. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../model/types.js';
import { spaceDocument } from '../../testing/doc.js';
import { recognizeStage } from './index.js';

export const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
export const HAVE_MODEL = existsSync(MODELS + 'ner.bin.gz');

/** A document tokenised on spaces, one sentence per line (the tests do not need the tokenizer). */
export { spaceDocument as docOf } from '../../testing/doc.js';

export function run(text: string): Document {
  const doc = spaceDocument(text);
  recognizeStage.run(doc, { modelsDir: MODELS, resources: new Map() });
  return doc;
}

