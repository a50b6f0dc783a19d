/**
 * The default ordered list of stages. Each stage lives in src/stages/<name>/ with its tests.
 *
 *   normalize -> segment -> tag -> parse -> recognize -> link -> time -> money -> events -> claims
 */
import { fileURLToPath } from 'node:url';
import { normalizeStage } from '../stages/normalize/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { tagStage } from '../stages/tag/index.js';
import { parseStage } from '../stages/parse/index.js';
import { recognizeStage } from '../stages/recognize/index.js';
import { linkStage } from '../stages/link/index.js';
import { timeStage } from '../stages/time/index.js';
import { moneyStage } from '../stages/money/index.js';
import { eventsStage } from '../stages/events/index.js';
import { claimsStage } from '../stages/claims/index.js';
import { Pipeline } from './pipeline.js';
import type { Stage, StageContext } from './stage.js';

/** The package's own `models/` folder (two levels above dist/pipeline/). */
export const DEFAULT_MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

export function defaultStages(): Stage[] {
  return [
    normalizeStage,
    segmentStage,
    tagStage,
    parseStage,
    recognizeStage,
    linkStage,
    timeStage,
    moneyStage,
    eventsStage,
    claimsStage,
  ];
}

export function createContext(opts: Partial<StageContext> = {}): StageContext {
  return { modelsDir: opts.modelsDir ?? DEFAULT_MODELS_DIR, resources: opts.resources ?? new Map() };
}

export function defaultPipeline(opts: Partial<StageContext> = {}): Pipeline {
  return new Pipeline(defaultStages(), createContext(opts));
}
