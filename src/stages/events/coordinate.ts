/**
 * Coordinated participants: "met A and B", "appealed to the UN and the Red Cross" give one
 * record per party; lists the parser did not coordinate are read left to right.
 */
import type { Entity, PloverType } from '../../model/types.js';
import { entityAt, mentionAt } from './adapter.js';
import { baseRel, caseOf, CLAUSAL, coarsePos, subtree } from './tree.js';
import { ENTITY_KINDS, type Ctx, type Draft } from './draft.js';
import { demonymOf, npEntity, type Ref } from './participants.js';

/** Meetings and calls are dyadic: each party met is its own encounter (and its own record). */
export const DYADIC = new Set<PloverType>(['CONSULT']);

/**
 * The entities coordinated with the participant at token `tok` of draft `d`: conjuncts of each
 * nominal on the way up from the name to the predicate. "President of France Emanuel Macron",
 * which a parser may split into two conjuncts, is one party: adjacent conjuncts with no comma or
 * conjunction between them count once, a person before a place.
 */
export function conjunctsOf(ctx: Ctx, d: Draft, tok: number, not: Set<string>): { e: Entity; tok: number }[] {
  const { doc, tree } = ctx;
  const nominal = (k: number) => /^(NOUN|PROPN|PRON|ADJ)$/.test(doc.tokens[k].upos ?? '');
  const conj: number[] = [];
  const conjKids = (i: number) => {
    for (const k of tree.kids[i]) if (baseRel(doc.tokens[k]) === 'conj' && nominal(k) && !conj.includes(k)) conj.push(k);
  };
  let cur = tok;
  let top = -1;
  for (let n = 0; n < 5 && cur >= 0 && cur !== d.pred && cur !== d.tok; n++) {
    conjKids(cur);
    const t = doc.tokens[cur];
    top = cur;
    if (CLAUSAL.has(baseRel(t)) && baseRel(t) !== 'conj') break;
    cur = t.head ?? -1;
  }
  // "talks with A, B, the leaders of C and D": list items a parser hung on the event noun as
  // appositions of it
  if (top >= 0 && (cur === d.tok || cur === d.pred) && coarsePos(tree, cur) === 'N') {
    for (const k of tree.kids[cur]) if (k > top && baseRel(doc.tokens[k]) === 'appos' && nominal(k) && !conj.includes(k)) conj.push(k);
  }
  if (!conj.length) return [];
  // conjuncts inside a list item ("the Prime Ministers of the Czech Republic and Slovakia")
  for (let j = 0; j < conj.length && j < 20; j++) {
    conjKids(conj[j]);
    for (const k of tree.kids[conj[j]]) if (baseRel(doc.tokens[k]) === 'nmod' && caseOf(tree, k) === 'of') conjKids(k);
  }
  conj.sort((a, b) => a - b);
  const out: { e: Entity; tok: number; from: number; to: number }[] = [];
  for (const k of conj) {
    // "and German Chancellor Gerhard Schroeder" hung on the demonym: the person, not the country
    const m = mentionAt(doc, k);
    let r: Ref | undefined;
    if (m && (m.kind === 'demonym' || m.type === 'NORP')) {
      for (const j of tree.kids[k]) {
        if (!/^(flat|appos|compound)$/.test(baseRel(doc.tokens[j]))) continue;
        const pe = entityAt(doc, j);
        if (pe && (pe.type === 'PERSON' || pe.type === 'ORG')) { r = { e: pe, tok: j }; break; }
      }
    }
    r = r ?? npEntity(ctx, k) ?? demonymOf(ctx, k);
    if (!r || r.e.type === 'NORP') continue;
    const toks = subtree(tree, k, CLAUSAL);
    const from = Math.min(...toks);
    const to = Math.max(...toks);
    const prev = out[out.length - 1];
    // adjacent, nothing between: one phrase the parser cut in two
    if (prev && from === prev.to + 1 && !/^(,|and|or|;)$/.test(tree.low[from])) {
      if (r.e.type === 'PERSON' && prev.e.type !== 'PERSON') out[out.length - 1] = { ...r, from: prev.from, to };
      else prev.to = to;
      continue;
    }
    out.push({ ...r, from, to });
  }
  const res: { e: Entity; tok: number }[] = [];
  for (const x of out) {
    if (not.has(x.e.id)) continue;
    not.add(x.e.id);
    res.push({ e: x.e, tok: x.tok });
  }
  return res;
}

export const LIST_STOP = /^(who|which|that|whom|whose|where|about|on|over|to|for|in|at|during|after|before|because|when|while|as|but|regarding|concerning|including|;|:|\(|\)|"|“|”)$/;

/**
 * "I spoke with the President of Lithuania, Mr. Nausėda, Prime Minister of Israel Bennett and
 * Prime Minister of the United Kingdom Johnson": a list of partners that the parser did not
 * coordinate, read left to right after the first partner. Each item (cut at commas and "and")
 * is one party: its person, else its country or organisation. A person-only item next to a
 * place-only item across a comma is an apposition ("the President of Lithuania, Mr. Nausėda"),
 * the same party. Any verb, clause word or preposition other than "of" ends the list.
 */
export function listAfter(ctx: Ctx, d: Draft, not: Set<string>): { e: Entity; tok: number }[] {
  const { doc, tree } = ctx;
  if (d.targetTok === undefined || !d.target) return [];
  const s = doc.sentences[doc.tokens[d.targetTok].sent];
  const m0 = mentionAt(doc, d.targetTok);
  let k = m0 ? m0.tokenEnd : d.targetTok + 1;
  if (k >= s.tokenEnd || !/^(,|and)$/.test(tree.low[k])) return [];
  type Kind = 'person' | 'place' | 'both';
  let prevKind: Kind = d.target.type === 'PERSON' ? 'person' : 'place';
  const out: { e: Entity; tok: number }[] = [];
  let person: { e: Entity; tok: number } | undefined;
  let other: { e: Entity; tok: number } | undefined;
  let sep = tree.low[k];
  let words = 0;
  const close = (): boolean => {
    const party = person ?? other;
    // ", and": an empty stretch between two separators is no item
    if (!party) return words === 0;
    const kind: Kind = person && other ? 'both' : person ? 'person' : 'place';
    const appos = sep === ',' && ((kind === 'person' && prevKind === 'place') || (kind === 'place' && prevKind === 'person'));
    if (!appos && !not.has(party.e.id)) {
      not.add(party.e.id);
      out.push(party);
    }
    prevKind = appos ? 'both' : kind;
    person = undefined;
    other = undefined;
    words = 0;
    return true;
  };
  for (k = k + 1; k < s.tokenEnd; k++) {
    const w = tree.low[k];
    const m = mentionAt(doc, k);
    if (m) {
      const e = entityAt(doc, k);
      if (e && m.kind === 'name' && m.type !== 'NORP') {
        if (e.type === 'PERSON') person = person ?? { e, tok: k };
        else if (ENTITY_KINDS.has(e.type)) other = other ?? { e, tok: k };
      }
      k = Math.max(k, m.tokenEnd - 1);
      words++;
      continue;
    }
    if (w === ',' || w === 'and') {
      if (!close()) return out;
      sep = w;
      continue;
    }
    // a name right before a verb is that verb's subject, no list item ("..., Biden said")
    if (coarsePos(tree, k) === 'V') return out;
    if (w === '.' || LIST_STOP.test(w) || (doc.tokens[k].upos === 'ADP' && w !== 'of')) break;
    // a long stretch with no name is no list item ("and discussed the humanitarian situation")
    if (++words > 6) return out;
  }
  close();
  return out;
}

/** One draft per dyad for meetings; a list of further parties on the one record otherwise. */
export function coordinate(ctx: Ctx, d: Draft): Draft[] {
  const seen = new Set<string>();
  if (d.actor) seen.add(d.actor.id);
  if (d.target) seen.add(d.target.id);
  let targets = d.target && d.targetTok !== undefined ? conjunctsOf(ctx, d, d.targetTok, seen) : [];
  if (!targets.length && DYADIC.has(d.type)) targets = listAfter(ctx, d, seen);
  // "spoke with A, B, Rutte, Mrs. von der Leyen, President of the United States Biden": the
  // parser coordinated the first items only; the list goes on after the last conjunct
  else if (DYADIC.has(d.type)) {
    const last = targets[targets.length - 1]!;
    if (last.tok > (d.targetTok ?? -1)) targets.push(...listAfter(ctx, { ...d, target: last.e, targetTok: last.tok }, seen));
  }
  // a mutual event already reads "A and B met" as A with B
  const actors = d.actor && d.actorTok !== undefined && !(d.trig.mutual && d.target && d.targetTok !== undefined && isConjOf(ctx, d.targetTok, d.actorTok))
    ? conjunctsOf(ctx, d, d.actorTok, seen) : [];
  if (d.actorPartner && !seen.has(d.actorPartner.id)) actors.push({ e: d.actorPartner, tok: d.actorTok ?? d.tok });
  if (!targets.length && !actors.length) return [d];
  if (!DYADIC.has(d.type)) {
    if (targets.length) d.moreTargets = targets;
    if (actors.length) d.moreActors = actors;
    return [d];
  }
  const out: Draft[] = [d];
  // each encounter's mention reaches its own party's name
  const reach = (x: Draft, tok: number): [number, number] => {
    const m = mentionAt(ctx.doc, tok);
    const t = ctx.doc.tokens[tok];
    return [Math.min(x.span[0], m ? m.start : t.start), Math.max(x.span[1], m ? m.end : t.end)];
  };
  for (const t of targets) out.push({ ...d, target: t.e, targetTok: t.tok, span: reach(d, t.tok) });
  for (const a of actors) for (const x of out.slice()) if (x.actor === d.actor) out.push({ ...x, actor: a.e, actorTok: a.tok, span: reach(x, a.tok) });
  return out;
}

/** Is token b a conjunct (of a conjunct) of a? */
export function isConjOf(ctx: Ctx, b: number, a: number): boolean {
  let cur = b;
  for (let n = 0; n < 6 && cur >= 0; n++) {
    const t = ctx.doc.tokens[cur];
    if (t.head === undefined || t.head < 0) return false;
    if (t.head === a && baseRel(t) === 'conj') return true;
    cur = t.head;
  }
  return false;
}
