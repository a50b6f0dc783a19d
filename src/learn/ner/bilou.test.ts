import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, NLABELS, decodeLabels, encodeSpans, validTransition, validEnd, LABEL_INDEX } from './bilou.js';

test('label set: O plus B/I/L/U for five types', () => {
  assert.equal(NLABELS, 21);
  assert.equal(LABELS[0], 'O');
  assert.ok(LABEL_INDEX.has('U-NORP') && LABEL_INDEX.has('B-PERSON') && LABEL_INDEX.has('L-GPE'));
});

test('BILOU encode/decode round trip', () => {
  const spans = [
    { start: 0, end: 2, type: 'PERSON' as const },
    { start: 3, end: 4, type: 'GPE' as const },
    { start: 5, end: 8, type: 'ORG' as const },
    { start: 9, end: 10, type: 'NORP' as const },
  ];
  const labels = encodeSpans(10, spans);
  assert.deepEqual([...labels].map((l) => LABELS[l]), [
    'B-PERSON', 'L-PERSON', 'O', 'U-GPE', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-NORP',
  ]);
  assert.deepEqual(decodeLabels(labels), spans);
});

test('decode is lenient with ill-formed sequences', () => {
  const l = (s: string) => LABEL_INDEX.get(s)!;
  // B without L, then a type switch mid-name.
  const spans = decodeLabels([l('B-ORG'), l('I-ORG'), l('O'), l('B-GPE'), l('I-PERSON')]);
  assert.deepEqual(spans, [
    { start: 0, end: 2, type: 'ORG' },
    { start: 3, end: 4, type: 'GPE' },
    { start: 4, end: 5, type: 'PERSON' },
  ]);
});

test('transition constraints', () => {
  const l = (s: string) => LABEL_INDEX.get(s)!;
  assert.ok(validTransition(-1, l('B-ORG')));
  assert.ok(!validTransition(-1, l('I-ORG')));
  assert.ok(!validTransition(l('B-ORG'), l('L-GPE')));
  assert.ok(validTransition(l('B-ORG'), l('L-ORG')));
  assert.ok(!validTransition(l('B-ORG'), l('O')));
  assert.ok(validTransition(l('L-ORG'), l('U-GPE')));
  assert.ok(!validEnd(l('B-ORG')) && validEnd(l('U-ORG')) && validEnd(0));
});

test('titles are stripped from person spans, titles alone dropped', async () => {
  const { dropTitles } = await import('./repairs.js');
  const l = (s: string) => LABEL_INDEX.get(s)!;
  const forms = ['Home', 'Secretary', 'Charles', 'Clarke', 'met', 'the', 'President', 'and', 'Lord', 'Janner'];
  const labels = Uint8Array.from([l('B-PERSON'), l('I-PERSON'), l('I-PERSON'), l('L-PERSON'), 0, 0, l('U-PERSON'), 0, l('B-PERSON'), l('L-PERSON')]);
  dropTitles(forms, labels);
  assert.deepEqual(decodeLabels(labels), [
    { start: 2, end: 4, type: 'PERSON' },
    { start: 9, end: 10, type: 'PERSON' },
  ]);
});

test('an office tagged ORG is no organisation; its country stays a GPE', async () => {
  const { titlesAreNoOrgs } = await import('./repairs.js');
  const { Gazetteer } = await import('../../kb/gazetteer.js');
  const gaz = new Gazetteer({ version: 1, entries: { us: 1 } });
  const l = (s: string) => LABEL_INDEX.get(s)!;
  const forms = ['US', 'Secretary', 'of', 'State', 'met', 'the', 'Ministry', 'of', 'Finance'];
  const labels = Uint8Array.from([l('B-ORG'), l('I-ORG'), l('I-ORG'), l('L-ORG'), 0, 0, l('B-ORG'), l('I-ORG'), l('L-ORG')]);
  titlesAreNoOrgs(forms, labels, gaz);
  assert.deepEqual(decodeLabels(labels), [
    { start: 0, end: 1, type: 'GPE' },
    { start: 6, end: 9, type: 'ORG' },
  ]);
});
