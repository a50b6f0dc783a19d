/**
 * From tokens, parse and entity mentions to event drafts: one per predicate that the lexicon
 * knows, with its participants read off the dependency tree (UD labels). When the document has
 * no parse, a proximity fallback (nearest entity left of the trigger in the same clause as the
 * actor, right as the target) stands in.
 *
 * This file is the driver; the rules live beside it:
 *   draft.ts         the Draft shape, the per-document context, shared word lists
 *   candidates.ts    which tokens may name an event (lexicon lookup, modifier-only words)
 *   predicates.ts    drafts from a verb or noun trigger and its clause
 *   participants.ts  actors and targets read off the tree (subjects, agents, objects, pairs)
 *   coordinate.ts    one record per coordinated party ("met A and B")
 *   statements.ts    events told without an event verb ("X said Y must ...", "X was in Kyiv",
 *                    "X questioned whether ...", "X called Y's plan unjustified")
 *   finish.ts        date, place, money, pledge status, modality, and the precision gate
 *   fallback.ts      proximity reading when there is no parse
 */
import type { Document } from '../../model/types.js';
import { type Lexicon } from './lexicon.js';
import { buildTree } from './tree.js';
import { brokenVerb, markCandidate, spanIndex } from './candidates.js';
import { coordinate } from './coordinate.js';
import type { Ctx, Draft } from './draft.js';
import { draftFromWindow } from './fallback.js';
import { underFire } from './participants.js';
import { draftFromParse } from './predicates.js';
import { copulaVisits, doubts, evaluativeAccusations, labels, mustRequests, noPlaceFor, outrage } from './statements.js';

export function extractDrafts(doc: Document, lex: Lexicon): Draft[] {
  const tree = buildTree(doc);
  const n = doc.tokens.length;
  const ctx: Ctx = {
    doc, tree, lex, absorbed: new Uint8Array(n), consumed: new Uint8Array(n),
    moneyAt: spanIndex(doc, doc.money), timexAt: spanIndex(doc, doc.timexes),
    verbTrig: new Array(n), nounTrig: new Array(n), light: new Array(n),
  };
  const cands: number[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    // Section headings are topic labels ("Joint production"), not statements.
    if (sent.kind === 'heading' || sent.kind === 'media') continue;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) if (markCandidate(ctx, i)) cands.push(i);
  }
  // Heads before dependents, so that a demand absorbs what is demanded before it is looked at.
  if (tree.parsed) {
    const depth = (i: number): number => {
      let d = 0;
      for (let cur = doc.tokens[i].head ?? -1; cur >= 0 && d < 100; cur = doc.tokens[cur].head ?? -1) d++;
      return d;
    };
    const dep = new Map(cands.map((c) => [c, depth(c)]));
    cands.sort((a, b) => dep.get(a)! - dep.get(b)! || a - b);
  }
  const out: Draft[] = [];
  out.push(...mustRequests(ctx));
  out.push(...evaluativeAccusations(ctx));
  out.push(...noPlaceFor(ctx));
  out.push(...doubts(ctx));
  out.push(...labels(ctx));
  out.push(...outrage(ctx));
  out.push(...underFire(ctx));
  for (const i of cands) {
    if (ctx.absorbed[i] || ctx.consumed[i]) continue;
    let d = tree.parsed ? draftFromParse(ctx, i) : draftFromWindow(ctx, i);
    // A verb the parser attached as if it were a noun or modifier ("hosted" as an amod) has no
    // usable arguments in the tree: read its clause by proximity instead.
    if (!d && tree.parsed && !ctx.absorbed[i] && !ctx.consumed[i] && brokenVerb(ctx, i)) d = draftFromWindow(ctx, i);
    if (d) out.push(d);
  }
  for (const i of copulaVisits(ctx)) out.push(i);
  const all = tree.parsed ? out.flatMap((d) => coordinate(ctx, d)) : out;
  all.sort((a, b) => a.span[0] - b.span[0] || a.tok - b.tok);
  return all;
}
