/**
 * Named-entity recognition: tags every token with a BILOU label (`token.ner`) and records one
 * EntityMention per name (`kind: 'name'`, or `'demonym'` for NORP such as "Ukrainian"), with
 * original offsets taken from the tokens. The model (trained by `dossier train ner`) is loaded
 * once from `ctx.modelsDir` and cached in `ctx.resources`.
 */
import type { Document, EntityMention } from '../../model/types.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { DossierError } from '../../model/errors.js';
import { LABELS, NER_TYPES, decodeLabels, writeSpan } from '../../learn/ner/bilou.js';
import { loadNerTagger } from '../../learn/ner/resources.js';
import type { NerTagger } from '../../learn/ner/model.js';
import { CODES } from '../money/currencies.js';

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
    joinHyphenParts(doc, s.tokenStart, lab);
    dropCurrencyCodes(doc, s.tokenStart, lab);
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

/**
 * "UAH 400 billion", "50 EUR": a currency code next to a number is an amount's unit, not a name
 * (alone it may be one: AMD, the company). The codes are the money stage's.
 */
export function dropCurrencyCodes(doc: Document, base: number, lab: Uint8Array): void {
  const toks = doc.tokens;
  const digit = (i: number) => i >= base && i < base + lab.length && /^\d/.test(toks[i].form);
  for (const sp of decodeLabels(lab)) {
    const i = base + sp.start;
    if (sp.end - sp.start === 1 && CODES.has(toks[i].form) && (digit(i + 1) || digit(i - 1))) lab[sp.start] = 0;
  }
}

/** A word piece that may continue a name across a hyphen: "Jong-un", "Jean-Marie", "al-Qaeda". */
const AFTER_HYPHEN = /^\p{L}+$/u;
const BEFORE_HYPHEN = /^(\p{Lu}\p{L}*|al|el|ul|bin|ibn)$/u;

/**
 * The tokenizer splits hyphenated words; the model sometimes tags only one side of a hyphenated
 * name ("Kim Jong" of "Kim Jong-un", "Qaeda" of "al-Qaeda"). A person or organisation span of a
 * sentence (labels `lab`, its first token `base`) takes in the rest when hyphen and piece are
 * written without spaces and left untagged.
 */
export function joinHyphenParts(doc: Document, base: number, lab: Uint8Array): void {
  const toks = doc.tokens;
  const glued = (a: number, b: number) => toks[base + a].end === toks[base + b].start;
  for (const sp of decodeLabels(lab)) {
    if (sp.type !== 'PERSON' && sp.type !== 'ORG') continue;
    let { start, end } = sp;
    if (end + 1 < lab.length && toks[base + end].form === '-' && glued(end - 1, end) && glued(end, end + 1) &&
      lab[end] === 0 && lab[end + 1] === 0 && AFTER_HYPHEN.test(toks[base + end + 1].form)) end += 2;
    if (start >= 2 && toks[base + start - 1].form === '-' && glued(start - 1, start) && glued(start - 2, start - 1) &&
      lab[start - 1] === 0 && lab[start - 2] === 0 && BEFORE_HYPHEN.test(toks[base + start - 2].form)) start -= 2;
    if (start !== sp.start || end !== sp.end) writeSpan(lab, start, end, NER_TYPES.indexOf(sp.type));
  }
}

export const recognizeStage: Stage = {
  name: 'recognize',
  requires: ['tags'],
  provides: ['mentions'],
  run(doc: Document, ctx: StageContext): void {
    recognize(doc, nerTagger(ctx));
  },
};
