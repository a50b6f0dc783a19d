import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toFtsQuery } from './fts.js';

test('plain words are quoted and ANDed', () => {
  assert.equal(toFtsQuery('Kyiv aid'), '"Kyiv" AND "aid"');
});

test('phrases, prefixes, OR and NOT', () => {
  assert.equal(toFtsQuery('"air defence" pledg*'), '"air defence" AND "pledg"*');
  assert.equal(toFtsQuery('Kyiv OR Kiev'), '("Kyiv" OR "Kiev")');
  assert.equal(toFtsQuery('Kyiv -Moscow'), '("Kyiv") NOT "Moscow"');
});

test('punctuation inside a term makes a phrase of its words', () => {
  assert.equal(toFtsQuery('U.S.'), '"U S"');
  assert.equal(toFtsQuery("Canada's"), '"Canada s"');
});

// Negative cases: strings that must not produce FTS syntax of their own.
test('hostile input yields quoted terms or nothing', () => {
  const cases: [string, string | undefined][] = [
    ['', undefined], ['   ', undefined], ['"', undefined], ['""', undefined], ['*', undefined], ['-', undefined],
    ['OR', undefined], ['-Moscow', undefined], ['()', undefined], ['^', undefined], [':', undefined],
    ['"unclosed phrase', '"unclosed phrase"'], ['title:Kyiv', '"title Kyiv"'], ['NEAR(a b)', '"NEAR a" AND "b"'],
    ["'; DROP TABLE x; --", '"DROP" AND "TABLE" AND "x"'], ['AND', '"AND"'], ['NOT', '"NOT"'],
  ];
  for (const [q, want] of cases) assert.equal(toFtsQuery(q), want, JSON.stringify(q));
});
