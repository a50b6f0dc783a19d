/**
 * A trainable or evaluable component, as the CLI (`dossier train X`, `dossier evaluate X`) and the
 * CI quality gates see it. Each lives in its own module and exports `task: LearnTask`.
 */
export interface TaskOptions {
  /** The public data folder (default `../shared/data`). */
  data: string;
  /** Where model files are written (train) or read (evaluate); default the package's `models/`. */
  modelsDir: string;
  /** Progress lines go here (the CLI prints them to stderr). */
  log: (line: string) => void;
}

/** Figures by name, e.g. `{ upos: 0.961, xpos: 0.953 }`; all in 0..1, higher is better. */
export type Figures = Record<string, number>;

export interface LearnTask {
  name: string;
  /** One line on what it measures and on which split. */
  description: string;
  train?(opts: TaskOptions): Promise<Figures>;
  evaluate(opts: TaskOptions): Promise<Figures>;
}
