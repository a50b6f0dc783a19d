/**
 * Sentence boundaries over a token range of one block. A boundary falls after `.`, `!`, `?`, an
 * ellipsis or a sentence-final abbreviation, with any closing quotes and brackets glued to it,
 * when the next token can start a sentence. Titles (`Mr.`, `Gen.`) never end one; other
 * abbreviations and ellipses end one only before a typical sentence opener (`U.S. The ...`),
 * so `U.S. President` stays whole.
 */
import { SENTENCE_STARTERS } from './abbreviations.js';
import { Kind, type TokenBuffer } from './tokenize.js';

function isCloser(c: number): boolean {
  // " ' ) ] } and typographic closers (the cleaned copy has ASCII ones; plain strings may not)
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x2019 || c === 0x201d || c === 0xbb;
}

function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x2018 || c === 0x201c || c === 0xab;
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase());
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when a line break separates token k from the one before it. */
function lineBreakBefore(text: string, buf: TokenBuffer, k: number): boolean {
  for (let i = buf.ends[k - 1]; i < buf.starts[k]; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** `-`, `*`, `•` or a number followed by `.` or `)`: what opens a list item. */
function isListMarker(text: string, buf: TokenBuffer, k: number, to: number): boolean {
  const s = buf.starts[k];
  const c = text.charCodeAt(s);
  if (buf.ends[k] - s === 1 && (c === 45 || c === 42 || c === 0x2022)) return true;
  if (buf.kinds[k] !== Kind.Number || k + 1 >= to || buf.ends[k] !== buf.starts[k + 1]) return false;
  const p = text.charCodeAt(buf.starts[k + 1]);
  return p === 46 || p === 41;
}

/** Verbs that attribute a quotation (`"Why?" Smith asked`). */
const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'shouted', 'wrote', 'writes', 'told', 'tells', 'replied',
  'exclaimed', 'cried', 'declared', 'insisted', 'wondered', 'demanded', 'tweeted', 'posted', 'stated', 'noted',
]);

/** One to three capitalised words and then a speech verb, from token j. */
function speakerFollows(text: string, buf: TokenBuffer, j: number, to: number): boolean {
  for (let n = 0; n < 4 && j + n < to; n++) {
    const s = buf.starts[j + n];
    const e = buf.ends[j + n];
    if (n > 0 && SPEECH_VERBS.has(text.slice(s, e))) return true;
    if (buf.kinds[j + n] !== Kind.Word && buf.kinds[j + n] !== Kind.Title || !isUpper(text.charCodeAt(s))) return false;
  }
  return false;
}

/** The kind of sentence end a token is, if any. */
const enum End {
  None,
  /** `.` `!` `?`: ends before an upper-case word, a digit or an opening quote. */
  Strong,
  /** `...`, `U.S.`, `Inc.`: ends only before a sentence opener. */
  Weak,
}

function endKind(text: string, buf: TokenBuffer, k: number): End {
  const kind = buf.kinds[k];
  if (kind === Kind.Abbrev) return End.Weak;
  if (kind !== Kind.Punct) return End.None;
  const s = buf.starts[k];
  const len = buf.ends[k] - s;
  const c = text.charCodeAt(s);
  if (len === 1) return c === 46 || c === 33 || c === 63 ? End.Strong : c === 0x2026 ? End.Weak : End.None;
  if (c === 33 || c === 63) return End.Strong;
  if (c === 46) return End.Weak;
  return End.None;
}

/**
 * Split tokens [from, to) of `buf` into sentences; returns the token index where each sentence
 * ends (exclusive), the last one being `to`.
 */
export function splitSentences(text: string, buf: TokenBuffer, from: number, to: number): number[] {
  const ends: number[] = [];
  let cur = from;
  for (let k = from; k < to; k++) {
    // A list item on its own line starts a sentence even when the line before has no end mark.
    if (k > cur && isListMarker(text, buf, k, to) && lineBreakBefore(text, buf, k)) {
      ends.push(k);
      cur = k;
    }
    const kind = endKind(text, buf, k);
    if (kind === End.None) continue;
    // `1.` opening a list item is a number and its period (EWT), not a sentence.
    if (k - 1 === cur && buf.kinds[k - 1] === Kind.Number && text.charCodeAt(buf.starts[k]) === 46) continue;
    let j = k + 1;
    // Closing quotes and brackets glued to the end mark belong to this sentence.
    while (j < to && buf.ends[j - 1] === buf.starts[j] && buf.ends[j] - buf.starts[j] === 1 && isCloser(text.charCodeAt(buf.starts[j]))) j++;
    if (j >= to) break;
    const ns = buf.starts[j];
    const c = text.charCodeAt(ns);
    let boundary = false;
    // An opening quote or bracket after a real end mark opens the next sentence; after an
    // abbreviation it usually continues this one (`Inc. ("CPS")`, `10 a.m. (CDT)`).
    if (isOpener(c) && buf.ends[j - 1] < ns) boundary = buf.kinds[k] !== Kind.Abbrev;
    else if (kind === End.Strong) {
      boundary = isUpper(c) || isDigit(c) || (c === 45 || c === 42 || c === 0x2022) && buf.ends[j - 1] < ns;
      // `"Why now?" Smith asked.`: a question or exclamation in quotes, then its speaker.
      if (boundary && j > k + 1 && text.charCodeAt(buf.starts[k]) !== 46 && speakerFollows(text, buf, j, to)) boundary = false;
    } else {
      boundary = SENTENCE_STARTERS.has(text.slice(ns, buf.ends[j]));
    }
    if (boundary) {
      ends.push(j);
      cur = j;
      k = j - 1;
    }
  }
  if (!ends.length || ends[ends.length - 1] !== to) ends.push(to);
  return ends;
}
