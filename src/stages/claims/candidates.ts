/**
 * Claims read off the dependency parse (the normal case): for each token outside quotations, a
 * cue (a speech verb, an attitude or stance cue, a naming by "call", a verb that reports only
 * beside a quotation, a statement noun with a possessor, "according to") with its content
 * (content.ts) and the head of its speaker's phrase (speakers.ts), as Candidates for the driver.
 */
import type { Claim, Document } from '../../model/types.js';
import { ATTITUDE_CUES, CUE_NEEDS_CLAUSE, attitudeLemma, cueLemma, quoteCueLemma } from './cues.js';
import { baseRel, childrenWith, subtree, type DepTree } from './tree.js';
import { NEGATION, POSSESSIVES, WH, mentionAt, range, trimEnd, type Candidate } from './helpers.js';
import { QUOTES, hasQuote, insideQuotes, isQuoteTok } from './quotes.js';
import { adjacentName, nameAfterQuote, nameBefore, npTokens, properBefore, subjectOf } from './speakers.js';
import { asReported, clauseAfter, contentOf, infinitiveContent, misattached, objectContent, parenthetical, quotationBefore, quoteAfter, quoteBefore } from './content.js';
import { accordingTo, isAccordingTo } from './surface.js';

export function fromParse(doc: Document, tree: DepTree): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const quoted = insideQuotes(doc);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const sent = doc.sentences[t.sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    // Speech verbs inside a quotation belong to the quote ("We are stating ...").
    if (quoted[i]) continue;
    if (isAccordingTo(doc, i)) {
      const c = accordingTo(doc, tree, i);
      if (c) out.push(c);
      continue;
    }
    if (t.upos === 'NOUN') {
      const c = nominalClaim(doc, tree, i);
      if (c) out.push(c);
      continue;
    }
    if (t.upos && t.upos !== 'VERB') continue;
    // "China's claim it does not want ...", "the report", "his warning": after a possessive or an
    // article the word is a noun whatever its tag; a contracted "is" ("He's predicting") is no
    // possessive
    const prev = i > sent.tokenStart ? toks[i - 1] : undefined;
    if (prev && (prev.xpos === 'POS' || (/^['’]s$/i.test(prev.form) && prev.upos !== 'AUX') || prev.xpos === 'PRP$' || /^(the|a|an)$/i.test(prev.form))) continue;
    const lemma = cueLemma(t.form, t.lemma);
    if (!lemma) {
      const q = besideQuote(doc, tree, i);
      if (q) {
        out.push(q);
        continue;
      }
      const c = attitude(doc, tree, i) ?? naming(doc, tree, i) ?? anyVerbBesideQuote(doc, tree, i);
      if (c) out.push(c);
      continue;
    }
    const content: { range: [number, number]; kind: Claim['kind']; speaker?: number } | undefined = asReported(doc, tree, i) ?? contentOf(doc, tree, i, lemma)
      ?? (CUE_NEEDS_CLAUSE.has(lemma) ? undefined : parenthetical(doc, tree, i) ?? misattached(doc, tree, i, lemma) ?? quoteAfter(doc, tree, i) ?? quoteBefore(doc, i))
      ?? clauseAfter(doc, tree, i, lemma) ?? objectContent(doc, tree, i, lemma) ?? infinitiveContent(doc, tree, i, lemma);
    if (!content) continue;
    const subj = content.speaker ?? subjectOf(doc, tree, i) ?? nameBefore(doc, i, content.range[0]) ?? (content.range[0] > i ? properBefore(doc, i) ?? adjacentName(doc, i) : nameAfterQuote(doc, i, content.range[1]));
    if (subj === undefined) continue;
    out.push({ cue: i, cueText: cueText(doc, tree, i), speakerTok: npTokens(doc, tree, subj, i), speakerHead: subj, content: content.range, kind: content.kind });
  }
  return out;
}

/**
 * Attitude and stance cues (cues.ts ATTITUDE_CUES: "argue for", "call for", "criticize", "want"):
 * the cue's own subject holds a position whose content is one of the complements the lexicon
 * allows for that lemma (a clause, an infinitive, or an object).
 */
function attitude(doc: Document, tree: DepTree, i: number): Candidate | undefined {
  const t = doc.tokens[i];
  const lemma = attitudeLemma(t.form, t.lemma);
  const rels = lemma === undefined ? undefined : ATTITUDE_CUES.get(lemma);
  if (!rels) return undefined;
  // an attitude the events stage reads as a happening ("China criticized the embargo": ACCUSE)
  // is recorded once, as the event
  if (doc.events.some((e) => e.trigger && e.trigger.start < t.end && t.start < e.trigger.end)) return undefined;
  const own = tree.kids[i].filter((c) => c > i);
  let content: number[] | undefined;
  let clausal = false;
  // "obl:for": an oblique with that preposition ("call for", "talk about"); "obj+obl:as": both,
  // and the content runs over the two ("described the embargo as a product of the Cold War")
  // in a pair, an xcomp is a predicate noun or adjective ("called the charges unsubstantiated"),
  // not an infinitive ("called lawmakers to return" is a request)
  const find = (rel: string, paired: boolean) => {
    const [base, prep] = rel.split(':');
    return own.find((c) => baseRel(doc, c) === base && (prep === undefined || tree.kids[c].some((k) => doc.tokens[k].deprel === 'case' && doc.tokens[k].form.toLowerCase() === prep))
      && !(paired && base === 'xcomp' && (doc.tokens[c].upos === 'VERB' || doc.tokens[c].upos === 'AUX')));
  };
  for (const rel of rels) {
    const parts = rel.split('+');
    const hits = parts.map((r) => find(r, parts.length > 1));
    if (hits.every((h) => h !== undefined)) {
      content = hits.flatMap((h) => subtree(tree, h!)).sort((a, b) => a - b);
      clausal = rel === 'ccomp';
      break;
    }
  }
  if (!content) return undefined;
  let first = content[0];
  let last = content[content.length - 1];
  while (first < last && (doc.tokens[first].deprel === 'mark' || doc.tokens[first].deprel === 'case' || doc.tokens[first].upos === 'PUNCT') && !QUOTES.has(doc.tokens[first].form)) first++;
  last = trimEnd(doc, first, last);
  if (last - first < 1) return undefined;
  // "do not even know what it is like": a denied attitude or an open question claims nothing
  if (tree.kids[i].some((c) => NEGATION.has(doc.tokens[c].form.toLowerCase()))) return undefined;
  if (WH.has(doc.tokens[first].form.toLowerCase())) return undefined;
  const subj = subjectOf(doc, tree, i);
  if (subj === undefined || subj > i) return undefined;
  // perception verbs attribute evidence: only to a named person or organisation or to a
  // document that can be checked ("the poll shows"), not to "the whole world has seen"
  if (lemma !== undefined && PERCEPTION.has(lemma)) {
    const m = mentionAt(doc, subj);
    const named = m && m.kind === 'name' && (m.type === 'PERSON' || m.type === 'ORG');
    const noun = (doc.tokens[subj].lemma ?? doc.tokens[subj].form).toLowerCase();
    if (!named && !EVIDENCE_NOUNS.has(noun) && !(clausal && RECORDINGS.has(noun))) return undefined;
  }
  return { cue: i, cueText: cueText(doc, tree, i), speakerTok: npTokens(doc, tree, subj, i), speakerHead: subj, content: [first, last], kind: hasQuote(doc, first, last) ? 'mixed' : 'reported' };
}

/**
 * A verb that reports speech only beside a quotation (cues.ts QUOTE_CUES): the quotation that
 * closes right before it ('"...," she continued') or opens right after it ('He asked: "..."').
 */
function besideQuote(doc: Document, tree: DepTree, i: number): Candidate | undefined {
  const t = doc.tokens[i];
  const lemma = quoteCueLemma(t.form, t.lemma);
  if (!lemma) return undefined;
  const before = quotationBefore(doc, i);
  const range = before ?? quoteAfter(doc, tree, i)?.range;
  if (!range) return thatClause(doc, tree, i, lemma);
  const subj = subjectOf(doc, tree, i) ?? (before ? quoteBefore(doc, i)?.speaker : undefined);
  if (subj === undefined) return undefined;
  return { cue: i, cueText: cueText(doc, tree, i), speakerTok: npTokens(doc, tree, subj, i), speakerHead: subj, content: range, kind: 'direct' };
}

/**
 * "Clinton called her vote a mistake", "called Oz a quack", "called the test “a clear violation”",
 * "called Wells Fargo's behavior “outrageous”": a naming by "call", however the parse hung the
 * name it gives (a second object, an oblique without preposition, a predicate that is no
 * infinitive, or a quoted word closing the object). The content runs from the object to the name.
 */
function naming(doc: Document, tree: DepTree, i: number): Candidate | undefined {
  const toks = doc.tokens;
  const t = toks[i];
  if ((t.lemma ?? '').toLowerCase() !== 'call' && !/^call(s|ed|ing)?$/i.test(t.form)) return undefined;
  if (doc.events.some((e) => e.trigger && e.trigger.start < t.end && t.start < e.trigger.end)) return undefined;
  // ("called off the deal" is no naming)
  if (tree.kids[i].some((c) => NEGATION.has(toks[c].form.toLowerCase()) || toks[c].deprel === 'compound:prt')) return undefined;
  const own = tree.kids[i].filter((c) => c > i);
  const obj = own.find((c) => baseRel(doc, c) === 'obj');
  // ("a book called ..." names a title, no one's judgement)
  if (obj === undefined || baseRel(doc, i) === 'acl' || !(toks[obj].upos === 'NOUN' || toks[obj].upos === 'PROPN' || toks[obj].form.toLowerCase() === 'it')) return undefined;
  const inTimex = (k: number) => doc.timexes.some((x) => x.start <= toks[k].start && toks[k].end <= x.end);
  const objSub = subtree(tree, obj);
  let end = objSub[objSub.length - 1];
  const pred = own.find((c) => c > end && (
    ((baseRel(doc, c) === 'obj' || toks[c].deprel === 'obl:unmarked') && !inTimex(c))
    || (baseRel(doc, c) === 'xcomp' && !tree.kids[c].some((k) => toks[k].deprel === 'mark') && toks[c].xpos !== 'VB' && toks[c].xpos !== 'VBG')));
  if (pred !== undefined) {
    const ps = subtree(tree, pred);
    end = ps[ps.length - 1];
  } else {
    // a quoted word closing the object: its last word sits between quotation marks
    let e = trimEnd(doc, objSub[0], end);
    if (!isQuoteTok(doc, e)) return undefined;
    if (!objSub.some((k) => k < e - 1 && isQuoteTok(doc, k))) return undefined;
    end = e;
  }
  const subj = subjectOf(doc, tree, i);
  if (subj === undefined || subj > i) return undefined;
  const first = objSub[0];
  const last = trimEnd(doc, first, end);
  if (last - first < 1 || toks[last].sent !== t.sent) return undefined;
  // a report inside the span is a misparse that would swallow its claim
  for (let k = first; k <= last; k++) if (toks[k].upos === 'VERB' && (cueLemma(toks[k].form, toks[k].lemma) || quoteCueLemma(toks[k].form, toks[k].lemma))) return undefined;
  return { cue: i, cueText: cueText(doc, tree, i), speakerTok: npTokens(doc, tree, subj, i), speakerHead: subj, content: [first, last], kind: hasQuote(doc, first, last) ? 'mixed' : 'reported' };
}

/**
 * '"The marketplace hasn't failed the white working class," he mocks.': any finite verb makes a
 * reporting clause when it stands right after a quotation that ends in a comma, question or
 * exclamation mark inside its closing mark (the punctuation news writes before a reporting
 * clause), with the speaker beside it and no clause after it (quoteBefore). PolNeAR train: 81
 * claims more, 14 false. (The same with a colon before a quotation, 'boomed: "..."', was half
 * false and is left out.)
 */
function anyVerbBesideQuote(doc: Document, tree: DepTree, i: number): Candidate | undefined {
  const toks = doc.tokens;
  if (toks[i].xpos === 'VBG' || toks[i].xpos === 'VBN' || toks[i].xpos === 'VB') return undefined;
  const before = quoteBefore(doc, i);
  if (!before) return undefined;
  // the mark that closes the quotation and the punctuation inside it
  let close = before.range[1] + 1;
  while (close < i && !isQuoteTok(doc, close)) close++;
  const inner = toks[close - 1]?.form ?? '';
  if (!isQuoteTok(doc, close) || (inner !== ',' && inner !== '?' && inner !== '!')) return undefined;
  return { cue: i, cueText: cueText(doc, tree, i), speakerTok: npTokens(doc, tree, before.speaker, i), speakerHead: before.speaker, content: before.range, kind: 'direct' };
}

/** Verbs of manner of speaking that also report a "that" clause ("joked that", "recounted that"). */
const THAT_QUOTE_CUES = new Set(['joke', 'quip', 'laugh', 'recount', 'muse', 'marvel', 'plead', 'scoff', 'exclaim', 'whisper', 'yell', 'shout', 'scream', 'gush', 'sigh', 'chuckle', 'snap', 'interject']);

/**
 * "Trump joked that Brooklyn was his answer": a verb of manner of speaking with a content clause
 * marked by "that" and its own subject before it reports that clause, quotation or not.
 */
function thatClause(doc: Document, tree: DepTree, i: number, lemma: string): Candidate | undefined {
  if (!THAT_QUOTE_CUES.has(lemma)) return undefined;
  const toks = doc.tokens;
  const c = childrenWith(doc, tree, i, ['ccomp']).find((k) => k > i && tree.kids[k].some((m) => toks[m].deprel === 'mark' && toks[m].form.toLowerCase() === 'that'));
  if (c === undefined) return undefined;
  const sub = subtree(tree, c);
  let first = sub[0];
  const last = trimEnd(doc, first, sub[sub.length - 1]);
  while (first < last && (toks[first].deprel === 'mark' || toks[first].upos === 'PUNCT') && !QUOTES.has(toks[first].form)) first++;
  if (last - first < 2) return undefined;
  const subj = subjectOf(doc, tree, i);
  if (subj === undefined || subj > i) return undefined;
  return { cue: i, cueText: cueText(doc, tree, i), speakerTok: npTokens(doc, tree, subj, i), speakerHead: subj, content: [first, last], kind: hasQuote(doc, first, last) ? 'mixed' : 'reported' };
}
/** Nouns that name a statement ("Russia's claim that ..."). */
const STATEMENT_NOUNS = new Set(['claim', 'claims', 'statement', 'assertion', 'argument', 'allegation', 'suggestion', 'warning', 'insistence',
  'contention', 'promise', 'pledge', 'vow', 'remark', 'remarks', 'comment', 'comments', 'charge', 'assurance', 'assurances', 'admission', 'denial', 'declaration', 'prediction', 'announcement', 'belief', 'view']);

/**
 * "Russia's claim that the strikes hit only military targets": a statement noun with a named
 * possessor (a person, organisation or country the recogniser found) and a "that" clause right
 * after it. The content is the clause the "that" marks.
 */
function nominalClaim(doc: Document, tree: DepTree, i: number): Candidate | undefined {
  const toks = doc.tokens;
  if (!STATEMENT_NOUNS.has(toks[i].form.toLowerCase())) return undefined;
  const that = toks[i + 1];
  if (!that || that.sent !== toks[i].sent || that.form.toLowerCase() !== 'that') return undefined;
  // the possessor: "Russia 's claim" / "the minister 's claim" / "his claim"
  let k = i - 1;
  while (k >= 0 && toks[k].sent === toks[i].sent && toks[k].upos === 'ADJ') k--;
  const pos = k >= 1 && (toks[k].xpos === 'POS' || /^['’]s?$/.test(toks[k].form));
  if (!pos && !POSSESSIVES.has(toks[i - 1]?.form.toLowerCase() ?? '')) return undefined;
  if (!pos) k = i;
  let owner = k - 1;
  const named = mentionAt(doc, owner);
  let m: { tokenStart: number; tokenEnd: number } | undefined = named && named.kind === 'name' && named.type !== 'NORP' && named.tokenEnd - 1 === owner ? named : undefined;
  // "his claim that ...": a possessive pronoun, resolved as the speaker's pronoun
  if (!m && POSSESSIVES.has(toks[i - 1].form.toLowerCase()) && toks[i - 1].upos === 'PRON') {
    owner = i - 1;
    m = { tokenStart: owner, tokenEnd: owner + 1 };
  }
  if (!m) return undefined;
  const verb = that.head ?? -1;
  if (verb <= i + 1 || toks[verb].sent !== toks[i].sent) return undefined;
  const sub = subtree(tree, verb).filter((x) => x > i + 1);
  let last = sub[0];
  while (last + 1 <= sub[sub.length - 1] && sub.includes(last + 1)) last++;
  last = trimEnd(doc, i + 2, last);
  if (last - (i + 2) < 2) return undefined;
  return { cue: i, cueText: toks[i].form, speakerTok: range(m.tokenStart, m.tokenEnd), speakerHead: owner, content: [i + 2, last], kind: hasQuote(doc, i + 2, last) ? 'mixed' : 'reported' };
}
/** Attitude cues of perception and knowledge (see ATTITUDE_CUES), which need a checkable source. */
const PERCEPTION = new Set(['see', 'find', 'know', 'learn', 'recognize', 'show']);
/** Sources whose findings are checkable: documents, surveys and counts. */
const EVIDENCE_NOUNS = new Set(['poll', 'average', 'tracker', 'model', 'forecast', 'survey', 'study', 'report', 'analysis', 'data', 'record', 'figure', 'investigation', 'audit', 'review', 'research', 'document', 'email', 'filing', 'result', 'statistic', 'census', 'estimate', 'memo', 'tally', 'count', 'test', 'probe', 'inquiry', 'evidence']);
/** Recordings and exhibits: sources of what they show only with a clause ("Video shows that ..."), not of a scene ("footage showed her asking"). */
const RECORDINGS = new Set(['video', 'footage', 'recording', 'tape', 'photo', 'photograph', 'image', 'picture', 'slide', 'chart', 'graph', 'map', 'transcript', 'letter']);

function cueText(doc: Document, tree: DepTree, i: number): string {
  const prt = childrenWith(doc, tree, i, ['compound:prt']);
  const t = doc.tokens[i];
  if (prt.length) {
    const p = doc.tokens[prt[0]];
    return doc.text.slice(Math.min(t.start, p.start), Math.max(t.end, p.end));
  }
  return doc.text.slice(t.start, t.end);
}
