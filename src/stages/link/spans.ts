/**
 * Mention repair before linking. A statistical recogniser misses or cuts names the KB knows
 * exactly ("Kingdom" for "the United Kingdom", "Trump" for "Donald Trump", "of State Marco Rubio",
 * "Russian" + "Security Council"); coreference needs whole names. Three precise repairs:
 *   1. trim a mention that starts with a lower-case word, and the title words after it;
 *   2. find trusted KB names (countries, the project's current facts: see ActorKb.trustedNames)
 *      and, inside the document, the last names of persons it names in full; a match that
 *      covers no mention is added, one that strictly contains mentions replaces them, one that
 *      crosses a mention is ignored;
 *   3. a PERSON mention the KB knows only as a place becomes a GPE ("Luhansk").
 * Every change keeps the position spec: spans are token boundaries of the original text.
 */
import type { Document, EntityMention, EntityType } from '../../model/types.js';
import { findCountry, findCountryByDemonym, type ActorKb, type KbCandidate } from '../../kb/actors.js';
import { HONORIFICS, isTitleWord } from './titles.js';

const MAX_SPAN = 6;
const JOINTS = new Set(['of', 'the', 'for', 'and', 'de', 'on', 'du', 'la', 'von', 'der', 'van', '-', '.']);

/** Religions and other group adjectives a recogniser may call persons: never a person's name. */
const GROUP_WORDS = /^(Christians?|Muslims?|Jews?|Jewish|Catholics?|Orthodox|Protestants?|Hindus?|Buddhists?|Sunnis?|Shias?|Shiites?|Islamic|Islamist|Arabs?|Kurds?|Kurdish|Europeans?|Western|Westerners?|Allies|Allied|Communists?|Nazis?|Soviets?)$/;
/** Last words that make a capitalised phrase a plan, law or thing, not a person ("Marshall Plan"). */
const THING_HEADS = /^(Plan|Act|Fund|Doctrine|Treaty|Agreement|Accord|Accords|Initiative|Program|Programme|Prize|Day|Bridge|Street|Square|Avenue|Road|Airport|Station|Center|Centre|Index|Report|Strategy|Pact|Declaration|Convention|Protocol|Formula|Summit|Forum|Cup|Award|Stadium|Palace|Cathedral|Church|Museum|University|College|School|Hospital|Institute|Foundation|Company|Group)$/;
/** Last words of a named document: never a place. */
const DOC_HEADS = /^(Memorandum|Treaty|Agreement|Accord|Accords|Pact|Declaration|Convention|Protocol|Charter|Communique|Resolution|Statute)$/;
/** Single generic words a recogniser may tag as names: titles and institution nouns, resolved later as nominals. */
const GENERIC = /^(President|Presidency|Prime|Minister|Premier|Chancellor|Secretary|Government|Cabinet|Ministry|Parliament|Army|Police|Council|Commission|Court|Administration|Office|Agency|Embassy|Authorities|Military|State|Republic|Kingdom|Federation|Union|Alliance|Coalition|Speaker|Chairman|General|Commander|Leader|King|Queen|Institute|Foundation|University|Ministry|Department|Committee|Assembly|Senate|Service|Forces|Navy|Government|God|Lord|West|East|South|North|House|Lords|Commons|Budget|Treasury)$/;
/** Geographic features: places (LOC), whatever the recogniser said. */
const FEATURE = /^(Sea|Gulf|Lake|River|Mount|Bay|Cape|Strait|Straits)\s+of\b|\s(Sea|Ocean|River|Strait|Mountains|Peninsula|Gulf|Bay|Lake|Channel|Desert|Valley|Island|Islands)$/;
/** Heads that make "UN war crimes tribunal" one organisation with its acronym. */
const ORG_HEADS = /^(tribunal|court|commission|council|agency|mission|committee|body|panel|fund|programme|program|office|assembly|secretariat|observers|monitors)$/;

function setSpan(doc: Document, m: EntityMention, ts: number, te: number): void {
  m.tokenStart = ts;
  m.tokenEnd = te;
  m.start = doc.tokens[ts]!.start;
  m.end = doc.tokens[te - 1]!.end;
  m.text = doc.text.slice(m.start, m.end);
}

export function repairMentions(doc: Document, kbFull: ActorKb): void {
  const toks = doc.tokens;
  if (!toks.length) return;
  // Names repeat within a document: one KB look-up per distinct string.
  const memo = new Map<string, KbCandidate[]>();
  const kb = {
    candidates(s: string): KbCandidate[] {
      let c = memo.get(s);
      if (!c) memo.set(s, (c = kbFull.candidates(s)));
      return c;
    },
    countryOfPlace: (s: string) => kbFull.countryOfPlace(s),
    trustedNames: () => kbFull.trustedNames(),
  };
  // 1. Lower-case starts ("of State Marco Rubio").
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.tokenEnd - m.tokenStart < 2) continue;
    const first = toks[m.tokenStart]?.form ?? '';
    if (!/^\p{Ll}/u.test(first)) continue;
    let ts = m.tokenStart;
    while (ts < m.tokenEnd - 1) {
      const w = toks[ts]!.form;
      const lw = w.toLowerCase();
      if (/^\p{Ll}/u.test(w) || isTitleWord(lw) || HONORIFICS.has(lw)) ts++;
      else break;
    }
    if (/^\p{Lu}/u.test(toks[ts]!.form)) setSpan(doc, m, ts, m.tokenEnd);
  }
  // 1b. First names and initials the recogniser left out ("George W" before "Bush"): extended
  // only when the whole name is a person the KB knows by that name.
  const covered = new Uint8Array(toks.length);
  for (const m of doc.mentions) for (let t = Math.max(0, m.tokenStart); t < m.tokenEnd && t < toks.length; t++) covered[t] = 1;
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokenStart < 1) continue;
    let best = -1;
    let s = m.text;
    for (let ts = m.tokenStart - 1; ts >= Math.max(0, m.tokenStart - 3); ts--) {
      const w = toks[ts]!.form;
      if (covered[ts] || toks[ts]!.sent !== toks[m.tokenStart]!.sent || !/^\p{Lu}[\p{Ll}.'-]*$/u.test(w) || isTitleWord(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase())) break;
      s = `${w} ${s}`;
      if (kb.candidates(s).some((c) => c.type === 'PERSON' && c.match !== 'last')) best = ts;
    }
    if (best >= 0) {
      setSpan(doc, m, best, m.tokenEnd);
      for (let t = best; t < m.tokenEnd; t++) covered[t] = 1;
    }
  }
  // 1c. "Council of Europe Marija" + "Pejčinović Burić": an organisation "of <place>" that ran on
  // into the capitalised name after it; the place ends the organisation, the rest is a person.
  splitOrgOfPlace(doc, (w) => !!findCountry(w) || CONTINENTS.has(w) || !!kb.countryOfPlace(w));
  // Persons glued together by the recogniser: "A and B", "DAB's Ben Chan", "Frederick Fung of ADPL".
  splitPersons(doc);
  // 2. Trusted names and in-document last names.
  const trusted = kb.trustedNames();
  trimOfPrefix(doc, trusted, (n) => kb.candidates(n).some((c) => c.type === 'PERSON'));
  splitTrustedRuns(doc, trusted);
  dropTitles(doc, trusted);
  const local = new Map<string, EntityType>();
  // Words the text also writes in lower case are words, not names ("Little is known").
  const lower = new Set<string>();
  for (const t of toks) {
    const c = t.form.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t.form))) lower.add(t.form);
  }
  for (const m of doc.mentions) {
    if (m.type !== 'PERSON' || m.tokenEnd - m.tokenStart < 2) continue;
    const last = toks[m.tokenEnd - 1]!.form;
    if (/^\p{Lu}\p{Ll}/u.test(last) && !trusted.has(last) && !lower.has(last.toLowerCase())) local.set(last, 'PERSON');
  }
  // A person's last name the recogniser took for a place or organisation ("Rathbun" as GPE).
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.tokenEnd - m.tokenStart !== 1 || !local.has(m.text)) continue;
    // "The Hague" is a place; a bare "Hague" in a text about William Hague is the man.
    const prev = (toks[m.tokenStart - 1]?.form ?? '').toLowerCase();
    if (/^(the|in|at|to|from|near)$/.test(prev)) continue;
    if (!kb.candidates(m.text).some((c) => c.match !== 'last' && c.type !== 'PERSON' && c.source !== 'petrarch')) m.type = 'PERSON';
  }
  const cover = new Int32Array(toks.length).fill(-1);
  doc.mentions.forEach((m, i) => {
    for (let t = m.tokenStart; t < m.tokenEnd && t < toks.length; t++) if (t >= 0) cover[t] = i;
  });
  const remove = new Set<EntityMention>();
  const add: EntityMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const f = toks[i]!.form;
    const c0 = f.charCodeAt(0);
    // Names start with a capital or a digit (G7); ASCII is decided without a regex.
    if (c0 < 128 ? !((c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57)) : !/^[\p{Lu}\p{N}]/u.test(f)) continue;
    const sent = toks[i]!.sent;
    let s = '';
    let hit = -1;
    let type: EntityType | undefined;
    for (let j = i; j < Math.min(toks.length, i + MAX_SPAN) && toks[j]!.sent === sent; j++) {
      const fj = toks[j]!.form;
      // Trusted names are capitalised phrases with a few lower-case joints ("Institute for the Study of War").
      if (j > i && !/^[\p{Lu}\p{N}]/u.test(fj) && !JOINTS.has(fj)) break;
      s = j === i ? fj : s + ' ' + fj;
      const t = trusted.get(s) ?? (j === i ? local.get(s) : undefined);
      if (t && t !== 'OTHER') {
        hit = j + 1;
        type = t;
      }
    }
    if (hit < 0 || !type) continue;
    // Not the start of a longer capitalised name ("Washington Post", "Carney Inc").
    const after = toks[hit];
    if (after && after.sent === sent && /^\p{Lu}/u.test(after.form) && !isTitleWord(after.form.toLowerCase()) && cover[hit]! < 0) continue;
    const inside = new Set<number>();
    let crosses = false;
    for (let t = i; t < hit; t++) if (cover[t]! >= 0) inside.add(cover[t]!);
    for (const k of inside) {
      const m = doc.mentions[k]!;
      if (m.tokenStart < i || m.tokenEnd > hit) crosses = true;
    }
    if (crosses) { i = hit - 1; continue; }
    const ms = [...inside].map((k) => doc.mentions[k]!);
    if (ms.length === 1 && ms[0]!.tokenStart === i && ms[0]!.tokenEnd === hit) {
      // The same span: the project's facts know its type ("UN General Assembly" is no person).
      const m = ms[0]!;
      if (m.kind === 'name' && m.type !== type && (m.type === 'PERSON') !== (type === 'PERSON')) m.type = type as EntityType;
      i = hit - 1;
      continue;
    }
    for (const m of ms) remove.add(m);
    const start = toks[i]!.start;
    const end = toks[hit - 1]!.end;
    add.push({ start, end, text: doc.text.slice(start, end), type: type as EntityType, kind: 'name', tokenStart: i, tokenEnd: hit });
    i = hit - 1;
  }
  if (remove.size || add.length) {
    doc.mentions = [...doc.mentions.filter((m) => !remove.has(m)), ...add].sort((a, b) => a.start - b.start);
  }
  // Generic words, group adjectives and things are not names.
  const places = new Set<string>();
  for (const m of doc.mentions) if (m.kind === 'name' && (m.type === 'GPE' || m.type === 'LOC')) places.add(m.text);
  const inhabitants = (w: string, known: Set<string>): boolean => {
    // "Gibraltarians", "Crimeans", "Londoners": the people of a place the text or the KB names
    if (!/^\p{Lu}\p{Ll}{4,}s$/u.test(w)) return false;
    for (const suf of ['ians', 'ans', 'ns', 'ers']) {
      if (!w.endsWith(suf)) continue;
      const stem = w.slice(0, -suf.length);
      const t = trusted.get(stem);
      if (known.has(stem) || t === 'GPE' || t === 'LOC') return true;
    }
    return false;
  };
  doc.mentions = doc.mentions.filter((m) => {
    if (m.kind !== 'name') return true;
    const t = m.text.replace(/^the\s+/i, '');
    if (GENERIC.test(t)) return false;
    // No capital letter and unknown to the KB ("the government", "kyiv" is known): not a name.
    if (!/\p{Lu}/u.test(t) && !kb.candidates(t).some((c) => c.match !== 'last')) return false;
    if (t.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return false;
    if (GROUP_WORDS.test(t)) return false;
    if (m.tokenEnd - m.tokenStart === 1 && inhabitants(t, places)) return false;
    if (m.type === 'PERSON' && m.tokenEnd - m.tokenStart > 1) {
      for (let t = m.tokenStart; t < m.tokenEnd; t++) if (THING_HEADS.test(doc.tokens[t]!.form)) return false;
    }
    // "the Budapest Memorandum" tagged as a place: a document named after a city is no place
    if ((m.type === 'GPE' || m.type === 'LOC') && m.tokenEnd - m.tokenStart > 1 && DOC_HEADS.test(doc.tokens[m.tokenEnd - 1]!.form)) return false;
    return true;
  });
  // "the Simon Wiesenthal Center", "the National Guard" tagged as a place: an institution's or a
  // force's head word makes it an organisation ("West Bank" stays a place: no "Bank")
  for (const m of doc.mentions) {
    if (m.kind === 'name' && (m.type === 'LOC' || m.type === 'GPE') && m.tokenEnd - m.tokenStart > 1
      && /^(Center|Centre|Institute|Foundation|Agency|Company|Corporation|Committee|Council|Commission|Association|Society|Fund|Party|Ministry|Organisation|Organization|Guard|Forces|Army|Navy|Coalition|Government|Cabinet)$/.test(toks[m.tokenEnd - 1]!.form)) m.type = 'ORG';
  }
  // "Ukraine Denis Shmygal": a country name glued before a person's name is its own mention.
  const split: EntityMention[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.tokenEnd - m.tokenStart < 2) continue;
    let cut = 0;
    let cutType: EntityType = 'GPE';
    let s = '';
    if (m.type === 'PERSON' && m.tokenEnd - m.tokenStart >= 3) {
      for (let n = 1; n <= 3 && m.tokenEnd - (m.tokenStart + n) >= 2; n++) {
        s = n === 1 ? toks[m.tokenStart]!.form : s + ' ' + toks[m.tokenStart + n - 1]!.form;
        if (kb.candidates(s).some((c) => c.match !== 'last' && c.source === 'countries')) cut = n;
      }
    } else if (m.type === 'ORG' && m.tokenEnd - m.tokenStart >= 3) {
      // "Security Service of Ukraine Naumov": a known multi-word organisation and a surname.
      const last = toks[m.tokenEnd - 1]!.form;
      const head = doc.text.slice(toks[m.tokenStart]!.start, toks[m.tokenEnd - 2]!.end);
      const t = trusted.get(toks.slice(m.tokenStart, m.tokenEnd - 1).map((x) => x.form).join(' '));
      if (t === 'ORG' && head.includes(' ') && /^\p{Lu}\p{Ll}+$/u.test(last) && !trusted.has(last)) {
        cut = m.tokenEnd - 1 - m.tokenStart;
        cutType = 'ORG';
      }
    }
    if (!cut) continue;
    const g: EntityMention = { start: 0, end: 0, text: '', type: cutType, kind: 'name', tokenStart: 0, tokenEnd: 0 };
    setSpan(doc, g, m.tokenStart, m.tokenStart + cut);
    setSpan(doc, m, m.tokenStart + cut, m.tokenEnd);
    if (cutType === 'ORG') m.type = 'PERSON';
    split.push(g);
  }
  if (split.length) doc.mentions = [...doc.mentions, ...split].sort((a, b) => a.start - b.start);
  // "UN" + "war crimes tribunal": an acronym with a lower-case organisational head.
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || !/^[A-Z]{2,6}$/.test(m.text)) continue;
    let j = m.tokenEnd;
    while (j < toks.length && j < m.tokenEnd + 4 && toks[j]!.sent === toks[m.tokenStart]!.sent && /^\p{Ll}+$/u.test(toks[j]!.form)) {
      if (ORG_HEADS.test(toks[j]!.form)) {
        if (!doc.mentions.some((o) => o !== m && o.tokenStart < j + 1 && o.tokenEnd > m.tokenEnd)) setSpan(doc, m, m.tokenStart, j + 1);
        break;
      }
      j++;
    }
  }
  for (const m of doc.mentions) if (m.kind === 'name' && m.type === 'ORG' && FEATURE.test(m.text)) m.type = 'LOC';
  // "US National Security Advisor Jacob": a title and a name is a person, whatever the type said.
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.tokenEnd - m.tokenStart < 3) continue;
    const last = toks[m.tokenEnd - 1]!.form;
    const before = toks[m.tokenEnd - 2]!.form.toLowerCase();
    if (trusted.has(m.text) || /^(Assembly|Council|Staff|Court|Office|Committee|Command|Directorate|Secretariat|Prosecutor|Hospital|Motors|Electric|Dynamics)$/.test(last)) continue;
    // "Secretary of State Condoleezza": the title ends in "of State"
    const ofState = before === 'state' && m.tokenEnd - m.tokenStart >= 4 && toks[m.tokenEnd - 3]!.form === 'of'
      && /^secretary$/i.test(toks[m.tokenEnd - 4]!.form);
    if (/^\p{Lu}\p{Ll}+$/u.test(last) && !isTitleWord(last.toLowerCase()) && (ofState || /^(adviser|advisor|minister|secretary|president|chancellor|premier|spokesman|spokeswoman|ambassador|envoy|general|commander|chief|director|governor|mayor|senator)$/.test(before))) {
      m.type = 'PERSON';
      // "... Condoleezza" + "Rice": the recogniser cut the surname off; a capitalised proper noun
      // right after, in no other mention, completes the name
      const nx = toks[m.tokenEnd];
      if (nx && nx.sent === toks[m.tokenStart]!.sent && nx.upos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(nx.form) && !isTitleWord(nx.form.toLowerCase())
        && !doc.mentions.some((o) => o !== m && o.tokenStart <= m.tokenEnd && o.tokenEnd > m.tokenEnd)) setSpan(doc, m, m.tokenStart, m.tokenEnd + 1);
    }
  }
  // "Ukrainian Army", "Russian Government": a demonym and a common noun is a group, not a named
  // organisation; keep the demonym (the linker makes the group).
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.tokenEnd - m.tokenStart !== 2) continue;
    const [d, n] = [toks[m.tokenStart]!.form, toks[m.tokenStart + 1]!.form];
    if (!/^(Army|Navy|Government|Parliament|Police|Military|Forces|Troops|People|Authorities|Officials|Air Force|Guard|Side|Leadership|Regime)$/.test(n)) continue;
    if (!findCountryByDemonym(d) || findCountry(d)) continue;
    setSpan(doc, m, m.tokenStart, m.tokenStart + 1);
    m.type = 'NORP';
    m.kind = 'demonym';
  }
  // "the Foreign and Commonwealth Office": the recogniser kept only the part after "and"; a
  // capitalised word before "and" that is in no mention belongs to the institution's name.
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.tokenStart < 2) continue;
    if (!/^(Office|Ministry|Department|Agency|Commission|Committee|Council|Service|Affairs|Development)$/.test(toks[m.tokenEnd - 1]!.form)) continue;
    const and = toks[m.tokenStart - 1]!;
    const w = toks[m.tokenStart - 2]!;
    if (and.form !== 'and' || w.sent !== toks[m.tokenStart]!.sent || !/^\p{Lu}\p{Ll}+$/u.test(w.form) || /^(President|Minister|Secretary|Prime|Chancellor|Mr|Mrs|Ms|Dr)$/.test(w.form)) continue;
    if (doc.mentions.some((o) => o !== m && o.tokenStart <= m.tokenStart - 2 && o.tokenEnd > m.tokenStart - 2)) continue;
    if (findCountry(w.form) || findCountryByDemonym(w.form)) continue;
    setSpan(doc, m, m.tokenStart - 2, m.tokenEnd);
  }
  // "Mrs. von der Leyen" with only "Leyen" tagged (often as a place): lower-case name particles
  // after an honorific belong to a person's surname.
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.tokenEnd - m.tokenStart !== 1) continue;
    let ts = m.tokenStart;
    while (ts > 0 && ts > m.tokenStart - 3 && PARTICLES.has(toks[ts - 1]!.form)) ts--;
    if (ts === m.tokenStart || ts === 0) continue;
    let h = ts - 1;
    if (toks[h]!.form === '.' && h > 0) h--;
    if (!HONORIFICS.has(toks[h]!.form.toLowerCase()) || toks[h]!.sent !== toks[m.tokenStart]!.sent) continue;
    setSpan(doc, m, ts, m.tokenEnd);
    m.type = 'PERSON';
  }
  // "Ukrainian Kherson" tagged as a person: a demonym before a known place is no first name.
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokenEnd - m.tokenStart !== 2) continue;
    const d = toks[m.tokenStart]!.form;
    const rest = toks[m.tokenStart + 1]!.form;
    if (!findCountryByDemonym(d) || findCountry(d) || local.has(rest)) continue;
    const cs = kb.candidates(rest).filter((c) => c.match !== 'last');
    if (!(cs.length ? cs.every((c) => c.type === 'GPE') : !!kb.countryOfPlace(rest))) continue;
    setSpan(doc, m, m.tokenStart + 1, m.tokenEnd);
    m.type = 'GPE';
  }
  // "Prince Harry" tagged as a place: an honorific before a name makes a person.
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.tokenEnd - m.tokenStart < 2) continue;
    const lw = toks[m.tokenStart]!.form.toLowerCase();
    if (HONORIFICS.has(lw) && !/^(state|foreign|defence|defense|of|general|chief|top|deputy|acting|former|prime|vice|minister|secretary)$/.test(lw) && /^\p{Lu}/u.test(toks[m.tokenStart + 1]!.form)) m.type = 'PERSON';
  }
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type === 'PERSON') continue;
    const k = kb.candidates(m.text.replace(/^the /i, '')).find((c) => c.match !== 'last');
    if (k?.type === 'PERSON' && (k.source === 'current' || m.text.includes(' '))) m.type = 'PERSON';
  }
  // 3. Persons and organisations that are places ("Luhansk", "Vinnytsia").
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || (m.type !== 'PERSON' && m.type !== 'ORG')) continue;
    if (m.type === 'PERSON' && local.has(m.text)) continue; // "Hague" after "William Hague"
    const cs = kb.candidates(m.text).filter((c) => c.match !== 'last');
    if (cs.length ? cs.every((c) => c.type === 'GPE') && cs.some((c) => c.source !== 'petrarch') : !!kb.countryOfPlace(m.text)) m.type = 'GPE';
  }
}

/** Lower-case words that belong inside personal names. */
const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'y', 'dos', 'das', 'du', 'ter', 'zu']);

const BODY_WORD = /^(Group|Bank|Corporation|Company|Council|Union|Party|Association|Institute|Agency|Fund|University|Court|Commission|Committee|Ministry|Office|Service|Forces?|Army|Airlines?|Holdings|Trust|Foundation|Society|League|Federation|Organisation|Organization)$/;
const CONTINENTS = new Set(['Europe', 'Asia', 'Africa', 'America', 'the Americas', 'Oceania', 'Latin America', 'the Middle East']);

function splitOrgOfPlace(doc: Document, isPlace: (w: string) => boolean): void {
  const toks = doc.tokens;
  const covered = new Uint8Array(toks.length);
  for (const m of doc.mentions) for (let t = Math.max(0, m.tokenStart); t < m.tokenEnd && t < toks.length; t++) covered[t] = 1;
  const add: EntityMention[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'ORG' || m.tokenEnd - m.tokenStart < 4) continue;
    let of = -1;
    for (let t = m.tokenStart + 1; t < m.tokenEnd - 2; t++) if (toks[t]!.form === 'of') { of = t; break; }
    if (of < 0) continue;
    // the longest place right after "of" that leaves at least one token
    let cut = -1;
    for (let e = m.tokenEnd - 1; e > of + 1; e--) {
      const name = toks.slice(of + 1, e).map((t) => t.form).join(' ');
      if (isPlace(name)) { cut = e; break; }
    }
    if (cut < 0) continue;
    // the rest and the capitalised words after the mention make a person's name (2 to 4 words)
    let end = m.tokenEnd;
    while (end < toks.length && end - cut < 4 && !covered[end] && toks[end]!.sent === toks[cut]!.sent && /^\p{Lu}\p{Ll}+$/u.test(toks[end]!.form)) end++;
    const words = toks.slice(cut, end).map((t) => t.form);
    // the name runs on past the mention, and no word of it names a body ("Bank of Tokyo Mitsubishi Group")
    if (end <= m.tokenEnd || words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isTitleWord(w.toLowerCase()) && !BODY_WORD.test(w))) continue;
    setSpan(doc, m, m.tokenStart, cut);
    const start = toks[cut]!.start;
    const stop = toks[end - 1]!.end;
    add.push({ start, end: stop, text: doc.text.slice(start, stop), type: 'PERSON', kind: 'name', tokenStart: cut, tokenEnd: end });
  }
  if (add.length) doc.mentions = [...doc.mentions, ...add].sort((a, b) => a.start - b.start);
}

function isCap(w: string | undefined): boolean {
  return !!w && /^\p{Lu}/u.test(w);
}

/** Split PERSON mentions at "and", after a possessive organisation and before "of ORG". */
function splitPersons(doc: Document): void {
  const toks = doc.tokens;
  const out: EntityMention[] = [];
  let changed = false;
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.tokenEnd - m.tokenStart < 3) {
      out.push(m);
      continue;
    }
    const parts: [number, number, EntityType][] = [];
    let a = m.tokenStart;
    for (let t = m.tokenStart; t < m.tokenEnd; t++) {
      const f = toks[t]!.form;
      if (/^('s|\u2019s)$/.test(f) && t > a) {
        parts.push([a, t, 'ORG']);
        a = t + 1;
      } else if (/^\p{Ll}/u.test(f) && !PARTICLES.has(f) && f !== 'of' && t > a && isCap(toks[t + 1]?.form)) {
        // "Blair hails Turkey": a headline verb glued two names together.
        parts.push([a, t, 'PERSON']);
        a = t + 1;
      } else if ((f === 'and' || f === '&') && t > a && isCap(toks[t + 1]?.form)) {
        parts.push([a, t, 'PERSON']);
        a = t + 1;
      } else if (f === 'of' && t > a + 1 && isCap(toks[t + 1]?.form) && !isTitleWord(toks[t - 1]!.form.toLowerCase())) {
        parts.push([a, t, 'PERSON']);
        // The rest up to a coordination is the organisation or place.
        let e = t + 1;
        while (e < m.tokenEnd && toks[e]!.form !== 'and') e++;
        parts.push([t + 1, e, 'ORG']);
        a = e < m.tokenEnd ? e + 1 : e;
        t = e;
      }
    }
    if (!parts.length) {
      out.push(m);
      continue;
    }
    if (a < m.tokenEnd) parts.push([a, m.tokenEnd, 'PERSON']);
    changed = true;
    for (const [s, e, type] of parts) {
      if (e <= s || !isCap(toks[s]!.form)) continue;
      const x: EntityMention = { start: 0, end: 0, text: '', type, kind: 'name', tokenStart: s, tokenEnd: e };
      setSpan(doc, x, s, e);
      out.push(x);
    }
  }
  if (changed) doc.mentions = out.sort((x, y) => x.start - y.start);
}

/**
 * "the Prime Minister of Israel Bennett", "Secretary of State John Bolton": after "of", a
 * recogniser often glues the office's country (or the last word of its title) to the holder's
 * name. When a PERSON mention right after "of" (or "of the") opens with a trusted place name or
 * with title words, those words are cut off; the place is then found by the trusted-name scan.
 * A trusted name may start before the mention ("of the United | Kingdom Johnson").
 */
function trimOfPrefix(doc: Document, trusted: Map<string, string>, knownPerson: (name: string) => boolean): void {
  const toks = doc.tokens;
  const low = (t: number): string => (toks[t]?.form ?? '').toLowerCase();
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || m.tokenEnd - m.tokenStart < 2) continue;
    // "of the Netherlands Rutte" tagged as a place: only when the rest is a person the KB knows
    const asPlace = m.type === 'GPE' || m.type === 'LOC' || m.type === 'ORG';
    if (m.type !== 'PERSON' && !asPlace) continue;
    const sent = toks[m.tokenStart]!.sent;
    let cut = -1;
    // a trusted place that starts up to two tokens before the mention and ends inside it
    for (let s = Math.max(0, m.tokenStart - 2); s <= m.tokenStart && cut < 0; s++) {
      if (toks[s]!.sent !== sent || !isCap(toks[s]!.form)) continue;
      const before = low(s - 1) === 'the' ? s - 2 : s - 1;
      if (low(before) !== 'of') continue;
      let str = '';
      for (let e = s; e < m.tokenEnd - 1; e++) {
        str = e === s ? toks[e]!.form : str + ' ' + toks[e]!.form;
        const ty = trusted.get(str);
        if (e >= m.tokenStart && (ty === 'GPE' || ty === 'LOC')) cut = e + 1;
      }
    }
    if (asPlace) {
      const rest = toks.slice(cut, m.tokenEnd).map((t) => t.form).join(' ');
      if (cut > m.tokenStart && cut < m.tokenEnd && isCap(toks[cut]!.form) && knownPerson(rest)) {
        setSpan(doc, m, cut, m.tokenEnd);
        m.type = 'PERSON';
      }
      continue;
    }
    // title words after "of" ("of State John Bolton")
    if (cut < 0 && low(m.tokenStart - 1) === 'of') {
      let t = m.tokenStart;
      while (t < m.tokenEnd - 1 && isTitleWord(low(t))) t++;
      if (t > m.tokenStart) cut = t;
    }
    if (cut > m.tokenStart && cut < m.tokenEnd && isCap(toks[cut]!.form)) setSpan(doc, m, cut, m.tokenEnd);
  }
}

/**
 * "EU China arms ban": a headline's run of capitalised words the recogniser took for one name,
 * though it is two names the project trusts side by side. A mention that is wholly a sequence of
 * two or more trusted names (longest first), and is not itself one, becomes those names.
 */
function splitTrustedRuns(doc: Document, trusted: Map<string, string>): void {
  const toks = doc.tokens;
  const out: EntityMention[] = [];
  let changed = false;
  for (const m of doc.mentions) {
    const n = m.tokenEnd - m.tokenStart;
    if (m.kind !== 'name' || n < 2 || n > MAX_SPAN || trusted.has(m.text)) { out.push(m); continue; }
    const parts: [number, number, string][] = [];
    let a = m.tokenStart;
    while (a < m.tokenEnd) {
      let best = -1;
      let ty = '';
      let str = '';
      for (let e = a; e < m.tokenEnd; e++) {
        str = e === a ? toks[e]!.form : str + ' ' + toks[e]!.form;
        const t = trusted.get(str);
        if (t && t !== 'OTHER') { best = e + 1; ty = t; }
      }
      if (best < 0) break;
      parts.push([a, best, ty]);
      a = best;
    }
    if (a < m.tokenEnd || parts.length < 2) { out.push(m); continue; }
    changed = true;
    for (const [ps, pe, ty] of parts) {
      const x: EntityMention = { start: 0, end: 0, text: '', type: ty as EntityType, kind: 'name', tokenStart: ps, tokenEnd: pe };
      setSpan(doc, x, ps, pe);
      out.push(x);
    }
  }
  if (changed) doc.mentions = out.sort((x, y) => x.start - y.start);
}

/**
 * "US Secretary of State", "the Foreign Secretary": an office, which a recogniser may tag as an
 * organisation or place, is no name. A non-person mention made only of title words (after an
 * optional country name, "US") with a title head among them is removed; the link stage reads
 * offices from the surrounding words itself.
 */
/** Heads that make a phrase a person's office ("Defence Intelligence" has none: an agency). */
const OFFICE_HEADS = new Set(['president', 'minister', 'secretary', 'undersecretary', 'under-secretary', 'chancellor', 'premier', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary-general']);

function dropTitles(doc: Document, trusted: Map<string, string>): void {
  const toks = doc.tokens;
  const keep = doc.mentions.filter((m) => {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.type === 'NORP') return true;
    let a = m.tokenStart;
    // a leading country ("US", "United States") or demonym ("British")
    let str = '';
    for (let e = m.tokenStart; e < m.tokenEnd - 1; e++) {
      str = e === m.tokenStart ? toks[e]!.form : str + ' ' + toks[e]!.form;
      const t = trusted.get(str);
      if (t === 'GPE' || findCountryByDemonym(str)) a = e + 1;
    }
    let head = false;
    for (let t = a; t < m.tokenEnd; t++) {
      const w = toks[t]!.form.toLowerCase();
      if (!isTitleWord(w)) return true;
      if (OFFICE_HEADS.has(w)) head = true;
    }
    return !head;
  });
  if (keep.length !== doc.mentions.length) doc.mentions = keep;
}
