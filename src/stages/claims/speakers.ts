/**
 * Who speaks, as tokens: the head of the speaker's phrase (the cue's own subject or that of the
 * verb it is coordinated with, an inverted speaker after a quotation, a name right before the
 * cue or after the quotation) and the phrase's tokens (npTokens); datelines ("WASHINGTON (AP)
 * —"), which are never speakers; the relative pronoun that is a cue's subject ("who said").
 */
import type { Document, Mention, Token } from '../../model/types.js';
import { baseRel, childrenWith, subtree, type DepTree } from './tree.js';
import { HONORIFIC, RELATIVE, mentionAt, range } from './helpers.js';
import { isClosingQuote, isQuoteTok } from './quotes.js';

/** Dependents that belong to a speaker's noun phrase. */
const NP_RELS = new Set(['det', 'amod', 'compound', 'flat', 'nmod:poss', 'nummod', 'case', 'fixed', 'nmod']);
/** Subtypes that attach times and measures, not parts of a name ("legislators, also last week"). */
const NOT_NP = new Set(['nmod:tmod', 'nmod:unmarked', 'nmod:npmod', 'obl:tmod']);

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

export function isDateline(doc: Document, k: number): boolean {
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
export function relativeSubject(doc: Document, cue: number): number | undefined {
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
export function subjectOf(doc: Document, tree: DepTree, i: number): number | undefined {
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
export function properBefore(doc: Document, cue: number): number | undefined {
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
export function adjacentName(doc: Document, cue: number): number | undefined {
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
export function nameAfterQuote(doc: Document, cue: number, contentEnd: number): number | undefined {
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
export function nameBefore(doc: Document, cue: number, contentStart: number): number | undefined {
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
export function npTokens(doc: Document, tree: DepTree, head: number, cue: number): number[] {
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
