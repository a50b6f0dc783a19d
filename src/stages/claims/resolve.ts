/**
 * To whom the speaker's phrase refers (an ArgRef): the linked entity, the body or person a
 * spokesman or a writing speaks for, a group, the person a title names ("the cardinal"), a
 * pronoun's antecedent; and, over the document in order, the running speaker that a reporting
 * "he" or "she" continues when the link stage bound it to someone talked about (currentSpeakers).
 */
import type { ArgRef, Document, Entity } from '../../model/types.js';
import { FIRST_PERSON, HONORIFIC, POSSESSIVES, PRONOUNS, entityById, mentionAt, type Candidate } from './helpers.js';
import { isDateline } from './speakers.js';

/**
 * Speakers in text order. A sentence that opens with "He" or "She" and reports ("He added: ...")
 * right after the sentence of another person's claim, with no other person named in between,
 * continues that speaker: news quotes one person at a time, and the running speaker is likelier
 * than an older antecedent the pronoun may have been linked to.
 */
export function currentSpeakers(doc: Document, cands: Candidate[]): Map<Candidate, ArgRef> {
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
    const pronoun = c.speakerTok.length === 1 && (w === 'he' || w === 'she');
    if (opens && pronoun && prev && prev.ref.name !== ref.name
      && t.sent - doc.tokens[prev.cue].sent === 1 && (prev.ref.type === 'PERSON' || doc.tokens[prev.speakerEnd].upos === 'PROPN')) {
      const from = Math.max(prev.cue, prev.speakerEnd) + 1;
      const other = doc.mentions.some((m) => m.kind === 'name' && m.type === 'PERSON' && m.tokenStart >= from && m.tokenEnd <= c.speakerHead);
      if (!other) ref = { ...prev.ref, start: ref.start, end: ref.end };
    }
    // "Mr Bush's first task was ..., he said": a pronoun that reports a statement is not the
    // person the statement is about. Linked to someone named only inside the content, it stands
    // for the person last named as a subject in the two sentences before.
    if (pronoun && ref.entity && namedOnlyInside(doc, ref.entity, c.content, t.sent)) {
      // (when that person is the one talked about, the pronoun is theirs after all)
      const other = lastSubjectPerson(doc, doc.sentences[t.sent].tokenStart, t.sent - 2, w === 'he' ? 'f' : 'm');
      if (other && other.id !== ref.entity) ref = { name: other.name, entity: other.id, type: other.type, start: ref.start, end: ref.end };
    } else if (pronoun && ref.entity && prev?.ref.entity && prev.ref.entity !== ref.entity
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

/** Head nouns of occasions and abstractions, which never speak. */
const OCCASIONS = new Set(['conference', 'meeting', 'tour', 'day', 'speech', 'interview', 'rally', 'debate', 'hearing', 'briefing', 'event',
  'session', 'summit', 'visit', 'trip', 'week', 'month', 'year', 'time', 'effect', 'forefront', 'way', 'moment', 'occasion', 'appearance', 'stop']);
/** Abstract nouns a misparse makes subjects of a cue ("The important thing, he said, was ..., adding"). */
const ABSTRACTS = new Set(['thing', 'reason', 'opportunity', 'fact', 'point', 'issue', 'problem', 'question', 'idea', 'need', 'chance',
  'part', 'result', 'matter', 'aim', 'goal', 'priority', 'truth', 'situation', 'option', 'answer', 'danger', 'risk']);
const SHARES = new Set(['half', 'majority', 'majorities', 'most', 'third', 'quarter', 'two-thirds', 'three-quarters', 'plurality']);

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
  // "Mr Begg's father, Azmat, said": a given name in apposition, of one person the text names in full.
  // (an apposition follows its head within the sentence: only those tokens are looked at)
  const sentEnd = doc.sentences[t[head].sent]?.tokenEnd ?? t.length;
  let given = -1;
  for (let k = head + 1; k < sentEnd && given < 0; k++) if (t[k].head === head && t[k].deprel === 'appos' && t[k].upos === 'PROPN' && !mentionAt(doc, k)) given = k;
  if (given >= 0) {
    const full = doc.entities.filter((e) => e.type === 'PERSON' && e.name.split(' ').length > 1 && e.name.split(' ')[0] === t[given].form);
    if (full.length === 1) return full[0];
  }
  const lemma = (t[head].lemma ?? t[head].form).toLowerCase();
  // "Mr Sands' book suggests": a writing speaks for its author.
  if (WRITINGS.has(lemma)) {
    const poss = toks.find((k) => t[k].head === head && t[k].deprel === 'nmod:poss');
    const m = poss === undefined ? undefined : nameIn(doc, toks, poss);
    if (m?.entity) return entityById(doc, m.entity);
  }
  if (VOICES.has(lemma) || VOICES.has(t[head].form.toLowerCase())) {
    // The possessor or the "for"/"of" complement of the head, when it is a linked name.
    for (const k of toks) {
      if (t[k].head !== head) continue;
      const rel = t[k].deprel ?? '';
      const prep = toks.find((c) => t[c].head === k && t[c].deprel === 'case')
      const ok = rel === 'nmod:poss' || (rel.startsWith('nmod') && prep !== undefined && /^(for|of)$/i.test(t[prep].form));
      const m = ok ? nameIn(doc, toks, k) : undefined;
      if (m?.entity) return entityById(doc, m.entity);
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
 * The name mention at token k, or at a word of its own name ("Mr | Sands' book": the parse heads
 * the name with the form of address, the recogniser's name starts after it).
 */
function nameIn(doc: Document, toks: readonly number[], k: number): ReturnType<typeof mentionAt> {
  const own = (m: ReturnType<typeof mentionAt>) => (m?.kind === 'name' && m.entity ? m : undefined);
  const at = own(mentionAt(doc, k));
  if (at) return at;
  for (const c of toks) if (doc.tokens[c].head === k && doc.tokens[c].deprel === 'flat' && own(mentionAt(doc, c))) return mentionAt(doc, c);
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
