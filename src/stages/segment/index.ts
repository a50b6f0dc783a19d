/**
 * segment: blocks (inferred when the reader gave none), sentences and tokens.
 *
 * Works on the cleaned copy; every token and sentence carries cleaned (`cstart`/`cend`) and
 * original (`start`/`end`) offsets. Sentences never cross a block. Media blocks (an image or link
 * address on its own line) get no sentence and no tokens: nothing in them is prose.
 */
import { toCleaned, toOriginal } from '../../model/offsets.js';
import type { Block, Document, Sentence, Token } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { inferBlocks } from '../../ingest/layout.js';
import { splitSentences } from './sentences.js';
import { TokenBuffer, scan, type ScanOptions } from './tokenize.js';

export { tokenize, scan, TokenBuffer, Kind } from './tokenize.js';
export type { PlainToken, ScanOptions } from './tokenize.js';
export { splitSentences } from './sentences.js';

const MORE_THAN_ONE_LINE_RE = /\S[^\S\n]*\r?\n\s*\S/;

/**
 * The reader's layout rules (src/ingest/layout.ts), so a text gets the same blocks however it
 * arrives. A text of one line is a paragraph, not a headline.
 */
export function layoutOf(text: string): Block[] {
  return inferBlocks(text, { headline: MORE_THAN_ONE_LINE_RE.test(text) });
}

/** Split a plain string into sentences (tests, benchmarks): [start, end) pairs. */
export function sentences(text: string, opts: ScanOptions = {}): { start: number; end: number }[] {
  const buf = new TokenBuffer();
  const out: { start: number; end: number }[] = [];
  for (const b of layoutOf(text)) {
    if (b.kind === 'media') continue;
    const from = buf.length;
    scan(text, b.start, b.end, buf, opts);
    let first = from;
    for (const end of splitSentences(text, buf, from, buf.length)) {
      if (end > first) out.push({ start: buf.starts[first], end: buf.ends[end - 1] });
      first = end;
    }
  }
  return out;
}

export function segmentDocument(doc: Document, opts: ScanOptions = {}): void {
  const clean = doc.clean;
  const text = clean.text;
  const toOrig = clean.toOrig;
  const toOrigEnd = clean.toOrigEnd;
  const blocks: Block[] = doc.blocks.length ? doc.blocks : layoutOf(doc.text);
  doc.blocks = blocks;
  const buf = new TokenBuffer();
  const sents: Sentence[] = [];
  const tokens: Token[] = [];
  // Readers give blocks in text order; if one does not, walk them in order anyway and never
  // tokenise the same text twice (tokens must stay sorted and disjoint).
  const order = blocks.map((_, i) => i);
  if (blocks.some((b, i) => i > 0 && b.start < blocks[i - 1].start)) order.sort((x, y) => blocks[x].start - blocks[y].start);
  let done = 0;
  for (const bi of order) {
    const b = blocks[bi];
    if (b.kind === 'media') continue;
    const cs = Math.max(done, toCleaned(clean, b.start));
    const ce = Math.min(text.length, toCleaned(clean, b.end));
    if (ce <= cs) continue;
    done = ce;
    buf.clear();
    scan(text, cs, ce, buf, opts);
    if (!buf.length) continue;
    let first = 0;
    for (const end of splitSentences(text, buf, 0, buf.length)) {
      if (end <= first) continue;
      const si = sents.length;
      const tokenStart = tokens.length;
      for (let k = first; k < end; k++) {
        const ts = buf.starts[k];
        const te = buf.ends[k];
        // toOriginal inlined: tokens are never empty, so start and end come straight from the maps.
        const os = toOrig[ts];
        const oe = toOrigEnd[te - 1];
        tokens.push({ start: os, end: oe > os ? oe : os, cstart: ts, cend: te, form: text.slice(ts, te), sent: si });
      }
      const scs = buf.starts[first];
      const sce = buf.ends[end - 1];
      const o = toOriginal(clean, scs, sce);
      sents.push({ start: o.start, end: o.end, cstart: scs, cend: sce, tokenStart, tokenEnd: tokens.length, kind: b.kind, block: bi });
      first = end;
    }
  }
  doc.sentences = sents;
  doc.tokens = tokens;
}

/** A segment stage with its own options (e.g. `{ splitHyphens: true }` for EWT-exact tokens). */
export function createSegmentStage(opts: ScanOptions = {}): Stage {
  return {
    name: 'segment',
    requires: ['clean'],
    provides: ['sentences', 'tokens', 'blocks'],
    run(doc: Document): void {
      segmentDocument(doc, opts);
    },
  };
}

/** The default: compounds are one token (`post-war`), names joined by a hyphen are not (`Turkey - EU`). */
export const segmentStage: Stage = createSegmentStage();
