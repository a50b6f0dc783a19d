/**
 * Each PLOVER type with a sentence that must give it and one that must not. Sentences are the
 * project's own; parses and mentions are written by hand (no models needed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, EventRecord, Modality } from '../../model/types.js';
import { extractEvents } from './index.js';
import { buildLexicon } from './lexicon.js';
import { DocBuilder } from './testkit.js';

const lex = buildLexicon();
const ALL: Modality[] = ['asserted', 'future', 'negated', 'historical', 'hypothetical'];
export const run = (doc: Document, modalities = ALL): EventRecord[] => extractEvents(doc, lex, { modalities });
const one = (spec: string) => run(new DocBuilder().sent(spec).build());

function expectEvent(evs: EventRecord[], type: string, actor?: string, target?: string): EventRecord {
  const hit = evs.find((e) => e.type === type && (actor === undefined || e.actor?.name === actor) && (target === undefined || e.target?.name === target));
  assert.ok(hit, `expected ${type} ${actor ?? ''} -> ${target ?? ''}; got ${JSON.stringify(evs.map((e) => [e.type, e.actor?.name, e.target?.name]))}`);
  return hit;
}
const none = (evs: EventRecord[]) => assert.deepEqual(evs.map((e) => `${e.type} ${e.actor?.name}`), []);

test('AGREE: coordinated signatories of an agreement', () => {
  const evs = one('Canada/PROPN/4/nsubj/GPE and/CCONJ/3/cc Ukraine/PROPN/1/conj/GPE signed/VERB.VBD/0/root a/DET/7/det defence/NOUN/7/compound agreement/NOUN/4/obj ./PUNCT/4/punct');
  expectEvent(evs, 'AGREE', 'Canada', 'Ukraine');
});
test('AGREE negative: an agreement that only expired', () => {
  none(one('The/DET/2/det agreement/NOUN/3/nsubj expired/VERB.VBD/0/root in/ADP/5/case 2019/NUM/3/obl ./PUNCT/3/punct'));
});

test('CONSULT: a meeting with a named counterpart, and its place', () => {
  const evs = one('Rubio/PROPN/2/nsubj/PERSON met/VERB.VBD/0/root Yermak/PROPN/2/obj/PERSON in/ADP/5/case Kyiv/PROPN/2/obl/GPE ./PUNCT/2/punct');
  const e = expectEvent(evs, 'CONSULT', 'Rubio', 'Yermak');
  assert.equal(e.mode, 'meet');
  assert.equal(e.location?.name, 'Kyiv');
});
test('CONSULT negative: meeting nobody named', () => {
  none(one('Rubio/PROPN/2/nsubj/PERSON met/VERB.VBD/0/root reporters/NOUN/2/obj ./PUNCT/2/punct'));
});

test('SUPPORT: praise', () => {
  const evs = one('Blair/PROPN/3/nsubj/PERSON has/AUX/3/aux hailed/VERB.VBN/0/root the/DET/5/det deal/NOUN/3/obj ./PUNCT/3/punct');
  expectEvent(evs, 'SUPPORT', 'Blair');
});
test('SUPPORT negative: praise without anyone praising', () => {
  none(one('The/DET/2/det deal/NOUN/4/nsubj:pass was/AUX/4/aux:pass hailed/VERB.VBN/0/root ./PUNCT/4/punct'));
});

test('CONCEDE: an apology', () => {
  const evs = one('Serbia/PROPN/2/nsubj/GPE apologized/VERB.VBD/0/root to/ADP/4/case Croatia/PROPN/2/obl/GPE ./PUNCT/2/punct');
  expectEvent(evs, 'CONCEDE', 'Serbia', 'Croatia');
});
test('CONCEDE negative: the weather eased', () => {
  none(one('The/DET/2/det storm/NOUN/3/nsubj eased/VERB.VBD/0/root over/ADP/5/case Serbia/PROPN/3/obl/GPE ./PUNCT/3/punct'));
});

test('COOPERATE: cooperation with a partner; promised cooperation is AGREE (PLOVER)', () => {
  const evs = one('Canada/PROPN/2/nsubj/GPE cooperated/VERB.VBD/0/root with/ADP/4/case Ukraine/PROPN/2/obl/GPE on/ADP/6/case drones/NOUN/2/obl ./PUNCT/2/punct');
  expectEvent(evs, 'COOPERATE', 'Canada', 'Ukraine');
  const fut = one('Canada/PROPN/3/nsubj/GPE will/AUX/3/aux cooperate/VERB.VB/0/root with/ADP/5/case Ukraine/PROPN/3/obl/GPE on/ADP/7/case drones/NOUN/3/obl ./PUNCT/3/punct');
  const e = expectEvent(fut, 'AGREE', 'Canada', 'Ukraine');
  assert.equal(e.modality, 'asserted', 'the promise is what happened');
});
test('COOPERATE negative: cooperation as an abstract noun', () => {
  none(one('Cooperation/NOUN/3/nsubj is/AUX/3/cop important/ADJ/0/root ./PUNCT/3/punct'));
});

test('AID: a military pledge with amount, category and status', () => {
  const doc = new DocBuilder()
    .sent('Canada/PROPN/3/nsubj/GPE has/AUX/3/aux committed/VERB.VBN/0/root $/SYM/3/obj 2/NUM/6/compound billion/NUM/4/nummod in/ADP/9/case military/ADJ/9/amod aid/NOUN/4/nmod to/ADP/11/case Ukraine/PROPN/3/obl/GPE ./PUNCT/3/punct')
    .amount(4, 6, 2e9, 'USD', true)
    .build();
  const e = expectEvent(run(doc), 'AID', 'Canada', 'Ukraine');
  assert.equal(e.amount?.value, 2e9);
  assert.equal(e.amount?.currency, 'CAD');
  assert.equal(e.category, 'military');
  assert.equal(e.mode, 'military');
  assert.equal(e.status, 'committed');
});
test('AID negative: committing no money', () => {
  none(one('Canada/PROPN/3/nsubj/GPE has/AUX/3/aux committed/VERB.VBN/0/root no/DET/5/det crime/NOUN/3/obj ./PUNCT/3/punct'));
});

test('RETREAT: withdrawing troops', () => {
  const evs = one('Russia/PROPN/2/nsubj/GPE withdrew/VERB.VBD/0/root its/PRON/4/nmod:poss troops/NOUN/2/obj from/ADP/6/case Kherson/PROPN/2/obl/GPE ./PUNCT/2/punct');
  const e = expectEvent(evs, 'RETREAT', 'Russia', 'Kherson');
  assert.equal(e.mode, 'withdraw');
});
test('RETREAT negative: releasing a report is not releasing prisoners', () => {
  none(one('Ukraine/PROPN/3/nsubj/GPE will/AUX/3/aux release/VERB.VB/0/root the/DET/5/det report/NOUN/3/obj ./PUNCT/3/punct'));
});

test('REQUEST: a demand whose target is the subject of what is demanded', () => {
  const evs = one('Russia/PROPN/2/nsubj/GPE demands/VERB.VBZ/0/root that/SCONJ/5/mark Ukraine/PROPN/5/nsubj/GPE cede/VERB.VB/2/ccomp Kherson/PROPN/5/obj/GPE ./PUNCT/2/punct');
  expectEvent(evs, 'REQUEST', 'Russia', 'Ukraine');
  assert.equal(evs.length, 1, 'what is demanded is not a separate event');
});
test('REQUEST: a noun demand with a compound actor', () => {
  const evs = one('It/PRON/2/nsubj came/VERB.VBD/0/root despite/ADP/6/case an/DET/6/det EU/PROPN/6/compound/ORG demand/NOUN/2/obl for/ADP/8/case Turkey/PROPN/6/nmod/GPE to/PART/10/mark recognise/VERB.VB/6/acl Cyprus/PROPN/10/obj/GPE ./PUNCT/2/punct');
  expectEvent(evs, 'REQUEST', 'EU', 'Turkey');
  assert.ok(!evs.some((e) => e.type === 'SUPPORT'), 'the demanded recognition is not an event');
});
test('REQUEST negative: receiving a request', () => {
  none(one('Ukraine/PROPN/2/nsubj/GPE received/VERB.VBD/0/root a/DET/4/det request/NOUN/2/obj ./PUNCT/2/punct'));
});

test('ACCUSE: condemnation', () => {
  const evs = one('Britain/PROPN/2/nsubj/GPE condemned/VERB.VBD/0/root Russia/PROPN/2/obj/GPE for/ADP/6/case the/DET/6/det attack/NOUN/2/obl ./PUNCT/2/punct');
  expectEvent(evs, 'ACCUSE', 'Britain', 'Russia');
  assert.ok(!evs.some((e) => e.type === 'ASSAULT'), 'the attack condemned has no attacker here');
});
test('ACCUSE negative: a condemnation nobody made', () => {
  none(one('The/DET/2/det condemnation/NOUN/4/nsubj was/AUX/4/cop swift/ADJ/0/root ./PUNCT/4/punct'));
});

test('REJECT: a refusal absorbs what is refused', () => {
  const evs = one('The/DET/2/det Kremlin/PROPN/3/nsubj/ORG refused/VERB.VBD/0/root to/PART/5/mark accept/VERB.VB/3/xcomp the/DET/7/det guarantees/NOUN/5/obj ./PUNCT/3/punct');
  expectEvent(evs, 'REJECT', 'Kremlin');
  assert.equal(evs.length, 1);
});
test('REJECT: a noun refusal with its "of" actor', () => {
  const evs = one('the/DET/2/det refusal/NOUN/0/root of/ADP/5/case the/DET/5/det Kremlin/PROPN/2/nmod/ORG to/PART/7/mark accept/VERB.VB/2/acl guarantees/NOUN/7/obj supported/VERB.VBN/8/acl by/ADP/12/case the/DET/12/det US/PROPN/9/obl:agent/GPE');
  expectEvent(evs, 'REJECT', 'Kremlin');
  assert.equal(evs.length, 1, 'support inside the refused content is not an event');
});
test('REJECT negative: a refusal without a refuser', () => {
  none(one('The/DET/2/det refusal/NOUN/3/nsubj surprised/VERB.VBD/0/root analysts/NOUN/3/obj ./PUNCT/3/punct'));
});

test('THREATEN: a threat against a country', () => {
  const evs = one('Russia/PROPN/2/nsubj/GPE threatened/VERB.VBD/0/root Finland/PROPN/2/obj/GPE with/ADP/5/case retaliation/NOUN/2/obl ./PUNCT/2/punct');
  expectEvent(evs, 'THREATEN', 'Russia', 'Finland');
});
test('THREATEN negative: a threat of rain', () => {
  none(one('A/DET/2/det threat/NOUN/5/nsubj of/ADP/4/case rain/NOUN/2/nmod remains/VERB.VBZ/0/root ./PUNCT/5/punct'));
});

test('PROTEST: crowds demonstrating in a capital (unnamed actor allowed)', () => {
  const evs = one('Protesters/NOUN/2/nsubj demonstrated/VERB.VBD/0/root in/ADP/4/case Tbilisi/PROPN/2/obl/GPE against/ADP/7/case the/DET/7/det government/NOUN/2/obl ./PUNCT/2/punct');
  const e = expectEvent(evs, 'PROTEST');
  assert.equal(e.location?.name, 'Tbilisi');
});
test('PROTEST negative: a protest song', () => {
  none(one('The/DET/3/det protest/NOUN/3/compound song/NOUN/4/nsubj played/VERB.VBD/0/root ./PUNCT/4/punct'));
});

test('SANCTION: sanctions added against a country', () => {
  const evs = one('Canada/PROPN/2/nsubj/GPE added/VERB.VBD/0/root sanctions/NOUN/2/obj to/ADP/5/case Russia/PROPN/2/obl/GPE ./PUNCT/2/punct');
  expectEvent(evs, 'SANCTION', 'Canada', 'Russia');
});
test('SANCTION negative: adding a clause', () => {
  none(one('Canada/PROPN/2/nsubj/GPE added/VERB.VBD/0/root a/DET/4/det clause/NOUN/2/obj ./PUNCT/2/punct'));
});

test('MOBILIZE: deploying troops', () => {
  const evs = one('Russia/PROPN/2/nsubj/GPE deployed/VERB.VBD/0/root troops/NOUN/2/obj to/ADP/5/case Belarus/PROPN/2/obl/GPE ./PUNCT/2/punct');
  expectEvent(evs, 'MOBILIZE', 'Russia', 'Belarus');
});
test('MOBILIZE negative: a company deploying software', () => {
  none(one('The/DET/2/det company/NOUN/3/nsubj deployed/VERB.VBD/0/root software/NOUN/3/obj ./PUNCT/3/punct'));
});

test('COERCE: forces named by their demonym seize a plant', () => {
  const evs = one('Russian/ADJ/2/amod/NORP=Russia forces/NOUN/3/nsubj seized/VERB.VBD/0/root the/DET/6/det Zaporizhzhia/PROPN/6/compound/GPE plant/NOUN/3/obj ./PUNCT/3/punct');
  expectEvent(evs, 'COERCE', 'Russia');
});
test('COERCE negative: seizing the moment', () => {
  none(one('Critics/NOUN/2/nsubj seized/VERB.VBD/0/root the/DET/4/det moment/NOUN/2/obj ./PUNCT/2/punct'));
});

test('ASSAULT: an attack on a city', () => {
  const evs = one('Russia/PROPN/2/nsubj/GPE attacked/VERB.VBD/0/root Kyiv/PROPN/2/obj/GPE with/ADP/5/case drones/NOUN/2/obl ./PUNCT/2/punct');
  expectEvent(evs, 'ASSAULT', 'Russia', 'Kyiv');
});
test('ASSAULT negative: critics attacking a plan', () => {
  none(one('Critics/NOUN/2/nsubj attacked/VERB.VBD/0/root the/DET/4/det plan/NOUN/2/obj ./PUNCT/2/punct'));
});

test('verbs whose object changes everything', () => {
  expectEvent(one('Russia/PROPN/2/nsubj/GPE launched/VERB.VBD/0/root missiles/NOUN/2/obj at/ADP/5/case Kyiv/PROPN/2/obl/GPE ./PUNCT/2/punct'), 'ASSAULT', 'Russia', 'Kyiv');
  none(one('Zelenskyy/PROPN/2/nsubj/PERSON fired/VERB.VBD/0/root his/PRON/5/nmod:poss army/NOUN/5/compound chief/NOUN/2/obj ./PUNCT/2/punct'));
  const deal = one('Kyiv/PROPN/2/nsubj/GPE struck/VERB.VBD/0/root a/DET/4/det deal/NOUN/2/obj with/ADP/6/case Warsaw/PROPN/2/obl/GPE ./PUNCT/2/punct');
  expectEvent(deal, 'AGREE', 'Kyiv', 'Warsaw');
  assert.ok(!deal.some((e) => e.type === 'ASSAULT'));
  none(one('The/DET/2/det Kremlin/PROPN/3/nsubj/ORG declined/VERB.VBD/0/root to/PART/5/mark comment/VERB.VB/3/xcomp ./PUNCT/3/punct'));
  none(one('Russia/PROPN/2/nsubj/GPE seized/VERB.VBD/0/root the/DET/4/det initiative/NOUN/2/obj ./PUNCT/2/punct'));
});

test('a politician attacking a politician is criticism, not violence', () => {
  expectEvent(one('Trump/PROPN/2/nsubj/PERSON attacked/VERB.VBD/0/root Biden/PROPN/2/obj/PERSON ./PUNCT/2/punct'), 'ACCUSE', 'Trump', 'Biden');
});

test('AID: a promise of aid without an amount is AGREE; with an amount it is the pledge', () => {
  const evs = one('Britain/PROPN/3/nsubj/GPE has/AUX/3/aux promised/VERB.VBN/0/root military/ADJ/5/amod aid/NOUN/3/obj to/ADP/7/case Kenya/PROPN/3/obl/GPE ./PUNCT/3/punct');
  expectEvent(evs, 'AGREE', 'Britain', 'Kenya');
});

test('a strike without weapon, nationality or target is a walkout (PROTEST), with them an attack', () => {
  const walkout = one('Unions/NOUN/2/nsubj began/VERB.VBD/0/root a/DET/5/det national/ADJ/5/amod strike/NOUN/2/obj in/ADP/7/case France/PROPN/2/obl/GPE ./PUNCT/2/punct');
  assert.ok(!walkout.some((e) => e.type === 'ASSAULT'), JSON.stringify(walkout));
  const attack = one('Russia/PROPN/2/nsubj/GPE launched/VERB.VBD/0/root drone/NOUN/4/compound strikes/NOUN/2/obj on/ADP/6/case Odesa/PROPN/4/nmod/GPE ./PUNCT/2/punct');
  expectEvent(attack, 'ASSAULT', 'Russia', 'Odesa');
});

test('places do not act: a region as subject gives no actor', () => {
  none(one('Donbas/PROPN/2/nsubj/LOC condemned/VERB.VBD/0/root Russia/PROPN/2/obj/GPE ./PUNCT/2/punct'));
});

test('a clause used as a subject is a proposition, not an event', () => {
  none(one('Detaining/VERB.VBG/5/csubj suspects/NOUN/1/obj without/ADP/4/case trial/NOUN/1/obl breaks/VERB.VBZ/0/root laws/NOUN/5/obj ./PUNCT/5/punct'));
});

test('speech-act nouns need what or whom: "the request of the municipality" alone is nothing', () => {
  none(one('They/PRON/2/nsubj acted/VERB.VBD/0/root at/ADP/5/case the/DET/5/det request/NOUN/2/obl of/ADP/7/case Livorno/PROPN/5/nmod/ORG ./PUNCT/2/punct'));
  none(one('Rathbun/PROPN/2/nsubj/PERSON asked/VERB.VBD/0/root officials/NOUN/2/obj how/ADV/6/advmod documents/NOUN/6/nsubj leaked/VERB.VBD/2/ccomp ./PUNCT/2/punct'));
  none(one('Kim/PROPN/2/nsubj/PERSON conceded/VERB.VBD/0/root a/DET/4/det penalty/NOUN/2/obj ./PUNCT/2/punct'));
});
test('REQUEST negative: pressing the case for something asks no one', () => {
  none(one('Vole/PROPN/2/nsubj/PERSON pressed/VERB.VBD/0/root the/DET/4/det case/NOUN/2/obj for/ADP/6/case sanctions/NOUN/4/nmod on/ADP/8/case Norway/PROPN/6/nmod/GPE ./PUNCT/2/punct'));
  expectEvent(one('Vole/PROPN/2/nsubj/PERSON pressed/VERB.VBD/0/root Norway/PROPN/2/obj/GPE to/PART/5/mark act/VERB.VB/2/xcomp ./PUNCT/2/punct'), 'REQUEST', 'Vole', 'Norway');
});
test('REQUEST "call for" without an addressee; "call X" alone is a phone call; "call X a Y" no request', () => {
  expectEvent(one('Vole/PROPN/2/nsubj/PERSON called/VERB.VBD/0/root for/ADP/4/case talks/NOUN/2/obl ./PUNCT/2/punct'), 'REQUEST', 'Vole', undefined);
  const ph = expectEvent(one('Vole/PROPN/2/nsubj/PERSON called/VERB.VBD/0/root Norway/PROPN/2/obj/GPE on/ADP/5/case Friday/PROPN/2/obl ./PUNCT/2/punct'), 'CONSULT', 'Vole', 'Norway');
  assert.equal(ph.mode, 'phone');
  none(one('Vole/PROPN/2/nsubj/PERSON called/VERB.VBD/0/root Norway/PROPN/2/iobj/GPE a/DET/5/det bully/NOUN/2/obj ./PUNCT/2/punct'));
});
test('COERCE negative: a person\'s own arrest is not done by them', () => {
  // (being held is a detention with its doer unnamed: session4.test.ts)
  const evs = one('Vole/PROPN/3/nsubj:pass/PERSON was/AUX/3/aux:pass held/VERB.VBN/0/root after/ADP/6/case his/PRON/6/nmod:poss/PRON-PERSON=Vole arrest/NOUN/3/obl in/ADP/8/case Chile/PROPN/6/nmod/GPE ./PUNCT/3/punct');
  assert.ok(evs.every((e) => e.actor?.name !== 'Vole'), JSON.stringify(evs.map((e) => [e.type, e.actor?.name])));
});
test('ASSAULT negative: "gave the green light for bombing" gives no attack', () => {
  none(one('NATO/PROPN/2/nsubj/ORG gave/VERB.VBD/0/root the/DET/5/det green/ADJ/5/amod light/NOUN/2/obj for/ADP/7/case bombing/NOUN/5/nmod of/ADP/9/case cities/NOUN/7/nmod ./PUNCT/2/punct'));
});
test('SANCTION negative: goods "from" a country under an embargo name no one who imposes it', () => {
  const evs = one('The/DET/2/det need/NOUN/11/nsubj for/ADP/5/case an/DET/5/det embargo/NOUN/2/nmod on/ADP/8/case oil/NOUN/8/compound supplies/NOUN/5/nmod from/ADP/10/case Chile/PROPN/8/nmod/GPE grows/VERB.VBZ/0/root ./PUNCT/11/punct');
  assert.ok(!evs.some((e) => e.actor?.name === 'Chile'), JSON.stringify(evs.map((e) => [e.type, e.actor?.name])));
});

test('negative: an event word naming a thing or person ("a rallying cry", "aid workers", "attack helicopters") is no event', () => {
  const doc = new DocBuilder()
    .sent('Brown/PROPN/2/nsubj/PERSON issued/VERB.VBD/0/root a/DET/5/det rallying/NOUN/5/compound cry/NOUN/2/obj ./PUNCT/2/punct')
    .sent('Britain/PROPN/2/nsubj/GPE sent/VERB.VBD/0/root attack/NOUN/4/compound helicopters/NOUN/2/obj to/ADP/6/case Iraq/PROPN/2/obl/GPE ./PUNCT/2/punct')
    .build();
  const evs = extractEvents(doc, buildLexicon(), { modalities: ['asserted', 'future', 'negated', 'historical', 'hypothetical'] });
  assert.ok(evs.every((e) => e.type !== 'PROTEST' && e.type !== 'ASSAULT'), JSON.stringify(evs.map((e) => [e.type, e.actor?.name])));
});
