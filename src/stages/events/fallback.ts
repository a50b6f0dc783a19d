/**
 * Fallback without a parse: proximity within the clause (nearest entity left of the
 * trigger as the actor, right as the target).
 */
import type { Entity, MoneyExpr } from '../../model/types.js';
import { entityAt, mentionAt } from './adapter.js';
import { type PledgeStatus, type Trigger } from './lexicon.js';
import { fallbackModality } from './modality.js';
import { clauseWindow, coarsePos, lemmasOf, tenseOf, type Tree } from './tree.js';
import { PLACE, type Ctx, type Draft } from './draft.js';
import { finishCommon, pledgeNounGate, usableDate } from './finish.js';
import type { Ref } from './participants.js';
import { AID_TRIGGER, baseDraft, caseOk, hasPrt, refineNoun, setActor, setTarget } from './predicates.js';

/** Parse-free check of a verb's object constraint: the object word within the next 4 tokens. */
export function windowVerbTrigger(ctx: Ctx, i: number, to: number): Trigger | undefined {
  const trigs = ctx.verbTrig[i]?.filter((t) => (!t.prt || hasPrt(ctx, i, t.prt)) && !(t.needO && /^(on|upon)$/.test(ctx.tree.low[i + 1] ?? '')));
  if (!trigs) return undefined;
  const { doc, tree } = ctx;
  const end = Math.min(to, i + 5);
  for (const t of trigs) {
    if (!t.obj) continue;
    if (t.obj[0] === '-') continue;
    for (let k = i + 1; k < end; k++) {
      const e = entityAt(doc, k);
      if (t.obj.includes('@any') && coarsePos(tree, k) === 'N') return t;
      if (e && (t.obj.includes('@entity') || (t.obj.includes('@person') && e.type === 'PERSON'))) return t;
      if (lemmasOf(tree, k).some((l) => t.obj!.includes(l))) return t;
    }
  }
  return trigs.find((t) => {
    if (t.obj) return false;
    if (!t.notobj) return true;
    for (let k = i + 1; k < end; k++) if (lemmasOf(tree, k).some((l) => t.notobj!.includes(l))) return false;
    return true;
  });
}

export const SKIP_BEFORE_NP = /^(the|a|an|its|his|her|their|our|this|that|these|those|new|fresh|more|further|recent|both|either)$/;
export const PASSIVE_AUX = /^(is|are|was|were|be|been|being)$/;

/** The preposition right before the noun phrase that starts at token k (skipping articles). */
export function prepBefore(tree: Tree, k: number, from: number): string {
  let j = k - 1;
  while (j >= from && SKIP_BEFORE_NP.test(tree.low[j])) j--;
  return j >= from ? tree.low[j] : '';
}

export function draftFromWindow(ctx: Ctx, i: number): Draft | undefined {
  const { doc, tree } = ctx;
  const [from, to] = clauseWindow(tree, i);
  const pos = coarsePos(tree, i);
  let trig: Trigger | undefined;
  let tok = i;
  let status: PledgeStatus | undefined;
  const lv = pos === 'V' ? ctx.light[i] : undefined;
  let money: MoneyExpr | undefined;
  for (let k = i + 1; k < to; k++) if (ctx.moneyAt[k] >= 0) { money = doc.money[ctx.moneyAt[k]]; break; }
  if (lv) {
    const found: { tok: number; trig: Trigger }[] = [];
    for (let k = i + 1; k < Math.min(to, i + 8); k++) {
      const nt = ctx.nounTrig[k];
      const thing = nt && nt[0].lightOnly && (nt[0].type === 'AID' || nt[0].type === 'MOBILIZE') && !lv.pledge;
      if (nt && !thing && !ctx.consumed[k] && coarsePos(tree, k) === 'N' && caseOk(ctx, k, nt[0])) found.push({ tok: k, trig: refineNoun(ctx, k, nt[0]) });
    }
    found.sort((a, b) => Number(a.trig.lightOnly) - Number(b.trig.lightOnly));
    let pick = found[0];
    const aidNoun = money ? found.find((x) => x.trig.type === 'AID') : undefined;
    if (aidNoun && pick && pick.trig.type !== 'AID' && pick.trig.type !== 'COOPERATE') pick = aidNoun;
    if (pick) {
      trig = pick.trig;
      tok = pick.tok;
      for (const x of found) ctx.consumed[x.tok] = 1;
      status = lv.status ?? (trig.type === 'AID' ? 'committed' : undefined);
    }
    if (!trig && money && lv.pledge) { trig = AID_TRIGGER; status = lv.status; }
  }
  if (!trig) {
    if (pos === 'V') trig = windowVerbTrigger(ctx, i, to);
    else {
      const nt = ctx.nounTrig[i]?.find((t) => !t.lightOnly && caseOk(ctx, i, t));
      trig = nt ? refineNoun(ctx, i, nt) : undefined;
    }
  }
  if (!trig) return undefined;
  const d = baseDraft(ctx, trig, tok, i);
  d.status = status ?? trig.status;
  if (trig.type !== 'CONSULT') d.money = money;
  const ents: { e: Entity; tok: number; demonym: boolean }[] = [];
  for (let k = from; k < to; k++) {
    const m = mentionAt(doc, k);
    const e = entityAt(doc, k);
    if (e) ents.push({ e, tok: k, demonym: !!m && (m.kind === 'demonym' || m.type === 'NORP') });
    if (m) k = Math.max(k, m.tokenEnd - 1);
  }
  // a demonym in front of a name ("Ukrainian President Zelenskyy") is part of that name's phrase
  const named = ents.filter((x, j) => !(x.demonym && ents[j + 1] && ents[j + 1].tok - x.tok <= 3));
  const passive = pos === 'V' && /(ed|en)$/.test(tree.low[i]) && i > from && PASSIVE_AUX.test(tree.low[i - 1]);
  const left = named.filter((x) => x.tok < i && i - x.tok <= 10);
  const right = named.filter((x) => x.tok > tok || (x.tok > i && x.tok !== tok));
  const swap = trig.swap || lv?.swap;
  type Ref = { e: Entity; tok: number } | undefined;
  // "X ... and met Y": a coordinated verb shares the clause's first subject
  let prev = i - 1;
  while (prev > from && tree.low[prev].endsWith('ly')) prev--;
  const coordinated = prev >= from && (tree.low[prev] === 'and' || tree.low[prev] === 'but');
  const sentStart = doc.sentences[doc.tokens[i].sent].tokenStart;
  let a: Ref = passive ? undefined : coordinated ? (from === sentStart ? named.find((x) => x.tok < i) : undefined) : left[left.length - 1];
  if (passive) a = right.find((x) => prepBefore(tree, x.tok, from) === 'by');
  const trigTok = tok;
  const targetOk = (x: { e: Entity; tok: number }): boolean => {
    if (trig!.place) return PLACE.has(x.e.type);
    const p = prepBefore(tree, x.tok, from);
    if (x.tok - trigTok <= 3 && !/^(in|on|at|during|of|from|by|since|after|before)$/.test(p)) return true; // direct object
    if (trig!.type === 'AID') return p === 'to' || p === 'for' || ((p === 'support' || p === 'help' || p === 'assist') && tree.low[x.tok - 2] === 'to');
    return trig!.tp.includes(p) || (lv !== undefined && ['to', 'with', 'against', 'on', 'for'].includes(p));
  };
  let t: Ref = right.find((x) => x !== a && targetOk(x));
  if (pos === 'N' && !lv) {
    // noun: "Russia's attack on Kyiv", "the refusal of the Kremlin", "an EU demand"
    const of = right.find((x) => x.tok <= i + 4 && /^(of|by|from)$/.test(prepBefore(tree, x.tok, from)));
    if (of) { a = of; t = right.find((x) => x !== of && targetOk(x)); }
    else if (!(left.length && left[left.length - 1].tok >= i - 3)) a = undefined;
  }
  // "Russia demands that Ukraine cede ...": the target is the subject of the demanded clause
  if (trig.ccompT && !t && to < doc.sentences[d.sent].tokenEnd && tree.low[to] === 'that') {
    for (let k = to + 1; k < Math.min(to + 4, doc.sentences[d.sent].tokenEnd); k++) {
      const e = entityAt(doc, k);
      if (e) { t = { e, tok: k }; break; }
    }
  }
  if (trig.mutual && a && !t) {
    const before = left[left.length - 2];
    if (before && tree.low[a.tok - 1] === 'and') { t = a; a = before; }
  }
  if (swap) [a, t] = [t, a];
  // "we received weapons": the recipient is known, the donor may stay unnamed
  if (swap && !a && t && trig.type === 'AID') d.trig = { ...trig, anyA: true };
  if (a) setActor(d, a);
  if (t) setTarget(d, t);
  if (trig.place && d.target) { d.location = d.target; d.locationTok = d.targetTok; }
  else {
    const loc = named.find((x) => x.tok > i && PLACE.has(x.e.type) && x !== a && x !== t && /^(in|at)$/.test(prepBefore(tree, x.tok, from)));
    if (loc) { d.location = loc.e; d.locationTok = loc.tok; }
  }
  d.modality = fallbackModality(tree, i, from, d.headline);
  d.tense = tenseOf(tree, i);
  const sp = doc.sentences[d.sent];
  d.span = d.headline ? [sp.start, sp.end] : [doc.tokens[from].start, doc.tokens[to - 1].end];
  for (let k = from; k < to && !d.date; k++) if (ctx.timexAt[k] >= 0 && usableDate(doc.timexes[ctx.timexAt[k]])) d.date = doc.timexes[ctx.timexAt[k]];
  if (trig.absorb) for (let k = i + 1; k < to; k++) ctx.absorbed[k] = 1;
  if (!d.actor) {
    if (d.money && (trig.type === 'AID' || trig.type === 'AGREE' || trig.type === 'COOPERATE')) d.orphan = true;
    else if (!d.trig.anyA) return undefined;
  }
  if (trig.needT && !d.target) return undefined;
  if (!pledgeNounGate(d)) return undefined;
  if (d.actor && d.target && d.actor.id === d.target.id) return undefined;
  return finishCommon(ctx, d) ? d : undefined;
}
