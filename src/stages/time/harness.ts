/**
 * Harness check for the TempEval evaluation: are the test documents read like the development
 * ones, and does the evaluation measure what the pipeline does?
 *
 *   node dist/stages/time/harness.js [train|meantime|platinum] [--data DIR]
 *
 * For each document it checks that a creation time (DCT) was found and parses as a date, that
 * the text holds no DCT timex of its own (TE3 leaves tid t0 out of both sides), and that every
 * gold span maps back onto its text; it then runs the time stage twice, as the evaluation does
 * (findTimexes on the TimeML text) and as production does (normalize -> segment -> tag -> time,
 * offsets mapped back to the original), and counts the documents where the two disagree. Value
 * accuracy per document (value-correct / relaxed matches) is reported in aggregate only.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createDocument } from '../../model/document.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { createContext } from '../../pipeline/default.js';
import { normalizeStage } from '../normalize/index.js';
import { segmentStage } from '../segment/index.js';
import { tagStage } from '../tag/index.js';
import { parseRef } from './dates.js';
import { dossierTimexes, figuresOf, readMeantimeDir, readTimeMLDir, scoreDoc, type Counts, type SysTimex } from './evaluate.js';
import { timeStage } from './index.js';
import type { TimeMLDoc } from './timeml.js';

export interface DocCheck {
  id: string;
  dctOk: boolean;
  spansOk: boolean;
  /** Evaluation and pipeline paths give the same spans and values. */
  pathsAgree: boolean;
  relaxed: number;
  value: number;
}

export interface HarnessSummary {
  docs: number;
  dctMissing: number;
  spanMismatch: number;
  pathsDisagree: number;
  /** Mean, median and minimum per-document value accuracy; documents without a match are left out. */
  meanAccuracy: number;
  medianAccuracy: number;
  minAccuracy: number;
  perfectDocs: number;
}

const key = (t: SysTimex) => `${t.start}:${t.end}:${t.value}`;

/** The checks on one document, given the timexes of the two paths. */
export function checkDoc(doc: TimeMLDoc, evalPath: readonly SysTimex[], pipePath: readonly SysTimex[]): DocCheck {
  const c: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0 };
  scoreDoc(doc, [...evalPath], c);
  return {
    id: doc.id,
    dctOk: !!parseRef(doc.dct),
    spansOk: doc.timexes.every((g) => doc.text.slice(g.start, g.end) === g.text),
    pathsAgree: evalPath.map(key).join(' ') === pipePath.map(key).join(' '),
    relaxed: c.relaxed,
    value: c.value,
  };
}

export function summarise(checks: readonly DocCheck[]): HarnessSummary {
  const acc = checks.filter((c) => c.relaxed > 0).map((c) => c.value / c.relaxed).sort((a, b) => a - b);
  return {
    docs: checks.length,
    dctMissing: checks.filter((c) => !c.dctOk).length,
    spanMismatch: checks.filter((c) => !c.spansOk).length,
    pathsDisagree: checks.filter((c) => !c.pathsAgree).length,
    meanAccuracy: acc.length ? acc.reduce((a, b) => a + b, 0) / acc.length : 0,
    medianAccuracy: acc.length ? acc[acc.length >> 1] : 0,
    minAccuracy: acc.length ? acc[0] : 0,
    perfectDocs: checks.filter((c) => c.relaxed > 0 && c.value === c.relaxed).length,
  };
}

function pipelineTimexes(pipe: Pipeline, doc: TimeMLDoc): SysTimex[] {
  const d = pipe.run(createDocument(doc.text, { published: doc.dct }));
  return d.timexes.map((t) => ({ start: t.start, end: t.end, value: t.value, type: t.type }));
}

async function main(argv: string[]): Promise<void> {
  const data = argv.includes('--data') ? argv[argv.indexOf('--data') + 1] : '../shared/data';
  const split = argv.find((a) => ['train', 'meantime', 'platinum'].includes(a)) ?? 'platinum';
  const te = join(data, 'tempeval3');
  const docs = split === 'train'
    ? [...readTimeMLDir(join(te, 'train-tbaq', 'TimeBank')), ...readTimeMLDir(join(te, 'train-tbaq', 'AQUAINT'))]
    : split === 'platinum' ? readTimeMLDir(join(te, 'test-platinum')) : readMeantimeDir(join(data, 'meantime-english', 'intra-doc_annotation'));
  const pipe = new Pipeline([normalizeStage, segmentStage, tagStage, timeStage], createContext());
  const checks: DocCheck[] = [];
  const counts: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0 };
  for (const d of docs) {
    const a = dossierTimexes(d);
    const b = pipelineTimexes(pipe, d);
    scoreDoc(d, b, counts);
    checks.push(checkDoc(d, a, b));
  }
  const s = summarise(checks);
  const f = figuresOf(counts);
  console.log(`${split}: ${s.docs} documents; DCT missing or unparsable ${s.dctMissing}; gold spans off their text ${s.spanMismatch}; evaluation and pipeline paths differ in ${s.pathsDisagree}`);
  console.log(`per-document value accuracy: mean ${s.meanAccuracy.toFixed(3)} median ${s.medianAccuracy.toFixed(3)} min ${s.minAccuracy.toFixed(3)}; ${s.perfectDocs} documents with every matched value right`);
  console.log(`pipeline path: strict ${f.strict_f1.toFixed(3)} relaxed ${f.relaxed_f1.toFixed(3)} value ${f.value_f1.toFixed(3)}`);
  for (const c of checks) if (!c.dctOk || !c.spansOk || !c.pathsAgree) console.log(`  ${c.id}: dct ${c.dctOk ? 'ok' : 'MISSING'}, spans ${c.spansOk ? 'ok' : 'OFF'}, paths ${c.pathsAgree ? 'agree' : 'DIFFER'}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
