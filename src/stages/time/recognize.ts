/**
 * Time expression recognition over a plain string: run every parser, then the refiners. Pure and
 * independent of the pipeline so that evaluation and other stages can call it directly.
 */
import { parseRef, type Ymd } from './dates.js';
import type { Candidate, TimeContext } from './context.js';
import { PARSERS, type Parser } from './parsers.js';
import { anchor, attachClock, dropOverlaps, mergeClock, type Refiner } from './refiners.js';
import { sentenceAround, tenseNear, type TaggedToken } from './tense.js';

export interface FindOptions {
  /** Reference (publication) date: `YYYY-MM-DD...` or a Ymd. */
  ref?: string | Ymd;
  /** Tokens with cleaned offsets (xpos used for tense when present). */
  tokens?: readonly TaggedToken[];
  /** Sentence bounds in the same offsets as the text, sorted. */
  sentences?: readonly { cstart: number; cend: number }[];
  parsers?: readonly Parser[];
  refiners?: readonly Refiner[];
}

export const DEFAULT_REFINERS: readonly Refiner[] = [dropOverlaps, mergeClock, anchor];

function sentenceFinder(text: string, sentences?: readonly { cstart: number; cend: number }[]) {
  if (!sentences || sentences.length === 0) return (pos: number) => sentenceAround(text, pos);
  return (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].cstart <= pos) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    return { start: s.cstart, end: s.cend };
  };
}

export function findTimexes(text: string, opts: FindOptions = {}): Candidate[] {
  const ref = typeof opts.ref === 'string' ? parseRef(opts.ref) : opts.ref;
  const sentenceOf = sentenceFinder(text, opts.sentences);
  const tokens = opts.tokens && opts.tokens.length && opts.tokens[0].xpos !== undefined ? opts.tokens : undefined;
  const ctx: TimeContext = {
    text,
    ref,
    tense(start, end) {
      const s = sentenceOf(start);
      return tenseNear(text, start, end, s.start, s.end, tokens);
    },
  };
  let cands: Candidate[] = [];
  for (const p of opts.parsers ?? PARSERS) {
    if (p.gate && !p.gate.test(text)) continue;
    const re = p.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const r = p.extract(m, ctx);
      if (!r) continue;
      const { start, end, ...rest } = r;
      cands.push({ ...rest, start: start ?? m.index, end: end ?? m.index + m[0].length, parser: p.name });
    }
  }
  for (const r of opts.refiners ?? DEFAULT_REFINERS) cands = r(cands, ctx);
  return attachClock(cands, sentenceOf);
}
