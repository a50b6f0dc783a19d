import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConllu } from './conllu.js';
import { Tagger, evaluateTagger, taggerFeatures, trainTagger, fillSent, TagSent, buildCandidates, labelOf, averageModels, type TagLexicon } from './tagger.js';
import type { SparseModel } from './perceptron.js';
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

const NO_LEX: TagLexicon = { amb: new Map(), tagdict: new Map(), clusters: null, candOff: new Map() };

function sentOf(forms: string[]): TagSent {
  const ts = new TagSent();
  fillSent(NO_LEX, forms, ts);
  return ts;
}

test('tagger features are deterministic integers that depend on context', () => {
  const ts = sentOf(['The', 'cat', 'sat']);
  const a = new Int32Array(80), b = new Int32Array(80);
  const n = taggerFeatures(ts, 1, 3, 4, a);
  const m = taggerFeatures(ts, 1, 3, 4, b);
  assert.equal(n, m);
  assert.deepEqual(a.slice(0, n), b.slice(0, m));
  assert.ok(a.slice(0, n).every((x) => x !== 0));
  const c = new Int32Array(80);
  taggerFeatures(ts, 1, 5, 4, c);
  assert.notDeepEqual(a.slice(0, n), c.slice(0, n));
  assert.ok(a.slice(0, n).includes(fk1(1, strHash('cat'))), 'the word feature');
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

test('old feature-set versions keep working: each version adds features to the previous one', () => {
  const ts = sentOf(['Prime', 'Minister', 'Carney']);
  const v = [1, 2].map((version) => {
    const out = new Int32Array(80);
    return new Set(out.slice(0, taggerFeatures(ts, 1, 3, 4, out, null, version)));
  });
  assert.ok(v[1].size > v[0].size);
  for (const k of v[0]) assert.ok(v[1].has(k));
});

/** Sentences over a small vocabulary, with some ambiguity (run: VERB / NOUN) and unknown words. */
function syntheticCorpus(nSent: number): string {
  const det = [['the', 'DT'], ['a', 'DT']], noun = [['dog', 'NN'], ['run', 'NN'], ['cats', 'NNS'], ['park', 'NN']];
  const verb = [['saw', 'VBD'], ['run', 'VBP'], ['liked', 'VBD']];
  const upos: Record<string, string> = { DT: 'DET', NN: 'NOUN', NNS: 'NOUN', VBD: 'VERB', VBP: 'VERB', '.': 'PUNCT', NNP: 'PROPN' };
  let seed = 7;
  const pick = <T>(a: T[]): T => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return a[(seed >>> 16) % a.length]; };
  const out: string[] = [];
  for (let s = 0; s < nSent; s++) {
    const words = [pick(det), pick(noun), pick(verb), pick(det), pick(noun), ...(s % 3 === 0 ? [[`Name${s}`, 'NNP']] : []), ['.', '.']];
    out.push(words.map(([w, x], i) => `${i + 1}\t${w}\t${w.toLowerCase()}\t${upos[x]}\t${x}\t_\t0\t_\t_\t_`).join('\n'));
  }
  return out.join('\n\n') + '\n';
}

test('the cached fast path (dense word-group sums, candidates, dictionary) equals the plain path', () => {
  const sents = parseConllu(syntheticCorpus(60));
  const clusters = new Map([['dog', '0101'], ['cats', '0100'], ['park', '0110'], ['the', '1']]);
  // A dictionary for very frequent one-label words, candidate restriction for words seen 5+ times.
  const { tagger } = trainTagger(sents, { epochs: 5, clusters, dictMinFreq: 40, dictMinRatio: 0.99, candMinFreq: 5 });
  assert.ok(tagger.tagdict.has('.'), 'punctuation is a dictionary word');
  assert.ok(!tagger.tagdict.has('run'), 'an ambiguous word is not');
  assert.deepEqual(tagger.cands.get('run')?.map((k) => tagger.labels[k]).sort(), ['NOUN\tNN', 'VERB\tVBP']);
  const tests = [['the', 'run', 'saw', 'a', 'dog', '.'], ['a', 'dog', 'run', 'the', 'run', '.'], ['Zork', 'liked', 'the', 'cats', '.'], ['run']];
  for (let round = 0; round < 2; round++) { // the second round reads the caches
    for (const forms of tests) {
      const a = new Int32Array(forms.length), b = new Int32Array(forms.length);
      tagger.tagIds(forms, a);
      tagger.tagIdsPlain(forms, b);
      assert.deepEqual([...a], [...b], forms.join(' '));
    }
  }
  // More word types than the caches hold (8192): they start again between sentences, same results.
  const known = ['the', 'run', 'saw', 'a', 'dog', 'cats', 'liked', '.'];
  for (let s = 0; s < 300; s++) {
    const forms = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? known[(s + i) % known.length] : `Zq${s}x${i}`));
    const a = new Int32Array(forms.length), b = new Int32Array(forms.length);
    tagger.tagIds(forms, a);
    tagger.tagIdsPlain(forms, b);
    assert.deepEqual([...a], [...b]);
  }
  const r = tagger.tag(['the', 'run', 'saw', 'a', 'dog', '.']);
  assert.deepEqual(r.upos, ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  assert.equal(tagger.tag(['a', 'dog', 'run', 'the', 'park', '.']).upos[2], 'VERB');
  assert.equal(evaluateTagger(tagger, sents).upos, 1);
});

test('a dictionary word is tagged from the dictionary, whatever the model says', () => {
  const sents = parseConllu(TINY);
  const { tagger } = trainTagger(sents, { epochs: 5, dictMinFreq: 1000 });
  const labels = new Map(tagger.labels.map((l, i) => [l, i]));
  tagger.tagdict.set('mat', labels.get('VERB\tVBD')!);
  tagger.clearCaches();
  assert.equal(tagger.tag(['the', 'mat', '.']).upos[1], 'VERB');
  tagger.tagdict.delete('mat');
  tagger.clearCaches();
  assert.equal(tagger.tag(['the', 'mat', '.']).upos[1], 'NOUN');
});

test('dictionary and candidates survive a save/load round trip', () => {
  const sents = parseConllu(syntheticCorpus(40));
  const { tagger } = trainTagger(sents, { epochs: 4, dictMinFreq: 30, candMinFreq: 3 });
  const dir = mkdtempSync(join(tmpdir(), 'dossier-tagger3-'));
  try {
    const p = join(dir, 'tagger.bin.gz');
    tagger.save(p);
    const back = Tagger.load(p);
    assert.deepEqual([...back.tagdict], [...tagger.tagdict]);
    assert.deepEqual([...back.cands], [...tagger.cands]);
    assert.ok(back.tagdict.size > 0 && back.cands.size > 0);
    assert.equal(back.features, tagger.features);
    for (const forms of [['the', 'run', 'saw', 'a', 'dog', '.'], ['Name3', 'liked', 'a', 'park', '.']]) {
      assert.deepEqual(back.tag(forms), tagger.tag(forms));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('candidates are every training label of the frequent words', () => {
  const sents = parseConllu(TINY);
  const labels = [...new Set(sents.flatMap((s) => s.tokens.map(labelOf)))].sort();
  const idx = new Map(labels.map((l, i) => [l, i]));
  const c = buildCandidates(sents, idx, 2);
  assert.deepEqual(c.get('the'), [idx.get('DET\tDT')]);
  assert.equal(c.has('Anna'), false);
});

test('averaging a model with itself keeps its scores; two models average their weights', () => {
  const sents = parseConllu(syntheticCorpus(30));
  const a = trainTagger(sents, { epochs: 3, seed: 1 }).tagger;
  const b = trainTagger(sents, { epochs: 3, seed: 2 }).tagger;
  const C = a.labels.length;
  const self = averageModels([a.model, a.model], C);
  const ts = sentOf(['the', 'run', 'saw', 'a', 'dog', '.']);
  const feats = new Int32Array(80);
  const n = taggerFeatures(ts, 1, 3, 4, feats);
  const score = (m: SparseModel): number[] => { const s = new Int32Array(C); m.score(feats, n, s); return [...s].map((x) => x * m.scale); };
  const near = (x: number[], y: number[]): void => x.forEach((v, k) => assert.ok(Math.abs(v - y[k]) < 1e-3 * (1 + Math.abs(y[k])), `${v} vs ${y[k]}`));
  near(score(self), score(a.model));
  const ab = averageModels([a.model, b.model], C);
  near(score(ab), score(a.model).map((v, k) => (v + score(b.model)[k]) / 2));
});
