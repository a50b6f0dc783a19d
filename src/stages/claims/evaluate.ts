/**
 * Claim attribution on PolNeAR (test split): `dossier evaluate claims`.
 *
 * Precision counts predicted claims, recall counts gold attributions (see scoreDocument for the
 * matching rule). `--split dev` style use: evaluateClaims(opts, 'dev'). PolNeAR has no license
 * file: it is used for evaluation and a cue lexicon only, and nothing trained on it ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocument } from '../../model/document.js';
import type { Figures, LearnTask, TaskOptions } from '../../learn/task.js';
import type { Document } from '../../model/types.js';
import { cueLemma } from './cues.js';

interface Span { start: number; end: number }
export interface GoldAttribution { source: Span[]; content: Span[]; cue: Span[] }

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

/**
 * A few inverted attributions ('..., said Hester') were annotated with the roles swapped: the verb
 * as Source and the name as Cue. When the Source is one reporting verb and the Cue holds none,
 * swap them back, so that the speaker is compared with the name.
 */
export function repairRoles(gold: GoldAttribution[], text: string): GoldAttribution[] {
  return gold.map((g) => {
    const src = g.source.map((x) => text.slice(x.start, x.end)).join(' ').trim();
    const cue = g.cue.map((x) => text.slice(x.start, x.end)).join(' ').trim();
    if (!/^(said|says|say|told|tells|added|adds|wrote|writes|asked|asks)$/i.test(src) || !cue) return g;
    if (cue.split(/\s+/).some((w) => cueLemma(w))) return g;
    return { ...g, source: g.cue, cue: g.source };
  });
}

const overlaps = (a: Span, bs: Span[]) => bs.some((b) => a.start < b.end && b.start < a.end);
const overlapChars = (a: Span, bs: Span[]) => bs.reduce((n, b) => n + Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)), 0);

/** What the scorer needs of a predicted claim. */
export interface ScoredClaim { speaker: Partial<Span>; content: Span; cueSpan?: Span }

export interface DocScore {
  /** Predicted claims that match a gold attribution (precision numerator). */
  correct: number;
  /** Predicted claims that match none. */
  wrong: number;
  /** Gold attributions found (recall numerator). */
  found: number;
  gold: number;
}

/**
 * Score one document. A predicted claim is correct when its content overlaps a gold
 * attribution's content and its speaker span overlaps the gold source (a gold attribution without
 * a source matches on content alone). Each gold attribution is found by at most one cue: PolNeAR
 * annotates a quotation told over several sentences as ONE attribution whose content has several
 * fragments, while the extractor writes one claim per sentence under the same cue, so further
 * claims of that same cue that fall in the same gold attribution are correct too (they are its
 * fragments), not false positives. Claims of a different cue never share a gold attribution.
 * Of several gold attributions a claim could match, the one it overlaps most is taken
 * (free ones before ones already found by another cue).
 */
export function scoreDocument(claims: readonly ScoredClaim[], gold: readonly GoldAttribution[]): DocScore {
  const owner = new Map<number, string>(); // gold index -> cue key that found it
  let correct = 0;
  let wrong = 0;
  for (const c of claims) {
    const speaker: Span | undefined = c.speaker.start !== undefined && c.speaker.end !== undefined ? { start: c.speaker.start, end: c.speaker.end } : undefined;
    const key = c.cueSpan ? `${c.cueSpan.start}:${c.cueSpan.end}:${speaker?.start}` : `claim:${correct + wrong}`;
    let best = -1;
    let bestScore = 0;
    gold.forEach((g, i) => {
      const who = owner.get(i);
      if (who !== undefined && who !== key) return;
      if (!overlaps(c.content, g.content)) return;
      if (g.source.length && !(speaker && overlaps(speaker, g.source))) return;
      const score = overlapChars(c.content, g.content);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      owner.set(best, key);
      correct++;
    } else wrong++;
  }
  return { correct, wrong, found: owner.size, gold: gold.length };
}

export async function evaluateClaims(opts: TaskOptions, split = 'test'): Promise<Figures> {
  const dir = join(opts.data, 'polnear', split);
  if (!existsSync(dir)) throw new Error(`PolNeAR not found at ${dir}`);
  // loaded here, not at module load, so that the scorer's tests need no other stage
  const { defaultPipeline } = await import('../../pipeline/default.js');
  const pipeline = defaultPipeline({ modelsDir: opts.modelsDir });
  let correct = 0;
  let wrong = 0;
  let found = 0;
  let golds = 0;
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const baseOf = (ann: string) => ann.replace(/_[0-9a-f]{4}\.ann$/, '');
  // A few articles were annotated by several annotators (agreement checks): each annotation
  // weighs 1/k so that every article counts once, as if one annotator had been picked.
  const annotations = new Map<string, number>();
  for (const ann of anns) annotations.set(baseOf(ann), (annotations.get(baseOf(ann)) ?? 0) + 1);
  const docs = new Map<string, Document>();
  let articles = 0;
  for (const ann of anns) {
    const base = baseOf(ann);
    const textPath = join(dir, 'text', `${base}.txt`);
    if (!existsSync(textPath)) continue;
    let doc = docs.get(base);
    if (!doc) {
      doc = pipeline.run(createDocument(readFileSync(textPath, 'utf8'), {}));
      docs.clear();
      docs.set(base, doc);
      articles++;
    }
    const gold = repairRoles(parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8')), doc.text);
    const s = scoreDocument(doc.claims, gold);
    const w = 1 / (annotations.get(base) ?? 1);
    correct += w * s.correct;
    wrong += w * s.wrong;
    found += w * s.found;
    golds += w * s.gold;
  }
  const precision = correct + wrong ? correct / (correct + wrong) : 0;
  const recall = golds ? found / golds : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 10) / 10;
  opts.log(`polnear ${split}: ${articles} articles (${anns.length} annotations, weighted 1/k), ${r(golds)} gold attributions, ${r(found)} found; ${r(correct + wrong)} claims, ${r(correct)} correct`);
  return { precision, recall, f1 };
}

export const task: LearnTask = {
  name: 'claims',
  description: 'speaker + content attribution P/R/F1 on PolNeAR test (evaluation only)',
  // DOSSIER_CLAIMS_SPLIT=dev picks the split to tune on; the figure of record is test.
  evaluate: (opts) => evaluateClaims(opts, process.env.DOSSIER_CLAIMS_SPLIT ?? 'test'),
};
