/**
 * Participants: who acts and who is acted on, read off the dependency tree (subjects,
 * agents, objects, case-marked obliques, appositions, demonyms, pairs, the other side).
 */
import type { Entity } from '../../model/types.js';
import { countryOf, docAdversary, docVoice, entityAt, groupEntity, mentionAt } from './adapter.js';
import { type Trigger } from './lexicon.js';
import { modalityOf } from './modality.js';
import { baseRel, caseOf, coarsePos, firstKid, kidsWith, lemmaOf, lemmasOf, markOf, rel } from './tree.js';
import { AGENT_NOUNS, ENTITY_KINDS, PLACE, quotedTok, type Ctx, type Draft } from './draft.js';
import { finishOrDrop, isCountryOrCapital } from './finish.js';
import { GRATEFUL, THANK, baseDraft, objLemmas, setActor, setTarget } from './predicates.js';
import { isSpeech } from './statements.js';

/** The entity a nominal names: itself, its name parts, an apposition, or who it stands for. */
export type Ref = { e: Entity; tok: number; partner?: Entity };

export function npEntity(ctx: Ctx, i: number, depth = 0): Ref | undefined {
  if (i < 0 || depth > 3) return undefined;
  const { doc, tree } = ctx;
  const low = tree.low[i];
  // A relative pronoun stands for the noun its clause modifies.
  if ((low === 'which' || low === 'who' || low === 'that') && baseRel(doc.tokens[i]).startsWith('nsubj')) {
    const clause = doc.tokens[i].head ?? -1;
    if (clause >= 0 && rel(doc.tokens[clause]) === 'acl:relcl') {
      const noun = doc.tokens[clause].head ?? -1;
      const r = npEntity(ctx, noun, depth + 1);
      if (r) return r;
      // "the first tranche of support from the European Union, which has earmarked ...": the
      // parser hung the clause on the phrase's head noun; a name right before ", which" is what
      // the clause is said of
      const near = nameBeforeRelative(ctx, i);
      if (near) return near;
      // "troops are terrorists who kill": the predicate noun's subject
      if (noun >= 0 && kidsWith(tree, noun, 'cop').length) return npEntity(ctx, kidsWith(tree, noun, 'nsubj')[0] ?? -1, depth + 1);
    }
    return undefined;
  }
  const e = entityAt(doc, i);
  if (e && ENTITY_KINDS.has(e.type)) {
    // "the Crown Prince of the United Arab Emirates" with the title taken for a place or body: an
    // office said of a country acts for that country
    const m = e.type !== 'PERSON' ? mentionAt(doc, i) : undefined;
    if (m && /\b(?:Prince|Princess|King|Queen|Emir|Sheikh|Sultan|President|Minister|Premier|Chancellor)$/.test(doc.text.slice(m.start, m.end))) {
      for (const k of tree.kids[i]) {
        if (rel(doc.tokens[k]) !== 'nmod' || caseOf(tree, k) !== 'of') continue;
        const ke = entityAt(doc, k);
        if (ke?.type === 'GPE') return { e: ke, tok: k };
      }
    }
    return { e, tok: i };
  }
  const half = compassHalf(ctx, i);
  if (half) return half;
  // name parts and appositions first ("the secretary general of NATO, Mark Rutte"); a person or
  // organisation beats a place ("London mayor Ken Livingstone" is Livingstone)
  let placePart: { e: Entity; tok: number } | undefined;
  for (const want of ['appos', 'flat', 'compound']) {
    for (const k of tree.kids[i]) {
      if (baseRel(doc.tokens[k]) !== want) continue;
      const ke = entityAt(doc, k);
      if (!ke || ke.type === 'NORP' || !ENTITY_KINDS.has(ke.type)) continue;
      if (ke.type === 'GPE' || ke.type === 'LOC') { placePart = placePart ?? { e: ke, tok: k }; continue; }
      return { e: ke, tok: k };
    }
  }
  if (placePart) {
    // "the Prime Ministers of Belgium, Spain and ...": a plural office's list begins with its
    // of-country; the place after the comma is the next item, not an apposition
    if (/s$/.test(low) && AGENT_NOUNS.has(low.slice(0, -1))) {
      for (const k of tree.kids[i]) {
        if (k >= placePart.tok || rel(doc.tokens[k]) !== 'nmod' || caseOf(tree, k) !== 'of') continue;
        const ke = entityAt(doc, k);
        if (ke && PLACE.has(ke.type)) return { e: ke, tok: k };
      }
    }
    return placePart;
  }
  // "Father-of-two Mr Mousa" hung as an nmod with no preposition: an apposition of a person
  if (doc.tokens[i].upos === 'NOUN') {
    for (const k of tree.kids[i]) {
      if (rel(doc.tokens[k]) !== 'nmod' || caseOf(tree, k) || k < i) continue;
      const ke = entityAt(doc, k);
      if (ke?.type === 'PERSON' && mentionAt(doc, k)?.kind === 'name') return { e: ke, tok: k };
    }
  }
  // "in particular the IAEA", "including NATO"
  for (const k of tree.kids[i]) {
    const r = baseRel(doc.tokens[k]);
    if (r === 'nmod' || r === 'appos') {
      const c = caseOf(tree, k);
      if (/^(in particular|including|such as|notably|especially|particularly)$/.test(c) || hasAdvmod(ctx, k, /^(particularly|notably|especially)$/)) {
        const ke = npEntity(ctx, k, depth + 1);
        if (ke) return ke;
      }
    }
  }
  const head = lemmaOf(tree, i);
  // "both sides", "the two countries": the pair the text has just named
  const pair = pairRef(ctx, i);
  if (pair) return pair;
  if (AGENT_NOUNS.has(head) || /s$/.test(low) && AGENT_NOUNS.has(low.slice(0, -1))) {
    for (const k of tree.kids[i]) {
      const r = rel(doc.tokens[k]);
      if (r === 'amod' || r === 'compound' || r === 'nmod:poss' || (r === 'nmod' && caseOf(tree, k) === 'of')) {
        let ke = entityAt(doc, k);
        // "President of France Emmanuel Macron" with the name hung on the country: the person
        if (ke && PLACE.has(ke.type) && r === 'nmod') {
          for (const j of tree.kids[k]) {
            if (!/^(flat|appos)$/.test(baseRel(doc.tokens[j]))) continue;
            const pe = entityAt(doc, j);
            if (pe?.type === 'PERSON') { ke = pe; break; }
          }
        }
        if (ke && ENTITY_KINDS.has(ke.type)) {
          // "the Ukrainian and Russian delegations": both sides in one phrase
          for (const j of tree.kids[k]) {
            if (baseRel(doc.tokens[j]) !== 'conj') continue;
            const je = entityAt(doc, j);
            if (je && je.id !== ke.id && ENTITY_KINDS.has(je.type)) return { e: ke, tok: k, partner: je };
          }
          return { e: ke, tok: k };
        }
        // "the foreign ministers of both countries"
        const kp = r === 'nmod' ? pairRef(ctx, k) : undefined;
        if (kp) return kp;
      }
    }
  }
  // "The other Russian legislators": a group stands for its country
  const g = groupEntity(doc, i);
  if (g) return { e: g, tok: i };
  // "the Prime Ministers of Spain and Denmark, two countries that ...": an apposition the parser
  // read as a predicate noun with its own subject; the subject names the party
  if (coarsePos(tree, i) === 'N' && !kidsWith(tree, i, 'cop').length) {
    const s = tree.kids[i].find((k) => baseRel(doc.tokens[k]) === 'nsubj' && k < i && /^(NOUN|PROPN)$/.test(doc.tokens[k].upos ?? ''));
    if (s !== undefined) {
      const r = npEntity(ctx, s, depth + 1);
      if (r) return r;
    }
  }
  // "our country has received": in a first-person address, the voice's country
  if (/^(country|nation|state|homeland)$/.test(head) && tree.kids[i].some((k) => tree.low[k] === 'our') && !quotedTok(ctx, i)) {
    const voice = docVoice(doc);
    if (voice) return { e: voice, tok: i };
  }
  // "the men's solicitor, Louise Christian, has ...": an apposition set off by commas that the
  // parser hung elsewhere
  const appos = commaAppos(ctx, i);
  if (appos) return appos;
  // "the occupiers", "enemy aircraft": in a first-person war address, the other side
  const hostile = hostileRef(ctx, i);
  if (hostile) return hostile;
  return undefined;
}

/**
 * The name that ends right before a relative pronoun (", which" / ", who"), when the parse gives
 * the clause no named head: a non-restrictive relative clause is said of the phrase just before
 * it. "who" takes a person or organisation, "which" anything but a person.
 */
export function nameBeforeRelative(ctx: Ctx, rp: number): Ref | undefined {
  const { doc, tree } = ctx;
  let k = rp - 1;
  if (k >= 0 && tree.low[k] === ',') k--;
  if (k < 0 || doc.tokens[k].sent !== doc.tokens[rp].sent) return undefined;
  const m = mentionAt(doc, k);
  if (!m || m.kind !== 'name' || m.tokenEnd - 1 !== k) return undefined;
  const e = entityAt(doc, k);
  if (!e || !ENTITY_KINDS.has(e.type) || e.type === 'NORP') return undefined;
  const who = tree.low[rp] === 'who';
  if (who ? e.type !== 'PERSON' && e.type !== 'ORG' : e.type === 'PERSON') return undefined;
  return { e, tok: m.tokenStart };
}

/** A person's or organisation's name between commas right after a common noun ("the solicitor, X,"). */
export function commaAppos(ctx: Ctx, i: number): Ref | undefined {
  const { doc, tree } = ctx;
  if (doc.tokens[i].upos !== 'NOUN' || tree.low[i + 1] !== ',') return undefined;
  const m = mentionAt(doc, i + 2);
  if (!m || m.kind !== 'name' || m.tokenStart !== i + 2 || (m.type !== 'PERSON' && m.type !== 'ORG')) return undefined;
  if (tree.low[m.tokenEnd] !== ',' || doc.tokens[m.tokenEnd]?.sent !== doc.tokens[i].sent) return undefined;
  const e = entityAt(doc, i + 2);
  return e ? { e, tok: i + 2 } : undefined;
}

/**
 * "The South retaliated" after "North and South Korea": "the North"/"the South" (east, west)
 * stands for the one entity of the text named with that word and one more ("South Korea").
 */
export function compassHalf(ctx: Ctx, i: number): Ref | undefined {
  const { doc, tree } = ctx;
  const w = tree.low[i];
  if (!/^(north|south|east|west)$/.test(w) || tree.low[i - 1] !== 'the' || tree.kids[i].some((k) => baseRel(doc.tokens[k]) !== 'det')) return undefined;
  const re = new RegExp(`^${w} \\S+$`, 'i');
  const found = doc.entities.filter((x) => (x.type === 'GPE' || x.type === 'ORG') && re.test(x.name));
  return found.length === 1 ? { e: found[0], tok: i } : undefined;
}

export const PAIR_NOUNS = new Set(['side', 'country', 'nation', 'government', 'state', 'leader', 'neighbour', 'neighbor', 'rival', 'party', 'power', 'capital', 'delegation', 'army', 'president', 'minister']);

/**
 * "Both sides agreed", "the two countries": a pair phrase stands for the last two parties the
 * text coordinated ("India and Pakistan"), within this and the six sentences before. The
 * first is the referent, the second its partner.
 */
export function pairRef(ctx: Ctx, i: number): Ref | undefined {
  const { doc, tree } = ctx;
  const lem = lemmaOf(tree, i);
  if (!PAIR_NOUNS.has(lem) && !PAIR_NOUNS.has(tree.low[i].replace(/s$/, ''))) return undefined;
  const both = tree.kids[i].some((k) => tree.low[k] === 'both' || (tree.low[k] === 'two' && i > 0 && /^(the|both)$/.test(tree.low[k - 1] ?? '')));
  // "both sides of the Line of Control" are places, not parties
  if (!both || tree.kids[i].some((k) => baseRel(doc.tokens[k]) === 'nmod' && caseOf(tree, k) === 'of')) return undefined;
  const sent = doc.tokens[i].sent;
  const ms = doc.mentions.filter((m) => m.kind === 'name' && m.tokenEnd <= i && doc.tokens[m.tokenStart].sent >= sent - 6
    && (m.type === 'GPE' || m.type === 'ORG' || m.type === 'PERSON'));
  for (let j = ms.length - 1; j > 0; j--) {
    const b = ms[j];
    const a = ms[j - 1];
    if (a.type !== b.type) continue;
    // only "A and B" / "A, and B" between them
    const between = doc.tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.form.toLowerCase()).join(' ');
    if (between !== 'and' && between !== ', and' && between !== '&') continue;
    const ea = entityAt(doc, a.tokenStart);
    const eb = entityAt(doc, b.tokenStart);
    if (!ea || !eb || ea.id === eb.id) continue;
    // a pair of places is a pair of parties only when both are countries
    if (a.type === 'GPE' && (!isCountryOrCapital(ea) || !isCountryOrCapital(eb))) continue;
    return { e: ea, tok: i, partner: eb };
  }
  return undefined;
}

export const HOSTILE = new Set(['enemy', 'occupier', 'invader', 'aggressor', 'occupant', 'attacker']);

export function hostileRef(ctx: Ctx, i: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const head = lemmaOf(tree, i);
  let hostile = HOSTILE.has(head) || HOSTILE.has(tree.low[i].replace(/s$/, ''));
  if (!hostile && (AGENT_NOUNS.has(head) || AGENT_NOUNS.has(tree.low[i].replace(/s$/, '')))) {
    hostile = tree.kids[i].some((k) => /^(amod|compound)$/.test(baseRel(doc.tokens[k])) && HOSTILE.has(tree.low[k]));
  }
  if (!hostile) return undefined;
  const adv = docAdversary(doc);
  return adv ? { e: adv, tok: i } : undefined;
}

/**
 * Who did what a war address tells without a doer ("was killed in Kharkiv", "came under
 * fire"): harm to the other side is the voice's own deed, any other harm the other side's.
 */
export function implicitParty(ctx: Ctx, d: Draft): Entity | undefined {
  const voice = docVoice(ctx.doc);
  const adv = docAdversary(ctx.doc);
  if (!voice || !adv) return undefined;
  if (d.target && (d.target.id === adv.id || countryOf(ctx.doc, d.target) === adv.name)) return voice;
  return adv;
}

/** Violence verbs that also tell of words ("attacked", "hit out", "slammed"). */
export const VERBAL_TOO = new Set(['attack', 'hit', 'strike', 'slam', 'assault', 'target', 'blast', 'storm', 'raid']);

/** Nouns of one violent act ("destruction" is as often a figure of speech). */
export const VIOLENT_ACT = new Set(['attack', 'bombing', 'strike', 'airstrike', 'air-strike', 'raid', 'shelling', 'massacre', 'killing', 'assault', 'ambush', 'bombardment', 'shootdown', 'incursion']);

/** Verbs under which a violent noun has not (yet) happened: "to prevent an attack in London". */
export const NOT_FACT = new Set(['prevent', 'avert', 'fear', 'warn', 'threaten', 'plan', 'plot', 'risk', 'stop', 'avoid', 'deter', 'predict', 'expect',
  'urge', 'call', 'demand', 'consider', 'discuss', 'debate', 'oppose', 'reject', 'deny', 'rule', 'foil', 'thwart', 'face', 'imagine', 'order',
  'authorise', 'authorize', 'approve', 'back', 'support', 'justify', 'launch', 'threat', 'danger', 'risk', 'possibility', 'prospect']);

/**
 * "the attack on our land", "the shelling of Kharkiv" in a first-person war address: a violent
 * noun with no doer named is the other side's (or the voice's, when the other side was hit) when
 * it is one particular act (a determiner or a number), where or whom it hit is named, and nothing
 * frames it as feared, planned, prevented or reacted to. A report without a voice leaves such a
 * noun alone: "following the killing of a man" there is background whose doer the text withholds.
 */
export function toldViolence(ctx: Ctx, d: Draft, n: number): void {
  const { doc, tree } = ctx;
  if (!docAdversary(doc)) return;
  if (!tree.parsed || !VIOLENT_ACT.has(lemmaOf(tree, n)) || !/^(asserted|historical)$/.test(modalityOf(tree, n, n))) return;
  const particular = tree.kids[n].some((k) => (baseRel(doc.tokens[k]) === 'det' && /^(the|a|an|this|that|yesterday's)$/.test(tree.low[k])) || baseRel(doc.tokens[k]) === 'nummod');
  if (!particular) return;
  let place: { e: Entity; tok: number } | undefined;
  for (const k of byCase(ctx, n, ['in', 'at'], ['nmod'])) {
    const r = npEntity(ctx, k);
    if (r && PLACE.has(r.e.type)) { place = r; break; }
  }
  if (!d.target && !place) return;
  // what governs the noun must tell of a fact, not a fear, a plan or a prevention
  for (let cur = n, steps = 0; steps < 3; steps++) {
    const h = doc.tokens[cur].head ?? -1;
    if (h < 0) break;
    if (NOT_FACT.has(lemmaOf(tree, h))) return;
    // "condemned the killing of X": the act reacted to is the reaction's content, not news
    if (ctx.verbTrig[h] || ctx.nounTrig[h]) return;
    if (coarsePos(tree, h) === 'V') {
      if (!/^(asserted|historical)$/.test(modalityOf(tree, h, h))) return;
      break;
    }
    cur = h;
  }
  if (place && !d.location) { d.location = place.e; d.locationTok = place.tok; }
  const p = implicitParty(ctx, d);
  if (p && (!d.target || p.id !== d.target.id)) d.actor = p;
}

/** Armed men and weapons that do violence for someone the text may leave unnamed. */
export const ARMED = new Set(['troop', 'soldier', 'police', 'policeman', 'gunman', 'militant', 'attacker', 'army', 'sniper', 'rebel', 'insurgent',
  'militia', 'militiaman', 'fighter', 'bomber', 'jet', 'warplane', 'helicopter', 'tank', 'missile', 'rocket', 'shell', 'drone', 'guard', 'commando', 'paratrooper']);

/**
 * "Troops opened fire on protesters in Tiananmen Square", "a missile hit a hospital in Kharkiv":
 * violence by armed men or weapons the text does not tie to anyone is recorded with its doer
 * unnamed, when it is told as a fact and whom or where it hit is named (checked when finished).
 */
export function armedUnnamed(ctx: Ctx, d: Draft, agent: number, v: number): void {
  const { tree } = ctx;
  if (d.actor || d.type !== 'ASSAULT' || agent < 0 || !tree.parsed) return;
  if (entityAt(ctx.doc, agent) || !lemmasOf(tree, agent).some((l) => ARMED.has(l))) return;
  if (!/^(asserted|historical)$/.test(modalityOf(tree, v, v))) return;
  d.unattributed = true;
  // "opened fire on protesters in Tiananmen Square": where the victims were is where it happened
  if (!d.location) {
    for (const k of byCase(ctx, v, ['on', 'at', 'against', 'into'], ['obl'])) {
      const p = firstEntity(ctx, byCase(ctx, k, ['in', 'at'], ['nmod']), (e) => PLACE.has(e.type));
      if (p) { d.location = p.e; d.locationTok = p.tok; break; }
    }
  }
}

/**
 * "Cherie Blair has been accused of criticising Bush", "Blair was criticised over Iraq": an
 * accusation told in the passive with no accuser is recorded with the accuser unnamed when the
 * accused is a named person or body and what they are accused of is said.
 */
export function accusedUnnamed(ctx: Ctx, d: Draft, v: number): void {
  const { doc, tree } = ctx;
  if (d.actor || d.type !== 'ACCUSE' || !d.target || (d.target.type !== 'PERSON' && d.target.type !== 'ORG') || !tree.parsed) return;
  if (!isPassive(ctx, v) || agentOf(ctx, v) >= 0 || !/^(asserted|historical)$/.test(modalityOf(tree, v, v))) return;
  const of = tree.kids[v].some((k) => (/^(obl|advcl)$/.test(baseRel(doc.tokens[k])) && /^(of|for|over)$/.test(caseOf(tree, k) || markOf(tree, k))));
  if (of) d.unattributed = true;
}

/** Nouns for people held or freed ("the men released from the camp", "five British detainees"). */
export const CUSTODY_PATIENT = new Set(['detainee', 'prisoner', 'hostage', 'captive', 'man', 'woman', 'suspect', 'national', 'citizen', 'inmate',
  'briton', 'soldier', 'journalist', 'activist', 'crew', 'sailor', 'fisherman', 'worker', 'protester', 'dissident', 'opponent', 'pow']);
/** Nouns for where people are held ("in the Cuban camp", "from prison"). */
export const CUSTODY_PLACE = new Set(['camp', 'prison', 'jail', 'gaol', 'custody', 'detention', 'cell', 'base', 'facility', 'centre', 'center', 'compound', 'barracks', 'station', 'captivity']);
/** Nouns for people already held: their arrest or release is news wherever it happened. */
export const HELD = new Set(['detainee', 'prisoner', 'hostage', 'captive', 'pow', 'inmate']);

/**
 * "was originally detained in Zambia", "the men released from the Cuba detention camp": an arrest
 * or a release told in the passive with no doer is recorded with its doer unnamed when who was
 * held is named (a person or a group of detainees) and so is where (a place, or a place of
 * custody). Without a place it is as often a police matter at home, and stays out. When a state
 * or body announces it ("the US announced that X will be released"), the announcer is the doer.
 */
export function custody(ctx: Ctx, d: Draft, v: number, objs: number[]): void {
  const { doc, tree } = ctx;
  if (d.actor || !((d.type === 'COERCE' && d.mode === 'arrest') || (d.type === 'RETREAT' && d.mode === 'release') || (d.type === 'SANCTION' && d.mode === 'convict'))) return;
  if (!tree.parsed || !isPassive(ctx, v) || agentOf(ctx, v) >= 0) return;
  const person = d.target?.type === 'PERSON';
  const held = objs.some((o) => objLemmas(ctx, o).some((l) => HELD.has(l)));
  const patient = person || held || objs.some((o) => objLemmas(ctx, o).some((l) => CUSTODY_PATIENT.has(l)));
  if (!patient) return;
  const modality = modalityOf(tree, v, v);
  // the announcer of a release or an arrest is who does it
  const t = doc.tokens[v];
  if (baseRel(t) === 'ccomp' && t.head !== undefined && t.head >= 0 && isSpeech(tree, t.head) && modality !== 'negated') {
    const sp = resolveAgent(ctx, agentOf(ctx, t.head), t.head);
    if (sp && (sp.e.type === 'GPE' || sp.e.type === 'ORG') && sp.e.id !== d.target?.id) { setActor(d, sp); return; }
  }
  if (!/^(asserted|historical)$/.test(modality)) return;
  // "freed from US custody": the custodian named on the place of custody does it
  for (const k of byCase(ctx, v, ['in', 'from', 'into', 'out'], ['obl'])) {
    if (!lemmasOf(tree, k).some((l) => l === 'custody' || l === 'captivity' || l === 'detention')) continue;
    const c = tree.kids[k].map((j) => (/^(amod|compound|nmod:poss)$/.test(rel(doc.tokens[j])) ? entityAt(doc, j) : undefined)).find((e) => e && (e.type === 'GPE' || e.type === 'ORG'));
    if (c && c.id !== d.target?.id) { d.actor = c; return; }
  }
  // a named person or someone held as a detainee: the arrest is news wherever it was; anyone
  // else ("two men were arrested") only with where it happened
  if (person || held) { d.unattributed = true; return; }
  const where = byCase(ctx, v, ['in', 'at', 'from', 'to', 'into'], ['obl']).some((k) => {
    if (lemmasOf(tree, k).some((l) => CUSTODY_PLACE.has(l))) return true;
    const r = npEntity(ctx, k);
    if (r) return PLACE.has(r.e.type);
    // a place name the recogniser missed ("released from Guantanamo")
    if (doc.tokens[k].upos === 'PROPN') return ctx.timexAt[k] < 0;
    return lemmasOf(tree, k).some((l) => CUSTODY_PLACE.has(l)) || tree.kids[k].some((j) => baseRel(doc.tokens[j]) === 'compound' && CUSTODY_PLACE.has(lemmaOf(tree, j)));
  });
  if (where) d.unattributed = true;
}

export const UNDER = new Set(['fire', 'attack', 'shelling', 'bombardment', 'bombing', 'assault', 'siege']);

/** "A column of civilians came under fire": violence whose victim is the subject. */
export function underFire(ctx: Ctx): Draft[] {
  const { doc, tree } = ctx;
  const out: Draft[] = [];
  if (!tree.parsed) return out;
  for (let n = 0; n < doc.tokens.length; n++) {
    if (!UNDER.has(lemmaOf(tree, n)) || caseOf(tree, n) !== 'under' || ctx.absorbed[n]) continue;
    // "Many cities of our state are under attack": the parser makes the noun the predicate,
    // with "are" its copula
    const copular = kidsWith(tree, n, 'cop').some((k) => /^(be|remain|stay)$/.test(lemmaOf(tree, k)));
    const v = copular ? n : doc.tokens[n].head ?? -1;
    if (!copular && (v < 0 || !/^(come|be|remain|stay|fall)$/.test(lemmaOf(tree, v)) || baseRel(doc.tokens[n]) !== 'obl')) continue;
    const sent = doc.sentences[doc.tokens[n].sent];
    if (!sent || sent.kind === 'heading' || sent.kind === 'media') continue;
    const trig: Trigger = { ...UNDER_TRIGGER, lemma: lemmaOf(tree, n) };
    const d = baseDraft(ctx, trig, n, v);
    const s = kidsWith(tree, v, 'nsubj')[0];
    // "cities of our state": the places named by the country they belong to
    const ofPart = (k: number) => tree.kids[k].filter((j) => rel(doc.tokens[j]) === 'nmod' && caseOf(tree, j) === 'of').map((j) => npEntity(ctx, j)).find((x) => x && PLACE.has(x.e.type));
    const t = s === undefined ? undefined : npEntity(ctx, s) ?? demonymOf(ctx, s) ?? ofPart(s);
    if (t) setTarget(d, t);
    const a = byCase(ctx, n, ['from', 'by'], ['nmod']).map((k) => npEntity(ctx, k)).find((x) => x);
    if (a) setActor(d, a);
    else {
      const p = implicitParty(ctx, d);
      if (p) d.actor = p;
      else if (d.target) d.unattributed = true;
    }
    if (!d.actor && !d.unattributed) continue;
    ctx.consumed[n] = 1;
    const fin = finishOrDrop(ctx, d, v);
    if (fin) out.push(fin);
  }
  return out;
}

export const UNDER_TRIGGER: Trigger = {
  type: 'ASSAULT', pos: 'N', lemma: 'fire', tp: [], needT: false, anyA: false, mutual: false, absorb: false,
  swap: false, place: false, ccompT: false, lightOnly: false, weight: 0.9,
};

export function hasAdvmod(ctx: Ctx, i: number, re: RegExp): boolean {
  for (const k of ctx.tree.kids[i]) if (baseRel(ctx.doc.tokens[k]) === 'advmod' && re.test(ctx.tree.low[k])) return true;
  return false;
}

export const PRONOUN = /^(he|she|it|they|him|her|them)$/;
export const OBJ_CONTROL = new Set(['see', 'watch', 'hear', 'witness', 'notice', 'observe', 'ask', 'urge', 'tell', 'order', 'force', 'persuade', 'allow', 'invite', 'encourage', 'call', 'press', 'help', 'enable', 'require', 'authorize', 'authorise', 'instruct', 'advise', 'permit', 'compel', 'oblige', 'pressure', 'pressurise', 'lead', 'get', 'want', 'expect', 'appeal', 'implore', 'beg', 'prompt', 'convince']);

/** The subject of a verb: its own, or the one it shares (conjuncts, control, relative clauses). */
export function subjectOf(ctx: Ctx, v: number, depth = 0): number {
  const { doc, tree } = ctx;
  if (v < 0 || depth > 6) return -1;
  // "London mayor Ken Livingstone refused" cut into two subjects: a person or organisation
  // among them is the head ("Ken Livingstone"), a place before it its modifier; else the first
  let first = -1;
  let agent = -1;
  for (const k of tree.kids[v]) {
    const r = rel(doc.tokens[k]);
    if (r !== 'nsubj' && r !== 'nsubj:pass' && r !== 'nsubj:outer') continue;
    if (first < 0) first = k;
    const e = entityAt(doc, k);
    if (e && (e.type === 'PERSON' || e.type === 'ORG') && (agent < 0 || (k < v && k > agent))) agent = k;
  }
  if (first >= 0) return agent >= 0 ? agent : first;
  const t = doc.tokens[v];
  // "as the Foreign Secretary Jack Straw arrives": a subordinator read as a preposition on the
  // noun right before the verb; that noun is the verb's subject
  const before = v - 1;
  if (before >= 0 && /^(NOUN|PROPN)$/.test(doc.tokens[before].upos ?? '') && baseRel(doc.tokens[before]) === 'obl'
    && /^(as|while|when|after|before|until|once|since)$/.test(caseOf(tree, before)) && /^VB[ZPD]$/.test(t.xpos ?? '')) return before;
  const h = t.head ?? -1;
  if (h < 0) return -1;
  const r = rel(t);
  const b = baseRel(t);
  if (b === 'xcomp') {
    // object control ("urged Israel to halt") only for verbs that pass control to their object
    const o = OBJ_CONTROL.has(lemmaOf(tree, h)) ? firstKid(tree, h, 'obj') : -1;
    return o >= 0 ? o : subjectOf(ctx, h, depth + 1);
  }
  if (b === 'conj') return subjectOf(ctx, h, depth + 1);
  if (r === 'acl:relcl') return h;
  // "Mr Straw, visiting Beijing, noted ...": a present participle on a noun is that noun's act
  // ("was in India visiting the shrine": a participle on a prepositional phrase is the clause's)
  if (r === 'acl' && t.xpos === 'VBG' && coarsePos(tree, h) === 'N') return caseOf(tree, h) ? subjectOf(ctx, h, depth + 1) : h;
  if (b === 'advcl') {
    const m = markOf(tree, v);
    // "grateful to Italy for supporting", "thanked Biden for sending": the one thanked did it
    if (m === 'for' && t.xpos === 'VBG') {
      const hl = lemmaOf(tree, h);
      if (GRATEFUL.has(hl) || GRATEFUL.has(tree.low[h])) return byCase(ctx, h, ['to'], ['obl'])[0] ?? -1;
      if (lemmasOf(tree, h).some((l) => THANK.has(l))) return firstKid(tree, h, 'obj');
    }
    // "Williams has since criticised" misread as "has" + a since-clause: the participle is the
    // clause's own verb
    if (m === 'since' && ctx.doc.tokens[v].xpos === 'VBN' && lemmaOf(tree, h) === 'have' && v - h <= 3 && v > h) return subjectOf(ctx, h, depth + 1);
    // "convinced all countries to disconnect X": a to-clause under an object-control verb (that
    // the parser called advcl) is done by the object
    const o = m === 'to' && OBJ_CONTROL.has(lemmaOf(tree, h)) ? firstKid(tree, h, 'obj') : -1;
    if (o >= 0) return o;
    // "retaliated by firing": the means clause shares the subject, and so does a bare -ing
    // clause of time ("after bombing a hospital in Mariupol, they ...")
    if (m === 'to' || (m === '' || m === 'by') && /ing$/.test(tree.low[v])) return subjectOf(ctx, h, depth + 1);
    if (/^(after|before|while|when|since|upon|on)$/.test(m) && t.xpos === 'VBG' && !ctx.tree.kids[v].some((k) => /^(aux|aux:pass)$/.test(rel(doc.tokens[k])))) return subjectOf(ctx, h, depth + 1);
  }
  return -1;
}

export const ACCUSE_OF = new Set(['accuse', 'suspect', 'convict', 'charge']);

export function isPassive(ctx: Ctx, v: number): boolean {
  let aux = false;
  for (const k of ctx.tree.kids[v]) {
    const r = rel(ctx.doc.tokens[k]);
    if (r === 'aux:pass' || r === 'nsubj:pass') return true;
    if (r === 'aux' || r === 'obj') aux = true; // an object means the headline verb is active
  }
  // headlinese drops the auxiliary: "Cherie accused of attacking Bush", "UK urged to act"
  const t = ctx.doc.tokens[v];
  // "the school bombed by Russia", "the president accused of Nazism": a past participle on a noun
  // (not when a noun phrase follows at once: "bulldozers demolished Palestinian homes" is a
  // main verb the parser hung on its subject)
  if (rel(t) === 'acl' && t.xpos === 'VBN' && !/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(ctx.doc.tokens[v + 1]?.upos ?? '')) return true;
  // "The President accused in Moscow of Nazism spoke": an accusing verb with no object but an
  // of-phrase is passive, whatever the parser made of it
  if (!aux && lemmasOf(ctx.tree, v).some((l) => ACCUSE_OF.has(l)) && /^(ADP|SCONJ)$/.test(ctx.doc.tokens[v + 1]?.upos ?? '') && !kidsWith(ctx.tree, v, 'obj').length && !kidsWith(ctx.tree, v, 'ccomp').length
    && ctx.tree.kids[v].some((k) => (baseRel(ctx.doc.tokens[k]) === 'obl' && caseOf(ctx.tree, k) === 'of') || (baseRel(ctx.doc.tokens[k]) === 'advcl' && markOf(ctx.tree, k) === 'of'))) return true;
  if (!aux && reducedRelative(ctx, v)) return true;
  if (!aux && t.xpos === 'VBN' && ctx.doc.sentences[t.sent]?.kind === 'headline') return true;
  // "Straw attacked on China arms", "Labour attacked over poster": a headline -ed verb with no
  // object before a preposition is the passive whatever tag it got
  // ("BNP leader Nick Griffin arrested": a headline ending on the -ed verb)
  const sent = ctx.doc.sentences[t.sent];
  const last = !!sent && (v + 1 >= sent.tokenEnd || ctx.doc.tokens[v + 1].upos === 'PUNCT');
  return !aux && t.xpos === 'VBD' && /ed$/.test(ctx.tree.low[v]) && sent?.kind === 'headline'
    && !kidsWith(ctx.tree, v, 'obj').length && (last || /^(on|over|for|by|after|amid|in|of)$/.test(ctx.tree.low[v + 1] ?? ''));
}

/**
 * "freed the aid worker X, kidnapped in Iraq": a participle after a comma and a noun that the
 * parser hung as a conjunct without any conjunction, subject or object is a reduced relative
 * clause, passive; the clause's doer is not the sentence's subject.
 */
export function reducedRelative(ctx: Ctx, v: number): boolean {
  const { doc, tree } = ctx;
  const t = doc.tokens[v];
  if (baseRel(t) !== 'conj' || !/(ed|en)$/.test(tree.low[v]) || (t.xpos !== 'VBD' && t.xpos !== 'VBN')) return false;
  if (v < 2 || tree.low[v - 1] !== ',' || (doc.tokens[v - 2].upos !== 'PROPN' && doc.tokens[v - 2].upos !== 'NOUN')) return false;
  if (doc.tokens[v - 2].sent !== t.sent) return false;
  for (const k of tree.kids[v]) {
    const b = baseRel(doc.tokens[k]);
    if (b === 'cc' || b === 'obj' || b.startsWith('nsubj') || b === 'aux') return false;
  }
  return true;
}

/** The agent of a verb: its subject, or the by-phrase of a passive. */
export function agentOf(ctx: Ctx, v: number): number {
  if (isPassive(ctx, v)) {
    for (const k of ctx.tree.kids[v]) {
      const t = ctx.doc.tokens[k];
      if (rel(t) === 'obl:agent' || (baseRel(t) === 'obl' && caseOf(ctx.tree, k) === 'by')) return k;
    }
    // "welcomed at the time by Beijing": a by-phrase the parser hung on a time or manner oblique
    for (const k of ctx.tree.kids[v]) {
      if (baseRel(ctx.doc.tokens[k]) !== 'obl') continue;
      for (const j of ctx.tree.kids[k]) if (baseRel(ctx.doc.tokens[j]) === 'nmod' && caseOf(ctx.tree, j) === 'by' && j > k) return j;
    }
    // a passive conjunct shares the first conjunct's subject only when that one is active
    return -1;
  }
  const s = subjectOf(ctx, v);
  if (s >= 0 && rel(ctx.doc.tokens[s]) === 'nsubj:pass' && ctx.doc.tokens[s].head === v) return -1;
  return s;
}

/** Resolve a subject token to an entity, preferring the matrix subject for a bare pronoun. */
export function resolveAgent(ctx: Ctx, s: number, v: number): { e: Entity; tok: number } | undefined {
  if (s < 0) return undefined;
  const { doc, tree } = ctx;

  // The reported clause's pronoun is the speaker even when the linker chose a nearer name
  // (not inside a quotation, where the speaker is "I": "'that he is coming,' said Blair").
  if (PRONOUN.test(tree.low[s]) && !quotedTok(ctx, s)) {
    // "X insisted it would not ...": the reported clause's pronoun is the speaker
    let cur = v;
    for (let n = 0; n < 4 && cur >= 0; n++) {
      const t = doc.tokens[cur];
      if (baseRel(t) !== 'ccomp' || t.head === undefined || t.head < 0) break;
      const ms = subjectOf(ctx, t.head);
      const r = ms >= 0 && !PRONOUN.test(tree.low[ms]) ? npEntity(ctx, ms) : undefined;
      if (r) {
        const pron = tree.low[s];
        const person = r.e.type === 'PERSON';
        if ((person && /^(he|she|him|her)$/.test(pron)) || (!person && /^(it|they|them)$/.test(pron))) return r;
      }
      cur = t.head;
    }
  }
  const r = npEntity(ctx, s);
  if (r) return r;
  // Coordinated subject whose first conjunct is not an entity ("human rights groups and the
  // Conservatives"): the first named conjunct
  return conjEntity(ctx, s);
}

/**
 * The speaker a quotation containing token v is attributed to: the subject (outside the quotes)
 * of the speech verb that governs v's clause, or of a speech verb set beside it ('..., said X').
 */
export function quoteSpeaker(ctx: Ctx, v: number): Ref | undefined {
  const { doc, tree } = ctx;
  const speakerOf = (h: number): Ref | undefined => {
    if (!isSpeech(tree, h)) return undefined;
    const s = subjectOf(ctx, h);
    if (s < 0 || quotedTok(ctx, s) || PRONOUN.test(tree.low[s]) || /^(i|we|me|us)$/.test(tree.low[s])) return undefined;
    return npEntity(ctx, s);
  };
  let cur = v;
  for (let n = 0; n < 6 && cur >= 0; n++) {
    for (const k of tree.kids[cur]) {
      if (baseRel(doc.tokens[k]) !== 'parataxis') continue;
      const r = speakerOf(k);
      if (r) return r;
    }
    const h = doc.tokens[cur].head ?? -1;
    if (h < 0) break;
    if (!/^(ccomp|parataxis|xcomp|conj|advcl)$/.test(baseRel(doc.tokens[cur]))) break;
    const r = speakerOf(h);
    if (r) return r;
    cur = h;
  }
  return undefined;
}

/** Conjunct entity of a nominal (the B of "A and B"). */
export function conjEntity(ctx: Ctx, i: number): { e: Entity; tok: number } | undefined {
  for (const k of ctx.tree.kids[i]) {
    if (baseRel(ctx.doc.tokens[k]) !== 'conj') continue;
    const r = npEntity(ctx, k);
    if (r) return r;
  }
  return undefined;
}

/** Nominal dependents of i (obl for verbs, nmod for nouns) with one of the given prepositions. */
export function byCase(ctx: Ctx, i: number, preps: string[], rels = ['obl', 'nmod']): number[] {
  const out: number[] = [];
  if (!preps.length) return out;
  for (const k of ctx.tree.kids[i]) {
    const t = ctx.doc.tokens[k];
    if (!rels.includes(baseRel(t))) continue;
    const c = caseOf(ctx.tree, k);
    if (c && preps.includes(c.split(' ').pop()!)) out.push(k);
  }
  return out;
}

export function firstEntity(ctx: Ctx, toks: number[], ok?: (e: Entity) => boolean): { e: Entity; tok: number } | undefined {
  for (const t of toks) {
    const r = npEntity(ctx, t) ?? demonymOf(ctx, t);
    if (r && (!ok || ok(r.e))) return r;
  }
  return undefined;
}

/**
 * Recipients named by their nationality: "struck Ukrainian cities", "sanctions on Russian banks"
 * (PLOVER records the country and a sector). Used for targets only, never for actors.
 */
export function demonymOf(ctx: Ctx, i: number): { e: Entity; tok: number } | undefined {
  if (i < 0) return undefined;
  for (const k of ctx.tree.kids[i]) {
    const r = baseRel(ctx.doc.tokens[k]);
    if (r !== 'amod' && r !== 'compound') continue;
    const m = mentionAt(ctx.doc, k);
    if (!m || (m.kind !== 'demonym' && m.type !== 'NORP')) continue;
    const e = entityAt(ctx.doc, k);
    if (e) return { e, tok: k };
  }
  return undefined;
}
