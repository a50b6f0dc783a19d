/**
 * `dossier train X` and `dossier evaluate X`: run a registered LearnTask (src/cli/tasks.ts).
 */
import { DEFAULT_DATA, defaultModelsDir } from '../paths.js';
import { HELP_OPTION, UsageError, stringOpt, type Command, type Ctx, type Values } from '../context.js';
import type { Figures, TaskOptions } from '../../learn/task.js';
import { toTable } from '../output.js';
import { EVALUABLE, TRAINABLE, loadTask } from '../tasks.js';

export function taskOptions(ctx: Ctx, values: Values): TaskOptions {
  return {
    data: stringOpt(values, 'data') ?? DEFAULT_DATA,
    modelsDir: stringOpt(values, 'models') ?? defaultModelsDir(),
    log: (line: string) => ctx.io.stderr.write(`${line}\n`),
  };
}

export function figuresTable(task: string, figures: Figures): string {
  const rows = Object.entries(figures);
  return toTable(rows, [
    { header: 'figure', get: ([k]) => `${task}.${k}` },
    { header: 'value', get: ([, v]) => (typeof v === 'number' ? v.toFixed(4) : String(v)), align: 'right' },
  ]);
}

const COMMON = { ...HELP_OPTION, data: { type: 'string' }, models: { type: 'string' }, json: { type: 'boolean' } } as const;

export const train: Command = {
  name: 'train',
  summary: `train a model (${TRAINABLE.join(', ')})`,
  min: 1,
  max: 1,
  options: COMMON,
  help: `Usage: dossier train ${TRAINABLE.join('|')} [--data DIR] [--models DIR]

Trains the component on the public data and writes its model file with a manifest, then
prints its figures on the held-out split.

Options:
  --data DIR         the public data folder (default: ${DEFAULT_DATA})
  --models DIR       where model files are written (default: the package's models/)
  --json             print the figures as JSON
`,
  async run(ctx, values, [name]) {
    if (!TRAINABLE.includes(name)) throw new UsageError(`cannot train "${name}" (trainable: ${TRAINABLE.join(', ')})`);
    const task = await loadTask(name);
    if (!task.train) throw new UsageError(`task "${name}" has no training step`);
    const figures = await task.train(taskOptions(ctx, values));
    ctx.out(values.json ? `${JSON.stringify(figures, null, 2)}\n` : figuresTable(name, figures));
    return 0;
  },
};

export const evaluate: Command = {
  name: 'evaluate',
  summary: `measure a component (${EVALUABLE.join(', ')})`,
  min: 1,
  max: 1,
  options: COMMON,
  help: `Usage: dossier evaluate ${EVALUABLE.join('|')} [--data DIR] [--models DIR]

Measures one component on its evaluation split and prints its figures (0..1, higher is better).

Options:
  --data DIR         the public data folder (default: ${DEFAULT_DATA})
  --models DIR       model folder (default: the package's models/)
  --json             print the figures as JSON
`,
  async run(ctx, values, [name]) {
    if (!EVALUABLE.includes(name)) throw new UsageError(`cannot evaluate "${name}" (known: ${EVALUABLE.join(', ')})`);
    const task = await loadTask(name);
    const figures = await task.evaluate(taskOptions(ctx, values));
    ctx.out(values.json ? `${JSON.stringify(figures, null, 2)}\n` : figuresTable(name, figures));
    return 0;
  },
};
