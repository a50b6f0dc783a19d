import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from './fixture.js';
import { linkDocument } from './index.js';
import { checkOffsets } from '../../model/record.js';

test('first names and an initial the recogniser left out join a KB person ("George W" + "Bush")', () => {
  const doc = makeDoc('George W Bush will display a more consensual approach, Tony Blair said.', [['Bush', 'PERSON'], ['Tony Blair', 'PERSON']], '2005-01-21');
  linkDocument(doc);
  assert.ok(doc.entities.some((e) => e.name === 'George W. Bush' || e.name === 'George W Bush'), JSON.stringify(doc.entities.map((e) => e.name)));
  assert.deepEqual(checkOffsets(doc), []);
});

test('capitalised words before a name that make no known person stay out', () => {
  const doc = makeDoc('Yesterday Smith left for Paris.', [['Smith', 'PERSON'], ['Paris', 'GPE']], '2005-01-21');
  linkDocument(doc);
  assert.ok(doc.entities.some((e) => e.name === 'Smith'), JSON.stringify(doc.entities.map((e) => e.name)));
});

test('"he" inside a quotation is not the speaker named after it', () => {
  const doc = makeDoc('Bush will travel. Mr Blair said Bush was keen. "It is significant that he is coming," said Mr Blair.',
    [['Bush', 'PERSON'], ['Mr Blair', 'PERSON'], ['Bush', 'PERSON', 'name', 2], ['Mr Blair', 'PERSON', 'name', 2]], '2005-01-21');
  linkDocument(doc);
  const he = doc.mentions.find((m) => m.text === 'he');
  const blair = doc.entities.find((e) => /Blair/.test(e.name));
  assert.ok(!he || he.entity !== blair?.id, JSON.stringify(he));
});

test('"he" inside a quotation whose speaker is itself a pronoun ("...," he says) is not that speaker', () => {
  const doc = makeDoc('Etzioni spoke about Khan. "This is like letting a killer go because he promised to help," he says.',
    [['Etzioni', 'PERSON'], ['Khan', 'PERSON']], '2005-02-07');
  linkDocument(doc);
  const he = doc.mentions.find((m) => m.text === 'he');
  const etz = doc.entities.find((e) => e.name === 'Etzioni');
  assert.ok(!he || he.entity !== etz?.id, JSON.stringify(he));
});
