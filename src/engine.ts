/**
 * The library's front door: extract a record from a text or a raw article, ingest a stream of
 * articles into a store, query the store. The CLI (and later the HTTP server) are thin layers
 * over this.
 */
import { fileURLToPath } from 'node:url';
import { contentHash, createDocument, documentFromArticle } from './model/document.js';
import { DossierError, isDossierError } from './model/errors.js';
import { toRecord, type DocumentRecord } from './model/record.js';
import type { ArticleMeta, Document, RawArticle } from './model/types.js';
import { Pipeline } from './pipeline/pipeline.js';
import type { Stage, StageContext } from './pipeline/stage.js';
import { defaultDbPath, openStore } from './store/index.js';
import type { Store } from './store/store.js';

// The default stage list is loaded once, here, and tolerated missing: a build where some stage
// does not compile still lets every store-only command (show, search, events) work, and the
// error surfaces only when extraction is asked for.
type DefaultsModule = typeof import('./pipeline/default.js');
let defaults: DefaultsModule | undefined;
let defaultsError: unknown;
try {
  defaults = await import('./pipeline/default.js');
} catch (e) {
  defaultsError = e;
}

const FALLBACK_MODELS_DIR = fileURLToPath(new URL('../models/', import.meta.url));

/** What a reader yields (src/ingest): an article, or an error about one input. */
export type ReadResult = { ok: true; article: RawArticle } | { ok: false; error: unknown };

export interface EngineOptions {
  /** Folder of trained models (default: the package's `models/`). */
  modelsDir?: string;
  /** A store, or the location of one (default `$DOSSIER_DB`, else `./dossier.db`); opened on first use. */
  db?: string | Store;
  /** A custom stage list instead of the default pipeline. */
  stages?: Stage[];
}

export interface ExtractOptions {
  /** Publication date (ISO); the reference date for relative time expressions. */
  published?: string;
  title?: string;
  url?: string;
}

export type IngestStatus = 'stored' | 'duplicate' | 'failed';

export interface IngestProgress {
  /** Inputs handled so far (articles and failed inputs). */
  done: number;
  ingested: number;
  skipped: number;
  failed: number;
  /** What the last item was and what happened to it. */
  origin: string;
  status: IngestStatus;
  id?: string;
  error?: IngestFailure;
}

export interface IngestFailure {
  /** The input (path, `path#3`, `-`) the error is about. */
  input: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  ingested: number;
  /** Already stored (same content hash or URL); nothing was changed. */
  skipped: number;
  failed: number;
  failures: IngestFailure[];
  /** Ids of the documents stored by this run, in order. */
  stored: string[];
}

export interface Engine {
  /** The checked pipeline (built on first use). */
  readonly pipeline: Pipeline;
  /** The store (opened on first use). */
  readonly store: Store;
  extract(input: string | RawArticle, opts?: ExtractOptions): Document;
  record(doc: Document): DocumentRecord;
  ingest(articles: AsyncIterable<ReadResult> | Iterable<RawArticle>, onProgress?: (p: IngestProgress) => void): Promise<IngestSummary>;
  /** Closes the store if the engine opened it (a store passed in stays open). */
  close(): Promise<void>;
}

/** The error's message without the code suffix DossierError appends (the code is kept apart). */
export function describeError(e: unknown, input?: string): IngestFailure {
  if (isDossierError(e)) {
    const msg = e.message.replace(/\s*\[[A-Z]\d+\]$/, '');
    const prefix = e.input ? `${e.input}: ` : '';
    return { input: e.input ?? input ?? '', code: e.code, message: msg.startsWith(prefix) ? msg.slice(prefix.length) : msg };
  }
  return { input: input ?? '', code: 'E200', message: e instanceof Error ? e.message : String(e) };
}

function defaultStageList(): Stage[] {
  if (!defaults) {
    const why = defaultsError instanceof Error ? defaultsError.message : String(defaultsError);
    throw new DossierError('E203', `the default pipeline could not be loaded: ${why}`);
  }
  return defaults.defaultStages();
}

function isAsync(x: unknown): x is AsyncIterable<ReadResult> {
  return typeof (x as AsyncIterable<ReadResult>)[Symbol.asyncIterator] === 'function';
}

export function createEngine(opts: EngineOptions = {}): Engine {
  let pipeline: Pipeline | undefined;
  let store: Store | undefined;
  const ownsStore = typeof opts.db !== 'object';

  const getPipeline = (): Pipeline => {
    if (!pipeline) {
      const ctx: StageContext = {
        modelsDir: opts.modelsDir ?? defaults?.DEFAULT_MODELS_DIR ?? FALLBACK_MODELS_DIR,
        resources: new Map(),
      };
      pipeline = new Pipeline(opts.stages ?? defaultStageList(), ctx);
    }
    return pipeline;
  };
  const getStore = (): Store => {
    if (!store) store = typeof opts.db === 'object' ? opts.db : openStore(opts.db ?? defaultDbPath());
    return store;
  };

  const toDocument = (input: string | RawArticle, o: ExtractOptions): Document => {
    const over: ArticleMeta = {};
    if (o.published) over.published = o.published;
    if (o.title) over.title = o.title;
    if (o.url) over.url = o.url;
    const doc = typeof input === 'string' ? createDocument(input, over) : documentFromArticle(input);
    Object.assign(doc.meta, over);
    // A date given by the caller is not a guess.
    if (o.published) delete doc.meta.publishedInferred;
    return doc;
  };

  const extract = (input: string | RawArticle, o: ExtractOptions = {}): Document => getPipeline().run(toDocument(input, o));

  const ingest = async (
    articles: AsyncIterable<ReadResult> | Iterable<RawArticle>,
    onProgress?: (p: IngestProgress) => void,
  ): Promise<IngestSummary> => {
    const summary: IngestSummary = { ingested: 0, skipped: 0, failed: 0, failures: [], stored: [] };
    const st = getStore();
    let done = 0;
    const emit = (origin: string, status: IngestStatus, id?: string, error?: IngestFailure) => {
      done++;
      onProgress?.({ done, ingested: summary.ingested, skipped: summary.skipped, failed: summary.failed, origin, status, id, error });
    };
    const fail = (e: unknown, input: string) => {
      const f = describeError(e, input);
      summary.failed++;
      summary.failures.push(f);
      emit(f.input, 'failed', undefined, f);
    };
    const one = async (article: RawArticle) => {
      const origin = article.origin ?? '';
      try {
        // Cheap duplicate check before the pipeline runs; `put` checks again inside its transaction.
        const dup = await st.findDuplicate(contentHash(article.text), article.meta?.url || undefined);
        if (dup) { summary.skipped++; emit(origin, 'duplicate', dup); return; }
        const doc = extract(article);
        const res = await st.put(doc, toRecord(doc));
        if (res.status === 'duplicate') { summary.skipped++; emit(origin, 'duplicate', res.id); return; }
        summary.ingested++;
        summary.stored.push(res.id);
        emit(origin, 'stored', res.id);
      } catch (e) {
        fail(e, origin);
      }
    };
    if (isAsync(articles)) {
      for await (const r of articles) {
        if (r.ok) await one(r.article);
        else fail(r.error, '');
      }
    } else {
      for (const a of articles) await one(a);
    }
    return summary;
  };

  return {
    get pipeline() { return getPipeline(); },
    get store() { return getStore(); },
    extract,
    record: (doc: Document) => toRecord(doc),
    ingest,
    async close() {
      const s = store;
      store = undefined;
      if (s && ownsStore) await s.close();
    },
  };
}

/** The default ordered stage list (throws a DossierError if a stage module failed to load). */
export function defaultStages(): Stage[] {
  return defaultStageList();
}
