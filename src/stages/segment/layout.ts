/**
 * Layout of a plain text when the reader gave none: the first line is the headline, short lines
 * without closing punctuation are headings, a line that is only a URL is media, every other line
 * (or run of hard-wrapped lines) is a paragraph. List items are paragraphs of their own.
 */
import type { Block, BlockKind } from '../../model/types.js';

const URL_ONLY_RE = /^(?:(?:https?|ftp):\/\/|www\.)\S+$/i;
const MEDIA_FILE_RE = /^\S+\.(?:jpe?g|png|gif|webp|svg|mp4|mp3|mov|avi|webm)(?:[?#]\S*)?$/i;
const LIST_ITEM_RE = /^(?:[-*\u2022\u2013\u2014]\s|\d{1,3}[.)]\s|\(?[a-z][).]\s)/;
const CLOSING_RE = /[.!?:;,"'\u2019\u201d)\]\u2026]$/;
const TERMINAL_RE = /[.!?"'\u2019\u201d)\]\u2026:]$/;

interface Line {
  start: number;
  end: number;
  blankBefore: boolean;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let blank = true;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      out.push({ start: s, end: e, blankBefore: blank });
      blank = false;
    } else blank = true;
    pos = nl + 1;
  }
  return out;
}

function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\S+/g)) n++;
  return n;
}

export function isHeading(line: string): boolean {
  if (line.length > 100 || wordCount(line) > 14) return false;
  if (CLOSING_RE.test(line) || LIST_ITEM_RE.test(line)) return false;
  return /^[\p{Lu}\p{N}"'\u201c\u2018]/u.test(line);
}

export function inferBlocks(text: string): Block[] {
  const ls = lines(text);
  const blocks: Block[] = [];
  const push = (kind: BlockKind, l: Line): void => {
    blocks.push({ kind, start: l.start, end: l.end });
  };
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    const s = text.slice(l.start, l.end);
    const next = i + 1 < ls.length ? text.slice(ls[i + 1].start, ls[i + 1].end) : '';
    if (URL_ONLY_RE.test(s) || MEDIA_FILE_RE.test(s)) push('media', l);
    else if (i === 0 && ls.length > 1 && (s.length <= 200 || !/[.!?]$/.test(s))) push('headline', l);
    else if (LIST_ITEM_RE.test(s)) push('paragraph', l);
    else if (isHeading(s) && !(next && /^\p{Ll}/u.test(next) && !ls[i + 1].blankBefore)) push('heading', l);
    else {
      const prev = blocks[blocks.length - 1];
      // A hard-wrapped paragraph: the previous line stopped mid-sentence and this one goes on in lower case.
      if (prev && prev.kind === 'paragraph' && !l.blankBefore && /^\p{Ll}/u.test(s) && !TERMINAL_RE.test(text.slice(prev.start, prev.end)) && !LIST_ITEM_RE.test(text.slice(prev.start, prev.end))) {
        prev.end = l.end;
      } else push('paragraph', l);
    }
  }
  return blocks;
}
