/**
 * The registry of trainable / evaluable components for `dossier train`, `dossier evaluate` and
 * `dossier gates`. Each entry names a module exporting `task: LearnTask`; modules are imported
 * only when asked for, so one missing or broken component never stops the others.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LearnTask } from '../learn/task.js';
import { DossierError } from '../model/errors.js';

export interface TaskEntry {
  /** Module path relative to this file (dist/cli/). */
  module: string;
  /** Whether `dossier train NAME` applies. */
  trainable: boolean;
  /** Whether `dossier gates` measures it (its figures are scores in 0..1 that may only go up). */
  gated: boolean;
}

export const TASKS: Readonly<Record<string, TaskEntry>> = {
  tagger: { module: '../learn/tasks/tagger.js', trainable: true, gated: true },
  parser: { module: '../learn/tasks/parser.js', trainable: true, gated: true },
  ner: { module: '../learn/tasks/ner.js', trainable: true, gated: true },
  segment: { module: '../stages/segment/evaluate.js', trainable: false, gated: true },
  link: { module: '../stages/link/evaluate.js', trainable: false, gated: true },
  time: { module: '../stages/time/evaluate.js', trainable: false, gated: true },
  claims: { module: '../stages/claims/evaluate.js', trainable: false, gated: true },
  events: { module: '../stages/events/evaluate.js', trainable: false, gated: true },
  // The knowledge base compiles from dictionaries; its "figures" are counts, not scores.
  kb: { module: '../kb/compile.js', trainable: true, gated: false },
};

export const TRAINABLE = Object.keys(TASKS).filter((k) => TASKS[k].trainable);
export const EVALUABLE = Object.keys(TASKS);
export const GATED = Object.keys(TASKS).filter((k) => TASKS[k].gated);

function moduleUrl(name: string): URL {
  return new URL(TASKS[name].module, import.meta.url);
}

/** True when the task's compiled module is present (it may still fail to load). */
export function taskAvailable(name: string): boolean {
  return name in TASKS && existsSync(fileURLToPath(moduleUrl(name)));
}

export async function loadTask(name: string): Promise<LearnTask> {
  const entry = TASKS[name];
  if (!entry) throw new DossierError('E501', `unknown task "${name}" (known: ${Object.keys(TASKS).join(', ')})`);
  if (!taskAvailable(name)) {
    throw new DossierError('E502', `task "${name}" is not available in this build (${entry.module.replace(/^\.\.\//, 'dist/')} is missing)`);
  }
  let mod: { task?: LearnTask };
  try {
    mod = (await import(moduleUrl(name).href)) as { task?: LearnTask };
  } catch (e) {
    throw new DossierError('E503', `task "${name}" failed to load: ${(e as Error).message}`);
  }
  const task = mod.task;
  if (!task || typeof task.evaluate !== 'function') {
    throw new DossierError('E503', `module for task "${name}" does not export a LearnTask named "task"`);
  }
  return task;
}
