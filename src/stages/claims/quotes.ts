/**
 * Quotation marks: which tokens are marks (also '' written for one), whether a mark opens or
 * closes (read from the original text), the token spans inside marks, and whether a range holds
 * a mark (which makes a content direct or mixed).
 */
import type { Document, Token } from '../../model/types.js';

export const QUOTES = new Set(['"', '“', '”', '«', '»', "''", '``']);

/** A quotation mark token, including the two apostrophes some styles write for one (''). */
export function isQuoteTok(doc: Document, k: number): boolean {
  const f = doc.tokens[k]?.form;
  if (f === undefined) return false;
  if (QUOTES.has(f)) return true;
  return f === "'" && (doc.tokens[k - 1]?.form === "'" || doc.tokens[k + 1]?.form === "'");
}

/** For each token: is it inside a quotation (per sentence, an unclosed quote runs to its end)? */
export function insideQuotes(doc: Document): boolean[] {
  const flags = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of doc.sentences) for (const [a, b] of quoteSpans(doc.tokens, s.tokenStart, s.tokenEnd, doc.text)) for (let k = a; k <= b; k++) flags[k] = true;
  return flags;
}

/**
 * Token ranges inside quotation marks within [from, to). Whether a mark opens or closes is read
 * from the original text (curly quotes say so; a straight one closes when it follows a word). A
 * closing mark with no opener closes a quote begun in an earlier sentence; an unclosed quote
 * runs to the end.
 */
export function quoteSpans(toks: Token[], from: number, to: number, text?: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let k = from; k < to; k++) {
    if (!QUOTES.has(toks[k].form)) continue;
    const closes = text !== undefined && isClosingQuote(text, toks[k].start);
    if (open < 0 && closes && out.length === 0 && k > from) {
      out.push([from, k - 1]);
      continue;
    }
    // '... of the community. " A spokesman said': a straight quote followed by a space opens
    // nothing; it closes a quotation the previous sentence began
    if (open < 0 && k === from && text !== undefined && toks[k].form === '"' && /[ \t]/.test(text[toks[k].end] ?? '')
      && /[.!?,]\s*$/.test(text.slice(Math.max(0, toks[k].start - 4), toks[k].start))) continue;
    if (open < 0) open = k;
    else {
      if (k - open > 1) out.push([open + 1, k - 1]);
      open = -1;
    }
  }
  if (open >= 0 && to - open > 2) out.push([open + 1, to - 1]);
  return out;
}

export function isClosingQuote(text: string, at: number): boolean {
  const c = text[at];
  if (c === '”' || c === '»') return true;
  if (c === '“' || c === '«') return false;
  const before = text[at - 1] ?? ' ';
  return !/\s/.test(before) && before !== '(' && before !== '[';
}

export function hasQuote(doc: Document, first: number, end: number): boolean {
  for (let k = Math.max(first, 0); k < Math.min(end + 1, doc.tokens.length); k++) if (QUOTES.has(doc.tokens[k].form)) return true;
  return false;
}
