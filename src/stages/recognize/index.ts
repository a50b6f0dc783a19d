/**
 * Named-entity recognition: tags every token with a BILOU label (`token.ner`) and records one
 * EntityMention per name (`kind: 'name'`, or `'demonym'` for NORP such as "Ukrainian"), with
 * original offsets taken from the tokens. The model (trained by `dossier train ner`) is loaded
 * once from `ctx.modelsDir` and cached in `ctx.resources`.
 */
import type { Document, EntityMention } from '../../model/types.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { DossierError } from '../../model/errors.js';
import { LABELS, decodeLabels } from '../../learn/ner/bilou.js';
import { loadNerTagger } from '../../learn/ner/resources.js';
import type { NerTagger } from '../../learn/ner/model.js';

const KEY = 'ner.tagger';

export function nerTagger(ctx: StageContext): NerTagger {
  let t = ctx.resources.get(KEY) as NerTagger | undefined;
  if (!t) {
    try {
      t = loadNerTagger(ctx.modelsDir);
    } catch (e) {
      throw new DossierError('E401', `cannot load the named-entity model: ${(e as Error).message}`, ctx.modelsDir);
    }
    ctx.resources.set(KEY, t);
  }
  return t;
}

/** Tag the document's sentences and return the mentions found (also written to the document). */
export function recognize(doc: Document, tagger: NerTagger): EntityMention[] {
  const sents: string[][] = [];
  const pos: (string | undefined)[][] = [];
  const usePos = tagger.fz.opts.usePos === true;
  for (const s of doc.sentences) {
    const forms: string[] = [];
    const tags: (string | undefined)[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      forms.push(doc.tokens[i].form);
      if (usePos) tags.push(doc.tokens[i].upos);
    }
    sents.push(forms);
    pos.push(tags);
  }
  const labels = tagger.tagDocument(sents, usePos ? pos : undefined);
  const mentions: EntityMention[] = [];
  doc.sentences.forEach((s, si) => {
    const lab = labels[si];
    for (let i = 0; i < lab.length; i++) doc.tokens[s.tokenStart + i].ner = LABELS[lab[i]];
    for (const sp of decodeLabels(lab)) {
      const first = doc.tokens[s.tokenStart + sp.start];
      const last = doc.tokens[s.tokenStart + sp.end - 1];
      mentions.push({
        start: first.start,
        end: last.end,
        text: doc.text.slice(first.start, last.end),
        type: sp.type,
        tokenStart: s.tokenStart + sp.start,
        tokenEnd: s.tokenStart + sp.end,
        kind: sp.type === 'NORP' ? 'demonym' : 'name',
      });
    }
  });
  doc.mentions.push(...mentions);
  return mentions;
}

export const recognizeStage: Stage = {
  name: 'recognize',
  requires: ['tags'],
  provides: ['mentions'],
  run(doc: Document, ctx: StageContext): void {
    recognize(doc, nerTagger(ctx));
  },
};
