/**
 * `npm run bench`: throughput of Dossier's linguistic layer (segment + tag + parse + NER) against
 * compromise and wink-nlp, in the same process, on the same texts (BBC News 2004-05 under
 * ../shared/corpus/bbc). Rates use one neutral count for everyone: whitespace-separated words.
 * Prints words per second for each and the ratios; no absolute time is asserted anywhere.
 *
 *   node dist/bench/throughput.js [--corpus DIR] [--limit N] [--rounds R]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTextFiles } from './corpus.js';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { createDocument } from '../model/document.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { createContext } from '../pipeline/default.js';
import { normalizeStage } from '../stages/normalize/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { tagStage } from '../stages/tag/index.js';
import { parseStage } from '../stages/parse/index.js';
import { recognizeStage } from '../stages/recognize/index.js';

interface Result { name: string; seconds: number; wordsPerSecond: number; heapMB: number }

function measure(name: string, texts: string[], words: number, rounds: number, run: (t: string) => unknown): Result {
  for (const t of texts.slice(0, 20)) run(t); // warm-up: JIT and lazy model loading
  const g = globalThis as { gc?: () => void };
  g.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const t of texts) run(t);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    best = Math.min(best, s);
  }
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 1048576;
  return { name, seconds: best, wordsPerSecond: words / best, heapMB };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: resolve('../shared/corpus/bbc') },
      limit: { type: 'string', default: '600' },
      rounds: { type: 'string', default: '2' },
    },
  });
  const dir = values.corpus!;
  if (!existsSync(dir)) {
    console.error(`bench: corpus not found at ${dir} (pass --corpus DIR)`);
    process.exitCode = 2;
    return;
  }
  const texts = readTextFiles(dir).slice(0, Number(values.limit));
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const rounds = Number(values.rounds);
  console.log(`corpus: ${dir}: ${texts.length} texts, ${words} words; best of ${rounds} rounds each`);

  const require = createRequire(import.meta.url);
  const nlp = require('compromise');
  const winkNLP = require('wink-nlp');
  const winkModel = require('wink-eng-lite-web-model');
  const wink = winkNLP(winkModel);
  const its = wink.its;

  const pipeline = new Pipeline([normalizeStage, segmentStage, tagStage, parseStage, recognizeStage], createContext());
  const results: Result[] = [];
  results.push(measure('compromise (tokens, POS, people/places/orgs)', texts, words, rounds, (t) => {
    const d = nlp(t);
    d.people().out('array');
    d.places().out('array');
    d.organizations().out('array');
  }));
  results.push(measure('wink-nlp (tokens, POS, entities)', texts, words, rounds, (t) => {
    const d = wink.readDoc(t);
    d.tokens().out(its.pos);
    d.entities().out(its.detail);
  }));
  results.push(measure('dossier (normalize, segment, tag, parse, NER)', texts, words, rounds, (t) => {
    pipeline.run(createDocument(t));
  }));

  const base = results[0].wordsPerSecond;
  console.log('');
  console.log('system'.padEnd(50) + 'words/s'.padStart(12) + 'x compromise'.padStart(14) + 'heap MB'.padStart(10));
  for (const r of results) {
    console.log(r.name.padEnd(50) + Math.round(r.wordsPerSecond).toString().padStart(12) + (r.wordsPerSecond / base).toFixed(2).padStart(14) + r.heapMB.toFixed(1).padStart(10));
  }
  const dossier = results[2].wordsPerSecond;
  console.log('');
  console.log(`ratio dossier/compromise: ${(dossier / base).toFixed(2)}x; dossier/wink-nlp: ${(dossier / results[1].wordsPerSecond).toFixed(2)}x`);
  console.log('');
  console.log('dossier by stage (same texts, stages run one after another on prepared documents):');
  for (const [name, wps] of stageThroughput(texts, words, rounds)) {
    console.log(`  ${name.padEnd(12)}${Math.round(wps).toString().padStart(12)} words/s${(wps / base).toFixed(2).padStart(10)}x compromise`);
  }
}

/** Words per second of each of the layer's stages alone (best round), to show where time goes. */
function stageThroughput(texts: string[], words: number, rounds: number): [string, number][] {
  const ctx = createContext();
  const stages = [normalizeStage, segmentStage, tagStage, parseStage, recognizeStage];
  const docs = texts.map((t) => createDocument(t));
  const best = new Map<string, number>();
  for (let r = 0; r < rounds + 1; r++) {
    // Round 0 warms up (JIT, model loading); each later round starts from fresh documents.
    const ds = r === 0 ? docs : texts.map((t) => createDocument(t));
    for (const st of stages) {
      const t0 = process.hrtime.bigint();
      for (const d of ds) st.run(d, ctx);
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      if (r > 0) best.set(st.name, Math.min(best.get(st.name) ?? Infinity, s));
    }
  }
  return stages.map((st) => [st.name, words / best.get(st.name)!]);
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
