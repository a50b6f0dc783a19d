/**
 * Dossier's public API.
 *
 *   import { createEngine, readInputs, toRecord } from 'dossier';
 *
 *   const engine = createEngine({ db: 'news.db' });          // or { db: someStore }, { stages: [...] }
 *   const doc = engine.extract(text, { published: '2025-08-24' });
 *   console.log(engine.record(doc));                           // the contract of gold/README.md
 *
 *   const summary = await engine.ingest(readInputs(['feeds/'])); // { ingested, skipped, failed, failures }
 *   const hits = await engine.store.search('air defence');
 *   const aid = await engine.store.events({ type: 'AID', since: '2025-01-01' });
 *   await engine.close();
 */
export {
  createEngine, describeError, defaultStages,
  type Engine, type EngineOptions, type ExtractOptions, type IngestFailure, type IngestProgress, type IngestStatus,
  type IngestSummary, type ReadResult,
} from './engine.js';
export type * from './model/types.js';
export { toRecord, checkOffsets, type DocumentRecord, type RecordEntity } from './model/record.js';
export { createDocument, documentFromArticle, contentHash, report } from './model/document.js';
export { DossierError, isDossierError } from './model/errors.js';
export { Pipeline } from './pipeline/pipeline.js';
export type { Stage, StageContext, Capability } from './pipeline/stage.js';
export type { LearnTask, TaskOptions, Figures } from './learn/task.js';
export { openStore, defaultDbPath, SqliteStore } from './store/index.js';
export type {
  Store, PutResult, DocumentSummary, StoredDocument, SearchHit, SearchOptions, EventFilter, EventRow, EntityFilter,
  EntityRow, StoreStats,
} from './store/index.js';
export { readInputs, INPUT_FORMATS, type InputFormat, type ReadOptions } from './ingest/index.js';
