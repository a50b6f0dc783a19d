/**
 * The output contract (shared/gold/README.md): one JSON object per document with entities,
 * events and claims, every span in original offsets. Extra fields are allowed and kept useful.
 */
import type { ArgRef, Claim, Document, EntityType, EventRecord, Mention, TimeExpr } from './types.js';

export interface RecordEntity {
  id: string;
  name: string;
  type: EntityType;
  kb?: string;
  affiliation?: string;
  role?: string;
  mentions: Mention[];
}

export interface DocumentRecord {
  id: string;
  meta: Document['meta'];
  entities: RecordEntity[];
  events: EventRecord[];
  claims: Claim[];
  timexes: TimeExpr[];
  diagnostics: Document['diagnostics'];
}

/** NORP (demonym) entities are reported under the country they stand for, as GPE. */
function recordType(t: EntityType): EntityType {
  return t === 'NORP' ? 'GPE' : t;
}

export function toRecord(doc: Document): DocumentRecord {
  const entities: RecordEntity[] = doc.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => {
      const r: RecordEntity = { id: e.id, name: e.name, type: recordType(e.type), mentions: e.mentions.map(m => ({ start: m.start, end: m.end, text: m.text })) };
      if (e.kb) r.kb = e.kb;
      if (e.affiliation) r.affiliation = e.affiliation;
      if (e.role) r.role = e.role;
      return r;
    });
  return {
    id: doc.id,
    meta: doc.meta,
    entities,
    events: doc.events,
    claims: doc.claims,
    timexes: doc.timexes,
    diagnostics: doc.diagnostics,
  };
}

/** Check the position spec on a record: every span's text equals the original slice. */
export function checkOffsets(doc: Document, rec: DocumentRecord = toRecord(doc)): string[] {
  const bad: string[] = [];
  const check = (where: string, m: Mention | undefined) => {
    if (!m) return;
    if (doc.text.slice(m.start, m.end) !== m.text) bad.push(`${where} [${m.start},${m.end}) ${JSON.stringify(m.text)}`);
  };
  const checkArg = (where: string, a: ArgRef | undefined) => {
    if (a && a.start !== undefined && a.end !== undefined && (a.start < 0 || a.end > doc.text.length)) bad.push(`${where} out of range`);
  };
  rec.entities.forEach((e) => e.mentions.forEach((m) => check(`entity ${e.name}`, m)));
  rec.events.forEach((e) => {
    e.mentions.forEach((m) => check(`event ${e.id}`, m));
    check(`event ${e.id} trigger`, e.trigger);
    checkArg(`event ${e.id} actor`, e.actor);
    checkArg(`event ${e.id} target`, e.target);
  });
  rec.claims.forEach((c) => {
    check(`claim ${c.id} content`, c.content);
    check(`claim ${c.id} cue`, c.cueSpan);
  });
  rec.timexes.forEach((t) => check(`timex ${t.value}`, t));
  return bad;
}
