import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreDocument, type GoldAttribution } from './evaluate.js';

const gold: GoldAttribution[] = [
  // one quotation over two sentences, one cue: PolNeAR writes one attribution with two fragments
  { source: [{ start: 0, end: 5 }], cue: [{ start: 6, end: 10 }], content: [{ start: 11, end: 40 }, { start: 42, end: 80 }] },
  { source: [{ start: 100, end: 105 }], cue: [{ start: 106, end: 110 }], content: [{ start: 111, end: 150 }] },
];
const claim = (sp: [number, number], cue: [number, number], content: [number, number]) => ({
  speaker: { start: sp[0], end: sp[1] }, cueSpan: { start: cue[0], end: cue[1] }, content: { start: content[0], end: content[1] },
});

test('scorer: claims of one cue over the fragments of one gold attribution are all correct, found once', () => {
  const s = scoreDocument([claim([0, 5], [6, 10], [11, 40]), claim([0, 5], [6, 10], [42, 80])], gold);
  assert.deepEqual(s, { correct: 2, wrong: 0, found: 1, gold: 2 });
});

test('scorer: a second cue cannot take a gold attribution already found', () => {
  const s = scoreDocument([claim([0, 5], [6, 10], [11, 40]), claim([0, 5], [60, 64], [42, 80])], gold);
  assert.deepEqual(s, { correct: 1, wrong: 1, found: 1, gold: 2 });
});

test('scorer: the speaker must overlap the gold source; content alone is not enough', () => {
  const s = scoreDocument([claim([20, 25], [106, 110], [111, 150])], gold);
  assert.deepEqual(s, { correct: 0, wrong: 1, found: 0, gold: 2 });
});

test('scorer: of two gold attributions a claim overlaps, the larger overlap is taken', () => {
  const g: GoldAttribution[] = [
    { source: [], cue: [], content: [{ start: 0, end: 12 }] },
    { source: [], cue: [], content: [{ start: 10, end: 60 }] },
  ];
  const s = scoreDocument([claim([70, 75], [76, 80], [0, 12]), claim([70, 75], [90, 94], [10, 60])], g);
  assert.deepEqual(s, { correct: 2, wrong: 0, found: 2, gold: 2 });
});

test('scorer: an inverted attribution annotated with Source and Cue swapped is swapped back', async () => {
  const { repairRoles } = await import('./evaluate.js');
  const text = '"We will win," said Hester. Lee said it.';
  const swapped: GoldAttribution = { source: [{ start: 15, end: 19 }], cue: [{ start: 20, end: 26 }], content: [{ start: 1, end: 12 }] };
  const right: GoldAttribution = { source: [{ start: 28, end: 31 }], cue: [{ start: 32, end: 36 }], content: [{ start: 37, end: 39 }] };
  const [a, b] = repairRoles([swapped, right], text);
  assert.equal(text.slice(a.source[0].start, a.source[0].end), 'Hester');
  assert.equal(text.slice(a.cue[0].start, a.cue[0].end), 'said');
  assert.deepEqual(b, right);
});
