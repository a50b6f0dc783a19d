/**
 * Modality of an event (PLOVER's auxiliary modes): negated, future, hypothetical, asserted;
 * "historical" is decided later from the date. NegEx-style, but scoped by the parse: a cue
 * counts only when it modifies the predicate or a clause that governs it.
 */
import type { Modality } from '../../model/types.js';
import { baseRel, lemmaOf, lemmasOf, markOf, type Tree } from './tree.js';

const NEG = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'cannot']);
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'should', 'must', 'wo']);
const HYP_AUX = new Set(['may', 'might', 'could', 'would', 'can', "'d"]);
/** Governing verbs whose complement has not happened (yet). */
const GOV_NEG = new Set(['fail', 'refuse', 'decline', 'avoid', 'stop', 'cease', 'deny']);
const GOV_FUT = new Set(['plan', 'intend', 'expect', 'schedule', 'prepare', 'aim', 'hope', 'want', 'seek', 'wish', 'set', 'due', 'go', 'agree', 'promise', 'pledge', 'vow', 'decide', 'resolve', 'offer', 'propose', 'announce']);
const GOV_HYP = new Set(['try', 'attempt', 'consider', 'threaten', 'may', 'could', 'mull', 'weigh', 'contemplate', 'suggest', 'urge', 'ask', 'call', 'demand', 'want',
  // "I invited him to visit our country": an invited visit has not happened
  'invite', 'encourage', 'persuade', 'convince', 'advise', 'beg', 'implore']);
/** Verbs whose object or oblique event noun has not happened: "warned of an invasion". */
const NOT_HAPPENED = new Set(['warn', 'fear', 'prevent', 'avert', 'avoid', 'foil', 'thwart', 'predict', 'risk', 'forestall', 'preempt', 'pre-empt']);
const NOUN_HYP = new Set(['possible', 'potential', 'proposed', 'likely', 'prospective', 'eventual', 'hypothetical', 'would-be']);
const NOUN_FUT = new Set(['planned', 'future', 'upcoming', 'forthcoming', 'scheduled', 'expected']);
const NOUN_GOV_FUT = new Set(['plan', 'decision', 'promise', 'pledge', 'commitment', 'intention', 'readiness', 'agreement', 'deal']);
const NOUN_GOV_HYP = new Set(['proposal', 'bid', 'attempt', 'effort', 'threat', 'call', 'demand', 'request', 'idea', 'option', 'possibility', 'scheme', 'push', 'campaign']);
const COND = new Set(['if', 'unless', 'whether', 'lest', 'provided', 'once']);
/** Nouns whose content clause is only claimed ("allegations that X was tortured"). */
const NOUN_CLAIM = new Set(['claim', 'allegation', 'accusation', 'rumour', 'rumor', 'speculation', 'suggestion', 'suspicion', 'fear', 'report', 'theory', 'possibility', 'risk', 'danger', 'prospect', 'question', 'doubt',
  // what is only given as a reason or a story ("under the pretext that X fired")
  'pretext', 'pretence', 'pretense', 'excuse', 'lie', 'myth', 'fiction', 'fabrication', 'assertion', 'contention', 'insinuation', 'notion']);
/** Verbs whose that-clause is taken as true (factive): forgetting or not, it happened. */
const FACTIVE = new Set(['forget', 'know', 'remember', 'realize', 'realise', 'regret', 'learn', 'discover', 'notice', 'understand', 'recall', 'remind', 'acknowledge', 'ignore']);
/** Words that open an embedded question: "asking why we cannot get weapons" asserts nothing. */
const WH_CLAUSE = new Set(['why', 'whether', 'how']);

/** Modality of the predicate p (trigger token t; p == t for verbs, the support verb for nouns). */
export function modalityOf(tree: Tree, p: number, t: number): Modality {
  const { doc } = tree;
  let neg = false;
  let fut = false;
  let hyp = false;
  let maybe = false; // may/might and conditions: hypothetical even when negated
  const scan = (i: number) => {
    for (const k of tree.kids[i]) {
      const r = baseRel(doc.tokens[k]);
      const w = tree.low[k];
      if ((r === 'advmod' || r === 'det' || r === 'aux' || r === 'neg') && NEG.has(w)) neg = true;
      if (r === 'aux') {
        if (FUTURE_AUX.has(w)) fut = true;
        if (HYP_AUX.has(w)) hyp = true;
        if (w === 'may' || w === 'might') maybe = true;
        if (w === 'cannot') neg = true;
      }
      if (r === 'amod' && NOUN_HYP.has(w)) hyp = true;
      // "Russia will attack if talks fail": a conditional clause on the predicate itself
      if (r === 'advcl' && COND.has(markOf(tree, k))) { hyp = true; maybe = true; }
      if (r === 'amod' && NOUN_FUT.has(w)) fut = true;
    }
  };
  scan(p);
  if (t !== p) scan(t);
  // "any British detainee was tortured": a subject no one in particular tells of no happening
  for (const k of tree.kids[p]) {
    if (!baseRel(doc.tokens[k]).startsWith('nsubj')) continue;
    if (tree.kids[k].some((j) => baseRel(doc.tokens[j]) === 'det' && tree.low[j] === 'any')) hyp = true;
  }
  // "warned of an invasion", "to prevent an attack": an event noun under such a verb has not happened
  const tt = doc.tokens[t];
  if (t !== p || doc.tokens[t].upos === 'NOUN') {
    const th = tt.head ?? -1;
    if (th >= 0 && /^(obj|obl)$/.test(baseRel(tt)) && doc.tokens[th].upos === 'VERB' && lemmasOf(tree, th).some((l) => NOT_HAPPENED.has(l))) hyp = true;
  }
  // "a possible area of cooperation": the noun that frames the trigger noun
  if (baseRel(tt) === 'nmod' && tt.head !== undefined && tt.head >= 0 && doc.tokens[tt.head].upos !== 'VERB') {
    for (const k of tree.kids[tt.head]) {
      if (baseRel(doc.tokens[k]) !== 'amod') continue;
      if (NOUN_HYP.has(tree.low[k])) hyp = true;
      if (NOUN_FUT.has(tree.low[k])) fut = true;
    }
  }
  // "is to visit", "are to meet": the be-to future
  if (tree.kids[p].some((k) => baseRel(doc.tokens[k]) === 'mark' && tree.low[k] === 'to')) {
    const h = doc.tokens[p].head ?? -1;
    const beAux = tree.kids[p].some((k) => /^(aux|cop)$/.test(baseRel(doc.tokens[k])) && /^(is|are|am|was|were|'s|'re)$/.test(tree.low[k]));
    if (beAux || (h >= 0 && baseRel(doc.tokens[p]) === 'xcomp' && lemmaOf(tree, h) === 'be')) fut = true;
  }
  // headline "Carney to meet Zelenskyy": infinitive without a finite verb
  const sent = doc.sentences[doc.tokens[p].sent];
  if (sent?.kind === 'headline' && (doc.tokens[p].head ?? -1) < 0) {
    for (const k of tree.kids[p]) if (tree.low[k] === 'to' && k < p) fut = true;
  }
  const inherit = (h: number): void => {
    for (const k of tree.kids[h]) {
      const kr = baseRel(doc.tokens[k]);
      const w = tree.low[k];
      if (kr === 'advmod' && NEG.has(w)) neg = true;
      if (kr === 'aux' && HYP_AUX.has(w)) hyp = true;
      if (kr === 'aux' && (w === 'may' || w === 'might')) maybe = true;
      if (kr === 'aux' && FUTURE_AUX.has(w)) fut = true;
      if (kr === 'aux' && w === 'cannot') neg = true;
      if (kr === 'advcl' && COND.has(markOf(tree, k))) { hyp = true; maybe = true; }
    }
  };
  // governing clauses: control verbs, conditionals, "is expected to"
  let cur = p;
  for (let n = 0; n < 5; n++) {
    const tok = doc.tokens[cur];
    const h = tok.head ?? -1;
    if (h < 0) break;
    const r = baseRel(tok);
    // "if Ukraine does not receive weapons": the condition, negated or not, is hypothetical
    if (r === 'advcl' && COND.has(markOf(tree, cur))) { hyp = true; maybe = true; }
    if (r === 'xcomp' || r === 'ccomp' || r === 'csubj') {
      const gl = lemmaOf(tree, h);
      // "we will not let anyone forget the cities that Russia is destroying": what a factive verb
      // takes as known stays told, whatever is said of the knowing
      if (r === 'ccomp' && FACTIVE.has(gl) && !tree.kids[cur].some((k) => WH_CLAUSE.has(tree.low[k]))) break;
      // an embedded question ("asking why X cannot get Y", "unclear whether X will") asserts nothing
      if (r !== 'xcomp' && tree.kids[cur].some((k) => k < cur && WH_CLAUSE.has(tree.low[k]) && /^(advmod|mark)$/.test(baseRel(doc.tokens[k])))) {
        hyp = true;
        maybe = true;
      }
      if (r === 'xcomp' && GOV_NEG.has(gl)) neg = true;
      if (r === 'xcomp' && GOV_FUT.has(gl)) fut = true;
      if (GOV_HYP.has(gl) && r === 'xcomp') hyp = true;
      // the governing verb's own negation, modal and conditions reach an infinitive ("did not
      // agree to send", "may have to accept", "if it joins, Turkey will have to accept")
      if (r === 'xcomp') inherit(h);
      cur = h;
      continue;
    }
    // "we can't expose people to shelling": an infinitive the parser called advcl inherits too
    if (r === 'advcl' && markOf(tree, cur) === 'to') inherit(h);
    if (r === 'conj' || r === 'advcl') { cur = h; continue; }
    // "plans for a new offensive", "preparations for an attack": not (yet) happened
    if (r === 'nmod' && (NOUN_GOV_FUT.has(lemmaOf(tree, h)) || NOUN_GOV_HYP.has(lemmaOf(tree, h)) || /^(preparation|plan|plot)s?$/.test(tree.low[h]))) {
      if (NOUN_GOV_HYP.has(lemmaOf(tree, h))) hyp = true;
      else fut = true;
      break;
    }
    // "no evidence that X was tortured" did not happen as far as the text says; "allegations
    // that ..." only claim it
    if ((r === 'acl' || r === 'ccomp') && markOf(tree, cur) !== 'to' && doc.tokens[h].upos === 'NOUN') {
      if (tree.kids[h].some((k) => baseRel(doc.tokens[k]) === 'det' && NEG.has(tree.low[k]))) neg = true;
      else if (NOUN_CLAIM.has(lemmaOf(tree, h)) || NOUN_CLAIM.has(tree.low[h].replace(/s$/, ''))) hyp = true;
      break;
    }
    // "a plan to deport", "a proposal to cut", "an attempt to seize"
    if (r === 'acl' && markOf(tree, cur) === 'to') {
      const nl = lemmaOf(tree, h);
      if (NOUN_GOV_FUT.has(nl)) fut = true;
      if (NOUN_GOV_HYP.has(nl)) hyp = true;
    }
    break;
  }
  // "This is like letting a serial killer go because he promised ...": a simile tells of no happening
  if (sent) {
    for (let k = sent.tokenStart + 1; k < p; k++) {
      if (tree.low[k] === 'like' && /^(is|was|be|'s|are|were)$/.test(tree.low[k - 1]) && /^VBG$/.test(doc.tokens[k + 1]?.xpos ?? '')) { hyp = true; maybe = true; }
    }
  }
  // a question asserts nothing ("does he kill innocent women?")
  if (sent) {
    const last = doc.tokens[sent.tokenEnd - 1];
    if (last && last.form === '?') hyp = true;
  }
  if (maybe) return 'hypothetical';
  if (neg) return 'negated';
  if (hyp) return 'hypothetical';
  if (fut) return 'future';
  return 'asserted';
}

/** Parse-free modality: cues between the clause start and the trigger. */
export function fallbackModality(tree: Tree, i: number, from: number, headline: boolean): Modality {
  let neg = false;
  let fut = false;
  let hyp = false;
  for (let k = Math.max(from, i - 4); k < i; k++) {
    const w = tree.low[k];
    if (NEG.has(w)) neg = true;
    if (FUTURE_AUX.has(w)) fut = true;
    if (HYP_AUX.has(w) || COND.has(w)) hyp = true;
    if (GOV_NEG.has(lemmaOf(tree, k))) neg = true;
    if (GOV_FUT.has(lemmaOf(tree, k)) && tree.low[k + 1] === 'to') fut = true;
  }
  for (let k = from; k < i; k++) if (COND.has(tree.low[k])) hyp = true;
  if (headline && i > 0 && tree.low[i - 1] === 'to') fut = true;
  if (neg) return 'negated';
  if (hyp) return 'hypothetical';
  if (fut) return 'future';
  return 'asserted';
}
