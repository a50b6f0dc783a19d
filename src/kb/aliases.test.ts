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

test('Washington and Kiev as seats of government; a state name is no capital', () => {
  const ci = countryIndex();
  assert.equal(ci.byCapital.get('washington')?.code, 'USA');
  assert.equal(ci.byCapital.get('kiev')?.code, 'UKR');
  assert.equal(ci.byCapital.get('texas'), undefined);
});
