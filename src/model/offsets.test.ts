import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CleanBuilder, identityClean, toCleaned, toOriginal } from './offsets.js';

test('identity map returns the same offsets', () => {
  const c = identityClean('abc def');
  assert.deepEqual(toOriginal(c, 4, 7), { start: 4, end: 7 });
});

test('an inserted space keeps both neighbours on their original offsets', () => {
  const orig = 'European Unionwhich will';
  const b = new CleanBuilder(orig);
  b.insert(14, ' ');
  const c = b.finish();
  assert.equal(c.text, 'European Union which will');
  const union = toOriginal(c, 9, 14);
  assert.equal(orig.slice(union.start, union.end), 'Union');
  const which = toOriginal(c, 15, 20);
  assert.equal(orig.slice(which.start, which.end), 'which');
  assert.equal(toCleaned(c, 14), 14, "the inserted space is the first cleaned character at 14");
  assert.equal(toCleaned(c, 15), 16);
});

test('a replaced entity covers its whole original run', () => {
  const orig = 'A &amp; B';
  const b = new CleanBuilder(orig);
  b.replace(2, 7, '&');
  const c = b.finish();
  assert.equal(c.text, 'A & B');
  assert.deepEqual(toOriginal(c, 2, 3), { start: 2, end: 7 });
  assert.deepEqual(toOriginal(c, 4, 5), { start: 8, end: 9 });
});

test('an empty span maps to an empty span', () => {
  const c = identityClean('abc');
  assert.deepEqual(toOriginal(c, 2, 2), { start: 2, end: 2 });
});
