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
