/**
 * Part-of-speech tags and lemmas for every token, sentence by sentence, from the project's own
 * averaged-perceptron tagger (models/tagger.bin.gz, trained by `dossier train tagger`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import type { Document } from '../../model/types.js';
import { DossierError } from '../../model/errors.js';
import { Tagger } from '../../learn/tagger.js';

const KEY = 'model:tagger';
export const TAGGER_MODEL_FILE = 'tagger.bin.gz';

/** The tagger of this context, loaded once. */
export function getTagger(ctx: StageContext): Tagger {
  let t = ctx.resources.get(KEY) as Tagger | undefined;
  if (!t) {
    const p = join(ctx.modelsDir, TAGGER_MODEL_FILE);
    if (!existsSync(p)) throw new DossierError('E401', `model file missing: ${p} (run dossier train tagger)`);
    t = Tagger.load(p);
    ctx.resources.set(KEY, t);
  }
  return t;
}

export const tagStage: Stage = {
  name: 'tag',
  requires: ['tokens'],
  provides: ['tags', 'lemmas'],
  run(doc: Document, ctx: StageContext): void {
    const tagger = getTagger(ctx);
    const toks = doc.tokens;
    let ids = new Int32Array(256);
    const forms: string[] = [];
    for (const s of doc.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      if (n <= 0) continue;
      forms.length = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) forms.push(toks[i].form);
      if (n > ids.length) ids = new Int32Array(n * 2);
      tagger.tagIds(forms, ids);
      for (let i = 0; i < n; i++) {
        const t = toks[s.tokenStart + i];
        const k = ids[i];
        t.upos = tagger.upos[k];
        t.xpos = tagger.xpos[k];
        t.lemma = tagger.lemmaAt(i, k);
      }
    }
  },
};
