/**
 * Claim attribution on PolNeAR (test split): `dossier evaluate claims`.
 *
 * A predicted claim matches a gold attribution when its content overlaps the gold content and
 * its speaker span overlaps the gold source (gold attributions without a source match on content
 * alone). Each gold attribution is matched at most once. PolNeAR has no license file: it is used
 * for evaluation only, and nothing trained on it ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../../model/document.js';
import type { Figures, LearnTask, TaskOptions } from '../../learn/task.js';
import { defaultPipeline } from '../../pipeline/default.js';

interface Span { start: number; end: number }
interface GoldAttribution { source: Span[]; content: Span[]; cue: Span[] }

/** Parse a brat standoff file into attributions (source/cue/content fragments). */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [, kindAndSpans] = cols;
      const firstSpace = kindAndSpans.indexOf(' ');
      const frags = kindAndSpans.slice(firstSpace + 1).split(';').map((f) => {
        const [a, b] = f.trim().split(/\s+/).map(Number);
        return { start: a, end: b };
      });
      spans.set(cols[0], frags);
    } else if (line.startsWith('E') && cols.length >= 2) {
      events.push(cols[1].split(/\s+/));
    }
  }
  for (const args of events) {
    const a: GoldAttribution = { source: [], content: [], cue: [] };
    for (const arg of args) {
      const [role, id] = arg.split(':');
      const s = spans.get(id) ?? [];
      if (role.startsWith('Source')) a.source.push(...s);
      else if (role.startsWith('Content')) a.content.push(...s);
      else if (role.startsWith('Cue')) a.cue.push(...s);
    }
    if (a.content.length) out.push(a);
  }
  return out;
}

const overlaps = (a: Span, bs: Span[]) => bs.some((b) => a.start < b.end && b.start < a.end);

export async function evaluateClaims(opts: TaskOptions, split = 'test'): Promise<Figures> {
  const dir = join(opts.data, 'polnear', split);
  if (!existsSync(dir)) throw new Error(`PolNeAR not found at ${dir}`);
  const pipeline = defaultPipeline({ modelsDir: opts.modelsDir });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  for (const ann of anns) {
    const base = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    const textPath = join(dir, 'text', `${base}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const gold = parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'));
    const doc = pipeline.run(createDocument(text, {}));
    const used = new Set<number>();
    for (const c of doc.claims) {
      const speaker: Span | undefined = c.speaker.start !== undefined && c.speaker.end !== undefined ? { start: c.speaker.start, end: c.speaker.end } : undefined;
      const hit = gold.findIndex((g, i) => !used.has(i) && overlaps(c.content, g.content)
        && (g.source.length === 0 || (speaker !== undefined && overlaps(speaker, g.source))));
      if (hit >= 0) {
        used.add(hit);
        tp++;
      } else fp++;
    }
    fn += gold.length - used.size;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  opts.log(`polnear ${split}: ${anns.length} articles, tp ${tp} fp ${fp} fn ${fn}`);
  return { precision, recall, f1 };
}

export const task: LearnTask = {
  name: 'claims',
  description: 'speaker + content attribution P/R/F1 on PolNeAR test (evaluation only)',
  evaluate: (opts) => evaluateClaims(opts, 'test'),
};
