/**
 * From tokens, parse and entity mentions to event drafts: one per predicate that the lexicon
 * knows, with its participants read off the dependency tree (UD labels). When the document has
 * no parse, a proximity fallback (nearest entity left of the trigger in the same clause as the
 * actor, right as the target) stands in.
 */
import type { Document, Entity, EntityType, MoneyExpr, Modality, PloverType, TimeExpr } from '../../model/types.js';
import { countryIndex } from '../../kb/countries.js';
import { countryOf, docAdversary, docVoice, entityAt, groupEntity, mentionAt } from './adapter.js';
import { AID_MODE, CATEGORY_WORDS, type AidCategory, type Lexicon, type LightVerb, type PledgeStatus, type Trigger } from './lexicon.js';
import { modalityOf, fallbackModality } from './modality.js';
import {
  baseRel, buildTree, caseOf, clauseWindow, CLAUSAL, coarsePos, firstKid, kidsWith, lemmaOf, lemmasOf, markOf, rel,
  subtree, tenseOf, type Tree,
} from './tree.js';

export interface Draft {
  type: PloverType;
  mode?: string;
  trig: Trigger;
  /** The word naming the event. */
  tok: number;
  /** The predicate whose clause tells it (the verb, the support verb, or the noun itself). */
  pred: number;
  actor?: Entity;
  actorTok?: number;
  target?: Entity;
  targetTok?: number;
  /** Further coordinated recipients ("appealed to the UN and the Red Cross"), after `target`. */
  moreTargets?: { e: Entity; tok: number }[];
  /** Further coordinated actors ("the US and the EU imposed ..."), after `actor`. */
  moreActors?: { e: Entity; tok: number }[];
  /** The other of a pair the actor phrase names ("both sides", "the two countries"). */
  actorPartner?: Entity;
  location?: Entity;
  locationTok?: number;
  money?: MoneyExpr;
  date?: TimeExpr;
  status?: PledgeStatus;
  category?: AidCategory;
  modality: Modality;
  /** [start, end) original offsets of the clause that tells it. */
  span: [number, number];
  sent: number;
  headline: boolean;
  tense: 'past' | 'present' | 'other';
  /** Noun mention with money but no actor: only kept when it repeats a resolved event. */
  orphan: boolean;
  /** Violence told in the passive with its victim but no doer ("nine soldiers were killed"). */
  unattributed?: boolean;
  confidence: number;
}

interface Ctx {
  doc: Document;
  tree: Tree;
  lex: Lexicon;
  absorbed: Uint8Array;
  consumed: Uint8Array;
  /** token -> index into doc.money / doc.timexes, -1 for none */
  moneyAt: Int32Array;
  timexAt: Int32Array;
  /** token -> candidate triggers */
  verbTrig: (Trigger[] | undefined)[];
  nounTrig: (Trigger[] | undefined)[];
  light: (LightVerb | undefined)[];
}

/** Nouns whose "of X" / demonym names who acts (the government of X, Russian troops). */
const AGENT_NOUNS = new Set([
  'government', 'leader', 'leadership', 'president', 'minister', 'ministry', 'army', 'force', 'troop', 'military',
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'head', 'chief', 'parliament', 'delegation',
  'embassy', 'authority', 'representative', 'envoy', 'ambassador', 'diplomat', 'administration', 'cabinet',
  'legislator', 'lawmaker', 'soldier', 'navy', 'police', 'premier', 'chancellor', 'foreign', 'side', 'negotiator',
  'missile', 'drone', 'jet', 'warplane', 'artillery', 'unit', 'regime', 'state', 'court', 'prosecutor', 'agency',
  'council', 'commission', 'general', 'commander', 'counterpart', 'team', 'mission', 'office', 'service',
  'helicopter', 'tank', 'aircraft', 'plane', 'bomber', 'warplane', 'gunboat', 'ship', 'vessel', 'militant',
  'rebel', 'insurgent', 'fighter', 'guerrilla', 'separatist', 'settler', 'activist', 'protester',
  'demonstrator', 'student', 'worker', 'farmer', 'union', 'party', 'group', 'movement', 'newspaper',
  'ministry', 'parliament', 'congress', 'senate', 'assembly', 'court', 'judge', 'prosecutor', 'security',
  'intelligence', 'guard', 'border', 'coast', 'opposition', 'minister', 'prime', 'king', 'leader', 'elder',
  // what was fired names who fired it ("killed by a Russian projectile")
  'projectile', 'shell', 'bomb', 'rocket', 'bullet', 'grenade', 'mortar', 'occupier', 'invader', 'peacekeeper', 'sniper',
]);

/** A noun for a body of people or a weapon that acts for someone ("troops", "the ministry"). */
function isAgentNoun(tree: Tree, i: number): boolean {
  const low = tree.low[i];
  return AGENT_NOUNS.has(lemmaOf(tree, i)) || AGENT_NOUNS.has(low) || (/s$/.test(low) && AGENT_NOUNS.has(low.slice(0, -1)));
}

/** Verbs through which a noun event's actor is their subject (he spoke at a conference with X). */
const MEETING = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

/** Is token i inside a quotation (an odd number of quote marks before it in its sentence)? */
function quotedTok(ctx: Ctx, i: number): boolean {
  const s = ctx.doc.sentences[ctx.doc.tokens[i].sent];
  let q = 0;
  for (let k = s.tokenStart; k < i; k++) if (/^["“”«»]$/.test(ctx.doc.tokens[k].form)) q++;
  return q % 2 === 1;
}

const PARTICIPATE = new Set(['attend', 'join', 'participate', 'take', 'speak', 'address', 'chair', 'lead', 'have', 'hold', 'co-host', 'put', 'place', 'keep']);

const ENTITY_KINDS = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC']);
const PLACE = new Set<EntityType>(['GPE', 'LOC']);

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

// ---------------------------------------------------------------------------------------------
// Coordinated participants: "met A and B", "appealed to the UN and the Red Cross"

/** Meetings and calls are dyadic: each party met is its own encounter (and its own record). */
const DYADIC = new Set<PloverType>(['CONSULT']);

/**
 * The entities coordinated with the participant at token `tok` of draft `d`: conjuncts of each
 * nominal on the way up from the name to the predicate. "President of France Emanuel Macron",
 * which a parser may split into two conjuncts, is one party: adjacent conjuncts with no comma or
 * conjunction between them count once, a person before a place.
 */
function conjunctsOf(ctx: Ctx, d: Draft, tok: number, not: Set<string>): { e: Entity; tok: number }[] {
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

const LIST_STOP = /^(who|which|that|whom|whose|where|about|on|over|to|for|in|at|during|after|before|because|when|while|as|but|regarding|concerning|including|;|:|\(|\)|"|“|”)$/;

/**
 * "I spoke with the President of Lithuania, Mr. Nausėda, Prime Minister of Israel Bennett and
 * Prime Minister of the United Kingdom Johnson": a list of partners that the parser did not
 * coordinate, read left to right after the first partner. Each item (cut at commas and "and")
 * is one party: its person, else its country or organisation. A person-only item next to a
 * place-only item across a comma is an apposition ("the President of Lithuania, Mr. Nausėda"),
 * the same party. Any verb, clause word or preposition other than "of" ends the list.
 */
function listAfter(ctx: Ctx, d: Draft, not: Set<string>): { e: Entity; tok: number }[] {
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
    if (w === '.' || coarsePos(tree, k) === 'V' || LIST_STOP.test(w) || (doc.tokens[k].upos === 'ADP' && w !== 'of')) break;
    // a long stretch with no name is no list item ("and discussed the humanitarian situation")
    if (++words > 6) return out;
  }
  close();
  return out;
}

/** One draft per dyad for meetings; a list of further parties on the one record otherwise. */
function coordinate(ctx: Ctx, d: Draft): Draft[] {
  const seen = new Set<string>();
  if (d.actor) seen.add(d.actor.id);
  if (d.target) seen.add(d.target.id);
  let targets = d.target && d.targetTok !== undefined ? conjunctsOf(ctx, d, d.targetTok, seen) : [];
  if (!targets.length && DYADIC.has(d.type)) targets = listAfter(ctx, d, seen);
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
function isConjOf(ctx: Ctx, b: number, a: number): boolean {
  let cur = b;
  for (let n = 0; n < 6 && cur >= 0; n++) {
    const t = ctx.doc.tokens[cur];
    if (t.head === undefined || t.head < 0) return false;
    if (t.head === a && baseRel(t) === 'conj') return true;
    cur = t.head;
  }
  return false;
}

const NOMINAL_RELS = new Set(['amod', 'nmod', 'compound', 'obj', 'obl', 'nsubj', 'appos', 'flat', 'det', 'case', 'iobj']);

function brokenVerb(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return t.upos === 'VERB' && /^VB[DZP]$/.test(t.xpos ?? 'VBD') && NOMINAL_RELS.has(baseRel(t));
}

/** token -> index of the span (money, timex) that overlaps it (one sweep over sorted spans). */
function spanIndex(doc: Document, spans: { start: number; end: number }[]): Int32Array {
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

function markCandidate(ctx: Ctx, i: number): boolean {
  const { tree, lex } = ctx;
  const pos = coarsePos(tree, i);
  if (pos === 'O') return false;
  const lemmas = lemmasOf(tree, i);
  if (pos === 'V') {
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

function modifierOnly(ctx: Ctx, i: number): boolean {
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
const THING_HEAD = new Set(['cry', 'slogan', 'song', 'worker', 'agency', 'organisation', 'organization', 'charity', 'group', 'helicopter',
  'aircraft', 'jet', 'dog', 'vote', 'force', 'squad', 'dealer', 'trade', 'industry', 'budget', 'minister', 'secretary', 'spokesman',
  'official', 'officer', 'committee', 'route', 'capability', 'submarine', 'boat', 'ship', 'vehicle', 'rifle', 'victim', 'survivor',
  'suspect', 'expert', 'convoy', 'flight', 'plane', 'team', 'website', 'leader', 'organiser', 'organizer']);

// ---------------------------------------------------------------------------------------------
// Participants

/** The entity a nominal names: itself, its name parts, an apposition, or who it stands for. */
type Ref = { e: Entity; tok: number; partner?: Entity };

function npEntity(ctx: Ctx, i: number, depth = 0): Ref | undefined {
  if (i < 0 || depth > 3) return undefined;
  const { doc, tree } = ctx;
  const low = tree.low[i];
  // A relative pronoun stands for the noun its clause modifies.
  if ((low === 'which' || low === 'who' || low === 'that') && baseRel(doc.tokens[i]).startsWith('nsubj')) {
    const clause = doc.tokens[i].head ?? -1;
    if (clause >= 0 && rel(doc.tokens[clause]) === 'acl:relcl') {
      const noun = doc.tokens[clause].head ?? -1;
      const r = npEntity(ctx, noun, depth + 1);
      if (r) return r;
      // "troops are terrorists who kill": the predicate noun's subject
      if (noun >= 0 && kidsWith(tree, noun, 'cop').length) return npEntity(ctx, kidsWith(tree, noun, 'nsubj')[0] ?? -1, depth + 1);
    }
    return undefined;
  }
  const e = entityAt(doc, i);
  if (e && ENTITY_KINDS.has(e.type)) return { e, tok: i };
  // name parts and appositions first ("the secretary general of NATO, Mark Rutte"); a person or
  // organisation beats a place ("London mayor Ken Livingstone" is Livingstone)
  let placePart: { e: Entity; tok: number } | undefined;
  for (const want of ['appos', 'flat', 'compound']) {
    for (const k of tree.kids[i]) {
      if (baseRel(doc.tokens[k]) !== want) continue;
      const ke = entityAt(doc, k);
      if (!ke || ke.type === 'NORP' || !ENTITY_KINDS.has(ke.type)) continue;
      if (ke.type === 'GPE' || ke.type === 'LOC') { placePart = placePart ?? { e: ke, tok: k }; continue; }
      return { e: ke, tok: k };
    }
  }
  if (placePart) return placePart;
  // "in particular the IAEA", "including NATO"
  for (const k of tree.kids[i]) {
    const r = baseRel(doc.tokens[k]);
    if (r === 'nmod' || r === 'appos') {
      const c = caseOf(tree, k);
      if (/^(in particular|including|such as|notably|especially|particularly)$/.test(c) || hasAdvmod(ctx, k, /^(particularly|notably|especially)$/)) {
        const ke = npEntity(ctx, k, depth + 1);
        if (ke) return ke;
      }
    }
  }
  const head = lemmaOf(tree, i);
  // "both sides", "the two countries": the pair the text has just named
  const pair = pairRef(ctx, i);
  if (pair) return pair;
  if (AGENT_NOUNS.has(head) || /s$/.test(low) && AGENT_NOUNS.has(low.slice(0, -1))) {
    for (const k of tree.kids[i]) {
      const r = rel(doc.tokens[k]);
      if (r === 'amod' || r === 'compound' || r === 'nmod:poss' || (r === 'nmod' && caseOf(tree, k) === 'of')) {
        let ke = entityAt(doc, k);
        // "President of France Emmanuel Macron" with the name hung on the country: the person
        if (ke && PLACE.has(ke.type) && r === 'nmod') {
          for (const j of tree.kids[k]) {
            if (!/^(flat|appos)$/.test(baseRel(doc.tokens[j]))) continue;
            const pe = entityAt(doc, j);
            if (pe?.type === 'PERSON') { ke = pe; break; }
          }
        }
        if (ke && ENTITY_KINDS.has(ke.type)) {
          // "the Ukrainian and Russian delegations": both sides in one phrase
          for (const j of tree.kids[k]) {
            if (baseRel(doc.tokens[j]) !== 'conj') continue;
            const je = entityAt(doc, j);
            if (je && je.id !== ke.id && ENTITY_KINDS.has(je.type)) return { e: ke, tok: k, partner: je };
          }
          return { e: ke, tok: k };
        }
        // "the foreign ministers of both countries"
        const kp = r === 'nmod' ? pairRef(ctx, k) : undefined;
        if (kp) return kp;
      }
    }
  }
  // "The other Russian legislators": a group stands for its country
  const g = groupEntity(doc, i);
  if (g) return { e: g, tok: i };
  // "the Prime Ministers of Spain and Denmark, two countries that ...": an apposition the parser
  // read as a predicate noun with its own subject; the subject names the party
  if (coarsePos(tree, i) === 'N' && !kidsWith(tree, i, 'cop').length) {
    const s = tree.kids[i].find((k) => baseRel(doc.tokens[k]) === 'nsubj' && k < i && /^(NOUN|PROPN)$/.test(doc.tokens[k].upos ?? ''));
    if (s !== undefined) {
      const r = npEntity(ctx, s, depth + 1);
      if (r) return r;
    }
  }
  // "the occupiers", "enemy aircraft": in a first-person war address, the other side
  const hostile = hostileRef(ctx, i);
  if (hostile) return hostile;
  return undefined;
}

const PAIR_NOUNS = new Set(['side', 'country', 'nation', 'government', 'state', 'leader', 'neighbour', 'neighbor', 'rival', 'party', 'power', 'capital', 'delegation', 'army', 'president', 'minister']);

/**
 * "Both sides agreed", "the two countries": a pair phrase stands for the last two parties the
 * text coordinated ("India and Pakistan"), within this and the six sentences before. The
 * first is the referent, the second its partner.
 */
function pairRef(ctx: Ctx, i: number): Ref | undefined {
  const { doc, tree } = ctx;
  const lem = lemmaOf(tree, i);
  if (!PAIR_NOUNS.has(lem) && !PAIR_NOUNS.has(tree.low[i].replace(/s$/, ''))) return undefined;
  const both = tree.kids[i].some((k) => tree.low[k] === 'both' || (tree.low[k] === 'two' && i > 0 && /^(the|both)$/.test(tree.low[k - 1] ?? '')));
  // "both sides of the Line of Control" are places, not parties
  if (!both || tree.kids[i].some((k) => baseRel(doc.tokens[k]) === 'nmod' && caseOf(tree, k) === 'of')) return undefined;
  const sent = doc.tokens[i].sent;
  const ms = doc.mentions.filter((m) => m.kind === 'name' && m.tokenEnd <= i && doc.tokens[m.tokenStart].sent >= sent - 6
    && (m.type === 'GPE' || m.type === 'ORG' || m.type === 'PERSON'));
  for (let j = ms.length - 1; j > 0; j--) {
    const b = ms[j];
    const a = ms[j - 1];
    if (a.type !== b.type) continue;
    // only "A and B" / "A, and B" between them
    const between = doc.tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.form.toLowerCase()).join(' ');
    if (between !== 'and' && between !== ', and' && between !== '&') continue;
    const ea = entityAt(doc, a.tokenStart);
    const eb = entityAt(doc, b.tokenStart);
    if (!ea || !eb || ea.id === eb.id) continue;
    // a pair of places is a pair of parties only when both are countries
    if (a.type === 'GPE' && (!isCountryOrCapital(ea) || !isCountryOrCapital(eb))) continue;
    return { e: ea, tok: i, partner: eb };
  }
  return undefined;
}

const HOSTILE = new Set(['enemy', 'occupier', 'invader', 'aggressor', 'occupant', 'attacker']);

function hostileRef(ctx: Ctx, i: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const head = lemmaOf(tree, i);
  let hostile = HOSTILE.has(head) || HOSTILE.has(tree.low[i].replace(/s$/, ''));
  if (!hostile && (AGENT_NOUNS.has(head) || AGENT_NOUNS.has(tree.low[i].replace(/s$/, '')))) {
    hostile = tree.kids[i].some((k) => /^(amod|compound)$/.test(baseRel(doc.tokens[k])) && HOSTILE.has(tree.low[k]));
  }
  if (!hostile) return undefined;
  const adv = docAdversary(doc);
  return adv ? { e: adv, tok: i } : undefined;
}

/**
 * Who did what a war address tells without a doer ("was killed in Kharkiv", "came under
 * fire"): harm to the other side is the voice's own deed, any other harm the other side's.
 */
function implicitParty(ctx: Ctx, d: Draft): Entity | undefined {
  const voice = docVoice(ctx.doc);
  const adv = docAdversary(ctx.doc);
  if (!voice || !adv) return undefined;
  if (d.target && (d.target.id === adv.id || countryOf(ctx.doc, d.target) === adv.name)) return voice;
  return adv;
}

/** Violence verbs that also tell of words ("attacked", "hit out", "slammed"). */
const VERBAL_TOO = new Set(['attack', 'hit', 'strike', 'slam', 'assault', 'target', 'blast', 'storm', 'raid']);

/** Nouns of one violent act ("destruction" is as often a figure of speech). */
const VIOLENT_ACT = new Set(['attack', 'bombing', 'strike', 'airstrike', 'air-strike', 'raid', 'shelling', 'massacre', 'killing', 'assault', 'ambush', 'bombardment', 'shootdown', 'incursion']);

/** Verbs under which a violent noun has not (yet) happened: "to prevent an attack in London". */
const NOT_FACT = new Set(['prevent', 'avert', 'fear', 'warn', 'threaten', 'plan', 'plot', 'risk', 'stop', 'avoid', 'deter', 'predict', 'expect',
  'urge', 'call', 'demand', 'consider', 'discuss', 'debate', 'oppose', 'reject', 'deny', 'rule', 'foil', 'thwart', 'face', 'imagine', 'order',
  'authorise', 'authorize', 'approve', 'back', 'support', 'justify', 'launch', 'threat', 'danger', 'risk', 'possibility', 'prospect']);

/**
 * "the attack on our land", "the shelling of Kharkiv" in a first-person war address: a violent
 * noun with no doer named is the other side's (or the voice's, when the other side was hit) when
 * it is one particular act (a determiner or a number), where or whom it hit is named, and nothing
 * frames it as feared, planned, prevented or reacted to. A report without a voice leaves such a
 * noun alone: "following the killing of a man" there is background whose doer the text withholds.
 */
function toldViolence(ctx: Ctx, d: Draft, n: number): void {
  const { doc, tree } = ctx;
  if (!docAdversary(doc)) return;
  if (!tree.parsed || !VIOLENT_ACT.has(lemmaOf(tree, n)) || !/^(asserted|historical)$/.test(modalityOf(tree, n, n))) return;
  const particular = tree.kids[n].some((k) => (baseRel(doc.tokens[k]) === 'det' && /^(the|a|an|this|that|yesterday's)$/.test(tree.low[k])) || baseRel(doc.tokens[k]) === 'nummod');
  if (!particular) return;
  let place: { e: Entity; tok: number } | undefined;
  for (const k of byCase(ctx, n, ['in', 'at'], ['nmod'])) {
    const r = npEntity(ctx, k);
    if (r && PLACE.has(r.e.type)) { place = r; break; }
  }
  if (!d.target && !place) return;
  // what governs the noun must tell of a fact, not a fear, a plan or a prevention
  for (let cur = n, steps = 0; steps < 3; steps++) {
    const h = doc.tokens[cur].head ?? -1;
    if (h < 0) break;
    if (NOT_FACT.has(lemmaOf(tree, h))) return;
    // "condemned the killing of X": the act reacted to is the reaction's content, not news
    if (ctx.verbTrig[h] || ctx.nounTrig[h]) return;
    if (coarsePos(tree, h) === 'V') {
      if (!/^(asserted|historical)$/.test(modalityOf(tree, h, h))) return;
      break;
    }
    cur = h;
  }
  if (place && !d.location) { d.location = place.e; d.locationTok = place.tok; }
  const p = implicitParty(ctx, d);
  if (p && (!d.target || p.id !== d.target.id)) d.actor = p;
}

const UNDER = new Set(['fire', 'attack', 'shelling', 'bombardment', 'bombing', 'assault', 'siege']);

/** "A column of civilians came under fire": violence whose victim is the subject. */
function underFire(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (let n = 0; n < doc.tokens.length; n++) {
    if (!UNDER.has(lemmaOf(tree, n)) || caseOf(tree, n) !== 'under' || ctx.absorbed[n]) continue;
    const v = doc.tokens[n].head ?? -1;
    if (v < 0 || !/^(come|be|remain|stay|fall)$/.test(lemmaOf(tree, v)) || baseRel(doc.tokens[n]) !== 'obl') continue;
    const sent = doc.sentences[doc.tokens[n].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    const trig: Trigger = { ...UNDER_TRIGGER, lemma: lemmaOf(tree, n) };
    const d = baseDraft(ctx, trig, n, v);
    const s = kidsWith(tree, v, 'nsubj')[0];
    const t = s === undefined ? undefined : npEntity(ctx, s) ?? demonymOf(ctx, s);
    if (t) setTarget(d, t);
    const a = byCase(ctx, n, ['from', 'by'], ['nmod']).map((k) => npEntity(ctx, k)).find((x) => x);
    if (a) setActor(d, a);
    else {
      const p = implicitParty(ctx, d);
      if (p) d.actor = p;
      else if (d.target) d.unattributed = true;
    }
    if (!d.actor && !d.unattributed) continue;
    ctx.consumed[n] = 1;
    const fin = finishOrDrop(ctx, d, v);
    if (fin) out.push(fin);
  }
  return out;
}

const UNDER_TRIGGER: Trigger = {
  type: 'ASSAULT', pos: 'N', lemma: 'fire', tp: [], needT: false, anyA: false, mutual: false, absorb: false,
  swap: false, place: false, ccompT: false, lightOnly: false, weight: 0.9,
};

function hasAdvmod(ctx: Ctx, i: number, re: RegExp): boolean {
  for (const k of ctx.tree.kids[i]) if (baseRel(ctx.doc.tokens[k]) === 'advmod' && re.test(ctx.tree.low[k])) return true;
  return false;
}

const PRONOUN = /^(he|she|it|they|him|her|them)$/;
const OBJ_CONTROL = new Set(['see', 'watch', 'hear', 'witness', 'notice', 'observe', 'ask', 'urge', 'tell', 'order', 'force', 'persuade', 'allow', 'invite', 'encourage', 'call', 'press', 'help', 'enable', 'require', 'authorize', 'authorise', 'instruct', 'advise', 'permit', 'compel', 'oblige', 'pressure', 'pressurise', 'lead', 'get', 'want', 'expect', 'appeal', 'implore', 'beg', 'prompt', 'convince']);

/** The subject of a verb: its own, or the one it shares (conjuncts, control, relative clauses). */
function subjectOf(ctx: Ctx, v: number, depth = 0): number {
  const { doc, tree } = ctx;
  if (v < 0 || depth > 6) return -1;
  // "London mayor Ken Livingstone refused" cut into two subjects: a person or organisation
  // among them is the head ("Ken Livingstone"), a place before it its modifier; else the first
  let first = -1;
  let agent = -1;
  for (const k of tree.kids[v]) {
    const r = rel(doc.tokens[k]);
    if (r !== 'nsubj' && r !== 'nsubj:pass' && r !== 'nsubj:outer') continue;
    if (first < 0) first = k;
    const e = entityAt(doc, k);
    if (e && (e.type === 'PERSON' || e.type === 'ORG') && (agent < 0 || (k < v && k > agent))) agent = k;
  }
  if (first >= 0) return agent >= 0 ? agent : first;
  const t = doc.tokens[v];
  // "as the Foreign Secretary Jack Straw arrives": a subordinator read as a preposition on the
  // noun right before the verb; that noun is the verb's subject
  const before = v - 1;
  if (before >= 0 && /^(NOUN|PROPN)$/.test(doc.tokens[before].upos ?? '') && baseRel(doc.tokens[before]) === 'obl'
    && /^(as|while|when|after|before|until|once|since)$/.test(caseOf(tree, before)) && /^VB[ZPD]$/.test(t.xpos ?? '')) return before;
  const h = t.head ?? -1;
  if (h < 0) return -1;
  const r = rel(t);
  const b = baseRel(t);
  if (b === 'xcomp') {
    // object control ("urged Israel to halt") only for verbs that pass control to their object
    const o = OBJ_CONTROL.has(lemmaOf(tree, h)) ? firstKid(tree, h, 'obj') : -1;
    return o >= 0 ? o : subjectOf(ctx, h, depth + 1);
  }
  if (b === 'conj') return subjectOf(ctx, h, depth + 1);
  if (r === 'acl:relcl') return h;
  // "Mr Straw, visiting Beijing, noted ...": a present participle on a noun is that noun's act
  // ("was in India visiting the shrine": a participle on a prepositional phrase is the clause's)
  if (r === 'acl' && t.xpos === 'VBG' && coarsePos(tree, h) === 'N') return caseOf(tree, h) ? subjectOf(ctx, h, depth + 1) : h;
  if (b === 'advcl') {
    const m = markOf(tree, v);
    // "Williams has since criticised" misread as "has" + a since-clause: the participle is the
    // clause's own verb
    if (m === 'since' && ctx.doc.tokens[v].xpos === 'VBN' && lemmaOf(tree, h) === 'have' && v - h <= 3 && v > h) return subjectOf(ctx, h, depth + 1);
    // "convinced all countries to disconnect X": a to-clause under an object-control verb (that
    // the parser called advcl) is done by the object
    const o = m === 'to' && OBJ_CONTROL.has(lemmaOf(tree, h)) ? firstKid(tree, h, 'obj') : -1;
    if (o >= 0) return o;
    // "retaliated by firing": the means clause shares the subject
    if (m === 'to' || (m === '' || m === 'by') && /ing$/.test(tree.low[v])) return subjectOf(ctx, h, depth + 1);
  }
  return -1;
}

const ACCUSE_OF = new Set(['accuse', 'suspect', 'convict', 'charge']);

function isPassive(ctx: Ctx, v: number): boolean {
  let aux = false;
  for (const k of ctx.tree.kids[v]) {
    const r = rel(ctx.doc.tokens[k]);
    if (r === 'aux:pass' || r === 'nsubj:pass') return true;
    if (r === 'aux' || r === 'obj') aux = true; // an object means the headline verb is active
  }
  // headlinese drops the auxiliary: "Cherie accused of attacking Bush", "UK urged to act"
  const t = ctx.doc.tokens[v];
  // "the school bombed by Russia", "the president accused of Nazism": a past participle on a noun
  // (not when a noun phrase follows at once: "bulldozers demolished Palestinian homes" is a
  // main verb the parser hung on its subject)
  if (rel(t) === 'acl' && t.xpos === 'VBN' && !/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(ctx.doc.tokens[v + 1]?.upos ?? '')) return true;
  // "The President accused in Moscow of Nazism spoke": an accusing verb with no object but an
  // of-phrase is passive, whatever the parser made of it
  if (!aux && lemmasOf(ctx.tree, v).some((l) => ACCUSE_OF.has(l)) && /^(ADP|SCONJ)$/.test(ctx.doc.tokens[v + 1]?.upos ?? '') && !kidsWith(ctx.tree, v, 'obj').length && !kidsWith(ctx.tree, v, 'ccomp').length
    && ctx.tree.kids[v].some((k) => (baseRel(ctx.doc.tokens[k]) === 'obl' && caseOf(ctx.tree, k) === 'of') || (baseRel(ctx.doc.tokens[k]) === 'advcl' && markOf(ctx.tree, k) === 'of'))) return true;
  if (!aux && reducedRelative(ctx, v)) return true;
  if (!aux && t.xpos === 'VBN' && ctx.doc.sentences[t.sent]?.kind === 'headline') return true;
  // "Straw attacked on China arms", "Labour attacked over poster": a headline -ed verb with no
  // object before a preposition is the passive whatever tag it got
  return !aux && t.xpos === 'VBD' && /ed$/.test(ctx.tree.low[v]) && ctx.doc.sentences[t.sent]?.kind === 'headline'
    && !kidsWith(ctx.tree, v, 'obj').length && /^(on|over|for|by|after|amid|in|of)$/.test(ctx.tree.low[v + 1] ?? '');
}

/**
 * "freed the aid worker X, kidnapped in Iraq": a participle after a comma and a noun that the
 * parser hung as a conjunct without any conjunction, subject or object is a reduced relative
 * clause, passive; the clause's doer is not the sentence's subject.
 */
function reducedRelative(ctx: Ctx, v: number): boolean {
  const { doc, tree } = ctx;
  const t = doc.tokens[v];
  if (baseRel(t) !== 'conj' || !/(ed|en)$/.test(tree.low[v]) || (t.xpos !== 'VBD' && t.xpos !== 'VBN')) return false;
  if (v < 2 || tree.low[v - 1] !== ',' || (doc.tokens[v - 2].upos !== 'PROPN' && doc.tokens[v - 2].upos !== 'NOUN')) return false;
  if (doc.tokens[v - 2].sent !== t.sent) return false;
  for (const k of tree.kids[v]) {
    const b = baseRel(doc.tokens[k]);
    if (b === 'cc' || b === 'obj' || b.startsWith('nsubj') || b === 'aux') return false;
  }
  return true;
}

/** The agent of a verb: its subject, or the by-phrase of a passive. */
function agentOf(ctx: Ctx, v: number): number {
  if (isPassive(ctx, v)) {
    for (const k of ctx.tree.kids[v]) {
      const t = ctx.doc.tokens[k];
      if (rel(t) === 'obl:agent' || (baseRel(t) === 'obl' && caseOf(ctx.tree, k) === 'by')) return k;
    }
    // "welcomed at the time by Beijing": a by-phrase the parser hung on a time or manner oblique
    for (const k of ctx.tree.kids[v]) {
      if (baseRel(ctx.doc.tokens[k]) !== 'obl') continue;
      for (const j of ctx.tree.kids[k]) if (baseRel(ctx.doc.tokens[j]) === 'nmod' && caseOf(ctx.tree, j) === 'by' && j > k) return j;
    }
    // a passive conjunct shares the first conjunct's subject only when that one is active
    return -1;
  }
  const s = subjectOf(ctx, v);
  if (s >= 0 && rel(ctx.doc.tokens[s]) === 'nsubj:pass' && ctx.doc.tokens[s].head === v) return -1;
  return s;
}

/** Resolve a subject token to an entity, preferring the matrix subject for a bare pronoun. */
function resolveAgent(ctx: Ctx, s: number, v: number): { e: Entity; tok: number } | undefined {
  if (s < 0) return undefined;
  const { doc, tree } = ctx;
  // The reported clause's pronoun is the speaker even when the linker chose a nearer name
  // (not inside a quotation, where the speaker is "I": "'that he is coming,' said Blair").
  if (PRONOUN.test(tree.low[s]) && !quotedTok(ctx, s)) {
    // "X insisted it would not ...": the reported clause's pronoun is the speaker
    let cur = v;
    for (let n = 0; n < 4 && cur >= 0; n++) {
      const t = doc.tokens[cur];
      if (baseRel(t) !== 'ccomp' || t.head === undefined || t.head < 0) break;
      const ms = subjectOf(ctx, t.head);
      const r = ms >= 0 && !PRONOUN.test(tree.low[ms]) ? npEntity(ctx, ms) : undefined;
      if (r) {
        const pron = tree.low[s];
        const person = r.e.type === 'PERSON';
        if ((person && /^(he|she|him|her)$/.test(pron)) || (!person && /^(it|they|them)$/.test(pron))) return r;
      }
      cur = t.head;
    }
  }
  const r = npEntity(ctx, s);
  if (r) return r;
  // Coordinated subject whose first conjunct is not an entity ("human rights groups and the
  // Conservatives"): the first named conjunct
  return conjEntity(ctx, s);
}

/** Conjunct entity of a nominal (the B of "A and B"). */
function conjEntity(ctx: Ctx, i: number): { e: Entity; tok: number } | undefined {
  for (const k of ctx.tree.kids[i]) {
    if (baseRel(ctx.doc.tokens[k]) !== 'conj') continue;
    const r = npEntity(ctx, k);
    if (r) return r;
  }
  return undefined;
}

/** Nominal dependents of i (obl for verbs, nmod for nouns) with one of the given prepositions. */
function byCase(ctx: Ctx, i: number, preps: string[], rels = ['obl', 'nmod']): number[] {
  const out: number[] = [];
  if (!preps.length) return out;
  for (const k of ctx.tree.kids[i]) {
    const t = ctx.doc.tokens[k];
    if (!rels.includes(baseRel(t))) continue;
    const c = caseOf(ctx.tree, k);
    if (c && preps.includes(c.split(' ').pop()!)) out.push(k);
  }
  return out;
}

function firstEntity(ctx: Ctx, toks: number[], ok?: (e: Entity) => boolean): { e: Entity; tok: number } | undefined {
  for (const t of toks) {
    const r = npEntity(ctx, t) ?? demonymOf(ctx, t);
    if (r && (!ok || ok(r.e))) return r;
  }
  return undefined;
}

/**
 * Recipients named by their nationality: "struck Ukrainian cities", "sanctions on Russian banks"
 * (PLOVER records the country and a sector). Used for targets only, never for actors.
 */
function demonymOf(ctx: Ctx, i: number): { e: Entity; tok: number } | undefined {
  if (i < 0) return undefined;
  for (const k of ctx.tree.kids[i]) {
    const r = baseRel(ctx.doc.tokens[k]);
    if (r !== 'amod' && r !== 'compound') continue;
    const m = mentionAt(ctx.doc, k);
    if (!m || (m.kind !== 'demonym' && m.type !== 'NORP')) continue;
    const e = entityAt(ctx.doc, k);
    if (e) return { e, tok: k };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Drafts from the parse

const ABSORB_RELS = new Set(['ccomp', 'xcomp', 'obj', 'iobj', 'obl', 'nmod', 'acl', 'advcl']);

function absorbBelow(ctx: Ctx, i: number, rels: Set<string>): void {
  const { doc, tree } = ctx;
  for (const k of tree.kids[i]) {
    const t = doc.tokens[k];
    const b = baseRel(t);
    if (!rels.has(b) || rel(t) === 'acl:relcl') continue;
    // purpose and participle clauses of a promise or demand are its content; "if/when/after"
    // clauses are circumstances
    if (b === 'advcl' && markOf(tree, k) !== 'to' && markOf(tree, k) !== '') continue;
    for (const j of subtree(tree, k)) ctx.absorbed[j] = 1;
  }
}

/**
 * "signed a deal on China-UK tourism": a country named in what an agreement is about, other than
 * the signer's own, is its other party (countries only: "a deal on Gazprom exports" names none).
 */
function topicCountry(ctx: Ctx, n: number, actor?: Entity): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const own = actor ? countryOf(doc, actor) ?? actor.name : undefined;
  for (const k of byCase(ctx, n, ['on', 'over', 'about'], ['nmod'])) {
    for (const j of subtree(tree, k, CLAUSAL).sort((a, b) => a - b)) {
      const e = entityAt(doc, j);
      if (!e || e.type !== 'GPE' || !isCountryOrCapital(e)) continue;
      if (actor && (e.id === actor.id || (countryOf(doc, e) ?? e.name) === own)) continue;
      return { e, tok: j };
    }
  }
  return undefined;
}

/** "visited our Odesa today" (the place read as a modifier): a place name right after the verb, past a possessive. */
function placeAfter(ctx: Ctx, v: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const s = doc.sentences[doc.tokens[v].sent];
  let k = v + 1;
  while (k < s.tokenEnd && k <= v + 2 && /^(our|their|the|his|her|its)$/.test(tree.low[k])) k++;
  if (k >= s.tokenEnd) return undefined;
  const e = entityAt(doc, k);
  const m = mentionAt(doc, k);
  return e && PLACE.has(e.type) && m?.kind === 'name' ? { e, tok: k } : undefined;
}

/** Obliques after the verb with no preposition and no date: objects the parser misread. */
function bareObliques(ctx: Ctx, v: number): number[] {
  const { doc, tree } = ctx;
  return tree.kids[v].filter((k) => k > v && rel(doc.tokens[k]) === 'obl' && !caseOf(tree, k) && ctx.timexAt[k] < 0);
}

function objectsOf(ctx: Ctx, v: number): number[] {
  const out: number[] = [];
  const passive = isPassive(ctx, v);
  for (const k of ctx.tree.kids[v]) {
    const t = ctx.doc.tokens[k];
    const r = rel(t);
    if (r === 'obj' || (passive && (r === 'nsubj:pass' || r === 'nsubj'))) out.push(k);
    // a determiner or noun read as a clausal complement is the object, misparsed
    else if (r === 'xcomp' && t.upos !== 'VERB' && t.upos !== 'AUX' && t.upos !== 'ADJ') out.push(k);
  }
  // "the president accused of Nazism": the noun a participle hangs on is what it is done to
  const vt = ctx.doc.tokens[v];
  if (passive && rel(vt) === 'acl' && vt.xpos === 'VBN' && vt.head !== undefined && vt.head >= 0) out.push(vt.head);
  return out;
}

const COMMUNICATION = new Set(['proposal', 'plan', 'idea', 'bill', 'draft', 'scheme', 'option', 'request', 'demand', 'call', 'appeal', 'statement', 'report', 'speech', 'letter', 'comment', 'remark', 'briefing', 'interview', 'article', 'message', 'warning', 'question', 'note', 'document', 'paper', 'study', 'view', 'opinion', 'story', 'claim', 'news', 'update', 'announcement', 'communique', 'press', 'tweet', 'post', 'video', 'address']);

const GIVEN_NOT = new Set<PloverType>(['ASSAULT', 'COERCE', 'THREATEN', 'ACCUSE', 'PROTEST']);

/** Trigger nouns (and money) in an object region: BFS through nominal links, depth <= 3. */
function scanObject(ctx: Ctx, roots: number[], lv?: LightVerb): { nouns: { tok: number; trig: Trigger }[]; money: number } {
  const { doc, tree } = ctx;
  const nouns: { tok: number; trig: Trigger }[] = [];
  let money = -1;
  let frontier = roots.slice();
  for (let depth = 0; depth < 4 && frontier.length; depth++) {
    const next: number[] = [];
    for (const i of frontier) {
      if (money < 0 && ctx.moneyAt[i] >= 0) money = ctx.moneyAt[i];
      const nt = ctx.nounTrig[i];
      // weapons and troops are aid or a deployment only when sent, given or pledged
      let thing = nt && nt[0].lightOnly && (nt[0].type === 'AID' || nt[0].type === 'MOBILIZE') && !(lv?.pledge || lv?.lemma === 'send');
      // "air defence systems", not "banking systems"
      if (nt && nt[0].militaryOnly && !tree.kids[i].some((k) => /^(air|defence|defense|missile|rocket|artillery|weapon|weapons|patriot|radar|anti-aircraft|air-defence|air-defense)$/.test(tree.low[k]) || CATEGORY_WORDS[tree.low[k]] === 'military')) thing = true;
      // "gave the green light for bombing": one gives aid or a promise, never an attack; violence
      // below a giving verb is someone else's deed
      if (nt && depth > 0 && lv?.pledge && GIVEN_NOT.has(nt[0].type)) thing = true;
      // a stance noun is said of someone, never done ("providing a champion of ...")
      if (nt && nt[0].stance) thing = true;
      // "issued an alert" is no posture: "on alert" is
      if (nt && !caseOk(ctx, i, nt[0])) thing = true;
      if (nt && !thing && !ctx.absorbed[i] && !ctx.consumed[i] && coarsePos(tree, i) === 'N') nouns.push({ tok: i, trig: refineNoun(ctx, i, nt[0]) });
      // "a statement about the strike": a message's topic is not what the verb does
      if (COMMUNICATION.has(lemmaOf(tree, i))) continue;
      for (const k of tree.kids[i]) {
        const b = baseRel(doc.tokens[k]);
        if (b === 'nmod' && /^(about|over|regarding|concerning|against)$/.test(caseOf(tree, k))) continue;
        // obj/xcomp below a nominal only happen in misparses ("committed An additional $2 billion")
        const misparse = (b === 'obj' || b === 'xcomp') && doc.tokens[i].upos !== 'VERB' && doc.tokens[i].upos !== 'AUX';
        if (b === 'compound' || b === 'nmod' || b === 'conj' || b === 'appos' || b === 'nummod' || b === 'amod' || b === 'flat' || misparse) next.push(k);
      }
    }
    frontier = next;
  }
  // an event noun ("cooperation") names the event before a thing noun ("drone", "troops")
  nouns.sort((a, b) => Number(a.trig.lightOnly) - Number(b.trig.lightOnly));
  return { nouns, money };
}

/** Has the verb this particle ("cracked down")? */
function hasPrt(ctx: Ctx, v: number, prt: string): boolean {
  const { doc, tree } = ctx;
  if (!tree.parsed) return tree.low[v + 1] === prt;
  return tree.kids[v].some((k) => tree.low[k] === prt && (rel(doc.tokens[k]) === 'compound:prt' || (k === v + 1 && baseRel(doc.tokens[k]) === 'advmod')));
}

function pickVerbTrigger(ctx: Ctx, v: number, trigs0: Trigger[]): Trigger | undefined {
  const objs = objectsOf(ctx, v);
  const trigs = trigs0.filter((t) => (!t.prt || hasPrt(ctx, v, t.prt)) && (!t.needO || objs.length > 0));
  const constrained = trigs.filter((t) => t.obj);
  for (const t of constrained) {
    const spec = t.obj!;
    if (spec[0] === '-') { if (!objs.length) return t; continue; }
    if (spec[0] === '@any') { if (objs.length) return t; continue; }
    if (spec.includes('@entity') && objs.some((o) => npEntity(ctx, o))) return t;
    if (objs.some((o) => objLemmas(ctx, o).some((l) => spec.includes(l)))) return t;
    if (spec.includes('@person') && objs.some((o) => npEntity(ctx, o)?.e.type === 'PERSON')) return t;
  }
  return trigs.find((t) => !t.obj && !(t.notobj && objs.some((o) => lemmasOf(ctx.tree, o).some((l) => t.notobj!.includes(l)))));
}

/** A noun that counts only under some prepositions ("on alert") stands under one of them. */
function caseOk(ctx: Ctx, n: number, trig: Trigger): boolean {
  if (!trig.caseOnly) return true;
  const c = ctx.tree.parsed ? caseOf(ctx.tree, n) : prepBefore(ctx.tree, n, Math.max(0, n - 4));
  return trig.caseOnly.includes(c.split(' ').pop() ?? '');
}

/** Quantity heads whose "of" phrase names what is counted ("dozens of rounds"). */
const QUANTITY = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'number', 'score', 'scores', 'lot', 'lots', 'barrage', 'volley', 'salvo', 'series', 'wave', 'couple']);

/** The lemmas an object constraint reads: the object's, or the counted noun's after a quantity. */
function objLemmas(ctx: Ctx, o: number): string[] {
  const { doc, tree } = ctx;
  const own = lemmasOf(tree, o);
  if (!own.some((l) => QUANTITY.has(l))) return own;
  const out = own.slice();
  for (const k of tree.kids[o]) if (baseRel(doc.tokens[k]) === 'nmod' && caseOf(tree, k) === 'of') out.push(...lemmasOf(tree, k));
  return out;
}

function draftFromParse(ctx: Ctx, i: number): Draft | undefined {
  const { tree } = ctx;
  const pos = coarsePos(tree, i);
  if (pos === 'V') return verbDraft(ctx, i);
  const nt = ctx.nounTrig[i];
  if (!nt) return undefined;
  // a trigger bound to the next word ("calls for") wins when that word follows; else it never counts
  const next = tree.low[i + 1] ?? '';
  const found = nt.find((t) => !t.lightOnly && t.next?.includes(next)) ?? nt.find((t) => !t.lightOnly && !t.next);
  if (!found) return undefined;
  const trig = refineNoun(ctx, i, found);
  if (!caseOk(ctx, i, trig)) return undefined;
  if (trig.absorb) absorbBelow(ctx, i, new Set(['acl', 'nmod', 'ccomp', 'xcomp']));
  return nounDraft(ctx, i, trig);
}

const DENY = new Set(['deny', 'refute', 'dismiss', 'reject', 'rebut', 'disprove']);
const NO_COMMENT = new Set(['comment', 'say', 'speak', 'elaborate', 'answer', 'respond', 'confirm', 'discuss', 'specify', 'disclose', 'reveal', 'identify', 'name', 'give']);

function verbDraft(ctx: Ctx, v: number): Draft | undefined {
  const { doc, tree } = ctx;
  // what is denied ("Russia denied attacking the hospital") is not asserted by the text
  if (lemmasOf(tree, v).some((l) => DENY.has(l))) absorbBelow(ctx, v, new Set(['ccomp', 'xcomp', 'advcl']));
  // "declined to comment" is not a rejection of anything
  if (ctx.verbTrig[v]?.some((t) => t.type === 'REJECT') && kidsWith(tree, v, 'xcomp').some((x) => NO_COMMENT.has(lemmaOf(tree, x)))) {
    absorbBelow(ctx, v, new Set(['xcomp']));
    return undefined;
  }
  const lv = ctx.light[v];
  const own = ctx.verbTrig[v] ? pickVerbTrigger(ctx, v, ctx.verbTrig[v]!) : undefined;
  const objs = objectsOf(ctx, v);
  let agent = agentOf(ctx, v);
  let d: Draft | undefined;

  // "sent Mr Bush his congratulations" read as an oblique without a preposition: a second object
  const bare = lv ? bareObliques(ctx, v) : [];
  if (lv) {
    const scan = scanObject(ctx, [...objs, ...bare], lv);
    // the first object noun that yields an actor wins; else the first one
    let chosen: { tok: number; trig: Trigger } | undefined;
    for (const cand of scan.nouns) {
      if (!chosen) chosen = cand;
      if (agent >= 0 && resolveAgent(ctx, agent, v)) break;
      if (nounActor(ctx, cand.tok)) { chosen = cand; break; }
    }
    // money in the object and an aid noun among its words: the record is the pledge
    const aidNoun = scan.money >= 0 ? scan.nouns.find((x) => x.trig.type === 'AID') : undefined;
    if (aidNoun && chosen && chosen.trig.type !== 'AID' && chosen.trig.type !== 'COOPERATE') chosen = aidNoun;
    if (chosen) {
      for (const x of scan.nouns) ctx.consumed[x.tok] = 1;
      const trig = chosen.trig;
      d = baseDraft(ctx, trig, chosen.tok, v);
      d.status = lv.status ?? (trig.type === 'AID' ? 'committed' : undefined);
      if (lv.swap) {
        const from = byCase(ctx, v, ['from']);
        const a = firstEntity(ctx, from);
        const r = resolveAgent(ctx, agentOf(ctx, v), v);
        if (a) setActor(d, a);
        if (r) setTarget(d, r);
        if (!a && r && trig.type === 'AID') d.trig = { ...trig, anyA: true };
      } else {
        // "Russian missiles" were made in Russia, not given by it: thing nouns name no donor
        const a = resolveAgent(ctx, agent, v) ?? (trig.lightOnly ? undefined : nounActor(ctx, chosen.tok));
        if (a) setActor(d, a);
        const t = targetOfNoun(ctx, chosen.tok, trig) ?? firstEntity(ctx, byCase(ctx, v, uniq([...trig.tp, 'to', 'with', 'against', 'on', 'for'])))
          ?? firstEntity(ctx, kidsWith(tree, v, 'iobj')) ?? firstEntity(ctx, bare);
        if (t) setTarget(d, t);
        if (trig.mutual && d.actor && !d.target && agent >= 0) {
          const c = conjEntity(ctx, agent);
          if (c) setTarget(d, c);
        }
        if (!d.target && trig.needT && (trig.type === 'AGREE' || trig.type === 'COOPERATE')) {
          const t5 = topicCountry(ctx, chosen.tok, d.actor);
          if (t5) setTarget(d, t5);
        }
        if (!d.target && trig.needT) {
          const t4 = windowTarget(ctx, v, trig, d.actor);
          if (t4) setTarget(d, t4);
        }
      }
      if (scan.money >= 0) d.money = doc.money[scan.money];
      // "sent armoured vehicles against us" is an attack, not a delivery
      const against = firstEntity(ctx, byCase(ctx, v, ['against']));
      if (against && (trig.type === 'AID' || trig.type === 'MOBILIZE')) {
        d.type = 'ASSAULT';
        d.mode = undefined;
        d.category = undefined;
        d.status = undefined;
        setTarget(d, against);
      }
    } else if (scan.money >= 0 && lv.pledge) {
      const aid: Trigger = { ...AID_TRIGGER };
      d = baseDraft(ctx, aid, v, v);
      d.status = lv.status;
      d.money = doc.money[scan.money];
      if (lv.swap) {
        const a = firstEntity(ctx, byCase(ctx, v, ['from']));
        const r = resolveAgent(ctx, agentOf(ctx, v), v);
        if (a) setActor(d, a);
        if (r) setTarget(d, r);
      } else {
        const a = resolveAgent(ctx, agent, v);
        if (a) setActor(d, a);
        const t = firstEntity(ctx, byCase(ctx, v, ['to', 'for'])) ?? firstEntity(ctx, kidsWith(tree, v, 'iobj')) ?? purposeTarget(ctx, v);
        if (t) setTarget(d, t);
      }
      if (!d.target) return finishOrDrop(ctx, d, v);
    }
  }
  if (!d && own) {
    const trig = own;
    d = baseDraft(ctx, trig, v, v);
    if (trig.swap) {
      // host: the guest is the actor, the host the target
      const guest = firstEntity(ctx, objs);
      const host = resolveAgent(ctx, agent, v);
      if (guest) setActor(d, guest);
      if (host) setTarget(d, host);
    } else {
      const a = resolveAgent(ctx, agent, v);
      if (a) setActor(d, a);
      if (trig.place) {
        // a place named by a nationality ("the Pakistani community") is not a destination
        // "visited Kenya's biggest shantytown": the country that owns the place visited
        const p0 = firstEntity(ctx, [...byCase(ctx, v, ['in', 'to', 'at', 'into']), ...objs], (e) => PLACE.has(e.type))
          ?? firstEntity(ctx, objs.flatMap((o) => tree.kids[o].filter((k) => rel(doc.tokens[k]) === 'nmod:poss')), (e) => PLACE.has(e.type) && isCountryOrCapital(e))
          ?? (trig.intr || objs.length ? undefined : placeAfter(ctx, v));
        const pm = p0 ? mentionAt(doc, p0.tok) : undefined;
        const p = p0 && !(pm && (pm.kind === 'demonym' || pm.type === 'NORP')) ? p0 : undefined;
        // "Senator John McCain visited Mr Blair": a visit to a person is a meeting with them
        if (!p && trig.lemma === 'visit' && !isPassive(ctx, v)) {
          const who = firstEntity(ctx, objs, (e) => e.type === 'PERSON' && e.id !== d!.actor?.id);
          if (who) setTarget(d, who);
        }
        if (p) {
          setTarget(d, p);
          d.location = p.e;
          d.locationTok = p.tok;
          // "travelling to London from Belfast": a trip within one country
          const from = firstEntity(ctx, byCase(ctx, v, ['from']), (e) => PLACE.has(e.type));
          if (from && countryOf(doc, from.e) && countryOf(doc, from.e) === countryOf(doc, p.e)) return undefined;
        }
      } else {
        const notActor = (e: Entity) => !d!.actor || e.id !== d!.actor.id;
        // a passive's subject is what it is done to, before any prepositional phrase ("Straw
        // attacked on China arms")
        // (an intransitive trigger's "object" is a misparse: "talked about the Labour manifesto")
        const t = firstEntity(ctx, trig.intr ? [] : objs, notActor) ?? firstEntity(ctx, kidsWith(tree, v, 'iobj'), notActor)
          ?? firstEntity(ctx, byCase(ctx, v, trig.tp), notActor);
        if (t) setTarget(d, t);
        else if (trig.ccompT) {
          for (const k of tree.kids[v]) {
            const b = baseRel(doc.tokens[k]);
            if (b !== 'ccomp' && b !== 'xcomp') continue;
            const s = subjectOf(ctx, k);
            const r = s >= 0 && doc.tokens[s].head === k ? npEntity(ctx, s) : undefined;
            if (r) { setTarget(d, r); break; }
          }
        }
        // passive with a by-agent: the subject is the target ("Kyiv was attacked by Russia")
        if (!d.target && isPassive(ctx, v)) {
          const t2 = firstEntity(ctx, objs);
          if (t2) setTarget(d, t2);
        }
        // a parse that lost the object ("met Ukrainian President X" read as an adjective
        // complement): the name right after the verb is its object
        // "demanded the withdrawal of Serbian forces", "called for sanctions against Nigeria": the
        // demanded deed's recipient is the demand's target
        if (!d.target && trig.absorb) {
          for (const k of tree.kids[v]) {
            const b = baseRel(doc.tokens[k]);
            if ((b !== 'obj' && b !== 'obl') || !ctx.nounTrig[k]) continue;
            const nt = targetOfNoun(ctx, k, ctx.nounTrig[k]![0]) ?? demonymOf(ctx, k);
            if (nt && (!d.actor || nt.e.id !== d.actor.id)) { setTarget(d, nt); break; }
          }
        }
        if (!d.target && !isPassive(ctx, v)) {
          // ...but a parse that found an object found the phrase the later names belong to
          const t3 = (trig.intr ? undefined : nameAfter(ctx, v)) ?? (objs.length ? undefined : windowTarget(ctx, v, trig, d.actor));
          if (t3 && (!d.actor || t3.e.id !== d.actor.id)) setTarget(d, t3);
        }
      }
      if (trig.mutual && d.actor && !d.target && agent >= 0) {
        const c = conjEntity(ctx, agent);
        if (c) setTarget(d, c);
      }
      // "nine French peacekeepers were killed": violence with its victim and no doer named
      // (only a told happening with its victim: "must be destroyed" is no one's deed yet)
      const told = d.target && /^(asserted|historical)$/.test(modalityOf(tree, v, v));
      if (!d.actor && agent < 0 && told && isPassive(ctx, v) && (d.type === 'ASSAULT' || d.type === 'COERCE')) {
        const p = implicitParty(ctx, d);
        if (p && (!d.target || p.id !== d.target.id)) d.actor = p;
        // "Blair was attacked over Iraq" is criticism as often as violence: without a doer only
        // the unambiguous verbs (killed, shelled, kidnapped) or a place hit make a record
        // (an arrest by no one named is as often a police matter at home: only violence counts)
        else if (d.target && d.type === 'ASSAULT' && (!VERBAL_TOO.has(trig.lemma) || PLACE.has(d.target.type))) d.unattributed = true;
      }
    }
  }
  if (!d) {
    // a demand or refusal without a known actor makes no record, but what is demanded or refused
    // still did not happen: its content stays absorbed
    if (own?.absorb && !lv) absorbBelow(ctx, v, ABSORB_RELS);
    return undefined;
  }
  // "Britain has offered to send 120 Gurkhas to assist ... in Indonesia": an offer or promise
  // with no one named as its recipient is for the one foreign country its content names
  if (d.type === 'AGREE' && !d.target && d.actor && d.trig.pos === 'V' && d.tok === v) {
    const own = countryOf(doc, d.actor) ?? d.actor.name;
    const found = new Map<string, { e: Entity; tok: number }>();
    for (const x of kidsWith(tree, v, 'xcomp')) {
      for (const k of subtree(tree, x, new Set(['parataxis', 'ccomp']))) {
        const e = entityAt(doc, k);
        if (e && e.type === 'GPE' && isCountryOrCapital(e) && (countryOf(doc, e) ?? e.name) !== own) found.set(e.id, { e, tok: k });
      }
    }
    if (found.size === 1) setTarget(d, [...found.values()][0]!);
  }
  // "spoke to the BBC" is an interview, not an encounter with the broadcaster
  if (d.trig.lemma === 'speak' && d.target?.type === 'ORG' && d.targetTok !== undefined && prepBefore(tree, d.targetTok, v + 1) === 'to') d.target = undefined;
  // "addressed the Parliament and the people of Portugal": the country addressed
  if (d.trig.lemma === 'address' && d.trig.type === 'CONSULT') {
    const c = firstEntity(ctx, objs.flatMap((o) => subtree(tree, o, new Set(['acl', 'advcl', 'ccomp', 'parataxis']))).sort((a, b) => a - b), (e) => e.type === 'GPE' && isCountryOrCapital(e) && e.id !== d!.actor?.id);
    if (c) setTarget(d, c);
    // "in the Knesset, I addressed all deputies": the body or foreign country where it was given
    if (!d.target && d.actor) {
      const own = countryOf(doc, d.actor) ?? d.actor.name;
      const at = firstEntity(ctx, byCase(ctx, v, ['in', 'at', 'before'], ['obl']), (e) => (e.type === 'ORG' || (e.type === 'GPE' && isCountryOrCapital(e))) && (countryOf(doc, e) ?? e.name) !== own);
      if (at) setTarget(d, at);
    }
  }
  if (d.trig.absorb || (lv && d.type !== (own?.type ?? d.type))) absorbBelow(ctx, v, ABSORB_RELS);
  else if (d.type === 'AID' || lv) absorbBelow(ctx, v, new Set(['xcomp', 'advcl']));
  const fin = finishOrDrop(ctx, d, v);
  if (fin) {
    // an object noun of the same type is this event, not another one (arrived ... for a visit)
    for (const k of subtree(tree, v, CLAUSAL)) {
      const nt = ctx.nounTrig[k];
      if (nt && nt[0].type === fin.type) ctx.consumed[k] = 1;
    }
  }
  return fin;
}

const AID_TRIGGER: Trigger = {
  type: 'AID', pos: 'N', lemma: 'money', tp: ['to', 'for'], needT: false, anyA: false, mutual: false, absorb: true,
  swap: false, place: false, ccompT: false, lightOnly: false, weight: 0.9,
};

/** "promised $4.3 billion to support Ukraine": the object of the purpose clause. */
function purposeTarget(ctx: Ctx, v: number): { e: Entity; tok: number } | undefined {
  for (const k of ctx.tree.kids[v]) {
    const b = baseRel(ctx.doc.tokens[k]);
    if ((b === 'xcomp' || b === 'advcl') && markOf(ctx.tree, k) === 'to') {
      const r = firstEntity(ctx, objectsOf(ctx, k)) ?? firstEntity(ctx, byCase(ctx, k, ['to', 'for']));
      if (r) return r;
    }
  }
  return undefined;
}

const PROTEST_STRIKE = /^(hunger|general|labou?r|workers?|national|nationwide|rail|teachers?|miners?|student|sit-down)$/;

/** A noun's modifiers can change what it names: a hunger strike is a protest, not an air raid. */
function refineNoun(ctx: Ctx, n: number, trig: Trigger): Trigger {
  if (trig.type === 'ASSAULT' && lemmaOf(ctx.tree, n) === 'strike') {
    const { doc, tree } = ctx;
    const mods = tree.parsed ? tree.kids[n] : [n - 1, n - 2].filter((k) => k >= 0);
    const protest = (w: string): Trigger => ({ ...trig, type: 'PROTEST', mode: w === 'hunger' ? 'hunger' : 'boycott', anyA: true, tp: ['against'] });
    let military = false;
    for (const k of mods) {
      const b = baseRel(doc.tokens[k]);
      const w = tree.low[k];
      if ((!tree.parsed || b === 'compound' || b === 'amod') && PROTEST_STRIKE.test(w)) return protest(w);
      if (MILITARY_STRIKE.test(w)) military = true;
      const m = mentionAt(doc, k);
      if (m && (m.kind === 'demonym' || m.type === 'NORP') && b === 'amod') military = true; // "Russian strikes"
      if (tree.parsed && b === 'nmod' && /^(on|against)$/.test(caseOf(tree, k))) military = true;
    }
    // without a weapon, a nationality or a target, a strike in the news is a walkout
    if (tree.parsed && !military) return protest('');
  }
  return trig;
}

const MILITARY_STRIKE = /^(air|airstrike|drone|missile|rocket|artillery|military|naval|retaliatory|precision|nuclear|pre-emptive|preemptive|cruise|ballistic|massive|deadly|overnight)$/;

/**
 * Parse-free rescue of a target the tree did not give (parsers stumble on machine-translated
 * text): the first name to the right, in the clause, that a target preposition of the trigger
 * introduces, or "in particular X" after one; for demands, the subject after "that".
 */
function windowTarget(ctx: Ctx, v: number, trig: Trigger, actor?: Entity): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const [, to] = clauseWindow(tree, v);
  if (trig.ccompT && tree.low[v + 1] === 'that') {
    for (let k = v + 2; k < Math.min(to + 4, v + 5, doc.sentences[doc.tokens[v].sent].tokenEnd); k++) {
      const e = entityAt(doc, k);
      if (e && (!actor || e.id !== actor.id)) return { e, tok: k };
    }
  }
  if (!trig.tp.length && !trig.place) return undefined;
  let seenPrep = false;
  for (let k = v + 1; k < to; k++) {
    const w = tree.low[k];
    if (trig.tp.includes(w)) seenPrep = true;
    const e = entityAt(doc, k);
    if (!e) continue;
    const m = mentionAt(doc, k);
    if (m && (m.kind === 'demonym' || m.type === 'NORP')) { k = m.tokenEnd - 1; continue; }
    if (actor && e.id === actor.id) { if (m) k = m.tokenEnd - 1; continue; }
    const p = prepBefore(tree, k, v + 1);
    if (trig.place ? PLACE.has(e.type) && /^(in|to|at|into)$/.test(p) : trig.tp.includes(p)) return { e, tok: k };
    if (seenPrep && /^(particular|including|notably|especially|namely)$/.test(p)) return { e, tok: k };
    if (m) k = m.tokenEnd - 1;
  }
  return undefined;
}

/** The first name within four tokens after a verb (skipping a demonym that opens a title). */
function nameAfter(ctx: Ctx, v: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const s = doc.sentences[doc.tokens[v].sent];
  for (let k = v + 1; k < Math.min(s.tokenEnd, v + 5); k++) {
    const w = tree.low[k];
    const up = doc.tokens[k].upos;
    if (up === 'ADP' || up === 'SCONJ' || up === 'CCONJ' || up === 'PUNCT' || up === 'VERB' || up === 'AUX' || coarsePos(tree, k) === 'V' || /^(in|on|at|to|for|from|by|with|of|during|after|before|and|but|that|which|who|as|when|while|because|if)$/.test(w)) return undefined;
    const m = mentionAt(doc, k);
    const e = entityAt(doc, k);
    if (!e) continue;
    if (m && (m.kind === 'demonym' || m.type === 'NORP')) { k = m.tokenEnd - 1; continue; }
    // "meet NATO standards": a name modifying the next noun is not the object
    const last = m ? m.tokenEnd - 1 : k;
    const lr = baseRel(doc.tokens[last]);
    if (lr === 'compound' || lr === 'amod' || lr === 'nmod:poss' || (last + 1 < s.tokenEnd && /^('s|’s)$/.test(tree.low[last + 1]))) return undefined;
    if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'GPE') return { e, tok: k };
    return undefined;
  }
  return undefined;
}

function uniq(a: string[]): string[] {
  return [...new Set(a)];
}

/** Who a trigger noun names as its agent: possessor, "of/by/from X", an entity compound or demonym. */
/** Nouns of what is done to a person: a person as their possessor is the one it happened to. */
const DONE_TO = new Set(['arrest', 'detention', 'imprisonment', 'release', 'expulsion', 'deportation', 'killing', 'murder', 'assassination',
  'execution', 'torture', 'abduction', 'kidnapping', 'capture', 'extradition', 'trial', 'conviction', 'sentencing', 'jailing', 'dismissal',
  'sacking', 'removal', 'ouster', 'poisoning', 'death', 'internment', 'exile', 'expulsion', 'interrogation', 'prosecution', 'indictment']);

function nounActor(ctx: Ctx, n: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  // a stance noun is said of someone ("X is a proponent of"): "its supporters" are no act of its
  if (ctx.nounTrig[n]?.[0]?.stance) return undefined;
  for (const k of tree.kids[n]) {
    const t = doc.tokens[k];
    const r = rel(t);
    if (r === 'nmod:poss') {
      const e = npEntity(ctx, k);
      // "his arrest", "Navalny's release": a person's own arrest is done to them, not by them
      if (e && e.e.type === 'PERSON' && DONE_TO.has(lemmaOf(tree, n))) return undefined;
      if (e) return e;
    }
  }
  // "the US terror attacks", "the Madrid bombings": a place compound on a violent noun is where
  // it happened or whom it hit; a demonym ("Russian strikes") or an organisation is who did it
  const violent = ofIsPatient(ctx, n);
  for (const k of tree.kids[n]) {
    const t = doc.tokens[k];
    const r = baseRel(t);
    if (r === 'compound' || r === 'amod') {
      const e = entityAt(doc, k);
      if (!e || !ENTITY_KINDS.has(e.type)) continue;
      const m = mentionAt(doc, k);
      if (violent && r === 'compound' && (e.type === 'GPE' || e.type === 'LOC') && !(m && (m.kind === 'demonym' || m.type === 'NORP'))) continue;
      return { e, tok: k };
    }
  }
  // "the killing of civilians", "the detention of UK residents": for deeds done to someone the
  // "of" phrase names the victim; for refusals, demands and visits it names the agent
  // a "demonstration of X" shows X off; protests name their crowd otherwise
  // "an embargo on oil from Russia": goods "from" a country are what is banned, not who bans
  const preps = ctx.nounTrig[n]?.[0]?.type === 'SANCTION' ? ['by']
    : ofIsPatient(ctx, n) || ctx.nounTrig[n]?.[0]?.type === 'PROTEST' ? ['by', 'from'] : ['of', 'by', 'from'];
  for (const k of byCase(ctx, n, preps, ['nmod'])) {
    const e = npEntity(ctx, k);
    if (e) return e;
  }
  // what a sanction covers ("an embargo on supplies from Russia") names no one who imposes it
  if (ctx.nounTrig[n]?.[0]?.type === 'SANCTION') return undefined;
  // nested trigger noun with an agent: "memorandum on assistance from the EU" (not the
  // recipient's phrase: "an offensive against our troops" is not our troops' deed)
  const tp = ctx.nounTrig[n]?.[0]?.tp ?? [];
  for (const k of tree.kids[n]) {
    if (baseRel(doc.tokens[k]) !== 'nmod' || !ctx.nounTrig[k]) continue;
    const kc = caseOf(tree, k);
    if (kc === 'against' || tp.includes(kc)) continue;
    const e = nounActor(ctx, k);
    if (e) return e;
  }
  // a contributor named further down: "a fund with the participation of the World Bank"
  let frontier = tree.kids[n].filter((k) => baseRel(doc.tokens[k]) === 'nmod');
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: number[] = [];
    for (const k of frontier) {
      const c = caseOf(tree, k);
      if (CONTRIBUTION.has(lemmaOf(tree, k))) {
        // "the participation in particular of the World Bank": any name below it
        for (const j of subtree(tree, k, CLAUSAL)) {
          if (j === k) continue;
          const e = npEntity(ctx, j);
          if (e && e.e.type !== 'NORP') return e;
        }
      }
      if (c === 'from' || c === 'by') {
        const e = npEntity(ctx, k);
        if (e) return e;
      }
      for (const j of tree.kids[k]) if (baseRel(doc.tokens[j]) === 'nmod') next.push(j);
    }
    frontier = next;
  }
  return undefined;
}

const CONTRIBUTION = new Set(['participation', 'contribution', 'support', 'help', 'funding', 'backing', 'involvement', 'financing', 'sponsorship']);

const PATIENT_OF = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'RETREAT', 'AID']);

function ofIsPatient(ctx: Ctx, n: number): boolean {
  const t = ctx.nounTrig[n]?.[0];
  return !!t && PATIENT_OF.has(t.type);
}

function targetOfNoun(ctx: Ctx, n: number, trig: Trigger): { e: Entity; tok: number } | undefined {
  let preps = trig.place ? uniq([...trig.tp, 'to', 'in']) : trig.tp.filter((p) => p !== 'between');
  if (ofIsPatient(ctx, n)) preps = uniq([...preps, 'of']);
  const t = firstEntity(ctx, byCase(ctx, n, preps, ['nmod']), trig.place ? (e) => PLACE.has(e.type) : undefined);
  if (t) return t;
  // "a proponent of talks to bring Turkey within the EU", "backers of Turkish accession": the
  // first party named in what the stance is about
  if (trig.stance) {
    const kids = ctx.tree.kids[n].filter((k) => k > n && (baseRel(ctx.doc.tokens[k]) === 'nmod' || (baseRel(ctx.doc.tokens[k]) === 'acl' && markOf(ctx.tree, k) === 'to')));
    const toks = kids.flatMap((k) => subtree(ctx.tree, k, new Set(['ccomp', 'advcl', 'parataxis', 'conj', 'list']))).sort((a, b) => a - b);
    for (const k of toks) {
      const r = npEntity(ctx, k) ?? demonymOf(ctx, k);
      if (r && r.e.type !== 'NORP') return r;
    }
  }
  return undefined;
}

const GRATEFUL = new Set(['grateful', 'thankful', 'indebted', 'gratitude', 'thanks']);
const THANK = new Set(['thank', 'praise', 'commend', 'applaud', 'congratulate', 'hail', 'laud']);

/**
 * "grateful to the EU for the next package of sanctions", "thanked Biden for the aid": the party
 * thanked for a deed did it. Climbs from the noun through "package of"-style phrases to the
 * for-phrase, then to who is thanked (the to-phrase of "grateful", the object of "thank").
 */
function thankedFor(ctx: Ctx, n: number): Ref | undefined {
  const { doc, tree } = ctx;
  let cur = n;
  for (let step = 0; step < 3; step++) {
    const h = doc.tokens[cur].head ?? -1;
    if (h < 0) return undefined;
    const c = caseOf(tree, cur);
    if (c === 'for') {
      const hl = lemmaOf(tree, h);
      if (GRATEFUL.has(hl) || GRATEFUL.has(tree.low[h])) return firstEntity(ctx, byCase(ctx, h, ['to'], ['obl', 'nmod']));
      if (coarsePos(tree, h) === 'V' && lemmasOf(tree, h).some((l) => THANK.has(l))) return firstEntity(ctx, kidsWith(tree, h, 'obj'));
      // the for-phrase hung on the thanked party itself ("grateful to the leaders ... for")
      const hh = doc.tokens[h].head ?? -1;
      if (hh >= 0 && caseOf(tree, h) === 'to' && (GRATEFUL.has(lemmaOf(tree, hh)) || GRATEFUL.has(tree.low[hh]))) return npEntity(ctx, h);
      if (hh >= 0 && baseRel(doc.tokens[h]) === 'obj' && coarsePos(tree, hh) === 'V' && lemmasOf(tree, hh).some((l) => THANK.has(l))) return npEntity(ctx, h);
      return undefined;
    }
    // "the next package of sanctions": the phrase the deed is counted in
    if (baseRel(doc.tokens[cur]) !== 'nmod' || c !== 'of') return undefined;
    cur = h;
  }
  return undefined;
}

function nounDraft(ctx: Ctx, n: number, trig: Trigger): Draft | undefined {
  const { doc, tree } = ctx;
  if (trig.next) {
    if (!trig.next.includes(tree.low[n + 1] ?? '')) return undefined;
    // what is called for is the request's content, not an event of its own ("a probe")
    if (trig.absorb) for (let k = n + 2; k < doc.tokens.length && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(doc.tokens[k].upos ?? ''); k++) ctx.absorbed[k] = 1;
  }
  const d = baseDraft(ctx, trig, n, n);
  const nh = doc.tokens[n].head ?? -1;
  // "UK troops on (Ivory Coast) standby": the force the state is said of, before any name on
  // the noun itself (which says where)
  let a = trig.type === 'MOBILIZE' && nh >= 0 && baseRel(doc.tokens[n]) === 'nmod' && /^(on|in)$/.test(caseOf(tree, n)) && isAgentNoun(tree, nh)
    ? npEntity(ctx, nh) : undefined;
  a = a ?? nounActor(ctx, n);
  const t = targetOfNoun(ctx, n, trig);
  // "cooperation between A and B"
  if (trig.tp.includes('between')) {
    const btw = byCase(ctx, n, ['between'], ['nmod'])[0];
    if (btw !== undefined) {
      const first = npEntity(ctx, btw);
      const second = conjEntity(ctx, btw);
      if (!a && first) a = first;
      if (!t && second && first && second.e.id !== first.e.id) setTarget(d, a && a.e.id !== first.e.id ? first : second);
    }
  }
  if (a && d.target && a.e.id === d.target.id) d.target = undefined;
  if (!a) a = thankedFor(ctx, n);
  if (!a) {
    // the verb it is the object of: "he spoke at a conference with Z", "held talks with Z"
    const h = doc.tokens[n].head ?? -1;
    const r = baseRel(doc.tokens[n]);
    if (h >= 0 && (r === 'obj' || r === 'obl') && coarsePos(tree, h) === 'V') {
      const hl = lemmaOf(tree, h);
      const sameType = ctx.verbTrig[h]?.some((x) => x.type === trig.type);
      // "held talks" (object): the holder; "gave evidence to an inquiry" (oblique): not theirs
      // "came out with a threat", "came up with a plan": the subject's own act
      const cameWith = lemmasOf(tree, h).includes('come') && r === 'obl' && caseOf(tree, n) === 'with';
      if ((r === 'obj' && ctx.light[h]) || PARTICIPATE.has(hl) || sameType || cameWith) {
        a = resolveAgent(ctx, agentOf(ctx, h), h);
        // "the country's military has been placed on high alert": the force stands for its
        // state when no one is said to have placed it
        if (!a && trig.type === 'MOBILIZE' && isPassive(ctx, h)) {
          const s = firstKid(tree, h, 'nsubj:pass');
          if (s >= 0 && isAgentNoun(tree, s)) a = npEntity(ctx, s);
        }
        if (a) d.pred = h;
        // "had a conversation today with Scholz": the partner hung on the verb
        if (a && !t && !d.target && trig.tp.length) {
          const vt = firstEntity(ctx, byCase(ctx, h, trig.tp, ['obl']), (e) => e.id !== a!.e.id && !(trig.place && !PLACE.has(e.type)));
          if (vt) setTarget(d, vt);
        }
      }
    }
    // a predicate noun: "troops are on standby", "X is in talks with Y" (a state told by a
    // preposition), "X is a proponent of Y" (a stance); "X is the greatest threat" is no act
    if (!a && kidsWith(tree, n, 'cop').length && (trig.stance || kidsWith(tree, n, 'case').length)) {
      const s = kidsWith(tree, n, 'nsubj')[0];
      if (s !== undefined) a = resolveAgent(ctx, s, n);
    }
    // "Mr Brown, a supporter of the euro,": a stance noun in apposition is said of its head
    if (!a && trig.stance && r === 'appos' && h >= 0) a = npEntity(ctx, h);
    // ...and nothing else makes a stance anyone's ("providing a champion of ...")
    if (trig.stance && !kidsWith(tree, n, 'cop').length && r !== 'appos') a = undefined;
    // "There were talks with ...": in a first-person briefing, the voice's own
    if (!a && h >= 0 && r === 'nsubj' && lemmaOf(tree, h) === 'be' && kidsWith(tree, h, 'expl').length && MEETING.has(trig.type)) {
      const voice = docVoice(doc);
      if (voice && !quotedTok(ctx, n)) a = { e: voice, tok: -1 };
    }
  }
  if (a) setActor(d, a);
  if (t && !d.target) setTarget(d, t);
  // a stance about nothing named ("Brown is a champion") is no record
  if (trig.stance && !d.target) return undefined;
  // money inside the noun phrase ("$2 billion in military aid" has the money above the noun)
  const scanRoots = [n];
  const h = doc.tokens[n].head ?? -1;
  if (h >= 0 && ctx.moneyAt[h] >= 0) scanRoots.push(h);
  for (const k of scanRoots.flatMap((r) => subtree(tree, r, CLAUSAL))) {
    if (ctx.moneyAt[k] >= 0) { d.money = doc.money[ctx.moneyAt[k]]; break; }
  }
  if (!d.actor && trig.type === 'ASSAULT' && d.pred === n) toldViolence(ctx, d, n);
  if (!d.actor && !d.unattributed) {
    // a noun with money and no actor may repeat a resolved pledge; nothing else survives
    if (d.money && (trig.type === 'AID' || trig.type === 'AGREE' || trig.type === 'COOPERATE')) d.orphan = true;
    else return undefined;
  }
  const fin = finishOrDrop(ctx, d, d.pred);
  // the nouns inside this one's phrase tell the same event ("commitment of $2 billion in aid")
  if (fin) for (const k of subtree(tree, n, CLAUSAL)) if (k !== n && ctx.nounTrig[k]) ctx.consumed[k] = 1;
  return fin;
}

/** A token below 0 means a party the text implies but does not name at that place. */
function setActor(d: Draft, r: Ref): void {
  d.actor = r.e;
  d.actorTok = r.tok >= 0 ? r.tok : undefined;
  d.actorPartner = r.partner;
}
function setTarget(d: Draft, r: { e: Entity; tok: number }): void {
  d.target = r.e;
  d.targetTok = r.tok >= 0 ? r.tok : undefined;
}

function baseDraft(ctx: Ctx, trig: Trigger, tok: number, pred: number): Draft {
  const sent = ctx.doc.tokens[tok].sent;
  return {
    type: trig.type, mode: trig.mode, trig, tok, pred, modality: 'asserted', span: [0, 0], sent,
    headline: ctx.doc.sentences[sent]?.kind === 'headline', tense: 'other', orphan: false, confidence: trig.weight,
    status: trig.status, category: trig.cat,
  };
}

// ---------------------------------------------------------------------------------------------
// Finishing: arguments every draft gets, and the precision gate

function finishOrDrop(ctx: Ctx, d: Draft, pred: number): Draft | undefined {
  const { doc, tree } = ctx;
  d.pred = pred;
  // "both sides agreed": a mutual act of the pair is between its two members
  if (d.trig.mutual && !d.target && d.actorPartner) d.target = d.actorPartner;
  // same entity on both sides is a misreading
  if (d.actor && d.target && d.actor.id === d.target.id) d.target = undefined;
  if (!d.actor && !d.orphan && !d.trig.anyA && !d.unattributed) return undefined;
  if (d.trig.personA && d.actor?.type !== 'PERSON') return undefined;
  if (!d.target) possessorTarget(ctx, d);
  // "agreed it was of concern": agreeing with a judgement is no agreement with anyone
  if (d.type === 'AGREE' && !d.target && !d.money && d.trig.lemma === 'agree' && d.trig.pos === 'V'
    && kidsWith(tree, d.pred, 'ccomp').some((k) => kidsWith(tree, k, 'cop').length > 0)) return undefined;
  // "conceded that the US had a harder position": granting a point in an interview is no
  // concession to anyone
  if (d.type === 'CONCEDE' && !d.target && d.trig.pos === 'V' && kidsWith(tree, d.pred, 'ccomp').length) return undefined;
  inferRecipient(ctx, d);
  if (d.trig.needT && !d.target && !callFor(ctx, d)) return undefined;
  if (!phoneCall(ctx, d)) return undefined;
  if (!pledgeNounGate(d)) return undefined;
  if (d.trig.place && d.actor && d.target) {
    if (d.actor.type === 'LOC') return undefined;
    // ("President Charles Michel visited Odesa": an official of an organisation acts for it)
    const ac = countryOf(doc, d.actor) ?? d.actor.affiliation;
    const pc = countryOf(doc, d.target);
    if (ac && ac === pc) return undefined; // a trip at home is not a visit
    // unknown allegiance: only a country or its capital makes it a diplomatic visit
    if (!ac && !isCountryOrCapital(d.target)) return undefined;
  }
  if (tree.parsed) {
    // a relative clause on a noun inside a prepositional phrase is background ("the example of
    // Finland, which was invaded by the Soviet Union"), not news
    const pt = doc.tokens[d.pred];
    // a "relative clause" whose subject is a personal pronoun is a misparsed main clause
    const pronSubj = kidsWith(tree, d.pred, 'nsubj').some((k) => /^(it|he|she|they|we|i|you)$/.test(tree.low[k]));
    // "a law backed by Mr Bush", "the plan criticised by X": words said of a thing in a reduced
    // relative describe it; they are no news of their own
    if (rel(pt) === 'acl' && pt.xpos === 'VBN' && VERBAL_REACTIONS.has(d.type) && d.trig.pos === 'V' && d.tok === d.pred) return undefined;
    // "it was today that I held talks": a cleft, not a relative clause
    const cleft = pt.head !== undefined && pt.head >= 0 && kidsWith(tree, pt.head, 'cop').length > 0
      && kidsWith(tree, pt.head, 'nsubj').some((k) => tree.low[k] === 'it');
    if (rel(pt) === 'acl:relcl' && pt.head !== undefined && pt.head >= 0 && !pronSubj && !cleft) {
      const hr = baseRel(doc.tokens[pt.head]);
      if (hr === 'nmod' || hr === 'obl') return undefined;
      // a past-tense relative clause describes the noun's history ("which was invaded by ...")
      const past = pt.xpos === 'VBD' || tree.kids[d.pred].some((k) => baseRel(doc.tokens[k]) === 'aux' && /^(was|were|had)$/.test(tree.low[k]));
      if (past) return undefined;
      // "two countries that have consistently supported Ukraine": a habit said of the noun
      if (tree.kids[d.pred].some((k) => baseRel(doc.tokens[k]) === 'advmod' && /^(consistently|always|constantly|long|repeatedly|traditionally|historically|usually|often|invariably|steadfastly|firmly|strongly)$/.test(tree.low[k]))) return undefined;
    }
    d.modality = modalityOf(tree, d.pred, d.tok);
    // "threatened to launch an offensive unless Baghdad accepted": a threat is conditional by
    // nature; the condition on the threatening verb does not make the threat itself hypothetical
    if (d.type === 'THREATEN' && d.modality === 'hypothetical' && d.trig.pos === 'V' && conditionOnly(ctx, d.pred)) d.modality = 'asserted';
    threatOf(ctx, d);
    d.tense = tenseOf(tree, d.pred);
    if (!d.location) locate(ctx, d);
    if (!d.date) d.date = dateOf(ctx, d);
    if (!d.money && d.type !== 'CONSULT') {
      for (const k of subtree(tree, d.pred, CLAUSAL)) if (ctx.moneyAt[k] >= 0) { d.money = doc.money[ctx.moneyAt[k]]; break; }
    }
    d.span = clauseSpan(ctx, d);
  }
  return finishCommon(ctx, d) ? d : undefined;
}

/** Is the predicate hypothetical only through an if/unless clause on itself (no modal, no question)? */
function conditionOnly(ctx: Ctx, v: number): boolean {
  const { doc, tree } = ctx;
  let cond = false;
  for (const k of tree.kids[v]) {
    const b = baseRel(doc.tokens[k]);
    if (b === 'aux' && /^(may|might|could|would|can|'d)$/.test(tree.low[k])) return false;
    if (b === 'advcl' && /^(if|unless)$/.test(markOf(tree, k))) cond = true;
  }
  const t = doc.tokens[v];
  if (baseRel(t) !== 'root' && t.head !== undefined && t.head >= 0) return false;
  const sent = doc.sentences[t.sent];
  if (doc.tokens[sent.tokenEnd - 1]?.form === '?') return false;
  return cond;
}

/**
 * "X called for the embargo to be lifted", "called for a ceasefire": a public appeal whose
 * addressee stays unnamed is still a REQUEST (not "called him", "called the meeting").
 */
function callFor(ctx: Ctx, d: Draft): boolean {
  if (d.type !== 'REQUEST' || d.trig.lemma !== 'call' || !d.actor || !ctx.tree.parsed) return false;
  return ctx.tree.kids[d.pred].some((k) => baseRel(ctx.doc.tokens[k]) === 'obl' && caseOf(ctx.tree, k) === 'for' && k > d.pred);
}

/**
 * "Biden called Zelensky on Friday": "call" with a bare object and nothing asked is a phone call;
 * "called Putin a criminal" names someone, which is no request (false drops the draft).
 */
function phoneCall(ctx: Ctx, d: Draft): boolean {
  const { doc, tree } = ctx;
  if (d.type !== 'REQUEST' || d.trig.lemma !== 'call' || !tree.parsed || d.targetTok === undefined) return true;
  const m = mentionAt(doc, d.targetTok);
  const a = m ? m.tokenStart : d.targetTok;
  const b = m ? m.tokenEnd : d.targetTok + 1;
  let rel0 = '';
  for (let k = a; k < b; k++) if (doc.tokens[k].head === d.pred) rel0 = baseRel(doc.tokens[k]);
  const kids = tree.kids[d.pred].map((k) => ({ k, b: baseRel(doc.tokens[k]) }));
  if (rel0 === 'iobj' && kids.some((x) => x.b === 'obj' || x.b === 'xcomp')) return false;
  // "called Camp Delta a scandal" parsed with the name as xcomp and the label as object
  if (rel0 === 'xcomp' && kids.some((x) => x.b === 'obj' && (x.k < a || x.k >= b))) return false;
  if (rel0 !== 'obj') return true;
  const asks = kids.some(({ k, b: r }) => r === 'xcomp' || r === 'ccomp' || (r === 'obl' && /^(for|to)$/.test(caseOf(tree, k) ?? '')));
  if (asks) return true;
  if (kids.some((x) => x.b === 'obj' && (x.k < a || x.k >= b))) return false;
  d.type = 'CONSULT';
  d.mode = 'phone';
  return true;
}

/** Nouns for what someone did or said: praising "the EU's move" answers the EU. */
const ACT_NOUNS = new Set(['move', 'decision', 'offer', 'proposal', 'plan', 'initiative', 'statement', 'announcement', 'effort', 'stance', 'position', 'response', 'leadership', 'action', 'step', 'call', 'demand', 'request', 'policy', 'commitment', 'pledge', 'support', 'role', 'remarks', 'comment', 'invitation']);
const VERBAL_REACTIONS = new Set<PloverType>(['SUPPORT', 'ACCUSE', 'REJECT', 'AGREE']);

/**
 * A verbal reaction to someone's act ("Beijing welcomed the EU's move", "the EU's move was
 * welcomed by Beijing", "rejected Moscow's proposal"): the act's possessor is the target.
 */
function possessorTarget(ctx: Ctx, d: Draft): void {
  const { doc, tree } = ctx;
  if (!tree.parsed || !VERBAL_REACTIONS.has(d.type) || d.trig.pos !== 'V') return;
  // "paid tribute to Kerry's campaign": the act named under the trigger's own preposition too
  const objs0 = [...kidsWith(tree, d.pred, 'obj'), ...tree.kids[d.pred].filter((k) => rel(doc.tokens[k]) === 'nsubj:pass')];
  const objs = [...objs0, ...[d.pred, ...objs0].flatMap((k) => byCase(ctx, k, d.trig.tp, ['obl']))];
  for (const o of objs) {
    // "the EU's move" for any possessor; "Tony Blair's courage" only for a named one
    const act = ACT_NOUNS.has(lemmaOf(tree, o));
    for (const k of tree.kids[o]) {
      // "the EU's move", "the decision by India and Pakistan", "the offer of the Kremlin"
      const r0 = rel(doc.tokens[k]);
      if (!act && r0 !== 'nmod:poss') continue;
      if (r0 !== 'nmod:poss' && !(baseRel(doc.tokens[k]) === 'nmod' && /^(by|of|from)$/.test(caseOf(tree, k)))) continue;
      const r = npEntity(ctx, k);
      // ("Democrat John Kerry's campaign": the name may sit on a part of the possessor phrase)
      if (!act && !(r && mentionAt(doc, r.tok)?.kind === 'name')) continue;
      if (r && r.e.id !== d.actor?.id && r.e.type !== 'NORP' && !(PLACE.has(r.e.type) && !isCountryOrCapital(r.e))) { setTarget(d, r); return; }
    }
  }
}

const CONFLICT = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
const THREAT_MODE: Partial<Record<PloverType, string>> = { ASSAULT: 'violence', MOBILIZE: 'violence', COERCE: 'restrict', SANCTION: 'relations', PROTEST: 'relations', RETREAT: 'relations' };

/**
 * PLOVER codes a conflictual act that its actor announces for the future ("said they would
 * boycott", "will withdraw unless ...") as THREATEN, not as the act with a future mode.
 */
function threatOf(ctx: Ctx, d: Draft): void {
  const { doc, tree } = ctx;
  if (d.modality !== 'future' && d.modality !== 'hypothetical') return;
  const conditional = tree.kids[d.pred].some((k) => baseRel(doc.tokens[k]) === 'advcl' && markOf(tree, k) === 'unless');
  let announced = false;
  const t = doc.tokens[d.pred];
  if (baseRel(t) === 'ccomp' && t.head !== undefined && t.head >= 0 && isSpeech(tree, t.head) && d.actor) {
    const sp = resolveAgent(ctx, agentOf(ctx, t.head), t.head);
    announced = !!sp && sp.e.id === d.actor.id;
  }
  if ((CONFLICT.has(d.type) && (announced || conditional)) || (d.type === 'RETREAT' && conditional)) {
    d.mode = THREAT_MODE[d.type];
    d.type = 'THREATEN';
    d.modality = 'asserted';
  }
}

/** Pledge nouns: with money the record is the aid pledge; without, a promise needs a recipient. */
function pledgeNounGate(d: Draft): boolean {
  if (!d.trig.pledgeNoun) return true;
  if (d.money) {
    d.type = 'AID';
    d.status = d.status ?? 'committed';
    return true;
  }
  return d.target !== undefined;
}

/**
 * The recipient of a pledge the clause does not mark: the foreign country the sentence names
 * ("Regarding the armament of Ukraine, Canada committed ..."), else, in a first-person briefing,
 * the speaking country ("assistance from the EU was signed").
 */
function inferRecipient(ctx: Ctx, d: Draft): void {
  const { doc } = ctx;
  if (!((d.type === 'AID' || (d.type === 'AGREE' && d.money)) && !d.target && d.actor)) return;
  const own = countryOf(doc, d.actor);
  const s = doc.sentences[d.sent];
  for (const m of doc.mentions) {
    if (m.start < s.start || m.end > s.end || m.type !== 'GPE' || m.kind !== 'name') continue;
    if (m.tokenStart === d.actorTok) continue;
    const e = entityAt(doc, m.tokenStart);
    const c = countryOf(doc, e);
    if (e && c && c !== own && c === e.name) { d.target = e; d.targetTok = m.tokenStart; return; }
  }
  const voice = docVoice(doc);
  if (voice && voice.id !== d.actor.id && own !== voice.name) { d.target = voice; return; }
  // "... a stable and unified Iraq. The EU also confirmed a new $21m aid package": a pledge with
  // money and no recipient in its sentence goes to the one foreign country the sentence before
  // (same paragraph) names, when it names exactly one
  if (!d.money || d.sent < 1) return;
  const prev = doc.sentences[d.sent - 1];
  if (!prev || prev.block !== s.block || prev.kind === 'headline') return;
  const found = new Map<string, { e: Entity; tok: number }>();
  for (const m of doc.mentions) {
    if (m.start < prev.start || m.end > prev.end || m.type !== 'GPE' || m.kind !== 'name') continue;
    const e = entityAt(doc, m.tokenStart);
    const c = countryOf(doc, e);
    if (e && c && c !== own && c === e.name) found.set(e.id, { e, tok: m.tokenStart });
  }
  if (found.size === 1) d.target = [...found.values()][0]!.e;
}

/** A country, or a capital (which speaks for its government). */
function isCountryOrCapital(e: Entity): boolean {
  const ci = countryIndex();
  const k = e.name.toLowerCase().replace(/^the /, '');
  return ci.byName.has(k) || ci.byCapital.has(k) || (k === 'kiev' || k === 'kyiv');
}

/** Names of rivers, seas and mountains: places, never parties ("Europe" may be addressed; a river not). */
const GEO_FEATURE = /\b(River|Sea|Lake|Ocean|Mountains?|Mount|Valley|Bay|Gulf|Strait|Canal|Desert|Plain|Peninsula|Island|Islands|Coast|Basin|Delta)\b/;

const SPEECH_ACTS = new Set<PloverType>(['REQUEST', 'REJECT', 'AGREE', 'THREATEN', 'ACCUSE']);
const CROWD = new Set(['protester', 'demonstrator', 'student', 'worker', 'people', 'crowd', 'thousand', 'hundred', 'supporter', 'activist', 'resident', 'farmer', 'opponent', 'citizen', 'miner', 'teacher', 'doctor', 'nurse', 'driver', 'union', 'employee', 'staff', 'villager', 'youth', 'woman', 'man', 'prisoner', 'refugee', 'member']);

/** Arguments every draft gets, then the last gate: false drops the draft. */
function finishCommon(ctx: Ctx, d: Draft): boolean {
  const { doc } = ctx;
  // A street or region does not act; a city acts only as a seat of government (a capital).
  if (d.actor && (d.actor.type === 'LOC' || (d.actor.type === 'GPE' && !isCountryOrCapital(d.actor) && countryOf(doc, d.actor) !== d.actor.name))) {
    if (!d.location) { d.location = d.actor; d.locationTok = d.actorTok; }
    d.actor = undefined;
    d.actorTok = undefined;
    if (!d.trig.anyA && !d.orphan) return false;
  }
  // "... killed our people", "to destroy us": in a first-person address the harm done to "us"
  // is never the speaker's own deed; a parse that makes it so has lost the real subject
  if ((d.type === 'ASSAULT' || d.type === 'COERCE' || d.type === 'THREATEN') && d.actor && ctx.tree.parsed && d.actor.id === docVoice(doc)?.id) {
    for (const o of kidsWith(ctx.tree, d.pred, 'obj')) {
      if (/^(us|me)$/.test(ctx.tree.low[o]) || ctx.tree.kids[o].some((k) => /^(our|my)$/.test(ctx.tree.low[k]))) return false;
    }
  }
  // A clause used as a subject ("Detaining suspects breaks the law") is a proposition, not news.
  if (ctx.tree.parsed && baseRel(doc.tokens[d.pred]).startsWith('csubj')) return false;
  // Unnamed protesters count only as a crowd somewhere ("thousands protested in Tbilisi").
  if (d.type === 'PROTEST' && !d.actor) {
    let crowd = false;
    if (ctx.tree.parsed) {
      const s = kidsWith(ctx.tree, d.pred, 'nsubj')[0];
      crowd = s !== undefined && lemmasOf(ctx.tree, s).some((l) => CROWD.has(l));
    }
    if (!crowd && !d.location) return false;
  }
  // a river or a region is no one's addressee: words are said to parties
  if (d.target?.type === 'LOC' && GEO_FEATURE.test(d.target.name) && (SPEECH_ACTS.has(d.type) || d.type === 'SUPPORT')) { d.target = undefined; d.targetTok = undefined; }
  // A refusal to yield is a rejection ("would not bow to demands").
  if (d.modality === 'negated' && (d.type === 'CONCEDE' || (d.type === 'AGREE' && d.trig.lemma === 'accept'))) {
    d.type = 'REJECT';
    d.mode = 'yield';
    d.modality = 'asserted';
  }
  // A state "protesting" is diplomatic disapproval, not civilian collective action.
  const actorMention = d.actorTok !== undefined ? mentionAt(doc, d.actorTok) : undefined;
  if (d.type === 'PROTEST' && d.actor && d.actor.type === 'GPE' && countryOf(doc, d.actor) === d.actor.name && actorMention?.kind === 'name') {
    d.type = 'ACCUSE';
    d.mode = 'disapprove';
  }
  // "had to accept (that) negotiations did not guarantee membership": a verbal concession
  if (d.type === 'AGREE' && d.trig.lemma === 'accept' && ctx.tree.parsed && kidsWith(ctx.tree, d.pred, 'ccomp').length) d.type = 'CONCEDE';
  // A politician "attacking" another is criticism.
  const verbal = d.trig.lemma === 'attack' || d.trig.lemma === 'slam' || d.trig.lemma === 'assault' || d.trig.lemma === 'hit';
  // a person "attacks" a place only when the place itself is the object ("attacked Kyiv");
  // "attacked UK policy" or "attacked the way ..." is criticism
  const placeObject = d.target && (d.target.type === 'GPE' || d.target.type === 'LOC') && d.targetTok !== undefined
    && (!ctx.tree.parsed || (ctx.doc.tokens[d.targetTok].head === d.pred && baseRel(ctx.doc.tokens[d.targetTok]) === 'obj'));
  if (d.type === 'ASSAULT' && verbal && d.actor?.type === 'PERSON' && !placeObject) {
    d.type = 'ACCUSE';
    d.mode = 'disapprove';
  }
  // PLOVER: "broad promises of future AID" are AGREE; a pledge with an amount stays AID (the
  // record aid trackers need, with its status).
  const promiseVerb = lemmasOf(ctx.tree, d.pred).some((l) => /^(promise|pledge|vow|offer|commit)$/.test(l));
  if (d.type === 'AID' && !d.money && (d.modality === 'future' || promiseVerb)) {
    d.type = 'AGREE';
    d.mode = undefined;
    if (d.modality === 'future') d.modality = 'asserted';
  }
  // PLOVER: a promised (future) support or cooperation is an AGREE; money pledges stay AID.
  if (d.modality === 'future' && (d.type === 'SUPPORT' || (d.type === 'COOPERATE' && !d.money))) {
    d.type = 'AGREE';
    d.mode = undefined;
    d.modality = 'asserted'; // the promise itself is what happened
  }
  if (d.type === 'AID' || (d.money && (d.type === 'AGREE' || d.type === 'COOPERATE'))) {
    d.category = d.category ?? categoryOf(ctx, d);
    if (d.type === 'AID' && d.category) d.mode = d.mode ?? AID_MODE[d.category];
    if (d.type === 'AID' && !d.status && d.money) d.status = 'announced';
  }
  inferRecipient(ctx, d);
  if (d.modality === 'asserted' && d.date && doc.meta.published) {
    const y = Number(d.date.value.slice(0, 4));
    const py = Number(doc.meta.published.slice(0, 4));
    if (y && py && py - y >= 2) d.modality = 'historical';
  }
  d.confidence = Math.min(1, d.confidence * (d.target ? 1 : 0.85) * (d.orphan ? 0.5 : 1));
  if (d.type === 'RETREAT' && d.mode === 'resign' && d.actor?.type !== 'PERSON') return false;
  if (ctx.tree.parsed && !d.target && !d.money && d.trig.pos === 'N' && d.tok === d.pred && SPEECH_ACTS.has(d.type)) {
    // "the request of the Municipality": whose demand is known, but not what or of whom
    const content = ctx.tree.kids[d.tok].some((k) => {
      const b = baseRel(ctx.doc.tokens[k]);
      const preps = d.type === 'ACCUSE' ? /^(for|of|into|over|about|against|on)$/ : /^(for|to|on|against)$/;
      return b === 'acl' || b === 'xcomp' || b === 'ccomp' || (b === 'nmod' && preps.test(caseOf(ctx.tree, k)) && k !== d.actorTok);
    });
    if (!content) return false;
  }
  // '"... the richest 20%?" he asked' reports a question
  if (d.type === 'REQUEST' && d.trig.lemma === 'ask') {
    const sn = doc.sentences[d.sent];
    if (doc.text.slice(sn.start, sn.end).includes('?')) return false;
  }
  // "asked officials how the documents ..." is a question, not a request
  if (d.type === 'REQUEST' && ctx.tree.parsed && d.trig.pos === 'V') {
    for (const k of kidsWith(ctx.tree, d.pred, 'ccomp')) {
      const first = subtree(ctx.tree, k).sort((a, b) => a - b)[0];
      if (/^(how|why|what|whether|if|when|where|who|which)$/.test(ctx.tree.low[first])) return false;
    }
  }
  // An agreement, demand or refusal with no partner and no content ("Mr Wallace agreed", "he
  // demanded", "they offer courses") says nothing an analyst can use.
  if ((d.type === 'AGREE' || d.type === 'REQUEST' || d.type === 'REJECT') && !d.target && !d.money && ctx.tree.parsed && d.tok === d.pred && d.trig.pos === 'V') {
    const loose = d.type !== 'AGREE'; // a demand or refusal of anything named is content
    const hasContent = ctx.tree.kids[d.pred].some((k) => {
      const b = baseRel(ctx.doc.tokens[k]);
      if (b === 'xcomp' || b === 'ccomp') return true;
      if (loose && (b === 'obj' || b === 'iobj' || (b === 'advcl' && markOf(ctx.tree, k) === 'to') || (b === 'obl' && caseOf(ctx.tree, k) === 'for'))) return true;
      // "we agreed on concrete support": what is agreed on is content
      if (d.type === 'AGREE' && b === 'obl' && /^(on|upon)$/.test(caseOf(ctx.tree, k))) return true;
      return (b === 'obj' || b === 'obl') && !!ctx.nounTrig[k];
    });
    if (!hasContent) return false;
  }
  // only aid received from an unnamed donor, and crowds, may lack an actor
  if (!d.actor && !d.orphan && !d.unattributed && d.type !== 'AID' && d.type !== 'PROTEST') return false;
  // PLOVER: AID and COOPERATE require a recipient (an orphan pledge finds one when it merges);
  // so does the promise of either
  const material = (t: PloverType) => t === 'AID' || t === 'COOPERATE';
  if ((material(d.type) || material(d.trig.type)) && !d.target && !d.orphan) return false;
  return true;
}

function categoryOf(ctx: Ctx, d: Draft): AidCategory | undefined {
  const { doc, tree } = ctx;
  const s = doc.sentences[d.sent];
  // words of the clause, nearest to the trigger first
  let best: AidCategory | undefined;
  let bestDist = 1e9;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k];
    if (t.start < d.span[0] || t.end > d.span[1]) continue;
    for (const l of [tree.low[k], lemmaOf(tree, k)]) {
      const c = CATEGORY_WORDS[l];
      if (c && Math.abs(k - d.tok) < bestDist) { best = c; bestDist = Math.abs(k - d.tok); }
    }
  }
  return best;
}

/** Where it happened: an in/at place attached to the predicate (or to its during/at phrase). */
function locate(ctx: Ctx, d: Draft): void {
  const { doc, tree } = ctx;
  const look = (i: number, depth: number): { e: Entity; tok: number } | undefined => {
    for (const k of byCase(ctx, i, ['in', 'at'], ['obl', 'nmod'])) {
      const r = npEntity(ctx, k);
      if (r && PLACE.has(r.e.type) && k !== d.targetTok && k !== d.actorTok) return r;
      if (depth < 1) {
        const inner = look(k, depth + 1);
        if (inner) return inner;
      }
    }
    if (depth < 1) {
      for (const k of byCase(ctx, i, ['during', 'at'], ['obl'])) {
        const inner = look(k, depth + 1);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  let r = look(d.pred, 0) ?? (d.tok !== d.pred ? look(d.tok, 1) : undefined);
  // "a meeting of foreign ministers of both countries in Islamabad": the place at the end of the
  // noun's of-chain is where the meeting was (a parser hangs it on the last noun)
  if (!r && coarsePos(tree, d.tok) === 'N') {
    let cur = d.tok;
    for (let step = 0; step < 3 && !r; step++) {
      const next = byCase(ctx, cur, ['of'], ['nmod'])[0];
      if (next === undefined) break;
      for (const k of byCase(ctx, next, ['in', 'at'], ['nmod'])) {
        const x = npEntity(ctx, k);
        if (x && PLACE.has(x.e.type) && k !== d.targetTok && k !== d.actorTok) { r = x; break; }
      }
      cur = next;
    }
  }
  if (r) {
    d.location = r.e;
    d.locationTok = r.tok;
  }
  void doc;
  void tree;
}

function usableDate(t: TimeExpr): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);
}

/** A date attached to the predicate: a timex whose head climbs to it without crossing a clause. */
function dateOf(ctx: Ctx, d: Draft): TimeExpr | undefined {
  const { doc, tree } = ctx;
  const s = doc.sentences[d.sent];
  // the sentence's only date, when it sits on a clause that governs this one ("On Sunday, X said
  // he met Y"), is this event's date too
  let only: TimeExpr | undefined;
  let onlyAt = -1;
  let count = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const ti = ctx.timexAt[k];
    if (ti < 0) continue;
    const tx = doc.timexes[ti];
    if (!usableDate(tx)) continue;
    // head of the timex span: the token whose head lies outside it
    let head = k;
    for (let j = k; j < s.tokenEnd && ctx.timexAt[j] === ti; j++) {
      const h = doc.tokens[j].head ?? -1;
      if (h < 0 || ctx.timexAt[h] !== ti) { head = j; break; }
    }
    let cur = doc.tokens[head].head ?? -1;
    let r = baseRel(doc.tokens[head]);
    for (let n = 0; n < 6 && cur >= 0; n++) {
      if (cur === d.pred || cur === d.tok) return tx;
      if (CLAUSAL.has(r) || coarsePos(tree, cur) === 'V') break;
      r = baseRel(doc.tokens[cur]);
      cur = doc.tokens[cur].head ?? -1;
    }
    count++;
    only = tx;
    onlyAt = cur;
    while (k + 1 < s.tokenEnd && ctx.timexAt[k + 1] === ti) k++;
  }
  if (count === 1 && only && onlyAt >= 0 && clauseChain(tree, d.pred, onlyAt)) return only;
  return undefined;
}

/** Is `top` reached from `from` through clause links only (never through a noun's relative clause)? */
function clauseChain(tree: Tree, from: number, top: number): boolean {
  let cur = from;
  for (let n = 0; n < 12 && cur >= 0; n++) {
    if (cur === top) return true;
    const t = tree.doc.tokens[cur];
    if (baseRel(t) === 'acl') return false;
    cur = t.head ?? -1;
  }
  return false;
}

/** The clause that tells the event: the predicate's subtree without other clauses. */
function clauseSpan(ctx: Ctx, d: Draft): [number, number] {
  const { doc, tree } = ctx;
  const s = doc.sentences[d.sent];
  if (d.headline) return [s.start, s.end];
  const stop = new Set(['conj', 'parataxis', 'advcl', 'acl', 'list', 'punct', 'cc']);
  if (!d.trig.absorb && d.type !== 'AID') stop.add('ccomp');
  const toks = subtree(tree, d.pred, stop);
  let lo = Infinity;
  let hi = -Infinity;
  for (const k of toks) {
    const t = doc.tokens[k];
    if (t.sent !== d.sent) continue;
    if (t.start < lo) lo = t.start;
    if (t.end > hi) hi = t.end;
  }
  if (!Number.isFinite(lo)) return [s.start, s.end];
  return [lo, hi];
}

// ---------------------------------------------------------------------------------------------
// "X said Y must ...": a demand voiced as a statement (PLOVER codes it REQUEST)

const SPEECH = new Set(['say', 'insist', 'reiterate', 'declare', 'stress', 'state', 'tell', 'warn', 'announce', 'add', 'write', 'argue', 'emphasize', 'emphasise', 'underline', 'affirm', 'assert', 'maintain', 'repeat', 'note', 'remind']);
function isSpeech(tree: Tree, i: number): boolean {
  return lemmasOf(tree, i).some((l) => SPEECH.has(l));
}

const REQUEST_TRIGGER: Trigger = {
  type: 'REQUEST', pos: 'V', lemma: 'must', tp: [], needT: true, anyA: false, mutual: false, absorb: true,
  swap: false, place: false, ccompT: true, lightOnly: false, weight: 0.8,
};

function requestMode(ctx: Ctx, v: number): string {
  let inner: PloverType | undefined;
  for (const k of subtree(ctx.tree, v)) {
    const t = ctx.verbTrig[k]?.[0] ?? ctx.nounTrig[k]?.[0];
    if (t) { inner = t.type; break; }
  }
  if (inner === 'RETREAT' || inner === 'CONCEDE') return 'yield';
  if (inner === 'AID' || inner === 'COOPERATE') return 'assist';
  if (inner === 'CONSULT' || inner === 'AGREE') return 'meet';
  return 'change';
}

const NEG_EVAL = new Set(['wrong', 'irresponsible', 'unacceptable', 'outrageous', 'disgraceful', 'shameful', 'deplorable', 'appalling',
  'scandalous', 'reckless', 'naive', 'naïve', 'absurd', 'ridiculous', 'unjustified', 'unjustifiable', 'illegal', 'unlawful', 'immoral',
  'criminal', 'cowardly', 'hypocritical', 'misguided', 'mistaken', 'disastrous', 'counterproductive', 'counter-productive', 'insulting',
  'foolish', 'baseless', 'groundless', 'distressing', 'despicable', 'barbaric', 'inexcusable', 'indefensible']);
const EVAL_TRIGGER: Trigger = {
  type: 'ACCUSE', mode: 'disapprove', pos: 'V', lemma: 'say', tp: [], needT: false, anyA: false, mutual: false,
  absorb: false, swap: false, place: false, ccompT: false, lightOnly: false, weight: 0.8,
};

/**
 * "Ancram said the move would be 'profoundly wrong'", "Tutu said detentions without trial were
 * 'unacceptable'": a speaker calling something wrong criticises it (PLOVER ACCUSE, disapprove).
 * Only a strongly negative predicate adjective in the said clause, not negated, and not an
 * extraposed infinitive ("it would be wrong to attack" judges no deed that happened).
 */
function evaluativeAccusations(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (let a = 0; a < doc.tokens.length; a++) {
    const t = doc.tokens[a];
    if (baseRel(t) !== 'ccomp') continue;
    // "The Tories said she broke a convention": saying someone broke a rule accuses them
    if (t.upos === 'VERB' && lemmasOf(tree, a).some((l) => BREACH.has(l))) {
      const o = kidsWith(tree, a, 'obj')[0];
      if (o === undefined || !objLemmas(ctx, o).some((l) => RULES.has(l))) continue;
      if (tree.kids[a].some((k) => NEG_WORDS.test(tree.low[k]))) continue;
      const h = t.head ?? -1;
      if (h < 0 || !isSpeech(tree, h)) continue;
      const speaker = resolveAgent(ctx, agentOf(ctx, h), h);
      const s0 = kidsWith(tree, a, 'nsubj')[0];
      const accused = s0 !== undefined ? resolveAgent(ctx, s0, a) : undefined;
      if (!speaker || !accused || speaker.e.id === accused.e.id || speaker.e.type === 'NORP') continue;
      const d = baseDraft(ctx, EVAL_TRIGGER, a, h);
      setActor(d, speaker);
      setTarget(d, accused);
      d.modality = modalityOf(tree, h, h);
      d.tense = tenseOf(tree, h);
      d.date = dateOf(ctx, d);
      const toks = subtree(tree, h, new Set(['conj', 'parataxis']));
      d.span = [Math.min(...toks.map((k) => doc.tokens[k].start)), Math.max(...toks.map((k) => doc.tokens[k].end))];
      ctx.consumed[a] = 1;
      if (finishCommon(ctx, d)) out.push(d);
      continue;
    }
    if (t.upos !== 'ADJ' || !NEG_EVAL.has(tree.low[a])) continue;
    const sent = doc.sentences[t.sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media' || ctx.absorbed[a]) continue;
    if (!kidsWith(tree, a, 'cop').length) continue;
    if (tree.kids[a].some((k) => NEG_WORDS.test(tree.low[k]))) continue;
    if (tree.kids[a].some((k) => /^(xcomp|csubj|ccomp|advcl)$/.test(baseRel(doc.tokens[k])) && markOf(tree, k) === 'to')) continue;
    // "naive if he accepted ...": a conditional judgement; "claims ... were wrong": a rebuttal
    if (tree.kids[a].some((k) => baseRel(doc.tokens[k]) === 'advcl' && /^(if|unless|whether)$/.test(markOf(tree, k)))) continue;
    const subj0 = kidsWith(tree, a, 'nsubj')[0] ?? kidsWith(tree, a, 'csubj')[0];
    // (a judgement with no subject the parse can find judges nothing identifiable)
    if (subj0 === undefined) continue;
    // "it would be unacceptable for a chief constable to say": an extraposed clause judges a case,
    // not a deed; "could be illegal": a hedge
    if (tree.low[subj0] === 'it') {
      let extraposed = tree.kids[a].some((k) => /^(xcomp|csubj|ccomp|advcl)$/.test(baseRel(doc.tokens[k])));
      for (let k = a + 1; k < sent.tokenEnd - 1 && !extraposed; k++) if (tree.low[k] === 'to' && doc.tokens[k + 1].xpos === 'VB') extraposed = true;
      if (extraposed) continue;
    }
    if (tree.kids[a].some((k) => baseRel(doc.tokens[k]) === 'aux' && /^(could|might|may)$/.test(tree.low[k]))) continue;
    if ((COMMUNICATION.has(lemmaOf(tree, subj0)) || /^(claim|allegation|suggestion|accusation|charge|assertion)s?$/.test(tree.low[subj0]))) continue;
    const h = t.head ?? -1;
    if (h < 0 || !isSpeech(tree, h)) continue;
    const speaker = resolveAgent(ctx, agentOf(ctx, h), h);
    if (!speaker || speaker.e.type === 'NORP') continue;
    const d = baseDraft(ctx, EVAL_TRIGGER, a, h);
    setActor(d, speaker);
    const subj = kidsWith(tree, a, 'nsubj')[0] ?? kidsWith(tree, a, 'csubj')[0];
    // ("It is utterly unacceptable": a pronoun subject names no one)
    if (subj !== undefined && doc.tokens[subj].upos !== 'PRON') {
      let r = npEntity(ctx, subj);
      if (!r) for (const k of tree.kids[subj]) if (rel(doc.tokens[k]) === 'nmod:poss') { r = npEntity(ctx, k); if (r) break; }
      if (r && r.e.id !== speaker.e.id && r.e.type !== 'NORP') setTarget(d, r);
    }
    d.modality = modalityOf(tree, h, h);
    d.tense = tenseOf(tree, h);
    d.date = dateOf(ctx, d);
    const toks = subtree(tree, h, new Set(['conj', 'parataxis']));
    d.span = [Math.min(...toks.map((k) => doc.tokens[k].start)), Math.max(...toks.map((k) => doc.tokens[k].end))];
    if (finishCommon(ctx, d)) out.push(d);
  }
  return out;
}
const NEG_WORDS = /^(not|n't|never|hardly|scarcely)$/;
const BREACH = new Set(['break', 'breach', 'violate', 'flout', 'contravene']);
const RULES = new Set(['convention', 'rule', 'law', 'agreement', 'ceasefire', 'truce', 'promise', 'pledge', 'treaty', 'code', 'resolution', 'deal', 'commitment', 'accord', 'protocol', 'sanction', 'embargo', 'charter', 'constitution']);

function mustRequests(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  for (let v = 0; v < doc.tokens.length; v++) {
    const sent = doc.sentences[doc.tokens[v].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    let h = -1;
    let subj = -1;
    if (tree.parsed) {
      if (!tree.kids[v].some((k) => baseRel(doc.tokens[k]) === 'aux' && tree.low[k] === 'must')) continue;
      if (baseRel(doc.tokens[v]) !== 'ccomp') continue;
      h = doc.tokens[v].head ?? -1;
      subj = kidsWith(tree, v, 'nsubj')[0] ?? -1;
    } else {
      // "X said (that) Y must": speech verb within 4 tokens before the subject of "must"
      if (tree.low[v] !== 'must' || v < 2) continue;
      subj = v - 1;
      for (let k = v - 2; k >= Math.max(sent.tokenStart, v - 6); k--) if (isSpeech(tree, k) && coarsePos(tree, k) === 'V') { h = k; break; }
    }
    if (h < 0 || !isSpeech(tree, h) || ctx.absorbed[v]) continue;
    const speaker = tree.parsed ? resolveAgent(ctx, agentOf(ctx, h), h) : leftEntity(ctx, h, sent.tokenStart);
    const target = subj >= 0 ? npEntity(ctx, subj) ?? (tree.parsed ? undefined : entityRef(ctx, subj)) : undefined;
    if (!speaker || !target || speaker.e.id === target.e.id) continue;
    const d = baseDraft(ctx, REQUEST_TRIGGER, h, h);
    d.mode = requestMode(ctx, v);
    setActor(d, speaker);
    setTarget(d, target);
    if (tree.parsed) {
      for (const k of subtree(tree, v)) ctx.absorbed[k] = 1;
      ctx.consumed[h] = 1;
      d.tense = tenseOf(tree, h);
      d.date = dateOf(ctx, d);
      const toks = subtree(tree, h, new Set(['conj', 'parataxis', 'punct']));
      d.span = [Math.min(...toks.map((k) => doc.tokens[k].start)), Math.max(...toks.map((k) => doc.tokens[k].end))];
    } else {
      const [, to] = clauseWindow(tree, v);
      for (let k = v; k < to; k++) ctx.absorbed[k] = 1;
      d.span = [doc.tokens[Math.max(sent.tokenStart, speaker.tok)].start, doc.tokens[to - 1].end];
    }
    if (finishCommon(ctx, d)) out.push(d);
  }
  return out;
}

const REJECT_TRIGGER: Trigger = { ...REQUEST_TRIGGER, type: 'REJECT', lemma: 'no', ccompT: false };

/**
 * "Russia declared that there should be no NATO involvement": a normative "there must be no X"
 * voiced by someone is their rejection of X (PLOVER REJECT). Parse only; the X must be named.
 */
function noPlaceFor(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (let v = 0; v < doc.tokens.length; v++) {
    if (lemmaOf(tree, v) !== 'be' || ctx.absorbed[v]) continue;
    const sent = doc.sentences[doc.tokens[v].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    const kids = tree.kids[v];
    if (!kids.some((k) => baseRel(doc.tokens[k]) === 'expl' && tree.low[k] === 'there')) continue;
    if (!kids.some((k) => baseRel(doc.tokens[k]) === 'aux' && /^(should|must|can|will|would|could|cannot)$/.test(tree.low[k]))) continue;
    const n = kidsWith(tree, v, 'nsubj')[0];
    if (n === undefined || !tree.kids[n].some((k) => baseRel(doc.tokens[k]) === 'det' && tree.low[k] === 'no')) continue;
    const t = doc.tokens[v];
    if (baseRel(t) !== 'ccomp' || t.head === undefined || t.head < 0 || !isSpeech(tree, t.head)) continue;
    let target: { e: Entity; tok: number } | undefined;
    for (const k of tree.kids[n]) {
      const b = baseRel(doc.tokens[k]);
      if (b === 'compound' || b === 'amod' || b === 'nmod' || b === 'nmod:poss') target = target ?? npEntity(ctx, k) ?? undefined;
    }
    const speaker = resolveAgent(ctx, agentOf(ctx, t.head), t.head);
    if (!target || !speaker || target.e.id === speaker.e.id) continue;
    const d = baseDraft(ctx, REJECT_TRIGGER, n, v);
    setActor(d, speaker);
    setTarget(d, target);
    d.tense = tenseOf(tree, t.head);
    const toks = subtree(tree, v, new Set(['conj', 'parataxis', 'punct']));
    d.span = [Math.min(...toks.map((k) => doc.tokens[k].start)), Math.max(...toks.map((k) => doc.tokens[k].end))];
    for (const k of subtree(tree, v)) ctx.absorbed[k] = 1;
    if (finishCommon(ctx, d)) out.push(d);
  }
  return out;
}

function entityRef(ctx: Ctx, k: number): { e: Entity; tok: number } | undefined {
  const e = entityAt(ctx.doc, k);
  return e ? { e, tok: k } : undefined;
}

function leftEntity(ctx: Ctx, h: number, from: number): { e: Entity; tok: number } | undefined {
  for (let k = h - 1; k >= Math.max(from, h - 6); k--) {
    const r = entityRef(ctx, k);
    if (r) return r;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// "X was in Kyiv": a foreign official's presence in a capital is a visit

function copulaVisits(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (const m of doc.mentions) {
    if (!PLACE.has(m.type) || m.kind !== 'name') continue;
    const sent = doc.sentences[doc.tokens[m.tokenStart].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    // the mention's head token carries cop + case in/at
    let p = -1;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) {
      const h = doc.tokens[k].head ?? -1;
      if (h < m.tokenStart || h >= m.tokenEnd) { p = k; break; }
    }
    if (p < 0 || ctx.absorbed[p]) continue;
    // "Mr Bush is due in Europe": the place hangs on "due", which carries the copula (a visit to come)
    const ph = doc.tokens[p].head ?? -1;
    const due = ph >= 0 && tree.low[ph] === 'due' && baseRel(doc.tokens[p]) === 'obl' ? ph : -1;
    const pred = due >= 0 ? due : p;
    const cop = kidsWith(tree, pred, 'cop')[0];
    const c = caseOf(tree, p);
    if (cop === undefined || (c !== 'in' && c !== 'at')) continue;
    const subj = kidsWith(tree, pred, 'nsubj')[0];
    if (subj === undefined) continue;
    const a = npEntity(ctx, subj);
    if (!a || (a.e.type !== 'PERSON' && a.e.type !== 'ORG')) continue;
    const place = entityAt(doc, p);
    if (!place) continue;
    const ac = countryOf(doc, a.e);
    // only officials known to act for another country or organisation
    if (!ac || ac === countryOf(doc, place)) continue;
    const trig: Trigger = {
      type: 'CONSULT', mode: 'visit', pos: 'V', lemma: 'be', tp: [], needT: true, anyA: false, mutual: false,
      absorb: false, swap: false, place: true, ccompT: false, lightOnly: false, weight: 0.8,
    };
    const d = baseDraft(ctx, trig, cop, pred);
    setActor(d, a);
    setTarget(d, { e: place, tok: p });
    d.location = place;
    d.locationTok = p;
    const fin = finishOrDrop(ctx, d, pred);
    if (fin && due >= 0 && fin.modality === 'asserted') fin.modality = 'future';
    if (fin) out.push(fin);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fallback without a parse: proximity within the clause

/** Parse-free check of a verb's object constraint: the object word within the next 4 tokens. */
function windowVerbTrigger(ctx: Ctx, i: number, to: number): Trigger | undefined {
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

const SKIP_BEFORE_NP = /^(the|a|an|its|his|her|their|our|this|that|these|those|new|fresh|more|further|recent|both|either)$/;
const PASSIVE_AUX = /^(is|are|was|were|be|been|being)$/;

/** The preposition right before the noun phrase that starts at token k (skipping articles). */
function prepBefore(tree: Tree, k: number, from: number): string {
  let j = k - 1;
  while (j >= from && SKIP_BEFORE_NP.test(tree.low[j])) j--;
  return j >= from ? tree.low[j] : '';
}

function draftFromWindow(ctx: Ctx, i: number): Draft | undefined {
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
