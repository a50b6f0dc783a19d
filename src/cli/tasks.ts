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
}

export const TASKS: Readonly<Record<string, TaskEntry>> = {
  tagger: { module: '../learn/tasks/tagger.js', trainable: true },
  parser: { module: '../learn/tasks/parser.js', trainable: true },
  ner: { module: '../learn/tasks/ner.js', trainable: true },
  time: { module: '../stages/time/evaluate.js', trainable: false },
  claims: { module: '../stages/claims/evaluate.js', trainable: false },
  events: { module: '../stages/events/evaluate.js', trainable: false },
};

export const TRAINABLE = Object.keys(TASKS).filter((k) => TASKS[k].trainable);
export const EVALUABLE = Object.keys(TASKS);

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
