import type { Document } from '../model/types.js';

/**
 * What a stage reads and writes, by name. A pipeline is checked once when it is built: every
 * `requires` must be provided by an earlier stage (or by the reader: `text`, `meta`, `blocks`).
 */
export type Capability =
  | 'text' | 'meta' | 'blocks' | 'clean' | 'sentences' | 'tokens' | 'tags' | 'lemmas' | 'deps'
  | 'mentions' | 'entities' | 'coref' | 'timexes' | 'money' | 'events' | 'claims';

/** Shared, read-only context for one run: where models live, the reference date, resources. */
export interface StageContext {
  /** Folder of trained model files (default: the package's `models/`). */
  modelsDir: string;
  /** Cache for loaded resources (models, lexicons) shared between documents. */
  resources: Map<string, unknown>;
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly Capability[];
  readonly provides: readonly Capability[];
  run(doc: Document, ctx: StageContext): void;
}
