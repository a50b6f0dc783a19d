import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spaceDocument as docOf } from '../../testing/doc.js';
import { parseConllu } from '../../learn/conllu.js';
import { trainTagger } from '../../learn/tagger.js';
import { trainParser } from '../../learn/parser.js';
import { TINY } from '../../learn/testdata.js';
import { isDossierError } from '../../model/errors.js';
import { tagStage } from '../tag/index.js';
import { parseStage } from './index.js';


test('parse stage sets document-wide heads and UD labels', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-parse-'));
  try {
    const sents = parseConllu(TINY);
    trainTagger(sents, { epochs: 10, dictMinFreq: 1000 }).tagger.save(join(dir, 'tagger.bin.gz'));
    trainParser(sents, { epochs: 15 }).parser.save(join(dir, 'parser.bin.gz'));
    const ctx = { modelsDir: dir, resources: new Map<string, unknown>() };
    const doc = docOf('A dog barked loudly .\nThe cats sat on the mat .');
    tagStage.run(doc, ctx);
    parseStage.run(doc, ctx);
    const heads = doc.tokens.map((t) => t.head);
    const rels = doc.tokens.map((t) => t.deprel);
    assert.deepEqual(heads, [1, 2, -1, 2, 2, 6, 7, -1, 10, 10, 7, 7]);
    assert.deepEqual(rels, ['det', 'nsubj', 'root', 'advmod', 'punct', 'det', 'nsubj', 'root', 'case', 'det', 'obl', 'punct']);
    // Every head stays inside its own sentence.
    for (const t of doc.tokens) if (t.head! >= 0) assert.equal(doc.tokens[t.head!].sent, t.sent);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parse stage reports a missing model as E401', () => {
  const ctx = { modelsDir: join(tmpdir(), 'no-such-models-dir'), resources: new Map<string, unknown>() };
  const doc = docOf('Hello .');
  doc.tokens.forEach((t) => { t.upos = 'X'; t.xpos = 'XX'; });
  assert.throws(() => parseStage.run(doc, ctx), (e: unknown) => isDossierError(e) && e.code === 'E401');
});
