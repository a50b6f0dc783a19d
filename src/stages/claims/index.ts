/**
 * Claims: statements attributed to a speaker (direct quotes, reported speech, "according to X",
 * and quoted paragraphs that continue the previous speaker).
 *
 * With a dependency parse (the normal case) a claim is a cue verb (cues.ts) with a content clause
 * (`ccomp`, or the quote it hangs from as `parataxis`) and a subject that names the speaker. The
 * speaker is resolved to an entity through the mentions the link stage resolved. Without a parse,
 * a surface fallback looks for "X said (that) ..." and '"...," X said'.
 *
 * Besides the speech verbs: attitude and stance cues with the complements cues.ts allows for each
 * ("hopes to", "cited the poll", "described X as Y"), verbs that report only beside a quotation
 * ('"...," she continued'), statement nouns with a possessor ("Russia's claim that ..."),
 * transcript turns ("PENCE: ...") and quotations signed with a dash and a name. An attitude cue
 * the events stage took as an event's trigger is recorded once, as the event.
 *
 * Precision rules: a claim needs a speaker that is a name, a resolved pronoun or a descriptive
 * noun phrase ("Canadian officials"); unresolved pronouns and first-person speakers are left
 * out; a claim inside another claim's content is not a second claim (PolNeAR's univocal rule).
 */
import type { ArgRef, Claim, Document, Entity, Mention, Token } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { ATTITUDE_CUES, CUE_NEEDS_CLAUSE, attitudeLemma, cueLemma, quoteCueLemma } from './cues.js';
import { baseRel, buildTree, childrenWith, subtree, type DepTree } from './tree.js';

const QUOTES = new Set(['"', '“', '”', '«', '»', "''", '``']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'you']);
const RELATIVE = new Set(['who', 'which', 'that']);
/** Heads of an "according to" phrase that name no checkable source. */
const VAGUE_SOURCES = new Set(['media', 'reports', 'sources', 'accounts', 'rumours', 'rumors', 'outlets']);
/** Dependents that belong to a speaker's noun phrase. */
const NP_RELS = new Set(['det', 'amod', 'compound', 'flat', 'nmod:poss', 'nummod', 'case', 'fixed', 'nmod']);
/** Subtypes that attach times and measures, not parts of a name ("legislators, also last week"). */
const NOT_NP = new Set(['nmod:tmod', 'nmod:unmarked', 'nmod:npmod', 'obl:tmod']);

interface Candidate {
  cue: number;
  cueText: string;
  speakerTok: number[];
  /** The token that heads the speaker's phrase (its entity is the speaker). */
  speakerHead: number;
  content: [number, number]; // token range [first, last]
  kind: Claim['kind'];
}

export const claimsStage: Stage = {
  name: 'claims',
  // The parse for reporting clauses, entities for speakers, events so a cue that is already an
  // event's trigger ("China criticized the embargo") gives no claim.
  requires: ['sentences', 'tokens', 'deps', 'entities', 'events'],
  provides: ['claims'],
  run(doc) {
    doc.claims = extractClaims(doc);
  },
};

export function extractClaims(doc: Document): Claim[] {
  const tree = buildTree(doc);
  const cands = tree.parsed ? fromParse(doc, tree) : fromSurface(doc);
  cands.push(...colonLines(doc));
  cands.push(...signedQuotes(doc));
  cands.push(...inSurvey(doc));
  cands.push(...continuedQuotes(doc, cands));
  // Univocal: drop a claim whose cue sits inside another claim's content. "X said ..., according
  // to Y" keeps X's claim: Y only relays what X said, and X is who an analyst records.
  const inside = (c: Candidate, o: Candidate) => o !== c && o.content[0] <= c.cue && c.cue <= o.content[1];
  const relays = new Set(cands.filter((o) => o.kind === 'according' && cands.some((c) => c.kind !== 'according' && inside(c, o))));
  const kept = cands.filter((c) => !relays.has(c) && !cands.some((o) => !relays.has(o) && inside(c, o)));
  const speakers = currentSpeakers(doc, kept);
  kept.sort((a, b) => a.content[0] - b.content[0]);
  const claims: Claim[] = [];
  for (const c of kept) {
    const speaker = speakers.get(c);
    if (!speaker) continue;
    // "Cruz, who said ...": the clause names its speaker by the relative pronoun; the speaker is
    // the antecedent, and the span is the pronoun, as for "he said"
    const rel = relativeSubject(doc, c.cue);
    if (rel !== undefined && !c.speakerTok.includes(rel)) {
      speaker.start = doc.tokens[rel].start;
      speaker.end = doc.tokens[rel].end;
    }
    const content = spanOf(doc, c.content[0], c.content[1]);
    if (!content || content.text.split(/\s+/).length < 2) continue;
    const cueTok = doc.tokens[c.cue];
    claims.push({
      id: `c${claims.length + 1}`,
      speaker,
      cue: c.cueText,
      cueSpan: { start: cueTok.start, end: cueTok.end, text: doc.text.slice(cueTok.start, cueTok.end) },
      content,
      kind: c.kind,
    });
  }
  return claims;
}

/**
 * Speakers in text order. A sentence that opens with "He" or "She" and reports ("He added: ...")
 * right after the sentence of another person's claim, with no other person named in between,
 * continues that speaker: news quotes one person at a time, and the running speaker is likelier
 * than an older antecedent the pronoun may have been linked to.
 */
function currentSpeakers(doc: Document, cands: Candidate[]): Map<Candidate, ArgRef> {
  const out = new Map<Candidate, ArgRef>();
  const byCue = [...cands].sort((a, b) => a.cue - b.cue || a.content[0] - b.content[0]);
  let prev: { ref: ArgRef; cue: number; speakerEnd: number; content: [number, number] } | undefined;
  // contents of the claims so far, and pronoun speakers given to someone other than the link stage's antecedent
  const contents: [number, number][] = [];
  const reassigned = new Set<number>();
  for (const c of byCue) {
    let ref = speakerRef(doc, c.speakerTok, c.speakerHead);
    if (!ref) continue;
    const t = doc.tokens[c.speakerHead];
    const w = t.form.toLowerCase();
    const opens = doc.sentences[t.sent].tokenStart === c.speakerHead;
    if (opens && c.speakerTok.length === 1 && (w === 'he' || w === 'she') && prev && prev.ref.name !== ref.name
      && t.sent - doc.tokens[prev.cue].sent === 1 && (prev.ref.type === 'PERSON' || doc.tokens[prev.speakerEnd].upos === 'PROPN')) {
      const from = Math.max(prev.cue, prev.speakerEnd) + 1;
      const other = doc.mentions.some((m) => m.kind === 'name' && m.type === 'PERSON' && m.tokenStart >= from && m.tokenEnd <= c.speakerHead);
      if (!other) ref = { ...prev.ref, start: ref.start, end: ref.end };
    }
    // "Mr Bush's first task was ..., he said": a pronoun that reports a statement is not the
    // person the statement is about. Linked to someone named only inside the content, it stands
    // for the person last named as a subject in the two sentences before.
    if (c.speakerTok.length === 1 && (w === 'he' || w === 'she') && ref.entity && namedOnlyInside(doc, ref.entity, c.content, t.sent)) {
      // (when that person is the one talked about, the pronoun is theirs after all)
      const other = lastSubjectPerson(doc, doc.sentences[t.sent].tokenStart, t.sent - 2, w === 'he' ? 'f' : 'm');
      if (other && other.id !== ref.entity) ref = { name: other.name, entity: other.id, type: other.type, start: ref.start, end: ref.end };
    } else if (c.speakerTok.length === 1 && (w === 'he' || w === 'she') && ref.entity && prev?.ref.entity && prev.ref.entity !== ref.entity
      && t.sent - Math.max(doc.tokens[prev.cue].sent, doc.tokens[prev.content[1]].sent) <= 1
      && lastMentionQuoted(doc, ref.entity, c.speakerHead, [...contents, c.content], reassigned)
      && genderOf(doc, prev.ref.entity) !== (w === 'he' ? 'f' : 'm')) {
      // '... hunting Osama Bin Laden. "This is like ...," he says': the person last named inside the
      // previous speaker's words is not the one who goes on speaking
      ref = { ...prev.ref, start: ref.start, end: ref.end };
      reassigned.add(c.speakerHead);
    }
    out.set(c, ref);
    contents.push(c.content);
    if (ref.type === 'PERSON' || doc.tokens[c.speakerHead].upos === 'PROPN') prev = { ref, cue: c.cue, speakerEnd: Math.max(...c.speakerTok), content: c.content };
  }
  return out;
}

/** The person last named as a clause's subject before token `before`, from sentence `fromSent` on, not of the gender `notGender`. */
function lastSubjectPerson(doc: Document, before: number, fromSent: number, notGender: 'm' | 'f'): Entity | undefined {
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (m.tokenEnd > before) continue;
    if (doc.tokens[m.tokenStart].sent < fromSent) break;
    if (m.kind !== 'name' || m.type !== 'PERSON' || !m.entity || genderOf(doc, m.entity) === notGender) continue;
    // The name is the subject, or stands in apposition to it ("Liberal Democrat leader Charles Kennedy welcomed").
    let subject = false;
    for (let j = m.tokenStart; j < m.tokenEnd; j++) {
      const tj = doc.tokens[j];
      const up = tj.head !== undefined && tj.head >= 0 ? doc.tokens[tj.head] : undefined;
      if ((tj.deprel ?? '').startsWith('nsubj') || (/^(flat|appos|compound)/.test(tj.deprel ?? '') && (up?.deprel ?? '').startsWith('nsubj'))) subject = true;
    }
    if (subject) return entityById(doc, m.entity);
  }
  return undefined;
}

/**
 * A person's gender as the text shows it: the pronouns the link stage bound to them and a form
 * of address before their name; undefined when the text does not say or says both.
 */
function genderOf(doc: Document, entity: string): 'm' | 'f' | undefined {
  let m = false, f = false;
  for (const x of doc.mentions) {
    if (x.entity !== entity) continue;
    const w = x.text.toLowerCase();
    if (x.kind === 'pronoun') {
      if (/^(he|him|his|himself)$/.test(w)) m = true;
      else if (/^(she|her|hers|herself)$/.test(w)) f = true;
    } else if (x.kind === 'name') {
      const before = doc.tokens[x.tokenStart - 1]?.form ?? '';
      if (/^Mr\.?$/.test(before)) m = true;
      else if (/^(Mrs|Ms|Miss)\.?$/.test(before)) f = true;
    }
  }
  return m === f ? undefined : m ? 'm' : 'f';
}

/**
 * The entity's last mention before token `before` (a name or a pronoun, skipping pronoun speakers
 * already given to someone else) lies inside the content of an earlier claim: the person was
 * talked about, not talking.
 */
function lastMentionQuoted(doc: Document, entity: string, before: number, contents: readonly [number, number][], skip: ReadonlySet<number>): boolean {
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (m.tokenEnd > before || m.entity !== entity || skip.has(m.tokenStart)) continue;
    return contents.some(([a, b]) => m.tokenStart >= a && m.tokenEnd - 1 <= b);
  }
  return false;
}

/** The entity is named in the sentence only within the content's tokens [first, last]. */
function namedOnlyInside(doc: Document, entity: string, content: [number, number], sent: number): boolean {
  let inside = false;
  for (const m of doc.mentions) {
    if (m.entity !== entity || m.kind !== 'name' || doc.tokens[m.tokenStart].sent !== sent) continue;
    if (m.tokenStart >= content[0] && m.tokenEnd - 1 <= content[1]) inside = true;
    else return false;
  }
  return inside;
}

// ---------------------------------------------------------------------------------------------
// With a parse

function fromParse(doc: Document, tree: DepTree): Candidate[] {
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

/** Head nouns of occasions and abstractions, which never speak. */
const OCCASIONS = new Set(['conference', 'meeting', 'tour', 'day', 'speech', 'interview', 'rally', 'debate', 'hearing', 'briefing', 'event',
  'session', 'summit', 'visit', 'trip', 'week', 'month', 'year', 'time', 'effect', 'forefront', 'way', 'moment', 'occasion', 'appearance', 'stop']);
/** Abstract nouns a misparse makes subjects of a cue ("The important thing, he said, was ..., adding"). */
const ABSTRACTS = new Set(['thing', 'reason', 'opportunity', 'fact', 'point', 'issue', 'problem', 'question', 'idea', 'need', 'chance',
  'part', 'result', 'matter', 'aim', 'goal', 'priority', 'truth', 'situation', 'option', 'answer', 'danger', 'risk']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
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

/** The content clause of a cue: its `ccomp`, or the quote it is a parenthetical of. */
function contentOf(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
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
function objectContent(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
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
function infinitiveContent(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
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
function parenthetical(doc: Document, tree: DepTree, i: number): { range: [number, number]; kind: Claim['kind'] } | undefined {
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
function misattached(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind'] } | undefined {
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
function quoteAfter(doc: Document, tree: DepTree, i: number): { range: [number, number]; kind: Claim['kind'] } | undefined {
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
function asReported(doc: Document, tree: DepTree, i: number): { range: [number, number]; kind: Claim['kind'] } | undefined {
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
const HONORIFIC = /^(Mr|Ms|Mrs|Miss|Dr|Sir|Lord|Lady|Rev|Prof|Gen|Sen|Rep|Gov)\.?$/;
const SHARES = new Set(['half', 'majority', 'majorities', 'most', 'third', 'quarter', 'two-thirds', 'three-quarters', 'plurality']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
/** Attitude cues of perception and knowledge (see ATTITUDE_CUES), which need a checkable source. */
const PERCEPTION = new Set(['see', 'find', 'know', 'learn', 'recognize', 'show']);
/** Sources whose findings are checkable: documents, surveys and counts. */
const EVIDENCE_NOUNS = new Set(['poll', 'average', 'tracker', 'model', 'forecast', 'survey', 'study', 'report', 'analysis', 'data', 'record', 'figure', 'investigation', 'audit', 'review', 'research', 'document', 'email', 'filing', 'result', 'statistic', 'census', 'estimate', 'memo', 'tally', 'count', 'test', 'probe', 'inquiry', 'evidence']);
/** Recordings and exhibits: sources of what they show only with a clause ("Video shows that ..."), not of a scene ("footage showed her asking"). */
const RECORDINGS = new Set(['video', 'footage', 'recording', 'tape', 'photo', 'photograph', 'image', 'picture', 'slide', 'chart', 'graph', 'map', 'transcript', 'letter']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
const WH = new Set(['when', 'how', 'what', 'where', 'why', 'whether', 'if', 'who', 'which', 'while', 'as']);
/** Verbs of saying that take a clause without "that" ("says it raised"). */
const BARE_CLAUSE_CUES = new Set(['say', 'tell', 'add', 'argue', 'insist', 'warn', 'predict', 'write', 'note', 'acknowledge', 'suggest', 'contend', 'claim', 'estimate', 'concede', 'assert', 'explain', 'stress', 'emphasize', 'emphasise', 'complain', 'allege', 'agree']);

/**
 * 'X says it raised $15 million' / 'X said Wednesday that ...' when the parse did not hang the
 * clause from the cue (the clause's subject taken as an object, a day as the subject): the cue's
 * speaker stands before it, and after it, past a time or a short adjunct that ends in "that" or a
 * comma ("on Twitter that", "in an interview,"), a clause with a finite verb runs to the sentence
 * end. Cues that need a clause ("point", "believe") only take it after an explicit "that".
 */
function clauseAfter(doc: Document, tree: DepTree, i: number, lemma: string): { range: [number, number]; kind: Claim['kind']; speaker?: number } | undefined {
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
function quotationBefore(doc: Document, i: number): [number, number] | undefined {
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

/** A quotation mark token, including the two apostrophes some styles write for one (''). */
function isQuoteTok(doc: Document, k: number): boolean {
  const f = doc.tokens[k]?.form;
  if (f === undefined) return false;
  if (QUOTES.has(f)) return true;
  return f === "'" && (doc.tokens[k - 1]?.form === "'" || doc.tokens[k + 1]?.form === "'");
}

/**
 * '"...," she said.' / '"...," said Mr. Burman' when the parse lost the link between the quote
 * and the reporting clause: a closing quotation mark right before the speaker (or the inverted
 * cue), and nothing but a time or addressee after it. The speaker is the name or pronoun next to
 * the cue; the content runs from the sentence start to the closing mark.
 */
function quoteBefore(doc: Document, i: number): { range: [number, number]; kind: Claim['kind']; speaker: number } | undefined {
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

/** The root of the token's sentence (following heads, at most 30 steps). */
function sentenceRoot(doc: Document, i: number): number | undefined {
  let v = i;
  for (let n = 0; n < 30; n++) {
    const h = doc.tokens[v].head ?? -1;
    if (h < 0) return v;
    if (doc.tokens[h].sent !== doc.tokens[i].sent) return undefined;
    v = h;
  }
  return undefined;
}

/**
 * "WASHINGTON (AP) — ...", "NEW YORK, Dec. 22 (UPI) — ...": the dash closing a dateline that
 * opens the sentence (an all-capitals place, no verb before the dash), or -1.
 */
function datelineDash(doc: Document, sent: number): number {
  const toks = doc.tokens;
  const s = doc.sentences[sent];
  if (!/^[A-Z][A-Z.'’-]+$/.test(toks[s.tokenStart]?.form ?? '')) return -1;
  for (let k = s.tokenStart + 1; k < Math.min(s.tokenEnd, s.tokenStart + 12); k++) {
    const f = toks[k].form;
    if (f === '—' || f === '–' || f === '--' || (f === '-' && /\s/.test(doc.text[toks[k].start - 1] ?? ''))) return k;
    if (toks[k].upos === 'VERB' || toks[k].upos === 'AUX') return -1;
  }
  return -1;
}

function isDateline(doc: Document, k: number): boolean {
  const toks = doc.tokens;
  const dash = datelineDash(doc, toks[k].sent);
  if (dash >= 0) return k < dash;
  // "LONDON, ..." / "KYIV -" without a dash token: an all-capitals word opening the sentence
  const sentStart = doc.sentences[toks[k].sent].tokenStart;
  if (k - sentStart > 2) return false;
  for (let j = sentStart; j <= k; j++) if (!/^[A-Z][A-Z.'’-]+$/.test(toks[j].form)) return false;
  return ['(', ','].includes(toks[k + 1]?.form ?? '');
}

/** The relative pronoun that is the cue's own subject ("who said"), if any. */
function relativeSubject(doc: Document, cue: number): number | undefined {
  const sentStart = doc.sentences[doc.tokens[cue].sent].tokenStart;
  for (let k = cue - 1; k >= sentStart && k >= cue - 4; k--) {
    const t = doc.tokens[k];
    if (t.head === cue && (t.deprel ?? '').startsWith('nsubj') && RELATIVE.has(t.form.toLowerCase())) return k;
    // only auxiliaries and adverbs between "who" and its verb ("who has also said")
    if (t.upos !== 'AUX' && t.upos !== 'ADV' && t.upos !== 'PART') return undefined;
  }
  return undefined;
}

/** The speaker's head token: the cue's subject, or that of the verb it is coordinated with. */
function subjectOf(doc: Document, tree: DepTree, i: number): number | undefined {
  const toks = doc.tokens;
  const inverted = invertedSpeaker(doc, i);
  if (inverted !== undefined) return inverted;
  let v = i;
  let viaConj = false;
  for (let hops = 0; hops < 3; hops++) {
    // "Mr. Trump was forced into damage control and said that ...": a passive subject of the
    // verb the cue is coordinated with is the cue's subject too, when it names a person ("the
    // military was told to prepare and told ..." is no speaker)
    const subj = childrenWith(doc, tree, v, ['nsubj']).filter((s) => toks[s].deprel !== 'nsubj:pass' || (viaConj && mentionAt(doc, s)?.type === 'PERSON'));
    if (subj.length) {
      // two subjects are a misparse of a title before a name ("Shadow | Foreign Secretary Ann
      // Vole said"): the one that is a linked name speaks
      // misparse of two names: a person before an organisation ("Rabbi Hier, founder of the
      // Wiesenthal Center said"), and of two persons the one nearest the cue ("talks with Mr
      // Blair, Mr Abbas said")
      // ("A CNN poll last month showed ...": a time the parse took for a second subject is none)
      const nominal = (k: number) => toks[k].upos !== 'VERB' && toks[k].upos !== 'AUX' && (subj.length < 2 || !doc.timexes.some((x) => x.start <= toks[k].start && toks[k].end <= x.end));
      const before = subj.filter((k) => k < i && nominal(k) && !isDateline(doc, k)).reverse();
      const linked = (k: number) => !!mentionAt(doc, k)?.entity;
      const person = (k: number) => linked(k) && mentionAt(doc, k)?.type === 'PERSON';
      const s = subj.length > 1 ? (before.find(person) ?? before.find(linked) ?? subj.find(linked) ?? before[0] ?? subj.find(nominal) ?? subj[0]) : subj[0];
      // "On Sunday, former President Bill Clinton said", "Top Republican Party donor Sheldon
      // Adelson said": a day or a title parsed as the subject with the person as its apposition;
      // the person speaks
      if (!mentionAt(doc, s)) {
        const app = childrenWith(doc, tree, s, ['appos']).find((a) => mentionAt(doc, a)?.type === 'PERSON' || mentionAt(doc, a)?.type === 'ORG');
        if (app !== undefined) return mentionAt(doc, app)!.tokenEnd - 1;
      }
      if (isDateline(doc, s)) {
        // "... (UPI) — Chelsea Clinton announced": the name after the dash is the subject
        const dash = datelineDash(doc, toks[s].sent);
        // ("... (Reuters) - President Barack Obama met ...": a title may come before the name)
        const titled = (x: Mention & { tokenStart: number }) => {
          for (let k = dash + 1; k < x.tokenStart; k++) if (!['PROPN', 'NOUN', 'ADJ'].includes(toks[k].upos ?? '')) return false;
          return true;
        };
        const m = dash >= 0 ? doc.mentions.find((x) => x.tokenStart > dash && x.tokenStart <= dash + 3 && x.tokenEnd <= i && x.kind === 'name' && titled(x)) : undefined;
        return m ? m.tokenEnd - 1 : undefined;
      }
      // "Turkey, which ... insisted": the relative pronoun stands for the noun it modifies.
      // "which officials said will ...": a noun between the pronoun and the verb is the subject
      if (RELATIVE.has(toks[s].form.toLowerCase()) && v === i) {
        for (let k = i - 1; k > s; k--) if (toks[k].upos === 'NOUN' || toks[k].upos === 'PROPN') return k;
      }
      if (RELATIVE.has(toks[s].form.toLowerCase())) {
        if (baseRel(doc, v) === 'acl' && ['NOUN', 'PROPN', 'PRON'].includes(toks[toks[v].head ?? -1]?.upos ?? '')) return toks[v].head;
        // the relative clause hung elsewhere: the noun right before the pronoun (", who")
        let k = s - 1;
        if (toks[k]?.form === ',') k--;
        if (k >= 0 && toks[k].sent === toks[s].sent && (toks[k].upos === 'PROPN' || toks[k].upos === 'NOUN')) return k;
        if (baseRel(doc, v) === 'acl') return toks[v].head;
      }
      return s;
    }
    const rel = baseRel(doc, v);
    // "X rallied supporters, saying ...": a participle after a comma reports for the subject of
    // the clause it closes, which the parse may have hung it under a deeper verb
    if (v === i && toks[i].xpos === 'VBG' && toks[i - 1]?.form === ',') {
      const root = sentenceRoot(doc, i);
      const rs = root === undefined ? [] : childrenWith(doc, tree, root, ['nsubj']).filter((k) => k < i && toks[k].deprel !== 'nsubj:pass');
      if (rs.length && !RELATIVE.has(toks[rs[0]].form.toLowerCase())) return rs[0];
    }
    if ((rel === 'conj' || rel === 'xcomp' || rel === 'advcl') && (toks[v].head ?? -1) >= 0) {
      viaConj = rel === 'conj' && v === i;
      v = toks[v].head!;
    }
    else if (rel === 'acl' && (toks[v].head ?? -1) >= 0) {
      // "the station, where they are expected to be questioned": a passive cue's holder is
      // unnamed; the noun the clause modifies is not it
      if (tree.kids[v].some((c) => toks[c].deprel === 'aux:pass' || toks[c].deprel === 'nsubj:pass')) return undefined;
      return toks[v].head;
    }
    else break;
  }
  // Inverted '"...," said the minister': the subject may come after the cue as obj/nsubj.
  return undefined;
}

/**
 * '"...," said European Council President Donald Tusk': a cue right after a closing quotation
 * mark with a person or organisation named right after it (past the words of a title). Returns
 * the name's last token.
 */
function invertedSpeaker(doc: Document, i: number): number | undefined {
  const toks = doc.tokens;
  if (!isQuoteTok(doc, i - 1) || !isClosingQuote(doc.text, toks[i - 1].start)) return undefined;
  for (let k = i + 1; k < toks.length && k - i <= 6 && toks[k].sent === toks[i].sent; k++) {
    const m = mentionAt(doc, k);
    if (m && m.kind === 'name' && (m.type === 'PERSON' || m.type === 'ORG')) return m.tokenEnd - 1;
    if (!['DET', 'ADJ', 'PROPN', 'NOUN'].includes(toks[k].upos ?? '')) return undefined;
  }
  return undefined;
}

/**
 * A capitalised name written right before the cue that neither the parse nor the recogniser took
 * ("..., Mr Abbas said: ..."): a run of proper nouns opening the sentence or following a comma,
 * not a dateline. Returns its last token.
 */
function properBefore(doc: Document, cue: number): number | undefined {
  const toks = doc.tokens;
  const sentStart = doc.sentences[toks[cue].sent].tokenStart;
  let a = cue - 1;
  if (a < sentStart || toks[a].upos !== 'PROPN') return undefined;
  while (a - 1 >= sentStart && toks[a - 1].upos === 'PROPN') a--;
  if (a !== sentStart && toks[a - 1].form !== ',') return undefined;
  if (isDateline(doc, cue - 1) || doc.timexes.some((t) => t.start <= toks[cue - 1].start && toks[cue - 1].end <= t.end)) return undefined;
  return cue - 1;
}

/**
 * A person's or organisation's name the recogniser found right before the cue (past auxiliaries
 * and adverbs) when the parse hung it elsewhere ("In a meeting with the board of the Washington
 * Post Trump said that ..."). Returns its last token.
 */
function adjacentName(doc: Document, cue: number): number | undefined {
  const toks = doc.tokens;
  let k = cue - 1;
  while (k >= 0 && toks[k].sent === toks[cue].sent && (toks[k].upos === 'AUX' || toks[k].upos === 'ADV')) k--;
  if (k < 0 || toks[k].sent !== toks[cue].sent) return undefined;
  const m = mentionAt(doc, k);
  if (!m || m.kind !== 'name' || (m.type !== 'PERSON' && m.type !== 'ORG') || m.tokenEnd - 1 !== k) return undefined;
  return k;
}

/**
 * '"...," Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday' with no subject in the
 * parse: the first person or organisation named between the quotation (ending at `contentEnd`)
 * and the cue, with no verb between. Returns the name's last token.
 */
function nameAfterQuote(doc: Document, cue: number, contentEnd: number): number | undefined {
  const toks = doc.tokens;
  if (cue - contentEnd > 14) return undefined;
  let q = contentEnd + 1;
  while (q < cue && (toks[q].upos === 'PUNCT' && !isQuoteTok(doc, q))) q++;
  if (!isQuoteTok(doc, q)) return undefined;
  for (let k = q + 1; k < cue; k++) if (toks[k].upos === 'VERB' || toks[k].upos === 'AUX') return undefined;
  const m = doc.mentions.find((x) => x.tokenStart > q && x.tokenEnd <= cue && x.kind === 'name' && (x.type === 'PERSON' || x.type === 'ORG'));
  return m ? m.tokenEnd - 1 : undefined;
}

/**
 * When the parse gives the cue no subject (a long appositive often misleads it): the nearest name
 * before the cue in its sentence that stands on its own, i.e. not inside a prepositional phrase
 * ("chief of the Security Council") and not a demonym.
 */
function nameBefore(doc: Document, cue: number, contentStart: number): number | undefined {
  if (contentStart < cue) return undefined;
  const sentStart = doc.sentences[doc.tokens[cue].sent].tokenStart;
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (m.tokenEnd > cue || m.tokenStart < sentStart) continue;
    if (m.kind !== 'name' || m.type === 'NORP') continue;
    const before = doc.tokens[m.tokenStart - 1];
    const beforeThat = doc.tokens[m.tokenStart - 2];
    const inPP = (t: Token | undefined) => !!t && t.sent === doc.tokens[cue].sent && t.upos === 'ADP';
    if (inPP(before) || (before?.upos === 'DET' && inPP(beforeThat))) continue;
    // standing on its own: after a comma, or opening a coordinated clause ("..., but Turkey, which ...")
    if (before && before.sent === doc.tokens[cue].sent && before.form !== ',' && before.upos !== 'CCONJ' && m.tokenStart !== sentStart) continue;
    return m.tokenEnd - 1;
  }
  return undefined;
}

/** Tokens of the speaker's noun phrase: the head with its modifiers, never past the cue. */
function npTokens(doc: Document, tree: DepTree, head: number, cue: number): number[] {
  const mention = mentionAt(doc, head);
  if (mention) {
    const out: number[] = [];
    // an honorific the recogniser left out ("Ms | Short") belongs to the name
    let a = mention.tokenStart;
    while (a - 1 >= 0 && doc.tokens[a - 1].sent === doc.tokens[head].sent && HONORIFIC.test(doc.tokens[a - 1].form)) a--;
    for (let k = a; k < mention.tokenEnd; k++) out.push(k);
    return out;
  }
  const rel = (c: number) => doc.tokens[c].deprel ?? '';
  // The head's own preposition is not part of the phrase ("of online postings" -> "online postings").
  const cut = (c: number) => NOT_NP.has(rel(c)) || (!NP_RELS.has(rel(c)) && !NP_RELS.has(baseRel(doc, c)))
    || (doc.tokens[c].head === head && (rel(c) === 'case' || rel(c) === 'mark'));
  const keep = subtree(tree, head, cut);
  // A contiguous phrase around the head, never across a comma.
  const set = new Set(keep.filter((k) => k !== cue && (k < cue || head > cue)));
  let a = head;
  let b = head;
  while (set.has(a - 1) && doc.tokens[a - 1].form !== ',') a--;
  // a hyphen the parse hung elsewhere joins a name ("Murphy - O'Connor")
  for (;;) {
    if (set.has(b + 1) && doc.tokens[b + 1].form !== ',') b++;
    else if (/^[-‐–]$/.test(doc.tokens[b + 1]?.form ?? '') && set.has(b + 2)) b += 2;
    else break;
  }
  return range(a, b + 1);
}

function cueText(doc: Document, tree: DepTree, i: number): string {
  const prt = childrenWith(doc, tree, i, ['compound:prt']);
  const t = doc.tokens[i];
  if (prt.length) {
    const p = doc.tokens[prt[0]];
    return doc.text.slice(Math.min(t.start, p.start), Math.max(t.end, p.end));
  }
  return doc.text.slice(t.start, t.end);
}

function isAccordingTo(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  const n = doc.tokens[i + 1];
  return t.form.toLowerCase() === 'according' && !!n && n.form.toLowerCase() === 'to' && n.sent === t.sent;
}

/**
 * "..., according to X": content is the rest of the sentence. The source is a named person or
 * organisation, or a short descriptive noun phrase ("the union", "exit polls"); vague ones
 * ("according to local media", "reports") attribute nothing checkable.
 */
function accordingTo(doc: Document, tree: DepTree | undefined, i: number): Candidate | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[toks[i].sent];
  // "boats which, according to AFP, the UN has criticised": the phrase reports the relative
  // clause that goes on after it, not the words before it
  if (toks[i - 1]?.form === ',' && RELATIVE.has(toks[i - 2]?.form.toLowerCase() ?? '')) return undefined;
  let src = i + 2;
  while (src < sent.tokenEnd && ['DET', 'ADJ'].includes(toks[src].upos ?? '') && !mentionAt(doc, src)) src++;
  const named = mentionAt(doc, src);
  let m: { tokenStart: number; tokenEnd: number } | undefined = named && (named.type === 'PERSON' || named.type === 'ORG') ? named : undefined;
  if (!m) {
    // a descriptive source ("according to the union", "according to exit polls"): the noun
    // phrase up to the next punctuation, short, ending in a noun
    // A longer source is cut before a participle that describes it ("exit polls conducted for
    // the AP", "a poll released Thursday"): the phrase before it names the source.
    let e = i + 2;
    // ("a senior official who spoke on condition of anonymity": the relative clause describes the source)
    while (e < sent.tokenEnd && toks[e].upos !== 'PUNCT' && e - i < 12 && toks[e].upos !== 'VERB' && toks[e].upos !== 'AUX'
      && !(e > i + 2 && RELATIVE.has(toks[e].form.toLowerCase()) && toks[e].upos === 'PRON')) e++;
    if (e - i >= 12) return undefined;
    let head = e - 1;
    while (head >= i + 2 && toks[head].upos !== 'NOUN' && toks[head].upos !== 'PROPN') head--;
    if (head < i + 2 || head !== e - 1) return undefined;
    // a clause of its own ("according to what he said") names no source
    if (e < sent.tokenEnd && toks[e].upos === 'AUX') return undefined;
    // "according to local media / reports / sources" names no one whose claim could be checked
    if (VAGUE_SOURCES.has(toks[head].form.toLowerCase())) return undefined;
    m = { tokenStart: i + 2, tokenEnd: e };
  }
  const speakerTok: number[] = [];
  for (let k = m.tokenStart; k < m.tokenEnd; k++) speakerTok.push(k);
  // The phrase ends at the next comma or the sentence end; the content is the rest.
  let phraseEnd = m.tokenEnd;
  while (phraseEnd < sent.tokenEnd && toks[phraseEnd].form !== ',' && toks[phraseEnd].upos !== 'PUNCT') phraseEnd++;
  let first: number;
  let last: number;
  if (i - sent.tokenStart >= 3) {
    first = sent.tokenStart;
    last = i - 1;
  } else {
    first = phraseEnd + 1;
    last = sent.tokenEnd - 1;
  }
  while (last > first && toks[last].upos === 'PUNCT' && !QUOTES.has(toks[last].form)) last--;
  while (last > first && toks[last].form === ',') last--;
  if (last - first < 1) return undefined;
  void tree;
  return { cue: i, cueText: doc.text.slice(toks[i].start, toks[i + 1].end), speakerTok, speakerHead: m.tokenEnd - 1, content: [first, last], kind: 'according' };
}

// ---------------------------------------------------------------------------------------------
// Without a parse: surface patterns, conservative.

function fromSurface(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (const sent of doc.sentences) {
    if (sent.kind !== 'paragraph' && sent.kind !== 'headline') continue;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      if (isAccordingTo(doc, i)) {
        const c = accordingTo(doc, undefined, i);
        if (c) out.push(c);
        continue;
      }
      const lemma = cueLemma(toks[i].form);
      if (!lemma || !/^[a-z]/.test(toks[i].form)) continue;
      // Speaker: the mention ending right before the cue (allowing an adverb or auxiliary).
      let k = i - 1;
      while (k >= sent.tokenStart && /^(also|has|have|had|then|later|again|previously|recently|categorically)$/i.test(toks[k].form)) k--;
      const m = k >= sent.tokenStart ? mentionAt(doc, k) : undefined;
      if (!m && !(k >= sent.tokenStart && PRONOUNS.has(toks[k].form.toLowerCase()))) continue;
      const speakerTok = m ? range(m.tokenStart, m.tokenEnd) : [k];
      let first = i + 1;
      if (first < sent.tokenEnd && /^(that|:|,)$/.test(toks[first].form)) first++;
      let last = sent.tokenEnd - 1;
      if (first >= sent.tokenEnd) {
        // '"...," X said.' : the quote before the speaker.
        const open = toks.slice(sent.tokenStart, speakerTok[0]).findIndex((t) => QUOTES.has(t.form));
        if (open < 0) continue;
        first = sent.tokenStart + open;
        last = speakerTok[0] - 1;
      }
      if (CUE_NEEDS_CLAUSE.has(lemma) && toks[i + 1]?.form.toLowerCase() !== 'that') continue;
      while (last > first && toks[last].form.length === 1 && /[.,;!?]/.test(toks[last].form)) last--;
      if (last - first < 2) continue;
      out.push({ cue: i, cueText: toks[i].form, speakerTok, speakerHead: speakerTok[speakerTok.length - 1], content: [first, last], kind: hasQuote(doc, first, last + 1) ? 'direct' : 'reported' });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// "Name: statement" (headlines and transcripts)

/** Words that open a "WORD: ..." line without being anyone's name. */
const COLON_LABELS = new Set(['update', 'updated', 'watch', 'breaking', 'note', 'editor', 'photo', 'video', 'read', 'more', 'related',
  'correction', 'q', 'a', 'live', 'exclusive', 'analysis', 'opinion', 'listen', 'source', 'sources', 'credit', 'warning', 'latest',
  'poll', 'polls', 'report', 'reports', 'fact', 'factbox', 'timeline', 'explainer', 'transcript', 'full', 'text', 'here', 'also']);

/**
 * A headline or paragraph that opens with a person's or organisation's name and a colon
 * ("Trump: 'I'm the worst thing ...'", "PENCE: Well, look, ...") states what that name says. The
 * name is a linked person or organisation, or one to three capitalised words that are no label
 * ("UPDATE:", "WATCH:"); places are left out ("KYIV: ..." is a dateline).
 */
function colonLines(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const surnames = personWords(doc);
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si];
    if (sent.kind !== 'paragraph' && sent.kind !== 'headline') continue;
    // a transcript turn may sit inside an opening quotation mark ('"PENCE: Well, look, ...')
    let a = sent.tokenStart;
    while (a < sent.tokenEnd && QUOTES.has(toks[a].form)) a++;
    let colon = -1;
    for (let k = a + 1; k < Math.min(sent.tokenEnd, a + 5); k++) if (toks[k].form === ':') { colon = k; break; }
    // a label set off by a dash before the name ("EXCLUSIVE – Roger Stone: ...", "Pollsters agree -
    // Carl Bialik: ...")
    if (colon < 0) {
      const dash = toks.slice(a, Math.min(sent.tokenEnd, a + 5)).findIndex((t) => SIGN_DASHES.has(t.form));
      if (dash > 0) {
        a += dash + 1;
        for (let k = a + 1; k < Math.min(sent.tokenEnd, a + 5); k++) if (toks[k].form === ':') { colon = k; break; }
      }
    }
    if (colon < 0 || sent.tokenEnd - colon < 4) continue;
    const name = toks.slice(a, colon);
    if (!name.every((t) => t.upos === 'PROPN' || /^[A-Z][A-Za-z.'’-]*$/.test(t.form))) continue;
    if (name.some((t) => COLON_LABELS.has(t.form.toLowerCase()))) continue;
    const m = mentionAt(doc, colon - 1);
    if (m && m.type !== 'PERSON' && m.type !== 'ORG') continue;
    // an all-capitals transcript label ("PENCE:", "WALLACE:") the tagger may take for a common
    // noun: a speaker when the document names a person with that word
    const label = name.length === 1 && /^[A-Z][A-Z'’-]+$/.test(name[0].form) && surnames.has(name[0].form.toLowerCase());
    if (!m && !label && (!name.some((t) => t.upos === 'PROPN') || name.length > 2)) continue;
    let first = colon + 1;
    while (first < sent.tokenEnd && toks[first].upos === 'PUNCT' && !QUOTES.has(toks[first].form)) first++;
    const last = trimEnd(doc, first, sent.tokenEnd - 1);
    if (last - first < 2) continue;
    const cand: Candidate = { cue: colon, cueText: ':', speakerTok: range(a, colon), speakerHead: colon - 1, content: [first, last], kind: hasQuote(doc, first, last) ? 'direct' : 'reported' };
    out.push(cand);
    // a transcript turn runs to the end of its paragraph: the later sentences are its fragments
    if (sent.kind !== 'paragraph') continue;
    for (let sj = si + 1; sj < doc.sentences.length; sj++) {
      const next = doc.sentences[sj];
      if (next.block !== sent.block || next.kind !== 'paragraph') break;
      let f = next.tokenStart;
      while (f < next.tokenEnd && toks[f].upos === 'PUNCT' && !QUOTES.has(toks[f].form)) f++;
      const l = trimEnd(doc, f, next.tokenEnd - 1);
      if (l - f >= 2) out.push({ ...cand, content: [f, l], kind: hasQuote(doc, f, l) ? 'direct' : 'reported' });
    }
  }
  return out;
}

/**
 * Lower-cased words that name someone in the document: words of person names and other proper
 * nouns ("pence" from "Mike Pence" or a headline's "Pence"), less the words of places.
 */
function personWords(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON') continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) out.add(doc.tokens[k].form.toLowerCase());
  }
  for (const t of doc.tokens) if (t.upos === 'PROPN' && /^[A-Z][a-z]/.test(t.form)) out.add(t.form.toLowerCase());
  for (const m of doc.mentions) {
    if (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'NORP') continue;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) out.delete(doc.tokens[k].form.toLowerCase());
  }
  return out;
}

/** Surveys and counts that a sentence can open with ("In a CBS News poll, ..."). */
const SURVEY_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'census', 'tally', 'count', 'analysis']);

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose
 * Clinton": a sentence that opens with a survey in an "In" phrase reports its findings; the
 * survey is the source and the clause after the comma the content. Not when that clause has a
 * speech verb of its own ("In a survey, 79 percent said ...": the respondents' claim stands).
 */
function inSurvey(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (const sent of doc.sentences) {
    if (sent.kind !== 'paragraph') continue;
    const a = sent.tokenStart;
    if (toks[a]?.form.toLowerCase() !== 'in') continue;
    let comma = -1;
    let head = -1;
    for (let k = a + 1; k < sent.tokenEnd && k - a <= 14; k++) {
      if (toks[k].form === ',') { comma = k; break; }
      if ((toks[k].upos === 'VERB' && !/^(VBN|VBD)$/.test(toks[k].xpos ?? '')) || toks[k].upos === 'AUX') break;
      if (head < 0 && toks[k].upos === 'NOUN' && SURVEY_NOUNS.has(toks[k].form.toLowerCase())) head = k;
    }
    if (comma < 0 || head < 0) continue;
    const first = comma + 1;
    const last = trimEnd(doc, first, sent.tokenEnd - 1);
    if (last - first < 2) continue;
    let speaks = false;
    for (let k = first; k <= last; k++) if (toks[k].upos === 'VERB' && cueLemma(toks[k].form, toks[k].lemma)) speaks = true;
    if (speaks) continue;
    out.push({ cue: a, cueText: toks[a].form, speakerTok: range(a + 1, head + 1), speakerHead: head, content: [first, last], kind: 'according' });
  }
  return out;
}

/** Dashes that introduce the name signing a quotation. */
const SIGN_DASHES = new Set(['-', '—', '–', '―', '--']);

/**
 * A quotation signed with a dash and a name at the end of its line ('"Mr. Trump is clueless ..."
 * ― Stephanie Egan'), as in reader responses and epigraphs: the named person says every sentence
 * of the quotation. The name is one to five capitalised words right after the dash that follows
 * the closing quotation mark, and the line ends after it (a line break, the text's end, or the
 * next quotation opening).
 */
function signedQuotes(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (let n = 1; n + 1 < toks.length; n++) {
    if (!SIGN_DASHES.has(toks[n].form) || !isQuoteTok(doc, n - 1) || !isClosingQuote(doc.text, toks[n - 1].start)) continue;
    let e = n + 1;
    while (e < toks.length && e - n <= 5 && /^[A-Z][\p{L}.'’-]*$/u.test(toks[e].form)) e++;
    const name = range(n + 1, e);
    if (!name.length || !name.some((k) => toks[k].upos === 'PROPN')) continue;
    const f = toks[e]?.form === '.' ? e + 1 : e;
    const tail = doc.text.slice(toks[f - 1].end, toks[f]?.start ?? doc.text.length);
    if (!(f >= toks.length || /\n/.test(tail) || (isQuoteTok(doc, f) && !isClosingQuote(doc.text, toks[f].start)))) continue;
    // the quotation: back to the mark that opens its line (written either way round: '”Fear.'),
    // at most ten sentences up, not past another signature
    let open = -1;
    const stop = doc.sentences[Math.max(0, toks[n].sent - 10)].tokenStart;
    for (let k = n - 2; k >= stop; k--) {
      if (SIGN_DASHES.has(toks[k].form) && isQuoteTok(doc, k - 1)) break;
      if (isQuoteTok(doc, k) && /(^|\n)[ \t]*$/.test(doc.text.slice(Math.max(0, toks[k].start - 20), toks[k].start))) {
        open = k;
        break;
      }
    }
    if (open < 0) continue;
    for (let sj = toks[open].sent; sj <= toks[n].sent; sj++) {
      const sent = doc.sentences[sj];
      const f = Math.max(open + 1, sent.tokenStart);
      const l = trimEnd(doc, f, Math.min(n - 2, sent.tokenEnd - 1));
      if (l - f < 2) continue;
      out.push({ cue: n, cueText: doc.text.slice(toks[n].start, toks[n].end), speakerTok: name, speakerHead: e - 1, content: [f, l], kind: 'direct' });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quoted sentences that continue the previous speaker

/**
 * A quotation with no cue of its own, in the paragraph after (or the same paragraph as) a claim,
 * continues that claim's speaker: news writes a speaker once and then quotes on.
 */
function continuedQuotes(doc: Document, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!cands.length) return out;
  const toks = doc.tokens;
  const bySent = new Map<number, Candidate>();
  for (const c of cands) bySent.set(toks[c.cue].sent, c);
  let last: Candidate | undefined;
  let lastBlock = -1;
  let chained = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const sent = doc.sentences[s];
    const own = bySent.get(s);
    if (own) {
      // only a speaker the text names (a name, a pronoun, a proper noun) is carried on: a
      // descriptive speaker is too often a misparse ("a good thing said") to repeat it
      const h = toks[own.speakerHead];
      const m = mentionAt(doc, own.speakerHead);
      const named = (m && (m.kind === 'name' || m.kind === 'pronoun')) || h.upos === 'PROPN' || PRONOUNS.has(h.form.toLowerCase());
      last = named ? own : undefined;
      lastBlock = sent.block;
      chained = 0;
      continue;
    }
    // '"He's absolutely right. There's a severe disconnect ...," Flynn said.': a quotation that
    // opens here and closes in the next sentence, whose reporting clause names its speaker, is
    // that speaker's, not the running one's
    const fwd = sent.kind === 'paragraph' ? quotationClosedBy(doc, s, bySent) : undefined;
    if (fwd) {
      for (const [a, b] of quoteSpans(toks, sent.tokenStart, sent.tokenEnd, doc.text)) {
        if (b - a < 2 || cands.some((c) => c.content[0] <= b && a <= c.content[1])) continue;
        out.push({ cue: fwd.cue, cueText: fwd.cueText, speakerTok: fwd.speakerTok, speakerHead: fwd.speakerHead, content: [a, trimEnd(doc, a, b)], kind: 'direct' });
      }
      continue;
    }
    if (!last || sent.kind !== 'paragraph' || sent.block > lastBlock + 1) continue;
    // A new paragraph continues the speaker only when it opens with the quotation itself, and
    // only for a few paragraphs: past that, or after a "NAME:" transcript line, it is guesswork.
    const opensWithQuote = QUOTES.has(toks[sent.tokenStart]?.form ?? '');
    if (sent.block !== lastBlock && (!opensWithQuote || chained >= 3)) {
      if (sent.block > lastBlock) last = undefined;
      continue;
    }
    const spans = quoteSpans(toks, sent.tokenStart, sent.tokenEnd, doc.text);
    if (!spans.length) continue;
    // "... was welcomed by Beijing, which described it as "...": the sentence names someone else
    // outside its quotation, who is the likelier source; no guess then.
    if (namesOther(doc, sent.tokenStart, sent.tokenEnd, spans, last.speakerHead)) continue;
    // '"You should resign," Warren told him': a reporting verb outside the quotation that gave no
    // claim of its own (a misparse) still says the running speaker is not the one speaking
    if (reportsOutside(doc, sent.tokenStart, sent.tokenEnd, spans)) continue;
    for (const [a, b] of spans) {
      if (b - a < 4) continue;
      // a quotation another cue already claims (a signed quotation) is not continued
      if (cands.some((c) => c.content[0] <= b && a <= c.content[1])) continue;
      out.push({ cue: last.cue, cueText: last.cueText, speakerTok: last.speakerTok, speakerHead: last.speakerHead, content: [a, b], kind: 'direct' });
    }
    if (sent.block !== lastBlock) chained++;
    lastBlock = sent.block;
  }
  return out;
}

/**
 * The claim of the next sentence when this sentence opens a quotation it does not close and the
 * next sentence, in the same paragraph, closes it before its own reporting clause.
 */
function quotationClosedBy(doc: Document, s: number, bySent: Map<number, Candidate>): Candidate | undefined {
  const toks = doc.tokens;
  const sent = doc.sentences[s];
  const next = doc.sentences[s + 1];
  if (!next || next.block !== sent.block || !isQuoteTok(doc, sent.tokenStart) || isClosingQuote(doc.text, toks[sent.tokenStart].start)) return undefined;
  let marks = 0;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) if (isQuoteTok(doc, k)) marks++;
  if (marks % 2 === 0) return undefined;
  const c = bySent.get(s + 1);
  if (!c || c.kind === 'reported' || c.kind === 'according' || c.content[0] > next.tokenStart + 1 || c.cue < c.content[1]) return undefined;
  // the next sentence continues the quotation: no mark of its own opens it
  if (isQuoteTok(doc, next.tokenStart) && !isClosingQuote(doc.text, toks[next.tokenStart].start)) return undefined;
  return c;
}

/** Does the sentence, outside its quotations, hold a verb of saying? */
function reportsOutside(doc: Document, from: number, to: number, spans: [number, number][]): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t.upos !== 'VERB' || spans.some(([a, b]) => a <= k && k <= b)) continue;
    if (cueLemma(t.form, t.lemma) || quoteCueLemma(t.form, t.lemma)) return true;
  }
  return false;
}

/** Does the sentence, outside its quotations, name a person, organisation or place other than the speaker? */
function namesOther(doc: Document, from: number, to: number, spans: [number, number][], speakerHead: number): boolean {
  const sm = mentionAt(doc, speakerHead);
  const speaker = sm?.entity;
  for (const m of doc.mentions) {
    if (m.tokenStart < from || m.tokenEnd > to || m.kind !== 'name' || m.type === 'NORP') continue;
    if (spans.some(([a, b]) => a <= m.tokenStart && m.tokenStart <= b)) continue;
    if (!m.entity || m.entity !== speaker) return true;
  }
  return false;
}

/** For each token: is it inside a quotation (per sentence, an unclosed quote runs to its end)? */
function insideQuotes(doc: Document): boolean[] {
  const flags = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of doc.sentences) for (const [a, b] of quoteSpans(doc.tokens, s.tokenStart, s.tokenEnd, doc.text)) for (let k = a; k <= b; k++) flags[k] = true;
  return flags;
}

/**
 * Token ranges inside quotation marks within [from, to). Whether a mark opens or closes is read
 * from the original text (curly quotes say so; a straight one closes when it follows a word). A
 * closing mark with no opener closes a quote begun in an earlier sentence; an unclosed quote
 * runs to the end.
 */
function quoteSpans(toks: Token[], from: number, to: number, text?: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let k = from; k < to; k++) {
    if (!QUOTES.has(toks[k].form)) continue;
    const closes = text !== undefined && isClosingQuote(text, toks[k].start);
    if (open < 0 && closes && out.length === 0 && k > from) {
      out.push([from, k - 1]);
      continue;
    }
    // '... of the community. " A spokesman said': a straight quote followed by a space opens
    // nothing; it closes a quotation the previous sentence began
    if (open < 0 && k === from && text !== undefined && toks[k].form === '"' && /[ \t]/.test(text[toks[k].end] ?? '')
      && /[.!?,]\s*$/.test(text.slice(Math.max(0, toks[k].start - 4), toks[k].start))) continue;
    if (open < 0) open = k;
    else {
      if (k - open > 1) out.push([open + 1, k - 1]);
      open = -1;
    }
  }
  if (open >= 0 && to - open > 2) out.push([open + 1, to - 1]);
  return out;
}

function isClosingQuote(text: string, at: number): boolean {
  const c = text[at];
  if (c === '”' || c === '»') return true;
  if (c === '“' || c === '«') return false;
  const before = text[at - 1] ?? ' ';
  return !/\s/.test(before) && before !== '(' && before !== '[';
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

function hasQuote(doc: Document, first: number, end: number): boolean {
  for (let k = Math.max(first, 0); k < Math.min(end + 1, doc.tokens.length); k++) if (QUOTES.has(doc.tokens[k].form)) return true;
  return false;
}

function trimEnd(doc: Document, first: number, last: number): number {
  while (last > first && doc.tokens[last].upos === 'PUNCT' && !QUOTES.has(doc.tokens[last].form)) last--;
  return last;
}

function mentionAt(doc: Document, tok: number) {
  return doc.mentions.find((m) => m.tokenStart <= tok && tok < m.tokenEnd);
}

function entityById(doc: Document, id: string | undefined): Entity | undefined {
  return id ? doc.entities.find((e) => e.id === id) : undefined;
}

function spanOf(doc: Document, first: number, last: number): Mention | undefined {
  if (last < first) return undefined;
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The speaker as an argument: a resolved entity, or the noun phrase itself. */
function speakerRef(doc: Document, toks: number[], head: number): ArgRef | undefined {
  if (!toks.length) return undefined;
  // "on Wednesday Mr Straw said" parsed as one phrase headed by the day, "Cardinal | Cormac
  // Murphy-O'Connor" headed by the title: the person named in the phrase speaks
  const headTimex = doc.timexes.some((t) => t.start <= doc.tokens[head].start && doc.tokens[head].end <= t.end);
  if (headTimex || (!mentionAt(doc, head) && doc.tokens[head].upos === 'PROPN')) {
    const named = doc.mentions.filter((m) => m.kind === 'name' && (m.type === 'PERSON' || m.type === 'ORG') && toks.includes(m.tokenStart));
    if (named.length) {
      const m = named[named.length - 1];
      return speakerRef(doc, toks.filter((k) => k >= m.tokenStart || HONORIFIC.test(doc.tokens[k].form)).filter((k) => k <= m.tokenEnd - 1), m.tokenEnd - 1);
    }
  }
  const first = Math.min(...toks);
  const last = Math.max(...toks);
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  const text = doc.text.slice(start, end);
  // A time expression is never a speaker ("Friday afternoon says" is a misparse), nor a dateline.
  const h = doc.tokens[head];
  if (isDateline(doc, head)) return undefined;
  if (doc.timexes.some((t) => t.start <= h.start && h.end <= t.end)) return undefined;
  // Only the head's own mention names the speaker: in "the arms of Ukraine" it is not Ukraine.
  const hm = mentionAt(doc, head);
  const he = hm && entityById(doc, hm.entity);
  if (he) return { name: he.name, entity: he.id, type: he.type, start, end };
  if (!hm) {
    const voiced = voicedBy(doc, toks, head);
    if (voiced) return { name: voiced.name, entity: voiced.id, type: voiced.type, start, end };
  }
  // A group the link stage recognised ("Russian legislators", "Canadian officials").
  const group = doc.groups?.find((g) => g.tokenStart <= head && head < g.tokenEnd);
  if (group) return { name: group.name, entity: group.entity, start, end };
  if (toks.length === 1) {
    const w = doc.tokens[first].form.toLowerCase();
    if (FIRST_PERSON.has(w)) return undefined;
    if (PRONOUNS.has(w) || POSSESSIVES.has(w)) return resolvePronoun(doc, first, start, end);
  }
  if (hm && hm.kind === 'name' && hm.type !== 'NORP') return { name: hm.text, type: hm.type, start, end };
  // an occasion or a place in a text is no speaker ("a news conference announcing ...", "the day
  // ..., adding", "at the forefront of questioning")
  if (!hm && (OCCASIONS.has((h.lemma ?? h.form).toLowerCase()) || ABSTRACTS.has((h.lemma ?? h.form).toLowerCase()))) return undefined;
  // A descriptive speaker ("Canadian officials", "the newspaper") keeps its words.
  // a share of those polled ("Six in 10 say", "Half said") speaks for a poll
  if (!toks.some((k) => ['NOUN', 'PROPN'].includes(doc.tokens[k].upos ?? 'NOUN'))
    && !(h.upos === 'NUM' || SHARES.has(h.form.toLowerCase()))) return undefined;
  // "the cardinal" after "Cardinal Cormac Murphy-O'Connor": the person last named with that title
  // (adjectives and peoples' names between count for nothing: "the South African archbishop")
  const core = toks.filter((k) => doc.tokens[k].upos !== 'ADJ' && mentionAt(doc, k)?.type !== 'NORP' && mentionAt(doc, k)?.kind !== 'demonym');
  const titled = doc.tokens[first].form.toLowerCase() === 'the' && core.length <= 3 ? titledPerson(doc, head) : undefined;
  if (titled) return { name: titled.name, entity: titled.id, type: titled.type, start, end };
  return { name: text, start, end };
}

/** Nouns for one who speaks for a body or a person: "a spokesman for X", "X's spokeswoman". */
const VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'representatives', 'aide', 'aides']);
/** Writings that speak for the author named as their possessor ("Mr Sands' book", "Amnesty's report"). */
const WRITINGS = new Set(['book', 'report', 'letter', 'article', 'memoir', 'memoirs', 'column', 'study', 'blog', 'website', 'biography', 'diary']);
/** Nouns that take up an organisation named before: "the organisation said". */
const ORG_ANAPHORS = new Set(['organisation', 'organization', 'charity', 'agency', 'watchdog', 'committee', 'commission', 'ministry', 'campaign']);

/**
 * The entity a descriptive speaker stands for, when the phrase says it: the person named in
 * apposition to a title ("team member Rodaba Noori", no preposition between), the body or person
 * a spokesman speaks for ("a spokesman for Reporters Without Borders", "Mr Blair's spokesman"), the
 * author a writing speaks for ("Mr Sands' book suggests"),
 * or the organisation last named within four sentences for "the organisation" / "the charity".
 */
function voicedBy(doc: Document, toks: number[], head: number): Entity | undefined {
  const t = doc.tokens;
  const inPhrase = new Set(toks);
  // A name after the head with nothing but names and titles between ("team member Rodaba Noori").
  const after = doc.mentions.filter((m) => m.kind === 'name' && m.type === 'PERSON' && m.entity && m.tokenStart > head && inPhrase.has(m.tokenStart));
  if (after.length === 1) {
    let plain = true;
    for (let k = head + 1; k < after[0].tokenStart; k++) if (!['NOUN', 'PROPN', 'ADJ'].includes(t[k].upos ?? '')) plain = false;
    if (plain) return entityById(doc, after[0].entity);
  }
  const lemma = (t[head].lemma ?? t[head].form).toLowerCase();
  // "Mr Sands' book suggests": a writing speaks for its author.
  if (WRITINGS.has(lemma)) {
    const poss = toks.find((k) => t[k].head === head && t[k].deprel === 'nmod:poss');
    const m = poss === undefined ? undefined : mentionAt(doc, poss);
    if (m?.entity && m.kind === 'name') return entityById(doc, m.entity);
  }
  if (VOICES.has(lemma) || VOICES.has(t[head].form.toLowerCase())) {
    // The possessor or the "for"/"of" complement of the head, when it is a linked name.
    for (const k of toks) {
      if (t[k].head !== head) continue;
      const rel = t[k].deprel ?? '';
      const prep = toks.find((c) => t[c].head === k && t[c].deprel === 'case')
      const ok = rel === 'nmod:poss' || (rel.startsWith('nmod') && prep !== undefined && /^(for|of)$/i.test(t[prep].form));
      const m = ok ? mentionAt(doc, k) : undefined;
      if (m?.entity && m.kind === 'name') return entityById(doc, m.entity);
    }
    return undefined;
  }
  // "the organisation said": the organisation last named, within four sentences.
  if (ORG_ANAPHORS.has(lemma) && toks.length <= 2 && t[Math.min(...toks)].form.toLowerCase() === 'the') {
    const sent = t[head].sent;
    for (let k = doc.mentions.length - 1; k >= 0; k--) {
      const m = doc.mentions[k];
      if (m.tokenEnd > head) continue;
      if (t[m.tokenStart].sent < sent - 4) break;
      if (m.kind === 'name' && m.type === 'ORG' && m.entity) return entityById(doc, m.entity);
    }
  }
  return undefined;
}

/**
 * The person last introduced with the title the head noun names ("Cardinal X", "Foreign Secretary
 * X", "X, the senator"), before the head, within the document; none when two people carry it.
 */
function titledPerson(doc: Document, head: number): Entity | undefined {
  const w = doc.tokens[head].form.toLowerCase();
  if (doc.tokens[head].upos !== 'NOUN' && doc.tokens[head].upos !== 'PROPN') return undefined;
  const found = new Set<string>();
  let last: Entity | undefined;
  for (const m of doc.mentions) {
    if (m.tokenStart >= head || m.kind !== 'name' || m.type !== 'PERSON' || !m.entity) continue;
    const prev = doc.tokens[m.tokenStart - 1];
    const inName = doc.tokens[m.tokenStart].form.toLowerCase() === w;
    if (inName || (prev && prev.sent === doc.tokens[m.tokenStart].sent && prev.form.toLowerCase() === w)) {
      found.add(m.entity);
      last = entityById(doc, m.entity);
    }
  }
  return found.size === 1 ? last : undefined;
}

/**
 * Fallback when the link stage left a pronoun unresolved: the nearest preceding person (he, she)
 * or entity (it, they) mentioned in this or the four sentences before.
 */
function resolvePronoun(doc: Document, tok: number, start: number, end: number): ArgRef | undefined {
  const w = doc.tokens[tok].form.toLowerCase();
  const person = w === 'he' || w === 'she' || w === 'him' || w === 'her' || w === 'his';
  const sent = doc.tokens[tok].sent;
  for (let k = doc.mentions.length - 1; k >= 0; k--) {
    const m = doc.mentions[k];
    if (m.tokenEnd > tok || m.kind === 'pronoun') continue;
    if (doc.tokens[m.tokenStart].sent < sent - 8) break;
    if (person !== (m.type === 'PERSON')) continue;
    const e = entityById(doc, m.entity);
    return { name: e?.name ?? m.text, entity: e?.id, type: e?.type ?? m.type, start, end };
  }
  return undefined;
}


