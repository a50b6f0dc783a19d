/**
 * `dossier gates`: the CI quality gates. Measures the dev gold set (as `dossier eval`) and every
 * registered evaluate task whose module is present, compares each figure with
 * quality/baseline.json, and fails when any figure dropped (figures may only go up).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DossierError } from '../../model/errors.js';
import { createEngine, describeError } from '../../engine.js';
import { HELP_OPTION, UsageError, stringOpt, type Command } from '../context.js';
import { toTable } from '../output.js';
import { DEFAULT_SHARED, defaultBaselinePath, defaultModelsDir } from '../paths.js';
import { GATED, loadTask, taskAvailable } from '../tasks.js';
import { runEval } from './eval.js';

/** A figure may fall this much (rounding noise) before the gate fails. */
export const TOLERANCE = 0.0005;

/** Figure -> value; `null` marks a figure that is measured but deliberately not gated (noisy). */
export type Baseline = Record<string, number | null>;
export type Figures = Record<string, number>;

export type GateStatus = 'ok' | 'up' | 'new' | 'ignored' | 'DROP' | 'MISSING';

export interface GateRow { figure: string; baseline?: number; now?: number; status: GateStatus }

/** Compare measured figures with the baseline; pure. */
export function compareFigures(baseline: Baseline, now: Figures): GateRow[] {
  const keys = [...new Set([...Object.keys(baseline), ...Object.keys(now)])].sort();
  return keys.map((figure) => {
    const b = baseline[figure];
    const n = now[figure];
    let status: GateStatus;
    if (b === null) return { figure, now: n, status: 'ignored' };
    if (n === undefined) status = 'MISSING';
    else if (b === undefined) status = 'new';
    else if (n < b - TOLERANCE) status = 'DROP';
    else if (n > b + TOLERANCE) status = 'up';
    else status = 'ok';
    return { figure, baseline: b, now: n, status };
  });
}

export const failed = (rows: GateRow[]) => rows.filter((r) => r.status === 'DROP' || r.status === 'MISSING');

/** The baseline to write: raise entries only, unless `force` (then take every measured value). */
export function updatedBaseline(baseline: Baseline, now: Figures, force = false): Baseline {
  const out: Baseline = { ...baseline };
  for (const [k, v] of Object.entries(now)) {
    const b = out[k];
    if (b === null) continue; // not gated: stays null
    if (force || b === undefined || v > b) out[k] = Math.round(v * 10000) / 10000;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function readBaseline(path: string): Baseline {
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try { parsed = JSON.parse(readFileSync(path, 'utf8')); } catch (e) {
    throw new DossierError('E107', `malformed baseline JSON: ${(e as Error).message}`, path);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new DossierError('E107', 'baseline must be an object of numbers', path);
  const out: Baseline = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof v === 'number' || v === null) out[k] = v;
    else throw new DossierError('E107', `baseline entry "${k}" must be a number or null`, path);
  }
  return out;
}

const fmt = (v?: number) => (v === undefined ? '-' : v.toFixed(4));

export const gates: Command = {
  name: 'gates',
  summary: 'CI quality gates: figures may only go up',
  max: 0,
  options: {
    ...HELP_OPTION, data: { type: 'string' }, baseline: { type: 'string' }, update: { type: 'boolean' },
    force: { type: 'boolean' }, only: { type: 'string' }, models: { type: 'string' }, json: { type: 'boolean' },
  },
  help: `Usage: dossier gates [--data SHARED] [--update [--force]] [--only LIST]

Measures the dev gold set (dev.entities.f1, dev.events.f1, dev.claims.f1, as \`dossier eval\`)
and every gated evaluate task present in this build (${GATED.join(', ')}),
compares each figure with the baseline, and exits 1 when any figure fell by more than
${TOLERANCE} or a figure with a baseline could not be measured.

Options:
  --data SHARED      the shared folder with gold/dev and data/ (default: ${DEFAULT_SHARED})
  --baseline FILE    default: the package's quality/baseline.json
  --update           write the measured figures as the new baseline (raises entries only)
  --force            with --update: also lower entries to the measured values

A baseline entry set to null is measured and shown but not gated (for noisy figures).

  --only LIST        comma-separated parts to measure: dev and/or task names
  --models DIR       model folder (default: the package's models/)
  --json             print the rows as JSON
`,
  async run(ctx, values) {
    const shared = stringOpt(values, 'data') ?? DEFAULT_SHARED;
    const baselinePath = stringOpt(values, 'baseline') ?? defaultBaselinePath();
    const modelsDir = stringOpt(values, 'models') ?? defaultModelsDir();
    if (values.force && !values.update) throw new UsageError('--force only goes with --update');
    const only = stringOpt(values, 'only')?.split(',').map((s) => s.trim()).filter(Boolean);
    if (only) for (const o of only) if (o !== 'dev' && !GATED.includes(o)) throw new UsageError(`--only: unknown part "${o}"`);
    const wants = (part: string) => !only || only.includes(part);
    if (!existsSync(shared)) throw new DossierError('E109', 'shared folder not found; give --data', shared);

    const baseline = readBaseline(baselinePath);
    const now: Figures = {};
    const problems: string[] = [];
    const log = (line: string) => ctx.io.stderr.write(`gates: ${line}\n`);

    if (wants('dev')) {
      const devDir = join(shared, 'gold', 'dev');
      const golds = existsSync(devDir) ? readdirSync(devDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(devDir, f)) : [];
      if (!golds.length) problems.push(`no gold files in ${devDir}`);
      else {
        log(`eval on ${golds.length} gold files`);
        try {
          const { result, failures } = await runEval(golds, { shared, engine: createEngine({ ...ctx.engineOptions(values), modelsDir }) });
          for (const k of ['entities', 'events', 'claims'] as const) now[`dev.${k}.f1`] = result[k].f1;
          for (const f of failures) problems.push(`eval: ${f.path}: extraction failed: ${f.message}`);
        } catch (e) {
          const f = describeError(e);
          problems.push(`eval: ${f.input ? `${f.input}: ` : ''}${f.message}`);
        }
      }
    }
    for (const name of GATED) {
      if (!wants(name)) continue;
      if (!taskAvailable(name)) { log(`${name}: not in this build, skipped`); continue; }
      log(`evaluate ${name}`);
      try {
        const task = await loadTask(name);
        const figures = await task.evaluate({ data: join(shared, 'data'), modelsDir, log });
        for (const [k, v] of Object.entries(figures)) if (typeof v === 'number' && Number.isFinite(v)) now[`${name}.${k}`] = v;
      } catch (e) {
        problems.push(`${name}: ${describeError(e).message}`);
      }
    }

    // Parts not measured on purpose (--only) are not "missing".
    const relevant = only
      ? Object.fromEntries(Object.entries(baseline).filter(([k]) => wants(k.split('.')[0])))
      : baseline;
    const rows = compareFigures(relevant, now);
    if (values.json) ctx.out(`${JSON.stringify({ rows, problems }, null, 2)}\n`);
    else {
      ctx.out(toTable(rows, [
        { header: 'figure', get: (r) => r.figure },
        { header: 'baseline', get: (r) => fmt(r.baseline), align: 'right' },
        { header: 'now', get: (r) => fmt(r.now), align: 'right' },
        { header: 'status', get: (r) => r.status },
      ]));
    }
    for (const p of problems) ctx.warn(p);

    if (values.update) {
      const next = updatedBaseline(baseline, now, values.force === true);
      mkdirSync(dirname(baselinePath), { recursive: true });
      writeFileSync(baselinePath, `${JSON.stringify(next, null, 2)}\n`);
      log(`baseline written to ${baselinePath} (${Object.keys(next).length} figures)`);
      return 0;
    }
    const bad = failed(rows);
    const note = problems.length ? `; ${problems.length} part(s) could not be measured` : '';
    log(bad.length ? `FAILED: ${bad.map((r) => `${r.figure} ${r.status}`).join(', ')}${note}` : `passed (${rows.length} figures${note})`);
    return bad.length ? 1 : 0;
  },
};
