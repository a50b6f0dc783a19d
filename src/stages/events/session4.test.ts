/**
 * Constructions found on unseen news (session 4): a relative clause the parser hung on the wrong
 * noun, ... Each with the strings that must not match.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../model/types.js';
import { extractEvents } from './index.js';
import { buildLexicon } from './lexicon.js';
import { DocBuilder } from './testkit.js';

const lex = buildLexicon();
const ALL = { modalities: ['asserted', 'future', 'negated', 'historical', 'hypothetical'] as ('asserted' | 'future' | 'negated' | 'historical' | 'hypothetical')[] };
const show = (evs: EventRecord[]) => JSON.stringify(evs.map((e) => [e.type, e.actor?.name, e.target?.name, e.modality]));
const run = (...sents: string[]) => {
  const b = new DocBuilder();
  for (const s of sents) b.sent(s);
  return extractEvents(b.build(), lex, ALL);
};

// "support from the European Union, which has earmarked assistance for Ukraine", with the relative
// clause hung on "support" (as the parser does)
const RELCL = 'We/PRON/2/nsubj expect/VERB/0/root support/NOUN/2/obj from/ADP/7/case the/DET/7/det European/PROPN/7/compound/B-ORG Union/PROPN/3/nmod/I-ORG ,/PUNCT/11/punct which/PRON/11/nsubj has/AUX/11/aux earmarked/VERB.VBN/3/acl:relcl assistance/NOUN/11/obj for/ADP/14/case Ukraine/PROPN/11/obl/GPE ./PUNCT/2/punct';

test('"X, which has earmarked aid": the name before the relative pronoun acts when the parse hangs the clause elsewhere', () => {
  const evs = run(RELCL);
  const e = evs.find((x) => x.type === 'AID');
  assert.ok(e, show(evs));
  assert.equal(e.actor?.name, 'European Union');
  assert.equal(e.target?.name, 'Ukraine');
});

test('a relative pronoun: "who" after a place names no actor; a negated clause stays negated', () => {
  const who = run(RELCL.replace('which/PRON', 'who/PRON').replace('B-ORG', 'B-LOC').replace('I-ORG', 'I-LOC'));
  assert.deepEqual(who.filter((x) => x.type === 'AID' && x.actor), [], show(who));
  const neg = run('We/PRON/2/nsubj expect/VERB/0/root support/NOUN/2/obj from/ADP/7/case the/DET/7/det European/PROPN/7/compound/B-ORG Union/PROPN/3/nmod/I-ORG ,/PUNCT/12/punct which/PRON/12/nsubj has/AUX/12/aux not/PART/12/advmod earmarked/VERB.VBN/3/acl:relcl assistance/NOUN/12/obj for/ADP/15/case Ukraine/PROPN/12/obl/GPE ./PUNCT/2/punct');
  assert.ok(neg.some((x) => x.type === 'AID' && x.modality === 'negated'), show(neg));
  assert.ok(neg.every((x) => x.type !== 'AID' || x.modality === 'negated'), show(neg));
});
