/**
 * The reference scorer (`shared/tools/score.mjs`) in TypeScript: the same normalisation, the same
 * greedy matching in the same order, the same rounding and the same printed lines, so that
 * `dossier eval` and score.mjs agree figure for figure (a test runs both).
 * Keep this in step with score.mjs; do not "improve" it here.
 */
import { DossierError } from '../model/errors.js';

export interface GoldEntity { name: string; type: string; aliases?: string[]; optional?: boolean }
export interface GoldEvent {
  id: string; type: string[]; mode?: string; actor: string[]; target: string[];
  amount?: { value: number; currency: string }; date?: string; location?: string; evidence: string[]; optional?: boolean;
}
export interface GoldClaim { speaker: string[]; evidence: string; optional?: boolean }
export interface GoldFile {
  id: string; text: string; published?: string;
  entities?: GoldEntity[]; events?: GoldEvent[]; claims?: GoldClaim[];
}

interface Span { start: number; end: number }
interface PredMention extends Span { text?: string }
interface PredName { name?: string }
/** The fields of a prediction the scorer reads (the contract of gold/README.md). */
export interface Prediction {
  entities?: { name?: string; type?: string; mentions?: PredMention[] }[];
  events?: {
    type?: string; mode?: string; actor?: PredName; target?: PredName; location?: PredName;
    amount?: { value?: number; currency?: string }; date?: { value?: string }; mentions?: PredMention[];
  }[];
  claims?: { speaker?: PredName; content?: PredMention }[];
}

export interface Tally { tp: number; fp: number; fn: number }
export interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface DocReport { id: string; misses: string[]; extras: string[] }
export interface ScoreResult {
  documents: number;
  entities: Prf;
  events: Prf;
  claims: Prf;
  arguments: { amount: number | null; date: number | null; location: number | null; mode: number | null };
}

export const norm = (s: unknown): string => String(s ?? '').normalize('NFKC').toLowerCase()
  .replace(/[\u2019']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  .replace(/^the /, '');
const PLACE = new Set(['GPE', 'LOC']);
const SCORED = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);
const sameType = (a: unknown, b: unknown) => a === b || (PLACE.has(a as string) && PLACE.has(b as string));
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function spansOf(text: string, phrases: string[]): Span[] {
  const out: Span[] = [];
  for (const p of phrases) {
    const i = text.indexOf(p);
    if (i < 0) throw new DossierError('E510', `gold evidence not found in text: ${p}`);
    out.push({ start: i, end: i + p.length });
  }
  return out;
}

/** One gold file, its text (read from `shared/<gold.text>`) and the prediction for it. */
export interface ScorePair { gold: GoldFile; text: string; pred: Prediction }

export function score(pairs: readonly ScorePair[]): { result: ScoreResult; report: DocReport[] } {
  const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
  const totals = { entities: tally(), events: tally(), claims: tally() };
  const args: Record<'amount' | 'date' | 'location' | 'mode', [number, number]> = { amount: [0, 0], date: [0, 0], location: [0, 0], mode: [0, 0] };
  const report: DocReport[] = [];

  for (const { gold, text, pred } of pairs) {
    const canon = new Map<string, string>();
    for (const e of gold.entities ?? []) for (const n of [e.name, ...(e.aliases ?? [])]) canon.set(norm(n), norm(e.name));
    const resolveName = (n: unknown) => canon.get(norm(n)) ?? norm(n);
    const nameIn = (n: unknown, allowed: string[]) => allowed.includes('*') || allowed.some((a) => resolveName(a) === resolveName(n));
    const doc: DocReport = { id: gold.id, misses: [], extras: [] };

    // Entities: document level, by name (or any mention text) and type.
    const pEnts = (pred.entities ?? []).filter((e) => SCORED.has(e.type as string));
    const used = new Set<number>();
    for (const g of gold.entities ?? []) {
      const names = new Set([g.name, ...(g.aliases ?? [])].map(norm));
      const hit = pEnts.findIndex((p, i) => !used.has(i) && sameType(p.type, g.type)
        && [p.name, ...(p.mentions ?? []).map((m) => m.text)].some((n) => names.has(norm(n))));
      if (hit >= 0) { used.add(hit); if (!g.optional) totals.entities.tp++; }
      else if (!g.optional) { totals.entities.fn++; doc.misses.push(`entity ${g.type} ${g.name}`); }
    }
    pEnts.forEach((p, i) => { if (!used.has(i)) { totals.entities.fp++; doc.extras.push(`entity ${p.type} ${p.name}`); } });

    // Events: type, actor, target and an evidence span that overlaps a predicted mention.
    const pEvents = pred.events ?? [];
    const taken = new Set<number>();
    const gEvents = (gold.events ?? []).map((g) => ({ ...g, spans: spansOf(text, g.evidence) }));
    type GEv = (typeof gEvents)[number];
    const evMatch = (g: GEv, p: (typeof pEvents)[number]) => (g.type.includes('*') || g.type.includes(p.type as string))
      && nameIn(p.actor?.name ?? '', g.actor)
      && (g.target.includes('*') || nameIn(p.target?.name ?? '', g.target))
      && (p.mentions ?? []).some((m) => g.spans.some((s) => overlap(m, s)));
    for (const g of gEvents.filter((e) => !e.optional)) {
      const hit = pEvents.findIndex((p, i) => !taken.has(i) && evMatch(g, p));
      if (hit < 0) { totals.events.fn++; doc.misses.push(`event ${g.id}`); continue; }
      taken.add(hit); totals.events.tp++;
      const p = pEvents[hit];
      if (g.amount) {
        args.amount[1]++;
        const v = p.amount?.value;
        if (v && Math.abs(v - g.amount.value) <= 0.005 * g.amount.value && p.amount?.currency === g.amount.currency) args.amount[0]++;
      }
      if (g.date) { args.date[1]++; if ((p.date?.value ?? '').startsWith(g.date)) args.date[0]++; }
      if (g.location) { args.location[1]++; if (p.location && nameIn(p.location.name, [g.location])) args.location[0]++; }
      if (g.mode) { args.mode[1]++; if (p.mode === g.mode) args.mode[0]++; }
    }
    pEvents.forEach((p, i) => {
      if (taken.has(i)) return;
      const optional = gEvents.some((g) => g.optional && (p.mentions ?? []).some((m) => g.spans.some((s) => overlap(m, s))));
      if (!optional) { totals.events.fp++; doc.extras.push(`event ${p.type} ${p.actor?.name} -> ${p.target?.name}: ${(p.mentions?.[0]?.text ?? '').slice(0, 80)}`); }
    });

    // Claims: speaker and a content span that overlaps the gold evidence.
    const pClaims = pred.claims ?? [];
    const cTaken = new Set<number>();
    const gClaims = (gold.claims ?? []).map((c) => ({ ...c, spans: spansOf(text, [c.evidence]) }));
    for (const g of gClaims) {
      const hit = pClaims.findIndex((p, i) => !cTaken.has(i) && nameIn(p.speaker?.name ?? '', g.speaker)
        && p.content && g.spans.some((s) => overlap(p.content as Span, s)));
      if (hit >= 0) { cTaken.add(hit); if (!g.optional) totals.claims.tp++; }
      else if (!g.optional) { totals.claims.fn++; doc.misses.push(`claim ${g.speaker[0]}: ${g.evidence.slice(0, 60)}`); }
    }
    pClaims.forEach((p, i) => { if (!cTaken.has(i)) { totals.claims.fp++; doc.extras.push(`claim ${p.speaker?.name}: ${(p.content?.text ?? '').slice(0, 60)}`); } });
    report.push(doc);
  }

  const prf = ({ tp, fp, fn }: Tally): Prf => {
    const p = tp + fp ? tp / (tp + fp) : 0; const r = tp + fn ? tp / (tp + fn) : 0;
    return { precision: +p.toFixed(3), recall: +r.toFixed(3), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3), tp, fp, fn };
  };
  const ratio = ([ok, n]: [number, number]) => (n ? +(ok / n).toFixed(3) : null);
  const result: ScoreResult = {
    documents: pairs.length,
    entities: prf(totals.entities), events: prf(totals.events), claims: prf(totals.claims),
    arguments: { amount: ratio(args.amount), date: ratio(args.date), location: ratio(args.location), mode: ratio(args.mode) },
  };
  return { result, report };
}

/** Exactly what score.mjs prints (stdout), for the same flags. */
export function formatScore(result: ScoreResult, report: DocReport[], opts: { json?: boolean; verbose?: boolean } = {}): string {
  if (opts.json) return `${JSON.stringify(opts.verbose ? { ...result, report } : result, null, 2)}\n`;
  const lines: string[] = [];
  if (opts.verbose) for (const d of report) { lines.push(`# ${d.id}`); for (const m of d.misses) lines.push(`  missed  ${m}`); for (const x of d.extras) lines.push(`  extra   ${x}`); }
  for (const k of ['entities', 'events', 'claims'] as const) {
    const s = result[k];
    lines.push(`${k.padEnd(9)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
  }
  lines.push(`arguments ${Object.entries(result.arguments).map(([k, v]) => `${k} ${v ?? '-'}`).join('  ')}`);
  return `${lines.join('\n')}\n`;
}
