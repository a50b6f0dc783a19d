import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Featurizer, capClass, sentenceMode, wordShape, Cap, Mode } from './features.js';
import { Gazetteer } from '../../kb/gazetteer.js';
import { Clusters } from './clusters.js';

test('capitalisation classes and shapes', () => {
  assert.equal(capClass('the'), Cap.LOWER);
  assert.equal(capClass('Kyiv'), Cap.INIT);
  assert.equal(capClass('NATO'), Cap.ALL);
  assert.equal(capClass('A'), Cap.LETTER);
  assert.equal(capClass('McDonald'), Cap.MIXED);
  assert.equal(capClass('G7'), Cap.ALNUM);
  assert.equal(capClass(','), Cap.NONE);
  assert.equal(capClass('Über'), Cap.INIT);
  assert.equal(wordShape('Zelenskyy'), 'Xx');
  assert.equal(wordShape('U.S.'), 'X.X.');
  assert.equal(wordShape('2,000'), 'd,d');
});

test('undotted titles share the features of dotted ones', () => {
  const fz = new Featurizer();
  assert.deepEqual([...fz.info('Mr')], [...fz.info('Mr.')]);
  assert.notDeepEqual([...fz.info('Mrx')], [...fz.info('Mrx.')]);
});

test('sentence modes: normal, lower, upper, title', () => {
  const mode = (s: string) => { const f = s.split(' '); return sentenceMode(f.map(capClass), f); };
  assert.equal(mode('Carney arrived in Kyiv on Sunday .'), Mode.NORMAL);
  assert.equal(mode('Prime Minister Mark Carney arrived in Kyiv on Sunday for his first visit .'), Mode.NORMAL);
  assert.equal(mode('carney arrived in kyiv on sunday .'), Mode.LOWER);
  assert.equal(mode('CARNEY ARRIVED IN KYIV ON SUNDAY'), Mode.UPPER);
  assert.equal(mode('Carney To Meet Zelenskyy In Ukraine To Discuss Military Aid'), Mode.TITLE);
});

test('features: deterministic, word-specific, with gazetteer, cluster and memory features', () => {
  const gaz = new Gazetteer({ version: 1, entries: { ukraine: 1, 'mark carney': 16 } });
  const clusters = Clusters.parse('0110\tkyiv\t4\n0111\tukraine\t4\n');
  const fz = new Featurizer(gaz, clusters);
  const a = fz.sentence(['Mark', 'Carney', 'visited', 'Ukraine', '.']);
  const b = fz.sentence(['Mark', 'Carney', 'visited', 'Ukraine', '.']);
  assert.deepEqual([...a.feats], [...b.feats]);
  const feats = (s: typeof a, i: number) => new Set(a === s ? [...s.feats.subarray(i * s.stride, i * s.stride + s.count[i])] : [...s.feats.subarray(i * s.stride, i * s.stride + s.count[i])]);
  // Same word in the same context: same features; different word: different word features.
  const c = fz.sentence(['Mark', 'Carney', 'visited', 'Kyiv', '.']);
  const fu = feats(a, 3), fk = feats(c, 3);
  assert.ok([...fu].some((f) => !fk.has(f)));
  // Gazetteer adds features: the same unknown word without gazetteer has fewer.
  const plain = new Featurizer(undefined, undefined).sentence(['Mark', 'Carney', 'visited', 'Ukraine', '.']);
  assert.ok(a.count[3] > plain.count[3]);
  // Non-local memory adds features.
  const m = fz.sentence(['Carney', 'spoke'], new Map([['carney', 1]]));
  const n = fz.sentence(['Carney', 'spoke']);
  assert.equal(m.count[0], n.count[0] + 2);
  // History features depend on the previous label.
  const h1 = new Uint32Array(4), h2 = new Uint32Array(4);
  fz.history(a, 1, 0, h1);
  fz.history(a, 1, 1, h2);
  assert.notDeepEqual([...h1], [...h2]);
});
