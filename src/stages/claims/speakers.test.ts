import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDocument } from '../../testing/doc.js';
import { extractClaims } from './index.js';

test('a spokesman speaks for the body or person named as his principal', () => {
  const forBody = handDocument([{
    tokens: 'A/DET/2/det spokesman/NOUN/7/nsubj for/ADP/4/case Reporters/PROPN/2/nmod Without/ADP/6/case Borders/PROPN/4/nmod said/VERB/0/root the/DET/9/det sentence/NOUN/11/nsubj was/AUX/11/cop harsh/ADJ/7/ccomp',
    mentions: [[3, 5, 'ORG', 'e1']],
  }]);
  assert.equal(extractClaims(forBody)[0].speaker.name, 'Reporters Without Borders');
  const possessor = handDocument([{
    tokens: 'Blair/PROPN/3/nmod:poss \'s/PART/1/case spokesman/NOUN/4/nsubj said/VERB/0/root talks/NOUN/6/nsubj failed/VERB/4/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(possessor)[0].speaker.name, 'Blair');
  // Negative: a spokesman for nobody named keeps his words; a father is no voice of his son.
  const bare = handDocument([{ tokens: 'A/DET/2/det spokesman/NOUN/3/nsubj said/VERB/0/root talks/NOUN/5/nsubj failed/VERB/3/ccomp' }]);
  assert.equal(extractClaims(bare)[0].speaker.name, 'A spokesman');
  const father = handDocument([{
    tokens: 'Begg/PROPN/3/nmod:poss \'s/PART/1/case father/NOUN/4/nsubj said/VERB/0/root he/PRON/6/nsubj waited/VERB/4/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.notEqual(extractClaims(father)[0]?.speaker.name, 'Begg');
});

test('a title in apposition before a name: the named person speaks', () => {
  const doc = handDocument([{
    tokens: 'team/NOUN/2/compound member/NOUN/5/nsubj Rodaba/PROPN/2/flat Noori/PROPN/3/flat said/VERB/0/root they/PRON/7/nsubj won/VERB/5/ccomp',
    mentions: [[2, 3, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(doc)[0].speaker.name, 'Rodaba Noori');
  // Negative: a name behind a preposition is not the speaker ("the father of Ali Khan").
  const of = handDocument([{
    tokens: 'the/DET/2/det father/NOUN/6/nsubj of/ADP/5/case Ali/PROPN/5/flat Khan/PROPN/2/nmod said/VERB/0/root they/PRON/8/nsubj won/VERB/6/ccomp',
    mentions: [[3, 4, 'PERSON', 'e1']],
  }]);
  assert.notEqual(extractClaims(of)[0]?.speaker.name, 'Ali Khan');
});

test('"the organisation said" takes up the organisation last named, not one long before', () => {
  const intro = { tokens: 'Amnesty/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'ORG', 'e1']] as [number, number, 'ORG', string][] };
  const filler = { tokens: 'Rain/NOUN/2/nsubj fell/VERB/0/root ./PUNCT/2/punct' };
  const said = { tokens: 'the/DET/2/det organisation/NOUN/3/nsubj said/VERB/0/root talks/NOUN/5/nsubj failed/VERB/3/ccomp' };
  assert.equal(extractClaims(handDocument([intro, said]))[0].speaker.name, 'Amnesty');
  const far = extractClaims(handDocument([intro, filler, filler, filler, filler, filler, said]));
  assert.notEqual(far[0]?.speaker.name, 'Amnesty');
});

test('a passive cue in a relative clause has no speaker: the noun it modifies is a place', () => {
  const doc = handDocument([{
    tokens: 'The/DET/2/det men/NOUN/4/nsubj:pass are/AUX/4/aux:pass held/VERB/0/root at/ADP/7/case police/NOUN/7/compound station/NOUN/4/obl ,/PUNCT/12/punct where/ADV/12/advmod they/PRON/12/nsubj:pass are/AUX/12/aux:pass expected/VERB/7/acl:relcl to/PART/15/mark be/AUX/15/aux:pass questioned/VERB/12/xcomp by/ADP/17/case officers/NOUN/15/obl:agent ./PUNCT/4/punct',
  }]);
  assert.deepEqual(extractClaims(doc).map((c) => c.speaker.name), []);
});

test('a writing speaks for its author; an abstract noun is no speaker', () => {
  const book = handDocument([{
    tokens: 'Sands/PROPN/3/nmod:poss \'/PART/1/case book/NOUN/4/nsubj suggests/VERB/0/root it/PRON/7/nsubj:pass was/AUX/7/aux:pass written/VERB/4/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(book)[0]?.speaker.name, 'Sands');
  const thing = handDocument([{
    tokens: 'The/DET/3/det important/ADJ/3/amod thing/NOUN/4/nsubj said/VERB/0/root talks/NOUN/6/nsubj failed/VERB/4/ccomp',
  }]);
  assert.deepEqual(extractClaims(thing).map((c) => c.speaker.name), []);
  // Negative: a book with no named author keeps its words; a concrete noun still speaks.
  const anon = handDocument([{ tokens: 'The/DET/2/det book/NOUN/3/nsubj suggests/VERB/0/root talks/NOUN/5/nsubj failed/VERB/3/ccomp' }]);
  assert.equal(extractClaims(anon)[0]?.speaker.name, 'The book');
  const officials = handDocument([{ tokens: 'Officials/NOUN/2/nsubj said/VERB/0/root talks/NOUN/4/nsubj failed/VERB/2/ccomp' }]);
  assert.equal(extractClaims(officials)[0]?.speaker.name, 'Officials');
});

test('"the South African archbishop" takes up the person introduced with the title; adjectives count for nothing', () => {
  const doc = handDocument([
    { tokens: 'Archbishop/PROPN/2/compound Tutu/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct', mentions: [[1, 1, 'PERSON', 'e1']] },
    { tokens: 'The/DET/4/det South/ADJ/3/amod African/ADJ/4/amod archbishop/NOUN/5/nsubj said/VERB/0/root detentions/NOUN/7/nsubj were/AUX/5/ccomp' },
  ]);
  assert.equal(extractClaims(doc)[0]?.speaker.name, 'Tutu');
  // Negative: a longer phrase of nouns stays descriptive.
  const long = handDocument([
    { tokens: 'Archbishop/PROPN/2/compound Tutu/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct', mentions: [[1, 1, 'PERSON', 'e1']] },
    { tokens: 'The/DET/4/det church/NOUN/4/compound council/NOUN/4/compound archbishop/NOUN/5/nsubj said/VERB/0/root detentions/NOUN/7/nsubj were/AUX/5/ccomp' },
  ]);
  assert.notEqual(extractClaims(long)[0]?.speaker.name, 'Tutu');
});

test('"Mr Bush\'s task was ..., he said": the pronoun is the person last named as a subject, not the one the statement is about', () => {
  const before = { tokens: 'Kennedy/PROPN/2/nsubj welcomed/VERB/0/root it/PRON/2/obj ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] as [number, number, 'PERSON', string][] };
  const said = {
    tokens: 'Bush/PROPN/3/nmod:poss \'s/PART/1/case task/NOUN/4/nsubj mattered/VERB/0/root ,/PUNCT/7/punct he/PRON/7/nsubj said/VERB/4/parataxis ./PUNCT/4/punct',
    mentions: [[0, 0, 'PERSON', 'e2']] as [number, number, 'PERSON', string][],
  };
  const doc = handDocument([before, said]);
  // The link stage would take "he" for Bush, the only person in its sentence.
  const he = doc.tokens.findIndex((t) => t.form === 'he');
  doc.mentions.push({ start: doc.tokens[he].start, end: doc.tokens[he].end, text: 'he', type: 'PERSON', tokenStart: he, tokenEnd: he + 1, kind: 'pronoun', entity: 'e2' });
  assert.equal(extractClaims(doc)[0]?.speaker.name, 'Kennedy');
  // Negative: when the person talked about was the last subject too, the pronoun keeps its antecedent.
  const own = handDocument([before, { tokens: 'Bush/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e2']] }, said]);
  const he2 = own.tokens.findIndex((t) => t.form === 'he');
  own.mentions.push({ start: own.tokens[he2].start, end: own.tokens[he2].end, text: 'he', type: 'PERSON', tokenStart: he2, tokenEnd: he2 + 1, kind: 'pronoun', entity: 'e2' });
  assert.notEqual(extractClaims(own)[0]?.speaker.name, 'Kennedy');
});

test('a pronoun bound to the person named in the previous speaker\'s words goes on with that speaker, unless the gender differs', () => {
  const pron = (doc: ReturnType<typeof handDocument>, entity: string) => {
    const k = doc.tokens.findIndex((t, i) => i > 3 && /^(he|she)$/i.test(t.form));
    doc.mentions.push({ start: doc.tokens[k].start, end: doc.tokens[k].end, text: doc.tokens[k].form, type: 'PERSON', tokenStart: k, tokenEnd: k + 1, kind: 'pronoun', entity });
    return doc;
  };
  const first = { tokens: 'Etzioni/PROPN/2/nsubj said/VERB/0/root they/PRON/4/nsubj hunted/VERB/2/ccomp Bin/PROPN/6/flat Laden/PROPN/4/obj ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1'], [4, 5, 'PERSON', 'e2']] as [number, number, 'PERSON', string][] };
  const next = { tokens: 'It/PRON/3/nsubj is/AUX/3/cop wrong/ADJ/0/root ,/PUNCT/6/punct he/PRON/6/nsubj says/VERB/3/parataxis ./PUNCT/3/punct' };
  const doc = pron(handDocument([first, next]), 'e2');
  assert.deepEqual(extractClaims(doc).map((c) => c.speaker.name), ['Etzioni', 'Etzioni']);
  // Negative: "she" after a man's words, and "he" after a woman who is known as a woman.
  const she = handDocument([first, { tokens: 'It/PRON/3/nsubj is/AUX/3/cop wrong/ADJ/0/root ,/PUNCT/6/punct she/PRON/6/nsubj says/VERB/3/parataxis ./PUNCT/3/punct' }]);
  pron(she, 'e3');
  she.entities.push({ id: 'e3', name: 'Ann Lee', type: 'PERSON', mentions: [] });
  assert.equal(extractClaims(she)[1]?.speaker.name, 'Ann Lee');
  const woman = handDocument([
    { tokens: 'Ms/PROPN/2/compound Blackman/PROPN/3/nsubj said/VERB/0/root she/PRON/5/nsubj doubted/VERB/3/ccomp Silk/PROPN/5/obj ./PUNCT/3/punct', mentions: [[1, 1, 'PERSON', 'e1'], [5, 5, 'PERSON', 'e2']] },
    next,
  ]);
  pron(woman, 'e2');
  assert.equal(extractClaims(woman).at(-1)?.speaker.name, 'Silk');
});

test('a reporting clause closing the sentence reports the whole clause, also when hung from a relative clause', () => {
  const intro = { tokens: 'Etzioni/PROPN/2/nsubj wrote/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] as [number, number, 'PERSON', string][] };
  const doc = handDocument([intro, {
    tokens: 'The/DET/2/det priority/NOUN/5/nsubj is/AUX/5/cop on/ADP/5/case states/NOUN/0/root ,/PUNCT/9/punct who/PRON/9/nsubj cannot/AUX/9/aux control/VERB/5/parataxis material/NOUN/9/obj ,/PUNCT/13/punct he/PRON/13/nsubj argues/VERB/9/parataxis ./PUNCT/5/punct',
  }]);
  const c = extractClaims(doc).find((x) => x.cue === 'argues');
  assert.match(c?.content.text ?? '', /^The priority is on states/);
  // Negative: a cue inside the sentence (not closing it) gives no such claim.
  const mid = handDocument([intro, {
    tokens: 'The/DET/2/det priority/NOUN/5/nsubj is/AUX/5/cop on/ADP/5/case states/NOUN/0/root ,/PUNCT/9/punct who/PRON/9/nsubj cannot/AUX/9/aux control/VERB/5/parataxis ,/PUNCT/12/punct he/PRON/12/nsubj argues/VERB/9/parataxis and/CCONJ/14/cc things/NOUN/12/conj fail/VERB/12/conj ./PUNCT/5/punct',
  }]);
  assert.ok(!extractClaims(mid).some((x) => /^The priority/.test(x.content.text)));
});

test('a reporting pronoun bound to someone last mentioned inside quoted words (also by a pronoun) goes on with the running speaker', () => {
  const doc = handDocument([
    { tokens: 'Blair/PROPN/2/nsubj said/VERB/0/root talks/NOUN/4/nsubj resume/VERB/2/ccomp ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: 'People/NOUN/2/nsubj chose/VERB/0/root him/PRON/2/obj ,/PUNCT/6/punct he/PRON/6/nsubj argued/VERB/2/parataxis ./PUNCT/2/punct' },
  ]);
  doc.entities.push({ id: 'e2', name: 'Bush', type: 'PERSON', mentions: [] });
  for (const form of ['him', 'he']) {
    const k = doc.tokens.findIndex((t) => t.form === form);
    doc.mentions.push({ start: doc.tokens[k].start, end: doc.tokens[k].end, text: form, type: 'PERSON', tokenStart: k, tokenEnd: k + 1, kind: 'pronoun', entity: 'e2' });
  }
  doc.mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  assert.deepEqual(extractClaims(doc).map((c) => c.speaker.name), ['Blair', 'Blair']);
});

test('"Mr Sands\' book" speaks for Sands though the parse heads the name with "Mr"; "his father, Azmat," is the Azmat named in full', () => {
  const book = handDocument([{
    tokens: 'Mr/PROPN/4/nmod:poss Sands/PROPN/1/flat \'/PART/1/case book/NOUN/5/nsubj suggests/VERB/0/root it/PRON/7/nsubj was/AUX/5/ccomp',
    mentions: [[1, 1, 'PERSON', 'e1']],
  }]);
  assert.equal(extractClaims(book)[0]?.speaker.name, 'Sands');
  const father = handDocument([
    { tokens: 'Azmat/PROPN/2/flat Begg/PROPN/3/nsubj arrived/VERB/0/root ./PUNCT/3/punct', mentions: [[0, 1, 'PERSON', 'e1']] },
    { tokens: 'Mr/PROPN/4/nmod:poss Begg/PROPN/1/flat \'s/PART/1/case father/NOUN/8/nsubj ,/PUNCT/6/punct Azmat/PROPN/4/appos ,/PUNCT/4/punct said/VERB/0/root he/PRON/10/nsubj waited/VERB/8/ccomp', mentions: [[1, 1, 'PERSON', 'e2']] },
  ]);
  father.entities.find((e) => e.id === 'e2')!.name = 'Moazzam Begg';
  assert.equal(extractClaims(father)[0]?.speaker.name, 'Azmat Begg');
  // Negative: a given name no one carries in full leaves the phrase as it is.
  const unknown = handDocument([
    { tokens: 'Mr/PROPN/4/nmod:poss Begg/PROPN/1/flat \'s/PART/1/case father/NOUN/8/nsubj ,/PUNCT/6/punct Karim/PROPN/4/appos ,/PUNCT/4/punct said/VERB/0/root he/PRON/10/nsubj waited/VERB/8/ccomp', mentions: [[1, 1, 'PERSON', 'e2']] },
  ]);
  assert.notEqual(extractClaims(unknown)[0]?.speaker.name, 'Begg');
});

test('"According to Yonhap, quoting KCNA, ...": the source quoted says it', () => {
  const doc = handDocument([{
    tokens: 'According/VERB/3/case to/ADP/1/fixed Yonhap/PROPN/11/obl ,/PUNCT/5/punct quoting/VERB/11/advcl Korean/PROPN/8/compound Central/PROPN/8/compound Agency/PROPN/5/obj ,/PUNCT/5/punct troops/NOUN/11/nsubj fired/VERB/0/root shells/NOUN/11/obj ./PUNCT/11/punct',
    mentions: [[2, 2, 'ORG', 'e1'], [5, 7, 'ORG', 'e2']],
  }]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.name, 'Korean Central Agency');
  assert.equal(c?.content.text, 'troops fired shells');
  // Negative: without "quoting" the agency named first is the source.
  const plain = handDocument([{
    tokens: 'According/VERB/3/case to/ADP/1/fixed Yonhap/PROPN/6/obl ,/PUNCT/6/punct troops/NOUN/6/nsubj fired/VERB/0/root shells/NOUN/6/obj ./PUNCT/6/punct',
    mentions: [[2, 2, 'ORG', 'e1']],
  }]);
  assert.equal(extractClaims(plain)[0]?.speaker.name, 'Yonhap');
});
