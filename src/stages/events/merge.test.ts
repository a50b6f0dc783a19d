/** One record per happening: merging repeated tellings, keeping different happenings apart. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './index.js';
import { buildLexicon } from './lexicon.js';
import { DocBuilder } from './testkit.js';

const lex = buildLexicon();

test('headline "to meet" and body "meets" are one meeting with two mentions', () => {
  const doc = new DocBuilder('2025-08-24')
    .sent('Carney/PROPN/3/nsubj/PERSON to/PART/3/mark meet/VERB.VB/0/root Zelenskyy/PROPN/3/obj/PERSON', 'headline')
    .sent('Carney/PROPN/2/nsubj/PERSON meets/VERB.VBZ/0/root Zelenskyy/PROPN/2/obj/PERSON in/ADP/5/case Kyiv/PROPN/2/obl/GPE ./PUNCT/2/punct')
    .build();
  const evs = extractEvents(doc, lex);
  assert.equal(evs.length, 1);
  assert.equal(evs[0].mentions.length, 2);
  assert.equal(evs[0].modality, 'asserted');
  assert.equal(evs[0].location?.name, 'Kyiv');
  assert.equal(evs[0].date?.value, '2025-08-24', 'news present tense is the publication day');
});

test('a meeting "met" on another day is another event', () => {
  const doc = new DocBuilder('2025-08-24')
    .sent('Carney/PROPN/2/nsubj/PERSON meets/VERB.VBZ/0/root Zelenskyy/PROPN/2/obj/PERSON ./PUNCT/2/punct')
    .sent('Carney/PROPN/2/nsubj/PERSON met/VERB.VBD/0/root Zelenskyy/PROPN/2/obj/PERSON in/ADP/5/case June/PROPN/2/obl ./PUNCT/2/punct').timex(5, 5, '2025-06')
    .build();
  assert.equal(extractEvents(doc, lex).length, 2);
});

test('the same pledge told twice is one event; the nominal telling joins it', () => {
  const doc = new DocBuilder('2025-08-24')
    .sent('They/PRON/2/nsubj discussed/VERB.VBD/0/root the/DET/4/det commitment/NOUN/2/obj of/ADP/6/case $/SYM/4/nmod 2/NUM/8/compound billion/NUM/6/nummod in/ADP/11/case military/ADJ/11/amod aid/NOUN/6/nmod ./PUNCT/2/punct')
    .amount(6, 8, 2e9, 'USD', true)
    .sent('Canada/PROPN/3/nsubj/GPE has/AUX/3/aux committed/VERB.VBN/0/root $/SYM/3/obj 2/NUM/6/compound billion/NUM/4/nummod in/ADP/9/case defence/NOUN/9/compound assistance/NOUN/4/nmod to/ADP/11/case Ukraine/PROPN/3/obl/GPE ./PUNCT/3/punct')
    .amount(4, 6, 2e9, 'USD', true)
    .build();
  const evs = extractEvents(doc, lex);
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.actor?.name, e.mentions.length])));
  assert.equal(evs[0].type, 'AID');
  assert.equal(evs[0].mentions.length, 2);
  assert.equal(evs[0].amount?.currency, 'CAD');
});

test('two different amounts are two pledges', () => {
  const doc = new DocBuilder()
    .sent('Canada/PROPN/2/nsubj/GPE pledged/VERB.VBD/0/root $/SYM/2/obj 2/NUM/5/compound billion/NUM/3/nummod to/ADP/7/case Ukraine/PROPN/2/obl/GPE ./PUNCT/2/punct').amount(3, 5, 2e9, 'USD', true)
    .sent('Canada/PROPN/2/nsubj/GPE pledged/VERB.VBD/0/root $/SYM/2/obj 3/NUM/5/compound billion/NUM/3/nummod to/ADP/7/case Ukraine/PROPN/2/obl/GPE ./PUNCT/2/punct').amount(3, 5, 3e9, 'USD', true)
    .build();
  const evs = extractEvents(doc, lex);
  assert.equal(evs.length, 2);
  assert.deepEqual(evs.map((e) => e.amount?.value), [2e9, 3e9]);
});

test('bare $ is the donor dollar; a donor without a dollar keeps the money stage currency', () => {
  const ca = new DocBuilder()
    .sent('Canada/PROPN/3/nsubj/GPE has/AUX/3/aux promised/VERB.VBN/0/root $/SYM/3/obj 4.3/NUM/6/compound billion/NUM/4/nummod to/PART/8/mark support/VERB.VB/3/advcl Ukraine/PROPN/8/obj/GPE ./PUNCT/3/punct')
    .amount(4, 6, 4.3e9, 'USD', true).build();
  const evs = extractEvents(ca, lex);
  assert.equal(evs.length, 1, JSON.stringify(evs));
  assert.equal(evs[0].type, 'AID');
  assert.equal(evs[0].target?.name, 'Ukraine');
  assert.equal(evs[0].amount?.currency, 'CAD');
  assert.equal(evs[0].status, 'committed');
  const de = new DocBuilder()
    .sent('Germany/PROPN/3/nsubj/GPE has/AUX/3/aux promised/VERB.VBN/0/root $/SYM/3/obj 1/NUM/6/compound billion/NUM/4/nummod to/ADP/8/case Ukraine/PROPN/3/obl/GPE ./PUNCT/3/punct')
    .amount(4, 6, 1e9, 'USD', true).build();
  assert.equal(extractEvents(de, lex)[0]?.amount?.currency, 'USD');
});

test('mutual: "the United States and Ukraine announced a cooperation initiative"', () => {
  const doc = new DocBuilder()
    .sent('The/DET/2/det United_States/PROPN/5/nsubj/GPE=United_States and/CCONJ/4/cc Ukraine/PROPN/2/conj/GPE announced/VERB.VBD/0/root an/DET/12/det $/SYM/12/compound 50/NUM/9/compound billion/NUM/7/nummod drone/NOUN/12/compound cooperation/NOUN/12/compound initiative/NOUN/5/obj ./PUNCT/5/punct')
    .amount(7, 9, 5e10, 'USD', true).build();
  const evs = extractEvents(doc, lex);
  assert.equal(evs.length, 1, JSON.stringify(evs));
  assert.equal(evs[0].type, 'COOPERATE');
  assert.equal(evs[0].actor?.name, 'United States');
  assert.equal(evs[0].target?.name, 'Ukraine');
  assert.equal(evs[0].amount?.value, 5e10);
  assert.equal(evs[0].amount?.currency, 'USD');
});

test('one sentence, two clauses, one attack: "launched an attack on Kyiv, killing ten people"', () => {
  const doc = new DocBuilder()
    .sent('Russia/PROPN/2/nsubj/GPE launched/VERB.VBD/0/root a/DET/5/det drone/NOUN/5/compound attack/NOUN/2/obj on/ADP/7/case Kyiv/PROPN/5/nmod/GPE ,/PUNCT/9/punct killing/VERB.VBG/2/advcl ten/NUM/11/nummod people/NOUN/9/obj ./PUNCT/2/punct')
    .build();
  const evs = extractEvents(doc, lex);
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.actor?.name, e.target?.name])));
  assert.equal(evs[0].type, 'ASSAULT');
  assert.equal(evs[0].target?.name, 'Kyiv');
});

test('sanctions agreed on banks named by nationality: SANCTION with the country as recipient', () => {
  const doc = new DocBuilder()
    .sent('The/DET/2/det EU/PROPN/3/nsubj/ORG agreed/VERB.VBD/0/root new/ADJ/5/amod sanctions/NOUN/3/obj on/ADP/8/case Russian/ADJ/8/amod/NORP=Russia banks/NOUN/5/nmod ./PUNCT/3/punct')
    .build();
  const evs = extractEvents(doc, lex);
  assert.equal(evs.length, 1, JSON.stringify(evs));
  assert.equal(evs[0].type, 'SANCTION');
  assert.equal(evs[0].actor?.name, 'EU');
  assert.equal(evs[0].target?.name, 'Russia');
});

test('"had a conversation with President of France Emmanuel Macron" then "spoke with the President of France": one exchange with Macron', () => {
  const doc = new DocBuilder()
    .sent('Zelensky/PROPN/2/nsubj/PERSON had/VERB.VBD/0/root a/DET/4/det conversation/NOUN/2/obj with/ADP/6/case President/PROPN/4/nmod of/ADP/8/case France/PROPN/6/nmod/GPE Emmanuel/PROPN/8/flat/B-PERSON=Emmanuel_Macron Macron/PROPN/8/flat/I-PERSON ./PUNCT/2/punct')
    .sent('He/PRON/2/nsubj/PRON-PERSON=Zelensky spoke/VERB.VBD/0/root again/ADV/2/advmod with/ADP/5/case Macron/PROPN/2/obl/PERSON=Emmanuel_Macron ./PUNCT/2/punct')
    .build();
  const evs = extractEvents(doc, buildLexicon()).filter((e) => e.type === 'CONSULT');
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.mode, e.target?.name])));
  assert.equal(evs[0].target?.name, 'Emmanuel Macron');
  assert.equal(evs[0].mentions.length, 2);
});

test('a visit and a meeting with the host country\'s leader told next to it are one happening', () => {
  const mk = (hostOf: string, gap: boolean) => {
    const b = new DocBuilder('2025-08-24')
      .sent('Rutte/PROPN/4/nsubj/PERSON was/AUX/4/cop in/ADP/4/case Kyiv/PROPN/0/root/GPE ./PUNCT/4/punct');
    if (gap) b.sent('The/DET/2/det weather/NOUN/3/nsubj was/AUX/0/root fine/ADJ/3/xcomp ./PUNCT/3/punct')
      .sent('Markets/NOUN/2/nsubj rose/VERB.VBD/0/root ./PUNCT/2/punct');
    const doc = b.sent('He/PRON/2/nsubj met/VERB.VBD/0/root Zelenskyy/PROPN/2/obj/PERSON ./PUNCT/2/punct').build();
    DocBuilder.affiliate(doc, 'Rutte', 'NATO');
    DocBuilder.affiliate(doc, 'Zelenskyy', hostOf);
    for (const e of doc.entities) if (e.name === 'He') e.name = 'Rutte';
    return extractEvents(doc, lex);
  };
  const one = mk('Ukraine', false);
  assert.equal(one.length, 1, JSON.stringify(one.map((e) => [e.type, e.mode, e.actor?.name, e.target?.name])));
  assert.equal(one[0].mode, 'visit');
  assert.equal(one[0].mentions.length, 2);
  assert.equal(mk('Moldova', false).length, 2, 'a meeting with someone from elsewhere is its own event');
  assert.equal(mk('Ukraine', true).length, 2, 'told far from the visit: its own event');
});
