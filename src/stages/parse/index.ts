/**
 * Dependency trees for every sentence from the project's own transition-based parser
 * (models/parser.bin.gz, trained by `dossier train parser`). Heads are DOCUMENT-wide token
 * indices (-1 for the root); labels are UD relations with their subtypes (nsubj:pass, obl:tmod).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import type { Document } from '../../model/types.js';
import { DossierError } from '../../model/errors.js';
import { Parser } from '../../learn/parser.js';

const KEY = 'model:parser';
export const PARSER_MODEL_FILE = 'parser.bin.gz';

/** The parser of this context, loaded once. */
export function getParser(ctx: StageContext): Parser {
  let p = ctx.resources.get(KEY) as Parser | undefined;
  if (!p) {
    const path = join(ctx.modelsDir, PARSER_MODEL_FILE);
    if (!existsSync(path)) throw new DossierError('E401', `model file missing: ${path} (run dossier train parser)`);
    p = Parser.load(path);
    ctx.resources.set(KEY, p);
  }
  return p;
}

export const parseStage: Stage = {
  name: 'parse',
  requires: ['tags'],
  provides: ['deps'],
  run(doc: Document, ctx: StageContext): void {
    const parser = getParser(ctx);
    const toks = doc.tokens;
    const forms: string[] = [], upos: string[] = [], xpos: string[] = [];
    const input = { forms, upos, xpos };
    let heads = new Int32Array(256), labels = new Int32Array(256);
    for (const s of doc.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      if (n <= 0) continue;
      forms.length = 0; upos.length = 0; xpos.length = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = toks[i];
        forms.push(t.form);
        upos.push(t.upos ?? 'X');
        xpos.push(t.xpos ?? 'XX');
      }
      if (n > heads.length) { heads = new Int32Array(n * 2); labels = new Int32Array(n * 2); }
      parser.parseInto(input, heads, labels);
      for (let i = 0; i < n; i++) {
        const t = toks[s.tokenStart + i];
        t.head = heads[i] < 0 ? -1 : s.tokenStart + heads[i];
        t.deprel = parser.labels[labels[i]];
      }
    }
  },
};
