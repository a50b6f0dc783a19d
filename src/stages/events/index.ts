/**
 * The events stage: PLOVER events with their participants, place, date, amount and modality,
 * one record per happening with every mention that tells it.
 *
 *   lexicon (lexicon.ts + models/events-lexicon.json) -> drafts from the parse (extract.ts)
 *   -> modality (modality.ts) -> one record per happening (merge.ts)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryIndex } from '../../kb/countries.js';
import { report } from '../../model/document.js';
import type { Document, EventRecord, Modality } from '../../model/types.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { extractDrafts } from './extract.js';
import { buildLexicon, type CompiledEntry, type Lexicon } from './lexicon.js';
import { mergeDrafts, toEvent } from './merge.js';

export interface EventsOptions {
  /** Modalities that make a record (default: all but hypothetical). */
  modalities?: Modality[];
  /**
   * Also use the verbs compiled from CAMEO (models/events-lexicon.json). Default false: on the
   * PLOVER gold sentences they add coverage (+4 points) but cost type accuracy and dev precision.
   */
  compiled?: boolean;
  /** Drop events below this confidence (default 0). */
  minConfidence?: number;
}

export const DEFAULT_MODALITIES: Modality[] = ['asserted', 'future', 'negated', 'historical'];

const LEX_KEY = 'events.lexicon';
export const OPTIONS_KEY = 'events.options';

/** The lexicon, loaded once per context. Runtime needs only models/events-lexicon.json. */
export function loadLexicon(ctx: StageContext, useCompiled = true): Lexicon {
  const key = `${LEX_KEY}:${useCompiled}`;
  const cached = ctx.resources.get(key) as Lexicon | undefined;
  if (cached) return cached;
  let compiled: CompiledEntry[] = [];
  const file = join(ctx.modelsDir, 'events-lexicon.json');
  if (useCompiled && existsSync(file)) {
    try {
      compiled = (JSON.parse(readFileSync(file, 'utf8')) as { verbs: CompiledEntry[] }).verbs ?? [];
    } catch {
      compiled = [];
    }
  }
  const lex = buildLexicon(compiled);
  ctx.resources.set(key, lex);
  return lex;
}

export function extractEvents(doc: Document, lex: Lexicon, opts: EventsOptions = {}): EventRecord[] {
  const allowed = new Set(opts.modalities ?? DEFAULT_MODALITIES);
  const drafts = extractDrafts(doc, lex);
  const groups = mergeDrafts(doc, drafts);
  // Narrative order: a headline summarises, so an event sits where the body first tells it.
  const bodyStart = (g: (typeof groups)[number]) => Math.min(...g.drafts.map((d) => (d.headline ? 1e12 + d.span[0] : d.span[0])));
  groups.sort((a, b) => bodyStart(a) - bodyStart(b));
  const out: EventRecord[] = [];
  for (const g of groups) {
    const ev = toEvent(doc, g, `ev${out.length + 1}`);
    if (!allowed.has(ev.modality)) continue;
    // a non-event is worth a record only when it is specific: who did not do what to whom
    if (ev.modality === 'negated' && !opts.modalities && !ev.target) continue;
    if ((ev.confidence ?? 1) < (opts.minConfidence ?? 0)) continue;
    out.push(ev);
  }
  inferVisitPlaces(out);
  const kept = dropSubsumedNegations(out);
  kept.forEach((e, i) => { e.id = `ev${i + 1}`; });
  return kept;
}

/**
 * "Today I had a long conversation with Lukashenko ... We haven't spoken to him in two years": a
 * denial about another time next to the told happening between the same parties is background,
 * not a record of its own.
 */
function dropSubsumedNegations(events: EventRecord[]): EventRecord[] {
  const key = (e: EventRecord) => `${e.type}|${e.actor?.name ?? ''}|${e.target?.name ?? ''}`;
  const told = new Set(events.filter((e) => e.modality === 'asserted' || e.modality === 'historical').map(key));
  return events.filter((e) => e.modality !== 'negated' || !told.has(key(e)));
}

/**
 * Discourse inference, narrow on purpose: what a visitor does on the day of a visit happens
 * where the visit is ("arrived in Kyiv on Sunday" ... "meets Zelenskyy" that day -> in Kyiv).
 * Only for the same actor and the same explicit day, and only to fill or sharpen a place.
 */
function inferVisitPlaces(events: EventRecord[]): void {
  for (const v of events) {
    if (v.type !== 'CONSULT' || v.mode !== 'visit' || !v.location || !v.actor || !v.date || v.date.value.length < 10) continue;
    for (const e of events) {
      if (e === v || !e.actor || e.actor.name !== v.actor.name || e.date?.value !== v.date.value) continue;
      if (e.modality !== 'asserted' && e.modality !== 'future') continue;
      if (!e.location || (e.location.name !== v.location.name && e.location.type === 'GPE' && isCountryName(e.location.name))) {
        e.location = { name: v.location.name, entity: v.location.entity, type: v.location.type };
      }
    }
  }
}

function isCountryName(name: string): boolean {
  return countryIndex().byName.has(name.toLowerCase());
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['entities', 'deps', 'timexes', 'money'],
  provides: ['events'],
  run(doc: Document, ctx: StageContext): void {
    const opts = (ctx.resources.get(OPTIONS_KEY) as EventsOptions | undefined) ?? {};
    const lex = loadLexicon(ctx, opts.compiled ?? false);
    const parsed = doc.tokens.length > 0 && doc.tokens.every((t) => t.head !== undefined);
    if (!parsed && doc.tokens.length) report(doc, 'events', 'D701', 'no dependency parse: events from the proximity fallback', { severity: 'warning' });
    try {
      doc.events = extractEvents(doc, lex, opts);
    } catch (e) {
      // one odd document must not stop a batch: no events for it, and say why
      doc.events = [];
      report(doc, 'events', 'D703', `event extraction failed: ${(e as Error).message}`, { severity: 'error' });
    }
  },
};
