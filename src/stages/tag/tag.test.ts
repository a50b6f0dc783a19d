import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spaceDocument as docOf } from '../../testing/doc.js';
import { parseConllu } from '../../learn/conllu.js';
import { trainTagger } from '../../learn/tagger.js';
import { isDossierError } from '../../model/errors.js';
import { tagStage } from './index.js';

const CORPUS = `1	Anna	Anna	PROPN	NNP	_	2	nsubj	_	_
2	saw	see	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	dogs	dog	NOUN	NNS	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	cats	cat	NOUN	NNS	_	3	nsubj	_	_
3	sat	sit	VERB	VBD	_	0	root	_	_
4	.	.	PUNCT	.	_	3	punct	_	_
`;


test('tag stage sets upos, xpos and lemma on every token', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-tag-'));
  try {
    const { tagger } = trainTagger(parseConllu(CORPUS), { epochs: 10, dictMinFreq: 1000 });
    tagger.save(join(dir, 'tagger.bin.gz'));
    const ctx = { modelsDir: dir, resources: new Map<string, unknown>() };
    const doc = docOf('Anna saw the cats .\nThe dogs sat .');
    tagStage.run(doc, ctx);
    assert.deepEqual(doc.tokens.map((t) => t.upos), ['PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT', 'DET', 'NOUN', 'VERB', 'PUNCT']);
    assert.equal(doc.tokens[3].xpos, 'NNS');
    assert.equal(doc.tokens[3].lemma, 'cat');
    assert.equal(doc.tokens[1].lemma, 'see');
    assert.ok(ctx.resources.size === 1, 'model cached in ctx.resources');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tag stage reports a missing model as E401', () => {
  const ctx = { modelsDir: join(tmpdir(), 'no-such-models-dir'), resources: new Map<string, unknown>() };
  assert.throws(() => tagStage.run(docOf('Hello .'), ctx), (e: unknown) => isDossierError(e) && e.code === 'E401');
});
