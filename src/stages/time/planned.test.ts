import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './index.js';

// Published on Tuesday 2024-06-11.
const value = (s: string) => findTimexes(s, { ref: '2024-06-11' }).map((t) => t.value);

test('"agreed to" + noun phrase is a past event, not a plan', () => {
  assert.deepEqual(value('Both sides agreed to a ceasefire on Saturday.'), ['2024-06-08']);
});

test('"agreed to" + verb still looks ahead', () => {
  assert.deepEqual(value('The delegation agreed to meet on Saturday.'), ['2024-06-15']);
});
