/**
 * Names read together: hyphenated names a tokeniser cut ("Dora-Mittelbau", "Bergen-Belsen"),
 * names in a list of places ("Vorzel, Bucha, Velyka Dymerka, Mariupol"), and plural demonyms of
 * the document's own places ("Kashmiris" beside "Kashmir"). Runs on the recogniser's mentions
 * before the linker re-types and clusters them; every change is a span or type of a mention.
 */
import type { Document, EntityMention } from '../../model/types.js';
import type { ActorKb } from '../../kb/actors.js';
import { findCountry } from '../../kb/actors.js';
import { HONORIFICS, isTitleWord } from './titles.js';

const DASH = /^[-‐‑]$/;

/**
 * "Dora-Mittelbau" tagged "Dora": a capitalised word glued to a name by a hyphen (no spaces) is
 * part of it. A mention that the continuation starts is absorbed.
 */
export function joinHyphenated(doc: Document): void {
  const toks = doc.tokens;
  const byStart = new Map<number, EntityMention>();
  for (const m of doc.mentions) if (m.kind === 'name') byStart.set(m.tokenStart, m);
  const drop = new Set<EntityMention>();
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || drop.has(m)) continue;
    for (let guard = 0; guard < 3; guard++) {
      const d = toks[m.tokenEnd];
      const w = toks[m.tokenEnd + 1];
      if (!d || !w || !DASH.test(d.form) || d.start !== m.end || w.start !== d.end || d.sent !== w.sent) break;
      // "Murphy-O'Connor": a capital and a small letter or an apostrophe
      if (!/^\p{Lu}[\p{Ll}'’]/u.test(w.form)) break;
      const next = byStart.get(m.tokenEnd + 1);
      let te = m.tokenEnd + 2;
      if (next) {
        te = Math.max(te, next.tokenEnd);
        drop.add(next);
      }
      m.tokenEnd = te;
      m.end = toks[te - 1]!.end;
      m.text = doc.text.slice(m.start, m.end);
    }
  }
  if (drop.size) doc.mentions = doc.mentions.filter((m) => !drop.has(m));
}

const PLACE = new Set(['GPE', 'LOC']);
/** Between two items of a list: a comma, "and", "or", or both. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * A name in a list whose other items are places is a place too, when nothing says person: no
 * title before it and no person of that name in the knowledge base. Lists of three or more names
 * only, with at least two places among the others and places at least twice the rest.
 */
export function listTypes(doc: Document, kb: ActorKb, date?: string): void {
  const names = doc.mentions.filter((m) => m.kind === 'name').sort((a, b) => a.start - b.start);
  let run: EntityMention[] = [];
  const flush = (): void => {
    if (run.length >= 3) retypeRun(doc, run, kb, date);
    run = [];
  };
  for (let i = 0; i < names.length; i++) {
    const m = names[i]!;
    const prev = run[run.length - 1];
    if (prev && LIST_GAP.test(doc.text.slice(prev.end, m.start)) && doc.tokens[prev.tokenStart]!.sent === doc.tokens[m.tokenStart]!.sent) run.push(m);
    else {
      flush();
      run = [m];
    }
  }
  flush();
}

function retypeRun(doc: Document, run: EntityMention[], kb: ActorKb, date?: string): void {
  for (const m of run) {
    if (m.type !== 'PERSON') continue;
    const others = run.filter((o) => o !== m);
    const places = others.filter((o) => PLACE.has(o.type)).length;
    if (places < 2 || places < 2 * (others.length - places)) continue;
    if (titledBefore(doc, m)) continue;
    if (kb.candidates(m.text, date).some((c) => c.type === 'PERSON' && c.match !== 'last')) continue;
    m.type = 'GPE';
  }
}

function titledBefore(doc: Document, m: EntityMention): boolean {
  const prev = doc.tokens[m.tokenStart - 1];
  if (!prev) return false;
  const lw = prev.form.toLowerCase().replace(/\.$/, '');
  return HONORIFICS.has(lw) || HONORIFICS.has(`${lw}.`) || isTitleWord(lw);
}

/**
 * "Kashmiris" beside "Kashmir": the plural of the people of a place the document names is no
 * place and no one in particular; it becomes a demonym mention. (Countries' peoples, "Iraqis",
 * are the countries table's business.)
 */
export function pluralDemonyms(doc: Document): void {
  const places = new Set<string>();
  for (const m of doc.mentions) if (m.kind === 'name' && PLACE.has(m.type)) places.add(m.text.toLowerCase());
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || (m.type !== 'GPE' && m.type !== 'PERSON' && m.type !== 'LOC') || m.tokenEnd - m.tokenStart !== 1) continue;
    const w = m.text;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(w)) continue;
    const sing = w.slice(0, -1);
    if (findCountry(w) || findCountry(sing)) continue;
    // the people of a place the document names: Kashmir-i, Chechn-ya/-en, Tamil-s
    const low = sing.toLowerCase();
    const ofPlace = [...places].some((p) => p.length >= 4 && (low === `${p}i` || low === `${p}n` || low === `${p}an` || low === `${p}ian` || low === `${p.replace(/a$/, '')}an`));
    if (!ofPlace) continue;
    m.type = 'NORP';
    m.kind = 'demonym';
  }
}

/**
 * "SWIFT", "NATO", "OSCE" tagged as places: an all-capital acronym that is no country (UK, USA,
 * UAE, DRC are) and no place the knowledge base knows is an organisation.
 */
export function acronymOrgs(doc: Document, kb: ActorKb): void {
  for (const m of doc.mentions) {
    if (m.kind !== 'name' || !PLACE.has(m.type) || !/^[A-Z]{3,6}$/.test(m.text)) continue;
    if (findCountry(m.text) || kb.countryOfPlace(m.text)) continue;
    m.type = 'ORG';
  }
}
