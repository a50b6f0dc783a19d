import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConllu, isProjective } from './conllu.js';
import { ArcHybrid, Parser, SHIFT, evaluateParser, isValid, moveCosts, projectivize, trainParser } from './parser.js';
import { TINY } from './testdata.js';

/** Follows the cheapest valid transition (labels from gold) from the initial state. */
function oracleParse(gold: number[], glab: number[], L: number, root: number): { heads: number[]; labels: number[] } {
  const n = gold.length;
  const g = Int32Array.from(gold, (h) => (h < 0 ? n : h));
  const st = new ArcHybrid();
  st.reset(n);
  const mc = new Int32Array(3);
  let guard = 0;
  while (!st.terminal()) {
    assert.ok(guard++ < 4 * n + 4, 'oracle terminates');
    moveCosts(st, g, mc);
    const s0 = st.s(0);
    let best = -1, bc = Infinity;
    for (let t = 0; t < 1 + 2 * L; t++) {
      if (!isValid(st, t, L, root)) continue;
      let c: number;
      if (t === SHIFT) c = mc[0];
      else if (t <= L) c = mc[1] + (g[s0] === st.s(1) && glab[s0] !== t - 1 ? 1 : 0);
      else c = mc[2] + (g[s0] === st.b && glab[s0] !== t - 1 - L ? 1 : 0);
      if (c < bc) { bc = c; best = t; }
    }
    assert.equal(bc, 0, 'a zero-cost transition exists for a projective gold tree');
    st.apply(best, L);
  }
  return {
    heads: Array.from(st.heads.subarray(0, n), (h) => (h === n ? -1 : h)),
    labels: Array.from(st.labels.subarray(0, n)),
  };
}

/** A random projective tree with one root: recursive attachment inside spans. */
function randomProjective(n: number, rnd: () => number): number[] {
  const heads = new Array<number>(n).fill(-1);
  const build = (lo: number, hi: number, head: number): void => {
    if (lo > hi) return;
    const r = lo + Math.floor(rnd() * (hi - lo + 1));
    heads[r] = head;
    build(lo, r - 1, r);
    build(r + 1, hi, r);
  };
  build(0, n - 1, -1);
  return heads;
}

test('the dynamic oracle reproduces gold projective trees exactly', () => {
  let seed = 42;
  const rnd = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  const L = 5, root = 0;
  for (let k = 0; k < 300; k++) {
    const n = 1 + Math.floor(rnd() * 25);
    const heads = randomProjective(n, rnd);
    assert.ok(isProjective(heads));
    const labels = heads.map((h) => (h < 0 ? root : 1 + Math.floor(rnd() * (L - 1))));
    const out = oracleParse(heads, labels, L, root);
    assert.deepEqual(out.heads, heads);
    assert.deepEqual(out.labels, labels);
  }
});

test('transition system invariants: one root, every word headed, stack never underflows', () => {
  const st = new ArcHybrid();
  st.reset(4);
  assert.ok(st.canShift() && !st.canLeft() && !st.canRight());
  const L = 2, root = 0;
  // Greedy "always the last valid class" still ends in a tree.
  let guard = 0;
  while (!st.terminal() && guard++ < 100) {
    let t = 2 * L;
    while (!isValid(st, t, L, root)) t--;
    st.apply(t, L);
  }
  assert.ok(st.terminal());
  const heads = Array.from(st.heads.subarray(0, 4));
  assert.equal(heads.filter((h) => h === 4).length, 1, 'exactly one word attached to the root');
  assert.ok(heads.every((h) => h >= 0));
});

test('projectivize lifts crossing arcs', () => {
  // 0 <- 2 crosses 1 <- 3.
  const h = [2, 3, -1, 2];
  assert.equal(isProjective(h), false);
  const p = projectivize(h);
  assert.ok(isProjective(p));
  assert.equal(p.filter((x) => x < 0).length, 1);
});

test('parser learns a tiny corpus and survives a save/load round trip', () => {
  const sents = parseConllu(TINY);
  const { parser } = trainParser(sents, { epochs: 15 });
  const r = evaluateParser(parser, sents);
  assert.equal(r.uas, 1);
  assert.equal(r.las, 1);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-parser-'));
  try {
    const p = join(dir, 'parser.bin.gz');
    parser.save(p);
    const back = Parser.load(p);
    const input = { forms: ['The', 'dog', 'sat', '.'], upos: ['DET', 'NOUN', 'VERB', 'PUNCT'], xpos: ['DT', 'NN', 'VBD', '.'] };
    assert.deepEqual(back.parse(input), parser.parse(input));
    assert.equal(evaluateParser(back, sents).las, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('feature-set version 2 trains, saves and loads as version 2', () => {
  const sents = parseConllu(TINY);
  const { parser } = trainParser(sents, { epochs: 15, features: 2 });
  assert.equal(parser.features, 2);
  assert.equal(evaluateParser(parser, sents).las, 1);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-parser2-'));
  try {
    const p = join(dir, 'parser.bin.gz');
    parser.save(p);
    const back = Parser.load(p);
    assert.equal(back.features, 2);
    assert.equal(evaluateParser(back, sents).las, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
