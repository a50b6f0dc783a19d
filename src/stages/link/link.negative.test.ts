/** Mentions that must NOT be merged, linked or emitted. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc, linkedName } from './fixture.js';
import { entityAt, linkDocument } from './index.js';
import { toRecord } from '../../model/record.js';
import type { Document } from '../../model/types.js';

function tokenOf(doc: Document, form: string, occurrence = 1): number {
  let n = occurrence;
  return doc.tokens.findIndex((t) => t.form === form && --n === 0);
}

test('two Johnsons with different first names stay two persons; a bare Johnson goes to the latest', () => {
  const doc = makeDoc(
    'Boris Johnson met Lyndon Johnson in a play. Johnson spoke first.',
    [['Boris Johnson', 'PERSON'], ['Lyndon Johnson', 'PERSON'], ['Johnson', 'PERSON', 'name', 3]],
    '2020-01-01',
  );
  linkDocument(doc);
  const persons = doc.entities.filter((e) => e.type === 'PERSON');
  assert.equal(persons.length, 2);
  assert.equal(linkedName(doc, 'Johnson'), 'Lyndon Johnson');
});

test('same last name, different KB persons: Bill Blair is not Tony Blair', () => {
  const doc = makeDoc('Tony Blair and Bill Blair never met.', [['Tony Blair', 'PERSON'], ['Bill Blair', 'PERSON']], '2024-01-01');
  linkDocument(doc);
  assert.equal(doc.entities.length, 2);
  assert.equal(doc.entities.find((e) => e.name === 'Bill Blair')?.affiliation, 'Canada');
  assert.equal(doc.entities.find((e) => e.name === 'Tony Blair')?.affiliation, 'United Kingdom');
});

test('a bare last name is not tied to an office holder out of office at the date', () => {
  const doc = makeDoc('Carney spoke at the club.', [['Carney', 'PERSON']], '1990-05-01');
  linkDocument(doc);
  assert.equal(doc.entities[0]!.name, 'Carney');
  assert.equal(doc.entities[0]!.kb, undefined);
});

test('Georgia the US state is not the country', () => {
  const doc = makeDoc('Voters in Atlanta, Georgia, lined up. Georgia, the country, held talks.', [['Atlanta', 'GPE'], ['Georgia', 'GPE'], ['Georgia', 'GPE', 'name', 2]]);
  linkDocument(doc);
  const names = doc.mentions.filter((m) => m.text === 'Georgia').map((m) => doc.entities.find((e) => e.id === m.entity)!);
  assert.equal(names[0]!.kb, undefined, 'the state');
  assert.equal(names[1]!.kb, 'country:GEO', 'the country');
  assert.notEqual(names[0]!.id, names[1]!.id);
});

test('religions, wars, plans and bare titles are not entities', () => {
  const doc = makeDoc(
    'Muslim and Christian leaders met. The Second World War ended. The Marshall Plan helped. The President spoke and the Government agreed.',
    [['Muslim', 'NORP'], ['Christian', 'PERSON'], ['Second World War', 'ORG'], ['Marshall Plan', 'PERSON'], ['President', 'PERSON'], ['Government', 'ORG']],
  );
  linkDocument(doc);
  const rec = toRecord(doc).entities;
  assert.deepEqual(rec.map((e) => e.name), []);
});

test('a country named only by a demonym is not recorded', () => {
  const doc = makeDoc('Greek Cypriot officials and Canadian diplomats met in Oslo.', [['Greek', 'NORP'], ['Canadian', 'NORP'], ['Oslo', 'GPE']]);
  linkDocument(doc);
  assert.deepEqual(toRecord(doc).entities.map((e) => e.name), ['Oslo']);
});

test('pleonastic "it" and generic "his or her" resolve to nothing', () => {
  const doc = makeDoc(
    'Turkey wants talks. It is likely that talks start soon. Every citizen of Ukraine who lost his or her job gets aid.',
    [['Turkey', 'GPE'], ['Ukraine', 'GPE']],
  );
  linkDocument(doc);
  assert.equal(entityAt(doc, tokenOf(doc, 'It')), undefined);
  assert.equal(entityAt(doc, tokenOf(doc, 'his')), undefined);
  assert.equal(entityAt(doc, tokenOf(doc, 'her')), undefined);
});

test('"he" never resolves to an organisation or a country, "she" not to a known man', () => {
  const doc = makeDoc('NATO met in Brussels. She said nothing. Mark Rutte arrived later.', [['NATO', 'ORG'], ['Brussels', 'GPE'], ['Mark Rutte', 'PERSON']]);
  linkDocument(doc);
  assert.equal(entityAt(doc, tokenOf(doc, 'She')), undefined);
});

test('a visited capital is not its country', () => {
  const doc = makeDoc('Prime Minister Mark Carney arrived in Kyiv on Sunday. Ukraine welcomed him.', [['Prime Minister Mark Carney', 'PERSON'], ['Kyiv', 'GPE'], ['Ukraine', 'GPE']]);
  linkDocument(doc);
  assert.equal(linkedName(doc, 'Kyiv'), 'Kyiv');
  assert.equal(doc.entities.filter((e) => e.type === 'GPE').length, 2);
});

test('no cross-type merge: Washington the city and a person called Washington', () => {
  const doc = makeDoc('George Washington crossed the river. The institute is based in Washington.', [['George Washington', 'PERSON'], ['Washington', 'GPE', 'name', 2]]);
  linkDocument(doc);
  assert.equal(doc.entities.length, 2);
  assert.equal(linkedName(doc, 'Washington'), 'Washington');
});

test('a name inside a quotation is not the antecedent of the next sentence\'s "he"', () => {
  const doc = makeDoc('"Next week Tony Blair must decide," Charles Kennedy said. He left.', [['Tony Blair', 'PERSON'], ['Charles Kennedy', 'PERSON']], '2005-01-20');
  linkDocument(doc);
  assert.equal(entityAt(doc, tokenOf(doc, 'He'))?.name, 'Charles Kennedy');
});

test('"Briton" is a demonym, not a place', () => {
  const doc = makeDoc('A Briton was freed in Kabul.', [['Briton', 'GPE'], ['Kabul', 'GPE']]);
  linkDocument(doc);
  assert.deepEqual(toRecord(doc).entities.map((e) => e.name), ['Kabul']);
});

test('lower-case phrases the KB does not know and one-letter names are not entities', () => {
  const doc = makeDoc('The ministry of war and X met in kyiv.', [['ministry of war', 'ORG'], ['X', 'PERSON'], ['kyiv', 'GPE']]);
  linkDocument(doc);
  assert.deepEqual(toRecord(doc).entities.map((e) => e.name), ['Kyiv']);
});

test('a capital described is a city: "Kyiv is a city of three million"', () => {
  const doc = makeDoc('Kyiv is a city of three million. Ukraine is large.', [['Kyiv', 'GPE'], ['Ukraine', 'GPE']]);
  linkDocument(doc);
  assert.equal(linkedName(doc, 'Kyiv'), 'Kyiv');
});

test('a surname that is also a place stays the person; England is not the United Kingdom', () => {
  const doc = makeDoc('Hague quits\nWilliam Hague said Hague would stay in England, not the UK.', [['Hague', 'PERSON'], ['William Hague', 'PERSON'], ['Hague', 'PERSON', 'name', 3], ['England', 'GPE'], ['UK', 'GPE']], '2005-03-01');
  linkDocument(doc);
  const names = toRecord(doc).entities.map((e) => `${e.type}:${e.name}`).sort();
  assert.deepEqual(names, ['GPE:England', 'GPE:United Kingdom', 'PERSON:William Hague']);
});

test('an office tagged as an organisation is no name; nor are the people of a place', async () => {
  const { makeDoc } = await import('./fixture.js');
  const { linkDocument } = await import('./index.js');
  const doc = makeDoc(
    'US Undersecretary of State Ann Vole met Maltese officials. Most Maltese agree, and Valletta is calm; Vallettans voted.',
    [['US Undersecretary of State', 'ORG'], ['Ann Vole', 'PERSON'], ['Valletta', 'GPE'], ['Vallettans', 'PERSON']],
  );
  linkDocument(doc);
  const names = doc.entities.map((e) => e.name);
  assert.ok(!names.some((n) => /Undersecretary/.test(n)), names.join('; '));
  assert.ok(!names.includes('Vallettans'), names.join('; '));
  assert.ok(names.includes('Ann Vole'));
});

test('a place whose last word merely resembles an institution stays a place: "West Bank"', () => {
  const doc = makeDoc('Settlers moved into the West Bank and the Gaza Strip.', [['West Bank', 'LOC'], ['Gaza Strip', 'LOC']]);
  linkDocument(doc);
  assert.equal(doc.entities.find((e) => e.name === 'West Bank')?.type, 'LOC');
  assert.equal(doc.entities.find((e) => e.name === 'Gaza Strip')?.type, 'LOC');
});

test('"the Department of State" is no title: it stays an organisation and takes no following word', () => {
  const doc = makeDoc('Officials of the US Department of State Monday said little.', [['US Department of State', 'ORG']]);
  for (const t of doc.tokens) if (t.form === 'Monday') t.upos = 'PROPN';
  linkDocument(doc);
  assert.equal(doc.entities.filter((e) => e.type === 'PERSON').length, 0);
  assert.ok(doc.mentions.every((m) => !m.text.includes('Monday')));
});

test('a country or a named partner before "and" stays apart from an institution: "Norway and the Interior Ministry"', () => {
  const doc = makeDoc('Talks between Norway and Interior Ministry staff, and Halvard and Defence Office aides, ended.',
    [['Norway', 'GPE'], ['Interior Ministry', 'ORG'], ['Halvard', 'PERSON'], ['Defence Office', 'ORG']]);
  linkDocument(doc);
  const names = doc.entities.map((e) => e.name);
  assert.ok(names.includes('Interior Ministry') && names.includes('Defence Office'), JSON.stringify(names));
});

test('a place after "de" with no honorific before stays a place: "the port of Rio de Janeiro"', () => {
  const doc = makeDoc('Ships left the bay de Cadiz for Lisbon.', [['Cadiz', 'GPE'], ['Lisbon', 'GPE']]);
  linkDocument(doc);
  assert.equal(doc.entities.find((e) => e.name === 'Cadiz')?.type, 'GPE');
});

test('a demonym-looking first name before an unknown surname stays a person: "Polish Tollard"', () => {
  const doc = makeDoc('Envoy Polish Tollard and the Gulf of Riga.', [['Polish Tollard', 'PERSON'], ['Gulf of Riga', 'LOC']]);
  linkDocument(doc);
  assert.equal(doc.entities.find((e) => /Tollard/.test(e.name))?.type, 'PERSON');
  assert.equal(doc.entities.find((e) => /Riga/.test(e.name))?.type, 'LOC');
});

test('two first names of different families with one surname stay two persons: "Dmytro Varenko", "Alexander Varenko"', () => {
  const doc = makeDoc('Dmytro Varenko arrived. Later Alexander Varenko spoke.', [['Dmytro Varenko', 'PERSON'], ['Alexander Varenko', 'PERSON']]);
  linkDocument(doc);
  assert.equal(doc.entities.filter((e) => e.type === 'PERSON').length, 2);
});
