/**
 * The store port. The SQLite adapter (./sqlite.ts) is the embedded default; a PostgreSQL adapter
 * can implement the same interface. Everything returned here is plain JSON-serialisable data.
 */
import type { DocumentRecord } from '../model/record.js';
import type { Document } from '../model/types.js';

/** What happened to one document handed to `put`. */
export interface PutResult {
  /** `stored`: written now; `duplicate`: same content hash or URL already stored, nothing changed. */
  status: 'stored' | 'duplicate';
  /** The id of the stored document (for a duplicate: the one already there). */
  id: string;
}

/** One row of `listDocuments`. */
export interface DocumentSummary {
  id: string;
  title?: string;
  published?: string;
  url?: string;
  outlet?: string;
  author?: string;
  origin?: string;
  format?: string;
  ingestedAt: string;
  entities: number;
  events: number;
  claims: number;
}

/** A stored document with its original text and the record exactly as `toRecord` produced it. */
export interface StoredDocument extends DocumentSummary {
  text: string;
  record: DocumentRecord;
  /** Every origin this text was read from (first ingest). */
  sources: { origin: string; format?: string; seenAt: string }[];
}

export interface SearchHit {
  id: string;
  title?: string;
  published?: string;
  url?: string;
  /** A short excerpt around the matched terms, terms wrapped in the requested marks. */
  snippet: string;
  /** BM25 score as SQLite reports it: lower (more negative) is better. */
  rank: number;
}

export interface SearchOptions {
  limit?: number;
  /** Marks around matched terms in the snippet; default `[` and `]`. */
  mark?: [string, string];
}

export interface EventFilter {
  type?: string;
  /** Substring (case-insensitive) of the actor's name. */
  actor?: string;
  target?: string;
  /** Inclusive ISO dates; compared with the event date, else the document's published date. */
  since?: string;
  until?: string;
  document?: string;
  limit?: number;
}

export interface EventRow {
  document: string;
  id: string;
  type: string;
  mode?: string;
  modality?: string;
  actor?: string;
  target?: string;
  location?: string;
  date?: string;
  /** The publication date of the document that tells of it. */
  published?: string;
  amount?: number;
  currency?: string;
  status?: string;
  /** The first mention's text (the evidence). */
  text?: string;
  start?: number;
  end?: number;
}

/** One happening: the events of several documents that tell of one real-world event. */
export interface HappeningRow {
  id: number;
  type: string;
  /** asserted (also future and historical), negated or hypothetical: classes never merged. */
  modality: string;
  actor?: string;
  target?: string;
  date?: string;
  amount?: number;
  currency?: string;
  /** Number of documents that report it. */
  sources: number;
  /** Number of stored events linked to it (one per document). */
  reports: number;
  /** The earliest publication date among its documents. */
  firstReported?: string;
  /** The document whose event founded it (the first stored). */
  firstDocument: string;
  /** The founding event's first mention. */
  text?: string;
}

export interface EntityFilter {
  type?: string;
  /** Substring (case-insensitive) of the name. */
  name?: string;
  document?: string;
  limit?: number;
}

export interface EntityRow {
  name: string;
  type: string;
  kb?: string;
  /** Number of documents that mention it. */
  documents: number;
  /** Number of mentions across all documents. */
  mentions: number;
}

export interface StoreStats {
  documents: number;
  entities: number;
  mentions: number;
  events: number;
  claims: number;
}

/** A value or a promise of it: SQLite answers synchronously, a networked database will not. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Callers always `await` these results, so adapters may be synchronous (SQLite) or asynchronous
 * (PostgreSQL) behind the same interface.
 */
export interface Store {
  /** Write one analysed document in one transaction; a failure rolls back that document only. */
  put(doc: Document, record?: DocumentRecord): Awaitable<PutResult>;
  /** The id of a stored document with this content hash or URL, if any. */
  findDuplicate(id: string, url?: string): Awaitable<string | undefined>;
  listDocuments(opts?: { limit?: number; offset?: number }): Awaitable<DocumentSummary[]>;
  /** By full id or an unambiguous prefix of it. */
  getDocument(id: string): Awaitable<StoredDocument | undefined>;
  search(query: string, opts?: SearchOptions): Awaitable<SearchHit[]>;
  events(filter?: EventFilter): Awaitable<EventRow[]>;
  /** Events merged across documents (src/corpus/merge.ts); the filter's fields apply to the happening. */
  happenings(filter?: EventFilter): Awaitable<HappeningRow[]>;
  entities(filter?: EntityFilter): Awaitable<EntityRow[]>;
  stats(): Awaitable<StoreStats>;
  close(): Awaitable<void>;
}
