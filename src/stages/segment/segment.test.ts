import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createDocument } from '../../model/document.js';
import { toOriginal } from '../../model/offsets.js';
import type { Document } from '../../model/types.js';
import { normalizeStage } from '../normalize/index.js';
import { segmentStage } from './index.js';

const ctx = { modelsDir: '', resources: new Map<string, unknown>() };

function run(text: string): Document {
  const doc = createDocument(text);
  normalizeStage.run(doc, ctx);
  segmentStage.run(doc, ctx);
  return doc;
}

/**
 * The property every later stage relies on: each token's original slice is its form, except where
 * a repair changed the cleaned copy; those places must be covered by a normalize diagnostic and
 * still agree modulo case, NFC and the ASCII mapping.
 */
function checkOffsets(doc: Document): void {
  const fold = (s: string): string =>
    s.normalize('NFC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\u2026/g, '...').replace(/\s+/g, '');
  let prevEnd = 0;
  for (const t of doc.tokens) {
    assert.ok(t.start < t.end, `empty token ${JSON.stringify(t)}`);
    assert.ok(t.start >= prevEnd, 'tokens are in order and do not overlap');
    prevEnd = t.end;
    assert.equal(doc.clean.text.slice(t.cstart, t.cend), t.form);
    assert.deepEqual(toOriginal(doc.clean, t.cstart, t.cend), { start: t.start, end: t.end });
    const orig = doc.text.slice(t.start, t.end);
    if (orig === t.form) continue;
    const repaired = doc.diagnostics.some((d) => d.stage === 'normalize' && d.start !== undefined && d.end !== undefined && d.start < t.end && d.end > t.start);
    assert.ok(repaired, `token ${JSON.stringify(t.form)} differs from original ${JSON.stringify(orig)} without a repair`);
    if (!/&[#\w]+;/.test(orig)) assert.equal(fold(orig), fold(t.form));
  }
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    const b = doc.blocks[s.block];
    assert.equal(s.kind, b.kind);
    assert.ok(s.start >= b.start && s.end <= b.end, 'a sentence stays inside its block');
    for (let k = s.tokenStart; k < s.tokenEnd; k++) assert.equal(doc.tokens[k].sent, i);
    assert.equal(doc.tokens[s.tokenStart].start, s.start);
    assert.equal(doc.tokens[s.tokenEnd - 1].end, s.end);
  }
}

test('layout is inferred: headline, headings, paragraphs, media', () => {
  const doc = run('Carney visits Kyiv\nHe arrived on Sunday. He met Zelenskyy.\nSecurity guarantees\nThey talked.\nhttps://example.com/photo-20250823.JPG');
  assert.deepEqual(doc.blocks.map((b) => b.kind), ['headline', 'paragraph', 'heading', 'paragraph', 'media']);
  assert.deepEqual(doc.sentences.map((s) => s.kind), ['headline', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  assert.ok(doc.tokens.every((t) => !t.form.includes('example.com')), 'media gets no tokens');
  checkOffsets(doc);
});

test('reader-given blocks are kept and sentences stay inside them', () => {
  const text = 'Headline here. Body one. Body two';
  const doc = createDocument(text, {}, { blocks: [{ kind: 'headline', start: 0, end: 14 }, { kind: 'paragraph', start: 15, end: text.length }] });
  normalizeStage.run(doc, ctx);
  segmentStage.run(doc, ctx);
  assert.deepEqual(doc.sentences.map((s) => [s.kind, text.slice(s.start, s.end)]), [['headline', 'Headline here.'], ['paragraph', 'Body one.'], ['paragraph', 'Body two']]);
  checkOffsets(doc);
});

test('blocks out of order or overlapping never give duplicate or unsorted tokens', () => {
  const text = 'First part here. Second part here.';
  const doc = createDocument(text, {}, { blocks: [{ kind: 'paragraph', start: 17, end: text.length }, { kind: 'paragraph', start: 0, end: 20 }] });
  normalizeStage.run(doc, ctx);
  segmentStage.run(doc, ctx);
  checkOffsets(doc);
  // The reader's bad blocks cut `Second`; what matters is that nothing is read twice.
  assert.deepEqual(doc.tokens.map((t) => t.form), ['First', 'part', 'here', '.', 'Sec', 'ond', 'part', 'here', '.']);
});

test('tokens of repaired text map to the right original slices', () => {
  const text = 'Dossier\nCanada committed An additional $ 2 billion to the European Unionwhich met in kyiv &amp; Warsaw \u2013 Carney\u2019s \u201Cplan\u201D.\u200B Done.';
  const doc = run(text);
  checkOffsets(doc);
  const byForm = (f: string) => doc.tokens.find((t) => t.form === f)!;
  assert.equal(text.slice(byForm('$').start, byForm('$').end), '$');
  assert.equal(text.slice(byForm('2').start, byForm('2').end), '2');
  assert.equal(text.slice(byForm('Union').start, byForm('Union').end), 'Union');
  assert.equal(text.slice(byForm('which').start, byForm('which').end), 'which');
  assert.equal(text.slice(byForm('Kyiv').start, byForm('Kyiv').end), 'kyiv');
  assert.equal(text.slice(byForm('&').start, byForm('&').end), '&amp;');
  assert.equal(text.slice(byForm("'s").start, byForm("'s").end), '\u2019s');
  assert.equal(text.slice(byForm('an').start, byForm('an').end), 'An');
  assert.equal(text.slice(byForm('-').start, byForm('-').end), '\u2013');
});

const SEED = new URL('../../../../shared/corpus/seed/cbc-carney-kyiv.txt', import.meta.url);

test('the seed text: every token and sentence maps back to the original', { skip: !existsSync(SEED) }, () => {
  const text = readFileSync(SEED, 'utf8');
  const doc = run(text);
  checkOffsets(doc);
  assert.equal(doc.blocks[0].kind, 'headline');
  assert.equal(doc.blocks[doc.blocks.length - 1].kind, 'media');
  assert.ok(doc.sentences.some((s) => s.kind === 'heading'));
  assert.ok(doc.sentences.length >= 25);
  const forms = doc.tokens.map((t) => t.form);
  assert.ok(forms.includes('Kyiv') && forms.includes('post-war') && forms.includes('4.3'));
  assert.ok(!forms.some((f) => /which/.test(f) && f !== 'which'), 'glued words were split');
});
