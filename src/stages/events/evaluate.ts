/**
 * `dossier evaluate events`: event-type accuracy of the full pipeline on the PLOVER gold
 * sentences (plover/PLOVER_GSR_CAMEO.txt, 322 example sentences of the CAMEO manual coded in
 * PLOVER), and document-level event precision/recall/F1 on the dev gold files through the
 * reference scorer. `dossier train events` compiles the CAMEO verb table (compile.ts).
 *
 * Accuracy counts sentences where we produce at least one event; the event compared is the one
 * whose trigger lies in the gold event words (else the first). Coverage is the share of
 * sentences with an event. Old PLOVER names in the file map to the current ones.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Figures, LearnTask, TaskOptions } from '../../learn/task.js';
import { toRecord } from '../../model/record.js';
import type { EventRecord } from '../../model/types.js';
import { compileToModels } from './compile.js';
import { OPTIONS_KEY, type EventsOptions } from './index.js';
import { makeRunner, type Runner } from './runner.js';

const OLD_NAMES: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

interface GsrItem {
  id: string;
  event: string;
  text?: string;
  date?: string;
  textInfo?: { markup?: string };
}

export interface GsrResult {
  total: number;
  predicted: number;
  correct: number;
  anyCorrect: number;
  confusion: Map<string, number>;
}

function evtSpans(text: string, markup: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of markup.matchAll(/\(EVT:\s*([^)]*)\)/g)) {
    for (const w of m[1].split(/\s+/).filter((x) => x.length > 2)) {
      const i = text.indexOf(w);
      if (i >= 0) out.push({ start: i, end: i + w.length });
    }
  }
  return out;
}

export function scoreGsr(items: GsrItem[], runner: Runner, log?: (l: string) => void): GsrResult {
  const r: GsrResult = { total: 0, predicted: 0, correct: 0, anyCorrect: 0, confusion: new Map() };
  for (const it of items) {
    if (!it.text || it.event === 'DOCUMENT') continue;
    const gold = OLD_NAMES[it.event] ?? it.event;
    r.total++;
    const doc = runner.run(it.text, { published: it.date ?? '2000-01-01' });
    const evs: EventRecord[] = doc.events;
    if (!evs.length) continue;
    r.predicted++;
    const spans = evtSpans(it.text, it.textInfo?.markup ?? '');
    const pick = evs.find((e) => e.trigger && spans.some((s) => e.trigger!.start < s.end && s.start < e.trigger!.end)) ?? evs[0];
    if (pick.type === gold) r.correct++;
    else {
      const k = `${gold}->${pick.type}`;
      r.confusion.set(k, (r.confusion.get(k) ?? 0) + 1);
      log?.(`  ${it.id}: gold ${gold}, got ${pick.type} (${pick.trigger?.text}) | ${it.text.slice(0, 90)}`);
    }
    if (evs.some((e) => e.type === gold)) r.anyCorrect++;
  }
  return r;
}

/** Document-level figures through the reference scorer (../tools/score.mjs). */
export function scoreGold(goldDir: string, runner: Runner, scorer: string): Figures | undefined {
  if (!existsSync(goldDir) || !existsSync(scorer)) return undefined;
  const shared = resolve(goldDir, '..', '..');
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-events-'));
  const args: string[] = [];
  try {
    for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { id: string; text: string; published?: string };
      const text = readFileSync(join(shared, gold.text), 'utf8');
      const doc = runner.run(text, { published: gold.published });
      const pred = join(tmp, f);
      writeFileSync(pred, JSON.stringify(toRecord(doc)));
      args.push(join(goldDir, f), pred);
    }
    const out = execFileSync(process.execPath, [scorer, ...args, '--json'], { encoding: 'utf8' });
    const s = JSON.parse(out) as { events: { precision: number; recall: number; f1: number }; arguments: Record<string, number | null> };
    const fig: Figures = { dev_event_precision: s.events.precision, dev_event_recall: s.events.recall, dev_event_f1: s.events.f1 };
    for (const [k, v] of Object.entries(s.arguments)) if (v !== null) fig[`dev_${k}_accuracy`] = v;
    return fig;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function evaluate(opts: TaskOptions, withCameo = false): Promise<Figures> {
  const resources = new Map<string, unknown>();
  const ctx = { modelsDir: opts.modelsDir, resources };
  const runner = await makeRunner(ctx);
  opts.log(`events: stages ${runner.stages.join(' ')}`);
  const figures: Figures = {};
  const gsrPath = join(opts.data, 'plover', 'PLOVER_GSR_CAMEO.txt');
  if (existsSync(gsrPath)) {
    // sentence-level: every modality counts ("will support" is coded as an event there)
    resources.set(OPTIONS_KEY, { modalities: ['asserted', 'future', 'negated', 'historical', 'hypothetical'] } satisfies EventsOptions);
    const items = JSON.parse(readFileSync(gsrPath, 'utf8')) as GsrItem[];
    const r = scoreGsr(items, runner, process.env.DOSSIER_VERBOSE ? opts.log : undefined);
    figures.plover_type_accuracy = r.predicted ? +(r.correct / r.predicted).toFixed(3) : 0;
    figures.plover_any_accuracy = r.predicted ? +(r.anyCorrect / r.predicted).toFixed(3) : 0;
    figures.plover_coverage = r.total ? +(r.predicted / r.total).toFixed(3) : 0;
    opts.log(`events: PLOVER gold sentences ${r.total}, with an event ${r.predicted}, type correct ${r.correct}`);
    const top = [...r.confusion].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v}`).join(', ');
    if (top) opts.log(`events: most frequent confusions: ${top}`);
    if (withCameo) {
      // the same with the CAMEO-compiled verbs switched on (off by default; see index.ts)
      resources.set(OPTIONS_KEY, { modalities: ['asserted', 'future', 'negated', 'historical', 'hypothetical'], compiled: true } satisfies EventsOptions);
      const c = scoreGsr(items, runner);
      figures.plover_type_accuracy_with_cameo_verbs = c.predicted ? +(c.correct / c.predicted).toFixed(3) : 0;
      figures.plover_coverage_with_cameo_verbs = c.total ? +(c.predicted / c.total).toFixed(3) : 0;
    }
    resources.delete(OPTIONS_KEY);
  }
  const goldDir = resolve(opts.data, '..', 'gold', 'dev');
  const dev = scoreGold(goldDir, runner, resolve(opts.data, '..', 'tools', 'score.mjs'));
  if (dev) Object.assign(figures, dev);
  return figures;
}

export const task: LearnTask = {
  name: 'events',
  description: 'PLOVER event-type accuracy and coverage on plover/PLOVER_GSR_CAMEO.txt (full pipeline per sentence); event P/R/F1 on gold/dev',
  async train(opts: TaskOptions): Promise<Figures> {
    const r = compileToModels(opts.data, opts.modelsDir);
    opts.log(`events: compiled ${r.verbs} CAMEO verbs -> ${r.file}`);
    const figures = await evaluate(opts, true);
    compileToModels(opts.data, opts.modelsDir, figures); // record the scores in the manifest
    return figures;
  },
  evaluate: (opts: TaskOptions) => evaluate(opts),
};
