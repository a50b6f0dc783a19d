/**
 * Events told without an event verb: "X said Y must ..." (a demand voiced as a statement,
 * REQUEST) and "X was in Kyiv" (a foreign official's presence in a capital is a visit).
 */
import type { Entity, PloverType } from '../../model/types.js';
import { countryOf, entityAt } from './adapter.js';
import { type Trigger } from './lexicon.js';
import { modalityOf } from './modality.js';
import { baseRel, caseOf, clauseWindow, coarsePos, kidsWith, lemmaOf, lemmasOf, markOf, rel, subtree, tenseOf, type Tree } from './tree.js';
import { PLACE, isAgentNoun, quotedTok, type Ctx, type Draft } from './draft.js';
import { dateOf, finishCommon, finishOrDrop, isCountryOrCapital } from './finish.js';
import { agentOf, npEntity, quoteSpeaker, resolveAgent } from './participants.js';
import { COMMUNICATION, baseDraft, objLemmas, setActor, setTarget } from './predicates.js';
import { BLAME_LABEL } from './finish.js';

export const SPEECH = new Set(['say', 'insist', 'reiterate', 'declare', 'stress', 'state', 'tell', 'warn', 'announce', 'add', 'write', 'argue', 'emphasize', 'emphasise', 'underline', 'affirm', 'assert', 'maintain', 'repeat', 'note', 'remind']);
export function isSpeech(tree: Tree, i: number): boolean {
  return lemmasOf(tree, i).some((l) => SPEECH.has(l));
}

export const REQUEST_TRIGGER: Trigger = {
  type: 'REQUEST', pos: 'V', lemma: 'must', tp: [], needT: true, anyA: false, mutual: false, absorb: true,
  swap: false, place: false, ccompT: true, lightOnly: false, weight: 0.8,
};

export function requestMode(ctx: Ctx, v: number): string {
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

export const NEG_EVAL = new Set(['wrong', 'irresponsible', 'unacceptable', 'outrageous', 'disgraceful', 'shameful', 'deplorable', 'appalling',
  'scandalous', 'reckless', 'naive', 'naïve', 'absurd', 'ridiculous', 'unjustified', 'unjustifiable', 'illegal', 'unlawful', 'immoral',
  'criminal', 'cowardly', 'hypocritical', 'misguided', 'mistaken', 'disastrous', 'counterproductive', 'counter-productive', 'insulting',
  'foolish', 'baseless', 'groundless', 'distressing', 'despicable', 'barbaric', 'inexcusable', 'indefensible',
  'unfair', 'inappropriate', 'unjust', 'harsh', 'disproportionate', 'heavy-handed', 'incompetent', 'illegitimate', 'unjustified',
  'unwarranted', 'unreasonable', 'discriminatory', 'draconian', 'shocking', 'unconscionable']);
export const EVAL_TRIGGER: Trigger = {
  type: 'ACCUSE', mode: 'disapprove', pos: 'V', lemma: 'say', tp: [], needT: false, anyA: false, mutual: false,
  absorb: false, swap: false, place: false, ccompT: false, lightOnly: false, weight: 0.8,
};

/**
 * "Ancram said the move would be 'profoundly wrong'", "Tutu said detentions without trial were
 * 'unacceptable'": a speaker calling something wrong criticises it (PLOVER ACCUSE, disapprove).
 * Only a strongly negative predicate adjective in the said clause, not negated, and not an
 * extraposed infinitive ("it would be wrong to attack" judges no deed that happened).
 */
export function evaluativeAccusations(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (let a = 0; a < doc.tokens.length; a++) {
    const t = doc.tokens[a];
    // "said that after being tortured, the men's arrest was unfair": a judgement the parser
    // coordinated with the said clause is said too
    const conjOfSaid = baseRel(t) === 'conj' && t.upos === 'ADJ' && t.head !== undefined && t.head >= 0 && baseRel(doc.tokens[t.head]) === 'ccomp';
    if (baseRel(t) !== 'ccomp' && !conjOfSaid) continue;
    // "The Tories said she broke a convention": saying someone broke a rule accuses them.
    // "Louise Christian said the government should have acted sooner": what someone should
    // (not) have done is a failing they are blamed for.
    const breach = t.upos === 'VERB' && lemmasOf(tree, a).some((l) => BREACH.has(l));
    const duty = !breach && t.upos === 'VERB' && baseRel(t) === 'ccomp' && shouldHave(ctx, a);
    if (breach || duty) {
      if (breach) {
        const o = kidsWith(tree, a, 'obj')[0];
        if (o === undefined || !objLemmas(ctx, o).some((l) => RULES.has(l))) continue;
        if (tree.kids[a].some((k) => NEG_WORDS.test(tree.low[k]))) continue;
      }
      const d = speakerAccusesDoer(ctx, a, duty);
      if (d) out.push(d);
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
    const h = conjOfSaid ? doc.tokens[t.head!].head ?? -1 : t.head ?? -1;
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
    d.span = subtreeSpan(ctx, h, ['conj', 'parataxis']);
    if (finishCommon(ctx, d)) out.push(d);
  }
  return out;
}
/**
 * The speaker of the clause above `a` accuses the doer of `a` (its subject): "X said Y broke a
 * rule", "X said Y should have acted". A group of people never accuses; with `noGroupDoer` it is
 * not accused either.
 */
function speakerAccusesDoer(ctx: Ctx, a: number, noGroupDoer: boolean): Draft | undefined {
  const { doc, tree } = ctx;
  const h = doc.tokens[a].head ?? -1;
  if (h < 0 || !isSpeech(tree, h)) return undefined;
  const speaker = resolveAgent(ctx, agentOf(ctx, h), h);
  const s0 = kidsWith(tree, a, 'nsubj')[0];
  const doer = s0 !== undefined ? resolveAgent(ctx, s0, a) : undefined;
  if (!speaker || !doer || speaker.e.id === doer.e.id || speaker.e.type === 'NORP' || (noGroupDoer && doer.e.type === 'NORP')) return undefined;
  const d = baseDraft(ctx, EVAL_TRIGGER, a, h);
  setActor(d, speaker);
  setTarget(d, doer);
  d.modality = modalityOf(tree, h, h);
  d.tense = tenseOf(tree, h);
  d.date = dateOf(ctx, d);
  d.span = subtreeSpan(ctx, h, ['conj', 'parataxis']);
  ctx.consumed[a] = 1;
  return finishCommon(ctx, d) ? d : undefined;
}

/** Character span of the subtree under `root`, leaving out the branches that hang by `cut` relations. */
function subtreeSpan(ctx: Ctx, root: number, cut: readonly string[]): [number, number] {
  const toks = subtree(ctx.tree, root, new Set(cut));
  const t = ctx.doc.tokens;
  return [Math.min(...toks.map((k) => t[k].start)), Math.max(...toks.map((k) => t[k].end))];
}

export const NEG_WORDS = /^(not|n't|never|hardly|scarcely)$/;

/** "should have acted", "ought not to have gone": a past duty, said of what was (not) done. */
export function shouldHave(ctx: Ctx, v: number): boolean {
  const { doc, tree } = ctx;
  if (doc.tokens[v].xpos !== 'VBN') return false;
  const aux = tree.kids[v].filter((k) => baseRel(doc.tokens[k]) === 'aux').map((k) => tree.low[k]);
  return aux.includes('have') && (aux.includes('should') || aux.includes('ought'));
}
export const BREACH = new Set(['break', 'breach', 'violate', 'flout', 'contravene']);
export const RULES = new Set(['convention', 'rule', 'law', 'agreement', 'ceasefire', 'truce', 'promise', 'pledge', 'treaty', 'code', 'resolution', 'deal', 'commitment', 'accord', 'protocol', 'sanction', 'embargo', 'charter', 'constitution']);

export function mustRequests(ctx: Ctx): Draft[] {
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
      d.span = subtreeSpan(ctx, h, ['conj', 'parataxis', 'punct']);
    } else {
      const [, to] = clauseWindow(tree, v);
      for (let k = v; k < to; k++) ctx.absorbed[k] = 1;
      d.span = [doc.tokens[Math.max(sent.tokenStart, speaker.tok)].start, doc.tokens[to - 1].end];
    }
    if (finishCommon(ctx, d)) out.push(d);
  }
  return out;
}

export const REJECT_TRIGGER: Trigger = { ...REQUEST_TRIGGER, type: 'REJECT', lemma: 'no', ccompT: false };

/**
 * "Russia declared that there should be no NATO involvement": a normative "there must be no X"
 * voiced by someone is their rejection of X (PLOVER REJECT). Parse only; the X must be named.
 */
export function noPlaceFor(ctx: Ctx): Draft[] {
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
    if (n === undefined) continue;
    const t = doc.tokens[v];
    if (baseRel(t) !== 'ccomp' || t.head === undefined || t.head < 0 || !(isSpeech(tree, t.head) || OPINION.has(lemmaOf(tree, t.head)))) continue;
    if (!tree.kids[n].some((k) => baseRel(doc.tokens[k]) === 'det' && tree.low[k] === 'no')) {
      const r = shouldBe(ctx, v, n, t.head);
      if (r) out.push(r);
      continue;
    }
    if (!isSpeech(tree, t.head)) continue;
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
    d.span = subtreeSpan(ctx, v, ['conj', 'parataxis', 'punct']);
    for (const k of subtree(tree, v)) ctx.absorbed[k] = 1;
    if (finishCommon(ctx, d)) out.push(d);
  }
  return out;
}

/** Verbs of opinion whose that-clause voices the subject's position ("we believe there should be"). */
export const OPINION = new Set(['believe', 'think', 'feel', 'consider']);
/** Nouns of a step someone can be asked to take ("there should be an inquiry"). */
export const ASKABLE = new Set(['investigation', 'inquiry', 'probe', 'review', 'ceasefire', 'truce', 'referendum', 'apology', 'withdrawal', 'debate', 'vote', 'election', 'sanction', 'embargo', 'ban', 'moratorium', 'inquest', 'trial', 'retrial']);

/**
 * "We believe there should be an investigation into the role played by the UK", "X said there
 * must be a public inquiry": a normative existential voiced by someone is their request (PLOVER
 * REQUEST); the party named in what is asked for is its target.
 */
export function shouldBe(ctx: Ctx, v: number, n: number, h: number): Draft | undefined {
  const { doc, tree } = ctx;
  if (!lemmasOf(tree, n).some((l) => ASKABLE.has(l))) return undefined;
  // ('"We believe there should be an inquiry," said director Kate Allen': the quoted "we" is
  // the one the quotation is attributed to)
  const s0 = agentOf(ctx, h);
  const speaker = (s0 >= 0 && /^(i|we)$/.test(tree.low[s0]) && quotedTok(ctx, s0) ? quoteSpeaker(ctx, h) : undefined) ?? resolveAgent(ctx, s0, h);
  if (!speaker || speaker.e.type === 'NORP') return undefined;
  const d = baseDraft(ctx, REQUEST_TRIGGER, n, v);
  d.mode = 'change';
  setActor(d, speaker);
  for (const k of subtree(tree, n).sort((a, b) => a - b)) {
    if (k === n) continue;
    const r = npEntity(ctx, k);
    if (r && r.e.id !== speaker.e.id && r.e.type !== 'NORP' && !PLACE.has(r.e.type) || (r && isCountryOrCapital(r.e) && r.e.id !== speaker.e.id)) { setTarget(d, r); break; }
  }
  d.modality = modalityOf(tree, h, h);
  d.tense = tenseOf(tree, h);
  d.date = dateOf(ctx, d);
  d.span = subtreeSpan(ctx, v, ['conj', 'parataxis', 'punct']);
  for (const k of subtree(tree, v)) ctx.absorbed[k] = 1;
  return finishCommon(ctx, d) ? d : undefined;
}

export function entityRef(ctx: Ctx, k: number): { e: Entity; tok: number } | undefined {
  const e = entityAt(ctx.doc, k);
  return e ? { e, tok: k } : undefined;
}

export function leftEntity(ctx: Ctx, h: number, from: number): { e: Entity; tok: number } | undefined {
  for (let k = h - 1; k >= Math.max(from, h - 6); k--) {
    const r = entityRef(ctx, k);
    if (r) return r;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// "X was in Kyiv": a foreign official's presence in a capital is a visit

/** International bodies whose envoys travel on their behalf. */
const IGO = /^(?:the )?(?:United Nations|UN|European Union|EU|NATO|OSCE|IAEA|International Atomic Energy Agency|World Health Organi[sz]ation|WHO|International Committee of the Red Cross|ICRC|Red Cross|African Union|Council of Europe|IMF|International Monetary Fund|World Bank|European Commission|Arab League)$/;

export function copulaVisits(ctx: Ctx): Draft[] {
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
    // "A high-ranking Polish delegation worked in Kyiv": a stay told by a verb of being there
    const stay = ph >= 0 && baseRel(doc.tokens[p]) === 'obl' && coarsePos(tree, ph) === 'V' && lemmasOf(tree, ph).some((l) => /^(work|stay|remain)$/.test(l)) ? ph : -1;
    const pred = due >= 0 ? due : stay >= 0 ? stay : p;
    const cop = stay >= 0 ? stay : kidsWith(tree, pred, 'cop')[0];
    const c = caseOf(tree, p);
    if (cop === undefined || (c !== 'in' && c !== 'at')) continue;
    const subj = kidsWith(tree, pred, 'nsubj')[0];
    if (subj === undefined) continue;
    const a = npEntity(ctx, subj);
    // ("a Polish delegation": a country through the body that stands for it)
    if (!a || (a.e.type !== 'PERSON' && a.e.type !== 'ORG' && !(a.e.type === 'GPE' && a.tok !== subj && isAgentNoun(tree, subj)))) continue;
    const place = entityAt(doc, p);
    if (!place) continue;
    const ac = countryOf(doc, a.e);
    // only officials known to act for another country or organisation ("the UN Secretary-General
    // was in Ukraine": an international body's envoy in a country is on a visit)
    const igo = !ac && a.e.type === 'ORG' && IGO.test(a.e.name) && isCountryOrCapital(place);
    if (!igo && (!ac || ac === countryOf(doc, place))) continue;
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
// "X questioned whether Y", "X raised questions about Y": doubt voiced about someone's conduct

export const DOUBT_TRIGGER: Trigger = { ...EVAL_TRIGGER, lemma: 'question', weight: 0.8 };
const DOUBT_NOUN = new Set(['question', 'doubt']);
const RAISE = new Set(['raise', 'voice', 'pose', 'cast', 'express']);

/**
 * "Amnesty questioned whether the decisions had been based on torture evidence", "raised
 * questions about whether the evidence was gathered through torture": publicly doubting
 * whether something was done properly is criticism (PLOVER ACCUSE, disapprove). Only a named
 * doubter, and only a whether/if clause or an about/over phrase: "questioned the suspects" is
 * an interrogation, "asked questions" a request for information.
 */
export function doubts(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  // ("using intrusive questioning if there was a reason": an "if" that is no ccomp is a condition)
  const whether = (k: number) => /^(ccomp|advcl|acl)$/.test(baseRel(doc.tokens[k])) && tree.kids[k].some((j) => baseRel(doc.tokens[j]) === 'mark'
    && (tree.low[j] === 'whether' || (tree.low[j] === 'if' && baseRel(doc.tokens[k]) === 'ccomp')));
  for (let v = 0; v < doc.tokens.length; v++) {
    if (coarsePos(tree, v) !== 'V' || ctx.absorbed[v] || ctx.consumed[v]) continue;
    const sent = doc.sentences[doc.tokens[v].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    const lem = lemmasOf(tree, v);
    let about = -1;
    // (a bare -ing "questioning" is as often the noun: "using intrusive questioning if ...")
    const bareIng = doc.tokens[v].xpos === 'VBG' && !kidsWith(tree, v, 'aux').length;
    if (lem.includes('question') && !bareIng) {
      about = tree.kids[v].find((k) => whether(k)) ?? -1;
    } else if (lem.some((l) => RAISE.has(l))) {
      const o = kidsWith(tree, v, 'obj').find((k) => lemmasOf(tree, k).some((l) => DOUBT_NOUN.has(l)));
      if (o === undefined) continue;
      about = [...tree.kids[o], ...tree.kids[v]].find((k) => whether(k)
        || (baseRel(doc.tokens[k]) === 'nmod' && /^(about|over)$/.test(caseOf(tree, k)))) ?? -1;
    }
    if (about < 0) continue;
    const a = resolveAgent(ctx, agentOf(ctx, v), v);
    if (!a || a.e.type === 'NORP') continue;
    const d = baseDraft(ctx, DOUBT_TRIGGER, v, v);
    setActor(d, a);
    const s0 = whether(about) ? kidsWith(tree, about, 'nsubj')[0] ?? kidsWith(tree, about, 'nsubj:pass')[0] : about;
    const t = s0 === undefined ? undefined : npEntity(ctx, s0);
    if (t && t.e.id !== a.e.id && t.e.type !== 'NORP') setTarget(d, t);
    for (const k of subtree(tree, about)) ctx.absorbed[k] = 1;
    const fin = finishOrDrop(ctx, d, v);
    if (fin) out.push(fin);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "X called Y's rebate 'unjustified'", "described the sentence as harsh": a condemning label

const LABEL_VERBS = new Set(['call', 'describe', 'label', 'brand', 'term', 'dub', 'deem', 'denounce']);

/** Is this word (or a modifier of it) a condemning label: "unjustified", "a major scandal"? */
export function blameLabel(ctx: Ctx, k: number): boolean {
  const { doc, tree } = ctx;
  const ls = lemmasOf(tree, k);
  if (ls.some((l) => BLAME_LABEL.has(l) || NEG_EVAL.has(l)) || NEG_EVAL.has(tree.low[k])) return true;
  if (tree.kids[k].some((j) => baseRel(doc.tokens[j]) === 'amod' && NEG_EVAL.has(tree.low[j]))) return true;
  // "illegal and incompetent": a coordinated label
  return tree.kids[k].some((j) => baseRel(doc.tokens[j]) === 'conj' && NEG_EVAL.has(tree.low[j]));
}

/**
 * "Chirac has called the UK's rebate 'unjustified'", "described Mr Sigarchi's sentence as
 * harsh", "called Camp Delta a scandal": labelling someone or what they did with a condemning
 * word criticises them (PLOVER ACCUSE, disapprove). The target is the one labelled, or the
 * possessor of the labelled act; a named labeller only.
 */
export function labels(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (let v = 0; v < doc.tokens.length; v++) {
    if (coarsePos(tree, v) !== 'V' || ctx.absorbed[v] || ctx.consumed[v]) continue;
    if (!lemmasOf(tree, v).some((l) => LABEL_VERBS.has(l))) continue;
    const sent = doc.sentences[doc.tokens[v].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    const objs = [...kidsWith(tree, v, 'obj'), ...kidsWith(tree, v, 'iobj')];
    if (!objs.length) continue;
    // the label: a second complement of the verb, "as" + label, or a label the parser hung on the object
    const cands = [
      ...tree.kids[v].filter((k) => baseRel(doc.tokens[k]) === 'xcomp' || (baseRel(doc.tokens[k]) === 'obl' && caseOf(tree, k) === 'as') || (baseRel(doc.tokens[k]) === 'obj' && k !== objs[0])),
      ...objs.flatMap((o) => tree.kids[o].filter((k) => k > o && (baseRel(doc.tokens[k]) === 'appos' || (baseRel(doc.tokens[k]) === 'nmod' && caseOf(tree, k) === 'as')))),
    ];
    const label = cands.find((k) => blameLabel(ctx, k));
    if (label === undefined) continue;
    const a = resolveAgent(ctx, agentOf(ctx, v), v);
    if (!a || a.e.type === 'NORP') continue;
    const d = baseDraft(ctx, { ...EVAL_TRIGGER, lemma: lemmaOf(tree, v) }, v, v);
    setActor(d, a);
    const o = objs.find((k) => k !== label)!;
    let t = npEntity(ctx, o);
    if (!t) for (const k of tree.kids[o]) if (rel(doc.tokens[k]) === 'nmod:poss') { t = npEntity(ctx, k); if (t) break; }
    if (t && t.e.id !== a.e.id && t.e.type !== 'NORP') setTarget(d, t);
    ctx.consumed[v] = 1;
    const fin = finishOrDrop(ctx, d, v);
    if (fin) out.push(fin);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "she was appalled that the authorities ...": outrage voiced at a deed

const DISMAY = new Set(['appalled', 'outraged', 'dismayed', 'disgusted', 'horrified', 'angered', 'incensed', 'furious', 'scandalised', 'scandalized', 'indignant', 'aghast']);

/**
 * "Gareth Peirce said she was ... appalled that the authorities felt the need to detain them",
 * "X is outraged at the decision": outrage at what someone did criticises it (PLOVER ACCUSE,
 * disapprove). Only with what it is about (a that-clause or an at/by/over phrase), not negated,
 * and a named one who feels it.
 */
export function outrage(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (let a = 0; a < doc.tokens.length; a++) {
    if (!DISMAY.has(tree.low[a]) || ctx.absorbed[a] || ctx.consumed[a]) continue;
    const sent = doc.sentences[doc.tokens[a].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    if (tree.kids[a].some((k) => NEG_WORDS.test(tree.low[k]))) continue;
    const that = tree.kids[a].find((k) => baseRel(doc.tokens[k]) === 'ccomp' && markOf(tree, k) === 'that');
    const about = that ?? byCaseOf(ctx, a, ['at', 'by', 'over']);
    if (about === undefined) continue;
    // the one who feels it: the adjective's subject, or the subject of what it is coordinated with
    let anchor = a;
    let s = kidsWith(tree, a, 'nsubj')[0];
    const ah = doc.tokens[a].head ?? -1;
    if (s === undefined && baseRel(doc.tokens[a]) === 'conj' && ah >= 0) {
      anchor = ah;
      s = kidsWith(tree, anchor, 'nsubj')[0];
    }
    if (s === undefined) continue;
    const actor = resolveAgent(ctx, s, anchor);
    if (!actor || actor.e.type === 'NORP') continue;
    const d = baseDraft(ctx, { ...EVAL_TRIGGER, lemma: lemmaOf(tree, a) }, a, a);
    setActor(d, actor);
    const t0 = that !== undefined ? kidsWith(tree, that, 'nsubj')[0] : about;
    const t = t0 === undefined ? undefined : npEntity(ctx, t0);
    if (t && t.e.id !== actor.e.id && t.e.type !== 'NORP') setTarget(d, t);
    d.modality = modalityOf(tree, anchor, a);
    d.tense = tenseOf(tree, anchor);
    d.date = dateOf(ctx, d);
    d.span = subtreeSpan(ctx, a, ['conj', 'parataxis']);
    if (finishCommon(ctx, d)) out.push(d);
  }
  return out;
}

function byCaseOf(ctx: Ctx, i: number, preps: string[]): number | undefined {
  return ctx.tree.kids[i].find((k) => /^(obl|nmod)$/.test(baseRel(ctx.doc.tokens[k])) && preps.includes(caseOf(ctx.tree, k)));
}
