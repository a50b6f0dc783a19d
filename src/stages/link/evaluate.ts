/**
 * `dossier evaluate link`: document-level entity precision/recall/F1 of the pipeline up to the
 * link stage on the gold files of `<data>/../gold/dev` (the same matching as shared/tools/score.mjs:
 * NFKC, lower case, punctuation and a leading "the" dropped, gold aliases, GPE = LOC, optional
 * entities neither required nor penalised). Reads ../shared; nothing from it is kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Figures, LearnTask, TaskOptions } from '../../learn/task.js';
import { createDocument } from '../../model/document.js';
import { toRecord } from '../../model/record.js';
import type { StageContext } from '../../pipeline/stage.js';
import { defaultStages } from '../../pipeline/default.js';

interface GoldEntity { name: string; type: string; aliases?: string[]; optional?: boolean }
interface Gold { id: string; text: string; published: string; entities?: GoldEntity[] }

const norm = (s: string) => String(s ?? '').normalize('NFKC').toLowerCase()
  .replace(/[\u2019']s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
const PLACE = new Set(['GPE', 'LOC']);
const SCORED = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);
const sameType = (a: string, b: string) => a === b || (PLACE.has(a) && PLACE.has(b));

/** Entity tallies for one document (same rules as the reference scorer). */
export function scoreEntities(gold: GoldEntity[], pred: { name: string; type: string; mentions: { text: string }[] }[]): { tp: number; fp: number; fn: number; misses: string[]; extras: string[] } {
  const p = pred.filter((e) => SCORED.has(e.type));
  const used = new Set<number>();
  let tp = 0, fn = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const names = new Set([g.name, ...(g.aliases ?? [])].map(norm));
    const hit = p.findIndex((e, i) => !used.has(i) && sameType(e.type, g.type) && [e.name, ...e.mentions.map((m) => m.text)].some((n) => names.has(norm(n))));
    if (hit >= 0) { used.add(hit); if (!g.optional) tp++; }
    else if (!g.optional) { fn++; misses.push(`${g.type} ${g.name}`); }
  }
  const extras = p.filter((_e, i) => !used.has(i)).map((e) => `${e.type} ${e.name}`);
  return { tp, fp: extras.length, fn, misses, extras };
}

export const task: LearnTask = {
  name: 'link',
  description: 'Entities (canonical, linked) after recognise+link, document-level P/R/F1 on gold/dev',
  async evaluate(opts: TaskOptions): Promise<Figures> {
    const goldDir = resolve(opts.data, '..', 'gold', 'dev');
    const shared = resolve(opts.data, '..');
    if (!existsSync(goldDir)) throw new Error(`no gold files under ${goldDir}`);
    const ctx: StageContext = { modelsDir: opts.modelsDir, resources: new Map() };
    const stages = defaultStages();
    const upTo = stages.findIndex((s) => s.name === 'link');
    let tp = 0, fp = 0, fn = 0;
    for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
      const doc = createDocument(readFileSync(join(shared, gold.text), 'utf8'), { published: gold.published });
      for (const s of stages.slice(0, upTo + 1)) {
        try {
          s.run(doc, ctx);
        } catch (e) {
          // A missing optional model (the parser) must not stop the measurement of the rest.
          opts.log(`${gold.id}: stage ${s.name} skipped: ${(e as Error).message}`);
        }
      }
      const r = scoreEntities(gold.entities ?? [], toRecord(doc).entities);
      tp += r.tp; fp += r.fp; fn += r.fn;
      for (const m of r.misses) opts.log(`${gold.id}: missed ${m}`);
      for (const x of r.extras) opts.log(`${gold.id}: extra  ${x}`);
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    opts.log(`entities P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
    return { entity_precision: +precision.toFixed(4), entity_recall: +recall.toFixed(4), entity_f1: +f1.toFixed(4) };
  },
};
