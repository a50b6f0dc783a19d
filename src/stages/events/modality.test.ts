/** Modality: negation, future, hypothetical, reported and historical events. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../model/types.js';
import { extractEvents } from './index.js';
import { buildLexicon } from './lexicon.js';
import { DocBuilder } from './testkit.js';

const lex = buildLexicon();
const ALL = { modalities: ['asserted', 'future', 'negated', 'historical', 'hypothetical'] as const };
const all = (b: DocBuilder): EventRecord[] => extractEvents(b.build(), lex, { modalities: [...ALL.modalities] });
const byDefault = (b: DocBuilder): EventRecord[] => extractEvents(b.build(), lex);

test('negated: "did not send troops" is recorded as negated, not as a deployment', () => {
  const b = new DocBuilder().sent('Canada/PROPN/4/nsubj/GPE did/AUX/4/aux not/PART/4/advmod send/VERB.VB/0/root troops/NOUN/4/obj to/ADP/7/case Ukraine/PROPN/4/obl/GPE ./PUNCT/4/punct');
  const evs = all(b);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, 'MOBILIZE');
  assert.equal(evs[0].modality, 'negated');
});

test('negated concession becomes a rejection: "would not bow to demands"', () => {
  const b = new DocBuilder().sent('Turkey/PROPN/2/nsubj/GPE insisted/VERB.VBD/0/root it/PRON/6/nsubj would/AUX/6/aux not/PART/6/advmod bow/VERB.VB/2/ccomp to/ADP/8/case demands/NOUN/6/obl ./PUNCT/2/punct');
  const evs = all(b);
  assert.equal(evs.length, 1, JSON.stringify(evs));
  assert.equal(evs[0].type, 'REJECT');
  assert.equal(evs[0].actor?.name, 'Turkey', 'the pronoun of a reported clause is the speaker');
  assert.equal(evs[0].modality, 'asserted');
});

test('future: will + verb', () => {
  const evs = all(new DocBuilder().sent('Carney/PROPN/3/nsubj/PERSON will/AUX/3/aux visit/VERB.VB/0/root Kyiv/PROPN/3/obj/GPE ./PUNCT/3/punct'));
  assert.equal(evs[0]?.type, 'CONSULT');
  assert.equal(evs[0].modality, 'future');
  assert.equal(evs[0].location?.name, 'Kyiv');
});

test('future: headline infinitive "X to meet Y"', () => {
  const evs = all(new DocBuilder().sent('Carney/PROPN/3/nsubj/PERSON to/PART/3/mark meet/VERB.VB/0/root Zelenskyy/PROPN/3/obj/PERSON in/ADP/6/case Ukraine/PROPN/3/obl/GPE', 'headline'));
  assert.equal(evs[0]?.type, 'CONSULT');
  assert.equal(evs[0].modality, 'future');
});

test('hypothetical: "may launch an offensive" is kept out of the default record', () => {
  const b = () => new DocBuilder().sent('Russia/PROPN/3/nsubj/GPE may/AUX/3/aux launch/VERB.VB/0/root an/DET/5/det offensive/NOUN/3/obj ./PUNCT/3/punct');
  const evs = all(b());
  assert.equal(evs[0]?.type, 'ASSAULT');
  assert.equal(evs[0].modality, 'hypothetical');
  assert.deepEqual(byDefault(b()), []);
});

test('hypothetical: a conditional clause on the predicate', () => {
  const evs = all(new DocBuilder().sent('Russia/PROPN/3/nsubj/GPE will/AUX/3/aux attack/VERB.VB/0/root Kyiv/PROPN/3/obj/GPE if/SCONJ/7/mark talks/NOUN/7/nsubj fail/VERB.VBP/3/advcl ./PUNCT/3/punct'));
  assert.equal(evs[0]?.modality, 'hypothetical');
});

test('reported events keep their own modality', () => {
  const evs = all(new DocBuilder().sent('Medvedev/PROPN/2/nsubj/PERSON said/VERB.VBD/0/root that/SCONJ/5/mark Russia/PROPN/5/nsubj/GPE attacked/VERB.VBD/2/ccomp Kyiv/PROPN/5/obj/GPE ./PUNCT/2/punct'));
  assert.equal(evs.length, 1);
  assert.equal(evs[0].type, 'ASSAULT');
  assert.equal(evs[0].actor?.name, 'Russia');
  assert.equal(evs[0].modality, 'asserted');
});

test('historical: an event dated long before publication', () => {
  const evs = all(new DocBuilder('2025-08-24').sent('Russia/PROPN/2/nsubj/GPE attacked/VERB.VBD/0/root Georgia/PROPN/2/obj/GPE in/ADP/5/case 2008/NUM/2/obl ./PUNCT/2/punct').timex(5, 5, '2008'));
  assert.equal(evs[0]?.modality, 'historical');
  assert.equal(evs[0].date?.value, '2008');
});

test('fallback without a parse: actor left, target right, negation cue', () => {
  const evs = all(new DocBuilder().sent('Canada/PROPN//GPE never/ADV sanctioned/VERB Russia/PROPN//GPE ./PUNCT'));
  assert.equal(evs[0]?.type, 'SANCTION');
  assert.equal(evs[0].actor?.name, 'Canada');
  assert.equal(evs[0].target?.name, 'Russia');
  assert.equal(evs[0].modality, 'negated');
});

test('a statement that someone must act is a REQUEST from the speaker to them', () => {
  const evs = all(new DocBuilder().sent('Britain/PROPN/2/nsubj/GPE said/VERB.VBD/0/root Libya/PROPN/5/nsubj/GPE must/AUX/5/aux withdraw/VERB.VB/2/ccomp its/PRON/7/nmod:poss troops/NOUN/5/obj ./PUNCT/2/punct'));
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.actor?.name, e.target?.name])));
  assert.equal(evs[0].type, 'REQUEST');
  assert.equal(evs[0].actor?.name, 'Britain');
  assert.equal(evs[0].target?.name, 'Libya');
  assert.equal(evs[0].mode, 'yield');
});

test('an actor announcing its own future boycott is a THREATEN', () => {
  const evs = all(new DocBuilder().sent('Hamas/PROPN/2/nsubj/ORG said/VERB.VBD/0/root it/PRON/5/nsubj would/AUX/5/aux boycott/VERB.VB/2/ccomp the/DET/7/det elections/NOUN/5/obj ./PUNCT/2/punct'));
  assert.equal(evs[0]?.type, 'THREATEN', JSON.stringify(evs));
  assert.equal(evs[0].actor?.name, 'Hamas');
  assert.equal(evs[0].modality, 'asserted');
});

test('what is denied did not happen as far as the text asserts: "Russia denied attacking Kyiv"', () => {
  const evs = all(new DocBuilder().sent('Russia/PROPN/2/nsubj/GPE denied/VERB.VBD/0/root attacking/VERB.VBG/2/xcomp Kyiv/PROPN/3/obj/GPE ./PUNCT/2/punct'));
  assert.deepEqual(evs.map((e) => e.type), []);
});

test('a demand whose author is unnamed still keeps what it demands out of the record', () => {
  const evs = all(new DocBuilder().sent('Leaders/NOUN/2/nsubj urged/VERB.VBD/0/root Russia/PROPN/2/obj/GPE to/PART/5/mark withdraw/VERB.VB/2/xcomp ./PUNCT/2/punct'));
  assert.deepEqual(evs.map((e) => e.type), []);
});

test('a question asserts nothing', () => {
  const evs = all(new DocBuilder().sent('Did/AUX/3/aux Russia/PROPN/3/nsubj/GPE attack/VERB.VB/0/root Kyiv/PROPN/3/obj/GPE ?/PUNCT/3/punct'));
  assert.equal(evs[0]?.modality, 'hypothetical');
});

test('headline passives without an auxiliary: "Cherie accused of attacking Bush" has no accuser', () => {
  const evs = all(new DocBuilder().sent('Cherie/PROPN/2/nsubj/PERSON accused/VERB.VBN/0/root of/SCONJ/4/mark attacking/VERB.VBG/2/advcl Bush/PROPN/4/obj/PERSON', 'headline'));
  assert.ok(!evs.some((e) => e.type === 'ACCUSE' && e.actor?.name === 'Cherie'), JSON.stringify(evs.map((e) => [e.type, e.actor?.name])));
});

test('"declared that there should be no NATO involvement" is a rejection of NATO', () => {
  const evs = all(new DocBuilder().sent('Russia/PROPN/2/nsubj/GPE declared/VERB.VBD/0/root that/SCONJ/6/mark there/PRON/6/expl should/AUX/6/aux be/VERB.VB/2/ccomp no/DET/9/det NATO/PROPN/9/compound/ORG involvement/NOUN/6/nsubj ./PUNCT/2/punct'));
  assert.equal(evs.length, 1, JSON.stringify(evs));
  assert.equal(evs[0].type, 'REJECT');
  assert.equal(evs[0].actor?.name, 'Russia');
  assert.equal(evs[0].target?.name, 'NATO');
});

test('a negated condition is still only a condition', () => {
  const evs = all(new DocBuilder().sent('If/SCONJ/5/mark Russia/PROPN/5/nsubj/GPE does/AUX/5/aux not/PART/5/advmod attack/VERB.VB/8/advcl Kyiv/PROPN/5/obj/GPE ,/PUNCT/8/punct talks/NOUN/8/nsubj resume/VERB.VBP/0/root ./PUNCT/8/punct'));
  assert.equal(evs.find((e) => e.type === 'ASSAULT')?.modality, 'hypothetical');
});

test('an embedded question asserts nothing: "asking why Kyiv cannot get weapons from Berlin"', () => {
  const plain = byDefault(new DocBuilder().sent('Kyiv/PROPN/2/nsubj/GPE gets/VERB.VBZ/0/root weapons/NOUN/2/obj from/ADP/5/case Berlin/PROPN/2/obl/GPE ./PUNCT/2/punct'));
  assert.equal(plain[0]?.type, 'AID', 'control: the plain clause is an aid event');
  const asked = new DocBuilder().sent('Officials/NOUN/2/nsubj keep/VERB.VBP/0/root asking/VERB.VBG/2/xcomp why/ADV/7/advmod Kyiv/PROPN/7/nsubj/GPE cannot/AUX/7/aux get/VERB.VB/3/ccomp weapons/NOUN/7/obj from/ADP/10/case Berlin/PROPN/7/obl/GPE ./PUNCT/2/punct');
  assert.deepEqual(byDefault(asked), []);
});

test('negated: "no evidence that X was attacked by Y" tells of no attack; "allegations that" only claim one', () => {
  const neg = all(new DocBuilder().sent('There/PRON/2/expl was/VERB.VBD/0/root no/DET/4/det evidence/NOUN/2/nsubj that/SCONJ/8/mark Kyiv/PROPN/8/nsubj:pass/GPE was/AUX/8/aux:pass attacked/VERB.VBN/4/acl by/ADP/10/case Russia/PROPN/8/obl:agent/GPE ./PUNCT/2/punct'));
  assert.equal(neg.length, 1, JSON.stringify(neg));
  assert.equal(neg[0].modality, 'negated');
  const claimed = all(new DocBuilder().sent('He/PRON/2/nsubj/PRON-PERSON=Blair denied/VERB.VBD/0/root allegations/NOUN/2/obj that/SCONJ/7/mark Russia/PROPN/7/nsubj/GPE had/AUX/7/aux attacked/VERB.VBN/3/acl Kyiv/PROPN/7/obj/GPE ./PUNCT/2/punct'));
  assert.ok(claimed.every((e) => e.type !== 'ASSAULT' || e.modality === 'hypothetical'), JSON.stringify(claimed));
});

test('hypothetical: "any detainee was tortured" names no one a thing happened to', () => {
  const evs = all(new DocBuilder().sent('Any/DET/2/det detainee/NOUN/4/nsubj:pass/NOM-PERSON=Mubanga was/AUX/4/aux:pass tortured/VERB.VBN/0/root ./PUNCT/4/punct'));
  assert.ok(evs.every((e) => e.modality === 'hypothetical'), JSON.stringify(evs));
  assert.equal(byDefault(new DocBuilder().sent('Any/DET/2/det detainee/NOUN/4/nsubj:pass/NOM-PERSON=Mubanga was/AUX/4/aux:pass tortured/VERB.VBN/0/root ./PUNCT/4/punct')).length, 0);
});

test('future: "plans for a new offensive against X" is no offensive yet; negated: "can\'t expose people to shelling"', () => {
  const plan = all(new DocBuilder().sent('Russia/PROPN/3/nsubj/GPE is/AUX/3/aux preparing/VERB.VBG/0/root plans/NOUN/3/obj for/ADP/8/case a/DET/8/det new/ADJ/8/amod offensive/NOUN/4/nmod against/ADP/10/case Kyiv/PROPN/8/nmod/GPE ./PUNCT/3/punct'));
  assert.ok(plan.every((e) => e.type !== 'ASSAULT' || e.modality !== 'asserted'), JSON.stringify(plan));
  const expose = all(new DocBuilder().sent('Russia/PROPN/4/nsubj/GPE can/AUX/4/aux not/PART/4/advmod expose/VERB.VB/0/root Kyiv/PROPN/4/obj/GPE to/PART/7/mark shelling/VERB.VBG/4/advcl ./PUNCT/4/punct'));
  assert.ok(expose.every((e) => e.modality !== 'asserted'), JSON.stringify(expose));
});
