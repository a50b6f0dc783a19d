/**
 * Finishing: the arguments every draft gets (date, place, money, pledge status and category,
 * modality) and the precision gate that drops drafts an analyst would not record.
 */
import type { Entity, PloverType, TimeExpr } from '../../model/types.js';
import { countryIndex } from '../../kb/countries.js';
import { countryOf, docVoice, entityAt, mentionAt } from './adapter.js';
import { AID_MODE, CATEGORY_WORDS, type AidCategory } from './lexicon.js';
import { modalityOf } from './modality.js';
import { baseRel, caseOf, CLAUSAL, coarsePos, kidsWith, lemmaOf, lemmasOf, markOf, rel, presentPerfect, subtree, tenseOf, type Tree } from './tree.js';
import { PLACE, type Ctx, type Draft } from './draft.js';
import { agentOf, byCase, npEntity, resolveAgent } from './participants.js';
import { setTarget } from './predicates.js';
import { isSpeech, NEG_EVAL } from './statements.js';

export function finishOrDrop(ctx: Ctx, d: Draft, pred: number): Draft | undefined {
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
  if (d.trig.xcomp && !wantedOf(ctx, d)) return undefined;
  if (d.trig.needT && !d.target && !callFor(ctx, d)) return undefined;
  // "we ask God to support you": a prayer, not a request of anyone who can act on it
  if (d.type === 'REQUEST' && tree.parsed && tree.kids[d.pred].some((k) => /^(obj|iobj)$/.test(baseRel(doc.tokens[k])) && /^(god|lord|allah|heaven|heavens)$/.test(tree.low[k]))) return undefined;
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
    d.perfect = presentPerfect(tree, d.pred);
    if (!d.location) locate(ctx, d);
    if (!d.date) d.date = dateOf(ctx, d);
    if (!d.money && d.type !== 'CONSULT') {
      for (const k of subtree(tree, d.pred, CLAUSAL)) if (ctx.moneyAt[k] >= 0) { d.money = doc.money[ctx.moneyAt[k]]; break; }
    }
    // "a new $ 1 billion humanitarian aid package": the amount sits on the phrase's head noun
    const pt0 = doc.tokens[d.pred];
    const ph = d.trig.pos === 'N' && d.tok === d.pred && baseRel(pt0) === 'compound' && (pt0.head ?? -1) > d.pred && coarsePos(tree, pt0.head!) === 'N' ? pt0.head! : -1;
    if (!d.money && d.type === 'AID' && ph >= 0) {
      for (const k of subtree(tree, ph, CLAUSAL)) if (ctx.moneyAt[k] >= 0) { d.money = doc.money[ctx.moneyAt[k]]; break; }
    }
    d.span = clauseSpan(ctx, d);
    if (ph >= 0 && d.type === 'AID') {
      const sp = clauseSpan(ctx, { ...d, pred: ph });
      d.span = [Math.min(d.span[0], sp[0]), Math.max(d.span[1], sp[1])];
    }
  }
  return finishCommon(ctx, d) ? d : undefined;
}

/**
 * "Cafod wants Britain to use its influence": a wish is a request only of another party named
 * outright as the object (not a pronoun, not the wisher's own country, not a thing: "want the
 * EU budget to be capped").
 */
export function wantedOf(ctx: Ctx, d: Draft): boolean {
  const { doc, tree } = ctx;
  if (!d.target || d.targetTok === undefined || !d.actor) return false;
  const o = kidsWith(tree, d.pred, 'obj')[0];
  if (o === undefined || PRONOUN_OBJ.test(tree.low[o])) return false;
  const m = mentionAt(doc, d.targetTok);
  if (!m || m.kind !== 'name' || o < m.tokenStart || o >= m.tokenEnd) return false;
  const own = countryOf(doc, d.actor) ?? d.actor.name;
  return (countryOf(doc, d.target) ?? d.target.name) !== own;
}
const PRONOUN_OBJ = /^(it|us|them|him|her|me|you|this|that)$/;

/** Is the predicate hypothetical only through an if/unless clause on itself (no modal, no question)? */
export function conditionOnly(ctx: Ctx, v: number): boolean {
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
export function callFor(ctx: Ctx, d: Draft): boolean {
  if (d.type !== 'REQUEST' || d.trig.lemma !== 'call' || !d.actor || !ctx.tree.parsed) return false;
  return ctx.tree.kids[d.pred].some((k) => baseRel(ctx.doc.tokens[k]) === 'obl' && caseOf(ctx.tree, k) === 'for' && k > d.pred);
}

/**
 * "Biden called Zelensky on Friday": "call" with a bare object and nothing asked is a phone call;
 * "called Putin a criminal" names someone, which is no request (false drops the draft).
 */
export function phoneCall(ctx: Ctx, d: Draft): boolean {
  const { doc, tree } = ctx;
  if (d.type !== 'REQUEST' || d.trig.lemma !== 'call' || !tree.parsed || d.targetTok === undefined) return true;
  const m = mentionAt(doc, d.targetTok);
  const a = m ? m.tokenStart : d.targetTok;
  const b = m ? m.tokenEnd : d.targetTok + 1;
  let rel0 = '';
  for (let k = a; k < b; k++) if (doc.tokens[k].head === d.pred) rel0 = baseRel(doc.tokens[k]);
  const kids = tree.kids[d.pred].map((k) => ({ k, b: baseRel(doc.tokens[k]) }));
  const outside = (x: { k: number }) => x.k < a || x.k >= b;
  // "calling the Scientology organization by phone": the telephone makes it a call, whatever
  // the object's shape (not "called by phone for a ceasefire")
  const byPhone = kids.some(({ k, b: r }) => r === 'obl' && /^(phone|telephone)$/.test(tree.low[k]) && /^(by|on|over|via)$/.test(caseOf(tree, k) ?? ''));
  if (byPhone && !kids.some(({ k, b: r }) => r === 'obl' && caseOf(tree, k) === 'for')) {
    d.type = 'CONSULT';
    d.mode = 'phone';
    return true;
  }
  if (rel0 === 'iobj') {
    const label = kids.find((x) => (x.b === 'obj' || x.b === 'xcomp') && outside(x));
    if (label) return namedAs(ctx, d, label.k);
  }
  // "called Camp Delta a scandal" parsed with the name as xcomp and the label as object
  if (rel0 === 'xcomp') {
    const label = kids.find((x) => x.b === 'obj' && outside(x));
    if (label) return namedAs(ctx, d, label.k);
  }
  if (rel0 !== 'obj') return true;
  const asks = kids.some(({ k, b: r }) => r === 'xcomp' || r === 'ccomp' || (r === 'obl' && /^(for|to)$/.test(caseOf(tree, k) ?? '')));
  if (asks) return true;
  const label = kids.find((x) => x.b === 'obj' && outside(x));
  if (label) return namedAs(ctx, d, label.k);
  d.type = 'CONSULT';
  d.mode = 'phone';
  return true;
}

/** Labels that condemn what they name ("called Camp Delta a scandal"). */
export const BLAME_LABEL = new Set(['scandal', 'disgrace', 'outrage', 'travesty', 'shame', 'crime', 'mistake', 'blunder', 'failure', 'fiasco', 'farce',
  'insult', 'betrayal', 'catastrophe', 'disaster', 'abomination', 'embarrassment', 'sham', 'hypocrite', 'liar', 'criminal', 'murderer', 'terrorist',
  'dictator', 'tyrant', 'butcher', 'thug', 'aggressor', 'atrocity', 'violation', 'breach', 'abuse', 'lawlessness', 'folly', 'stunt', 'whitewash',
  'cover-up', 'coverup', 'charade', 'joke', 'nonsense', 'lie', 'genocide']);

/**
 * "X called Y a scandal": naming someone or something with a condemning label criticises it
 * (PLOVER ACCUSE, disapprove); any other label ("called Y a friend") is no event (false).
 */
export function namedAs(ctx: Ctx, d: Draft, label: number): boolean {
  const { tree } = ctx;
  const blame = lemmasOf(tree, label).some((l) => BLAME_LABEL.has(l))
    || tree.kids[label].some((k) => baseRel(ctx.doc.tokens[k]) === 'amod' && NEG_EVAL.has(tree.low[k]));
  if (!blame) return false;
  d.type = 'ACCUSE';
  d.mode = 'disapprove';
  return true;
}

/** Nouns for what someone did or said: praising "the EU's move" answers the EU. */
export const ACT_NOUNS = new Set(['move', 'decision', 'offer', 'proposal', 'plan', 'initiative', 'statement', 'announcement', 'effort', 'stance', 'position', 'response', 'leadership', 'action', 'step', 'call', 'demand', 'request', 'policy', 'commitment', 'pledge', 'support', 'role', 'remarks', 'comment', 'invitation']);
export const VERBAL_REACTIONS = new Set<PloverType>(['SUPPORT', 'ACCUSE', 'REJECT', 'AGREE']);

/**
 * A verbal reaction to someone's act ("Beijing welcomed the EU's move", "the EU's move was
 * welcomed by Beijing", "rejected Moscow's proposal"): the act's possessor is the target.
 */
export function possessorTarget(ctx: Ctx, d: Draft): void {
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

export const CONFLICT = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST']);
export const THREAT_MODE: Partial<Record<PloverType, string>> = { ASSAULT: 'violence', MOBILIZE: 'violence', COERCE: 'restrict', SANCTION: 'relations', PROTEST: 'relations', RETREAT: 'relations' };

/**
 * PLOVER codes a conflictual act that its actor announces for the future ("said they would
 * boycott", "will withdraw unless ...") as THREATEN, not as the act with a future mode.
 */
export function threatOf(ctx: Ctx, d: Draft): void {
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
export function pledgeNounGate(d: Draft): boolean {
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
export function inferRecipient(ctx: Ctx, d: Draft): void {
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
export function isCountryOrCapital(e: Entity): boolean {
  const ci = countryIndex();
  const k = e.name.toLowerCase().replace(/^the /, '');
  return ci.byName.has(k) || ci.byCapital.has(k) || (k === 'kiev' || k === 'kyiv');
}

/** Names of rivers, seas and mountains: places, never parties ("Europe" may be addressed; a river not). */
export const GEO_FEATURE = /\b(River|Sea|Lake|Ocean|Mountains?|Mount|Valley|Bay|Gulf|Strait|Canal|Desert|Plain|Peninsula|Island|Islands|Coast|Basin|Delta)\b/;

export const SPEECH_ACTS = new Set<PloverType>(['REQUEST', 'REJECT', 'AGREE', 'THREATEN', 'ACCUSE']);
export const CROWD = new Set(['protester', 'demonstrator', 'student', 'worker', 'people', 'crowd', 'thousand', 'hundred', 'supporter', 'activist', 'resident', 'farmer', 'opponent', 'citizen', 'miner', 'teacher', 'doctor', 'nurse', 'driver', 'union', 'employee', 'staff', 'villager', 'youth', 'woman', 'man', 'prisoner', 'refugee', 'member']);

/** Arguments every draft gets, then the last gate: false drops the draft. */
export function finishCommon(ctx: Ctx, d: Draft): boolean {
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
  // violence with its doer unnamed is news only with whom or where it hit
  if (d.unattributed && !d.actor && d.type === 'ASSAULT' && !d.target && !d.location) return false;
  // only aid received from an unnamed donor, and crowds, may lack an actor
  if (!d.actor && !d.orphan && !d.unattributed && d.type !== 'AID' && d.type !== 'PROTEST') return false;
  // PLOVER: AID and COOPERATE require a recipient (an orphan pledge finds one when it merges);
  // so does the promise of either
  const material = (t: PloverType) => t === 'AID' || t === 'COOPERATE';
  // ... except a pledge of money by a named donor ("The British public has pledged £76m in aid"):
  // the amount is the news even when the recipient is left to the context
  // (only what is called aid: "£4bn in tax cuts", "£1bn for local councils" are a budget)
  const namedPledge = d.type === 'AID' && !!d.money && !!d.actor && d.modality === 'asserted' && /^(aid|assistance|relief)$/.test(d.trig.lemma);
  if ((material(d.type) || material(d.trig.type)) && !d.target && !d.orphan && !namedPledge) return false;
  return true;
}

export function categoryOf(ctx: Ctx, d: Draft): AidCategory | undefined {
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
export function locate(ctx: Ctx, d: Draft): void {
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

export function usableDate(t: TimeExpr): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}/.test(t.value);
}

/**
 * "arrested under Section 41 of the Terrorism Act 2000", "the Reform Act of 1989": a year that
 * ends the name of a law or treaty dates the law, not the event told around it.
 */
export function yearOfName(text: string, t: TimeExpr): boolean {
  return /^\d{4}$/.test(t.value) && /\p{Lu}\p{Ll}+\s+(?:Act|Bill|Convention|Treaty|Protocol|Accords?|Charter|Agreement|Declaration|Resolution)(?:\s+of)?\s*$/u.test(text.slice(Math.max(0, t.start - 60), t.start));
}

/** A date attached to the predicate: a timex whose head climbs to it without crossing a clause. */
export function dateOf(ctx: Ctx, d: Draft): TimeExpr | undefined {
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
    if (!usableDate(tx) || yearOfName(doc.text, tx)) continue;
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
export function clauseChain(tree: Tree, from: number, top: number): boolean {
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
export function clauseSpan(ctx: Ctx, d: Draft): [number, number] {
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
