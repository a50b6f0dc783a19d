/** Document-level re-typing: unknown names whose context says "place" become GPE (./retype.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc, linkedName } from './fixture.js';
import { countryOf, linkDocument } from './index.js';

test('possessive state nouns, "its troops" and "the people of X" make an unknown name a state', () => {
  const doc = makeDoc(
    "Quenmark's defence minister spoke on Monday. Quenmark will not withdraw its troops, he said. The people of Quenmark voted. Quenmark rejected the demand.",
    [['Quenmark', 'PERSON', 'name', 1], ['Quenmark', 'PERSON', 'name', 2], ['Quenmark', 'GPE', 'name', 3], ['Quenmark', 'PERSON', 'name', 4]],
  );
  linkDocument(doc);
  const q = doc.entities.filter((e) => e.name === 'Quenmark');
  assert.equal(q.length, 1);
  assert.equal(q[0]!.type, 'GPE');
  assert.equal(q[0]!.mentions.length, 4);
  assert.equal(countryOf(doc, q[0]), 'Quenmark');
});

test('a derived adjective becomes a demonym of its place; "the X capital, Y" makes Y its capital', () => {
  const doc = makeDoc(
    "Orlavia closed its border on Sunday. Orlavian drones struck the port. In the Orlavian capital, Halbrin, shops stayed shut. Orlavia's army said the strikes would go on.",
    [['Orlavia', 'PERSON', 'name', 1], ['Orlavian', 'PERSON', 'name', 1], ['Orlavian', 'GPE', 'name', 2], ['Halbrin', 'PERSON'], ['Orlavia', 'PERSON', 'name', 2]],
  );
  linkDocument(doc);
  const o = doc.entities.find((e) => e.name === 'Orlavia')!;
  assert.equal(o.type, 'GPE');
  assert.equal(linkedName(doc, 'Orlavian', 1), 'Orlavia');
  assert.equal(linkedName(doc, 'Orlavian', 2), 'Orlavia');
  assert.ok(doc.mentions.filter((m) => m.text === 'Orlavian').every((m) => m.kind === 'demonym'));
  // A demonym is not a name of the place.
  assert.ok(!o.mentions.some((m) => m.text === 'Orlavian'));
  const h = doc.entities.find((e) => e.name === 'Halbrin')!;
  assert.equal(h.type, 'GPE');
  assert.equal(countryOf(doc, h), 'Orlavia');
  assert.equal(countryOf(doc, o), 'Orlavia');
});

test('"diplomats from X" and "arrived in X" with a place elsewhere in the text', () => {
  const doc = makeDoc(
    'Two diplomats from Dulmar were expelled. The envoy arrived in Dulmar on Friday. Dulmar and Sweden signed a deal.',
    [['Dulmar', 'PERSON', 'name', 1], ['Dulmar', 'PERSON', 'name', 2], ['Dulmar', 'ORG', 'name', 3], ['Sweden', 'GPE']],
  );
  linkDocument(doc);
  const d = doc.entities.filter((e) => e.name === 'Dulmar');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.type, 'GPE');
});

test('an adjective before war nouns with no place of that name in the text: a demonym, not a person', () => {
  const doc = makeDoc('Power lines were damaged by Brevanian missile strikes overnight.', [['Brevanian', 'PERSON']]);
  linkDocument(doc);
  assert.equal(doc.entities.filter((e) => e.type === 'PERSON').length, 0);
  assert.equal(doc.mentions.find((m) => m.text === 'Brevanian')?.kind, 'demonym');
});

test('occurrences the recogniser missed still count as evidence', () => {
  const doc = makeDoc("Tarsk will send generators. The pledge brings Tarsk's total aid to $5 million.", [['Tarsk', 'PERSON', 'name', 1]]);
  linkDocument(doc);
  assert.equal(doc.entities.find((e) => e.name === 'Tarsk')?.type, 'GPE');
});

test('"will visit X", "killed at X", "go to X": an unknown name there is a place', () => {
  const doc = makeDoc(
    'The minister will visit Dravenko next week. Hundreds were killed at Dravenko. Critics want him to go to Dravenko.',
    [['Dravenko', 'PERSON', 'name', 1], ['Dravenko', 'PERSON', 'name', 2], ['Dravenko', 'PERSON', 'name', 3]],
  );
  linkDocument(doc);
  assert.equal(doc.entities.find((e) => e.name === 'Dravenko')?.type, 'GPE');
});
