/**
 * Claims read off the surface, with or without a parse: "according to X", the fallback "X said
 * ..." when there is no parse, "NAME: ..." lines (headlines, transcripts), survey findings ("In
 * a CBS News poll, ..."), quotations signed with a dash and a name, and quoted sentences with no
 * cue of their own that continue the previous speaker.
 */
import type { Document } from '../../model/types.js';
import { CUE_NEEDS_CLAUSE, cueLemma, quoteCueLemma } from './cues.js';
import type { DepTree } from './tree.js';
import { PRONOUNS, RELATIVE, mentionAt, range, trimEnd, type Candidate } from './helpers.js';
import { QUOTES, hasQuote, isClosingQuote, isQuoteTok, quoteSpans } from './quotes.js';

/** Heads of an "according to" phrase that name no checkable source. */
const VAGUE_SOURCES = new Set(['media', 'reports', 'sources', 'accounts', 'rumours', 'rumors', 'outlets']);

export function isAccordingTo(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  const n = doc.tokens[i + 1];
  return t.form.toLowerCase() === 'according' && !!n && n.form.toLowerCase() === 'to' && n.sent === t.sent;
}

/**
 * "..., according to X": content is the rest of the sentence. The source is a named person or
 * organisation, or a short descriptive noun phrase ("the union", "exit polls"); vague ones
 * ("according to local media", "reports") attribute nothing checkable.
 */
export function accordingTo(doc: Document, tree: DepTree | undefined, i: number): Candidate | undefined {
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
  // The phrase ends at the next comma or the sentence end; the content is the rest.
  const phraseFrom = (k: number) => { while (k < sent.tokenEnd && toks[k].form !== ',' && toks[k].upos !== 'PUNCT') k++; return k; };
  let phraseEnd = phraseFrom(m.tokenEnd);
  // "According to Yonhap news agency, quoting North Korea's Korean Central News Agency, ...": the
  // source quoted says it (the last name of a body or person before the next comma)
  if (toks[phraseEnd]?.form === ',' && /^(quoting|citing)$/i.test(toks[phraseEnd + 1]?.form ?? '')) {
    const qEnd = phraseFrom(phraseEnd + 2);
    let quoted: { tokenStart: number; tokenEnd: number } | undefined;
    for (let k = phraseEnd + 2; k < qEnd; k++) {
      const x = mentionAt(doc, k);
      if (x && x.kind === 'name' && (x.type === 'ORG' || x.type === 'PERSON')) quoted = x;
    }
    if (quoted) {
      m = quoted;
      phraseEnd = qEnd;
    }
  }
  const speakerTok: number[] = [];
  for (let k = m.tokenStart; k < m.tokenEnd; k++) speakerTok.push(k);
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

export function fromSurface(doc: Document): Candidate[] {
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
export function colonLines(doc: Document): Candidate[] {
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
export function inSurvey(doc: Document): Candidate[] {
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
export function signedQuotes(doc: Document): Candidate[] {
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
export function continuedQuotes(doc: Document, cands: Candidate[]): Candidate[] {
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
