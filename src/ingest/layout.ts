/**
 * Layout of a plain text: which lines are the headline, section headings, media addresses and
 * body paragraphs. Pure and offset-exact (blocks cover the trimmed line, original offsets), so the
 * segmenter can call it for any text that arrives without blocks.
 */
import type { Block } from '../model/types.js';

export interface LayoutOptions {
  /** Treat the first non-empty line as the headline (default true). */
  headline?: boolean;
}

interface Line {
  start: number;
  end: number;
  /** Blank line before it (paragraph separator). */
  afterBlank: boolean;
}

// Closing punctuation: a line ending in one of these is a sentence, not a heading.
const CLOSING = /[.!?;:,…"”’'»)\]\u3002\uff01\uff1f]$/;
const URL_ONLY = /^(?:<)?(?:https?:\/\/|www\.)\S+?(?:>)?$/i;
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?$/i;
const OPEN_END = /\b(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|as|that|which|who|its|their|his|her|is|are|was|were|has|have|had|will|would)$/i;
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 90;

export function inferBlocks(text: string, opts: LayoutOptions = {}): Block[] {
  const lines = splitTrimmed(text);
  if (lines.length === 0) return [];
  const wantHeadline = opts.headline !== false;
  const hardWrapped = looksHardWrapped(text, lines);
  const blocks: Block[] = [];
  let i = 0;
  if (wantHeadline) {
    blocks.push({ kind: 'headline', start: lines[0].start, end: lines[0].end });
    i = 1;
  }
  for (; i < lines.length; i++) {
    const ln = lines[i];
    const s = text.slice(ln.start, ln.end);
    if (isMediaLine(s)) {
      blocks.push({ kind: 'media', start: ln.start, end: ln.end });
      continue;
    }
    // Gather continuation lines into one paragraph (a sentence broken across lines, or a
    // hard-wrapped text whose paragraphs are separated by blank lines).
    let end = ln.end;
    let j = i;
    while (j + 1 < lines.length && continues(text, lines[j], lines[j + 1], hardWrapped)) {
      j++;
      end = lines[j].end;
    }
    // A heading introduces something: the last line of a text is never one.
    if (j === i && i + 1 < lines.length && isHeading(s)) {
      blocks.push({ kind: 'heading', start: ln.start, end: ln.end });
    } else {
      blocks.push({ kind: 'paragraph', start: ln.start, end });
    }
    i = j;
  }
  return blocks;
}

/** Non-empty lines with surrounding whitespace trimmed, offsets into `text`. */
function splitTrimmed(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let blank = false;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      out.push({ start: s, end: e, afterBlank: blank });
      blank = false;
    } else if (out.length) blank = true;
    pos = nl + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f;
}

export function isMediaLine(s: string): boolean {
  return URL_ONLY.test(s) || IMAGE_FILE.test(s);
}

/** A short line that starts like a title and does not end like a sentence. */
export function isHeading(s: string): boolean {
  if (s.length > MAX_HEADING_CHARS || CLOSING.test(s)) return false;
  const words = s.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS) return false;
  // A line left open by a function word is a broken sentence ("... secured qualification for").
  if (OPEN_END.test(s)) return false;
  // Starts with an upper-case letter, a digit or an opening quote: not a lower-case fragment.
  return /^[\p{Lu}\p{Lt}\p{N}"“‘'«(\[]/u.test(s) && /\p{L}/u.test(s);
}

function continues(text: string, a: Line, b: Line, hardWrapped: boolean): boolean {
  const as = text.slice(a.start, a.end);
  const bs = text.slice(b.start, b.end);
  if (isMediaLine(bs)) return false;
  if (b.afterBlank) {
    // A sentence broken by a stray blank line (scraped text): open end, lower-case restart.
    return !/[.!?…:;"”’»)]$/.test(as) && /^\p{Ll}/u.test(bs) && !isMediaLine(as);
  }
  // Hard-wrapped: only blank lines separate paragraphs.
  if (hardWrapped) return true;
  if (/[.!?…]["”’»)]?$/.test(as)) return false;
  // A lower-case start, or a line left open by a comma, dash or hyphen, carries the sentence on.
  if (/^[\p{Ll}]/u.test(bs) || /^[,;:)\]–—-]/.test(bs)) return true;
  return /[,;–—-]$/.test(as) || OPEN_END.test(as);
}

/**
 * A hard-wrapped text (e-mail style) has blank lines between paragraphs and most lines close to
 * one width; its line breaks are not paragraph breaks.
 */
function looksHardWrapped(text: string, lines: Line[]): boolean {
  if (lines.length < 6 || !lines.some((l) => l.afterBlank)) return false;
  let near = 0;
  let max = 0;
  for (const l of lines) max = Math.max(max, l.end - l.start);
  if (max > 100) return false;
  for (const l of lines) if (l.end - l.start >= max - 20) near++;
  // Lines not ending a sentence while followed by a non-blank line: the mark of wrapping.
  let open = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    if (!lines[k + 1].afterBlank && !/[.!?…]["”’»)]?$/.test(text.slice(lines[k].start, lines[k].end))) open++;
  }
  return near * 2 >= lines.length && open * 3 >= lines.length;
}
