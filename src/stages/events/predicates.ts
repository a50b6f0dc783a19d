/**
 * Drafts from the parse: a verb or noun the lexicon knows becomes a draft with its actor,
 * target and the clause that tells it.
 */
import type { Entity, PloverType } from '../../model/types.js';
import { countryOf, docVoice, entityAt, mentionAt } from './adapter.js';
import { CATEGORY_WORDS, type LightVerb, type Trigger } from './lexicon.js';
import { modalityOf } from './modality.js';
import { baseRel, caseOf, clauseWindow, CLAUSAL, coarsePos, firstKid, kidsWith, lemmaOf, lemmasOf, markOf, rel, subtree } from './tree.js';
import { ENTITY_KINDS, MEETING, PARTICIPATE, PLACE, isAgentNoun, quotedTok, type Ctx, type Draft } from './draft.js';
import { prepBefore } from './fallback.js';
import { finishOrDrop, isCountryOrCapital } from './finish.js';
import { VERBAL_TOO, accusedUnnamed, agentOf, armedUnnamed, custody, byCase, conjEntity, demonymOf, firstEntity, implicitParty, isPassive, npEntity, resolveAgent, subjectOf, toldViolence, type Ref } from './participants.js';

export const ABSORB_RELS = new Set(['ccomp', 'xcomp', 'obj', 'iobj', 'obl', 'nmod', 'acl', 'advcl']);

export function absorbBelow(ctx: Ctx, i: number, rels: Set<string>): void {
  const { doc, tree } = ctx;
  for (const k of tree.kids[i]) {
    const t = doc.tokens[k];
    const b = baseRel(t);
    if (!rels.has(b) || rel(t) === 'acl:relcl') continue;
    // purpose and participle clauses of a promise or demand are its content; "if/when/after"
    // clauses are circumstances
    if (b === 'advcl' && markOf(tree, k) !== 'to' && markOf(tree, k) !== '') continue;
    for (const j of subtree(tree, k)) ctx.absorbed[j] = 1;
  }
}

/**
 * "signed a deal on China-UK tourism": a country named in what an agreement is about, other than
 * the signer's own, is its other party (countries only: "a deal on Gazprom exports" names none).
 */
export function topicCountry(ctx: Ctx, n: number, actor?: Entity): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const own = actor ? countryOf(doc, actor) ?? actor.name : undefined;
  for (const k of byCase(ctx, n, ['on', 'over', 'about'], ['nmod'])) {
    for (const j of subtree(tree, k, CLAUSAL).sort((a, b) => a - b)) {
      const e = entityAt(doc, j);
      if (!e || e.type !== 'GPE' || !isCountryOrCapital(e)) continue;
      if (actor && (e.id === actor.id || (countryOf(doc, e) ?? e.name) === own)) continue;
      return { e, tok: j };
    }
  }
  return undefined;
}

/** "visited our Odesa today" (the place read as a modifier): a place name right after the verb, past a possessive. */
export function placeAfter(ctx: Ctx, v: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const s = doc.sentences[doc.tokens[v].sent];
  let k = v + 1;
  while (k < s.tokenEnd && k <= v + 2 && /^(our|their|the|his|her|its)$/.test(tree.low[k])) k++;
  if (k >= s.tokenEnd) return undefined;
  const e = entityAt(doc, k);
  const m = mentionAt(doc, k);
  return e && PLACE.has(e.type) && m?.kind === 'name' ? { e, tok: k } : undefined;
}

/** Obliques after the verb with no preposition and no date: objects the parser misread. */
export function bareObliques(ctx: Ctx, v: number): number[] {
  const { doc, tree } = ctx;
  return tree.kids[v].filter((k) => k > v && rel(doc.tokens[k]) === 'obl' && !caseOf(tree, k) && ctx.timexAt[k] < 0);
}

export function objectsOf(ctx: Ctx, v: number): number[] {
  const out: number[] = [];
  const passive = isPassive(ctx, v);
  for (const k of ctx.tree.kids[v]) {
    const t = ctx.doc.tokens[k];
    const r = rel(t);
    if (r === 'obj' || (passive && (r === 'nsubj:pass' || r === 'nsubj'))) out.push(k);
    // a determiner or noun read as a clausal complement is the object, misparsed
    else if (r === 'xcomp' && t.upos !== 'VERB' && t.upos !== 'AUX' && t.upos !== 'ADJ') out.push(k);
  }
  // "the president accused of Nazism": the noun a participle hangs on is what it is done to
  const vt = ctx.doc.tokens[v];
  if (passive && rel(vt) === 'acl' && vt.xpos === 'VBN' && vt.head !== undefined && vt.head >= 0) out.push(vt.head);
  // "was taken to Guantanamo after being captured": a passive -ing clause with no subject of its
  // own is said of the main clause's subject
  // ("expected to be questioned": a passive infinitive's subject is the controller's)
  if (passive && !out.length && vt.head !== undefined && vt.head >= 0
    && ((baseRel(vt) === 'advcl' && ctx.tree.kids[v].some((k) => rel(ctx.doc.tokens[k]) === 'aux:pass' && ctx.tree.low[k] === 'being'))
      || (baseRel(vt) === 'xcomp' && ctx.tree.kids[v].some((k) => rel(ctx.doc.tokens[k]) === 'aux:pass' && ctx.tree.low[k] === 'be')))) {
    const s = subjectOf(ctx, vt.head);
    if (s >= 0) out.push(s);
  }
  return out;
}

export const COMMUNICATION = new Set(['proposal', 'plan', 'idea', 'bill', 'draft', 'scheme', 'option', 'request', 'demand', 'call', 'appeal', 'statement', 'report', 'speech', 'letter', 'comment', 'remark', 'briefing', 'interview', 'article', 'message', 'warning', 'question', 'note', 'document', 'paper', 'study', 'view', 'opinion', 'story', 'claim', 'news', 'update', 'announcement', 'communique', 'press', 'tweet', 'post', 'video', 'address']);

export const GIVEN_NOT = new Set<PloverType>(['ASSAULT', 'COERCE', 'THREATEN', 'ACCUSE', 'PROTEST']);

/** Trigger nouns (and money) in an object region: BFS through nominal links, depth <= 3. */
export function scanObject(ctx: Ctx, roots: number[], lv?: LightVerb): { nouns: { tok: number; trig: Trigger }[]; money: number } {
  const { doc, tree } = ctx;
  const nouns: { tok: number; trig: Trigger }[] = [];
  let money = -1;
  let frontier = roots.slice();
  for (let depth = 0; depth < 4 && frontier.length; depth++) {
    const next: number[] = [];
    for (const i of frontier) {
      if (money < 0 && ctx.moneyAt[i] >= 0) money = ctx.moneyAt[i];
      const nt = ctx.nounTrig[i];
      // weapons and troops are aid or a deployment only when sent, given or pledged
      let thing = nt && nt[0].lightOnly && (nt[0].type === 'AID' || nt[0].type === 'MOBILIZE') && !(lv?.pledge || lv?.lemma === 'send');
      // "air defence systems", not "banking systems"
      if (nt && nt[0].militaryOnly && !tree.kids[i].some((k) => /^(air|defence|defense|missile|rocket|artillery|weapon|weapons|patriot|radar|anti-aircraft|air-defence|air-defense)$/.test(tree.low[k]) || CATEGORY_WORDS[tree.low[k]] === 'military')) thing = true;
      // "gave the green light for bombing": one gives aid or a promise, never an attack; violence
      // below a giving verb is someone else's deed
      if (nt && depth > 0 && lv?.pledge && GIVEN_NOT.has(nt[0].type)) thing = true;
      // a stance noun is said of someone, never done ("providing a champion of ...")
      if (nt && nt[0].stance) thing = true;
      // "issued an alert" is no posture: "on alert" is
      if (nt && !caseOk(ctx, i, nt[0])) thing = true;
      if (nt && !thing && !ctx.absorbed[i] && !ctx.consumed[i] && coarsePos(tree, i) === 'N') nouns.push({ tok: i, trig: refineNoun(ctx, i, nt[0]) });
      // "a statement about the strike": a message's topic is not what the verb does
      if (COMMUNICATION.has(lemmaOf(tree, i))) continue;
      for (const k of tree.kids[i]) {
        const b = baseRel(doc.tokens[k]);
        if (b === 'nmod' && /^(about|over|regarding|concerning|against)$/.test(caseOf(tree, k))) continue;
        // obj/xcomp below a nominal only happen in misparses ("committed An additional $2 billion")
        const misparse = (b === 'obj' || b === 'xcomp') && doc.tokens[i].upos !== 'VERB' && doc.tokens[i].upos !== 'AUX';
        if (b === 'compound' || b === 'nmod' || b === 'conj' || b === 'appos' || b === 'nummod' || b === 'amod' || b === 'flat' || misparse) next.push(k);
      }
    }
    frontier = next;
  }
  // an event noun ("cooperation") names the event before a thing noun ("drone", "troops")
  nouns.sort((a, b) => Number(a.trig.lightOnly) - Number(b.trig.lightOnly));
  return { nouns, money };
}

/** Has the verb this particle ("cracked down")? */
export function hasPrt(ctx: Ctx, v: number, prt: string): boolean {
  const { doc, tree } = ctx;
  if (!tree.parsed) return tree.low[v + 1] === prt;
  return tree.kids[v].some((k) => tree.low[k] === prt && (rel(doc.tokens[k]) === 'compound:prt' || (k === v + 1 && baseRel(doc.tokens[k]) === 'advmod')));
}

export function pickVerbTrigger(ctx: Ctx, v: number, trigs0: Trigger[]): Trigger | undefined {
  const objs = objectsOf(ctx, v);
  const trigs = trigs0.filter((t) => (!t.prt || hasPrt(ctx, v, t.prt)) && (!t.needO || objs.length > 0) && (!t.pass || (isPassive(ctx, v) && rel(ctx.doc.tokens[v]) !== 'acl'))
    && (!t.xcomp || ctx.tree.kids[v].some((k) => /^(xcomp|advcl|ccomp)$/.test(baseRel(ctx.doc.tokens[k])) && markOf(ctx.tree, k) === 'to')));
  const constrained = trigs.filter((t) => t.obj);
  for (const t of constrained) {
    const spec = t.obj!;
    if (spec[0] === '-') { if (!objs.length) return t; continue; }
    if (spec[0] === '@any') { if (objs.length) return t; continue; }
    // ("It will be recognized by the police": "it" is as often a thing as a party)
    if (spec.includes('@entity') && objs.some((o) => ctx.tree.low[o] !== 'it' && npEntity(ctx, o))) return t;
    if (objs.some((o) => objLemmas(ctx, o).some((l) => spec.includes(l)))) return t;
    if (spec.includes('@person') && objs.some((o) => npEntity(ctx, o)?.e.type === 'PERSON')) return t;
  }
  return trigs.find((t) => !t.obj && !(t.notobj && objs.some((o) => lemmasOf(ctx.tree, o).some((l) => t.notobj!.includes(l)))));
}

/**
 * A noun that counts only under some prepositions ("on alert") stands under one of them, and one
 * bound to the next word ("calls for") has it.
 */
export function caseOk(ctx: Ctx, n: number, trig: Trigger): boolean {
  if (trig.next && !trig.next.includes(ctx.tree.low[n + 1] ?? '')) return false;
  if (!trig.caseOnly) return true;
  const c = ctx.tree.parsed ? caseOf(ctx.tree, n) : prepBefore(ctx.tree, n, Math.max(0, n - 4));
  return trig.caseOnly.includes(c.split(' ').pop() ?? '');
}

/** Quantity heads whose "of" phrase names what is counted ("dozens of rounds"). */
export const QUANTITY = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'number', 'score', 'scores', 'lot', 'lots', 'barrage', 'volley', 'salvo', 'series', 'wave', 'couple']);

/** The lemmas an object constraint reads: the object's, or the counted noun's after a quantity. */
export function objLemmas(ctx: Ctx, o: number): string[] {
  const { doc, tree } = ctx;
  const own = lemmasOf(tree, o);
  if (!own.some((l) => QUANTITY.has(l))) return own;
  const out = own.slice();
  for (const k of tree.kids[o]) if (baseRel(doc.tokens[k]) === 'nmod' && caseOf(tree, k) === 'of') out.push(...lemmasOf(tree, k));
  return out;
}

export function draftFromParse(ctx: Ctx, i: number): Draft | undefined {
  const { tree } = ctx;
  const pos = coarsePos(tree, i);
  if (pos === 'V') return verbDraft(ctx, i);
  const nt = ctx.nounTrig[i];
  if (!nt) return undefined;
  // a trigger bound to the next word ("calls for") wins when that word follows; else it never counts
  const next = tree.low[i + 1] ?? '';
  const found = nt.find((t) => !t.lightOnly && t.next?.includes(next)) ?? nt.find((t) => !t.lightOnly && !t.next);
  if (!found) return undefined;
  const trig = refineNoun(ctx, i, found);
  if (!caseOk(ctx, i, trig)) return undefined;
  if (trig.absorb) absorbBelow(ctx, i, new Set(['acl', 'nmod', 'ccomp', 'xcomp']));
  // "calls for a probe": what is called for is the request's content, not an event of its own
  // (the parser tends to hang it on the verb, so it is read off the surface)
  if (trig.absorb && trig.next) {
    for (let k = i + 2; k < ctx.doc.tokens.length && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(ctx.doc.tokens[k].upos ?? ''); k++) ctx.absorbed[k] = 1;
  }
  return nounDraft(ctx, i, trig);
}

export const DENY = new Set(['deny', 'refute', 'dismiss', 'reject', 'rebut', 'disprove']);
export const NO_COMMENT = new Set(['comment', 'say', 'speak', 'elaborate', 'answer', 'respond', 'confirm', 'discuss', 'specify', 'disclose', 'reveal', 'identify', 'name', 'give']);

/**
 * "spoke with President Macron, Scholz, Rutte": an intransitive trigger's "object" that carries
 * its preposition is an oblique the parser mislabelled; a name it heads is the partner, and when
 * that name is one the recogniser missed, its first named conjunct (the rest follow in coordinate).
 */
function markedObject(ctx: Ctx, objs: number[], tp: string[], ok: (e: Entity) => boolean): Ref | undefined {
  const { tree, doc } = ctx;
  for (const o of objs) {
    // ("with President Macron": the parser may hang the preposition on the title)
    const first = Math.min(...subtree(tree, o));
    const c = caseOf(tree, o) || (rel(doc.tokens[first]) === 'case' ? tree.low[first] : '');
    if (!c || !tp.includes(c.split(' ').pop()!)) continue;
    const r = firstEntity(ctx, [o], ok);
    if (r) return r;
    if (doc.tokens[o].upos !== 'PROPN') continue;
    const cj = conjEntity(ctx, o);
    if (cj && ok(cj.e)) return cj;
  }
  return undefined;
}

const PRONOUN_RE = /^(he|she|they|we|i|you|it|him|her|them|us|me|who|whom|which|that)$/;

export function verbDraft(ctx: Ctx, v: number): Draft | undefined {
  const { doc, tree } = ctx;
  // what is denied ("Russia denied attacking the hospital") is not asserted by the text
  if (lemmasOf(tree, v).some((l) => DENY.has(l))) absorbBelow(ctx, v, new Set(['ccomp', 'xcomp', 'advcl']));
  // "declined to comment" is not a rejection of anything
  if (ctx.verbTrig[v]?.some((t) => t.type === 'REJECT') && kidsWith(tree, v, 'xcomp').some((x) => NO_COMMENT.has(lemmaOf(tree, x)))) {
    absorbBelow(ctx, v, new Set(['xcomp']));
    return undefined;
  }
  const lv = ctx.light[v];
  const own = ctx.verbTrig[v] ? pickVerbTrigger(ctx, v, ctx.verbTrig[v]!) : undefined;
  const objs = objectsOf(ctx, v);
  let agent = agentOf(ctx, v);
  let d: Draft | undefined;

  // "sent Mr Bush his congratulations" read as an oblique without a preposition: a second object
  const bare = lv ? bareObliques(ctx, v) : [];
  if (lv) {
    const scan = scanObject(ctx, [...objs, ...bare], lv);
    // the first object noun that yields an actor wins; else the first one
    let chosen: { tok: number; trig: Trigger } | undefined;
    for (const cand of scan.nouns) {
      if (!chosen) chosen = cand;
      if (agent >= 0 && resolveAgent(ctx, agent, v)) break;
      if (nounActor(ctx, cand.tok)) { chosen = cand; break; }
    }
    // money in the object and an aid noun among its words: the record is the pledge
    const aidNoun = scan.money >= 0 ? scan.nouns.find((x) => x.trig.type === 'AID') : undefined;
    if (aidNoun && chosen && chosen.trig.type !== 'AID' && chosen.trig.type !== 'COOPERATE') chosen = aidNoun;
    if (chosen) {
      for (const x of scan.nouns) ctx.consumed[x.tok] = 1;
      const trig = chosen.trig;
      d = baseDraft(ctx, trig, chosen.tok, v);
      d.status = lv.status ?? (trig.type === 'AID' ? 'committed' : undefined);
      if (lv.swap) {
        const from = byCase(ctx, v, ['from']);
        const a = firstEntity(ctx, from);
        const r = resolveAgent(ctx, agentOf(ctx, v), v);
        if (a) setActor(d, a);
        if (r) setTarget(d, r);
        if (!a && r && trig.type === 'AID') d.trig = { ...trig, anyA: true };
      } else {
        // "Russian missiles" were made in Russia, not given by it: thing nouns name no donor
        const a = resolveAgent(ctx, agent, v) ?? (trig.lightOnly ? undefined : nounActor(ctx, chosen.tok));
        if (a) setActor(d, a);
        const t = targetOfNoun(ctx, chosen.tok, trig) ?? firstEntity(ctx, byCase(ctx, v, uniq([...trig.tp, 'to', 'with', 'against', 'on', 'for'])))
          ?? firstEntity(ctx, kidsWith(tree, v, 'iobj')) ?? firstEntity(ctx, bare);
        if (t) setTarget(d, t);
        if (trig.mutual && d.actor && !d.target && agent >= 0) {
          const c = conjEntity(ctx, agent);
          if (c) setTarget(d, c);
        }
        if (!d.target && trig.needT && (trig.type === 'AGREE' || trig.type === 'COOPERATE')) {
          const t5 = topicCountry(ctx, chosen.tok, d.actor);
          if (t5) setTarget(d, t5);
        }
        if (!d.target && trig.needT) {
          const t4 = windowTarget(ctx, v, trig, d.actor);
          if (t4) setTarget(d, t4);
        }
      }
      if (scan.money >= 0) d.money = doc.money[scan.money];
      // "increased the aid package from USD 10 billion to USD 12 billion": the new amount
      const raised = GROW.has(lv.lemma) ? newAmount(ctx, v) : -1;
      if (raised >= 0) d.money = doc.money[raised];
      // "sent armoured vehicles against us" is an attack, not a delivery
      const against = firstEntity(ctx, byCase(ctx, v, ['against']));
      if (against && (trig.type === 'AID' || trig.type === 'MOBILIZE')) {
        d.type = 'ASSAULT';
        d.mode = undefined;
        d.category = undefined;
        d.status = undefined;
        setTarget(d, against);
      }
    } else if (scan.money >= 0 && lv.pledge) {
      const aid: Trigger = { ...AID_TRIGGER };
      d = baseDraft(ctx, aid, v, v);
      d.status = lv.status;
      d.money = doc.money[scan.money];
      if (lv.swap) {
        const a = firstEntity(ctx, byCase(ctx, v, ['from']));
        const r = resolveAgent(ctx, agentOf(ctx, v), v);
        if (a) setActor(d, a);
        if (r) setTarget(d, r);
      } else {
        const a = resolveAgent(ctx, agent, v);
        if (a) setActor(d, a);
        const t = firstEntity(ctx, byCase(ctx, v, ['to', 'for'])) ?? firstEntity(ctx, kidsWith(tree, v, 'iobj')) ?? purposeTarget(ctx, v);
        if (t) setTarget(d, t);
      }
      if (!d.target) return finishOrDrop(ctx, d, v);
    }
  }
  if (!d && own) {
    const trig = own;
    d = baseDraft(ctx, trig, v, v);
    // "jailed for 14 years", "imprisoned for life": a prison term is a conviction
    // (by a state or a court: "claims the Church imprisoned her for twelve years" is no sentence)
    if (trig.type === 'COERCE' && /^(jail|imprison)$/.test(trig.lemma) && prisonTerm(ctx, v)
      && (isPassive(ctx, v) || resolveAgent(ctx, agent, v)?.e.type === 'GPE')) { d.type = 'SANCTION'; d.mode = 'convict'; }
    if (trig.swap) {
      // host: the guest is the actor, the host the target
      const guest = firstEntity(ctx, objs);
      const host = resolveAgent(ctx, agent, v);
      if (guest) setActor(d, guest);
      if (host) setTarget(d, host);
    } else {
      const a = resolveAgent(ctx, agent, v);
      if (a) setActor(d, a);
      if (trig.place) {
        // a place named by a nationality ("the Pakistani community") is not a destination
        // "visited Kenya's biggest shantytown": the country that owns the place visited
        const p0 = firstEntity(ctx, [...byCase(ctx, v, ['in', 'to', 'at', 'into']), ...objs], (e) => PLACE.has(e.type))
          ?? firstEntity(ctx, objs.flatMap((o) => tree.kids[o].filter((k) => rel(doc.tokens[k]) === 'nmod:poss')), (e) => PLACE.has(e.type) && isCountryOrCapital(e))
          ?? (trig.intr || objs.length ? undefined : placeAfter(ctx, v));
        const pm = p0 ? mentionAt(doc, p0.tok) : undefined;
        // "arrived at the London police station": a city naming a building is no destination
        const building = !!p0 && !!pm && byCase(ctx, v, ['in', 'to', 'at', 'into']).some((k) => k !== p0.tok && doc.tokens[k].upos === 'NOUN'
          && !entityAt(doc, k) && (k < pm.tokenStart || k >= pm.tokenEnd) && subtree(tree, k).includes(p0.tok) && !/^(capital|city|country|region|town)$/.test(lemmaOf(tree, k)));
        const p = p0 && !building && !(pm && (pm.kind === 'demonym' || pm.type === 'NORP')) ? p0 : undefined;
        // "Senator John McCain visited Mr Blair": a visit to a person is a meeting with them
        if (!p && trig.lemma === 'visit' && !isPassive(ctx, v)) {
          const who = firstEntity(ctx, objs, (e) => e.type === 'PERSON' && e.id !== d!.actor?.id);
          if (who) setTarget(d, who);
        }
        if (p) {
          setTarget(d, p);
          d.location = p.e;
          d.locationTok = p.tok;
          // "travelling to London from Belfast": a trip within one country
          const from = firstEntity(ctx, byCase(ctx, v, ['from']), (e) => PLACE.has(e.type));
          if (from && countryOf(doc, from.e) && countryOf(doc, from.e) === countryOf(doc, p.e)) return undefined;
        }
      } else {
        const notActor = (e: Entity) => !d!.actor || e.id !== d!.actor.id;
        // a passive's subject is what it is done to, before any prepositional phrase ("Straw
        // attacked on China arms")
        // (an intransitive trigger's "object" is a misparse: "talked about the Labour manifesto")
        const t = firstEntity(ctx, trig.intr ? [] : objs, notActor) ?? firstEntity(ctx, kidsWith(tree, v, 'iobj'), notActor)
          ?? firstEntity(ctx, byCase(ctx, v, trig.tp), notActor) ?? (trig.intr ? markedObject(ctx, objs, trig.tp, notActor) : undefined);
        if (t) setTarget(d, t);
        else if (trig.ccompT) {
          for (const k of tree.kids[v]) {
            const b = baseRel(doc.tokens[k]);
            if (b !== 'ccomp' && b !== 'xcomp') continue;
            const s = subjectOf(ctx, k);
            const r = s >= 0 && doc.tokens[s].head === k ? npEntity(ctx, s) : undefined;
            if (r) { setTarget(d, r); break; }
          }
        }
        // passive with a by-agent: the subject is the target ("Kyiv was attacked by Russia")
        if (!d.target && isPassive(ctx, v)) {
          const t2 = firstEntity(ctx, objs);
          if (t2) setTarget(d, t2);
        }
        // a parse that lost the object ("met Ukrainian President X" read as an adjective
        // complement): the name right after the verb is its object
        // "demanded the withdrawal of Serbian forces", "called for sanctions against Nigeria": the
        // demanded deed's recipient is the demand's target
        if (!d.target && trig.absorb) {
          for (const k of tree.kids[v]) {
            const b = baseRel(doc.tokens[k]);
            if ((b !== 'obj' && b !== 'obl') || !ctx.nounTrig[k]) continue;
            const nt = targetOfNoun(ctx, k, ctx.nounTrig[k]![0]) ?? demonymOf(ctx, k);
            if (nt && (!d.actor || nt.e.id !== d.actor.id)) { setTarget(d, nt); break; }
          }
        }
        if (!d.target && !isPassive(ctx, v)) {
          // ...but a parse that found an object found the phrase the later names belong to
          const t3 = (trig.intr ? undefined : nameAfter(ctx, v)) ?? (objs.length ? undefined : windowTarget(ctx, v, trig, d.actor));
          if (t3 && (!d.actor || t3.e.id !== d.actor.id)) setTarget(d, t3);
        }
      }
      if (trig.mutual && d.actor && !d.target && agent >= 0) {
        const c = conjEntity(ctx, agent);
        if (c) setTarget(d, c);
      }
      // "nine French peacekeepers were killed": violence with its victim and no doer named
      // (only a told happening with its victim: "must be destroyed" is no one's deed yet)
      const told = d.target && /^(asserted|historical)$/.test(modalityOf(tree, v, v));
      // ("was shelled by 'Uragans'": a by-phrase naming a weapon, not a party, names no doer)
      // (only a bare proper name: "destroyed by Russia's aggressive actions" is a figure of speech)
      const weaponBy = agent >= 0 && d.type === 'ASSAULT' && doc.tokens[agent].upos === 'PROPN' && !PRONOUN_RE.test(tree.low[agent])
        && !resolveAgent(ctx, agent, v) && !isAgentNoun(tree, agent) && !tree.kids[agent].some((k) => rel(doc.tokens[k]) === 'nmod:poss');
      if (!d.actor && (agent < 0 || weaponBy) && told && isPassive(ctx, v) && (d.type === 'ASSAULT' || d.type === 'COERCE')) {
        const p = implicitParty(ctx, d);
        if (p && (!d.target || p.id !== d.target.id)) d.actor = p;
        // "Blair was attacked over Iraq" is criticism as often as violence: without a doer only
        // the unambiguous verbs (killed, shelled, kidnapped) or a place hit make a record
        // (an arrest by no one named is as often a police matter at home: only violence counts)
        else if (d.target && d.type === 'ASSAULT' && (!VERBAL_TOO.has(trig.lemma) || PLACE.has(d.target.type))) d.unattributed = true;
      }
      custody(ctx, d, v, objs);
      accusedUnnamed(ctx, d, v);
    }
  }
  if (!d) {
    // a demand or refusal without a known actor makes no record, but what is demanded or refused
    // still did not happen: its content stays absorbed
    if (own?.absorb && !lv) absorbBelow(ctx, v, ABSORB_RELS);
    return undefined;
  }
  // "Britain has offered to send 120 Gurkhas to assist ... in Indonesia": an offer or promise
  // with no one named as its recipient is for the one foreign country its content names
  if (d.type === 'AGREE' && !d.target && d.actor && d.trig.pos === 'V' && d.tok === v) {
    const own = countryOf(doc, d.actor) ?? d.actor.name;
    const found = new Map<string, { e: Entity; tok: number }>();
    for (const x of kidsWith(tree, v, 'xcomp')) {
      for (const k of subtree(tree, x, new Set(['parataxis', 'ccomp']))) {
        const e = entityAt(doc, k);
        if (e && e.type === 'GPE' && isCountryOrCapital(e) && (countryOf(doc, e) ?? e.name) !== own) found.set(e.id, { e, tok: k });
      }
    }
    if (found.size === 1) setTarget(d, [...found.values()][0]!);
  }
  // "spoke to the BBC" is an interview, not an encounter with the broadcaster
  if (d.trig.lemma === 'speak' && d.target?.type === 'ORG' && d.targetTok !== undefined && prepBefore(tree, d.targetTok, v + 1) === 'to') d.target = undefined;
  // "addressed the Parliament and the people of Portugal": the country addressed
  if (d.trig.lemma === 'address' && d.trig.type === 'CONSULT') {
    const c = firstEntity(ctx, objs.flatMap((o) => subtree(tree, o, new Set(['acl', 'advcl', 'ccomp', 'parataxis']))).sort((a, b) => a - b), (e) => e.type === 'GPE' && isCountryOrCapital(e) && e.id !== d!.actor?.id);
    if (c) setTarget(d, c);
    // "in the Knesset, I addressed all deputies": the body or foreign country where it was given
    if (!d.target && d.actor) {
      const own = countryOf(doc, d.actor) ?? d.actor.name;
      const at = firstEntity(ctx, byCase(ctx, v, ['in', 'at', 'before'], ['obl']), (e) => (e.type === 'ORG' || (e.type === 'GPE' && isCountryOrCapital(e))) && (countryOf(doc, e) ?? e.name) !== own);
      if (at) setTarget(d, at);
    }
  }
  if (d.trig.absorb || (lv && d.type !== (own?.type ?? d.type))) absorbBelow(ctx, v, ABSORB_RELS);
  else if (d.type === 'AID' || lv) absorbBelow(ctx, v, new Set(['xcomp', 'advcl']));
  armedUnnamed(ctx, d, agent, v);
  const fin = finishOrDrop(ctx, d, v);
  if (fin) {
    // an object noun of the same type is this event, not another one (arrived ... for a visit)
    for (const k of subtree(tree, v, CLAUSAL)) {
      const nt = ctx.nounTrig[k];
      if (nt && nt[0].type === fin.type) ctx.consumed[k] = 1;
    }
  }
  return fin;
}

/** A "for 14 years" / "for life" phrase on a verb: a prison term. */
export function prisonTerm(ctx: Ctx, v: number): boolean {
  const { doc, tree } = ctx;
  return byCase(ctx, v, ['for'], ['obl']).some((k) => /^(life|year|month|decade)s?$/.test(tree.low[k]) && (tree.low[k].startsWith('life') || tree.kids[k].some((j) => doc.tokens[j].upos === 'NUM')));
}

/** Support verbs that change an amount: the amount after "to" is the one pledged now. */
export const GROW = new Set(['increase', 'boost', 'double', 'triple', 'expand', 'extend', 'raise']);

/** "from X to Y" in the verb's clause: the index into doc.money of Y, -1 unless both are there. */
export function newAmount(ctx: Ctx, v: number): number {
  let from = -1;
  let to = -1;
  for (const k of subtree(ctx.tree, v, CLAUSAL)) {
    const m = ctx.moneyAt[k];
    if (m < 0 || (k > 0 && ctx.moneyAt[k - 1] === m)) continue;
    if (ctx.tree.low[k - 1] === 'from') from = m;
    if (ctx.tree.low[k - 1] === 'to') to = m;
  }
  return from >= 0 ? to : -1;
}

export const AID_TRIGGER: Trigger = {
  type: 'AID', pos: 'N', lemma: 'money', tp: ['to', 'for'], needT: false, anyA: false, mutual: false, absorb: true,
  swap: false, place: false, ccompT: false, lightOnly: false, weight: 0.9,
};

/** "promised $4.3 billion to support Ukraine": the object of the purpose clause. */
export function purposeTarget(ctx: Ctx, v: number): { e: Entity; tok: number } | undefined {
  for (const k of ctx.tree.kids[v]) {
    const b = baseRel(ctx.doc.tokens[k]);
    if ((b === 'xcomp' || b === 'advcl') && markOf(ctx.tree, k) === 'to') {
      const r = firstEntity(ctx, objectsOf(ctx, k)) ?? firstEntity(ctx, byCase(ctx, k, ['to', 'for']));
      if (r) return r;
    }
  }
  return undefined;
}

export const PROTEST_STRIKE = /^(hunger|general|labou?r|workers?|national|nationwide|rail|teachers?|miners?|student|sit-down)$/;

/** A noun's modifiers can change what it names: a hunger strike is a protest, not an air raid. */
export function refineNoun(ctx: Ctx, n: number, trig: Trigger): Trigger {
  if (trig.type === 'ASSAULT' && lemmaOf(ctx.tree, n) === 'strike') {
    const { doc, tree } = ctx;
    const mods = tree.parsed ? tree.kids[n] : [n - 1, n - 2].filter((k) => k >= 0);
    const protest = (w: string): Trigger => ({ ...trig, type: 'PROTEST', mode: w === 'hunger' ? 'hunger' : 'boycott', anyA: true, tp: ['against'] });
    let military = false;
    for (const k of mods) {
      const b = baseRel(doc.tokens[k]);
      const w = tree.low[k];
      if ((!tree.parsed || b === 'compound' || b === 'amod') && PROTEST_STRIKE.test(w)) return protest(w);
      if (MILITARY_STRIKE.test(w)) military = true;
      const m = mentionAt(doc, k);
      if (m && (m.kind === 'demonym' || m.type === 'NORP') && b === 'amod') military = true; // "Russian strikes"
      if (tree.parsed && b === 'nmod' && /^(on|against)$/.test(caseOf(tree, k))) military = true;
    }
    // without a weapon, a nationality or a target, a strike in the news is a walkout
    if (tree.parsed && !military) return protest('');
  }
  return trig;
}

export const MILITARY_STRIKE = /^(air|airstrike|drone|missile|rocket|artillery|military|naval|retaliatory|precision|nuclear|pre-emptive|preemptive|cruise|ballistic|massive|deadly|overnight)$/;

/**
 * Parse-free rescue of a target the tree did not give (parsers stumble on machine-translated
 * text): the first name to the right, in the clause, that a target preposition of the trigger
 * introduces, or "in particular X" after one; for demands, the subject after "that".
 */
export function windowTarget(ctx: Ctx, v: number, trig: Trigger, actor?: Entity): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const [, to] = clauseWindow(tree, v);
  if (trig.ccompT && tree.low[v + 1] === 'that') {
    for (let k = v + 2; k < Math.min(to + 4, v + 5, doc.sentences[doc.tokens[v].sent].tokenEnd); k++) {
      const e = entityAt(doc, k);
      if (e && (!actor || e.id !== actor.id)) return { e, tok: k };
    }
  }
  if (!trig.tp.length && !trig.place) return undefined;
  let seenPrep = false;
  for (let k = v + 1; k < to; k++) {
    const w = tree.low[k];
    if (trig.tp.includes(w)) seenPrep = true;
    const e = entityAt(doc, k);
    if (!e) continue;
    const m = mentionAt(doc, k);
    if (m && (m.kind === 'demonym' || m.type === 'NORP')) { k = m.tokenEnd - 1; continue; }
    if (actor && e.id === actor.id) { if (m) k = m.tokenEnd - 1; continue; }
    const p = prepBefore(tree, k, v + 1);
    if (trig.place ? PLACE.has(e.type) && /^(in|to|at|into)$/.test(p) : trig.tp.includes(p)) return { e, tok: k };
    if (seenPrep && /^(particular|including|notably|especially|namely)$/.test(p)) return { e, tok: k };
    if (m) k = m.tokenEnd - 1;
  }
  return undefined;
}

/** The first name within four tokens after a verb (skipping a demonym that opens a title). */
export function nameAfter(ctx: Ctx, v: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const s = doc.sentences[doc.tokens[v].sent];
  for (let k = v + 1; k < Math.min(s.tokenEnd, v + 5); k++) {
    const w = tree.low[k];
    const up = doc.tokens[k].upos;
    if (up === 'ADP' || up === 'SCONJ' || up === 'CCONJ' || up === 'PUNCT' || up === 'VERB' || up === 'AUX' || coarsePos(tree, k) === 'V' || /^(in|on|at|to|for|from|by|with|of|during|after|before|and|but|that|which|who|as|when|while|because|if)$/.test(w)) return undefined;
    const m = mentionAt(doc, k);
    const e = entityAt(doc, k);
    if (!e) continue;
    if (m && (m.kind === 'demonym' || m.type === 'NORP')) { k = m.tokenEnd - 1; continue; }
    // "meet NATO standards": a name modifying the next noun is not the object
    const last = m ? m.tokenEnd - 1 : k;
    const lr = baseRel(doc.tokens[last]);
    if (lr === 'compound' || lr === 'amod' || lr === 'nmod:poss' || (last + 1 < s.tokenEnd && /^('s|’s)$/.test(tree.low[last + 1]))) return undefined;
    if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'GPE') return { e, tok: k };
    return undefined;
  }
  return undefined;
}

export function uniq(a: string[]): string[] {
  return [...new Set(a)];
}

/** Who a trigger noun names as its agent: possessor, "of/by/from X", an entity compound or demonym. */
/** Nouns of what is done to a person: a person as their possessor is the one it happened to. */
export const DONE_TO = new Set(['arrest', 'detention', 'imprisonment', 'release', 'expulsion', 'deportation', 'killing', 'murder', 'assassination',
  'execution', 'torture', 'abduction', 'kidnapping', 'capture', 'extradition', 'trial', 'conviction', 'sentencing', 'jailing', 'dismissal',
  'sacking', 'removal', 'ouster', 'poisoning', 'death', 'internment', 'exile', 'expulsion', 'interrogation', 'prosecution', 'indictment']);

export function nounActor(ctx: Ctx, n: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  // a stance noun is said of someone ("X is a proponent of"): "its supporters" are no act of its
  if (ctx.nounTrig[n]?.[0]?.stance) return undefined;
  for (const k of tree.kids[n]) {
    const t = doc.tokens[k];
    const r = rel(t);
    if (r === 'nmod:poss') {
      const e = npEntity(ctx, k);
      // "his arrest", "Navalny's release": a person's own arrest is done to them, not by them
      if (e && e.e.type === 'PERSON' && DONE_TO.has(lemmaOf(tree, n))) return undefined;
      if (e) return e;
    }
  }
  // "the US terror attacks", "the Madrid bombings": a place compound on a violent noun is where
  // it happened or whom it hit; a demonym ("Russian strikes") or an organisation is who did it
  const violent = ofIsPatient(ctx, n);
  for (const k of tree.kids[n]) {
    const t = doc.tokens[k];
    const r = baseRel(t);
    if (r === 'compound' || r === 'amod') {
      const e = entityAt(doc, k);
      if (!e || !ENTITY_KINDS.has(e.type)) continue;
      const m = mentionAt(doc, k);
      if (violent && r === 'compound' && (e.type === 'GPE' || e.type === 'LOC') && !(m && (m.kind === 'demonym' || m.type === 'NORP'))) continue;
      return { e, tok: k };
    }
  }
  // "the killing of civilians", "the detention of UK residents": for deeds done to someone the
  // "of" phrase names the victim; for refusals, demands and visits it names the agent
  // a "demonstration of X" shows X off; protests name their crowd otherwise
  // "an embargo on oil from Russia": goods "from" a country are what is banned, not who bans
  const preps = ctx.nounTrig[n]?.[0]?.type === 'SANCTION' ? ['by']
    : ofIsPatient(ctx, n) || ctx.nounTrig[n]?.[0]?.type === 'PROTEST' ? ['by', 'from'] : ['of', 'by', 'from'];
  for (const k of byCase(ctx, n, preps, ['nmod'])) {
    const e = npEntity(ctx, k);
    if (e) return e;
  }
  // what a sanction covers ("an embargo on supplies from Russia") names no one who imposes it
  if (ctx.nounTrig[n]?.[0]?.type === 'SANCTION') return undefined;
  // nested trigger noun with an agent: "memorandum on assistance from the EU" (not the
  // recipient's phrase: "an offensive against our troops" is not our troops' deed)
  const tp = ctx.nounTrig[n]?.[0]?.tp ?? [];
  for (const k of tree.kids[n]) {
    if (baseRel(doc.tokens[k]) !== 'nmod' || !ctx.nounTrig[k]) continue;
    const kc = caseOf(tree, k);
    if (kc === 'against' || tp.includes(kc)) continue;
    const e = nounActor(ctx, k);
    if (e) return e;
  }
  // a contributor named further down: "a fund with the participation of the World Bank"
  let frontier = tree.kids[n].filter((k) => baseRel(doc.tokens[k]) === 'nmod');
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: number[] = [];
    for (const k of frontier) {
      const c = caseOf(tree, k);
      if (CONTRIBUTION.has(lemmaOf(tree, k))) {
        // "the participation in particular of the World Bank": any name below it
        for (const j of subtree(tree, k, CLAUSAL)) {
          if (j === k) continue;
          const e = npEntity(ctx, j);
          if (e && e.e.type !== 'NORP') return e;
        }
      }
      if (c === 'from' || c === 'by') {
        const e = npEntity(ctx, k);
        if (e) return e;
      }
      for (const j of tree.kids[k]) if (baseRel(doc.tokens[j]) === 'nmod') next.push(j);
    }
    frontier = next;
  }
  return undefined;
}

export const CONTRIBUTION = new Set(['participation', 'contribution', 'support', 'help', 'funding', 'backing', 'involvement', 'financing', 'sponsorship']);

export const PATIENT_OF = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'RETREAT', 'AID']);

export function ofIsPatient(ctx: Ctx, n: number): boolean {
  const t = ctx.nounTrig[n]?.[0];
  return !!t && PATIENT_OF.has(t.type);
}

export function targetOfNoun(ctx: Ctx, n: number, trig: Trigger): { e: Entity; tok: number } | undefined {
  let preps = trig.place ? uniq([...trig.tp, 'to', 'in']) : trig.tp.filter((p) => p !== 'between');
  if (ofIsPatient(ctx, n)) preps = uniq([...preps, 'of']);
  const t = firstEntity(ctx, byCase(ctx, n, preps, ['nmod']), trig.place ? (e) => PLACE.has(e.type) : undefined);
  if (t) return t;
  // "a proponent of talks to bring Turkey within the EU", "backers of Turkish accession": the
  // first party named in what the stance is about
  if (trig.stance) {
    const kids = ctx.tree.kids[n].filter((k) => k > n && (baseRel(ctx.doc.tokens[k]) === 'nmod' || (baseRel(ctx.doc.tokens[k]) === 'acl' && markOf(ctx.tree, k) === 'to')));
    const toks = kids.flatMap((k) => subtree(ctx.tree, k, new Set(['ccomp', 'advcl', 'parataxis', 'conj', 'list']))).sort((a, b) => a - b);
    for (const k of toks) {
      const r = npEntity(ctx, k) ?? demonymOf(ctx, k);
      if (r && r.e.type !== 'NORP') return r;
    }
  }
  return undefined;
}

/** Verbs of answering a request: their subject is the one asked. */
export const GRANT = new Set(['support', 'approve', 'grant', 'back', 'consider', 'answer', 'heed', 'fulfil', 'fulfill', 'accept', 'reject', 'deny', 'refuse', 'decline', 'ignore']);

export const GRATEFUL = new Set(['grateful', 'thankful', 'indebted', 'gratitude', 'thanks']);
export const THANK = new Set(['thank', 'praise', 'commend', 'applaud', 'congratulate', 'hail', 'laud']);

/**
 * "grateful to the EU for the next package of sanctions", "thanked Biden for the aid": the party
 * thanked for a deed did it. Climbs from the noun through "package of"-style phrases to the
 * for-phrase, then to who is thanked (the to-phrase of "grateful", the object of "thank").
 */
export function thankedFor(ctx: Ctx, n: number): Ref | undefined {
  const { doc, tree } = ctx;
  let cur = n;
  // "for a new aid package": the phrase's head noun carries the for
  const h0 = doc.tokens[n].head ?? -1;
  if (baseRel(doc.tokens[n]) === 'compound' && h0 > n && coarsePos(tree, h0) === 'N') cur = h0;
  for (let step = 0; step < 3; step++) {
    const h = doc.tokens[cur].head ?? -1;
    if (h < 0) return undefined;
    const c = caseOf(tree, cur);
    if (c === 'for') {
      const hl = lemmaOf(tree, h);
      if (GRATEFUL.has(hl) || GRATEFUL.has(tree.low[h])) return firstEntity(ctx, byCase(ctx, h, ['to'], ['obl', 'nmod']));
      if (coarsePos(tree, h) === 'V' && lemmasOf(tree, h).some((l) => THANK.has(l))) return firstEntity(ctx, kidsWith(tree, h, 'obj'));
      // the for-phrase hung on the thanked party itself ("grateful to the leaders ... for")
      const hh = doc.tokens[h].head ?? -1;
      if (hh >= 0 && caseOf(tree, h) === 'to' && (GRATEFUL.has(lemmaOf(tree, hh)) || GRATEFUL.has(tree.low[hh]))) return npEntity(ctx, h);
      if (hh >= 0 && baseRel(doc.tokens[h]) === 'obj' && coarsePos(tree, hh) === 'V' && lemmasOf(tree, hh).some((l) => THANK.has(l))) return npEntity(ctx, h);
      return undefined;
    }
    // "the next package of sanctions": the phrase the deed is counted in
    if (baseRel(doc.tokens[cur]) !== 'nmod' || c !== 'of') return undefined;
    cur = h;
  }
  return undefined;
}

/** Verbs of fending off an attack: their subject is the one attacked. */
export const FEND = new Set(['repel', 'repell', 'repulse', 'resist', 'withstand', 'rebuff', 'fend', 'beat', 'counter', 'survive', 'endure']);

/** "X repelled the attack", "X is resisting the invasion": the subject who fends the violent noun off. */
export function fendedBy(ctx: Ctx, n: number): { e: Entity; tok: number } | undefined {
  const { doc, tree } = ctx;
  const h = doc.tokens[n].head ?? -1;
  if (h < 0 || baseRel(doc.tokens[n]) !== 'obj' || coarsePos(tree, h) !== 'V') return undefined;
  if (!lemmasOf(tree, h).some((l) => FEND.has(l))) return undefined;
  // "beat back" (a team beaten is no attack fended off)
  if (lemmaOf(tree, h) === 'beat' && !hasPrt(ctx, h, 'back')) return undefined;
  if (lemmaOf(tree, h) === 'fend' && !hasPrt(ctx, h, 'off')) return undefined;
  return resolveAgent(ctx, agentOf(ctx, h), h);
}

export function nounDraft(ctx: Ctx, n: number, trig: Trigger): Draft | undefined {
  const { doc, tree } = ctx;
  const d = baseDraft(ctx, trig, n, n);
  const nh = doc.tokens[n].head ?? -1;
  // "UK troops on (Ivory Coast) standby": the force the state is said of, before any name on
  // the noun itself (which says where)
  let a = trig.type === 'MOBILIZE' && nh >= 0 && baseRel(doc.tokens[n]) === 'nmod' && /^(on|in)$/.test(caseOf(tree, n)) && isAgentNoun(tree, nh)
    ? npEntity(ctx, nh) : undefined;
  a = a ?? nounActor(ctx, n);
  const t = targetOfNoun(ctx, n, trig);
  // "cooperation between A and B"
  if (trig.tp.includes('between')) {
    const btw = byCase(ctx, n, ['between'], ['nmod'])[0];
    if (btw !== undefined) {
      const first = npEntity(ctx, btw);
      const second = conjEntity(ctx, btw);
      if (!a && first) a = first;
      if (!t && second && first && second.e.id !== first.e.id) setTarget(d, a && a.e.id !== first.e.id ? first : second);
    }
  }
  if (a && d.target && a.e.id === d.target.id) d.target = undefined;
  // "that the Congress will quickly support this request for help": who is to grant a request
  // is the one it is made of
  if (trig.type === 'REQUEST' && !t && !d.target && baseRel(doc.tokens[n]) === 'obj' && nh >= 0 && coarsePos(tree, nh) === 'V'
    && lemmasOf(tree, nh).some((l) => GRANT.has(l))) {
    const g = resolveAgent(ctx, agentOf(ctx, nh), nh);
    if (g && (!a || g.e.id !== a.e.id)) setTarget(d, g);
  }
  if (!a) a = thankedFor(ctx, n);
  // "the Armed Forces are repelling attacks", "we are resisting the invasion": who fends off an
  // attack is its target; its doer is the one named on the noun, or in a war address the other side
  const fended = trig.type === 'ASSAULT' ? fendedBy(ctx, n) : undefined;
  if (fended && !d.target && !t) {
    setTarget(d, fended);
    if (!a) {
      const p = implicitParty(ctx, d);
      if (p && p.id !== fended.e.id) a = { e: p, tok: -1 };
    }
  }
  if (!a) {
    // the verb it is the object of: "he spoke at a conference with Z", "held talks with Z"
    const h = doc.tokens[n].head ?? -1;
    const r = baseRel(doc.tokens[n]);
    if (h >= 0 && (r === 'obj' || r === 'obl') && coarsePos(tree, h) === 'V') {
      const hl = lemmaOf(tree, h);
      const sameType = ctx.verbTrig[h]?.some((x) => x.type === trig.type);
      // "held talks" (object): the holder; "gave evidence to an inquiry" (oblique): not theirs
      // "came out with a threat", "came up with a plan": the subject's own act
      const cameWith = lemmasOf(tree, h).includes('come') && r === 'obl' && caseOf(tree, n) === 'with';
      if ((r === 'obj' && ctx.light[h]) || PARTICIPATE.has(hl) || sameType || cameWith) {
        a = resolveAgent(ctx, agentOf(ctx, h), h);
        // "the country's military has been placed on high alert": the force stands for its
        // state when no one is said to have placed it
        if (!a && trig.type === 'MOBILIZE' && isPassive(ctx, h)) {
          const s = firstKid(tree, h, 'nsubj:pass');
          if (s >= 0 && isAgentNoun(tree, s)) a = npEntity(ctx, s);
        }
        if (a) d.pred = h;
        // "had a conversation today with Scholz": the partner hung on the verb
        if (a && !t && !d.target && trig.tp.length) {
          const vt = firstEntity(ctx, byCase(ctx, h, trig.tp, ['obl']), (e) => e.id !== a!.e.id && !(trig.place && !PLACE.has(e.type)));
          if (vt) setTarget(d, vt);
        }
      }
    }
    // a predicate noun: "troops are on standby", "X is in talks with Y" (a state told by a
    // preposition), "X is a proponent of Y" (a stance); "X is the greatest threat" is no act
    if (!a && kidsWith(tree, n, 'cop').length && (trig.stance || kidsWith(tree, n, 'case').length)) {
      const s = kidsWith(tree, n, 'nsubj')[0];
      if (s !== undefined) a = resolveAgent(ctx, s, n);
    }
    // "Mr Brown, a supporter of the euro,": a stance noun in apposition is said of its head
    if (!a && trig.stance && r === 'appos' && h >= 0) a = npEntity(ctx, h);
    // ...and nothing else makes a stance anyone's ("providing a champion of ...")
    if (trig.stance && !kidsWith(tree, n, 'cop').length && r !== 'appos') a = undefined;
    // "There were talks with ...": in a first-person briefing, the voice's own
    // "An important conversation took place with X", "Inspirational conversation with Elon
    // Musk" (a verbless line): the same, when the partner is named
    const existential = h >= 0 && r === 'nsubj' && lemmaOf(tree, h) === 'be' && kidsWith(tree, h, 'expl').length > 0;
    const tookPlace = h >= 0 && r === 'nsubj' && (/^(happen|occur|begin|start|continue|resume|open)$/.test(lemmaOf(tree, h)) || (lemmaOf(tree, h) === 'take' && kidsWith(tree, h, 'obj').some((k) => tree.low[k] === 'place')));
    const verbless = h < 0 && trig.type === 'CONSULT' && byCase(ctx, n, ['with'], ['nmod']).length > 0
      && !tree.kids[n].some((k) => baseRel(doc.tokens[k]) === 'det' && tree.low[k] === 'no');
    if (!a && (existential || tookPlace || verbless) && MEETING.has(trig.type)) {
      const voice = docVoice(doc);
      if (voice && !quotedTok(ctx, n)) a = { e: voice, tok: -1 };
      // ("took place with the Prime Minister of Canada": the partner hung on the verb)
      if (tookPlace && !t && !d.target) {
        const vt = firstEntity(ctx, byCase(ctx, h, ['with'], ['obl']), (e) => !a || e.id !== a.e.id);
        if (vt) setTarget(d, vt);
      }
      // "Discussions have begun with Indonesia" in a report: talks with a named partner, the
      // other side unnamed
      if (!a && tookPlace && trig.type === 'CONSULT' && (t || d.target) && /^(asserted|historical)$/.test(modalityOf(tree, h, h))) d.unattributed = true;
    }
  }
  if (a) setActor(d, a);
  if (t && !d.target) setTarget(d, t);
  // a stance about nothing named ("Brown is a champion") is no record
  if (trig.stance && !d.target) return undefined;
  // money inside the noun phrase ("$2 billion in military aid" has the money above the noun)
  const scanRoots = [n];
  const h = doc.tokens[n].head ?? -1;
  if (h >= 0 && ctx.moneyAt[h] >= 0) scanRoots.push(h);
  for (const k of scanRoots.flatMap((r) => subtree(tree, r, CLAUSAL))) {
    if (ctx.moneyAt[k] >= 0) { d.money = doc.money[ctx.moneyAt[k]]; break; }
  }
  if (!d.actor && trig.type === 'ASSAULT' && d.pred === n) toldViolence(ctx, d, n);
  if (!d.actor && !d.unattributed) {
    // a noun with money and no actor may repeat a resolved pledge; nothing else survives
    if (d.money && (trig.type === 'AID' || trig.type === 'AGREE' || trig.type === 'COOPERATE')) d.orphan = true;
    else return undefined;
  }
  const fin = finishOrDrop(ctx, d, d.pred);
  // the nouns inside this one's phrase tell the same event ("commitment of $2 billion in aid")
  if (fin) for (const k of subtree(tree, n, CLAUSAL)) if (k !== n && ctx.nounTrig[k]) ctx.consumed[k] = 1;
  return fin;
}

/** A token below 0 means a party the text implies but does not name at that place. */
export function setActor(d: Draft, r: Ref): void {
  d.actor = r.e;
  d.actorTok = r.tok >= 0 ? r.tok : undefined;
  d.actorPartner = r.partner;
}
export function setTarget(d: Draft, r: { e: Entity; tok: number }): void {
  d.target = r.e;
  d.targetTok = r.tok >= 0 ? r.tok : undefined;
}

export function baseDraft(ctx: Ctx, trig: Trigger, tok: number, pred: number): Draft {
  const sent = ctx.doc.tokens[tok].sent;
  return {
    type: trig.type, mode: trig.mode, trig, tok, pred, modality: 'asserted', span: [0, 0], sent,
    headline: ctx.doc.sentences[sent]?.kind === 'headline', tense: 'other', orphan: false, confidence: trig.weight,
    status: trig.status, category: trig.cat,
  };
}
