/**
 * Schema migrations for the SQLite store, in order. A migration is never edited once released:
 * a change is a new entry at the end. `schema_version` holds the highest version applied.
 */
import type Database from 'better-sqlite3';
import { backfillHappenings } from './happenings.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** Data work SQL cannot do, run after `sql` in the same transaction. */
  backfill?: (db: Database.Database) => void;
}

/** The triggers that keep the external-content FTS index in step with `documents` (migrations 1 and 3). */
const FTS_TRIGGERS = `CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, sources, sentences, entities, mentions, events, event mentions, claims, FTS5',
    sql: `
CREATE TABLE documents (
  -- An explicit integer key: FTS5 external content needs rowids that VACUUM cannot renumber.
  seq                INTEGER PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE,        -- content hash of the original text
  url                TEXT,
  title              TEXT,
  published          TEXT,
  published_inferred INTEGER NOT NULL DEFAULT 0,
  outlet             TEXT,
  author             TEXT,
  language           TEXT,
  origin             TEXT,
  format             TEXT,
  text               TEXT NOT NULL,
  record_json        TEXT NOT NULL,               -- toRecord(doc), printed as is by \`show\`
  ingested_at        TEXT NOT NULL
);
-- NULLs are distinct in a UNIQUE index, so documents without a URL never collide.
CREATE UNIQUE INDEX documents_url ON documents(url);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sources (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  origin      TEXT NOT NULL,
  format      TEXT,
  seen_at     TEXT NOT NULL,
  PRIMARY KEY (document_id, origin)
);

CREATE TABLE sentences (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  kind        TEXT,
  PRIMARY KEY (document_id, idx)
);

-- Entities are shared across documents: one row per knowledge-base id, else per type + name.
CREATE TABLE entities (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  kb   TEXT
);
CREATE INDEX entities_type ON entities(type);

CREATE TABLE mentions (
  id           INTEGER PRIMARY KEY,
  document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity_id    INTEGER NOT NULL REFERENCES entities(id),
  local_entity TEXT NOT NULL,                     -- the entity's id inside its document's record
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_document ON mentions(document_id);

CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id      TEXT NOT NULL,
  type          TEXT NOT NULL,
  mode          TEXT,
  modality      TEXT,
  status        TEXT,
  category      TEXT,
  actor         TEXT,
  actor_entity  INTEGER REFERENCES entities(id),
  target        TEXT,
  target_entity INTEGER REFERENCES entities(id),
  location      TEXT,
  date          TEXT,
  amount        REAL,
  currency      TEXT,
  confidence    REAL,
  UNIQUE (document_id, local_id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_document ON events(document_id);

CREATE TABLE event_mentions (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  idx      INTEGER NOT NULL,
  start    INTEGER NOT NULL,
  "end"    INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (event_id, idx)
);

CREATE TABLE claims (
  id             INTEGER PRIMARY KEY,
  document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id       TEXT NOT NULL,
  speaker        TEXT,
  speaker_entity INTEGER REFERENCES entities(id),
  cue            TEXT,
  kind           TEXT,
  content_start  INTEGER NOT NULL,
  content_end    INTEGER NOT NULL,
  content_text   TEXT NOT NULL,
  UNIQUE (document_id, local_id)
);
CREATE INDEX claims_document ON claims(document_id);

-- Full-text search over title + text; external content kept in step by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
${FTS_TRIGGERS}`,
  },
  {
    version: 2,
    description: 'url_key: the URL without tracking parameters, scheme, www. or fragment, for duplicate detection',
    // dossier_url_key() is registered on every connection by the SQLite adapter (see urlKey).
    sql: `
ALTER TABLE documents ADD COLUMN url_key TEXT;
UPDATE documents SET url_key = dossier_url_key(url) WHERE url IS NOT NULL;
CREATE INDEX documents_url_key ON documents(url_key);
`,
  },
  {
    version: 3,
    description: 'full-text search with English stemming (sanction finds sanctions, sanctioned)',
    sql: `
DROP TRIGGER documents_ai;
DROP TRIGGER documents_ad;
DROP TRIGGER documents_au;
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
${FTS_TRIGGERS}-- Index what is already stored (title NULL is indexed as '' as the triggers do).
INSERT INTO documents_fts(rowid, title, text) SELECT seq, coalesce(title, ''), text FROM documents;
`,
  },
  {
    version: 4,
    description: 'happenings: one row per real-world event across documents, with the events (reports) that tell of it',
    sql: `
-- The founding report's fields, with what later reports add (an amount, a precise date) folded in.
CREATE TABLE happenings (
  id              INTEGER PRIMARY KEY,
  type            TEXT NOT NULL,
  mclass          TEXT NOT NULL,                -- asserted, negated or hypothetical (never merged)
  actor           TEXT,
  actor_key       TEXT,                         -- canonical name
  actor_country   TEXT,                         -- the country it is or acts for (folded)
  target          TEXT,
  target_key      TEXT,
  target_country  TEXT,
  amount_value    REAL,
  amount_currency TEXT,
  date            TEXT,
  first_document  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  first_event     INTEGER REFERENCES events(id) ON DELETE SET NULL
);
CREATE INDEX happenings_actor ON happenings(type, actor_key);
CREATE INDEX happenings_actor_country ON happenings(type, actor_country);

CREATE TABLE happening_sources (
  happening_id INTEGER NOT NULL REFERENCES happenings(id) ON DELETE CASCADE,
  event_id     INTEGER NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE,
  document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (happening_id, event_id)
);
CREATE INDEX happening_sources_document ON happening_sources(document_id, happening_id);
`,
    backfill: backfillHappenings,
  },
];

/**
 * The form of a URL under which two addresses are the same article: host without `www.`, no
 * scheme, port, fragment, tracking parameters (utm_*, fbclid, ...) or trailing slash.
 * Unparseable strings are compared as given (trimmed).
 */
export function urlKey(url: string): string {
  const raw = url.trim();
  let u: URL;
  try { u = new URL(raw); } catch { return raw; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return raw;
  const params = [...u.searchParams].filter(([k]) => !/^(utm_|fbclid$|gclid$|ocid$|cmpid$|mc_cid$|mc_eid$|at_medium$|at_campaign$)/i.test(k));
  const search = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${search}`;
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
