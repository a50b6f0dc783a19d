/**
 * One record per happening: drafts that tell the same event (same type, same parties, compatible
 * amount, date, place and time frame) become one event with several mentions. Two different
 * amounts are never merged, and a past meeting is not this morning's meeting.
 */
import type { Document, Entity, EventRecord, Mention, Modality } from '../../model/types.js';
import { countryOf, currencyOf, docVoice, mentionAt } from './adapter.js';
import type { Draft } from './draft.js';

export interface Merged {
  drafts: Draft[];
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');

function sameEntity(a: Entity, b: Entity): boolean {
  return a.id === b.id || norm(a.name) === norm(b.name);
}

/** Kyiv and Ukraine are compatible places; Kyiv and Alberta are not. */
function samePlace(doc: Document, a: Entity, b: Entity): boolean {
  if (sameEntity(a, b)) return true;
  const ca = countryOf(doc, a);
  const cb = countryOf(doc, b);
  if (!ca || !cb || ca !== cb) return false;
  // one of them is the country itself
  return norm(ca) === norm(a.name) || norm(cb) === norm(b.name);
}

function sameAmount(a: Draft, b: Draft): boolean {
  if (!a.money || !b.money) return false;
  return Math.abs(a.money.value - b.money.value) <= 0.005 * Math.max(a.money.value, b.money.value);
}

const first = <T>(ds: Draft[], f: (d: Draft) => T | undefined): T | undefined => {
  for (const d of ds) {
    const v = f(d);
    if (v !== undefined) return v;
  }
  return undefined;
};

/** Words that say two parties talked without saying how: such a talk may be the call told elsewhere. */
const TALK = new Set(['speak', 'talk', 'conversation', 'discuss', 'discussion']);

/** "had a (phone) conversation with X" and "spoke with X": one exchange, told twice. */
function talkAndCall(ds: Draft[], d: Draft): boolean {
  if (d.type !== 'CONSULT') return false;
  const all = [...ds, d];
  const modes = new Set(all.map((x) => x.mode).filter((x) => x));
  if (modes.size !== 2 || !modes.has('phone') || !modes.has('meet')) return false;
  return all.every((x) => x.mode !== 'meet' || TALK.has(x.trig.lemma));
}

/**
 * "Rutte was also in Kyiv. He spoke at a press conference with Zelenskyy": a meeting with the
 * host country's people, told next to the visit, is part of that visit (one happening).
 */
function visitAndMeeting(doc: Document, ds: Draft[], d: Draft): boolean {
  if (d.type !== 'CONSULT') return false;
  const all = [...ds, d];
  const visits = all.filter((x) => x.mode === 'visit');
  const meets = all.filter((x) => x.mode === 'meet');
  if (!visits.length || !meets.length || visits.length + meets.length !== all.length) return false;
  const place = first(visits, (x) => x.target ?? x.location);
  const host = place && (place.type === 'GPE' || place.type === 'LOC') ? countryOf(doc, place) : undefined;
  if (!host) return false;
  return meets.every((m) => m.target !== undefined && countryOf(doc, m.target) === host
    && visits.some((v) => Math.abs(v.sent - m.sent) <= 1));
}

/**
 * An arrest, a release, a sentence or an accusation told without its doer ("They were detained in the Cuban
 * camp") is the one told beside it with the same person held ("held by the US"), within two
 * sentences, or the one a headline tells with its doer ("Iran jails blogger"); two
 * such tellings with no doer at all ("the men freed from Guantanamo", "the men released from the
 * camp") are one happening unless their parties, dates or places differ (checked by the caller).
 */
function custodyTie(ds: Draft[], d: Draft): boolean {
  const all = [...ds, d];
  if (!all.every((x) => x.type === 'COERCE' || x.type === 'RETREAT' || x.type === 'SANCTION' || x.type === 'ACCUSE') || !all.some((x) => x.unattributed)) return false;
  if (all.every((x) => !x.actor)) return all.every((x) => x.unattributed);
  const loose = all.filter((x) => !x.actor);
  if (!loose.every((x) => x.unattributed && x.target)) return false;
  // "Iran jails blogger" (headline) and "Mr Sigarchi was sentenced": the headline names the doer
  if (all.every((x) => !x.actor || (x.headline && !x.target))) return true;
  const held = all.find((x) => x.actor && x.target)?.target;
  return !!held && loose.every((x) => sameEntity(x.target!, held) && all.some((y) => y.actor && Math.abs(y.sent - x.sent) <= 2));
}

function compatible(doc: Document, m: Merged, d: Draft): boolean {
  const ds = m.drafts;
  const h = ds[0];
  if (h.type !== d.type) return false;
  const visit = visitAndMeeting(doc, ds, d);
  const mode = first(ds, (x) => x.mode);
  if (mode && d.mode && mode !== d.mode && !(d.type === 'AID') && !talkAndCall(ds, d) && !visit) return false;
  const money = ds.find((x) => x.money);
  if (money && d.money && !sameAmount(money, d)) return false;
  const amountTie = !!(money && d.money && sameAmount(money, d));
  const actor = first(ds, (x) => x.actor);
  const custody = custodyTie(ds, d);
  if (actor && d.actor) {
    if (!sameEntity(actor, d.actor)) return false;
  } else if (!amountTie && !custody) return false;
  const target = first(ds, (x) => x.target);
  const headlineInvolved = d.headline || ds.every((x) => x.headline);
  // two clauses of one sentence ("launched an attack on Kyiv, killing ten") tell one happening
  const sameSentence = ds.some((x) => x.sent === d.sent);
  if (target && d.target) {
    // (a city and its country are one target, and so are a body and its country; a person and
    // their country only within one sentence: "talked with President Biden" and, later, "spoke
    // with American congressmen" are two talks)
    const person = target.type === 'PERSON' || d.target.type === 'PERSON';
    if (!sameEntity(target, d.target) && !((!person || sameSentence) && samePlace(doc, target, d.target)) && !visit) return false;
  } else if ((target || d.target) && !amountTie && !headlineInvolved && !sameSentence && !(custody && !actor && !d.actor)) return false;
  const date = first(ds, (x) => x.date?.value);
  if (date && d.date && !date.startsWith(d.date.value) && !d.date.value.startsWith(date)) return false;
  const loc = first(ds, (x) => x.location);
  if (loc && d.location && !samePlace(doc, loc, d.location)) return false;
  const neg = (x: Draft) => x.modality === 'negated';
  if (ds.some(neg) !== neg(d)) return false;
  // "if the occupiers kill ..." is no report of "they are destroying the city"
  const hyp = (x: Draft) => x.modality === 'hypothetical';
  if (ds.some(hyp) !== hyp(d)) return false;
  // time frame: a body "met" (past) and a body "meets" (present) are two meetings unless dated alike
  if (!d.headline && !amountTie) {
    const tenses = new Set(ds.filter((x) => !x.headline && x.tense !== 'other').map((x) => x.tense));
    if (d.tense !== 'other' && tenses.size && !tenses.has(d.tense) && !(date && d.date)) return false;
  }
  return true;
}

/** Group drafts into happenings; orphans (no actor) only join a group they repeat. */
export function mergeDrafts(doc: Document, drafts: Draft[]): Merged[] {
  const groups: Merged[] = [];
  for (const d of drafts) {
    if (d.orphan) continue;
    const g = groups.find((m) => compatible(doc, m, d));
    if (g) g.drafts.push(d);
    else groups.push({ drafts: [d] });
  }
  for (const d of drafts) {
    if (!d.orphan) continue;
    const g = groups.find((m) => m.drafts.some((x) => sameAmount(x, d)) && compatible(doc, m, d));
    if (g) g.drafts.push(d);
  }
  for (const g of groups) g.drafts.sort((a, b) => a.span[0] - b.span[0]);
  return groups;
}

const MODALITY_RANK: Record<Modality, number> = { asserted: 5, historical: 4, future: 3, hypothetical: 2, negated: 1 };
const STATUS_RANK = { announced: 1, committed: 2, allocated: 3, delivered: 4 } as const;
const DOLLAR = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'JMD', 'BSD', 'BBD', 'BZD', 'BMD', 'KYD', 'XCD', 'FJD', 'GYD', 'LRD', 'NAD', 'SBD', 'SRD', 'TTD', 'BND']);

function argRef(doc: Document, e: Entity | undefined, tok: number | undefined): EventRecord['actor'] {
  if (!e) return undefined;
  const r: NonNullable<EventRecord['actor']> = { name: e.name, type: e.type };
  // only ids of this document's entities (stand-ins made for unlinked mentions have none)
  if (doc.entities.some((x) => x.id === e.id)) r.entity = e.id;
  if (tok !== undefined) {
    const m = mentionAt(doc, tok);
    const t = doc.tokens[tok];
    r.start = m ? m.start : t.start;
    r.end = m ? m.end : t.end;
  }
  return r;
}

/** A bare "$" is the donor's dollar when the donor is a dollar country (else what the money stage said). */
export function amountOf(doc: Document, d: Draft, actor: Entity | undefined): EventRecord['amount'] {
  const m = d.money;
  if (!m) return undefined;
  let currency = m.currency;
  const before = doc.text.slice(Math.max(0, m.start - 3), m.start);
  const bare = (m.text.trim().startsWith('$') && !/[A-Za-z]$/.test(before)) || m.currencyInferred === true;
  if (bare) {
    const c = currencyOf(doc, actor);
    if (c && DOLLAR.has(c)) currency = c;
  }
  return { value: m.value, currency, text: m.text, start: m.start, end: m.end };
}

function span(doc: Document, s: number, e: number): Mention {
  return { start: s, end: e, text: doc.text.slice(s, e) };
}

/** The record of a group: the most asserted telling leads; arguments fill in from the others. */
export function toEvent(doc: Document, g: Merged, id: string): EventRecord {
  const ds = g.drafts;
  const lead = [...ds].sort((a, b) => MODALITY_RANK[b.modality] - MODALITY_RANK[a.modality] || Number(a.headline) - Number(b.headline) || Number(a.orphan) - Number(b.orphan))[0];
  const actorD = ds.find((x) => x.actor);
  const targetD = ds.find((x) => x.target && x.target === lead.target) ?? ds.find((x) => x.target);
  // the most specific place: a city beats its country
  let locD: Draft | undefined;
  for (const x of ds) {
    if (!x.location) continue;
    if (!locD) { locD = x; continue; }
    const isCountry = (e: Entity) => norm(countryOf(doc, e) ?? '') === norm(e.name);
    if (isCountry(locD.location!) && !isCountry(x.location)) locD = x;
  }
  const dateD = ds.find((x) => x.date);
  const moneyD = ds.find((x) => x.money && x.actor) ?? ds.find((x) => x.money);
  const ev: EventRecord = { id, type: lead.type, modality: lead.modality, mentions: [] };
  const mode = lead.mode ?? ds.find((x) => x.mode)?.mode;
  if (mode) ev.mode = mode;
  if (actorD) ev.actor = argRef(doc, actorD.actor, actorD.actorTok);
  if (targetD) ev.target = argRef(doc, targetD.target, targetD.targetTok);
  // coordinated parties: the record names them all, the first stays actor/target
  const moreT = targetD?.moreTargets ?? ds.find((x) => x.moreTargets)?.moreTargets;
  if (ev.target && moreT?.length) ev.targets = [ev.target, ...moreT.map((x) => argRef(doc, x.e, x.tok)!)];
  const moreA = actorD?.moreActors ?? ds.find((x) => x.moreActors)?.moreActors;
  if (ev.actor && moreA?.length) ev.actors = [ev.actor, ...moreA.map((x) => argRef(doc, x.e, x.tok)!)];
  if (locD) ev.location = argRef(doc, locD.location, locD.locationTok);
  if (dateD?.date) ev.date = { value: dateD.date.value, text: dateD.date.text, start: dateD.date.start, end: dateD.date.end };
  else if (doc.meta.published && lead.modality === 'asserted' && ds.some((x) => (x.tense === 'present' || x.perfect) && !x.headline)) {
    // news present tense ("The Prime Minister meets ...") and present perfect ("Chirac has called
    // the rebate unjustified") tell the day of publication
    ev.date = { value: doc.meta.published.slice(0, 10) };
  } else if (doc.meta.published && lead.modality === 'asserted' && lead.type === 'CONSULT' && ds.some((x) => x.tense === 'past' && !x.headline)) {
    // a daily address tells the day's calls and visits: "I had a conversation with Macron",
    // "the Prime Ministers of Spain and Denmark have arrived in Kyiv" (the voice takes part)
    const voice = docVoice(doc);
    const party = (e?: Entity) => !!e && !!voice && (e.id === voice.id || countryOf(doc, e) === voice.name);
    if (voice && (party(actorD?.actor) || party(targetD?.target))) ev.date = { value: doc.meta.published.slice(0, 10) };
  }
  if (moneyD) {
    const amt = amountOf(doc, moneyD, actorD?.actor);
    if (amt) ev.amount = amt;
  }
  let status: EventRecord['status'];
  for (const x of ds) if (x.status && (!status || STATUS_RANK[x.status] > STATUS_RANK[status])) status = x.status;
  if (status && (ev.type === 'AID' || ev.amount)) ev.status = status;
  const category = lead.category ?? ds.find((x) => x.category)?.category;
  if (category && (ev.type === 'AID' || ev.amount)) ev.category = category;
  const tk = doc.tokens[lead.tok];
  ev.trigger = span(doc, tk.start, tk.end);
  const seen = new Set<string>();
  for (const x of ds) {
    const k = `${x.span[0]}:${x.span[1]}`;
    if (seen.has(k)) continue;
    seen.add(k);
    ev.mentions.push(span(doc, x.span[0], x.span[1]));
  }
  ev.confidence = +Math.max(...ds.map((x) => x.confidence)).toFixed(2);
  return ev;
}
