/**
 * Which tokens may name an event: trigger lookup in the lexicon (verbs, nouns, support verbs),
 * words that only modify a thing's name, verbs the parser broke, and the token -> span indexes.
 */
import type { Document } from '../../model/types.js';
import { mentionAt } from './adapter.js';
import { baseRel, coarsePos, lemmasOf } from './tree.js';
import type { Ctx } from './draft.js';

export const NOMINAL_RELS = new Set(['amod', 'nmod', 'compound', 'obj', 'obl', 'nsubj', 'appos', 'flat', 'det', 'case', 'iobj']);

export function brokenVerb(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return t.upos === 'VERB' && /^VB[DZP]$/.test(t.xpos ?? 'VBD') && NOMINAL_RELS.has(baseRel(t));
}

/** token -> index of the span (money, timex) that overlaps it (one sweep over sorted spans). */
export function spanIndex(doc: Document, spans: { start: number; end: number }[]): Int32Array {
  const at = new Int32Array(doc.tokens.length).fill(-1);
  if (!spans.length) return at;
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  let t = 0;
  for (const si of order) {
    const sp = spans[si];
    while (t < doc.tokens.length && doc.tokens[t].end <= sp.start) t++;
    for (let k = t; k < doc.tokens.length && doc.tokens[k].start < sp.end; k++) if (at[k] < 0) at[k] = si;
  }
  return at;
}

export function markCandidate(ctx: Ctx, i: number): boolean {
  const { tree, lex } = ctx;
  const pos = coarsePos(tree, i);
  if (pos === 'O') return false;
  const lemmas = lemmasOf(tree, i);
  if (pos === 'V') {
    // "the seriously wounded", "the detained": a participle with a determiner names people
    if (tree.parsed && tree.kids[i].some((k) => k < i && baseRel(ctx.doc.tokens[k]) === 'det' && /^(the|a|an|these|those)$/.test(tree.low[k]))
      && (tree.kids[i].some((k) => baseRel(ctx.doc.tokens[k]) === 'cop') || !tree.kids[i].some((k) => /^(nsubj|obj)/.test(baseRel(ctx.doc.tokens[k]))))) return false;
    for (const l of lemmas) {
      const v = lex.verbs.get(l);
      const lv = lex.light.get(l);
      if (v || lv) {
        ctx.verbTrig[i] = v;
        ctx.light[i] = lv;
        return true;
      }
    }
    return false;
  }
  // A noun inside a name (the "Aid" of an agency's name) is part of the name, not a trigger.
  const men = mentionAt(ctx.doc, i);
  if (men && men.kind === 'name' && men.type !== 'NORP') return false;
  for (const l of lemmas) {
    const nt = lex.nouns.get(l);
    if (nt) {
      // "a rallying cry", "attack helicopters", "aid workers": an event word modifying a noun
      // that names no event is part of a thing's name (a trigger head, "aid package", counts)
      if (modifierOnly(ctx, i)) return false;
      ctx.nounTrig[i] = nt;
      return !nt.every((t) => t.lightOnly);
    }
  }
  return false;
}

export function modifierOnly(ctx: Ctx, i: number): boolean {
  const { doc, tree } = ctx;
  if (!tree.parsed) return false;
  const t = doc.tokens[i];
  const r = baseRel(t);
  if (r !== 'compound' && r !== 'amod') return false;
  const h = t.head ?? -1;
  if (h < 0 || h <= i || doc.tokens[h].upos !== 'NOUN') return false;
  // only before nouns of people and things ("cooperation initiative" names the cooperation)
  return lemmasOf(tree, h).some((l) => THING_HEAD.has(l));
}

/** Heads that make an event word part of a thing's or a person's name. */
export const THING_HEAD = new Set(['cry', 'slogan', 'song', 'worker', 'agency', 'organisation', 'organization', 'charity', 'group', 'helicopter',
  'aircraft', 'jet', 'dog', 'vote', 'force', 'squad', 'dealer', 'trade', 'industry', 'budget', 'minister', 'secretary', 'spokesman',
  'official', 'officer', 'committee', 'route', 'capability', 'submarine', 'boat', 'ship', 'vehicle', 'rifle', 'victim', 'survivor',
  'suspect', 'expert', 'convoy', 'flight', 'plane', 'team', 'website', 'leader', 'organiser', 'organizer']);
