/**
 * Look-ups the events and claims stages use on a linked document (see ./index.ts for the list).
 * Caches are per document object (WeakMap) and rebuilt when the mention or entity count changes.
 */
import type { Document, Entity, EntityGroup, EntityMention } from '../../model/types.js';
import { countryName, findCountry, loadKb } from '../../kb/actors.js';

interface Index {
  mentions: number;
  entities: number;
  /** Per token: index into doc.mentions of the longest linked mention covering it, -1 none. */
  tok: Int32Array;
  byId: Map<string, Entity>;
}

const cache = new WeakMap<Document, Index>();
/** Places the document itself shows to be states (or their capitals), name -> country name. */
const docPlaces = new WeakMap<Document, Map<string, string>>();

/** Record the document's own states and capitals (./retype.ts) for `countryOf`. */
export function setDocumentPlaces(doc: Document, places: Map<string, string>): void {
  if (places.size) docPlaces.set(doc, places);
  else docPlaces.delete(doc);
}

function indexOf(doc: Document): Index {
  const hit = cache.get(doc);
  if (hit && hit.mentions === doc.mentions.length && hit.entities === doc.entities.length && hit.tok.length === doc.tokens.length) return hit;
  const tok = new Int32Array(doc.tokens.length).fill(-1);
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i]!;
    if (!m.entity) continue;
    const len = m.tokenEnd - m.tokenStart;
    for (let t = Math.max(0, m.tokenStart); t < m.tokenEnd && t < tok.length; t++) {
      const cur = tok[t]!;
      if (cur < 0) tok[t] = i;
      else {
        const o = doc.mentions[cur]!;
        if (o.tokenEnd - o.tokenStart < len) tok[t] = i;
      }
    }
  }
  const idx: Index = { mentions: doc.mentions.length, entities: doc.entities.length, tok, byId: new Map(doc.entities.map((e) => [e.id, e])) };
  cache.set(doc, idx);
  return idx;
}

/** The entity by id. */
export function entityById(doc: Document, id: string | undefined): Entity | undefined {
  return id ? indexOf(doc).byId.get(id) : undefined;
}

/** The linked mention (name, demonym, nominal or pronoun) covering a token, longest first. */
export function mentionAt(doc: Document, tokenIndex: number): EntityMention | undefined {
  const idx = indexOf(doc);
  const k = tokenIndex >= 0 && tokenIndex < idx.tok.length ? idx.tok[tokenIndex]! : -1;
  return k >= 0 ? doc.mentions[k] : undefined;
}

/**
 * The entity a token's mention resolves to, including pronoun and nominal mentions ("He",
 * "the Prime Minister") and demonyms ("Ukrainian" -> Ukraine).
 */
export function entityAt(doc: Document, tokenIndex: number): Entity | undefined {
  const m = mentionAt(doc, tokenIndex);
  return m ? entityById(doc, m.entity) : undefined;
}

/** The group ("Russian legislators") covering a token, when any. */
export function groupAt(doc: Document, tokenIndex: number): EntityGroup | undefined {
  return doc.groups?.find((g) => g.tokenStart <= tokenIndex && tokenIndex < g.tokenEnd);
}

/**
 * The country (canonical name) an entity is or acts for: a country itself; a city or region its
 * country (Kyiv -> Ukraine); a person or organisation its affiliation when that is a country
 * (Carney -> Canada, Kremlin -> Russia), or the country of the organisation it acts for
 * (Medvedev -> Russian Security Council -> Russia). Undefined for international organisations.
 */
export function countryOf(doc: Document, entity: Entity | undefined): string | undefined {
  if (!entity) return undefined;
  const kb = loadKb();
  if (entity.kb?.startsWith('country:')) return entity.name;
  if (entity.type === 'GPE' || entity.type === 'LOC' || entity.type === 'NORP') {
    const c = findCountry(entity.name);
    if (c) return countryName(c);
    const place = kb.countryOfPlace(entity.name);
    if (place) return place;
    const own = entity.kb ? undefined : docPlaces.get(doc)?.get(entity.name);
    if (own) return own;
  }
  if (entity.affiliation) {
    const c = findCountry(entity.affiliation);
    if (c) return countryName(c);
    const org = doc.entities.find((e) => e.name === entity.affiliation && e !== entity);
    if (org?.affiliation) {
      const oc = findCountry(org.affiliation);
      if (oc) return countryName(oc);
    }
    const k = kb.candidates(entity.affiliation).find((x) => x.type === 'ORG' && x.match !== 'last');
    if (k?.country) return k.country;
  }
  if (entity.kb && entity.type === 'ORG') {
    const k = kb.get(entity.kb);
    if (k?.country) return k.country;
  }
  return undefined;
}

export interface Actor {
  /** The entity's canonical name (what events record as actor). */
  name: string;
  entity: Entity;
  /** The country it is or acts for, when known (see countryOf). */
  country?: string;
}

/** An entity as an event or claim participant: itself, plus the country it acts for. */
export function actorFor(doc: Document, entity: Entity): Actor {
  const a: Actor = { name: entity.name, entity };
  const c = countryOf(doc, entity);
  if (c) a.country = c;
  return a;
}
