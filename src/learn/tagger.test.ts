import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConllu } from './conllu.js';
import { Tagger, evaluateTagger, taggerFeatures, trainTagger, fillAmb } from './tagger.js';
import { WordFeats } from './wordfeats.js';
import { fk1, fk2, strHash } from './hash.js';
import { Lemmatizer } from './lemma.js';
import { TINY } from './testdata.js';


test('conllu reader skips ranges and empty nodes, keeps ids and text', () => {
  const s = parseConllu(TINY);
  assert.equal(s.length, 4);
  assert.equal(s[0].id, '1');
  assert.equal(s[0].text, 'The cats sat on the mat .');
  assert.deepEqual(s[3].tokens.map((t) => t.form), ['do', "n't", 'go', '!']);
  assert.equal(s[0].tokens[2].head, -1);
  assert.equal(s[0].tokens[0].head, 1);
});

test('tagger features are deterministic integers that depend on context', () => {
  const wf = new WordFeats();
  wf.fill(['The', 'cat', 'sat']);
  const amb = new Int32Array(3);
  fillAmb(new Map(), ['The', 'cat', 'sat'], amb);
  const a = new Int32Array(64), b = new Int32Array(64);
  const n = taggerFeatures(wf, amb, 1, 3, 4, a);
  const m = taggerFeatures(wf, amb, 1, 3, 4, b);
  assert.equal(n, m);
  assert.deepEqual(a.slice(0, n), b.slice(0, m));
  assert.ok(a.slice(0, n).every((x) => x !== 0));
  const c = new Int32Array(64);
  taggerFeatures(wf, amb, 1, 5, 4, c);
  assert.notDeepEqual(a.slice(0, n), c.slice(0, n));
  assert.equal(a[1], fk1(1, strHash('cat')));
  assert.notEqual(fk2(1, 2, 3), fk2(1, 3, 2));
});

test('tagger learns a tiny corpus and survives a save/load round trip', () => {
  const sents = parseConllu(TINY);
  const { tagger } = trainTagger(sents, { epochs: 10, dictMinFreq: 1000 });
  const r = evaluateTagger(tagger, sents);
  assert.equal(r.upos, 1);
  assert.equal(r.xpos, 1);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-tagger-'));
  try {
    const p = join(dir, 'tagger.bin.gz');
    tagger.save(p);
    const back = Tagger.load(p);
    const forms = ['Anna', 'saw', 'the', 'cats', '.'];
    assert.deepEqual(back.tag(forms), tagger.tag(forms));
    assert.deepEqual(back.tag(forms).upos, ['PROPN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lemmatiser learns suffix rules and exceptions', () => {
  const lem = Lemmatizer.train(parseConllu(TINY));
  assert.equal(lem.lemma('saw', 'VBD'), 'see');
  assert.equal(lem.lemma('dogs', 'NNS'), 'dog');
  assert.equal(lem.lemma('Paris', 'NNP'), 'Paris');
  assert.equal(lem.lemma('The', 'DT'), 'the');
  assert.equal(lem.lemma('birds', 'NNS'), 'bird');
});

test('two-pass tagger with embedded word clusters round-trips through a file', () => {
  const sents = parseConllu(TINY);
  const clusters = new Map([['dog', '0101'], ['dogs', '0101'], ['cats', '0100'], ['mat', '0110'], ['the', '1']]);
  const { tagger } = trainTagger(sents, { epochs: 8, passes: 2, folds: 2, clusters, dictMinFreq: 1000 });
  assert.ok(tagger.clusters, 'cluster features kept on the model');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-tagger2-'));
  try {
    const p = join(dir, 'tagger.bin.gz');
    tagger.save(p);
    const back = Tagger.load(p);
    assert.equal(back.clusters?.paths.get('dog'), '0101');
    assert.equal(back.model2 !== null, tagger.model2 !== null);
    const forms = ['A', 'dog', 'sat', 'on', 'the', 'mat', '.'];
    assert.deepEqual(back.tag(forms), tagger.tag(forms));
    assert.ok(evaluateTagger(back, sents).upos >= 0.95);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('old feature-set versions keep working: a version-1 feature vector is a prefix of version 2', () => {
  const wf = new WordFeats();
  wf.fill(['Prime', 'Minister', 'Carney']);
  const amb = new Int32Array(3);
  fillAmb(new Map(), ['Prime', 'Minister', 'Carney'], amb);
  const v1 = new Int32Array(80), v2 = new Int32Array(80);
  const n1 = taggerFeatures(wf, amb, 1, 3, 4, v1, null, 1);
  const n2 = taggerFeatures(wf, amb, 1, 3, 4, v2, null, 2);
  assert.ok(n2 > n1);
  assert.deepEqual(v1.slice(0, n1), v2.slice(0, n1));
});
