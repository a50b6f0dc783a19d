/**
 * `dossier eval GOLD.json...`: extract each gold file's text and score the records exactly as
 * shared/tools/score.mjs does (same figures, same printed lines).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createEngine, type Engine } from '../../engine.js';
import { DossierError } from '../../model/errors.js';
import { toRecord } from '../../model/record.js';
import type { RawArticle } from '../../model/types.js';
import { HELP_OPTION, readArticles, stringOpt, type Command } from '../context.js';
import { formatScore, score, type DocReport, type GoldFile, type Prediction, type ScorePair, type ScoreResult } from '../score.js';

function readJson<T>(path: string): T {
  let raw: string;
  try { raw = readFileSync(path, 'utf8'); } catch (e) {
    throw new DossierError('E109', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
  }
  try { return JSON.parse(raw) as T; } catch (e) {
    throw new DossierError('E107', `malformed JSON: ${(e as Error).message}`, path);
  }
}

/** The shared folder a gold file's `text` is relative to: given, else the nearest ancestor holding it. */
export function findShared(goldPath: string, gold: GoldFile, shared?: string): string {
  if (shared) {
    if (!existsSync(join(shared, gold.text))) throw new DossierError('E109', `text ${gold.text} not found under ${shared}`, goldPath);
    return shared;
  }
  let dir = dirname(resolve(goldPath));
  for (;;) {
    if (existsSync(join(dir, gold.text))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new DossierError('E109', `cannot find ${gold.text}; give --shared DIR`, goldPath);
}

/** The article for a gold text: through the plain-text reader when its text is the file's text. */
async function articleFor(path: string, text: string, published?: string): Promise<RawArticle> {
  for await (const r of readArticles([path], { format: 'text', published })) {
    if (r.ok && r.article.text === text) return r.article;
    break;
  }
  // Offsets must index the file exactly as score.mjs reads it; never score a re-decoded text.
  return { origin: path, format: 'text', text, meta: published ? { published } : {} };
}

/** A folder stands for the gold files (*.json) directly in it, in name order. */
export function expandGold(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* reported when read */ }
    if (isDir) out.push(...readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f)));
    else out.push(p);
  }
  return out;
}

export interface EvalRun {
  result: ScoreResult;
  report: DocReport[];
  pairs: (ScorePair & { path: string })[];
  /** Gold files whose extraction failed; each was scored as an empty record. */
  failures: { path: string; message: string }[];
}

export async function runEval(goldPaths: string[], opts: { shared?: string; engine?: Engine; modelsDir?: string } = {}): Promise<EvalRun> {
  const engine = opts.engine ?? createEngine({ modelsDir: opts.modelsDir });
  const pairs: (ScorePair & { path: string })[] = [];
  const failures: EvalRun['failures'] = [];
  for (const path of goldPaths) {
    const gold = readJson<GoldFile>(path);
    if (!gold || typeof gold.text !== 'string') throw new DossierError('E113', 'not a gold file (no "text" field)', path);
    const textPath = join(findShared(path, gold, opts.shared), gold.text);
    const text = readFileSync(textPath, 'utf8');
    const article = await articleFor(textPath, text, gold.published);
    let pred: Prediction;
    try {
      pred = toRecord(engine.extract(article, { published: gold.published })) as unknown as Prediction;
    } catch (e) {
      // A crash on one text scores as an empty record (what score.mjs would give it) and is reported.
      failures.push({ path, message: (e as Error).message });
      pred = { entities: [], events: [], claims: [] };
    }
    pairs.push({ path, gold, text, pred });
  }
  const { result, report } = score(pairs);
  return { result, report, pairs, failures };
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold files (as shared/tools/score.mjs)',
  min: 1,
  options: {
    ...HELP_OPTION, shared: { type: 'string' }, verbose: { type: 'boolean', short: 'v' }, json: { type: 'boolean' },
    out: { type: 'string' }, models: { type: 'string' },
  },
  help: `Usage: dossier eval GOLD.json|DIR... [--shared DIR] [--verbose] [--json] [--out DIR]

For each gold file, extracts its text (shared/<gold.text>) with the gold publication date and
prints micro-averaged precision, recall and F1 for entities, events and claims, exactly as
\`node shared/tools/score.mjs\` prints them for the same records.

Options:
  --shared DIR       the folder gold "text" paths are relative to (default: found upwards
                     from each gold file)
  -v, --verbose      list misses and extras per document
  --json             print the figures as JSON
  --out DIR          also write each record to DIR/<gold id>.json (input for score.mjs)
  --models DIR       model folder (default: the package's models/)
`,
  async run(ctx, values, args) {
    const goldPaths = expandGold(args);
    const run = await runEval(goldPaths, { shared: stringOpt(values, 'shared'), engine: createEngine(ctx.engineOptions(values)) });
    const out = stringOpt(values, 'out');
    if (out) {
      mkdirSync(out, { recursive: true });
      for (const p of run.pairs) writeFileSync(join(out, `${p.gold.id}.json`), `${JSON.stringify(p.pred, null, 2)}\n`);
    }
    ctx.out(formatScore(run.result, run.report, { json: values.json === true, verbose: values.verbose === true }));
    for (const f of run.failures) ctx.warn(`${f.path}: extraction failed, scored as empty: ${f.message}`);
    return run.failures.length ? 1 : 0;
  },
};
