import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeStage } from './index.js';
import { isDossierError } from '../../model/errors.js';
import { HAVE_MODEL, MODELS, docOf, run } from './testkit.js';

test('missing model -> E401', () => {
  try {
    recognizeStage.run(docOf('Carney met Zelenskyy .'), { modelsDir: '/nonexistent/models', resources: new Map() });
    assert.fail('should throw');
  } catch (e) {
    assert.ok(isDossierError(e));
    assert.equal((e as { code: string }).code, 'E401');
  }
});

test('names, offsets, demonyms', { skip: !HAVE_MODEL }, () => {
  const text = 'Prime Minister Mark Carney arrived in Kyiv on Sunday .\nThe Ukrainian capital is a frequent target for Russian missiles .\nCarney met Volodymyr Zelenskyy and NATO officials .';
  const doc = run(text);
  const got = doc.mentions.map((m) => `${m.text}:${m.type}:${m.kind}`);
  for (const want of ['Mark Carney:PERSON:name', 'Kyiv:GPE:name', 'Ukrainian:NORP:demonym', 'Russian:NORP:demonym', 'Volodymyr Zelenskyy:PERSON:name', 'NATO:ORG:name']) {
    assert.ok(got.includes(want), `${want} in ${got.join(', ')}`);
  }
  for (const m of doc.mentions) {
    assert.equal(doc.text.slice(m.start, m.end), m.text);
    assert.equal(doc.tokens[m.tokenStart].start, m.start);
    assert.equal(doc.tokens[m.tokenEnd - 1].end, m.end);
  }
  assert.ok(doc.tokens.every((t) => typeof t.ner === 'string'));
});

test('British titles without a period', { skip: !HAVE_MODEL }, () => {
  const doc = run('Tory leader Michael Howard spoke on Monday .\nMr Howard said many people would be offended .');
  assert.ok(doc.mentions.some((m) => m.text === 'Howard' && m.type === 'PERSON'), doc.mentions.map((m) => m.text).join(', '));
});

// Was a known weakness (a title right before an unfamiliar first name hid the whole name).
test('title before an unfamiliar name', { skip: !HAVE_MODEL }, () => {
  const doc = run('Carney met President Volodymyr Zelenskyy and NATO officials .');
  assert.ok(doc.mentions.some((m) => m.text === 'Volodymyr Zelenskyy' && m.type === 'PERSON'));
});

test('robust to lower-cased and all-caps names', { skip: !HAVE_MODEL }, () => {
  const doc = run('Carney arrived in kyiv on Sunday to meet Zelenskyy .\nCARNEY ARRIVES IN UKRAINE FOR TALKS WITH ZELENSKYY');
  const got = doc.mentions.map((m) => `${m.text}:${m.type}`);
  assert.ok(got.includes('kyiv:GPE'), got.join(', '));
  assert.ok(got.includes('UKRAINE:GPE'), got.join(', '));
});

test('hyphenated names are one mention: "Kim Jong-un", but not "anti-NATO"', { skip: !HAVE_MODEL }, async () => {
  const { createDocument } = await import('../../model/document.js');
  const { normalizeStage } = await import('../normalize/index.js');
  const { segmentStage } = await import('../segment/index.js');
  const { tagStage } = await import('../tag/index.js');
  const ctx = { modelsDir: MODELS, resources: new Map() };
  const doc = createDocument('North Korean leader Kim Jong-un met Chinese officials. An anti-NATO rally was held.');
  for (const st of [normalizeStage, segmentStage, tagStage, recognizeStage]) st.run(doc, ctx);
  const got = doc.mentions.map((m) => `${m.text}:${m.type}`);
  assert.ok(got.includes('Kim Jong-un:PERSON'), got.join(', '));
  assert.ok(!got.some((m) => m.startsWith('anti')), got.join(', '));
  for (const m of doc.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  const t = doc.tokens.findIndex((x) => x.form === 'un');
  assert.equal(doc.tokens[t].ner, 'L-PERSON');
});

test('a currency code next to a number is no organisation', { skip: !HAVE_MODEL }, () => {
  const doc = run('The Government will borrow up to UAH 400 billion and EUR 2 billion .');
  const got = doc.mentions.map((m) => m.text);
  assert.ok(!got.includes('UAH') && !got.includes('EUR'), got.join(', '));
  assert.ok(doc.tokens.filter((t) => t.form === 'UAH').every((t) => t.ner === 'O'));
});
