import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PerceptronTrainer, SparseModel, KeyTable } from './perceptron.js';
import { packModel, unpackModel } from './binio.js';
import { fk1 } from './hash.js';

test('averaging: weights are the mean of the weight vectors after each step (Daume trick)', () => {
  const t = new PerceptronTrainer(2);
  const f = Int32Array.of(fk1(1, 7));
  // Step 1 pushes class 0 up; 3 more steps without update. The average runs over the initial
  // vector and the 4 later ones: (0 + 1 + 1 + 1 + 1) / 5.
  t.update(f, 1, 0, 1); t.tick();
  t.tick(); t.tick(); t.tick();
  const m = t.average(0);
  const s = new Int32Array(2);
  m.score(f, 1, s);
  assert.ok(Math.abs(s[0] * m.scale - 0.8) < 1e-3, `avg w0 ${s[0] * m.scale}`);
  assert.ok(Math.abs(s[1] * m.scale + 0.8) < 1e-3);
  // Undoing it at step 5: (0 + 1 + 1 + 1 + 1 + 0) / 6.
  t.update(f, 1, 1, 0); t.tick();
  const m2 = t.average(0);
  const s2 = new Int32Array(2);
  m2.score(f, 1, s2);
  assert.ok(Math.abs(s2[0] * m2.scale - 4 / 6) < 1e-3, `avg w0 ${s2[0] * m2.scale}`);
});

test('sparse model: inline and out-of-line rows, pruning and a binary round trip', () => {
  const keys = Int32Array.of(fk1(1, 1), fk1(1, 2), fk1(1, 3));
  const m = SparseModel.fromRows(4, keys, [1, 3, 2], [2, 0, 1, 3, 1, 2], [0.5, 1, -2, 0.25, 3, -0.01]);
  const s = new Int32Array(4);
  m.score(keys, 3, s);
  const got = Array.from(s, (x) => Math.round(x * m.scale * 100) / 100);
  assert.deepEqual(got, [1, 1, 0.49, 0.25]);
  const p = m.pruned(0.1);
  assert.equal(p.entryCount, 5);
  const { arrays, scale } = p.toArrays();
  const back = unpackModel<{ scale: number }>(packModel({ scale }, arrays));
  const r = SparseModel.fromArrays(4, back.arrays, back.header.scale);
  const s2 = new Int32Array(4);
  r.score(keys, 3, s2);
  assert.deepEqual(Array.from(s2, (x) => Math.round(x * r.scale * 100) / 100), [1, 1, 0.5, 0.25]);
  // Unknown features add nothing.
  const s3 = new Int32Array(4);
  r.score(Int32Array.of(fk1(9, 9)), 1, s3);
  assert.deepEqual(Array.from(s3), [0, 0, 0, 0]);
});

test('key table grows and finds every key', () => {
  const t = new KeyTable(16);
  for (let i = 1; i <= 5000; i++) t.getOrInsert(fk1(3, i), i);
  for (let i = 1; i <= 5000; i++) assert.equal(t.get(fk1(3, i)), i);
  assert.equal(t.get(fk1(4, 1)), -1);
});
