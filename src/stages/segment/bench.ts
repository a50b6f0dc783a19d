/**
 * Throughput of normalize + segment on a folder of texts (default ../shared/corpus/bbc), against
 * wink-nlp's tokeniser and sentence splitter in the same process:
 *
 *   node dist/stages/segment/bench.js [--corpus DIR] [--rounds N]
 *
 * Prints the best of N rounds for each; nothing is asserted (machines differ).
 */
import { existsSync } from 'node:fs';
import { readTextFiles } from '../../bench/corpus.js';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDocument } from '../../model/document.js';
import { normalizeStage } from '../normalize/index.js';
import { segmentStage, sentences, tokenize } from './index.js';

function best(rounds: number, run: () => number): { ms: number; n: number } {
  let ms = Infinity;
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    n = run();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, n };
}

function main(): void {
  const { values } = parseArgs({ options: { corpus: { type: 'string', default: resolve('../shared/corpus/bbc') }, rounds: { type: 'string', default: '3' } } });
  const dir = values.corpus!;
  if (!existsSync(dir)) {
    console.error(`bench: no corpus at ${dir} (pass --corpus DIR)`);
    process.exitCode = 2;
    return;
  }
  const docs = readTextFiles(dir);
  const rounds = Number(values.rounds);
  const chars = docs.reduce((n, t) => n + t.length, 0);
  console.log(`${dir}: ${docs.length} texts, ${(chars / 1e6).toFixed(2)}M characters; best of ${rounds}`);
  const ctx = { modelsDir: '', resources: new Map<string, unknown>() };
  const rows: [string, { ms: number; n: number }, string][] = [];
  rows.push(['normalize + segment (Document)', best(rounds, () => {
    let n = 0;
    for (const t of docs) {
      const d = createDocument(t);
      normalizeStage.run(d, ctx);
      segmentStage.run(d, ctx);
      n += d.tokens.length;
    }
    return n;
  }), 'tokens']);
  rows.push(['tokenize(text)', best(rounds, () => docs.reduce((n, t) => n + tokenize(t).length, 0)), 'tokens']);
  rows.push(['sentences(text)', best(rounds, () => docs.reduce((n, t) => n + sentences(t).length, 0)), 'sentences']);
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (m: unknown, pipe?: string[]) => { readDoc(t: string): { tokens(): { length(): number } } };
    const nlp = winkNLP(require('wink-eng-lite-web-model'), ['sbd']);
    rows.push(['wink-nlp readDoc (tokens + sbd)', best(rounds, () => docs.reduce((n, t) => n + nlp.readDoc(t).tokens().length(), 0)), 'tokens']);
  } catch {
    console.log('(wink-nlp not installed: no comparison)');
  }
  for (const [name, r, unit] of rows) {
    console.log(`${name.padEnd(34)} ${r.ms.toFixed(0).padStart(6)} ms  ${String(r.n).padStart(8)} ${unit}  ${((chars / r.ms) * 1000 / 1e6).toFixed(1)}M chars/s`);
  }
}

main();
