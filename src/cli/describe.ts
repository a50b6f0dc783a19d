/**
 * A human-readable view of one document record (`extract --format text`, `show ID` on a terminal).
 */
import type { DocumentRecord } from '../model/record.js';
import type { EventRecord } from '../model/types.js';
import { toTable, type Column } from './output.js';

function amount(e: EventRecord): string {
  if (!e.amount) return '';
  return `${formatNumber(e.amount.value)} ${e.amount.currency}`;
}

/** 2000000000 -> 2 billion: amounts in news are read in words. */
export function formatNumber(v: number): string {
  const units: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [n, w] of units) if (Math.abs(v) >= n) return `${+(v / n).toFixed(2)} ${w}`;
  return String(v);
}

const EVENT_COLS: Column<EventRecord>[] = [
  { header: 'type', get: (e) => e.type },
  { header: 'actor', get: (e) => e.actor?.name, max: 24 },
  { header: 'target', get: (e) => e.target?.name, max: 24 },
  { header: 'amount', get: amount },
  { header: 'date', get: (e) => e.date?.value },
  { header: 'modality', get: (e) => e.modality },
  { header: 'evidence', get: (e) => e.mentions[0]?.text, flex: true, max: 200 },
];

export function describeRecord(rec: DocumentRecord, extra: { origin?: string; width?: number } = {}): string {
  const m = rec.meta ?? {};
  const out: string[] = [];
  out.push(`${m.title ?? '(untitled)'}`);
  const facts = [
    `id ${rec.id}`,
    m.published ? `published ${m.published}${m.publishedInferred ? ' (inferred)' : ''}` : undefined,
    m.outlet, m.author, m.url, extra.origin,
  ].filter(Boolean);
  out.push(facts.join(' · '), '');
  out.push(`Entities (${rec.entities.length})`);
  if (rec.entities.length) {
    out.push(toTable(rec.entities, [
      { header: 'name', get: (e) => e.name, max: 40 },
      { header: 'type', get: (e) => e.type },
      { header: 'mentions', get: (e) => e.mentions.length, align: 'right' },
      { header: 'kb', get: (e) => e.kb },
      { header: 'role', get: (e) => [e.role, e.affiliation].filter(Boolean).join(', '), flex: true },
    ], extra.width).trimEnd());
  }
  out.push('', `Events (${rec.events.length})`);
  if (rec.events.length) out.push(toTable(rec.events, EVENT_COLS, extra.width).trimEnd());
  out.push('', `Claims (${rec.claims.length})`);
  if (rec.claims.length) {
    out.push(toTable(rec.claims, [
      { header: 'speaker', get: (c) => c.speaker?.name, max: 30 },
      { header: 'cue', get: (c) => c.cue },
      { header: 'content', get: (c) => c.content?.text, flex: true, max: 200 },
    ], extra.width).trimEnd());
  }
  const warnings = rec.diagnostics.filter((d) => d.severity !== 'info').length;
  out.push('', `Diagnostics: ${rec.diagnostics.length}${warnings ? ` (${warnings} warnings or errors)` : ''}`);
  return `${out.join('\n')}\n`;
}
