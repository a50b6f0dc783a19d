import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAZ } from '../../kb/gazetteer.js';
import { cleanPersonParts } from './resources.js';

test('cleanPersonParts: places and organisations lose first/last-name marks, plain names keep them', () => {
  const first = 1 << GAZ.FIRST, last = 1 << GAZ.LAST;
  const data = { version: 1 as const, entries: { korea: (1 << GAZ.COUNTRY) | first, un: (1 << GAZ.ORG) | first | last, anna: first, berg: last } };
  cleanPersonParts(data);
  assert.equal(data.entries.korea, 1 << GAZ.COUNTRY);
  assert.equal(data.entries.un, 1 << GAZ.ORG);
  assert.equal(data.entries.anna, first);
  assert.equal(data.entries.berg, last);
});
