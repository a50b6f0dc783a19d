/**
 * Corpus-level happenings in the SQLite store: every stored event is linked to one happening,
 * the first earlier one it matches by `sameHappening` (src/corpus/merge.ts), else a new one.
 * Runs inside the article's write transaction, and once over stored documents in migration 4.
 */
import type Database from 'better-sqlite3';
import {
  cloneEvent, foldInto, happeningEvent, modalityClass, sameHappening, type HappeningEvent,
} from '../corpus/merge.js';
import type { DocumentRecord, RecordEntity } from '../model/record.js';

type DB = Database.Database;
type Row = Record<string, unknown>;

/** A happening row as merging sees it (its founding report, with later details folded in). */
function rowEvent(r: Row): HappeningEvent {
  const h: HappeningEvent = { type: String(r.type), modality: String(r.mclass) };
  if (r.actor_key !== null) h.actor = { key: String(r.actor_key), ...(r.actor_country !== null ? { country: String(r.actor_country) } : {}) };
  if (r.target_key !== null) h.target = { key: String(r.target_key), ...(r.target_country !== null ? { country: String(r.target_country) } : {}) };
  if (r.amount_value !== null && r.amount_currency !== null) h.amount = { value: Number(r.amount_value), currency: String(r.amount_currency) };
  if (r.date !== null) h.date = String(r.date);
  // pledge stage of the founding report, and the earliest report's publication day
  if (r.first_status !== null && r.first_status !== undefined) h.status = String(r.first_status);
  if (r.first_published !== null && r.first_published !== undefined) h.published = String(r.first_published);
  return h;
}

type Stmts = Record<'find' | 'insert' | 'update' | 'link', Database.Statement>;
const cache = new WeakMap<DB, Stmts>();

/** Compiled once per connection: ingest links every event of every article. */
function statements(db: DB): Stmts {
  let c = cache.get(db);
  if (c) return c;
  // Candidates share type, modality class, and the actor and target by name or by country.
  const find = db.prepare(`SELECT h.*, (SELECT e.status FROM events e WHERE e.id = h.first_event) AS first_status,
      (SELECT min(substr(d.published, 1, 10)) FROM happening_sources x JOIN documents d ON d.id = x.document_id
        WHERE x.happening_id = h.id) AS first_published
    FROM happenings h WHERE h.type = ? AND h.mclass = ?
      AND (h.actor_key IS ? OR (? IS NOT NULL AND h.actor_country = ?))
      AND (h.target_key IS ? OR (? IS NOT NULL AND h.target_country = ?))
      AND NOT EXISTS (SELECT 1 FROM happening_sources x WHERE x.happening_id = h.id AND x.document_id = ?)
    ORDER BY h.id`);
  const insert = db.prepare(`INSERT INTO happenings (type, mclass, actor, actor_key, actor_country, target, target_key,
      target_country, amount_value, amount_currency, date, first_document, first_event) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const update = db.prepare(`UPDATE happenings SET actor_country = ?, target_country = ?, amount_value = ?, amount_currency = ?,
      date = ? WHERE id = ?`);
  const link = db.prepare('INSERT INTO happening_sources (happening_id, event_id, document_id) VALUES (?,?,?)');
  c = { find, insert, update, link };
  cache.set(db, c);
  return c;
}

/**
 * Link the events of one stored document (ids in the order of `rec.events`) to happenings.
 * Events of one document never merge with each other: the extractor already decided they differ.
 */
export function linkHappenings(db: DB, docId: string, rec: DocumentRecord, eventIds: readonly number[]): void {
  const events = rec.events ?? [];
  if (!events.length) return;
  const ents = new Map<string, RecordEntity>((rec.entities ?? []).map((e) => [e.id, e]));
  const { find, insert, update, link } = statements(db);
  events.forEach((ev, i) => {
    const eid = eventIds[i];
    if (eid === undefined) return;
    const h = happeningEvent(ev, ents, docId, rec.meta?.published);
    const mclass = modalityClass(h.modality);
    const ak = h.actor?.key ?? null; const ac = h.actor?.country ?? null;
    const tk = h.target?.key ?? null; const tc = h.target?.country ?? null;
    const rows = find.all(h.type, mclass, ak, ac, ac, tk, tc, tc, docId) as Row[];
    for (const r of rows) {
      const head = rowEvent(r);
      if (!sameHappening(head, h)) continue;
      const folded = cloneEvent(head);
      foldInto(folded, h);
      update.run(folded.actor?.country ?? null, folded.target?.country ?? null, folded.amount?.value ?? null,
        folded.amount?.currency ?? null, folded.date ?? null, r.id);
      link.run(r.id, eid, docId);
      return;
    }
    const hid = Number(insert.run(h.type, mclass, ev.actor?.name ?? null, ak, ac, ev.target?.name ?? null, tk, tc,
      h.amount?.value ?? null, h.amount?.currency ?? null, h.date ?? null, docId, eid).lastInsertRowid);
    link.run(hid, eid, docId);
  });
}

/** Migration 4: link the events of every stored document, in the order they were stored. */
export function backfillHappenings(db: DB): void {
  const docs = db.prepare('SELECT id, record_json FROM documents ORDER BY seq').all() as Row[];
  const evs = db.prepare('SELECT id, local_id FROM events WHERE document_id = ?');
  for (const d of docs) {
    let rec: DocumentRecord;
    try { rec = JSON.parse(String(d.record_json)) as DocumentRecord; } catch { continue; }
    const byLocal = new Map((evs.all(d.id) as Row[]).map((r) => [String(r.local_id), Number(r.id)]));
    const ids = (rec.events ?? []).map((e) => byLocal.get(e.id) ?? -1);
    linkHappenings(db, String(d.id), { ...rec, events: (rec.events ?? []).filter((_, i) => ids[i] >= 0) }, ids.filter((x) => x >= 0));
  }
}
