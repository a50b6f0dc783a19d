/**
 * The embedded store: SQLite through better-sqlite3 (synchronous, one connection per process),
 * WAL journal, foreign keys on, schema migrations applied on open.
 */
import Database from 'better-sqlite3';
import { DossierError } from '../model/errors.js';
import { toRecord, type DocumentRecord } from '../model/record.js';
import type { Document } from '../model/types.js';
import { toFtsQuery } from './fts.js';
import { linkHappenings } from './happenings.js';
import { LATEST_VERSION, MIGRATIONS, urlKey, type Migration } from './schema.js';
import type {
  DocumentSummary, EntityFilter, EntityRow, EventFilter, EventRow, HappeningRow, PutResult, SearchHit, SearchOptions,
  Store, StoreStats, StoredDocument,
} from './store.js';

type DB = Database.Database;
type Row = Record<string, unknown>;

export interface SqliteStoreOptions {
  /** Open an existing database only; never create one (for read-only commands). */
  mustExist?: boolean;
  readonly?: boolean;
  /** Migrations to apply (tests pass a prefix of the list). Default: all. */
  migrations?: readonly Migration[];
}

/** Lower case, punctuation folded to spaces: the key that merges one entity across documents. */
export function entityKey(name: string, type: string, kb?: string): string {
  if (kb) return kb;
  const n = name.normalize('NFKC').toLowerCase().replace(/[\u2019']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `${type}:${n.replace(/^the /, '')}`;
}

const str = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const num = (v: unknown): number | undefined => (v === null || v === undefined ? undefined : Number(v));

/** Drop undefined fields so JSON and CSV output stay tidy. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export function applyMigrations(db: DB, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  const current = row.v ?? 0;
  const latestKnown = MIGRATIONS[MIGRATIONS.length - 1].version;
  if (current > latestKnown) {
    throw new DossierError('E301', `database schema version ${current} is newer than this Dossier knows (${latestKnown}); upgrade Dossier`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    // IMMEDIATE takes the write lock first, and the version is read again under it: two processes
    // opening a new database at once apply each migration exactly once.
    db.transaction(() => {
      const now = (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
      if (m.version <= now) return;
      db.exec(m.sql);
      m.backfill?.(db);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    }).immediate();
  }
  return (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number }).v;
}

export class SqliteStore implements Store {
  readonly db: DB;
  readonly path: string;
  private readonly hasHappenings: boolean;
  private readonly putTx: Database.Transaction<(doc: Document, rec: DocumentRecord) => PutResult>;

  constructor(path: string, opts: SqliteStoreOptions = {}) {
    this.path = path;
    try {
      this.db = new Database(path, { fileMustExist: opts.mustExist ?? false, readonly: opts.readonly ?? false });
    } catch (e) {
      throw new DossierError('E300', `cannot open database: ${(e as Error).message}`, path);
    }
    try {
      // First, so that the WAL switch and migrations wait for a concurrent opener instead of failing.
      this.db.pragma('busy_timeout = 5000');
      if (path !== ':memory:' && !opts.readonly) this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      this.db.function('dossier_url_key', { deterministic: true }, (u: unknown) => (typeof u === 'string' ? urlKey(u) : null));
      if (!opts.readonly) {
        this.db.pragma('synchronous = NORMAL');
        applyMigrations(this.db, opts.migrations);
      }
    } catch (e) {
      this.db.close();
      if (e instanceof DossierError) throw e;
      throw new DossierError('E300', `not a Dossier database: ${(e as Error).message}`, path);
    }
    // A store opened with a prefix of the migrations (tests) has no happenings to link to.
    this.hasHappenings = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'happenings'").get() !== undefined;
    this.putTx = this.db.transaction((doc: Document, rec: DocumentRecord) => this.write(doc, rec));
  }

  private readonly stmts = new Map<string, Database.Statement>();

  /** Prepared statements are compiled once per connection (ingest writes many rows per article). */
  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) { s = this.db.prepare(sql); this.stmts.set(sql, s); }
    return s;
  }

  schemaVersion(): number {
    return (this.db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number }).v;
  }

  findDuplicate(id: string, url?: string): string | undefined {
    const row = (url
      ? this.st('SELECT id FROM documents WHERE id = ? OR url_key = ? LIMIT 1').get(id, urlKey(url))
      : this.st('SELECT id FROM documents WHERE id = ? LIMIT 1').get(id)) as { id: string } | undefined;
    return row?.id;
  }

  put(doc: Document, record: DocumentRecord = toRecord(doc)): PutResult {
    try {
      // IMMEDIATE: the duplicate check and the insert happen under one write lock, so two
      // processes ingesting the same article store it once (the second waits, then skips).
      return this.putTx.immediate(doc, record);
    } catch (e) {
      if (e instanceof DossierError) throw e;
      throw new DossierError('E302', `could not store document ${doc.id}: ${(e as Error).message}`, doc.origin);
    }
  }

  /** The body of one article's transaction; any throw rolls all of it back. */
  private write(doc: Document, rec: DocumentRecord): PutResult {
    const meta = doc.meta ?? {};
    const url = meta.url || undefined;
    const dup = this.findDuplicate(doc.id, url);
    if (dup) return { status: 'duplicate', id: dup };
    const now = new Date().toISOString();
    const db = this.db;
    this.st(`INSERT INTO documents (id, url, url_key, title, published, published_inferred, outlet, author, language,
      origin, format, text, record_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`).run(
      doc.id, url ?? null, url ? urlKey(url) : null, meta.title ?? null, meta.published ?? null, meta.publishedInferred ? 1 : 0,
      meta.outlet ?? null, meta.author ?? null, meta.language ?? null, doc.origin ?? null, doc.format ?? null,
      doc.text, JSON.stringify(rec), now,
    );
    if (doc.origin) {
      this.st('INSERT INTO sources (document_id, origin, format, seen_at) VALUES (?,?,?,?)').run(doc.id, doc.origin, doc.format ?? null, now);
    }
    const insSent = this.st('INSERT INTO sentences (document_id, idx, start, "end", kind) VALUES (?,?,?,?,?)');
    doc.sentences.forEach((s, i) => insSent.run(doc.id, i, s.start, s.end, s.kind ?? null));

    // Entities: find or create the shared row, then one mention row per mention.
    const findEnt = this.st('SELECT id FROM entities WHERE key = ?');
    const insEnt = this.st('INSERT INTO entities (key, name, type, kb) VALUES (?,?,?,?)');
    const insMention = this.st('INSERT INTO mentions (document_id, entity_id, local_entity, start, "end", text) VALUES (?,?,?,?,?,?)');
    const local = new Map<string, number>();
    for (const e of rec.entities) {
      const key = entityKey(e.name, e.type, e.kb);
      const found = findEnt.get(key) as { id: number } | undefined;
      const gid = found ? found.id : Number(insEnt.run(key, e.name, e.type, e.kb ?? null).lastInsertRowid);
      local.set(e.id, gid);
      for (const m of e.mentions) insMention.run(doc.id, gid, e.id, m.start, m.end, m.text);
    }
    const ref = (id?: string) => (id !== undefined ? local.get(id) ?? null : null);

    const insEvent = this.st(`INSERT INTO events (document_id, local_id, type, mode, modality, status, category,
      actor, actor_entity, target, target_entity, location, date, amount, currency, confidence)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
    const insEvMention = this.st('INSERT INTO event_mentions (event_id, idx, start, "end", text) VALUES (?,?,?,?,?)');
    const eventIds: number[] = [];
    for (const ev of rec.events) {
      const eid = Number(insEvent.run(
        doc.id, ev.id, ev.type, ev.mode ?? null, ev.modality ?? null, ev.status ?? null, ev.category ?? null,
        ev.actor?.name ?? null, ref(ev.actor?.entity), ev.target?.name ?? null, ref(ev.target?.entity),
        ev.location?.name ?? null, ev.date?.value ?? null, ev.amount?.value ?? null, ev.amount?.currency ?? null,
        ev.confidence ?? null,
      ).lastInsertRowid);
      ev.mentions.forEach((m, i) => insEvMention.run(eid, i, m.start, m.end, m.text));
      eventIds.push(eid);
    }
    // Inside this transaction: a failure later in the article undoes its happening links too.
    if (this.hasHappenings) linkHappenings(db, doc.id, rec, eventIds);

    const insClaim = this.st(`INSERT INTO claims (document_id, local_id, speaker, speaker_entity, cue, kind,
      content_start, content_end, content_text) VALUES (?,?,?,?,?,?,?,?,?)`);
    for (const c of rec.claims) {
      insClaim.run(doc.id, c.id, c.speaker?.name ?? null, ref(c.speaker?.entity), c.cue ?? null, c.kind ?? null,
        c.content.start, c.content.end, c.content.text);
    }
    return { status: 'stored', id: doc.id };
  }

  private summary(r: Row): DocumentSummary {
    return compact({
      id: String(r.id), title: str(r.title), published: str(r.published), url: str(r.url), outlet: str(r.outlet),
      author: str(r.author), origin: str(r.origin), format: str(r.format), ingestedAt: String(r.ingested_at),
      entities: Number(r.n_entities ?? 0), events: Number(r.n_events ?? 0), claims: Number(r.n_claims ?? 0),
    });
  }

  private static readonly SUMMARY_COLS = `d.id, d.title, d.published, d.url, d.outlet, d.author, d.origin, d.format, d.ingested_at,
    (SELECT count(DISTINCT local_entity) FROM mentions m WHERE m.document_id = d.id) AS n_entities,
    (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS n_events,
    (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS n_claims`;

  listDocuments(opts: { limit?: number; offset?: number } = {}): DocumentSummary[] {
    const rows = this.db.prepare(`SELECT ${SqliteStore.SUMMARY_COLS} FROM documents d
      ORDER BY coalesce(d.published, '') DESC, d.seq DESC LIMIT ? OFFSET ?`).all(opts.limit ?? -1, opts.offset ?? 0) as Row[];
    return rows.map((r) => this.summary(r));
  }

  getDocument(id: string): StoredDocument | undefined {
    let row = this.db.prepare(`SELECT ${SqliteStore.SUMMARY_COLS}, d.text, d.record_json FROM documents d WHERE d.id = ?`).get(id) as Row | undefined;
    if (!row && /^[0-9a-f]{4,}$/i.test(id)) {
      const rows = this.db.prepare(`SELECT ${SqliteStore.SUMMARY_COLS}, d.text, d.record_json FROM documents d WHERE d.id LIKE ? LIMIT 2`)
        .all(`${id.toLowerCase()}%`) as Row[];
      if (rows.length > 1) throw new DossierError('E303', `document id prefix "${id}" is ambiguous; give more digits`);
      row = rows[0];
    }
    if (!row) return undefined;
    const sources = (this.db.prepare('SELECT origin, format, seen_at FROM sources WHERE document_id = ? ORDER BY seen_at').all(row.id) as Row[])
      .map((s) => compact({ origin: String(s.origin), format: str(s.format), seenAt: String(s.seen_at) }));
    return { ...this.summary(row), text: String(row.text), record: JSON.parse(String(row.record_json)) as DocumentRecord, sources };
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const match = toFtsQuery(query);
    if (!match) return [];
    const [open, close] = opts.mark ?? ['[', ']'];
    try {
      const rows = this.db.prepare(`SELECT d.id, d.title, d.published, d.url,
          snippet(documents_fts, -1, ?, ?, '…', 16) AS snippet, bm25(documents_fts, 5.0, 1.0) AS rank
        FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
        WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`).all(open, close, match, opts.limit ?? 20) as Row[];
      return rows.map((r) => compact({
        id: String(r.id), title: str(r.title), published: str(r.published), url: str(r.url),
        snippet: String(r.snippet ?? '').replace(/\s+/g, ' ').trim(), rank: Number(r.rank),
      }));
    } catch (e) {
      // The sanitiser should make this unreachable; never leak SQL errors for a user's query.
      throw new DossierError('E304', `cannot search for ${JSON.stringify(query)}: ${(e as Error).message}`);
    }
  }

  events(f: EventFilter = {}): EventRow[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.type) { where.push('e.type = ?'); args.push(f.type.toUpperCase()); }
    if (f.actor) { where.push("e.actor LIKE ? ESCAPE '\\'"); args.push(`%${likeEscape(f.actor)}%`); }
    if (f.target) { where.push("e.target LIKE ? ESCAPE '\\'"); args.push(`%${likeEscape(f.target)}%`); }
    if (f.document) { where.push('(e.document_id = ? OR e.document_id LIKE ?)'); args.push(f.document, `${likeEscape(f.document)}%`); }
    const when = "coalesce(CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]*' THEN e.date END, d.published)";
    if (f.since) { where.push(`substr(${when}, 1, ?) >= ?`); args.push(f.since.length, f.since); }
    if (f.until) { where.push(`substr(${when}, 1, ?) <= ?`); args.push(f.until.length, f.until); }
    const rows = this.db.prepare(`SELECT e.*, d.published,
        (SELECT text FROM event_mentions em WHERE em.event_id = e.id ORDER BY idx LIMIT 1) AS m_text,
        (SELECT start FROM event_mentions em WHERE em.event_id = e.id ORDER BY idx LIMIT 1) AS m_start,
        (SELECT "end" FROM event_mentions em WHERE em.event_id = e.id ORDER BY idx LIMIT 1) AS m_end
      FROM events e JOIN documents d ON d.id = e.document_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY coalesce(${when}, '') DESC, e.id LIMIT ?`).all(...args, f.limit ?? -1) as Row[];
    return rows.map((r) => compact({
      document: String(r.document_id), id: String(r.local_id), type: String(r.type), mode: str(r.mode),
      modality: str(r.modality), actor: str(r.actor), target: str(r.target), location: str(r.location),
      date: str(r.date), published: str(r.published), amount: num(r.amount), currency: str(r.currency), status: str(r.status),
      text: str(r.m_text), start: num(r.m_start), end: num(r.m_end),
    }));
  }

  /** One row per happening: the events of many documents that tell of one real-world event. */
  happenings(f: EventFilter = {}): HappeningRow[] {
    if (!this.hasHappenings) return [];
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.type) { where.push('h.type = ?'); args.push(f.type.toUpperCase()); }
    if (f.actor) { where.push("h.actor LIKE ? ESCAPE '\\'"); args.push(`%${likeEscape(f.actor)}%`); }
    if (f.target) { where.push("h.target LIKE ? ESCAPE '\\'"); args.push(`%${likeEscape(f.target)}%`); }
    if (f.document) {
      where.push('EXISTS (SELECT 1 FROM happening_sources y WHERE y.happening_id = h.id AND (y.document_id = ? OR y.document_id LIKE ?))');
      args.push(f.document, `${likeEscape(f.document)}%`);
    }
    const when = "coalesce(CASE WHEN h.date GLOB '[0-9][0-9][0-9][0-9]*' THEN h.date END, first_reported)";
    if (f.since) { where.push(`substr(${when}, 1, ?) >= ?`); args.push(f.since.length, f.since); }
    if (f.until) { where.push(`substr(${when}, 1, ?) <= ?`); args.push(f.until.length, f.until); }
    const rows = this.db.prepare(`SELECT * FROM (SELECT h.*,
          (SELECT count(DISTINCT x.document_id) FROM happening_sources x WHERE x.happening_id = h.id) AS n_docs,
          (SELECT count(*) FROM happening_sources x WHERE x.happening_id = h.id) AS n_events,
          (SELECT min(d.published) FROM happening_sources x JOIN documents d ON d.id = x.document_id WHERE x.happening_id = h.id) AS first_reported,
          (SELECT text FROM event_mentions em WHERE em.event_id = h.first_event ORDER BY idx LIMIT 1) AS m_text
        FROM happenings h) h
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY coalesce(${when}, '') DESC, h.id LIMIT ?`).all(...args, f.limit ?? -1) as Row[];
    return rows.map((r) => compact({
      id: Number(r.id), type: String(r.type), modality: String(r.mclass), actor: str(r.actor), target: str(r.target),
      date: str(r.date), amount: num(r.amount_value), currency: str(r.amount_currency),
      sources: Number(r.n_docs), reports: Number(r.n_events), firstReported: str(r.first_reported),
      firstDocument: String(r.first_document), text: str(r.m_text),
    }));
  }

  entities(f: EntityFilter = {}): EntityRow[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.type) {
      const t = f.type.toUpperCase();
      // GPE and LOC are one class for scoring; asking for either shows both.
      if (t === 'GPE' || t === 'LOC') where.push("e.type IN ('GPE', 'LOC')");
      else { where.push('e.type = ?'); args.push(t); }
    }
    if (f.name) { where.push("e.name LIKE ? ESCAPE '\\'"); args.push(`%${likeEscape(f.name)}%`); }
    if (f.document) { where.push('(m.document_id = ? OR m.document_id LIKE ?)'); args.push(f.document, `${likeEscape(f.document)}%`); }
    const rows = this.db.prepare(`SELECT e.name, e.type, e.kb, count(DISTINCT m.document_id) AS docs, count(*) AS n
      FROM entities e JOIN mentions m ON m.entity_id = e.id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY e.id ORDER BY docs DESC, n DESC, e.name LIMIT ?`).all(...args, f.limit ?? -1) as Row[];
    return rows.map((r) => compact({ name: String(r.name), type: String(r.type), kb: str(r.kb), documents: Number(r.docs), mentions: Number(r.n) }));
  }

  stats(): StoreStats {
    const c = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { documents: c('documents'), entities: c('entities'), mentions: c('mentions'), events: c('events'), claims: c('claims') };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export { LATEST_VERSION };
