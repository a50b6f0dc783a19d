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

test('"the Council of Europe Marija Pejčinović Burić": the place ends the organisation, the rest is a person', () => {
  const doc = makeDoc('I met the Secretary General of the Council of Europe Marija Pejcinovic Buric in Kyiv.', [['Council of Europe Marija', 'ORG'], ['Kyiv', 'GPE']], '2022-05-09');
  linkDocument(doc);
  const names = doc.entities.map((e) => e.name);
  assert.ok(names.includes('Council of Europe'), JSON.stringify(names));
  assert.ok(names.some((n) => /Buric/.test(n)), JSON.stringify(names));
  assert.deepEqual(checkOffsets(doc), []);
});

test('an organisation "of" a word that is no place keeps its name', () => {
  const doc = makeDoc('The Bank of Tokyo Mitsubishi Group grew.', [['Bank of Tokyo Mitsubishi Group', 'ORG']], '2022-05-09');
  linkDocument(doc);
  assert.ok(doc.entities.some((e) => e.name === 'Bank of Tokyo Mitsubishi Group'), JSON.stringify(doc.entities.map((e) => e.name)));
});

test('"Mr" just outside a mention still tells the gender: "she" is not Mr Bush', () => {
  const doc = makeDoc('Cherie Blair criticised a law backed by Mr Bush. The Tories said she broke a convention.', [['Cherie Blair', 'PERSON'], ['Bush', 'PERSON'], ['Tories', 'ORG']], '2004-10-31');
  linkDocument(doc);
  const she = doc.mentions.find((m) => m.text === 'she');
  const bush = doc.entities.find((e) => e.name.includes('Bush'));
  assert.ok(!she || she.entity !== bush?.id, JSON.stringify(she));
});

test('a narration "he" after quoted sentences goes back to the subject named before the quotes', () => {
  const doc = makeDoc('Mr Blair told the programme: "Straw gave figures. They have not moved. We cannot be sure." He said aid was on the way.',
    [['Mr Blair', 'PERSON'], ['Straw', 'PERSON']], '2005-01-02');
  linkDocument(doc);
  const he = doc.mentions.find((m) => m.text === 'He');
  const blair = doc.entities.find((e) => /Blair/.test(e.name));
  assert.equal(he?.entity, blair?.id, JSON.stringify(doc.mentions.map((m) => [m.text, m.entity])));
});

test('a "he" with no person named within four sentences stays unresolved', () => {
  const doc = makeDoc('Blair spoke. Rain fell. Rain fell. Rain fell. Rain fell. Rain fell. He left.', [['Blair', 'PERSON']], '2005-01-02');
  linkDocument(doc);
  assert.equal(doc.mentions.find((m) => m.text === 'He'), undefined);
});
