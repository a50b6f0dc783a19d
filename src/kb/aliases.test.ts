import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryIndex } from './countries.js';

test('short names news uses for countries: Bosnia, the PRC', () => {
  const ci = countryIndex();
  assert.equal(ci.byName.get('bosnia')?.name, 'Bosnia and Herzegovina');
  assert.equal(ci.byName.get('prc')?.name, 'China');
});

test('parts of a name are no country', () => {
  const ci = countryIndex();
  assert.equal(ci.byName.get('herzegovina'), undefined);
  assert.equal(ci.byName.get('republic'), undefined);
});
