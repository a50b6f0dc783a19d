import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferBlocks, isHeading, isMediaLine } from './layout.js';

const kinds = (text: string) => inferBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

test('headline, heading, paragraphs and a trailing media line, with exact offsets', () => {
  const text =
    'Envoy arrives in Marland for ceasefire talks\n' +
    'The envoy of Norvale arrived in Marland on Tuesday.\n' +
    'Talks on the border\n' +
    'Officials said the talks would last two days.\n' +
    'https://img.example.org/2031/04/08/envoy-20310408.jpg\n';
  assert.deepEqual(kinds(text), [
    ['headline', 'Envoy arrives in Marland for ceasefire talks'],
    ['paragraph', 'The envoy of Norvale arrived in Marland on Tuesday.'],
    ['heading', 'Talks on the border'],
    ['paragraph', 'Officials said the talks would last two days.'],
    ['media', 'https://img.example.org/2031/04/08/envoy-20310408.jpg'],
  ]);
});

test('a sentence broken across two lines is one paragraph', () => {
  const text = 'Title\nAs a hedge against a possible truce – or a lasting\n between the two states, the ministers met.\nNext one.';
  const b = inferBlocks(text);
  assert.equal(b[1].kind, 'paragraph');
  assert.equal(text.slice(b[1].start, b[1].end), 'As a hedge against a possible truce – or a lasting\n between the two states, the ministers met.');
  assert.equal(text.slice(b[2].start, b[2].end), 'Next one.');
});

test('CRLF line ends and indentation are not part of blocks', () => {
  const text = 'Headline here\r\n  Body sentence one.\r\n\r\nBody sentence two.\r\n';
  for (const b of inferBlocks(text)) {
    const s = text.slice(b.start, b.end);
    assert.equal(s, s.trim());
  }
  assert.equal(inferBlocks(text).length, 3);
});

test('hard-wrapped text: blank lines separate paragraphs, line breaks do not', () => {
  const para = 'The foreign ministers of the two countries met in the capital on\nMonday to discuss the supply of grain through the southern ports,\naccording to a statement released by the ministry in the evening.\n';
  const text = 'Ministers meet on grain\n\n' + para + '\n' + para + '\n' + para;
  const b = inferBlocks(text);
  assert.deepEqual(b.map((x) => x.kind), ['headline', 'paragraph', 'paragraph', 'paragraph']);
});

test('headline option off: the first line is body text', () => {
  assert.equal(inferBlocks('Officials said the talks would last.\nMore.', { headline: false })[0].kind, 'paragraph');
});

test('empty and blank texts have no blocks', () => {
  assert.deepEqual(inferBlocks(''), []);
  assert.deepEqual(inferBlocks('  \n\n \t\n'), []);
});

// Negative cases: lines that must NOT be taken as headings or media.
test('not headings', () => {
  for (const s of [
    'The minister said the talks had failed.',
    'Officials declined to comment:',
    'lower-case fragment of a sentence',
    'He said: "We will not give up"',
    'A very long line without closing punctuation that goes on and on and on for many words beyond a heading',
    '— 2031',
    '...',
  ]) assert.equal(isHeading(s), false, s);
  // The last line of a text is not a heading even when short.
  const b = inferBlocks('Title\nBody sentence.\nReuters');
  assert.equal(b[b.length - 1].kind, 'paragraph');
});

test('not media', () => {
  for (const s of [
    'See https://example.org for more.',
    'https://example.org and more words',
    'example dot org',
    'photo.jpg is the file we sent',
  ]) assert.equal(isMediaLine(s), false, s);
});

test('a sentence broken by a blank line stays one paragraph; an open-ended line is no heading', () => {
  const text = 'Title\nThe late goal secured qualification for\n\nagainst the visitors on Wednesday.\nThe ministry had claimed that\nMore text follows here.';
  const b = inferBlocks(text);
  assert.equal(text.slice(b[1].start, b[1].end), 'The late goal secured qualification for\n\nagainst the visitors on Wednesday.');
  assert.equal(b[1].kind, 'paragraph');
  assert.equal(b[2].kind, 'paragraph');
  assert.equal(isHeading('The ministry had claimed that'), false);
  assert.equal(isHeading('Talks resume in the capital'), true);
});
