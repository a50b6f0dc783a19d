/**
 * `dossier eval` must print what shared/tools/score.mjs prints. These tests score the same
 * predictions both ways and compare the output byte for byte (skipped without ../shared).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { createEngine } from '../engine.js';
import { runEval } from './commands/eval.js';
import { formatScore, norm, score, type GoldFile, type Prediction, type ScorePair } from './score.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const SCORER = join(SHARED, 'tools', 'score.mjs');
const DEV = join(SHARED, 'gold', 'dev');
const haveShared = existsSync(SCORER) && existsSync(DEV);
const tmp = mkdtempSync(join(tmpdir(), 'dossier-score-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const FLAGS: string[][] = [[], ['--verbose'], ['--json'], ['--json', '--verbose']];

function goldFiles(): string[] {
  return readdirSync(DEV).filter((f) => f.endsWith('.json')).sort().map((f) => join(DEV, f));
}

/** A deliberately imperfect prediction built from the gold: hits, misses, wrong types and extras. */
function synthetic(gold: GoldFile, text: string): Prediction {
  const span = (s: string) => { const i = text.indexOf(s); return { start: i, end: i + s.length, text: s }; };
  const entities: NonNullable<Prediction['entities']> = [];
  (gold.entities ?? []).forEach((e, i) => {
    if (i % 3 === 0) return;
    const name = i % 3 === 1 ? (e.aliases?.[0] ?? e.name) : `The ${e.name.toUpperCase()}'s`;
    const type = e.type === 'GPE' && i % 2 ? 'LOC' : e.type;
    entities.push({ name, type, mentions: [{ start: 0, end: 1, text: i % 5 === 0 ? e.name : 'x' }] });
  });
  entities.push({ name: 'Nobody Atall', type: 'PERSON' }, { name: 'Ukrainian', type: 'NORP' }, { name: 'Widget', type: 'MISC' });
  const events: NonNullable<Prediction['events']> = [];
  (gold.events ?? []).forEach((g, i) => {
    if (i % 4 === 0) return;
    const type = i % 4 === 3 ? 'PROTEST' : g.type[0] === '*' ? 'AID' : g.type[0];
    events.push({
      type, mode: i % 2 ? g.mode : 'other',
      actor: { name: g.actor[0] === '*' ? 'Anyone' : g.actor[0] },
      target: { name: g.target[0] === '*' ? 'Anyone' : g.target[0] },
      amount: g.amount && i % 2 ? { value: g.amount.value * 1.001, currency: g.amount.currency } : undefined,
      date: g.date ? { value: i % 3 ? `${g.date}-15` : '1999' } : undefined,
      location: g.location ? { name: i % 2 ? g.location : 'Atlantis' } : undefined,
      mentions: [span(g.evidence[g.evidence.length - 1])],
    });
  });
  events.push({ type: 'AID', actor: { name: 'Atlantis' }, mentions: [{ start: 0, end: 10, text: text.slice(0, 10) }] }, { type: 'CONSULT' });
  const claims: NonNullable<Prediction['claims']> = [];
  (gold.claims ?? []).forEach((c, i) => {
    claims.push({ speaker: { name: i % 2 ? c.speaker[0] : 'Someone Else' }, content: span(c.evidence) });
  });
  claims.push({ speaker: { name: 'Nobody' } });
  return { entities, events, claims };
}

function scorerOutput(pairs: { path: string; pred: Prediction }[], flags: string[]): string {
  const args = [SCORER];
  pairs.forEach((p, i) => {
    const out = join(tmp, `pred-${i}.json`);
    writeFileSync(out, JSON.stringify(p.pred));
    args.push(p.path, out);
  });
  return execFileSync(process.execPath, [...args, ...flags], { encoding: 'utf8' });
}

describe('score.ts agrees with score.mjs', { skip: !haveShared && 'needs ../shared' }, () => {
  test('on imperfect predictions built from each dev gold file', () => {
    const pairs: (ScorePair & { path: string })[] = goldFiles().map((path) => {
      const gold = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
      const text = readFileSync(join(SHARED, gold.text), 'utf8');
      return { path, gold, text, pred: synthetic(gold, text) };
    });
    assert.equal(pairs.length >= 3, true);
    const { result, report } = score(pairs);
    assert.ok(result.entities.tp > 0 && result.entities.fp > 0 && result.entities.fn > 0);
    assert.ok(result.events.tp > 0 && result.events.fn > 0);
    for (const flags of FLAGS) {
      const mine = formatScore(result, report, { json: flags.includes('--json'), verbose: flags.includes('--verbose') });
      assert.equal(mine, scorerOutput(pairs, flags), `flags ${flags.join(' ')}`);
    }
    // Each file alone, too (micro-averaging over one document).
    for (const p of pairs) {
      const one = score([p]);
      assert.equal(formatScore(one.result, one.report, { json: true, verbose: true }), scorerOutput([p], ['--json', '--verbose']));
    }
  });

  test('on the real extraction of the three dev files (when the default pipeline loads)', async (t) => {
    const engine = createEngine();
    // A partial build (a stage or model missing) cannot extract; that is not this test's concern.
    try { engine.extract('Canada pledged aid to Ukraine.'); } catch (e) { t.skip(`default pipeline unavailable: ${(e as Error).message}`); return; }
    const run = await runEval(goldFiles(), { shared: SHARED, engine });
    for (const flags of FLAGS) {
      const mine = formatScore(run.result, run.report, { json: flags.includes('--json'), verbose: flags.includes('--verbose') });
      assert.equal(mine, scorerOutput(run.pairs, flags), `flags ${flags.join(' ')}`);
    }
  });
});

test('norm: NFKC, lower case, possessive, punctuation, leading "the"', () => {
  assert.equal(norm('The Kremlin’s'), 'kremlin');
  assert.equal(norm('U.S.'), 'u s');
  assert.equal(norm('ﬁnland'), 'finland');
  assert.equal(norm(undefined), '');
  assert.equal(norm('Theodore'), 'theodore', 'only a whole leading "the"');
});
