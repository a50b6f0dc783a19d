/**
 * Label repairs after decoding: small, ordered rules over one sentence's BILOU labels that fix
 * what the statistical model gets wrong in news text (titles inside names, offices taken for
 * organisations, names after forms of address, places glued by title case, lists of one kind,
 * types given away by a name's last word). Each rule is exported and tested on its own
 * (train.test.ts); `repairSentence` runs them in order, and `spreadNames` works on a whole
 * document. The rules see forms and labels only (and the gazetteer), never token offsets.
 */
import { NER_TYPES, decodeLabels, labelPos, labelType, makeLabel, spanEnd, writeSpan } from './bilou.js';
import { GAZ, NEEDS_CAP, type Gazetteer } from '../../kb/gazetteer.js';

/** Calls fn(start, end, typeIndex) for each span of the labels as they are now (fn may relabel it). */
function eachSpan(labels: Uint8Array, fn: (start: number, end: number, type: number) => void): void {
  for (const sp of decodeLabels(labels)) fn(sp.start, sp.end, NER_TYPES.indexOf(sp.type));
}

/** Type indexes of the BILOU labels (NER_TYPES order). */
const [PERSON, ORG, GPE, LOC, NORP] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'].map((t) => NER_TYPES.indexOf(t as (typeof NER_TYPES)[number]));

/** Running text, not a title-case line: at least two lower-case content words. */
function runningText(forms: readonly string[]): boolean {
  let lower = 0;
  for (const f of forms) if (/^\p{Ll}/u.test(f) && !FUNCTION_WORDS.has(f) && ++lower >= 2) return true;
  return false;
}

/** Every sentence-level repair, in the order they build on one another. */
export function repairSentence(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  dropTitles(forms, labels);
  titlesAreNoOrgs(forms, labels, gaz);
  holderAfterOffice(forms, labels);
  namesAfterHonorifics(forms, labels, gaz);
  splitAfterCountry(forms, labels, gaz);
  knownAcronyms(forms, labels, gaz);
  placesBeforeAreaNouns(forms, labels, gaz);
  placeLists(forms, labels, gaz);
  typesByHead(forms, labels, gaz);
  bodiesAfterThe(forms, labels, gaz);
  knownBodies(forms, labels);
  campNames(forms, labels);
  namedByKind(forms, labels, gaz);
  shipsAreNoPersons(forms, labels);
  noPossessiveOpeners(forms, labels);
  treatiesAreNoNames(forms, labels);
  knownOrgsNotPersons(forms, labels, gaz);
  peopleInBodyNames(forms, labels);
  givenNamesBeforeSurnames(forms, labels, gaz);
  speakersAfterSaid(forms, labels, gaz);
}

/** Words that are titles, never the first word of a person's name (guidelines: titles are no part of names). */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'senator', 'sen.',
  'governor', 'gov.', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'home', 'foreign', 'defence', 'defense',
  'deputy', 'former', 'chairman', 'chairwoman', 'ceo', 'minister-president', 'mp', 'lawmaker',
  'commissioner', 'envoy', 'leader', 'chief', 'head', 'director', 'general', 'sir', 'lord', 'lady',
  'justice', 'justices', 'constable', 'superintendent', 'inspector', 'sergeant', 'detective',
  // Forms of address of letters and forums ("Dear Nina", "Doctor Hank", "PM Allawi", "Aunt Toni").
  'dear', 'doctor', 'drs', 'drs.', 'pm', 'aunt', 'uncle', 'hi', 'hello', 'thanks',
]);
/** Of those, the ones that can be a name on their own ("Mr Major", "Lord" as a surname) are kept alone. */
const TITLE_ALONE_OK = new Set(['general', 'lord', 'lady', 'sir', 'major', 'chief', 'head', 'leader', 'home']);

/**
 * Person spans never start with a title ("Home Secretary Charles Clarke" -> "Charles Clarke"),
 * nor keep words before a title inside them, and a title alone ("President", "Prime Minister")
 * is no name. Rewrites BILOU labels in place.
 */
export function dropTitles(forms: readonly string[], labels: Uint8Array): void {
  eachSpan(labels, (i, end, t) => {
    if (t !== PERSON) return;
    let start = i;
    while (start < end && TITLE_WORDS.has(forms[start].toLowerCase())) start++;
    // "Office Minister Lord Falconer" (of "Home Office Minister ..."): the name starts after the
    // last title word inside the span.
    for (let k = end - 2; k > start; k--) if (TITLE_WORDS.has(forms[k].toLowerCase())) { start = k + 1; break; }
    const n = end - i;
    if (start === end && (n > 1 || !TITLE_ALONE_OK.has(forms[i].toLowerCase()))) {
      for (let k = i; k < end; k++) labels[k] = 0;
    } else if (start > i && start < end) {
      for (let k = i; k < start; k++) labels[k] = 0;
      writeSpan(labels, start, end, PERSON);
    }
  });
}

/**
 * "Prime Minister of Israel Bennett", "President of Poland Duda": after an office "of" a place, the
 * capitalised words the model left untagged are the office holder's name.
 */
export function holderAfterOffice(forms: readonly string[], labels: Uint8Array): void {
  for (let i = 1; i < labels.length; i++) {
    const prev = labels[i - 1];
    if (labels[i] !== 0 || prev === 0 || labelType(prev) !== GPE || (labelPos(prev) !== 3 && labelPos(prev) !== 4)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(forms[i])) continue;
    let start = i - 1;
    while (start > 0 && labelPos(labels[start]) !== 1 && labelPos(labels[start]) !== 4) start--;
    if (start < 2 || forms[start - 1].toLowerCase() !== 'of' || !TITLE_WORDS.has(forms[start - 2].toLowerCase())) continue;
    let end = i;
    while (end < labels.length && labels[end] === 0 && /^\p{Lu}\p{Ll}/u.test(forms[end])) end++;
    if (end - i > 3) continue;
    writeSpan(labels, i, end, PERSON);
    i = end - 1;
  }
}

/** Forms of address that only ever precede a person's name. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame', 'lord', 'lady', 'dr', 'dr.', 'prof', 'prof.']);
/** Office words that may stand between a form of address and the name ("Mr Justice Forbes"). */
const ADDRESS_OFFICES = new Set(['justice', 'justices', 'chief', 'president', 'speaker', 'ambassador', 'judge']);
/** Lower-case office nouns written right before a holder's full name ("spokesman Menzies Campbell"). */
const OFFICE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'minister', 'secretary', 'chairman', 'chairwoman',
  'envoy', 'ambassador', 'president', 'premier', 'chancellor', 'commander', 'mayor', 'governor', 'senator',
]);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
/** Last words of places and institutions, never of a person's name ("Downing Street"). */
const PLACE_OR_BODY_END = /^(street|road|square|avenue|house|office|party|council|church|ministry|department|army|university|hospital|court|bank|agency|group|committee|union|forces?|police|airport|station|bridge|river|city|county|province|region)$/i;
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Gazetteer categories that never name a person: places, bodies, peoples. */
const NOT_PERSON = (1 << GAZ.COUNTRY) | (1 << GAZ.CAPITAL) | (1 << GAZ.PLACE) | (1 << GAZ.ORG) | (1 << GAZ.DEMONYM);

/** An untagged capitalised word that may belong to a person's name: no title, day or month, and not known as a place, body or people. */
function personWord(forms: readonly string[], labels: Uint8Array, k: number, gaz?: Gazetteer): boolean {
  const f = forms[k];
  return labels[k] === 0 && NAME_WORD.test(f) && !TITLE_WORDS.has(f.toLowerCase()) && !CALENDAR.test(f) && !(gaz && gaz.lookup(f) & NOT_PERSON);
}

/**
 * Names the model left untagged right after a form of address ("Sir Menzies Campbell",
 * "Mr Justice Forbes": one to three capitalised words) or after a lower-case office noun
 * ("spokesman Menzies Campbell": two or three) are a person's name. The form of address and an
 * office word after it stay outside, as dropTitles cuts them; words the gazetteer knows as
 * places, countries or organisations, and days and months, are never taken.
 */
export function namesAfterHonorifics(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  for (let i = 0; i < forms.length - 1; i++) {
    if (labels[i] !== 0) continue;
    const w = forms[i].toLowerCase();
    const address = HONORIFICS.has(w) && /^\p{Lu}/u.test(forms[i]);
    const office = !address && OFFICE_NOUNS.has(forms[i]);
    if (!address && !office) continue;
    let start = i + 1;
    if (address) while (start < forms.length && ADDRESS_OFFICES.has(forms[start].toLowerCase()) && /^\p{Lu}/u.test(forms[start]) && labels[start] === 0) start++;
    let end = start;
    while (end < forms.length && end - start < 3 && personWord(forms, labels, end, gaz)) end++;
    // The whole name must be untagged and end here: no tagged or capitalised word follows.
    if (end > start && PLACE_OR_BODY_END.test(forms[end - 1])) continue;
    if (end - start < (office ? 2 : 1) || (end < forms.length && (labels[end] !== 0 || /^\p{Lu}/u.test(forms[end])))) continue;
    writeSpan(labels, start, end, PERSON);
    i = end - 1;
  }
}

/**
 * "Russia demands that Ukraine Cede Kherson": a place name does not run on from a country's name
 * into words that, with it, name nothing known. Title-cased text (machine translation, headlines)
 * glues them together. In a span of three words or more, the span is cut after the country; one
 * unknown word right after it is dropped ("Cede") and the rest stays a place; a place's own
 * ending ("Georgia Avenue") keeps the span whole.
 */
export function splitAfterCountry(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  if (!gaz) return;
  const phrase = (a: number, b: number): number => gaz.lookup(forms.slice(a, b).join(' '));
  eachSpan(labels, (from, end, t) => {
    if ((t !== GPE && t !== LOC) || end - from < 3 || phrase(from, end)) return;
    // The longest country name at the start, one or two words.
    let c = 0;
    for (let k = Math.min(2, end - from - 1); k >= 1; k--) if (phrase(from, from + k) & (1 << GAZ.COUNTRY)) { c = k; break; }
    if (!c) return;
    const next = from + c;
    if (gaz.lookup(forms[next]) || PLACE_OR_BODY_END.test(forms[next]) || PLACE_OR_BODY_END.test(forms[end - 1]) || FACILITY_END.test(forms[end - 1])) return;
    if (/^(of|and|the|de|del|la)$/i.test(forms[next])) return;
    for (let k = from; k < end; k++) labels[k] = 0;
    writeSpan(labels, from, next, GPE);
    writeSpan(labels, next + 1, end, t);
  });
}

/**
 * "The G8 and AFP": an all-capitals token the model left untagged, in a sentence with lower-case
 * words, is an organisation when the gazetteer knows it as one and as nothing else.
 */
export function knownAcronyms(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  if (!gaz || !forms.some((f) => /\p{Ll}/u.test(f))) return;
  const only = 1 << GAZ.ORG;
  for (let i = 0; i < forms.length; i++) {
    if (labels[i] !== 0 || !/^(?=(?:[^A-Z]*[A-Z]){1})[A-Z][A-Z0-9]{1,5}$/.test(forms[i])) continue;
    if (forms[i].length < 3 && !/\d/.test(forms[i])) continue; // two capitals: too many readings
    if ((gaz.lookup(forms[i]) & 0x7fff) === only) labels[i] = makeLabel(ORG, 4);
  }
}

const PLACE_NOUN = /^(province|region|oblast|district|governorate|prefecture|county|raion)$/;

/**
 * "the Aceh province", "Pakistan's Sindh province": one or two capitalised words the model left
 * untagged right before a lower-case word for an administrative area name a place.
 */
export function placesBeforeAreaNouns(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  const demonym = gaz ? 1 << GAZ.DEMONYM : 0;
  for (let i = 1; i < forms.length; i++) {
    if (!PLACE_NOUN.test(forms[i]) || labels[i - 1] !== 0 || !NAME_WORD.test(forms[i - 1])) continue;
    let start = i - 1;
    if (start > 0 && labels[start - 1] === 0 && NAME_WORD.test(forms[start - 1]) && start - 1 > 0) start--;
    let ok = true;
    for (let k = start; k < i; k++) if (TITLE_WORDS.has(forms[k].toLowerCase()) || CALENDAR.test(forms[k]) || (gaz && gaz.lookup(forms[k]) & demonym)) ok = false;
    // An adjective of a people ("the Transnistrian region") is not the place's name.
    if (i - start === 1 && /(ian|ean|ese)$/.test(forms[start])) ok = false;
    // A sentence's first word is capitalised anyway: it must not be the whole name.
    if (!ok || (start === 0 && i - start === 1)) continue;
    writeSpan(labels, start, i, GPE);
  }
}

/**
 * Lists are of one kind: in "Vorzel, Bucha, Velyka Dymerka, Mariupol, Lysychansk and Popasna"
 * the model found some places and took others for persons or missed them. When a comma list of
 * three or more capitalised names has at least two places, more places than persons, no
 * organisation and no person with a known first name, every item is a place.
 */
export function placeLists(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  const place = (1 << GAZ.COUNTRY) | (1 << GAZ.CAPITAL) | (1 << GAZ.PLACE);
  const n = forms.length;
  let i = 0;
  while (i < n) {
    // Collect items: runs of 1-3 capitalised words separated by "," or ", and" / "and".
    const items: [number, number][] = [];
    let j = i;
    for (;;) {
      let e = j;
      while (e < n && e - j < 3 && /^\p{Lu}/u.test(forms[e]) && forms[e] !== forms[e].toUpperCase()) e++;
      if (e === j) break;
      items.push([j, e]);
      if (e < n && forms[e] === ',' && e + 1 < n && forms[e + 1] === 'and') j = e + 2;
      else if (e < n && (forms[e] === ',' || forms[e] === 'and')) j = e + 1;
      else break;
      if (items.length > 1 && forms[e] === 'and') {
        // "and" closes the list after one more item.
        let f = j;
        while (f < n && f - j < 3 && /^\p{Lu}/u.test(forms[f]) && forms[f] !== forms[f].toUpperCase()) f++;
        if (f > j) items.push([j, f]);
        break;
      }
    }
    if (items.length >= 3) {
      let places = 0, persons = 0, blocked = false;
      for (const [a, b] of items) {
        const t = labelType(labels[a]);
        const whole = labels[a] !== 0 && spanEnd(labels, a) === b && (labelPos(labels[a]) === 1 || labelPos(labels[a]) === 4);
        if ((t === GPE || t === LOC) && whole) places++;
        else if (t === PERSON && whole) {
          persons++;
          // A known first name ("Jack Straw") is a person for sure.
          const g = gaz ? gaz.lookup(forms[a]) : 0;
          if (g & (1 << GAZ.FIRST) && !(g & place)) blocked = true;
        }
        else if (t !== -1) blocked = true;
        for (let k = a; k < b; k++) if (labelType(labels[k]) !== t) blocked = true;
      }
      // Offices ("Prime Minister of ...") and bare compass points are never made places.
      const odd = (a: number, b: number): boolean => {
        for (let k = a; k < b; k++) if (TITLE_WORDS.has(forms[k].toLowerCase())) return true;
        // A sentence's first word is capitalised anyway ("Yes, Moldova and ...").
        if (a === 0 && labels[a] === 0) return true;
        return b - a === 1 && /^(north|south|east|west)$/i.test(forms[a]);
      };
      if (!blocked && places >= 2 && places > persons) {
        for (const [a, b] of items) if (labelType(labels[a]) !== GPE && labelType(labels[a]) !== LOC && !odd(a, b)) writeSpan(labels, a, b, GPE);
      }
      i = items[items.length - 1][1];
    } else i = Math.max(i + 1, items.length ? items[items.length - 1][1] : i + 1);
  }
}

/** Last words of buildings and sites: "Palestine Contemporary Art Museum" is one name. */
const FACILITY_END = /^(museum|gallery|cent(er|re)|hospital|school|college|airport|stadium|park|palace|hotel|cathedral|mosque|temple|library|theat(er|re)|base|camp|memorial|monument|prison|tower|hall)$/i;
/** Rooms and buildings named like bodies. */
const NOT_BODIES = new Set(['Oval Office']);

/** Head nouns of bodies: a name ending in one names an organisation ("Queen's Lancashire Regiment"). */
const BODY_HEAD = /^(regiment|rifles|brigade|battalion|corps|army|navy|guards?|parliament|council|party|ministry|department|agency|committee|commission|court|police|forces|coalition|movement|association|institute|university|corporation|organi[sz]ation|services?|forum|league|federation|knesset|duma|rada|bundestag|sejm|senate|congress|fund|bank|office|bureau|inspectorate|directorate|administration)$/i;
/** Offices that end a title but never a person's name ("Department Spokesperson"). */
const OFFICE_END = /^(spokes(man|woman|person)|minister|secretary|president|chairman|chairwoman|chancellor|premier|ambassador|envoy|commissioner|governor)$/i;

/**
 * Type repairs by a name's last word: a place or person ending in a body's head noun is an
 * organisation (not when the gazetteer knows the whole name as a place: "Soviet Union"), and a
 * "person" ending in an office is a title, not a name.
 */
export function typesByHead(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  const place = (1 << GAZ.COUNTRY) | (1 << GAZ.CAPITAL) | (1 << GAZ.PLACE);
  eachSpan(labels, (i, end, t) => {
    const last = forms[end - 1];
    if ((t === GPE || t === LOC || t === PERSON) && /^\p{Lu}/u.test(last) && BODY_HEAD.test(last) && !NOT_BODIES.has(forms.slice(i, end).join(' ')) &&
      !(gaz && gaz.lookup(forms.slice(i, end).join(' ')) & place)) {
      writeSpan(labels, i, end, ORG);
    } else if (t === PERSON && /^\p{Lu}/u.test(last) && OFFICE_END.test(last)) {
      for (let k = i; k < end; k++) labels[k] = 0;
    }
  });
}

/**
 * "together with the Pension Fund", "the Security Service": after "the", two to four capitalised
 * words the model left untagged that end in a body's head noun name an organisation (in running
 * text only: a title-case line capitalises everything).
 */
export function bodiesAfterThe(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  if (!runningText(forms)) return;
  const place = (1 << GAZ.COUNTRY) | (1 << GAZ.CAPITAL) | (1 << GAZ.PLACE);
  for (let i = 0; i < forms.length - 2; i++) {
    if (forms[i].toLowerCase() !== 'the') continue;
    let end = i + 1;
    while (end < forms.length && end - i <= 4 && labels[end] === 0 && (NAME_WORD.test(forms[end]) || (forms[end] === 'of' && end > i + 1))) end++;
    // The name ends at its last head noun ("the Pension Fund of ..." stops at Fund).
    let last = end;
    while (last > i + 1 && !BODY_HEAD.test(forms[last - 1])) last--;
    if (last - i === 2 && BODY_HEAD.test(forms[i + 1]) && /^(for|of|on)$/.test(forms[i + 2] ?? '')) {
      // "the Commission for Africa", "the Council of Europe": a head noun and what it is for
      let e = i + 3;
      const word = (k: number) => k < forms.length && NAME_WORD.test(forms[k]) && (labels[k] === 0 || labelType(labels[k]) === GPE || labelType(labels[k]) === LOC);
      // ("the Department of Work and Pensions": "and" between two of its words)
      while (e - i <= 6 && (word(e) || (forms[e] === 'and' && e > i + 3 && word(e + 1)))) e++;
      if (e > i + 3 && !/^\p{Lu}/u.test(forms[e] ?? '') && !CALENDAR.test(forms[i + 3])) {
        writeSpan(labels, i + 1, e, ORG);
        i = e - 1;
      }
      continue;
    }
    if (last - i < 3 || !/^\p{Lu}/u.test(forms[last - 1]) || NOT_BODIES.has(forms.slice(i + 1, last).join(' ')) ||
      (gaz && gaz.lookup(forms.slice(i + 1, last).join(' ')) & place)) continue;
    writeSpan(labels, i + 1, last, ORG);
    i = last - 1;
  }
}

/**
 * Legislatures, parties and ministries that news names by a common word or a plural the model
 * reads as a group of people ("the Liberal Democrats", "the Commons", "the Law Lords"), and
 * services named by an acronym the dictionaries lack ("MI5", "the SAS"). General
 * knowledge of political bodies, not of any one text; single words count only inside a sentence.
 */
const BODIES: readonly string[][] = [
  'House of Commons', 'House of Lords', 'Law Lords', 'Home Office', 'Foreign Office', 'Cabinet Office',
  'Ministry of Defence', 'Liberal Democrats', 'Lib Dems', 'Labour Party', 'Conservative Party',
  'Scottish National Party', 'Plaid Cymru', 'Democratic Party', 'Republican Party', 'House of Representatives',
  'European Parliament', 'State Duma', 'Verkhovna Rada', 'Cabinet of Ministers', 'State Department',
  'Commons', 'Parliament', 'Congress', 'Senate', 'Labour', 'Tories', 'Conservatives', 'Democrats',
  'Republicans', 'Kremlin', 'Pentagon', 'Knesset', 'Bundestag', 'Duma', 'SNP', 'UKIP',
  // Armed and security services, and bodies of finance and security, that news names by acronym.
  'RAF', 'SAS', 'MI5', 'MI6', 'FSB', 'GRU', 'SBU', 'SVR', 'KGB', 'IDF', 'OSCE', 'SWIFT',
].map((b) => b.split(' '));
const BODY_FIRST = new Map<string, string[][]>();
for (const b of [...BODIES].sort((x, y) => y.length - x.length)) {
  if (!BODY_FIRST.has(b[0])) BODY_FIRST.set(b[0], []);
  BODY_FIRST.get(b[0])!.push(b);
}

/**
 * Known political bodies the model left untagged or took for a group of people (NORP) are
 * organisations; a demonym or country right before "Parliament" is part of its name ("Swedish
 * Parliament"). Running text only (a title-case line capitalises everything).
 */
export function knownBodies(forms: readonly string[], labels: Uint8Array): void {
  if (!runningText(forms)) return;
  // Untagged, a group of people, or pieces of the body's name the model tagged on their own.
  const free = (k: number) => labels[k] === 0 || labelType(labels[k]) === NORP || labelType(labels[k]) === ORG;
  for (let i = 0; i < forms.length; i++) {
    const cands = BODY_FIRST.get(forms[i]);
    if (!cands) continue;
    const hit = cands.find((b) => b.every((w, k) => forms[i + k] === w));
    if (!hit) continue;
    const end = i + hit.length;
    if (hit.length === 1 && i === 0) continue;
    let ok = true;
    for (let k = i; k < end; k++) if (!free(k)) ok = false;
    // Inside a longer tagged name ("Kremlin Palace") it is that name's business.
    const p0 = labelPos(labels[i]), p1 = labelPos(labels[end - 1]);
    if (!ok || p0 === 2 || p0 === 3 || p1 === 1 || p1 === 2) continue;
    let start = i;
    if (hit.join(' ') === 'Parliament' && i > 0 && labels[i - 1] !== 0 && labelPos(labels[i - 1]) === 4 &&
      (labelType(labels[i - 1]) === NORP || labelType(labels[i - 1]) === GPE)) start = i - 1;
    writeSpan(labels, start, end, ORG);
    i = end - 1;
  }
}

/** Words that open a site's or a station's name: "Camp Delta", "RAF Fairford" (places), "Radio Farda" (a body). */
const NAME_PREFIX = new Map<string, number>([['Camp', LOC], ['RAF', LOC], ['Radio', ORG]]);

/**
 * "from Camp Delta", "landed at RAF Northolt", "the US-funded Radio Farda": a prefix word and the
 * capitalised word after it name one place (camps, air bases) or one body (radio stations); the
 * model tends to leave the prefix out and take the rest for a person.
 */
export function campNames(forms: readonly string[], labels: Uint8Array): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    const type = NAME_PREFIX.get(forms[i]);
    if (type === undefined || !NAME_WORD.test(forms[i + 1])) continue;
    const l0 = labels[i], l1 = labels[i + 1];
    // Already one span of the two words, of another type ("RAF Fairford" as a person): retype it.
    if (labelPos(l0) === 1 && labelPos(l1) === 3 && labelType(l0) !== type) { writeSpan(labels, i, i + 2, type); i++; continue; }
    const single = l1 === 0 || (labelPos(l1) === 4 && [PERSON, GPE, LOC].includes(labelType(l1)));
    if ((l0 !== 0 && labelType(l0) !== type && !(labelPos(l0) === 4 && labelType(l0) === ORG)) || !single || (i + 2 < forms.length && labelPos(labels[i + 2]) >= 2)) continue;
    writeSpan(labels, i, i + 2, type);
    i++;
  }
}

/** Possessive determiners: capitalised at a sentence's start, they are still no part of a name ("Our Armed Forces"). */
const POSSESSIVES = new Set(['Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your']);

/** A span that starts with a possessive determiner starts after it. */
export function noPossessiveOpeners(forms: readonly string[], labels: Uint8Array): void {
  eachSpan(labels, (i, end, t) => {
    if (!POSSESSIVES.has(forms[i])) return;
    labels[i] = 0;
    if (end - i > 1) writeSpan(labels, i + 1, end, t);
  });
}

/** Words that make a name a treaty's or a law's: "the Geneva Convention", "the Kyoto protocol", "the Terrorism Bill". */
const TREATY = /^(conventions?|treaty|treaties|protocols?|accords?|pact|bill)$/i;

/**
 * Treaties are no bodies or places: a span ending in a treaty word, or a place right before one
 * ("the Kyoto protocol", "the Minsk accords"), names an agreement, and Dossier has no type for it.
 */
export function treatiesAreNoNames(forms: readonly string[], labels: Uint8Array): void {
  eachSpan(labels, (i, end, t) => {
    // "Bill" alone is a bill only as "the Bill" or after its subject ("Terrorism Bill"), else a name.
    const bill = forms[end - 1] === 'Bill' && end - i === 1 && !(i > 0 && (forms[i - 1] === 'the' || (NAME_WORD.test(forms[i - 1]) && !/^(from|to|by|with|for|and|or|love|thanks|dear|hi|cheers)$/i.test(forms[i - 1]))));
    const endsInTreaty = TREATY.test(forms[end - 1]) && /^\p{Lu}/u.test(forms[end - 1]) && !bill;
    const placeBeforeTreaty = (t === GPE || t === LOC) && end < forms.length && TREATY.test(forms[end]);
    if (endsInTreaty || placeBeforeTreaty) for (let k = i; k < end; k++) labels[k] = 0;
  });
}

/**
 * "controlled by the Taliban": one word after "the" that the model took for a person and the
 * gazetteer knows only as an organisation. Without "the" it may be a group's leader, whom the
 * armed-groups dictionary files under the group ("Nasrallah announced").
 */
export function knownOrgsNotPersons(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  if (!gaz) return;
  for (let i = 1; i < forms.length; i++) {
    if (forms[i - 1].toLowerCase() === 'the' && labelPos(labels[i]) === 4 && labelType(labels[i]) === PERSON && (gaz.lookup(forms[i]) & 0x7fff) === 1 << GAZ.ORG) labels[i] = makeLabel(ORG, 4);
  }
}

/**
 * "The Muslim Council of Britain": a people's name (or a capitalised word after "the") right before
 * an organisation that starts with a body's head noun is the first word of that organisation's name.
 */
export function peopleInBodyNames(forms: readonly string[], labels: Uint8Array): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    // A tagged people's name, or an untagged capitalised word after "the" ("The Muslim Council").
    const people = labelPos(labels[i]) === 4 && labelType(labels[i]) === NORP;
    const word = labels[i] === 0 && i > 0 && forms[i - 1].toLowerCase() === 'the' && NAME_WORD.test(forms[i]);
    if (!people && !word) continue;
    const j = i + 1;
    if (labelType(labels[j]) !== ORG || labelPos(labels[j]) !== 1 || !BODY_HEAD.test(forms[j])) continue;
    writeSpan(labels, i, spanEnd(labels, j), ORG);
  }
}

/** Lower-case nouns that say what kind of body a name beside them is ("rights group Liberty"). */
const KIND_BEFORE = /^(group|organi[sz]ation|charity|newspaper|daily|weekly|tabloid|magazine|broadcaster|channel|agency|company|firm|watchdog|militia|think-tank)$/;
/**
 * The same after the name ("the Guardian newspaper", "Yonhap news agency"). Not "group": before it
 * stands as often a founder's name or a description ("the Fizazi group", "the Kyiv group"). Not
 * "magazine": a magazine named by a common word takes the noun into its name ("Time magazine").
 */
const KIND_AFTER = /^(newspaper|daily|weekly|tabloid|broadcaster|channel|agency)$/;
/** Capitalised words that open a sentence but are no names ("This group"). */
const NOT_NAME_OPENERS = /^(this|that|these|those|the|a|an|our|his|her|their|its|my|your|one|another|every|each|some|any|no|which|what)$/i;
/** Words between a name and its kind noun ("Yonhap news agency", "Al Arabiya television channel"). */
const KIND_MODIFIER = /^(news|television|tv|radio|satellite|state|private|rights|militant|rebel|armed)$/;

/**
 * "director of civil rights group Liberty", "the British newspaper the Independent", "Yonhap news
 * agency": one to three capitalised words the model left untagged (or took for a person) right
 * after or before a lower-case noun for a kind of body name that body. Words the gazetteer knows
 * as places, countries or peoples, days, months and titles are never taken, nor a name that runs
 * on into more capitalised words.
 */
export function namedByKind(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  if (!runningText(forms)) return;
  const notBody = (1 << GAZ.COUNTRY) | (1 << GAZ.CAPITAL) | (1 << GAZ.PLACE) | (1 << GAZ.DEMONYM);
  const nameWord = (k: number) => k >= 0 && k < forms.length && (NAME_WORD.test(forms[k]) || /^\p{Lu}[\p{Lu}\d-]{1,6}$/u.test(forms[k]) || /^\p{Lu}\p{L}*-\p{Lu}\p{L}+$/u.test(forms[k])) &&
    !TITLE_WORDS.has(forms[k].toLowerCase()) && !CALENDAR.test(forms[k]) && !/-\p{Ll}+$/u.test(forms[k]) && !NOT_NAME_OPENERS.test(forms[k]);
  // The name [start, end) is free: untagged, or exactly one person span (unknown names read as persons).
  const free = (start: number, end: number): boolean => {
    if (labels[start] === 0) { for (let k = start; k < end; k++) if (labels[k] !== 0) return false; return true; }
    return labelType(labels[start]) === PERSON && spanEnd(labels, start) === end && (labelPos(labels[start]) === 1 || labelPos(labels[start]) === 4);
  };
  const known = (start: number, end: number) => gaz !== undefined && (gaz.lookup(forms.slice(start, end).join(' ')) & notBody) !== 0;
  const take = (start: number, end: number): boolean => {
    if (end <= start || !free(start, end) || known(start, end)) return false;
    // A name that runs on ("Ernst & Young", "Fathers 4 Justice", "Save the Children", "News of the World").
    if (end < forms.length && /^(&|of|the|for|de|\d+)$/i.test(forms[end])) return false;
    if (start > 1 && forms[start - 1] === 'the' && forms[start - 2] === 'of') return false;
    // A person the model found whose first word is a known first name stays a person ("the group John Smith leads").
    if (labels[start] !== 0 && gaz && gaz.lookup(forms[start]) & (1 << GAZ.FIRST)) return false;
    writeSpan(labels, start, end, ORG);
    return true;
  };
  for (let i = 0; i < forms.length; i++) {
    if (KIND_BEFORE.test(forms[i])) {
      let start = i + 1;
      if (forms[start] === 'the') start++;
      let end = start;
      while (end - start < 3 && nameWord(end)) end++;
      if (end > start && !/^\p{Lu}/u.test(forms[end] ?? '') && take(start, end)) { i = end - 1; continue; }
    }
    if (KIND_AFTER.test(forms[i])) {
      let end = i;
      while (end - 1 > 0 && end > i - 2 && KIND_MODIFIER.test(forms[end - 1])) end--;
      let start = end;
      while (end - start < 3 && nameWord(start - 1)) start--;
      // The name starts the sentence or follows a lower-case word or punctuation, not another name,
      // a hyphen ("Lashkar - e - Toiba") or a coordination ("the Monotheism and Holy War group").
      const before = start > 0 ? forms[start - 1] : '';
      if (start < end && (!/^\p{Lu}/u.test(before) || NOT_NAME_OPENERS.test(before)) && !/^([-‐–&]|and|or|of|al|el|e)$/i.test(before)) take(start, end);
    }
  }
}

/** Prefixes of ships' names: a ship is no person ("frigate HMS Chatham"). */
const SHIP_PREFIX = new Set(['HMS', 'USS', 'RFA', 'HMCS', 'HMAS', 'INS']);

/** Person spans that start with a ship prefix are no names of persons (there is no type for vessels). */
export function shipsAreNoPersons(forms: readonly string[], labels: Uint8Array): void {
  eachSpan(labels, (i, end, t) => {
    if (t === PERSON && SHIP_PREFIX.has(forms[i])) for (let k = i; k < end; k++) labels[k] = 0;
  });
}

/** Titles, ranks and offices beyond TITLE_WORDS that stand right before a surname ("Pope Francis", "Colonel Gaddafi"). */
const RANKS = /^(pope|king|queen|prince|princess|emir|sheikh|ayatollah|patriarch|cardinal|archbishop|bishop|rabbi|imam|colonel|captain|lieutenant|commander|marshal|admiral|corporal|private|major|brigadier|mullah|father|brother|sister|saint|st|tory|democrat|republican|labour|liberal|conservative)$/i;

/**
 * "London, Azmat Begg said": the model found the surname and left the given name before it
 * untagged (in a document it has seen the surname alone). One capitalised word right before a
 * one-word person, inside the sentence and after no other capitalised word, joins the name
 * unless it is a title, a rank, a party, a day or a word the gazetteer knows as a place, body,
 * people or title.
 */
export function givenNamesBeforeSurnames(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  const notName = NOT_PERSON | (1 << GAZ.TITLE);
  for (let i = 2; i < forms.length; i++) {
    if (labelPos(labels[i]) !== 4 || labelType(labels[i]) !== PERSON) continue;
    const k = i - 1, w = forms[k];
    // After a lower-case word, a comma or a conjunction that opens a sentence ("As Azmat Begg
    // arrived"); not after the start of a quotation ("So Doug").
    if (labels[k] !== 0 || !NAME_WORD.test(w) || !(/^\p{Ll}/u.test(forms[k - 1]) || forms[k - 1] === ',' || OPENING_CONJUNCTIONS.test(forms[k - 1])) || TITLE_WORDS.has(w.toLowerCase()) || RANKS.test(w) ||
      CALENDAR.test(w) || NOT_NAME_OPENERS.test(w) || (gaz && gaz.lookup(w) & notName)) continue;
    writeSpan(labels, k, i + 1, PERSON);
  }
}

const OPENING_CONJUNCTIONS = /^(As|When|While|After|Before|Although|Though|Since|Because|If|But|And|Then|Meanwhile|However)$/;

/** Verbs of saying after which an inverted speaker's name follows ('..." said Iqbal Sacranie, secretary general'). */
const SAID = new Set(['said', 'says', 'added', 'adds', 'explained', 'warned', 'insisted', 'argued']);

/**
 * '"...," said Iqbal Sacranie, secretary general of the council': two or three capitalised words
 * the model left untagged right after a verb of saying that follows a quotation or a comma, and
 * followed by a comma or the sentence's end, are the speaker's name (not when a word is a title, a
 * day, a place's or body's last word, or known to the gazetteer as a place, body or people).
 */
export function speakersAfterSaid(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  for (let i = 1; i < forms.length - 2; i++) {
    if (!SAID.has(forms[i]) || !/^[,"'”’]$/.test(forms[i - 1])) continue;
    let end = i + 1;
    while (end < forms.length && end - i <= 3 && personWord(forms, labels, end, gaz) &&
      !RANKS.test(forms[end]) && !PLACE_OR_BODY_END.test(forms[end]) && !BODY_HEAD.test(forms[end])) end++;
    if (end - i - 1 < 2 || (end < forms.length && !/^[,.]$/.test(forms[end]))) continue;
    if (gaz && gaz.lookup(forms.slice(i + 1, end).join(' ')) & NOT_PERSON) continue;
    // A surname may be a common word ("Brown"); another common word last is a body's name ("Age Concern").
    const last = gaz ? gaz.lookup(forms[end - 1]) : 0;
    if (last & NEEDS_CAP && !(last & (1 << GAZ.LAST))) continue;
    writeSpan(labels, i + 1, end, PERSON);
  }
}

const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', '&']);

/**
 * An office is not an organisation: "US Secretary of State", "Foreign Minister" tagged ORG become
 * O, and a leading country name in them its own GPE ("US").
 */
export function titlesAreNoOrgs(forms: readonly string[], labels: Uint8Array, gaz?: Gazetteer): void {
  eachSpan(labels, (i, end, t) => {
    if (t !== ORG) return;
    let start = i;
    const country = gaz ? gaz.lookup(forms[i]) & (1 << GAZ.COUNTRY) : 0;
    if (country && end - i > 1) start++;
    let titles = 0, other = 0;
    for (let k = start; k < end; k++) {
      const w = forms[k].toLowerCase();
      if (TITLE_WORDS.has(w) && !TITLE_ALONE_OK.has(w)) titles++;
      else if (!FUNCTION_WORDS.has(w) && w !== 'state') other++;
    }
    if (titles > 0 && other === 0) {
      for (let k = i; k < end; k++) labels[k] = 0;
      if (start > i) labels[i] = makeLabel(GPE, 4);
    }
  });
}

/** Key of a span's words for document-level comparisons. */
function spanKey(forms: readonly string[], start: number, end: number): string {
  let k = forms[start];
  for (let i = start + 1; i < end; i++) k += ' ' + forms[i];
  return k;
}

/**
 * A name tagged once is tagged wherever the same capitalised words recur in the document
 * untagged (the model missed it in a poorer context): exact spelling, all tokens O, and not
 * continued by another capitalised word on either side.
 */
export function spreadNames(sentences: readonly (readonly string[])[], labels: Uint8Array[]): void {
  const names = new Map<string, { type: number; len: number }>();
  let maxLen = 0;
  for (let si = 0; si < sentences.length; si++) {
    for (const sp of decodeLabels(labels[si])) {
      const f = sentences[si][sp.start];
      if (!/^\p{Lu}/u.test(f) || (sp.end - sp.start === 1 && f.length < 3)) continue;
      const k = spanKey(sentences[si], sp.start, sp.end);
      if (!names.has(k)) names.set(k, { type: labelType(labels[si][sp.start]), len: sp.end - sp.start });
      maxLen = Math.max(maxLen, sp.end - sp.start);
    }
  }
  if (!names.size) return;
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  for (let si = 0; si < sentences.length; si++) {
    const forms = sentences[si], lab = labels[si];
    for (let i = 0; i < forms.length; i++) {
      if (lab[i] !== 0 || !capital(forms[i])) continue;
      for (let len = Math.min(maxLen, forms.length - i); len >= 1; len--) {
        const hit = names.get(spanKey(forms, i, i + len));
        if (!hit || hit.len !== len) continue;
        let free = true;
        for (let j = i; j < i + len; j++) if (lab[j] !== 0) free = false;
        if (!free || capital(forms[i + len]) || (i > 0 && capital(forms[i - 1]) && lab[i - 1] === 0 && i > 1)) break;
        writeSpan(lab, i, i + len, hit.type);
        i += len - 1;
        break;
      }
    }
  }
}

