/**
 * TempEval-3 evaluation of time expressions (task A: extents and values), for Dossier and for
 * chrono-node in the same run.
 *
 * What is computed (character spans on the text inside <TEXT>, tags stripped):
 * - extent: system and gold expressions are matched one to one, greedily in text order.
 *   strict = identical spans; relaxed = overlapping spans. P = matched / system, R = matched / gold.
 * - value F1 as the official TE3 scorer defines attribute F1: (value-correct relaxed matches /
 *   relaxed matches) x relaxed F1, i.e. 2 x correct / (system + gold). Values are compared as
 *   exact strings, as the official scorer does (the gold's six unpadded weeks, "2000-W7", count
 *   a padded "2000-W07" wrong).
 * - What the official scorer (evaluation-entities/evaluate_entities.py) reads: every
 *   `<TIMEX3 ...>text</TIMEX3>` of the file except tid t0 (the DCT); a PUBLICATION_TIME timex
 *   inside <TEXT> (six AQUAINT files) is gold like any other, as here. Gold and system timexes
 *   are paired one to one through ids aligned by the TimeML-Normalizer (overlap); the greedy
 *   one-to-one pairing here is that alignment. A system timex overlapping two gold ones pairs
 *   with the first (the second is missed); a second system timex on one gold one is spurious.
 *   Both cases are rare (platinum: one system timex over two gold ones, train: 1 and 4).
 * - chrono-node: results are mapped to TIMEX3 values at their known precision: an hour it is
 *   certain of gives a TIME (YYYY-MM-DDTHH:MM), a certain day or weekday a day, a certain month
 *   YYYY-MM, a certain year YYYY; "now" gives PRESENT_REF and a matched "week"/"month"/"year"
 *   unit gives that unit (chrono resolves them to a day); a leading preposition it includes
 *   ("on", "in", "at") is dropped from its extent, since TimeML never includes it. chrono has no
 *   durations or sets.
 * The DCT is the reference date of both systems. Develop on train (TimeBank + AQUAINT); the task
 * reports the platinum test set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Figures, LearnTask, TaskOptions } from '../../learn/task.js';
import { findTimexes } from './recognize.js';
import { parseMeantime, readTimeML, type GoldTimex, type TimeMLDoc } from './timeml.js';
import { fmtWeek } from './dates.js';

export interface SysTimex {
  start: number;
  end: number;
  value: string;
  type?: string;
  /** Which parser produced it (diagnostics only). */
  parser?: string;
}

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  value: number;
}

export interface Mismatch {
  doc: string;
  kind: 'fn' | 'fp' | 'value' | 'extent';
  gold?: GoldTimex;
  sys?: SysTimex & { text: string };
}

/**
 * Values are compared as the official TE3 scorer compares them: exact strings. (An earlier
 * version upper-cased them and read W8 as W08; six train gold values write an unpadded week,
 * and the official scorer counts a padded system week wrong against them.)
 */
export function normValue(v: string): string {
  return v;
}

/** Match one document's system expressions against gold; adds to counts, returns the mismatches. */
export function scoreDoc(doc: TimeMLDoc, sys: SysTimex[], counts: Counts): Mismatch[] {
  const gold = doc.timexes;
  counts.gold += gold.length;
  counts.sys += sys.length;
  const used = new Set<number>();
  const out: Mismatch[] = [];
  const sysText = (s: SysTimex) => ({ ...s, text: doc.text.slice(s.start, s.end) });
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < sys.length; i++) {
      if (used.has(i)) continue;
      const s = sys[i];
      if (s.start < g.end && g.start < s.end) {
        if (best < 0 || (s.start === g.start && s.end === g.end)) best = i;
      }
    }
    if (best < 0) { out.push({ doc: doc.id, kind: 'fn', gold: g }); continue; }
    used.add(best);
    const s = sys[best];
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    else out.push({ doc: doc.id, kind: 'extent', gold: g, sys: sysText(s) });
    if (normValue(s.value) === normValue(g.value)) counts.value++;
    else out.push({ doc: doc.id, kind: 'value', gold: g, sys: sysText(s) });
  }
  for (let i = 0; i < sys.length; i++) if (!used.has(i)) out.push({ doc: doc.id, kind: 'fp', sys: sysText(sys[i]) });
  return out;
}

export function figuresOf(c: Counts): { strict_f1: number; relaxed_f1: number; value_f1: number; relaxed_p: number; relaxed_r: number } {
  const f = (k: number) => (c.gold + c.sys === 0 ? 0 : (2 * k) / (c.gold + c.sys));
  return {
    strict_f1: f(c.strict),
    relaxed_f1: f(c.relaxed),
    value_f1: f(c.value),
    relaxed_p: c.sys ? c.relaxed / c.sys : 0,
    relaxed_r: c.gold ? c.relaxed / c.gold : 0,
  };
}

export function dossierTimexes(doc: TimeMLDoc): SysTimex[] {
  return findTimexes(doc.text, { ref: doc.dct }).map((c) => ({ start: c.start, end: c.end, value: c.value, type: c.type, parser: c.parser }));
}

interface ChronoComponents {
  get(c: string): number | null | undefined;
  isCertain(c: string): boolean;
}
interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
}
type ChronoParse = (text: string, ref?: Date) => ChronoResult[];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A chrono-node result as a TIMEX3 value at the precision chrono says it knows. chrono resolves
 * "now" to the reference instant and "last week" or "this year" to a day inside the unit; the
 * words say the precision, so those map to PRESENT_REF, an ISO week, a month or a year.
 */
export function chronoValue(c: ChronoComponents, text = ''): string {
  const y0 = c.get('year') ?? 0;
  const m0 = c.get('month') ?? 1;
  const d0 = c.get('day') ?? 1;
  if (/^(?:right\s+)?now$/i.test(text.trim())) return 'PRESENT_REF';
  if (/\b(?:week)\b/i.test(text) && !/\bweeks?\s+(?:ago|later|earlier)/i.test(text)) return fmtWeek({ y: y0, m: m0, d: d0 });
  if (/\bmonth\b/i.test(text) && !c.isCertain('day')) return `${pad(y0, 4)}-${pad(m0)}`;
  if (/\byear\b/i.test(text) && !c.isCertain('month')) return pad(y0, 4);
  const y = c.get('year') ?? 0;
  const m = c.get('month') ?? 1;
  const d = c.get('day') ?? 1;
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('hour')) return `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return day;
  if (c.isCertain('month')) return `${pad(y, 4)}-${pad(m)}`;
  if (c.isCertain('year')) return pad(y, 4);
  return day;
}

export function chronoTimexes(parse: ChronoParse, doc: TimeMLDoc): SysTimex[] {
  const dct = doc.dct ? /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.dct) : null;
  const ref = dct ? new Date(+dct[1], +dct[2] - 1, +dct[3], 12, 0, 0) : undefined;
  const out: SysTimex[] = [];
  for (const r of parse(doc.text, ref)) {
    let start = r.index;
    let text = r.text;
    const lead = /^(?:on|in|at|by|from|since|until)\s+/i.exec(text);
    if (lead) { start += lead[0].length; text = text.slice(lead[0].length); }
    out.push({ start, end: start + text.length, value: chronoValue(r.start, text) });
  }
  return out;
}

export function readTimeMLDir(dir: string): TimeMLDoc[] {
  const out: TimeMLDoc[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (f.endsWith('.tml')) out.push(readTimeML(p));
  }
  return out;
}

export interface TempEvalResult {
  dossier: Counts;
  chrono?: Counts;
  mismatches: Mismatch[];
  docs: number;
}

export async function evaluateTempEval(dirs: string[]): Promise<TempEvalResult> {
  const docs = dirs.flatMap(readTimeMLDir);
  let parse: ChronoParse | undefined;
  try {
    const mod = (await import('chrono-node')) as unknown as { parse: ChronoParse };
    parse = mod.parse;
  } catch {
    parse = undefined;
  }
  const dossier: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0 };
  const chrono: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0 };
  const mismatches: Mismatch[] = [];
  for (const doc of docs) {
    mismatches.push(...scoreDoc(doc, dossierTimexes(doc), dossier));
    if (parse) scoreDoc(doc, chronoTimexes(parse, doc), chrono);
  }
  return { dossier, chrono: parse ? chrono : undefined, mismatches, docs: docs.length };
}

export const task: LearnTask = {
  name: 'time',
  description: 'Time expressions on TempEval-3 platinum (test): extent strict/relaxed F1 and value F1, Dossier and chrono-node',
  async evaluate(opts: TaskOptions): Promise<Figures> {
    const dir = join(opts.data, 'tempeval3', 'test-platinum');
    if (!existsSync(dir)) throw new Error(`TempEval-3 platinum not found at ${dir}`);
    const r = await evaluateTempEval([dir]);
    const d = figuresOf(r.dossier);
    const c = r.chrono ? figuresOf(r.chrono) : undefined;
    opts.log(`time: ${r.docs} documents, ${r.dossier.gold} gold expressions, ${r.dossier.sys} found`);
    opts.log(`time: dossier strict ${d.strict_f1.toFixed(3)} relaxed ${d.relaxed_f1.toFixed(3)} (P ${d.relaxed_p.toFixed(3)} R ${d.relaxed_r.toFixed(3)}) value ${d.value_f1.toFixed(3)}`);
    if (c) opts.log(`time: chrono-node strict ${c.strict_f1.toFixed(3)} relaxed ${c.relaxed_f1.toFixed(3)} value ${c.value_f1.toFixed(3)}`);
    return {
      value_f1: d.value_f1,
      strict_f1: d.strict_f1,
      relaxed_f1: d.relaxed_f1,
      chrono_value_f1: c ? c.value_f1 : Number.NaN,
      chrono_relaxed_f1: c ? c.relaxed_f1 : Number.NaN,
    };
  },
};

/** MEANTIME (English, intra-document annotation): Wikinews articles, a second development set. */
export function readMeantimeDir(dir: string): TimeMLDoc[] {
  const out: TimeMLDoc[] = [];
  for (const sub of readdirSync(dir).sort()) {
    if (!sub.startsWith('corpus')) continue;
    for (const f of readdirSync(join(dir, sub)).sort()) {
      if (f.endsWith('.xml')) out.push(parseMeantime(readFileSync(join(dir, sub, f), 'utf8'), f.replace(/\.xml$/, '')));
    }
  }
  return out;
}

/**
 * Mismatches grouped by pattern, biggest group first: missed expressions by the shape of the gold
 * text (digits as 9, lower case), spurious ones and wrong values by the parser that produced them.
 */
export function errorGroups(mismatches: readonly Mismatch[]): string[] {
  const groups = new Map<string, number>();
  const shape = (t: string) => t.toLowerCase().replace(/\d/g, '9').replace(/\s+/g, ' ');
  for (const m of mismatches) {
    if (m.kind === 'extent') continue;
    const key = m.kind === 'fn' ? `missed\t${m.gold!.type} "${shape(m.gold!.text)}"` : m.kind === 'fp' ? `spurious\t${m.sys!.parser ?? '?'}` : `value\t${m.sys!.parser ?? '?'}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${String(n).padStart(4)}\t${k}`);
}

/**
 * Development figures without the CLI:
 *   node dist/stages/time/evaluate.js [train|meantime|platinum] [--data DIR] [--groups] [--errors]
 * train = TempEval-3 TimeBank + AQUAINT (the development set), meantime = MEANTIME English,
 * platinum = the test set (report only). --groups counts the mismatches by pattern (missed by gold
 * shape, spurious and wrong values by parser); --errors prints every mismatch.
 */
async function main(argv: string[]): Promise<void> {
  const data = argv.includes('--data') ? argv[argv.indexOf('--data') + 1] : '../shared/data';
  const split = argv.find((a) => ['train', 'meantime', 'platinum'].includes(a)) ?? 'train';
  const te = join(data, 'tempeval3');
  const docs = split === 'train'
    ? [...readTimeMLDir(join(te, 'train-tbaq', 'TimeBank')), ...readTimeMLDir(join(te, 'train-tbaq', 'AQUAINT'))]
    : split === 'platinum' ? readTimeMLDir(join(te, 'test-platinum')) : readMeantimeDir(join(data, 'meantime-english', 'intra-doc_annotation'));
  const counts: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0 };
  const mismatches: Mismatch[] = [];
  for (const d of docs) mismatches.push(...scoreDoc(d, dossierTimexes(d), counts));
  const f = figuresOf(counts);
  console.log(`${split}: ${docs.length} documents, ${counts.gold} gold, ${counts.sys} found`);
  console.log(`strict ${f.strict_f1.toFixed(3)} relaxed ${f.relaxed_f1.toFixed(3)} (P ${f.relaxed_p.toFixed(3)} R ${f.relaxed_r.toFixed(3)}) value ${f.value_f1.toFixed(3)}`);
  if (argv.includes('--groups')) for (const line of errorGroups(mismatches)) console.log(line);
  if (argv.includes('--errors')) {
    for (const m of mismatches) {
      const g = m.gold ? `${m.gold.type} ${m.gold.value} "${m.gold.text}"` : '-';
      const s = m.sys ? `${m.sys.type ?? ''} ${m.sys.value} "${m.sys.text}" ${m.sys.parser ?? ''}` : '-';
      console.log([m.kind, g, s, m.doc].join('\t'));
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
