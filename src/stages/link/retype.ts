/**
 * Document-level re-typing of names the recogniser does not know.
 *
 * A recogniser guesses a rare name's type from its shape; the document usually settles it
 * ("Marland's energy minister", "the people of Marland", "arrived in Portavel", "the Kaspian
 * capital, Tavrin"). We collect evidence per surface name over the whole document, place against
 * person, and when place clearly wins for a name neither the countries table nor the KB knows, all
 * its PERSON (and, on place-only evidence, ORG) mentions become GPE. A derived adjective of such a
 * place ("Kaspian" for "Kaspia") becomes a demonym mention of it.
 */
import type { Document, EntityMention } from '../../model/types.js';
import type { ActorKb } from '../../kb/actors.js';
import { findCountry, findCountryByDemonym } from '../../kb/actors.js';
import { foldKey } from '../../kb/names.js';
import { HONORIFICS, isTitleWord } from './titles.js';

/** Nouns a state has ("X's foreign minister"); an organisation can have them too. */
const STATE_OR_ORG = 'foreign minister|defen[cs]e minister|energy minister|interior minister|prime minister|minister|ministry|government|army|military|troops|forces|soldiers|navy|air force|president|leader|leadership|officials|envoy|ambassador|parliament|cabinet|allies|negotiators|delegation|diplomats|intelligence services?|aid|assistance';
/** Nouns only a place has ("X's border", "X's people"). */
const PLACE_ONLY = 'embassy|capital|border|borders|territory|territories|airspace|waters|coast|coastline|people|population|citizens|economy|cities|towns|regions|provinces|neighbou?rs?|power grid|grid|sovereignty|independence|north|south|east|west|interior|frontier|infrastructure|ports?|airports?|villages?';
const POSS_STATE = new RegExp(`^'s?\\s+(?:[a-z-]+\\s+){0,2}?(?:${STATE_OR_ORG})\\b`);
const POSS_PLACE = new RegExp(`^'s?\\s+(?:[a-z-]+\\s+){0,2}?(?:${PLACE_ONLY})\\b`);
/** "the X government", "the X capital": a name used as a state's modifier. */
const MOD_STATE = new RegExp(`^\\s+(?:${STATE_OR_ORG})\\b`);
const MOD_PLACE = new RegExp(`^\\s+(?:${PLACE_ONLY})\\b`);
/** Place-only contexts before a name. */
const BEFORE_LOC = /\b(?:arrived in|arrive in|arriving in|visit to|visits to|trip to|travel(?:l?ed)? to|flew to|returned to|embassy in|withdraw(?:n|s)? from|withdrew from|withdrawal from|north of|south of|east of|west of|(?:parts|cities|towns|most|rest) of|in|into|across|throughout|inside|visit|visited|visiting|go to|went to|gone to|going to|(?:killed|died|murdered|held|imprisoned|gassed) at)\s+$/i;
/** Contexts only a country has before its name. */
const BEFORE_LAND = /\b(?:capital of|people of|citizens of|government of|president of|prime minister of|parliament of|border with|borders with|diplomats from|ambassador to|ambassador of|embassy of|envoy to|troops from|forces from|soldiers from|refugees from|regions of|provinces of|invasion of|occupation of|invaded|annexed)\s+$/i;
/** "the Kaspian capital, " before a name: its state's modifier. */
const CAPITAL_OF = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+capital\s*,\s*$/u;
/** "the capital, Tavrin": an apposition naming a place. */
const APPOSITION = /\b(?:capital|city|town|port|village|region|province|state|country|republic|kingdom)\s*,\s*$/i;
const SAY_AFTER = /^\s+(?:said|says|told|added|wrote|insisted|argued)\b[^.!?]{0,120}?\b(he|she|his|her)\b/i;
const POSS_PERSON = /^'s?\s+(?:wife|husband|son|daughter|father|mother|family|lawyer|lawyers|spokesman|spokeswoman|campaign|aides?|office|career|tenure|term|election|resignation|remarks|speech)\b/;
/**
 * "Marland will not withdraw from its own territory", "that Marland pull its forces": 'its' in the
 * name's own clause, with no article, saying verb or other name in between (which could own it).
 */
const ITS_AFTER = /^(?:\s+(?!(?:the|a|an|said|says|told|that|who|which|and|or|but)\b)(?:[a-z-]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){1,6}\s+its\b/;
/** Derived adjective endings: Kaspia -> Kaspian, Norvale -> Norvalian, Marland -> Marlandese. */
/** A name used as an adjective before a state's or war's noun ("Kaspian missile strikes"). */
const ADJ_USE = new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:${STATE_OR_ORG}|strikes?|attacks?|missiles?|drones?|shelling|offensive|invasion|occupation|authorities|side|positions|lines|media|officer|officers|warplanes|jets|ships|vessels|gunboats|police|border guards)\\b`);
const ADJ_FORM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i)$/u;
const ADJ_ENDINGS = ['n', 'an', 'ian', 'ese', 'i', 'ish', 'er'];

interface Evidence {
  /** "in X", "arrived in X": any place, a city as well as a state. */
  loc: number;
  /** Nouns and uses only a state or country has ("X's border", "the people of X", its adjective). */
  land: number;
  /** Evidence a state or an organisation gives ("X's government", "X ... its troops"). */
  state: number;
  /** "the capital, Tavrin": a city. */
  city: number;
  person: number;
  /** Used as an adjective ("Kaspian missile strikes"). */
  adj: number;
  mentions: EntityMention[];
  /** "the Kaspian capital, Tavrin": the modifier naming the city's state. */
  capitalOf?: string;
}

/** What the document says about its own unknown places, for the linker. */
export interface Retyped {
  /** Folded derived adjective -> the place name it derives from ("kaspian" -> "Kaspia"). */
  demonyms: Map<string, string>;
  /** Place name -> the country it is or belongs to: a state itself, a capital its state. */
  places: Map<string, string>;
}

function norm(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
}

/** The bare name of a mention: no article, no possessive, no leading titles. */
function coreOf(text: string): { core: string; titled: boolean } {
  let t = norm(text).trim().replace(/^the\s+/i, '').replace(/'s?$/, '');
  let titled = false;
  const words = t.split(' ');
  while (words.length > 1) {
    const lw = words[0]!.toLowerCase().replace(/\.$/, '');
    if (HONORIFICS.has(lw) || HONORIFICS.has(lw + '.') || (/^\p{Lu}/u.test(words[0]!) && isTitleWord(lw))) {
      words.shift();
      titled = true;
    } else break;
  }
  t = words.join(' ');
  return { core: t, titled };
}

function capitalisedTitleBefore(before: string): boolean {
  const w = before.match(/([A-Z][a-z]+)\.?\s+$/);
  if (!w) return false;
  const lw = w[1]!.toLowerCase();
  return HONORIFICS.has(lw) || HONORIFICS.has(lw + '.') || isTitleWord(lw);
}

/** The base name an adjective derives from, among the document's names. */
function baseOf(adj: string, names: Map<string, string>): string | undefined {
  const a = adj.toLowerCase();
  for (const end of ADJ_ENDINGS) {
    if (!a.endsWith(end) || a.length - end.length < 3) continue;
    const stem = a.slice(0, -end.length);
    for (const cand of [stem, stem + 'e', stem + 'a', stem + 'o', stem + 'y', stem.replace(/i$/, 'y')]) {
      if (cand !== a && names.has(cand)) return names.get(cand);
    }
  }
  return undefined;
}

/**
 * Re-type the document's name mentions in place (PERSON/ORG -> GPE, derived adjectives ->
 * demonyms) and say which of its places are states, and which cities are whose capitals.
 */
export function retypeMentions(doc: Document, kb: ActorKb, date?: string): Retyped {
  const out: Retyped = { demonyms: new Map(), places: new Map() };
  const text = doc.text;
  const byCore = new Map<string, Evidence>();
  const display = new Map<string, string>();
  const persons: string[][] = [];
  /** Evidence from the words around one occurrence of a name. */
  const context = (ev: Evidence, start: number, end: number, possIn: boolean, core: string): void => {
    const before = norm(text.slice(Math.max(0, start - 40), start));
    const after = (possIn ? "'s" : '') + norm(text.slice(end, end + 160));
    if (capitalisedTitleBefore(before)) ev.person += 3;
    if (SAY_AFTER.test(after)) ev.person += 1;
    if (POSS_PERSON.test(after)) ev.person += 2;
    if (POSS_PLACE.test(after)) ev.land += 2;
    else if (POSS_STATE.test(after)) ev.state += 2;
    const theBefore = /\bthe\s+$/i.test(before);
    if (theBefore && MOD_PLACE.test(after)) ev.land += 2;
    else if (theBefore && MOD_STATE.test(after)) ev.state += 2;
    if (APPOSITION.test(before)) {
      ev.city += 3;
      const cap = before.match(CAPITAL_OF);
      if (cap) ev.capitalOf = cap[1];
    } else if (!/^'/.test(after)) {
      if (BEFORE_LAND.test(before)) ev.land += 2;
      else if (BEFORE_LOC.test(before)) ev.loc += 1;
    }
    // "Ilse Varga of Norvale": a person's affiliation.
    if (/\bof\s+$/.test(before) && doc.mentions.some((o) => o.type === 'PERSON' && o.kind === 'name' && o.end <= start && start - o.end <= 5)) ev.state += 2;
    if (ITS_AFTER.test(after)) ev.state += 1;
    if (ADJ_FORM.test(core) && !possIn && ADJ_USE.test(after)) ev.adj += 1;
  };
  for (const m of doc.mentions) {
    if (m.kind !== 'name') continue;
    const { core, titled } = coreOf(m.text);
    if (!core) continue;
    const key = foldKey(core);
    if (m.type === 'PERSON' && core.includes(' ')) persons.push(key.split(' '));
    if (core.includes(' ')) continue; // multi-word names: their shape tells the recogniser enough
    let ev = byCore.get(key);
    if (!ev) {
      ev = { loc: 0, land: 0, state: 0, city: 0, person: 0, adj: 0, mentions: [] };
      byCore.set(key, ev);
      display.set(key, core);
    }
    ev.mentions.push(m);
    if (titled) ev.person += 3;
    context(ev, m.start, m.end, /'s?$/.test(norm(m.text)), core);
    // The recogniser's own vote for a place counts a little.
    if (m.type === 'GPE') ev.loc += 1;
    // "Marland and Kaspia agree": coordinated with a place.
    const gap = norm(text.slice(m.end, m.end + 6));
    const partner = /^\s+and\s/.test(gap) ? doc.mentions.find((o) => o.kind === 'name' && o.start > m.end && o.start <= m.end + 6) : undefined;
    const partnerBefore = /\s+and\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)) ? doc.mentions.find((o) => o.kind === 'name' && o.end < m.start && o.end >= m.start - 6) : undefined;
    for (const o of [partner, partnerBefore]) if (o && (o.type === 'GPE' || findCountry(coreOf(o.text).core))) ev.state += 1;
  }
  // The same name where the recogniser missed it ("Norvale's total aid") is evidence too.
  const starts = new Set(doc.mentions.map((m) => m.start));
  for (const [key, ev] of byCore) {
    const core = display.get(key)!;
    if (findCountry(core) || findCountryByDemonym(core)) continue; // decided by the table: no need
    let seen = 0;
    for (let i = text.indexOf(core); i >= 0 && seen < 50; i = text.indexOf(core, i + core.length)) {
      const end = i + core.length;
      if (starts.has(i) || /[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
      if (doc.mentions.some((o) => o.type === 'PERSON' && o.start <= i && end <= o.end)) continue;
      seen++;
      context(ev, i, end, false, core);
    }
  }
  // A first or last name of a multi-word person ("Varga" of "Ilse Varga") is a person.
  for (const toks of persons) {
    for (const t of new Set([toks[0]!, toks[toks.length - 1]!])) {
      const ev = byCore.get(t);
      if (ev) ev.person += 3;
    }
  }
  // Derived adjectives ("Kaspian" of "Kaspia"): evidence the base is a country.
  const adjectives: [string, string][] = [];
  for (const [key, ev] of byCore) {
    if (ev.person > 0) continue;
    const base = baseOf(key, display);
    if (base && foldKey(base) !== key) adjectives.push([key, foldKey(base)]);
  }
  for (const [, base] of adjectives) byCore.get(base)!.land += 2;
  const clear = (score: number, ev: Evidence): boolean => score >= 2 && score >= 2 * ev.person + 1;
  const states = new Set<string>();
  const adjSet = new Set(adjectives.map(([a]) => a));
  for (const [key, ev] of byCore) {
    if (adjSet.has(key)) continue;
    const core = display.get(key) ?? key;
    if (findCountry(core) || findCountryByDemonym(core)) continue; // the countries table decides
    if (kb.candidates(core, date).some((c) => c.match !== 'last' || c.type === 'PERSON')) continue; // the KB decides
    const placeOnly = ev.loc + ev.land + ev.city;
    const any = placeOnly + ev.state;
    const placed = ev.mentions.filter((m) => m.type === 'GPE' || m.type === 'LOC').length;
    // Mostly a place already: stray PERSON mentions follow the majority when nothing says person.
    const majority = placed > 0 && placed * 2 >= ev.mentions.length && ev.person === 0;
    if (!(clear(any, ev) || majority)) continue;
    let retyped = 0;
    for (const m of ev.mentions) {
      if (m.type === 'PERSON' || m.type === 'NORP' || (m.type === 'ORG' && clear(placeOnly, ev))) {
        m.type = 'GPE';
        retyped++;
      }
    }
    if (!ev.mentions.every((m) => m.type === 'GPE')) continue;
    // A state acts ("Marland rejected ..."): it has a state's nouns, or the recogniser took it for
    // an agent; a city's apposition ("the capital, Tavrin") says it is not one.
    if ((clear(ev.land + ev.state, ev) || retyped > 0) && ev.city === 0) {
      states.add(key);
      out.places.set(core, core);
    }
  }
  for (const [adj, base] of adjectives) {
    if (!states.has(base)) continue;
    for (const m of byCore.get(adj)!.mentions) {
      m.kind = 'demonym';
      m.type = 'NORP';
    }
    out.demonyms.set(adj, display.get(base) ?? base);
  }
  // "Kaspian missile strikes" without "Kaspia" in the text: a demonym of a place we cannot name.
  for (const [key, ev] of byCore) {
    if (adjSet.has(key) || ev.adj === 0 || ev.person > 0 || ev.adj * 2 < ev.mentions.length) continue;
    const core = display.get(key) ?? key;
    if (findCountry(core) || findCountryByDemonym(core) || kb.candidates(core, date).length) continue;
    for (const m of ev.mentions) {
      if (m.type === 'ORG') continue;
      m.kind = 'demonym';
      m.type = 'NORP';
    }
  }
  // "the Kaspian capital, Tavrin": Tavrin belongs to Kaspia.
  for (const [key, ev] of byCore) {
    if (!ev.capitalOf || !ev.mentions.every((m) => m.type === 'GPE')) continue;
    const mod = foldKey(ev.capitalOf);
    const state = out.demonyms.get(mod) ?? (states.has(mod) ? display.get(mod) : undefined);
    if (state) out.places.set(display.get(key) ?? key, state);
  }
  return out;
}
