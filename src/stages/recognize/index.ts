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
import { countries } from '../../kb/countries.js';

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
  for (const m of mentions) joinHyphenParts(doc, m);
  const digit = (i: number) => i >= 0 && i < doc.tokens.length && /^\d/.test(doc.tokens[i].form);
  const kept = mentions.filter((m) => !(isCurrencyCode(m.text) && (digit(m.tokenEnd) || digit(m.tokenStart - 1))));
  for (const m of mentions) if (!kept.includes(m)) for (let i = m.tokenStart; i < m.tokenEnd; i++) doc.tokens[i].ner = 'O';
  doc.mentions.push(...kept);
  return kept;
}

let currencyCodes: Set<string> | undefined;
/**
 * "UAH 400 billion", "50 EUR": an ISO 4217 code next to a number is an amount's unit, not a name
 * (alone it may be one: AMD, the company).
 */
function isCurrencyCode(text: string): boolean {
  if (!/^[A-Z]{3}$/.test(text)) return false;
  currencyCodes ??= new Set(countries().flatMap((c) => c.currencies));
  return currencyCodes.has(text);
}

/** A word piece that may continue a name across a hyphen: "Jong-un", "Jean-Marie", "al-Qaeda". */
const AFTER_HYPHEN = /^\p{L}+$/u;
const BEFORE_HYPHEN = /^(\p{Lu}\p{L}*|al|el|ul|bin|ibn)$/u;

/**
 * The tokenizer splits hyphenated words; the model sometimes tags only one side of a hyphenated
 * name ("Kim Jong" of "Kim Jong-un", "Qaeda" of "al-Qaeda"). A person or organisation mention
 * takes in the rest when hyphen and piece are written without spaces and left untagged.
 */
export function joinHyphenParts(doc: Document, m: EntityMention): void {
  if (m.type !== 'PERSON' && m.type !== 'ORG' || m.tokenStart === undefined || m.tokenEnd === undefined) return;
  const toks = doc.tokens;
  const sent = doc.sentences.find((s) => s.tokenStart <= m.tokenStart! && m.tokenEnd! <= s.tokenEnd);
  if (!sent) return;
  const free = (i: number) => (toks[i].ner ?? 'O') === 'O';
  const e = m.tokenEnd;
  if (e + 1 < sent.tokenEnd && toks[e].form === '-' && toks[e].start === toks[e - 1].end && toks[e + 1].start === toks[e].end &&
    free(e) && free(e + 1) && AFTER_HYPHEN.test(toks[e + 1].form)) {
    m.tokenEnd = e + 2;
    m.end = toks[e + 1].end;
  }
  const b = m.tokenStart;
  if (b - 2 >= sent.tokenStart && toks[b - 1].form === '-' && toks[b - 1].end === toks[b].start && toks[b - 2].end === toks[b - 1].start &&
    free(b - 1) && free(b - 2) && BEFORE_HYPHEN.test(toks[b - 2].form)) {
    m.tokenStart = b - 2;
    m.start = toks[b - 2].start;
  }
  if (m.tokenStart === b && m.tokenEnd === e) return;
  m.text = doc.text.slice(m.start, m.end);
  // Keep the tokens' BILOU labels in step with the mention.
  const t = m.type;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) {
    const n = m.tokenEnd - m.tokenStart;
    toks[i].ner = n === 1 ? `U-${t}` : i === m.tokenStart ? `B-${t}` : i === m.tokenEnd - 1 ? `L-${t}` : `I-${t}`;
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
