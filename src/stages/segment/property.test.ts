/**
 * Property test: on random texts made of the pieces scraped news is made of (entities, curly
 * quotes, combining accents, invisible characters, glued words, currency spacing, abbreviations),
 * both stages keep every offset true.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDocument } from '../../model/document.js';
import { toOriginal } from '../../model/offsets.js';
import { normalizeStage } from '../normalize/index.js';
import { segmentStage } from './index.js';

const PIECES = [
  'Carney', 'kyiv', 'the', 'European Unionwhich', 'committed An additional', '$ 2 billion', '\u20AC 5', 'U.S.', 'Dr.',
  'J. R.', '4.3', '1,200', 'post-war', "don't", 'Carney\u2019s', '\u201Cwar\u201D', '\u2013', '\u2014', '\u2026', '&amp;',
  '&#8217;', '&nbsp;', '&bogus;', '\u00A0', '\u200B', '\u0007', '\u0092', 'Jose\u0301', 'https://x.org/a?b=1', 'a@b.org',
  '.', ',', '!', '?', '"', "'", '(', ')', '-', '--', '%', '\n', '\n\n', '  ', 'word.Next', 'united states', 'A', 'During',
  '- item', '1.', '#tag', '\uD83D\uDE00', '\r\n',
];

/** A small deterministic PRNG so failures can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const ctx = { modelsDir: '', resources: new Map<string, unknown>() };

test('random scraped-looking texts keep every offset true', () => {
  const rand = rng(20250824);
  for (let n = 0; n < 400; n++) {
    const parts: string[] = [];
    const len = 1 + Math.floor(rand() * 30);
    for (let i = 0; i < len; i++) parts.push(PIECES[Math.floor(rand() * PIECES.length)], rand() < 0.7 ? ' ' : '');
    const text = parts.join('');
    const doc = createDocument(text);
    normalizeStage.run(doc, ctx);
    segmentStage.run(doc, ctx);
    const c = doc.clean;
    assert.equal(c.toOrig.length, c.text.length + 1, text);
    assert.equal(c.toOrig[c.text.length], text.length);
    for (let i = 0; i < c.text.length; i++) {
      assert.ok(c.toOrigEnd[i] >= c.toOrig[i], `map end before start at ${i} in ${JSON.stringify(text)}`);
      if (i) assert.ok(c.toOrig[i] >= c.toOrig[i - 1], `map goes back at ${i} in ${JSON.stringify(text)}`);
    }
    let prevEnd = 0;
    let prevCend = 0;
    for (const t of doc.tokens) {
      assert.ok(t.cstart >= prevCend && t.cend > t.cstart, JSON.stringify(text));
      assert.ok(t.start >= prevEnd && t.end > t.start, `token ${JSON.stringify(t.form)} in ${JSON.stringify(text)}`);
      prevEnd = t.end;
      prevCend = t.cend;
      assert.equal(c.text.slice(t.cstart, t.cend), t.form);
      assert.deepEqual(toOriginal(c, t.cstart, t.cend), { start: t.start, end: t.end });
      const orig = text.slice(t.start, t.end);
      if (orig !== t.form) {
        const repaired = doc.diagnostics.some((d) => d.start !== undefined && d.end !== undefined && d.start < t.end && d.end > t.start);
        assert.ok(repaired, `token ${JSON.stringify(t.form)} vs ${JSON.stringify(orig)} without a repair in ${JSON.stringify(text)}`);
      }
    }
    for (const s of doc.sentences) {
      const b = doc.blocks[s.block];
      assert.ok(s.start >= b.start && s.end <= b.end && b.kind !== 'media');
    }
  }
});

// A hang guard, not a speed claim: a quadratic path would take minutes and hit the timeout.
test('hostile input stays linear: no pattern hangs on 100 KB', { timeout: 120_000 }, () => {
  const cases = [
    'aa.Bb'.repeat(20000), 'a.'.repeat(50000), ('a'.repeat(50) + '.').repeat(2000), 'ab-'.repeat(30000),
    '&amp;'.repeat(20000), 'e\u0301'.repeat(30000), '\u201c'.repeat(50000), 'Heading\n'.repeat(12000),
    'Unionwhich '.repeat(9000), 'https://x.org/' + '('.repeat(100000), ' '.repeat(100000) + 'End.',
  ];
  for (const text of cases) {
    const doc = createDocument(text);
    normalizeStage.run(doc, ctx);
    segmentStage.run(doc, ctx);
    assert.ok(doc.sentences.length >= 0 && doc.clean.toOrig.length === doc.clean.text.length + 1);
  }
});
