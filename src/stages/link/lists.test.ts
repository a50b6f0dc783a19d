/** Names read together: hyphen-cut names, lists of places, plural demonyms, acronyms, bracketed aliases. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../model/document.js';
import type { Document, EntityType } from '../../model/types.js';
import { makeDoc } from './fixture.js';
import { linkDocument } from './index.js';
import { joinHyphenated } from './lists.js';

/** Word-by-word tokens (hyphens apart), one sentence, mentions by [text, type]. */
function splitDoc(text: string, mentions: [string, EntityType][]): Document {
  const doc = createDocument(text, { published: '2022-03-21' });
  for (const m of text.matchAll(/\p{L}+|\S/gu)) doc.tokens.push({ start: m.index!, end: m.index! + m[0].length, cstart: m.index!, cend: m.index! + m[0].length, form: m[0], sent: 0 });
  doc.sentences.push({ start: 0, end: text.length, cstart: 0, cend: text.length, tokenStart: 0, tokenEnd: doc.tokens.length, kind: 'paragraph', block: 0 });
  let from = 0;
  for (const [t, type] of mentions) {
    const start = text.indexOf(t, from);
    from = start + t.length;
    const ts = doc.tokens.findIndex((k) => k.start === start);
    const te = doc.tokens.findIndex((k) => k.end === start + t.length) + 1;
    doc.mentions.push({ start, end: start + t.length, text: t, type, kind: 'name', tokenStart: ts, tokenEnd: te });
  }
  return doc;
}

test('a name cut at a hyphen is one name: "Dora-Mittelbau", and "Bergen" + "Belsen" tagged apart', () => {
  const doc = splitDoc('He survived Dora-Mittelbau and Bergen-Belsen.', [['Dora', 'PERSON'], ['Bergen', 'GPE'], ['Belsen', 'GPE']]);
  joinHyphenated(doc);
  assert.deepEqual(doc.mentions.map((m) => m.text), ['Dora-Mittelbau', 'Bergen-Belsen']);
  assert.equal(doc.mentions[1]!.tokenEnd, doc.tokens.findIndex((t) => t.form === 'Belsen') + 1);
});

test('negative: a spaced dash or a lower-case word after a hyphen is no part of the name', () => {
  const doc = splitDoc('Kyiv - Bucha and Kharkiv-based groups.', [['Kyiv', 'GPE'], ['Bucha', 'GPE'], ['Kharkiv', 'GPE']]);
  joinHyphenated(doc);
  assert.deepEqual(doc.mentions.map((m) => m.text), ['Kyiv', 'Bucha', 'Kharkiv']);
});

test('a list of places: an untitled unknown "person" among them is a place', () => {
  const doc = makeDoc('Corridors worked in Vorzel, Bucha, Velyka Dymerka, Mariupol and Popasna.',
    [['Vorzel', 'PERSON'], ['Bucha', 'GPE'], ['Velyka Dymerka', 'PERSON'], ['Mariupol', 'GPE'], ['Popasna', 'GPE']]);
  linkDocument(doc);
  assert.equal(doc.entities.find((e) => e.name === 'Velyka Dymerka')?.type, 'GPE');
  assert.equal(doc.entities.find((e) => e.name === 'Vorzel')?.type, 'GPE');
});

test('negative: a titled or known person in a list of places stays a person; two names are no list', () => {
  const doc = makeDoc('He thanked Kyiv, Lviv, President Duda and Odesa. Then Smith and Kharkiv.',
    [['Kyiv', 'GPE'], ['Lviv', 'GPE'], ['Duda', 'PERSON'], ['Odesa', 'GPE'], ['Smith', 'PERSON'], ['Kharkiv', 'GPE']]);
  linkDocument(doc);
  assert.ok(doc.entities.some((e) => /Duda/.test(e.name) && e.type === 'PERSON'));
  assert.equal(doc.entities.find((e) => e.name === 'Smith')?.type, 'PERSON');
});

test('"Kashmiris" beside "Kashmir" are its people, no place; an unknown acronym tagged as a place is an organisation', () => {
  const doc = makeDoc('Kashmir is divided. Kashmiris want peace. Russia was cut from SWIFT.',
    [['Kashmir', 'GPE'], ['Kashmiris', 'GPE'], ['Russia', 'GPE'], ['SWIFT', 'GPE']]);
  linkDocument(doc);
  assert.ok(!doc.entities.some((e) => e.name === 'Kashmiris'));
  assert.equal(doc.entities.find((e) => e.name === 'SWIFT')?.type, 'ORG');
  assert.equal(doc.entities.find((e) => e.name === 'Russia')?.type, 'GPE');
});

test('"Mumbai (Bombay)": a bracketed other name is the same place; "Lahore (Pakistan)" is not', () => {
  const doc = makeDoc('Consulates in Karachi and Mumbai (Bombay) will open. A bus to Lahore (Pakistan) runs.',
    [['Karachi', 'GPE'], ['Mumbai', 'GPE'], ['Bombay', 'GPE'], ['Lahore', 'GPE'], ['Pakistan', 'GPE']]);
  linkDocument(doc);
  assert.ok(!doc.entities.some((e) => e.name === 'Bombay'), JSON.stringify(doc.entities.map((e) => e.name)));
  assert.ok(doc.entities.some((e) => e.name === 'Pakistan'));
  assert.ok(doc.entities.some((e) => e.name === 'Lahore'));
});

test('a hyphenated surname: "Kilroy-Silk" and "Mr Kilroy" are Robert Kilroy-Silk', () => {
  const doc = makeDoc('Robert Kilroy-Silk quit. Kilroy-Silk said so. Then Kilroy left.',
    [['Robert Kilroy-Silk', 'PERSON'], ['Kilroy-Silk', 'PERSON', 'name', 2], ['Kilroy', 'PERSON', 'name', 3]], '2005-01-15');
  linkDocument(doc);
  assert.deepEqual(doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Robert Kilroy-Silk']);
});
