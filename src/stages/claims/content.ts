/**
 * What a speech cue says: the token range of its content and its kind (direct, reported,
 * mixed), however the parse hung it: the cue's clause, the quotation it is a parenthetical of,
 * its noun or infinitive object, a clause set off by commas, a quotation before or after it,
 * "As X reported, ...", or a bare clause after it. quoteBefore and clauseAfter also return the
 * speaker they found beside the cue.
 */
import type { Claim, Document } from '../../model/types.js';
import { CUE_NEEDS_CLAUSE, cueLemma, quoteCueLemma } from './cues.js';
import { baseRel, childrenWith, subtree, type DepTree } from './tree.js';
import { FIRST_PERSON, NEGATION, PRONOUNS, RELATIVE, WH, trimEnd } from './helpers.js';
import { QUOTES, hasQuote, isClosingQuote, isQuoteTok } from './quotes.js';
import { npTokens, properBefore } from './speakers.js';

/** The content clause of a cue: its `ccomp`, or the quote it is a parenthetical of. */
export function contentOf(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
  const toks = doc.tokens;
  const ccomp = childrenWith(doc, tree, i, ['ccomp']);
  if (ccomp.length) {
    // of several clauses the parse hung from the cue ("Leaving a summit Mr Blair said "..."),
    // those after it are the content; a clause before it only when none follows (inverted)
    // '"It never crossed my mind ...," she said several months after ..., and a big reason ...
    // was ...': a clause inside the quotation that closes right before the reporting clause is
    // the content, whatever else the parse hung from the cue after it
    const closing = quotationBefore(doc, i);
    if (closing && ccomp.some((c) => closing[0] <= c && c <= closing[1] && subtree(tree, c)[0] >= closing[0] - 1)) return { range: closing, kind: 'direct' };
    const afterCue = ccomp.filter((c) => c > i);
    const sub = afterCue.length ? afterCue.flatMap((c) => subtree(tree, c)).sort((a, b) => a - b) : subtree(tree, ccomp[0]);
    let first = sub[0];
    const last = sub[sub.length - 1];
    while (first < last && (toks[first].deprel === 'mark' || toks[first].upos === 'PUNCT') && !QUOTES.has(toks[first].form)) first++;
    // '"I don't know ... but it sounds like X," she added': a clause before the cue inside a
    // quotation that closes right before the reporting clause; the content is the whole quotation
    if (!afterCue.length) {
      const whole = quotationBefore(doc, i);
      if (whole && whole[0] <= first && last <= whole[1] + 1) return { range: whole, kind: 'direct' };
    }
    return { range: [first, trimEnd(doc, first, last)], kind: hasQuote(doc, first, last) ? 'mixed' : 'reported' };
  }
  if (CUE_NEEDS_CLAUSE.has(lemma)) return undefined;
  // '"...," the minister said' -> the cue is a parataxis (or ccomp-inverted) child of the quote.
  const rel = baseRel(doc, i);
  const head = toks[i].head ?? -1;
  if ((rel === 'parataxis' || rel === 'ccomp' || rel === 'advcl') && head >= 0) {
    const own = new Set(subtree(tree, i));
    const sub = subtree(tree, head).filter((k) => !own.has(k));
    const cueFirst = Math.min(...own);
    const before = sub.filter((k) => k < cueFirst);
    const after = sub.filter((k) => k > Math.max(...own));
    const side = before.length >= after.length ? before : after;
    if (side.length < 2) return undefined;
    const first = side[0];
    const last = trimEnd(doc, first, side[side.length - 1]);
    // the parse may hang the cue from a phrase inside the quotation that closes before it ('"The
    // result of any decision [to lift ...] should not be ..., either in ... terms," Mr Straw
    // said'): the whole quotation is the content
    const closing = side === before ? quotationBefore(doc, i) : undefined;
    if (closing && closing[0] - 1 <= first && first <= closing[1]) return { range: closing, kind: 'direct' };
    if (!hasQuote(doc, first, last + 1)) {
      // "..., the foreign secretary has said.": a reporting clause closing the sentence after a
      // comma reports the whole clause before it (not "as he said", not a mid-sentence aside)
      const sentEnd = doc.sentences[toks[i].sent].tokenEnd;
      const tail = [...own].filter((k) => k > i);
      // only a time or place may follow the cue ("said on Monday"), no clause of its own
      const closes = tail.every((k) => toks[k].upos !== 'VERB' && toks[k].upos !== 'AUX' && !QUOTES.has(toks[k].form))
        && (Math.max(...own) >= sentEnd - 1 || toks[Math.max(...own) + 1]?.upos === 'PUNCT');
      const comma = toks[cueFirst]?.form === ',' || toks[cueFirst - 1]?.form === ',';
      const marked = childrenWith(doc, tree, i, ['mark']).length > 0;
      // the speaker is the cue's own subject, inside the closing clause
      const ownSubj = childrenWith(doc, tree, i, ['nsubj']).some((k) => k > cueFirst && toks[k].deprel !== 'nsubj:pass');
      if (side !== before || !closes || !comma || marked || !ownSubj || side.length < 4) return undefined;
      // the whole clause, also when the parse hung the cue from a relative clause inside it
      // ('The priority should be on failing states, who cannot control their material, he argues')
      let from = doc.sentences[toks[i].sent].tokenStart;
      while (from < first && toks[from].upos === 'PUNCT') from++;
      return { range: [Math.min(from, first), last], kind: 'reported' };
    }
    // the quotation may open before the clause the parse hung the cue from ('"I have long
    // understood X, that ... is not appropriate," he told'): the whole quotation is the content
    const whole = side === before ? quotationBefore(doc, i) : undefined;
    if (whole && whole[0] < first && last < i) return { range: whole, kind: 'direct' };
    return { range: [first, last], kind: 'direct' };
  }
  // 'X said: "..."' or 'X said "..."' parsed with the quote as obj or parataxis child.
  const quoted = tree.kids[i].filter((c) => i < c && ['obj', 'parataxis', 'dep', 'xcomp'].includes(baseRel(doc, c)));
  for (const q of quoted) {
    const sub = subtree(tree, q);
    const first = sub[0];
    const last = sub[sub.length - 1];
    if (hasQuote(doc, Math.max(first - 1, 0), last + 1) && last - first >= 2) return { range: [first, trimEnd(doc, first, last)], kind: 'direct' };
  }
  return undefined;
}

/**
 * Speech verbs whose noun object is what was said ("announced his resignation", "mentioned the
 * wall", "confirmed the meeting"): those whose objects found a PolNeAR TRAIN attribution at least
 * 8 times in 10 (five hits or more; "note", "indicate", "suggest" at 0.75 or more). Left out below that: "say" (its objects are mostly split
 * clauses), "deny", "point", "speak", "predict", "write", "post", "maintain", "claim" ("claimed
 * victory", "maintained a lead", "posted a photo"); "stress" and "recall" passed on train but
 * gave only false claims on the project's held-out gold ("stressed this point").
 */
const OBJECT_CUES = new Set(['announce', 'mention', 'reveal', 'acknowledge', 'confirm', 'tweet', 'explain', 'reiterate', 'repeat', 'disclose', 'note', 'indicate', 'suggest']);
/** Prepositions by which a speech verb names what was said about ("commented on X", "warned of X"). */
const TOPIC_ADP: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['comment', new Set(['on', 'about'])], ['warn', new Set(['of', 'about', 'against'])], ['complain', new Set(['about', 'of'])],
  ['testify', new Set(['about', 'on'])], ['caution', new Set(['against', 'about'])], ['remark', new Set(['on', 'about'])],
  ['speak', new Set(['about', 'of'])],
]);

/**
 * What a speech verb says when it takes a noun phrase instead of a clause: "announced his
 * resignation", "mentioned the wall", "confirmed the meeting" (OBJECT_CUES), "commented on the
 * order", "warned of a battle" (TOPIC_ADP). PolNeAR records these as attributions, the phrase
 * being the content. Only with the cue's own subject before it, not negated, a noun phrase of two
 * words or more in the cue's sentence holding no quotation or other report, and not where the
 * events stage read a happening ("announced a cooperation initiative").
 */
export function objectContent(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
  const toks = doc.tokens;
  if (!childrenWith(doc, tree, i, ['nsubj']).some((k) => k < i && toks[k].deprel !== 'nsubj:pass')) return undefined;
  if (tree.kids[i].some((c) => NEGATION.has(toks[c].form.toLowerCase()))) return undefined;
  // "spoke out about the war": speaking out is a public act of its own, not a report
  const preps = tree.kids[i].some((k) => toks[k].deprel === 'compound:prt') ? undefined : TOPIC_ADP.get(lemma);
  const head = tree.kids[i].find((c) => c > i && (
    (baseRel(doc, c) === 'obj' && OBJECT_CUES.has(lemma))
    || (baseRel(doc, c) === 'obl' && !!preps && tree.kids[c].some((k) => toks[k].deprel === 'case' && preps.has(toks[k].form.toLowerCase())))));
  if (head === undefined) return undefined;
  const h = toks[head];
  if (h.upos !== 'NOUN' && h.upos !== 'PROPN') return undefined;
  const sub = subtree(tree, head);
  let first = sub[0];
  const last = trimEnd(doc, first, sub[sub.length - 1]);
  while (first < last && (toks[first].deprel === 'case' || toks[first].upos === 'PUNCT') && !QUOTES.has(toks[first].form)) first++;
  if (last - first < 1 || WH.has(toks[first].form.toLowerCase())) return undefined;
  // a quotation or another report inside the phrase is a misparse that would swallow its claim
  if (hasQuote(doc, first, last) || toks[last].sent !== toks[i].sent) return undefined;
  for (let k = first; k <= last; k++) {
    if (toks[k].upos === 'VERB' && (cueLemma(toks[k].form, toks[k].lemma) || quoteCueLemma(toks[k].form, toks[k].lemma))) return undefined;
  }
  // an object the events stage read as a happening ("announced a $50 billion cooperation
  // initiative": COOPERATE) is recorded once, as the event
  if (doc.events.some((e) => e.trigger && e.trigger.start < toks[last].end && toks[i].start < e.trigger.end)) return undefined;
  return { range: [first, last], kind: 'reported' };
}

/**
 * Speech verbs whose infinitive or gerund complement is what was said ("vowed to block it",
 * "claims to object", "suggested boycotting Apple"): each gave no false claim on PolNeAR train.
 * Not "pledge" (PolNeAR leaves a repeated editor's note "who has pledged to ban ..." out) nor
 * "report" ("reported having $19 million" is a filing, mostly not annotated).
 */
const INFINITIVE_CUES = new Set(['vow', 'claim', 'suggest']);

/**
 * A pledge or claim told by its infinitive ("vowed to block it", "pledged to support Clinton",
 * "claims to object") or a proposal by its gerund ("suggested boycotting Apple"): the cue's own
 * subject before it, the complement after it, not negated, and no event the events stage read in
 * it ("pledged to send aid" is recorded once, as the AID event).
 */
export function infinitiveContent(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
  const toks = doc.tokens;
  if (!INFINITIVE_CUES.has(lemma)) return undefined;
  if (!childrenWith(doc, tree, i, ['nsubj']).some((k) => k < i && toks[k].deprel !== 'nsubj:pass')) return undefined;
  if (tree.kids[i].some((c) => NEGATION.has(toks[c].form.toLowerCase()))) return undefined;
  const x = tree.kids[i].find((c) => c > i && baseRel(doc, c) === 'xcomp' && toks[c].upos === 'VERB');
  if (x === undefined) return undefined;
  const sub = subtree(tree, x);
  let first = sub[0];
  const last = trimEnd(doc, first, sub[sub.length - 1]);
  if (first <= i) return undefined;
  while (first < last && (toks[first].deprel === 'mark' || toks[first].upos === 'PUNCT') && !QUOTES.has(toks[first].form)) first++;
  if (last - first < 1 || toks[last].sent !== toks[i].sent) return undefined;
  if (doc.events.some((e) => e.trigger && e.trigger.start < toks[last].end && toks[i].start < e.trigger.end)) return undefined;
  return { range: [first, last], kind: hasQuote(doc, first, last) ? 'mixed' : 'reported' };
}

/**
 * A reporting clause set off by a comma that the parse did not hang from its content
 * ("..., a source said." / "The museum, Mr. Bush said, celebrated ..."): the cue's own subject
 * sits right before it after a comma, and only a time or addressee follows it up to the next comma
 * or the sentence end. The content is the clause before it (or, when it opens the sentence, after).
 */
export function parenthetical(doc: Document, tree: DepTree, i: number): { range: [number, number]; kind: Claim['kind'] } | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  // with two subjects ("The museum, Mr. Bush said, celebrated") the one next to the cue speaks
  const subj = childrenWith(doc, tree, i, ['nsubj']).filter((s) => s < i && toks[s].deprel !== 'nsubj:pass');
  if (!subj.length) return undefined;
  const s = Math.max(...subj);
  const w = toks[s].form.toLowerCase();
  if (RELATIVE.has(w) || FIRST_PERSON.has(w)) return undefined;
  const np = npTokens(doc, tree, s, i);
  let p = Math.min(...np);
  // a title the name carries ("..., Cardinal Cormac Murphy-O'Connor has said") is part of it
  const own = new Set(subtree(tree, s));
  while (p - 1 > sent.tokenStart && own.has(p - 1) && toks[p - 1].form !== ',' && toks[p - 1].upos !== 'VERB') p--;
  // only auxiliaries or adverbs between the speaker and the cue ("has also said")
  for (let k = Math.max(...np) + 1; k < i; k++) if (toks[k].upos !== 'AUX' && toks[k].upos !== 'ADV') return undefined;
  if (p - 1 <= sent.tokenStart || toks[p - 1].form !== ',') return undefined;
  // after the cue: no clause of its own, up to a comma or the sentence end
  let e = i + 1;
  while (e < sent.tokenEnd && toks[e].form !== ',' && !(toks[e].upos === 'PUNCT' && e === sent.tokenEnd - 1)) {
    const t = toks[e];
    if (t.upos === 'VERB' || t.upos === 'AUX' || QUOTES.has(t.form) || e - i > 6) return undefined;
    e++;
  }
  let first = sent.tokenStart;
  let last = p - 2;
  // "Back in Virginia, Mr. Clarke said, he decided ...": a lead-in without a verb is no clause;
  // the content is what follows the reporting clause
  let verbBefore = false;
  for (let k = first; k <= last; k++) if (toks[k].upos === 'VERB' || toks[k].upos === 'AUX') verbBefore = true;
  const rest = sent.tokenEnd - 1 - (e + 1);
  if (last - first < 2 || (!verbBefore && toks[e]?.form === ',' && rest >= 3)) {
    first = e + 1;
    last = sent.tokenEnd - 1;
  }
  while (last > first && toks[last].upos === 'PUNCT' && !QUOTES.has(toks[last].form)) last--;
  if (last - first < 2) return undefined;
  return { range: [first, last], kind: hasQuote(doc, first, last) ? 'direct' : 'reported' };
}

/**
 * A content clause the parse hung elsewhere: 'X says on its website that ...' (the clause
 * attached to the adjunct) and 'X said the campaign planned ...' (the clause's subject taken as
 * the object of "say" and its verb as a modifier). Only with the cue's own subject before it.
 */
export function misattached(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  if (!childrenWith(doc, tree, i, ['nsubj']).some((s) => s < i && toks[s].deprel !== 'nsubj:pass')) return undefined;
  const end = trimEnd(doc, i + 1, sent.tokenEnd - 1);
  // 'says on its website that ...': only an adjunct phrase between the cue and "that"
  if (['ADP', 'ADV'].includes(toks[i + 1]?.upos ?? '')) {
    for (let k = i + 1; k < sent.tokenEnd && k - i <= 12; k++) {
      const t = toks[k];
      if (isThatMark(doc, k)) {
        let first = k + 1;
        while (first < end && toks[first].form === ',') first++;
        if (end - first < 2) return undefined;
        return { range: [first, end], kind: hasQuote(doc, first, end) ? 'mixed' : 'reported' };
      }
      if (t.upos === 'VERB' || t.upos === 'AUX' || QUOTES.has(t.form)) return undefined;
    }
    return undefined;
  }
  // 'said the campaign planned to ...': a noun phrase right after "say" whose modifier is a verb
  // that does not open a passive ("the words spoken by ...")
  if (lemma !== 'say') return undefined;
  const obj = childrenWith(doc, tree, i, ['obj']).find((o) => o > i);
  if (obj === undefined || toks[i + 1]?.upos === 'PRON') return undefined;
  const np = subtree(tree, obj, (c) => baseRel(doc, c) === 'acl');
  if (Math.min(...np) !== i + 1) return undefined;
  const v = Math.max(...np) + 1;
  if (toks[v]?.upos !== 'VERB' || baseRel(doc, v) !== 'acl' || toks[v].head !== obj) return undefined;
  if (toks[v + 1]?.form.toLowerCase() === 'by' || !/ed$/i.test(toks[v].form) && !/^V(BD|BZ|BP)$/.test(toks[v].xpos ?? '')) return undefined;
  if (end - (i + 1) < 2) return undefined;
  return { range: [i + 1, end], kind: hasQuote(doc, i + 1, end) ? 'mixed' : 'reported' };
}

/**
 * 'He says, "Working that microphone was ..."': a quotation opening right after the cue (after a
 * comma or colon) that the parse attached as an adverbial clause. The content runs to the end of
 * the sentence (a quotation left open goes on in the next sentence, which continuedQuotes takes).
 */
export function quoteAfter(doc: Document, tree: DepTree, i: number): { range: [number, number]; kind: Claim['kind'] } | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  if (!childrenWith(doc, tree, i, ['nsubj']).some((s) => s < i && toks[s].deprel !== 'nsubj:pass') && properBefore(doc, i) === undefined) return undefined;
  let q = i + 1;
  if (toks[q]?.form === ',' || toks[q]?.form === ':') q++;
  if (q >= sent.tokenEnd || !QUOTES.has(toks[q].form) || isClosingQuote(doc.text, toks[q].start)) return undefined;
  const end = trimEnd(doc, q, sent.tokenEnd - 1);
  if (end - q < 3) return undefined;
  return { range: [q, end], kind: 'direct' };
}

/**
 * "As Politico reported, the senator ..." / "As X noted: ...": a reporting clause opening the
 * sentence with "as" reports the main clause after its comma or colon. (A trailing ", as X said"
 * is left alone: there it often compares rather than reports.)
 */
export function asReported(doc: Document, tree: DepTree, i: number): { range: [number, number]; kind: Claim['kind'] } | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  let a = sent.tokenStart;
  if (toks[a]?.upos === 'CCONJ') a++;
  if (toks[a]?.form.toLowerCase() !== 'as' || i - a > 10) return undefined;
  if (!childrenWith(doc, tree, i, ['nsubj']).some((k) => k > a && k < i)) return undefined;
  // after the cue: a short adjunct ("just today", "on Friday") up to the comma or colon
  let e = i + 1;
  while (e < sent.tokenEnd && toks[e].form !== ',' && toks[e].form !== ':') {
    if (toks[e].upos === 'VERB' || toks[e].upos === 'AUX' || QUOTES.has(toks[e].form) || e - i > 6) return undefined;
    e++;
  }
  let first = e + 1;
  while (first < sent.tokenEnd && toks[first].upos === 'PUNCT' && !QUOTES.has(toks[first].form)) first++;
  if (first >= sent.tokenEnd) return undefined;
  const last = trimEnd(doc, first, sent.tokenEnd - 1);
  if (last - first < 2) return undefined;
  return { range: [first, last], kind: hasQuote(doc, first, last) ? 'mixed' : 'reported' };
}

/** Prepositions that open an adjunct between a cue and its clause ("said on Twitter that"). */
const ADJUNCT_ADP = new Set(['on', 'in', 'at', 'via', 'during', 'to', 'after', 'before', 'with', 'from', 'through', 'over', 'in', 'by', 'for']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'so', 'this', 'that', 'what', 'nothing', 'something', 'anything', 'much', 'little']);
const FINITE = /^(VBD|VBZ|VBP|MD)$/;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
/** Verbs of saying that take a clause without "that" ("says it raised"). */
const BARE_CLAUSE_CUES = new Set(['say', 'tell', 'add', 'argue', 'insist', 'warn', 'predict', 'write', 'note', 'acknowledge', 'suggest', 'contend', 'claim', 'estimate', 'concede', 'assert', 'explain', 'stress', 'emphasize', 'emphasise', 'complain', 'allege', 'agree']);

/**
 * 'X says it raised $15 million' / 'X said Wednesday that ...' when the parse did not hang the
 * clause from the cue (the clause's subject taken as an object, a day as the subject): the cue's
 * speaker stands before it, and after it, past a time or a short adjunct that ends in "that" or a
 * comma ("on Twitter that", "in an interview,"), a clause with a finite verb runs to the sentence
 * end. Cues that need a clause ("point", "believe") only take it after an explicit "that".
 */
export function clauseAfter(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind']; speaker?: number } | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  const end = sent.tokenEnd;
  // a speaker before the cue: its own subject, or a name/noun/pronoun right before it
  const subj = childrenWith(doc, tree, i, ['nsubj']).some((s) => s < i && toks[s].deprel !== 'nsubj:pass');
  let b = i - 1;
  while (b > sent.tokenStart && (toks[b].upos === 'AUX' || toks[b].upos === 'ADV' || toks[b].upos === 'PART')) b--;
  const before = toks[b];
  // (", saying the person would ...": a participle closing a clause reports for that clause's
  // subject, which subjectOf finds)
  const participle = toks[i].xpos === 'VBG' && toks[i - 1]?.form === ',';
  if (!subj && !participle && !(b >= sent.tokenStart && before && (before.upos === 'PROPN' || before.upos === 'NOUN' || (before.upos === 'PRON' && SUBJECT_PRONOUNS.has(before.form.toLowerCase()))))) return undefined;
  // without "that", only the plain verbs of saying take a bare clause ("says it raised"); others
  // read as taking an object ("maintained support", "declared the winner")
  const bare = BARE_CLAUSE_CUES.has(lemma);
  const inTimex = (k: number) => doc.timexes.some((t) => t.start <= toks[k].start && toks[k].end <= t.end);
  let k = i + 1;
  let that = false;
  // "told reporters / told CNN": the addressee first
  // ("told a meeting of Pacific Island leaders that": an "of" phrase inside a longer addressee,
  // which then needs the "that")
  let longAddressee = false;
  if (lemma === 'tell') {
    const a = k;
    const nominal = (x: number) => ['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'NUM'].includes(toks[x].upos ?? '') && toks[x].form.toLowerCase() !== 'that';
    while (k < end && k - a < 10 && (nominal(k) || (toks[k].form.toLowerCase() === 'of' && k > a && nominal(k + 1)))) k++;
    if (k === a) return undefined;
    longAddressee = k - a > 5 || toks.slice(a, k).some((t) => t.form.toLowerCase() === 'of');
  }
  while (k < end && inTimex(k)) k++;
  if (k < end && toks[k].upos === 'ADP' && ADJUNCT_ADP.has(toks[k].form.toLowerCase())) {
    let e = k + 1;
    while (e < end && e - k <= 10 && toks[e].form !== ',' && !isThatMark(doc, e)) {
      if (toks[e].upos === 'VERB' || toks[e].upos === 'AUX' || QUOTES.has(toks[e].form)) return undefined;
      e++;
    }
    if (e >= end || e - k > 10) return undefined;
    k = e;
  }
  while (k < end && inTimex(k)) k++;
  if (k < end && (isThatMark(doc, k) || (lemma === 'tell' && toks[k].form.toLowerCase() === 'that'))) {
    that = true;
    k++;
  } else if (k < end && toks[k].form === ',') k++;
  if (!that && (CUE_NEEDS_CLAUSE.has(lemma) || !bare || longAddressee)) return undefined;
  if (k >= end) return undefined;
  const first = toks[k];
  const w = first.form.toLowerCase();
  if (!that && (OBJECT_PRONOUNS.has(w) || WH.has(w) || FIRST_PERSON.has(w) && w !== 'i' && w !== 'we' || w === 'to' || /^(VBN|VBD)$/.test(first.xpos ?? '')
    || ['ADP', 'PUNCT', 'SCONJ', 'CCONJ'].includes(first.upos ?? ''))) return undefined;
  const last = trimEnd(doc, k, end - 1);
  if (last - k < 2) return undefined;
  // a finite verb early in the clause, and no second reporting verb of the cue's own before it
  let finite = -1;
  for (let f = k; f <= Math.min(last, k + 14); f++) {
    // without "that" the clause's subject runs straight into its verb (no comma between)
    if (!that && (toks[f].form === ',' || toks[f].upos === 'SCONJ' || toks[f].upos === 'CCONJ' || WH.has(toks[f].form.toLowerCase()))) return undefined;
    // a past form the tagger took for a participle but that has a subject before it and an
    // object after it ("no one on the coaches accepted responsibility") is the finite verb
    const pastWithObject = toks[f].xpos === 'VBN' && toks[f].upos === 'VERB' && f > k
      && ['NOUN', 'PROPN', 'PRON'].includes(toks[f - 1].upos ?? '') && ['DET', 'NOUN', 'PRON', 'ADJ', 'NUM'].includes(toks[f + 1]?.upos ?? '');
    if ((FINITE.test(toks[f].xpos ?? '') || pastWithObject) && (toks[f].upos === 'VERB' || toks[f].upos === 'AUX')) {
      finite = f;
      break;
    }
  }
  if (finite < 0 && !that) return undefined;
  const speaker = subj || participle ? undefined : b;
  return { range: [k, last], kind: hasQuote(doc, k, last) ? 'mixed' : 'reported', speaker };
}

/**
 * "that" opening a content clause: tagged as a subordinator or attached as a marker, or followed
 * by a comma or a quotation mark, where it cannot be a pronoun object ('said via email that, "Of
 * course ..."', 'say that, in addition to Scott, he would ...').
 */
function isThatMark(doc: Document, k: number): boolean {
  const t = doc.tokens[k];
  if (t.form.toLowerCase() !== 'that') return false;
  if (t.upos === 'SCONJ' || t.deprel === 'mark') return true;
  const n = doc.tokens[k + 1];
  return !!n && n.sent === t.sent && (n.form === ',' || QUOTES.has(n.form));
}

/**
 * The quotation a reporting clause closes: a closing mark right before the cue (past a comma and
 * the speaker's words, at most six tokens) whose opening mark is in the same sentence. Returns the
 * token range inside the marks.
 */
export function quotationBefore(doc: Document, i: number): [number, number] | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  let q = i - 1;
  while (q >= sent.tokenStart && i - q <= 12 && !isQuoteTok(doc, q)) {
    if (toks[q].upos === 'VERB' || toks[q].upos === 'AUX') return undefined;
    q--;
  }
  if (q < sent.tokenStart || !isQuoteTok(doc, q) || !isClosingQuote(doc.text, toks[q].start)) return undefined;
  // a closing mark written as two apostrophes ('') is one mark
  while (q - 1 > sent.tokenStart && isQuoteTok(doc, q - 1) && toks[q - 1].form === "'") q--;
  let o = q - 1;
  while (o >= sent.tokenStart && !isQuoteTok(doc, o)) o--;
  if (o < sent.tokenStart) return undefined;
  // a long reporting clause ('..., Senate Majority Leader Mitch McConnell, R-Ky., said') only
  // after a quotation that opens the sentence, not after a quoted phrase inside it
  if (i - q > 6) for (let k = sent.tokenStart; k < o; k++) if (toks[k].upos !== 'PUNCT') return undefined;
  const last = trimEnd(doc, o + 1, q - 1);
  return last - (o + 1) >= 2 ? [o + 1, last] : undefined;
}

/**
 * '"...," she said.' / '"...," said Mr. Burman' when the parse lost the link between the quote
 * and the reporting clause: a closing quotation mark right before the speaker (or the inverted
 * cue), and nothing but a time or addressee after it. The speaker is the name or pronoun next to
 * the cue; the content runs from the sentence start to the closing mark.
 */
export function quoteBefore(doc: Document, i: number): { range: [number, number]; kind: Claim['kind']; speaker: number } | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  const isSpeakerTok = (k: number) => k >= sent.tokenStart && k < sent.tokenEnd && (toks[k].upos === 'PROPN' || (toks[k].upos === 'PRON' && PRONOUNS.has(toks[k].form.toLowerCase())));
  let speaker: number;
  let p: number; // first token of the reporting clause
  let after: number; // first token after it
  // '"...," Flynn, a top Trump surrogate, said': an appositive between the name and the cue
  let nameEnd = i - 1;
  if (toks[i - 1]?.form === ',') {
    let c = i - 2;
    while (c > sent.tokenStart && toks[c].form !== ',' && i - c <= 12 && toks[c].upos !== 'VERB' && toks[c].upos !== 'AUX' && !isQuoteTok(doc, c)) c--;
    if (toks[c]?.form === ',' && c < i - 2 && toks[c - 1]?.upos === 'PROPN') nameEnd = c - 1;
  }
  if (isSpeakerTok(nameEnd)) {
    speaker = nameEnd;
    p = nameEnd;
    while (p - 1 >= sent.tokenStart && (toks[p - 1].upos === 'PROPN' || (toks[p - 1].upos === 'PUNCT' && toks[p - 1].form === '-'))) p--;
    // the words of a title before the name ('"...," retired Air Force general Lloyd Newton said'),
    // up to the closing quotation mark
    let q = p;
    while (q - 1 >= sent.tokenStart && p - q < 6 && !isQuoteTok(doc, q - 1)
      && (['NOUN', 'ADJ', 'DET', 'PROPN'].includes(toks[q - 1].upos ?? '') || (/^[a-z]/.test(toks[q - 1].form) && /^(VBN|VBD)$/.test(toks[q - 1].xpos ?? '')))) q--;
    if (q < p && isQuoteTok(doc, q - 1) && toks[nameEnd].upos === 'PROPN') p = q;
    after = i + 1;
  } else if (descriptiveBefore(doc, nameEnd) !== undefined) {
    // '"...," the governor said': a noun phrase with a determiner right after the quotation
    speaker = nameEnd;
    p = descriptiveBefore(doc, nameEnd)!;
    after = i + 1;
  } else if (isSpeakerTok(i + 1) || (toks[i + 1]?.upos === 'DET' && isSpeakerTok(i + 2))) {
    p = i;
    let e = toks[i + 1].upos === 'DET' ? i + 2 : i + 1;
    while (e + 1 < sent.tokenEnd && toks[e + 1].upos === 'PROPN') e++;
    speaker = e;
    after = e + 1;
  } else if (invertedDescription(doc, i) !== undefined) {
    // '"...," said one district GOP leader': a description after the inverted cue
    p = i;
    speaker = invertedDescription(doc, i)!;
    after = speaker + 1;
  } else return undefined;
  if (toks[speaker].upos === 'PRON' && p !== i - 1) return undefined;
  let titled = false; // a title in a prepositional phrase may be quoted ('on Fox News's "Fox and Friends"')
  // right before the clause: [,] closing quote(s) [,]
  let close = p - 1;
  while (close >= sent.tokenStart && toks[close].form === ',') close--;
  if (close < sent.tokenStart || !isQuoteTok(doc, close)) return undefined;
  while (close - 1 >= sent.tokenStart && (isQuoteTok(doc, close - 1) || toks[close - 1].form === ',')) close--;
  // after the clause: no clause of its own up to the sentence end or a bracket/comma
  for (let k = after; k < sent.tokenEnd && !['(', ',', '—', '–'].includes(toks[k].form); k++) {
    // 'he said when asked ...', 'he said of Trump's plan to ...': what follows is an adjunct of the
    // reporting clause, whatever verbs it holds
    if (((toks[k].upos === 'SCONJ' || WH.has(toks[k].form.toLowerCase())) || (k === after && /^(of|about)$/i.test(toks[k].form)))) break;
    if (toks[k].upos === 'ADP') titled = true;
    // a time and a programme title may run long ('said Thursday morning on Fox News's "Fox and Friends."')
    if (toks[k].upos === 'VERB' || toks[k].upos === 'AUX' || (isQuoteTok(doc, k) && !titled) || k - after > (titled ? 14 : 10)) return undefined;
  }
  let first = sent.tokenStart;
  while (first < close && isQuoteTok(doc, first)) first++;
  const last = trimEnd(doc, first, close - 1);
  if (last - first < 2) return undefined;
  return { range: [first, last], kind: 'direct', speaker };
}

/**
 * The last token of a short description right after an inverted cue, running to the end of the
 * sentence or a comma ("said one district GOP leader.", "said a senior aide, who ..."): a
 * determiner or number, then adjectives and nouns, ending in a noun.
 */
function invertedDescription(doc: Document, i: number): number | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  const d = toks[i + 1];
  if (!d || d.sent !== toks[i].sent || !(d.upos === 'NUM' || (d.upos === 'DET' && /^(the|a|an|one|another|some)$/i.test(d.form)))) return undefined;
  let e = i + 2;
  while (e < sent.tokenEnd && e - i <= 6 && ['ADJ', 'NOUN', 'PROPN'].includes(toks[e].upos ?? '')) e++;
  const last = e - 1;
  if (last < i + 2 || toks[last].upos !== 'NOUN') return undefined;
  if (e < sent.tokenEnd && toks[e].upos !== 'PUNCT') return undefined;
  return last;
}

/**
 * The first token of a short descriptive noun phrase ending at `end` ("the governor", "one aide", "the
 * former senator", "a campaign spokesman") that opens right after a closing quotation mark (and
 * its comma), or undefined.
 */
function descriptiveBefore(doc: Document, end: number): number | undefined {
  const toks = doc.tokens;
  if (toks[end]?.upos !== 'NOUN') return undefined;
  let k = end - 1;
  while (k >= 0 && end - k <= 4 && toks[k].sent === toks[end].sent && ['ADJ', 'NOUN', 'PROPN'].includes(toks[k].upos ?? '')) k--;
  if (k < 0 || !((toks[k].upos === 'DET' && /^(the|a|an|another)$/i.test(toks[k].form)) || (toks[k].upos === 'NUM' && /^(one|two|three)$/i.test(toks[k].form)))) return undefined;
  let c = k - 1;
  while (c >= 0 && toks[c].form === ',') c--;
  return c >= 0 && isQuoteTok(doc, c) && isClosingQuote(doc.text, toks[c].start) ? k : undefined;
}
