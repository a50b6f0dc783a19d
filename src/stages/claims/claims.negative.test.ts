// Sentences that must NOT yield a claim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDocument } from '../../testing/doc.js';
import { extractClaims } from './index.js';
import { cueLemma } from './cues.js';

const cases: [string, Parameters<typeof handDocument>[0]][] = [
  ['a demand is a REQUEST event, not a claim', [{
    tokens: 'Rome/PROPN/2/nsubj demanded/VERB/0/root that/SCONJ/5/mark troops/NOUN/5/nsubj leave/VERB/2/ccomp',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]],
  ['first-person speakers are not resolved to anyone', [{
    tokens: 'We/PRON/2/nsubj said/VERB/0/root that/SCONJ/5/mark prices/NOUN/5/nsubj rose/VERB/2/ccomp',
  }]],
  ['"said" with an object and no clause', [{
    tokens: 'Okafor/PROPN/2/nsubj said/VERB/0/root goodbye/NOUN/2/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]],
  ['a passive "it was said" has no speaker', [{
    tokens: 'It/PRON/3/nsubj:pass was/AUX/3/aux:pass said/VERB/0/root that/SCONJ/6/mark talks/NOUN/6/nsubj ended/VERB/3/ccomp',
  }]],
  ['an unresolvable pronoun', [{
    tokens: 'He/PRON/2/nsubj said/VERB/0/root that/SCONJ/5/mark talks/NOUN/5/nsubj ended/VERB/2/ccomp',
  }]],

  ['a denied attitude: "do not know what ..."', [{
    tokens: 'Soldiers/NOUN/4/nsubj do/AUX/4/aux not/PART/4/advmod know/VERB/0/root what/PRON/8/obj it/PRON/8/nsubj is/AUX/8/cop like/ADJ/4/ccomp',
  }]],
  ['perception with a generic source: "the world has seen that ..."', [{
    tokens: 'The/DET/2/det world/NOUN/4/nsubj has/AUX/4/aux seen/VERB/0/root that/SCONJ/8/mark troops/NOUN/8/nsubj are/AUX/8/cop cruel/ADJ/4/ccomp',
  }]],
  ['an attitude verb with an object only ("maintained support")', [{
    tokens: 'Okafor/PROPN/2/nsubj maintained/VERB/0/root support/NOUN/2/obj among/ADP/5/case voters/NOUN/3/nmod',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]],
  ['"said when asked": a question word opens no bare clause', [{
    tokens: 'Ruiz/PROPN/2/nsubj said/VERB/0/root when/ADV/4/advmod asked/VERB/2/advcl about/ADP/6/case it/PRON/4/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]],
  ['"heard him say things": an object pronoun is no speaker', [{
    tokens: 'Voters/NOUN/2/nsubj heard/VERB/0/root him/PRON/4/nsubj say/VERB/2/xcomp things/NOUN/4/obj others/NOUN/7/nsubj fear/VERB/5/acl',
  }]],
  ['a label before a colon is no speaker ("UPDATE: ...")', [{
    tokens: 'UPDATE/PROPN/0/root :/PUNCT/1/punct Talks/NOUN/5/nsubj have/AUX/5/aux failed/VERB/1/parataxis',
  }]],
  ['a place before a colon is a dateline, not a speaker', [{
    tokens: 'Kyiv/PROPN/0/root :/PUNCT/1/punct Talks/NOUN/5/nsubj have/AUX/5/aux failed/VERB/1/parataxis',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]],
  ['an all-capitals word before a colon that names no one in the text ("KYIV: ...")', [{
    tokens: '"/PUNCT/2/punct KYIV/NOUN/0/root :/PUNCT/2/punct Talks/NOUN/6/nsubj have/AUX/6/aux failed/VERB/2/parataxis',
  }]],
  ['a dash and a name after a quotation that go on with a clause ("..." – Smith said, adding ...)', [{
    tokens: '“/PUNCT/3/punct Prices/NOUN/3/nsubj rose/VERB/0/root ”/PUNCT/3/punct –/PUNCT/6/punct Smith/PROPN/3/appos and/CCONJ/9/cc others/NOUN/9/nsubj agreed/VERB/3/conj',
    mentions: [[5, 5, 'PERSON', 'e1']],
  }]],
  ['a dash after a quotation followed by no name', [{
    tokens: '“/PUNCT/3/punct Prices/NOUN/3/nsubj rose/VERB/0/root ”/PUNCT/3/punct -/PUNCT/6/punct and/CCONJ/7/cc nothing/PRON/3/conj else/ADJ/7/amod',
  }]],
  ['a lower-case lead before a colon is no speaker', [{
    tokens: 'the/DET/2/det plan/NOUN/0/root :/PUNCT/2/punct troops/NOUN/5/nsubj leave/VERB/2/parataxis soon/ADV/5/advmod',
  }]],
  ['a dateline with no name after its dash is no speaker', [{
    tokens: 'WASHINGTON/PROPN/3/nsubj —/PUNCT/3/punct reported/VERB/0/root that/SCONJ/6/mark talks/NOUN/6/nsubj ended/VERB/3/ccomp',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]],
  ['a vague quantifier is no share of a poll ("Some say")', [{
    tokens: 'Some/DET/2/nsubj say/VERB/0/root that/SCONJ/5/mark prices/NOUN/5/nsubj rose/VERB/2/ccomp',
  }]],
  ['a name inside a prepositional phrase before the cue is no speaker ("later across Ohio said")', [{
    tokens: 'Later/ADV/4/advmod across/ADP/3/case Ohio/PROPN/4/obl said/VERB/0/root :/PUNCT/4/punct "/PUNCT/8/punct We/PRON/8/nsubj won/VERB/4/ccomp big/ADV/8/advmod "/PUNCT/8/punct',
  }]],
  ['"according to what he said" names no source', [{
    tokens: 'Talks/NOUN/2/nsubj ended/VERB/0/root ,/PUNCT/5/punct according/VERB/5/case to/ADP/4/fixed what/PRON/2/obl he/PRON/8/nsubj said/VERB/5/acl:relcl',
  }]],
];

for (const [why, sentences] of cases) {
  test(`no claim: ${why}`, () => {
    assert.deepEqual(extractClaims(handDocument(sentences)), []);
  });
}

test('words that are not cues', () => {
  for (const w of ['sale', 'tells-all', 'saying-goodbye', 'demanded', 'urged', 'saw', 'found', 'wanted']) {
    assert.equal(cueLemma(w), undefined, w);
  }
});

test('no continued quote: a sentence that names someone else outside its quotation', () => {
  const doc = handDocument([
    { tokens: 'Okafor/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark aid/NOUN/5/nsubj helps/VERB/2/ccomp', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: 'Lagos/PROPN/2/nsubj called/VERB/0/root it/PRON/2/obj "/PUNCT/6/punct a/DET/6/det relic/NOUN/2/xcomp of/ADP/9/case old/ADJ/9/amod times/NOUN/6/nmod "/PUNCT/6/punct', mentions: [[0, 0, 'GPE', 'e2']] },
  ]);
  doc.sentences[1].block = 0;
  const claims = extractClaims(doc);
  // ("Lagos called it ..." is Lagos's own characterisation; the quotation is never Okafor's)
  assert.ok(!claims.some((c) => c.speaker.name === 'Okafor' && c.content.text.includes('relic')), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
  assert.deepEqual(claims.filter((c) => c.speaker.name !== 'Lagos').map((c) => c.speaker.name), ['Okafor']);
});

test('no claim: "as X said" after a comma is an aside, not a report of the clause', () => {
  const doc = handDocument([
    { tokens: 'The/DET/2/det border/NOUN/4/nsubj is/AUX/4/cop calm/ADJ/0/root ,/PUNCT/8/punct as/SCONJ/8/mark Okafor/PROPN/8/nsubj said/VERB/4/advcl ./PUNCT/4/punct', mentions: [[6, 6, 'PERSON', 'e1']] },
  ]);
  assert.deepEqual(extractClaims(doc), []);
});

test('a stray closing quote opening a sentence does not make the sentence a quotation', () => {
  const doc = handDocument([
    { tokens: '"/PUNCT/3/punct We/PRON/3/nsubj need/VERB/0/root help/NOUN/3/obj ,/PUNCT/6/punct Okafor/PROPN/6/nsubj said/VERB/3/parataxis ./PUNCT/3/punct', mentions: [[5, 5, 'PERSON', 'e1']] },
    { tokens: '"/PUNCT/3/punct An/DET/3/det aide/NOUN/4/nsubj said/VERB/0/root talks/NOUN/6/nsubj ended/VERB/4/ccomp ./PUNCT/4/punct' },
  ]);
  doc.sentences[1].block = 0;
  const claims = extractClaims(doc);
  assert.ok(!claims.some((c) => c.speaker.name === 'Okafor' && /aide/.test(c.content.text)), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
});

test('no parenthetical claim when the reporting clause has a clause of its own or no comma', () => {
  const doc = handDocument([
    { tokens: 'That/PRON/0/root was/AUX/1/cop what/PRON/1/nsubj Lee/PROPN/5/nsubj said/VERB/3/acl:relcl when/SCONJ/8/mark she/PRON/8/nsubj left/VERB/5/advcl ./PUNCT/1/punct', mentions: [[3, 3, 'PERSON', 'e1']] },
  ]);
  assert.equal(extractClaims(doc).length, 0);
});

test('"said the words spoken by ..." and "told the aides gathered ..." are no misattached clause', () => {
  const spoken = handDocument([
    { tokens: 'Ruiz/PROPN/2/nsubj said/VERB/0/root the/DET/4/det words/NOUN/2/obj spoken/VERB/4/acl by/ADP/7/case the/DET/7/det envoy/NOUN/5/obl ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
  ]);
  assert.equal(extractClaims(spoken).length, 0);
  const told = handDocument([
    { tokens: 'Ruiz/PROPN/2/nsubj told/VERB/0/root the/DET/4/det aides/NOUN/2/obj gathered/VERB/4/acl in/ADP/7/case the/DET/7/det hall/NOUN/5/obl ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
  ]);
  assert.equal(extractClaims(told).length, 0);
});

test('a closing quotation after the cue opens no quoted content', () => {
  const doc = handDocument([
    { tokens: '"/PUNCT/3/punct Go/VERB/3/ccomp said/VERB/0/root "/PUNCT/3/punct ./PUNCT/3/punct', mentions: [] },
  ]);
  assert.equal(extractClaims(doc).length, 0);
});

test('a reporting clause with a clause of its own after a closing quote is no quoteBefore claim', () => {
  const doc = handDocument([
    { tokens: '"/PUNCT/3/punct Lasting/ADJ/3/amod peace/NOUN/0/root "/PUNCT/3/punct ,/PUNCT/3/punct Lee/PROPN/7/nsubj said/VERB/3/conj as/SCONJ/10/mark troops/NOUN/10/nsubj left/VERB/7/advcl ./PUNCT/3/punct', mentions: [[5, 5, 'PERSON', 'e1']] },
  ]);
  assert.equal(extractClaims(doc).length, 0);
});

test('"according to local media" or "according to reports" names no checkable source', () => {
  for (const src of ['local/ADJ/10/amod media/NOUN/3/obl', 'unconfirmed/ADJ/10/amod reports/NOUN/3/obl']) {
    const doc = handDocument([
      { tokens: `The/DET/2/det port/NOUN/3/nsubj closed/VERB/0/root at/ADP/5/case noon/NOUN/3/obl ,/PUNCT/8/punct according/VERB/10/case to/ADP/7/fixed ${src} ./PUNCT/3/punct` },
    ]);
    assert.equal(extractClaims(doc).length, 0, src);
  }
});

test('no bare-clause claim with finite verbs tagged: "said when asked", "heard him say", "maintained support"', () => {
  const mk = (tokens: string, mentions: [number, number, 'PERSON', string][], finite: number[]) => {
    const doc = handDocument([{ tokens, mentions }]);
    for (const k of finite) doc.tokens[k].xpos = 'VBD';
    return doc;
  };
  const docs = [
    mk('Ruiz/PROPN/2/nsubj said/VERB/0/root when/ADV/4/advmod asked/VERB/2/advcl about/ADP/6/case it/PRON/4/obl', [[0, 0, 'PERSON', 'e1']], [3]),
    mk('Voters/NOUN/2/nsubj heard/VERB/0/root him/PRON/4/nsubj say/VERB/2/xcomp things/NOUN/4/obj others/NOUN/7/nsubj feared/VERB/5/acl', [], [6]),
    mk('Okafor/PROPN/2/nsubj maintained/VERB/0/root support/NOUN/2/obj as/SCONJ/6/mark rivals/NOUN/6/nsubj faded/VERB/2/advcl', [[0, 0, 'PERSON', 'e1']], [5]),
    mk('Ruiz/PROPN/2/nsubj said/VERB/0/root goodbye/NOUN/2/obj as/SCONJ/6/mark guests/NOUN/6/nsubj left/VERB/2/advcl', [[0, 0, 'PERSON', 'e1']], [5]),
  ];
  for (const d of docs) assert.deepEqual(extractClaims(d).map((c) => c.content.text), [], d.text);
});

test('no continued quote after a descriptive speaker the parse may have made up ("a good thing said")', () => {
  const doc = handDocument([
    { tokens: 'A/DET/3/det good/ADJ/3/amod thing/NOUN/4/nsubj said/VERB/0/root that/SCONJ/7/mark aid/NOUN/7/nsubj helps/VERB/4/ccomp' },
    { tokens: '“/PUNCT/3/punct We/PRON/3/nsubj need/VERB/0/root more/ADJ/5/amod help/NOUN/3/obj now/ADV/3/advmod ”/PUNCT/3/punct' },
  ]);
  doc.sentences[1].block = 0;
  // An abstract noun is no speaker at all (speakers.test.ts), so neither sentence gives a claim.
  assert.deepEqual(extractClaims(doc).map((c) => c.content.text), []);
});

test('"the minister said" stays descriptive when two people carry the title', () => {
  const doc = handDocument([
    { tokens: 'Minister/PROPN/2/compound Okafor/PROPN/5/nsubj and/CCONJ/5/cc Minister/PROPN/5/compound Lee/PROPN/6/conj met/VERB/0/root ./PUNCT/6/punct', mentions: [[1, 1, 'PERSON', 'e1'], [4, 4, 'PERSON', 'e2']] },
    { tokens: 'The/DET/2/det minister/NOUN/3/nsubj said/VERB/0/root that/SCONJ/6/mark peace/NOUN/6/nsubj matters/VERB/3/ccomp ./PUNCT/3/punct' },
  ]);
  const [c] = extractClaims(doc);
  assert.equal(c?.speaker.entity, undefined);
  assert.equal(c?.speaker.name, 'The minister');
});

test('no bare clause from a participle with an agent: "said the words spoken by the envoy"', () => {
  const doc = handDocument([{
    tokens: 'Ruiz/PROPN/2/nsubj repeated/VERB/0/root ,/PUNCT/5/punct then/ADV/5/advmod said/VERB/2/conj the/DET/7/det words/NOUN/5/obj spoken/VERB/7/acl by/ADP/10/case the/DET/10/det envoy/NOUN/8/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  doc.tokens[7].xpos = 'VBN';
  assert.deepEqual(extractClaims(doc).map((c) => c.content.text), []);
});

test('"that" as a pronoun object after "said" opens no clause ("said that yesterday")', () => {
  const doc = handDocument([{
    tokens: 'Ditto/PROPN/2/nsubj said/VERB/0/root that/PRON/2/obj yesterday/NOUN/2/obl:tmod ./PUNCT/2/punct',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('a quotation closed in its own sentence is not handed to the next sentence\'s speaker', () => {
  const doc = handDocument([
    { tokens: 'Okafor/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '“/PUNCT/3/punct He/PRON/3/nsubj is/AUX/0/root right/ADJ/3/xcomp ./PUNCT/3/punct ”/PUNCT/3/punct' },
    { tokens: '“/PUNCT/3/punct There/PRON/3/expl is/AUX/0/root a/DET/5/det gap/NOUN/3/nsubj ,/PUNCT/3/punct ”/PUNCT/3/punct Flynn/PROPN/9/nsubj said/VERB/3/parataxis ./PUNCT/3/punct', mentions: [[7, 7, 'PERSON', 'e2']] },
  ]);
  doc.sentences[2].block = doc.sentences[1].block;
  const claims = extractClaims(doc);
  assert.ok(!claims.some((c) => c.speaker.name === 'Flynn' && c.content.text.includes('He is right')), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
});

test('no claim: a refusal or a judgement of someone is an event ("refused to meet", "criticized the embargo")', () => {
  const refuse = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj refused/VERB/0/root to/PART/4/mark meet/VERB/2/xcomp the/DET/6/det envoy/NOUN/4/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(refuse), []);
  const criticize = handDocument([{
    tokens: 'China/PROPN/2/nsubj criticized/VERB/0/root the/DET/4/det embargo/NOUN/2/obj',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]);
  // the events stage reads the judgement as ACCUSE: it is recorded once, as the event
  const t = criticize.tokens[1];
  criticize.events.push({ id: 'v1', type: 'ACCUSE', trigger: { start: t.start, end: t.end, text: t.form } } as unknown as (typeof criticize.events)[number]);
  assert.deepEqual(extractClaims(criticize), []);
});

test('no claim: a call for something is a request, a negated judgement states nothing', () => {
  const callFor = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj called/VERB/0/root for/ADP/5/case a/DET/5/det retrial/NOUN/2/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(callFor), []);
  const negated = handDocument([{
    tokens: 'Lee/PROPN/3/nsubj did/AUX/3/aux not/PART/3/advmod criticize/VERB/0/root the/DET/6/det plan/NOUN/4/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  negated.tokens[3].head = -1;
  negated.tokens[2].head = 3;
  negated.tokens[1].head = 3;
  negated.tokens[0].head = 3;
  negated.tokens[5].head = 3;
  assert.deepEqual(extractClaims(negated), []);
});

test('no claim: an attitude cue the events stage took as an event trigger ("promised to send aid")', () => {
  const doc = handDocument([{
    tokens: 'Canada/PROPN/2/nsubj promised/VERB/0/root to/PART/4/mark send/VERB/2/xcomp more/ADJ/6/amod aid/NOUN/4/obj',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]);
  const cue = doc.tokens[1];
  doc.events.push({ id: 'v1', type: 'AID', modality: 'future', trigger: { start: cue.start, end: cue.end, text: cue.form }, mentions: [] });
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim: a cue word after a possessive or an article is a noun ("China\'s claim it ...")', () => {
  const doc = handDocument([{
    tokens: 'He/PRON/2/nsubj accepted/VERB/0/root China/PROPN/2/obj \'s/PART/3/case claim/VERB/8/mark it/PRON/8/nsubj does/AUX/8/aux want/VERB/2/advcl peace/NOUN/8/obj',
    mentions: [[2, 2, 'GPE', 'e1']],
  }]);
  doc.tokens[3].xpos = 'POS';
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim: "which, according to AFP, the UN has criticised" reports the relative clause, not the words before', () => {
  const doc = handDocument([{
    tokens: 'Malaysia/PROPN/2/nsubj turns/VERB/0/root away/ADV/2/advmod boats/NOUN/2/obj which/PRON/11/obj ,/PUNCT/7/punct according/VERB/8/case to/ADP/7/fixed AFP/PROPN/11/obl ,/PUNCT/8/punct the/DET/11/det UN/PROPN/12/nsubj criticised/VERB/4/acl:relcl',
    mentions: [[0, 0, 'GPE', 'e1'], [8, 8, 'ORG', 'e2'], [11, 11, 'ORG', 'e3']],
  }]);
  assert.deepEqual(extractClaims(doc).filter((c) => c.kind === 'according'), []);
});

test('no adjacent-name speaker when the name before the cue is a place ("... in Ohio said that ...")', () => {
  const doc = handDocument([{
    tokens: 'Rallies/NOUN/5/obl in/ADP/3/case Ohio/PROPN/1/nmod also/ADV/5/advmod said/VERB/0/root that/SCONJ/8/mark prices/NOUN/8/nsubj rose/VERB/5/ccomp',
    mentions: [[2, 2, 'GPE', 'e1']],
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim: a quotation-only verb away from a quotation ("the war continued", "asked them to leave")', () => {
  const war = handDocument([{
    tokens: 'The/DET/2/det war/NOUN/3/nsubj continued/VERB/0/root with/ADP/6/case the/DET/6/det expectation/NOUN/3/obl that/SCONJ/10/mark troops/NOUN/10/nsubj will/AUX/10/aux tire/VERB/6/acl',
  }]);
  assert.deepEqual(extractClaims(war), []);
  const ask = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj asked/VERB/0/root them/PRON/2/obj to/PART/5/mark leave/VERB/2/xcomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(ask), []);
});

test('no continued speaker for a quotation whose sentence has a reporting verb of its own', () => {
  const doc = handDocument([
    { tokens: 'Stumpf/PROPN/2/nsubj said/VERB/0/root that/SCONJ/5/mark sales/NOUN/5/nsubj fell/VERB/2/ccomp ./PUNCT/2/punct', mentions: [[0, 0, 'PERSON', 'e1']] },
    { tokens: '“/PUNCT/4/punct You/PRON/4/nsubj should/AUX/4/aux resign/VERB/0/root now/ADV/4/advmod ,/PUNCT/4/punct ”/PUNCT/4/punct Warren/NOUN/9/obj told/VERB/4/dep him/PRON/9/obj' },
  ]);
  doc.sentences[1].block = doc.sentences[0].block;
  const claims = extractClaims(doc);
  assert.ok(!claims.some((c) => c.content.text.includes('resign') && c.speaker.name === 'Stumpf'), JSON.stringify(claims.map((c) => [c.speaker.name, c.content.text])));
});

test('a quoted phrase inside the clause is not the whole content (\'... most "pressing political challenge" of the day, Mr Blair warned\')', () => {
  const doc = handDocument([{
    tokens: 'Peace/NOUN/7/nsubj was/AUX/7/cop the/DET/7/det most/ADV/6/advmod “/PUNCT/6/punct pressing/VERB/7/amod challenge/NOUN/15/ccomp ”/PUNCT/7/punct of/ADP/11/case the/DET/11/det day/NOUN/15/obl ,/PUNCT/11/punct Mr/PROPN/14/compound Blair/PROPN/15/nsubj warned/VERB/0/root ./PUNCT/15/punct',
    mentions: [[12, 13, 'PERSON', 'e1']],
  }]);
  const claims = extractClaims(doc);
  assert.ok(!claims.some((c) => c.content.text === 'pressing challenge'), JSON.stringify(claims.map((c) => c.content.text)));
});

test('no claim: a long addressee without "that" ("told a meeting of leaders the plan failed") and a multi-word title-case lead before a colon', () => {
  const tell = handDocument([{
    tokens: 'Obama/PROPN/2/nsubj told/VERB/0/root a/DET/4/det meeting/NOUN/2/obj of/ADP/6/case leaders/NOUN/4/nmod the/DET/8/det plan/NOUN/9/nsubj failed/VERB/2/ccomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.ok(!extractClaims(tell).some((c) => c.content.text.startsWith('of')));
  const head = handDocument([{
    tokens: 'Stealth/PROPN/3/compound Over/PROPN/3/compound Health/PROPN/0/root :/PUNCT/3/punct Clinton/PROPN/7/nsubj was/AUX/7/aux headed/VERB/3/parataxis to/ADP/9/case hospital/NOUN/7/obl',
    mentions: [[4, 4, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(head).filter((c) => c.cue === ':'), []);
});

test('no claim: a recording showing a scene ("The footage showed her asking ...")', () => {
  const doc = handDocument([{
    tokens: 'The/DET/2/det footage/NOUN/3/nsubj showed/VERB/0/root Hassan/PROPN/3/obj asking/VERB/4/acl for/ADP/7/case troops/NOUN/5/obl',
    mentions: [[3, 3, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim: a statement noun without a possessor or without "that" ("the claim that ...", "Russia\'s claim was false")', () => {
  const bare = handDocument([{
    tokens: 'Few/ADJ/2/nsubj believed/VERB/0/root the/DET/4/det claim/NOUN/2/obj that/SCONJ/7/mark prices/NOUN/7/nsubj fell/VERB/4/acl',
  }]);
  assert.deepEqual(extractClaims(bare), []);
  const noThat = handDocument([{
    tokens: 'Russia/PROPN/3/nmod:poss \'s/PART/1/case claim/NOUN/5/nsubj was/AUX/5/cop false/ADJ/0/root',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]);
  noThat.tokens[1].xpos = 'POS';
  assert.deepEqual(extractClaims(noThat), []);
});

test('no claim: an occasion is no speaker ("a news conference announcing that ...")', () => {
  const doc = handDocument([{
    tokens: 'She/PRON/2/nsubj spoke/VERB/0/root at/ADP/5/case a/DET/5/det conference/NOUN/2/obl announcing/VERB/5/acl that/SCONJ/10/mark her/PRON/9/nmod:poss office/NOUN/10/nsubj sued/VERB/6/ccomp',
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim: "described the scene" without an "as" phrase', () => {
  const doc = handDocument([{
    tokens: 'Witnesses/NOUN/2/nsubj described/VERB/0/root the/DET/4/det scene/NOUN/2/obj in/ADP/6/case detail/NOUN/2/obl',
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim: "called lawmakers to return" is a request, not a characterisation', () => {
  const doc = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj called/VERB/0/root lawmakers/NOUN/2/obj to/PART/5/mark return/VERB/2/xcomp',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no survey claim when the clause after "In a survey," has its own speech verb, or the phrase names no survey', () => {
  const said = handDocument([{
    tokens: 'In/ADP/3/case a/DET/3/det survey/NOUN/7/obl ,/PUNCT/7/punct most/ADJ/6/amod voters/NOUN/7/nsubj said/VERB/0/root they/PRON/9/nsubj agreed/VERB/7/ccomp',
  }]);
  assert.ok(!extractClaims(said).some((c) => c.kind === 'according'));
  const town = handDocument([{
    tokens: 'In/ADP/2/case Ohio/PROPN/6/obl ,/PUNCT/6/punct most/ADJ/5/amod voters/NOUN/6/nsubj chose/VERB/0/root Clinton/PROPN/6/obj',
    mentions: [[1, 1, 'GPE', 'e1'], [6, 6, 'PERSON', 'e2']],
  }]);
  assert.deepEqual(extractClaims(town), []);
});

test('no claim from a noun object of "say", of an addressee verb, of a negated or untested verb', () => {
  const cases = [
    // "said its independence": "say" takes a clause, not a thing
    'Ukraine/PROPN/2/nsubj said/VERB/0/root its/PRON/4/nmod:poss independence/NOUN/2/obj',
    // "told reporters": the object is the addressee
    'Okafor/PROPN/2/nsubj told/VERB/0/root the/DET/4/det reporters/NOUN/2/obj',
    // a negated report says nothing
    'Okafor/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod mention/VERB/0/root the/DET/6/det wall/NOUN/4/obj',
    // "maintained a lead", "claimed victory", "posted a photo": verbs whose objects are things
    'Okafor/PROPN/2/nsubj maintained/VERB/0/root a/DET/5/det wide/ADJ/5/amod lead/NOUN/2/obj',
    'Okafor/PROPN/2/nsubj posted/VERB/0/root a/DET/4/det photo/NOUN/2/obj',
    // a one-word object
    'Okafor/PROPN/2/nsubj confirmed/VERB/0/root it/PRON/2/obj',
    // "spoke on the phone": no topic
    'Okafor/PROPN/2/nsubj spoke/VERB/0/root on/ADP/5/case the/DET/5/det phone/NOUN/2/obl',
  ];
  for (const tokens of cases) {
    const doc = handDocument([{ tokens, mentions: [[0, 0, 'PERSON', 'e1']] }]);
    assert.deepEqual(extractClaims(doc), [], tokens);
  }
});

test('no claim from a noun object the events stage read as a happening ("announced a cooperation initiative")', () => {
  const doc = handDocument([{
    tokens: 'Ukraine/PROPN/2/nsubj announced/VERB/0/root a/DET/5/det cooperation/NOUN/5/compound initiative/NOUN/2/obj',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]);
  const t = doc.tokens[3];
  doc.events.push({ id: 'v1', type: 'COOPERATE', trigger: { start: t.start, end: t.end, text: t.form } } as unknown as (typeof doc.events)[number]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim from a vow that is negated or that the events stage read as a happening', () => {
  const negated = handDocument([{
    tokens: 'Clinton/PROPN/4/nsubj did/AUX/4/aux not/PART/4/advmod vow/VERB/0/root to/PART/6/mark repeal/VERB/4/xcomp the/DET/8/det amendment/NOUN/6/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(negated), []);
  const aid = handDocument([{
    tokens: 'Canada/PROPN/2/nsubj vowed/VERB/0/root to/PART/4/mark send/VERB/2/xcomp more/ADJ/6/amod aid/NOUN/4/obj',
    mentions: [[0, 0, 'GPE', 'e1']],
  }]);
  const t = aid.tokens[5];
  aid.events.push({ id: 'v1', type: 'AID', trigger: { start: t.start, end: t.end, text: t.form } } as unknown as (typeof aid.events)[number]);
  assert.deepEqual(extractClaims(aid), []);
});

test('no claim: "spoke out about the war" is a public act, "spoke on the phone" names no topic', () => {
  const out = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj spoke/VERB/0/root out/ADP/2/compound:prt about/ADP/6/case the/DET/6/det war/NOUN/2/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(out), []);
  const phone = handDocument([{
    tokens: 'Lee/PROPN/2/nsubj spoke/VERB/0/root on/ADP/5/case the/DET/5/det phone/NOUN/2/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(phone), []);
});

test('no claim: a manner-of-speaking verb without a quotation or a "that" clause ("laughed at the joke"), a headline "hails X"', () => {
  const laughed = handDocument([{
    tokens: 'Trump/PROPN/2/nsubj laughed/VERB/0/root at/ADP/5/case the/DET/5/det joke/NOUN/2/obl',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(laughed), []);
  const hails = handDocument([{
    tokens: 'Blair/PROPN/2/nsubj hails/VERB/0/root talks/NOUN/4/compound deal/NOUN/2/obj',
    mentions: [[0, 0, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(hails), []);
});

test('no claim: a descriptive subject after a clause with no quotation ("Prices rose and the governor said nothing")', () => {
  const doc = handDocument([{
    tokens: 'Prices/NOUN/2/nsubj rose/VERB/0/root and/CCONJ/6/cc the/DET/5/det governor/NOUN/6/nsubj said/VERB/2/conj nothing/PRON/6/obj',
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no claim: a verb after a quoted phrase that closes without a comma ("the “pivot” line Sanders fixates on")', () => {
  const doc = handDocument([{
    tokens: 'The/DET/4/det “/PUNCT/3/punct pivot/NOUN/4/compound ”/PUNCT/3/punct line/NOUN/0/root Sanders/PROPN/7/nsubj fixates/VERB/5/acl:relcl',
    mentions: [[5, 5, 'PERSON', 'e1']],
  }]);
  assert.deepEqual(extractClaims(doc), []);
});

test('no naming claim: "called off the deal", "a book called Women", a call on a day ("called both candidates Tuesday")', () => {
  const off = handDocument([{
    tokens: 'Shire/PROPN/2/nsubj called/VERB/0/root off/ADP/2/compound:prt the/DET/5/det deal/NOUN/2/obj the/DET/7/det firm/NOUN/2/obj',
    mentions: [[0, 0, 'ORG', 'e1']],
  }]);
  assert.deepEqual(extractClaims(off), []);
  const book = handDocument([{
    tokens: 'a/DET/2/det book/NOUN/0/root called/VERB/2/acl Women/PROPN/3/obj Who/PRON/6/nsubj Work/VERB/4/acl:relcl',
  }]);
  assert.deepEqual(extractClaims(book), []);
});
