/**
 * Tokenisation in the style of the Universal Dependencies English Web Treebank, which the tagger
 * and parser are trained on: punctuation split off, clitics split (`do n't`, `Carney 's`),
 * abbreviations keep their period (`U.S.`, `Mr.`), numbers keep decimals and thousands (`4.3`,
 * `1,200`), a currency symbol is its own token (`$ 2`), URLs and e-mail addresses and hyphenated
 * words (`post-war`) are one token, except where a hyphen joins a name (`Turkey - EU`,
 * `Kyiv - based`), so the name can be a mention of its own.
 *
 * One sticky regex walks the text; tokens go into flat number arrays (no object per token) that
 * the segment stage and `tokenize()` turn into whatever they need.
 */
import { FINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';

export const enum Kind {
  Word = 0,
  Number = 1,
  Punct = 2,
  Url = 3,
  /** An abbreviation after which a sentence never ends (`Mr.`, `No.`). */
  Title = 4,
  /** An abbreviation or initial that may end a sentence (`U.S.`, `Inc.`, `J.`). */
  Abbrev = 5,
  Symbol = 6,
}

/** Flat token storage: parallel arrays of cleaned start, end and kind. */
export class TokenBuffer {
  starts: number[] = [];
  ends: number[] = [];
  kinds: number[] = [];
  get length(): number {
    return this.starts.length;
  }
  push(s: number, e: number, k: Kind): void {
    this.starts.push(s);
    this.ends.push(e);
    this.kinds.push(k);
  }
  clear(): void {
    this.starts.length = 0;
    this.ends.length = 0;
    this.kinds.length = 0;
  }
}

const G_SPACE = 1;
const G_URL = 2;
const G_EMAIL = 3;
const G_ACRONYM = 4;
const G_DOLLAR = 5;
const G_NUMBER = 6;
const G_WORD = 7;
const G_RUN = 8;

const TOKEN_RE = new RegExp(
  [
    '(\\s+)',
    '((?:https?|ftp)://[^\\s<>"]+|www\\.[^\\s<>"]+\\.[^\\s<>"]+)',
    // The local part is bounded (64 characters, as RFC 5321): unbounded, a long run of letters and
    // dots without an `@` would be rescanned at every token, quadratic on hostile input.
    '((?:[\\p{L}\\p{N}_%+-]|\\.(?=[\\p{L}\\p{N}_%+-])){1,64}@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)',
    '((?:\\p{L}\\.){2,}(?![\\p{L}\\p{N}]))',
    '((?:US|CA?|AU?|NZ|HK|S)\\$)',
    "(\\d{1,3}(?:['\u2019]\\d{3})+(?!\\d)|\\d+(?:[.,:/]\\d+)*)",
    `((?<![\\p{L}\\p{N}])[#@]\\p{L}[\\p{L}\\p{N}_]*|[\\p{L}\\p{M}\\p{N}]+(?:(?:[-_'\u2019&]|\\.(?=[\\p{Ll}\\p{N}]))[\\p{L}\\p{M}\\p{N}]+)*)`,
    '(\\.{2,}|-{2,}|={2,}|\\*{2,}|_{2,}|~{2,}|#{2,}|[!?]{2,}|<<|>>)',
    '([\\s\\S])',
  ].join('|'),
  'uy',
);

/** Prefixes EWT keeps attached even when it splits hyphenated words (`pro-Beijing`, `re-elected`). */
const HYPHEN_PREFIXES = new Set([
  'pro', 'anti', 're', 'co', 'non', 'pan', 'pre', 'ex', 'e', 'mid', 'multi', 'semi', 'sub', 'inter', 'counter',
  'de', 'un', 'bi', 'tri', 'neo', 'vice', 'mini', 'micro', 'ultra', 'x', 'mega', 'quasi', 'pseudo', 'intra',
]);

const UPPER_RE = /\p{Lu}/u;

/**
 * Push a word split at its hyphens, keeping common prefixes attached (`pro-Kremlin`). With
 * `all`, every other hyphen splits (current EWT); without, only hyphens next to a capitalised
 * piece do, so names stay tokens of their own (`Turkey - EU`, `Kyiv - based`) while ordinary
 * compounds stay whole (`post-war`).
 */
function pushHyphenated(out: TokenBuffer, text: string, s: number, e: number, word: string, all: boolean): void {
  let pieceStart = 0;
  let prev = 0;
  for (let h = word.indexOf('-'); h >= 0; h = word.indexOf('-', h + 1)) {
    const left = word.slice(prev, h);
    prev = h + 1;
    if (HYPHEN_PREFIXES.has(left.toLowerCase())) continue;
    if (!all && !UPPER_RE.test(left[0] ?? '') && !UPPER_RE.test(word[h + 1] ?? '')) continue;
    pushWord(out, text, s + pieceStart, s + h, text.slice(s + pieceStart, s + h));
    out.push(s + h, s + h + 1, Kind.Punct);
    pieceStart = h + 1;
  }
  pushWord(out, text, s + pieceStart, e, pieceStart ? text.slice(s + pieceStart, e) : word);
}

/** A hyphenated word with a capitalised piece (`Turkey-EU`, `Kyiv-based`, `F-16`). */
const NAME_IN_COMPOUND_RE = /(?:^|-)\p{Lu}/u;

export interface ScanOptions {
  /** Split hyphenated words into word, `-`, word as current UD EWT does (default false: one token). */
  splitHyphens?: boolean;
}

const A_SPACE = 1;
const A_LETTER = 2;
const A_PUNCT = 3;
/** ASCII classes for the fast path (0: take the regex). */
const ASCII = (() => {
  const a = new Uint8Array(128);
  for (const ch of ' \t\n\r\f\v') a[ch.charCodeAt(0)] = A_SPACE;
  for (let c = 65; c <= 90; c++) a[c] = a[c + 32] = A_LETTER;
  for (const ch of ',;:()[]{}"') a[ch.charCodeAt(0)] = A_PUNCT;
  return a;
})();
/** Characters after which a run of ASCII letters is certainly a whole word (no `:` for `https:`). */
const WORD_END = (() => {
  const a = new Uint8Array(128);
  for (const ch of ' \t\n\r\f\v,;()[]{}"!?') a[ch.charCodeAt(0)] = 1;
  return a;
})();

/** Letters after a number that are a unit or multiplier of their own (`5bn` -> `5` `bn`). */
const UNITS = new Set([
  'bn', 'm', 'mn', 'k', 'tn', 'trn', 'km', 'kg', 'kms', 'mph', 'kph', 'cm', 'mm', 'ml', 'mw', 'gw', 'kw', 'kwh',
  'ft', 'lb', 'lbs', 'oz', 'pc', 'am', 'pm', 'bln', 'mln', 'million', 'billion', 'trillion', 'per',
]);
const LETTERS_RE = /\p{L}+/uy;
const MULTIPLIERS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'bn', 'mln', 'bln', 'm', 'k']);

/** `$2-billion` (Canadian style): the amount and its multiplier stay separate tokens. */
function unitAfterHyphen(text: string, hyphen: number): boolean {
  LETTERS_RE.lastIndex = hyphen + 1;
  const m = LETTERS_RE.exec(text);
  if (!m || !MULTIPLIERS.has(m[0].toLowerCase())) return false;
  const after = text.charCodeAt(hyphen + 1 + m[0].length);
  return after !== 45; // `2-million-strong` stays one compound
}
const NUM_TAIL_RE = /[\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{M}\p{N}]+)*/uy;
const NUM_TAIL_NO_HYPHEN_RE = /[\p{L}\p{M}\p{N}]*/uy;
const CLITICS = new Set(["'s", "'re", "'ll", "'ve", "'m", "'d", '\u2019s', '\u2019re', '\u2019ll', '\u2019ve', '\u2019m', '\u2019d']);
const CLITIC_RE = /(?:s|re|ll|ve|m|d|S|RE|LL|VE|M|D)(?![\p{L}\p{N}])/uy;
/** Words EWT splits without an apostrophe. */
const FUSED: ReadonlyMap<string, number> = new Map([
  ['cannot', 3], ['gonna', 3], ['wanna', 3], ['gotta', 3],
]);

function isApos(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Trailing characters that end a URL's sentence rather than the URL. */
function trimUrlEnd(text: string, s: number, e: number): number {
  let opens = 0;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 40) opens++;
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    // . , ; : ! ? ' " and a ) that closes nothing inside the URL
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 34 || c === 0x2019 || c === 0x201d) e--;
    else if (c === 41 && opens === 0) e--;
    else break;
  }
  return e;
}

/** Push a word, split into its clitics. */
function pushWord(out: TokenBuffer, text: string, s: number, e: number, word: string): void {
  const n = word.length;
  if (n >= 3) {
    const a = Math.max(word.lastIndexOf("'"), word.lastIndexOf('\u2019'));
    if (a > 0) {
      const tail = word.slice(a).toLowerCase();
      if (CLITICS.has(tail)) {
        out.push(s, s + a, Kind.Word);
        out.push(s + a, e, Kind.Word);
        return;
      }
      if (a === n - 2 && (word[n - 1] === 't' || word[n - 1] === 'T') && (word[a - 1] === 'n' || word[a - 1] === 'N') && a > 1) {
        out.push(s, s + a - 1, Kind.Word);
        out.push(s + a - 1, e, Kind.Word);
        return;
      }
    } else if (n <= 6) {
      const cut = FUSED.get(word.toLowerCase());
      if (cut !== undefined) {
        out.push(s, s + cut, Kind.Word);
        out.push(s + cut, e, Kind.Word);
        return;
      }
    }
  }
  out.push(s, e, Kind.Word);
}

/** True when a digit follows position i after optional spaces (for `No. 5`). */
function digitFollows(text: string, i: number): boolean {
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Tokenise text[from, to) into `out` (cleaned offsets). The same walk serves the segment stage
 * and plain strings.
 */
export function scan(text: string, from: number, to: number, out: TokenBuffer, opts: ScanOptions = {}): void {
  const re = TOKEN_RE;
  const tail = opts.splitHyphens ? NUM_TAIL_NO_HYPHEN_RE : NUM_TAIL_RE;
  let i = from;
  const view = to < text.length ? text.slice(0, to) : text;
  while (i < to) {
    // Fast path for the bulk of news text: whitespace, plain ASCII words ending at a space or a
    // simple punctuation mark, and single brackets, commas and quotes. Anything else (periods,
    // apostrophes, hyphens, digits, non-ASCII) goes through the full regex below.
    const c = view.charCodeAt(i);
    if (c < 128) {
      const kind = ASCII[c];
      if (kind === A_SPACE) {
        i++;
        continue;
      }
      if (kind === A_LETTER) {
        let j = i + 1;
        while (j < to && ASCII[view.charCodeAt(j)] === A_LETTER) j++;
        if (j >= to || WORD_END[view.charCodeAt(j)] === 1) {
          if (j - i === 5 || j - i === 6) pushWord(out, view, i, j, view.slice(i, j));
          else out.push(i, j, Kind.Word);
          i = j;
          continue;
        }
      } else if (kind === A_PUNCT) {
        out.push(i, i + 1, Kind.Punct);
        i++;
        continue;
      }
    }
    // A clitic glued to a token the word rule did not take whole (`U.S.'s`, `1990's`, `G7's`).
    if (isApos(view.charCodeAt(i)) && out.length && out.ends[out.length - 1] === i) {
      CLITIC_RE.lastIndex = i + 1;
      const cm = CLITIC_RE.exec(view);
      if (cm) {
        out.push(i, i + 1 + cm[0].length, Kind.Word);
        i += 1 + cm[0].length;
        continue;
      }
    }
    re.lastIndex = i;
    const m = re.exec(view);
    if (!m) break;
    const s = i;
    let e = s + m[0].length;
    if (m[G_SPACE] !== undefined) {
      // whitespace: nothing to emit
    } else if (m[G_URL] !== undefined) {
      const ue = trimUrlEnd(view, s, e);
      out.push(s, ue, Kind.Url);
      e = ue;
    } else if (m[G_EMAIL] !== undefined) {
      out.push(s, e, Kind.Url);
    } else if (m[G_ACRONYM] !== undefined) {
      out.push(s, e, Kind.Abbrev);
    } else if (m[G_DOLLAR] !== undefined) {
      out.push(s, e, Kind.Symbol);
    } else if (m[G_NUMBER] !== undefined) {
      // A number glued to letters: a unit stands alone (`5bn`), anything else stays (`1990s`, `4th`).
      LETTERS_RE.lastIndex = e;
      const lm = LETTERS_RE.exec(view);
      if (lm && !UNITS.has(lm[0].toLowerCase())) {
        tail.lastIndex = e;
        const tm = tail.exec(view);
        if (tm) e += tm[0].length;
        out.push(s, e, Kind.Word);
      } else if (!opts.splitHyphens && !lm && view.charCodeAt(e) === 45 && /[\p{L}\p{N}]/u.test(view[e + 1] ?? '') && !unitAfterHyphen(view, e)) {
        NUM_TAIL_RE.lastIndex = e;
        const tm = NUM_TAIL_RE.exec(view);
        if (tm) e += tm[0].length;
        out.push(s, e, Kind.Word);
      } else {
        out.push(s, e, Kind.Number);
      }
    } else if (m[G_WORD] !== undefined) {
      const w = m[G_WORD];
      if (view.charCodeAt(e) === 46 && view.charCodeAt(e + 1) !== 46) {
        const c0 = w.charCodeAt(0);
        const initial = w.length === 1 && c0 >= 65 && c0 <= 90;
        if (TITLE_ABBREVIATIONS.has(w) && ((w !== 'No' && w !== 'no' && w !== 'Nos' && w !== 'nos') || digitFollows(view, e + 1))) {
          out.push(s, e + 1, Kind.Title);
          i = e + 1;
          continue;
        }
        if (initial || FINAL_ABBREVIATIONS.has(w)) {
          out.push(s, e + 1, Kind.Abbrev);
          i = e + 1;
          continue;
        }
      }
      if (w.includes('-') && (opts.splitHyphens || NAME_IN_COMPOUND_RE.test(w))) pushHyphenated(out, view, s, e, w, opts.splitHyphens === true);
      else pushWord(out, view, s, e, w);
    } else if (m[G_RUN] !== undefined) {
      out.push(s, e, Kind.Punct);
    } else {
      const c = m[0].codePointAt(0)!;
      out.push(s, e, isSymbol(c) ? Kind.Symbol : Kind.Punct);
    }
    i = e;
  }
}

/** Currency and other symbols (tagged SYM rather than PUNCT downstream). */
function isSymbol(c: number): boolean {
  return c === 36 || c === 37 || c === 38 || c === 43 || c === 60 || c === 61 || c === 62 || c === 64 || c === 35 ||
    c === 0xa3 || c === 0xa5 || c === 0x20ac || c === 0x20b9 || c === 0x20b4 || c === 0x20bd || c === 0xb0;
}

export interface PlainToken {
  start: number;
  end: number;
  form: string;
}

/** Tokenise a plain string (benchmarks, tests, callers without a Document). */
export function tokenize(text: string, opts: ScanOptions = {}): PlainToken[] {
  const buf = new TokenBuffer();
  scan(text, 0, text.length, buf, opts);
  const out: PlainToken[] = new Array(buf.length);
  for (let k = 0; k < buf.length; k++) {
    const s = buf.starts[k];
    const e = buf.ends[k];
    out[k] = { start: s, end: e, form: text.slice(s, e) };
  }
  return out;
}

