/**
 * The events stage's view of entities: which entity a token belongs to, which country an entity
 * stands for, and a small pronoun fallback. The link stage will own these look-ups
 * (`entityAt`, `countryOf` in src/stages/link/); until it does, this adapter reads
 * `doc.mentions` / `doc.entities` itself, and it stays the one place to swap.
 */
import { countryIndex } from '../../kb/countries.js';
import type { Document, Entity, EntityMention, EntityType } from '../../model/types.js';
import { countryOf as linkCountryOf, entityAt as linkEntityAt, groupAt } from '../link/resolve.js';

const tokenMention = new WeakMap<Document, Int32Array>();

/** Index (into doc.mentions) of the mention that covers each token, -1 for none. Longest wins. */
function mentionIndex(doc: Document): Int32Array {
  let idx = tokenMention.get(doc);
  if (idx && idx.length === doc.tokens.length) return idx;
  idx = new Int32Array(doc.tokens.length).fill(-1);
  for (let m = 0; m < doc.mentions.length; m++) {
    const men = doc.mentions[m];
    const len = men.tokenEnd - men.tokenStart;
    for (let t = men.tokenStart; t < men.tokenEnd && t < idx.length; t++) {
      const cur = idx[t];
      if (cur < 0 || doc.mentions[cur].tokenEnd - doc.mentions[cur].tokenStart < len) idx[t] = m;
    }
  }
  tokenMention.set(doc, idx);
  return idx;
}

export function mentionAt(doc: Document, ti: number): EntityMention | undefined {
  if (ti < 0 || ti >= doc.tokens.length) return undefined;
  const m = mentionIndex(doc)[ti];
  return m >= 0 ? doc.mentions[m] : undefined;
}

const byId = new WeakMap<Document, Map<string, Entity>>();

function entityById(doc: Document, id: string): Entity | undefined {
  let map = byId.get(doc);
  if (!map || map.size !== doc.entities.length) {
    map = new Map(doc.entities.map((e) => [e.id, e]));
    byId.set(doc, map);
  }
  return map.get(id);
}

/** The entity a mention refers to: linked id, else an entity with that mention span, else a stand-in. */
export function entityOfMention(doc: Document, men: EntityMention): Entity {
  if (men.entity) {
    const e = entityById(doc, men.entity);
    if (e) return e;
  }
  for (const e of doc.entities) if (e.mentions.some((x) => x.start === men.start && x.end === men.end)) return e;
  if (men.type === 'NORP' || men.kind === 'demonym') {
    const c = countryIndex().byDemonym.get(men.text.toLowerCase());
    if (c) return { id: `country:${c.code}`, name: c.name, type: 'GPE', kb: `country:${c.code}`, mentions: [men] };
  }
  return { id: `m:${men.start}`, name: men.text.replace(/^the\s+/i, ''), type: men.type, mentions: [men] };
}

/** The entity named (or referred to) at a token, when any. */
export function entityAt(doc: Document, ti: number): Entity | undefined {
  const linked = linkEntityAt(doc, ti);
  if (linked) return linked;
  const men = mentionAt(doc, ti);
  if (men) {
    if (men.kind === 'pronoun' && !men.entity) return resolvePronoun(doc, ti);
    return entityOfMention(doc, men);
  }
  return resolvePronoun(doc, ti) ?? knownName(doc, ti);
}

const names = new WeakMap<Document, Map<string, Entity | null>>();

/**
 * A capitalised word the recogniser missed but that is, in this very document, the surname or an
 * alias of a named person or organisation ("Zelenskyy" after "Volodymyr Zelenskyy"). Ambiguous
 * words (two entities share them) resolve to nothing.
 */
function knownName(doc: Document, ti: number): Entity | undefined {
  const tok = doc.tokens[ti];
  if (!/^\p{Lu}/u.test(tok.form) || (tok.upos && tok.upos !== 'PROPN')) return undefined;
  let map = names.get(doc);
  if (!map) {
    map = new Map();
    const put = (k: string, e: Entity) => {
      const cur = map!.get(k);
      if (cur === undefined) map!.set(k, e);
      else if (cur && cur.id !== e.id) map!.set(k, null);
    };
    for (const e of doc.entities) {
      if (e.type === 'GPE' || e.type === 'LOC') {
        // a place the recogniser found elsewhere in the text, written the same way
        if (!/\s/.test(e.name)) put(e.name, e);
        continue;
      }
      if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
      const parts = e.name.split(/\s+/);
      if (e.type === 'PERSON' && parts.length > 1) put(parts[parts.length - 1], e);
      put(e.name, e);
      for (const a of e.aliases ?? []) if (!/\s/.test(a)) put(a, e);
    }
    names.set(doc, map);
  }
  return map.get(tok.form) ?? undefined;
}

/** Canonical name of the country an entity is, stands for or acts for. */
export function countryOf(doc: Document, e: Entity | undefined): string | undefined {
  if (!e) return undefined;
  const linked = linkCountryOf(doc, e);
  if (linked) return linked;
  const ci = countryIndex();
  if (e.kb?.startsWith('country:')) return ci.byCode.get(e.kb.slice(8))?.name;
  const low = e.name.toLowerCase().replace(/^the /, '');
  if (e.type === 'GPE' || e.type === 'NORP' || e.type === 'LOC') {
    const c = ci.byName.get(low) ?? ci.byDemonym.get(low) ?? ci.byCapital.get(low);
    if (c) return c.name;
  }
  if (e.affiliation) {
    const a = e.affiliation.toLowerCase().replace(/^the /, '');
    return ci.byName.get(a)?.name ?? e.affiliation;
  }
  void doc;
  return undefined;
}

/** ISO 4217 code of the country an entity acts for, when it has one. */
export function currencyOf(doc: Document, e: Entity | undefined): string | undefined {
  const name = countryOf(doc, e);
  if (!name) return undefined;
  const c = countryIndex().byName.get(name.toLowerCase());
  return c?.currencies[0];
}

const PERSON_PRON = new Set(['he', 'she', 'him', 'his', 'her', 'hers']);
const WE = new Set(['we', 'our', 'us', 'ours']);
/** First person singular (case-sensitive, so that a roman numeral can be told apart). */
const ME = new Set(['I', 'me', 'Me', 'my', 'My']);
/** "World War I", "Elizabeth I": an "I" right after a capitalised word (not sentence-initial) is a numeral. */
function romanNumeral(doc: Document, ti: number): boolean {
  const t = doc.tokens[ti];
  if (t.form !== 'I') return false;
  if (t.upos && t.upos !== 'PRON') return true;
  const p = doc.tokens[ti - 1];
  // a numeral follows a name ("Elizabeth I", "World War I"); a capitalised time word or adverb
  // the tagger knows is no name ("Yesterday I spoke with ...")
  if (p?.upos && p.upos !== 'PROPN') return false;
  return !!p && p.sent === t.sent && /^\p{Lu}\p{Ll}/u.test(p.form);
}
const QUOTES = /["“”«»]/;

const voices = new WeakMap<Document, { e?: Entity }>();

/** Is token ti inside a quotation (an odd number of quote marks before it in its sentence)? */
function quoted(doc: Document, ti: number): boolean {
  const s = doc.sentences[doc.tokens[ti].sent];
  if (!s) return false;
  let n = 0;
  for (let k = s.tokenStart; k < ti; k++) if (QUOTES.test(doc.tokens[k].form)) n++;
  return n % 2 === 1;
}

/**
 * The voice of a first-person document (a government briefing, an address): when the narration
 * itself says "we" often, "we" is the country of the person the headline names, else the country
 * the text names most. Quoted "we" belongs to a quoted speaker and is never resolved this way.
 */
export function docVoice(doc: Document): Entity | undefined {
  const hit = voices.get(doc);
  if (hit) return hit.e;
  let we = 0;
  for (let i = 0; i < doc.tokens.length; i++) if (WE.has(doc.tokens[i].form.toLowerCase()) && !quoted(doc, i)) we++;
  let e: Entity | undefined;
  if (we >= 3 && we * 100 >= doc.tokens.length) {
    // the headline says whose voice it is ("Briefing of the Prime Minister of Ukraine"); the
    // most-named country would often be the adversary, so there is no frequency fallback
    const head = doc.sentences.find((s) => s.kind === 'headline') ?? doc.sentences[0];
    if (head) {
      // only a speaker named in the headline: a person with a country, or an office of a
      // country ("Briefing of the Prime Minister of Ukraine"); a headline that merely names a
      // country ("Russia's war will fail") says nothing about who speaks
      let name: string | undefined;
      for (const m of doc.mentions) {
        if (m.start < head.start || m.end > head.end || m.type !== 'PERSON') continue;
        name = countryOf(doc, entityOfMention(doc, m));
        if (name) break;
      }
      if (!name) {
        const office = /\b(?:President|Prime Minister|Minister|Government|Chancellor|Ministry|Parliament|King|Queen|Premier|Cabinet)\s+of\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/.exec(doc.text.slice(head.start, head.end));
        // "of Ukraine Denis Shmygal": the longest leading run of words that names a country
        const words = office ? office[1].split(/\s+/) : [];
        for (let n = words.length; n > 0 && !name; n--) name = countryIndex().byName.get(words.slice(0, n).join(' ').toLowerCase())?.name;
      }
      if (name) e = doc.entities.find((x) => x.name === name) ?? countryEntity(name);
    }
    // an address that signs off for its country ("Glory to Ukraine!", "God bless America",
    // "Long live France") speaks for that country, whatever its headline says
    if (!e) {
      const sign = /\b(?:Glory to|God bless|Long live|Vive(?: la)?)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*!/g;
      const seen = new Set<string>();
      for (let m = sign.exec(doc.text); m; m = sign.exec(doc.text)) {
        const c = countryIndex().byName.get(m[1]!.toLowerCase()) ?? countryIndex().byName.get(m[1]!.split(/\s+/)[0]!.toLowerCase());
        if (c) seen.add(c.name);
      }
      // one country only: two would be a toast to allies, not a signature
      if (seen.size === 1) {
        const name = [...seen][0]!;
        e = doc.entities.find((x) => x.name === name) ?? countryEntity(name);
      }
    }
  }
  voices.set(doc, { e });
  return e;
}
const THING_PRON = new Set(['it', 'its']);

/**
 * Fallback for pronouns and "the country" that the link stage has not resolved: the nearest
 * earlier mention of a fitting type within the last few sentences. Deliberately narrow: a wrong
 * antecedent makes a wrong record, no antecedent only a missing one.
 */
export function resolvePronoun(doc: Document, ti: number): Entity | undefined {
  const tok = doc.tokens[ti];
  if (!tok) return undefined;
  const low = tok.form.toLowerCase();
  let want: (t: EntityType, m: EntityMention) => boolean;
  if (WE.has(low)) return quoted(doc, ti) ? undefined : docVoice(doc);
  // the narrator of a first-person address speaks for the voice's country ("I spoke with ...")
  if (ME.has(tok.form) && !quoted(doc, ti) && !romanNumeral(doc, ti)) return docVoice(doc);
  // inside a quotation the nearest person is most often its speaker, who says "I", not "he"
  if (PERSON_PRON.has(low)) {
    if (quoted(doc, ti)) return undefined;
    want = (t) => t === 'PERSON';
  }
  else if (THING_PRON.has(low)) want = (t) => t === 'GPE' || t === 'ORG';
  else if (low === 'country' && ti > 0 && doc.tokens[ti - 1].form.toLowerCase() === 'the') {
    const ci = countryIndex();
    want = (t, m) => t === 'GPE' && ci.byName.has(entityOfMention(doc, m).name.toLowerCase());
  } else return undefined;
  const minSent = tok.sent - 3;
  for (let m = doc.mentions.length - 1; m >= 0; m--) {
    const men = doc.mentions[m];
    if (men.tokenStart >= ti || men.kind === 'pronoun') continue;
    if (doc.tokens[men.tokenStart].sent < minSent) continue;
    const e = entityOfMention(doc, men);
    if (want(e.type, men)) return e;
  }
  return undefined;
}

/** The country a group phrase ("Russian legislators") belongs to, as an entity. */
export function groupEntity(doc: Document, ti: number): Entity | undefined {
  const g = groupAt(doc, ti);
  if (!g?.affiliation) return undefined;
  const e = g.entity ? doc.entities.find((x) => x.id === g.entity) : undefined;
  if (e) return e;
  const c = countryIndex().byName.get(g.affiliation.toLowerCase());
  return { id: c ? `country:${c.code}` : `g:${g.id}`, name: g.affiliation, type: 'GPE', mentions: [] };
}

function countryEntity(name: string): Entity | undefined {
  const c = countryIndex().byName.get(name.toLowerCase());
  return c ? { id: `country:${c.code}`, name: c.name, type: 'GPE', kb: `country:${c.code}`, mentions: [] } : undefined;
}

const adversaries = new WeakMap<Document, { e?: Entity }>();

/**
 * The other side in a first-person war address: the country whose forces the text names
 * ("Russian troops", "Russian soldiers") other than the voice's own, when one clearly leads.
 * "The enemy", "the occupiers" and unattributed violence in such a text are that side's.
 * Documents without a voice have no adversary: a report's narrator takes no side.
 */
export function docAdversary(doc: Document): Entity | undefined {
  const hit = adversaries.get(doc);
  if (hit) return hit.e;
  let e: Entity | undefined;
  const voice = docVoice(doc);
  if (voice) {
    const count = new Map<string, number>();
    for (const g of doc.groups ?? []) {
      if (!g.affiliation || g.affiliation === voice.name || g.sector !== 'MIL') continue;
      count.set(g.affiliation, (count.get(g.affiliation) ?? 0) + 1);
    }
    const ranked = [...count].sort((a, b) => b[1] - a[1]);
    if (ranked.length && (ranked.length === 1 || ranked[1]![1] < ranked[0]![1])) {
      const name = ranked[0]![0];
      e = doc.entities.find((x) => x.name === name) ?? countryEntity(name);
    }
  }
  adversaries.set(doc, { e });
  return e;
}
