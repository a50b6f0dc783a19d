/** Re-typing must NOT turn persons, known names or mere cities into states (./retype.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from './fixture.js';
import { countryOf, linkDocument } from './index.js';

test("a real person in a possessive with a government noun stays a person: Carney's government", () => {
  const doc = makeDoc(
    "Carney's government will send troops. Carney's cabinet met in Ottawa.",
    [['Carney', 'PERSON', 'name', 1], ['Carney', 'PERSON', 'name', 2], ['Ottawa', 'GPE']],
    '2025-06-01',
  );
  linkDocument(doc);
  const c = doc.entities.find((e) => e.mentions.some((m) => m.text.startsWith('Carney')))!;
  assert.equal(c.type, 'PERSON');
  assert.ok(doc.mentions.filter((m) => m.text === 'Carney').every((m) => m.type === 'PERSON'));
});

test('an unknown person named in full elsewhere stays a person despite "X\'s government"', () => {
  const doc = makeDoc(
    "Prime Minister Ada Brisk spoke in Halbrin. Brisk's government will fall, and Brisk's army is tired.",
    [['Ada Brisk', 'PERSON'], ['Halbrin', 'GPE'], ['Brisk', 'PERSON', 'name', 2], ['Brisk', 'PERSON', 'name', 3]],
  );
  linkDocument(doc);
  assert.ok(doc.mentions.filter((m) => m.kind === 'name' && m.text.includes('Brisk')).every((m) => m.type === 'PERSON'));
  assert.equal(doc.entities.filter((e) => e.type === 'PERSON').length, 1);
});

test('a title before the name outweighs place evidence', () => {
  const doc = makeDoc(
    "Mr Tolland arrived in Brussels. Tolland's government collapsed. Tolland said he would stay.",
    [['Mr Tolland', 'PERSON'], ['Brussels', 'GPE'], ['Tolland', 'PERSON', 'name', 2], ['Tolland', 'PERSON', 'name', 3]],
  );
  linkDocument(doc);
  assert.ok(doc.mentions.filter((m) => m.kind === 'name' && m.text.includes('Tolland')).every((m) => m.type === 'PERSON'));
});

test('one weak locative is not enough to re-type a person', () => {
  const doc = makeDoc('The prize went to Halvard on Monday.', [['Halvard', 'PERSON']]);
  linkDocument(doc);
  assert.equal(doc.entities[0]!.type, 'PERSON');
});

test('a city seen only as a location is a place, not a state that acts', () => {
  const doc = makeDoc('Talks were held in Velmora. Officials in Velmora said little.', [['Velmora', 'GPE', 'name', 1], ['Velmora', 'GPE', 'name', 2]]);
  linkDocument(doc);
  const v = doc.entities.find((e) => e.name === 'Velmora')!;
  assert.equal(v.type, 'GPE');
  assert.equal(countryOf(doc, v), undefined);
});

test('names in the countries table keep the table\'s reading', () => {
  const doc = makeDoc("Georgia's government protested. Georgia said it would respond.", [['Georgia', 'GPE', 'name', 1], ['Georgia', 'GPE', 'name', 2]]);
  linkDocument(doc);
  assert.equal(doc.entities.find((e) => e.name === 'Georgia')?.kb, 'country:GEO');
});

test('a person met by name stays a person: "went to Orsolak\'s office", "Orsolak said he"', () => {
  const doc = makeDoc(
    "Aides went to Orsolak's office. Orsolak said he would stay. Mr Orsolak spoke at noon.",
    [['Orsolak', 'PERSON', 'name', 1], ['Orsolak', 'PERSON', 'name', 2], ['Mr Orsolak', 'PERSON']],
  );
  linkDocument(doc);
  assert.ok(doc.entities.filter((e) => /Orsolak/.test(e.name)).every((e) => e.type === 'PERSON'));
});
