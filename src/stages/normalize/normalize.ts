/**
 * The cleaned copy: two passes over the text, each a list of edits applied with CleanBuilder so
 * every cleaned character knows the original range it came from.
 *
 *   pass 1 (characters): HTML tags and entities, mojibake, NFC, invisible and control
 *                        characters, unusual spaces, typographic quotes and dashes mapped
 *                        one-for-one to ASCII.
 *   pass 2 (words, on the pass-1 text): currency spacing, glued sentence ends, words glued by
 *                        stripped links, stray capitals, lower-cased place names.
 *
 * The two offset maps are composed, so the result maps straight back to the original.
 */
import { CleanBuilder, identityClean } from '../../model/offsets.js';
import type { CleanText } from '../../model/types.js';
import { CHAR_CLASS, CHAR_MAP, CP1252_C1, NAMED_ENTITIES } from './tables.js';
import { CAPITAL, LOWER, endsWithLower, scanWords, wordHash, type Words } from './wordscan.js';
import { SENTENCE_STARTERS } from '../segment/abbreviations.js';
import { GLUE_EXCLUDED, GLUE_STRONG, GLUE_WEAK, STRAY_CAPITALS, TITLE_FILLERS, multiWordPlaces, placeForms } from './words.js';

/** One repair, as reported: a stable code, original offsets, a readable message. */
export interface Repair {
  code: string;
  start: number;
  end: number;
  message: string;
}

/**
 * Diagnostic codes of the normalize stage (all severity `info`, with the original span):
 *
 *   N101  HTML entity decoded (`&amp;` -> `&`, `&#8217;` -> `'`)
 *   N102  combining sequence composed to NFC
 *   N103  invisible character removed (zero-width, soft hyphen, bidi controls, BOM)
 *   N104  control character removed, or a C1 control read as its Windows-1252 meaning
 *   N105  non-breaking or other Unicode space read as a space (line separators as `\n`)
 *   N106  typographic quote, dash or ellipsis read as ASCII (the original keeps it)
 *   N107  mojibake (UTF-8 read as Windows-1252) read as the character meant (`â€™` -> `'`)
 *   N108  HTML tag left in the text read as a space (`<br>`, `</a>`)
 *   N110  space between a currency symbol and its amount removed (`$ 2` -> `$2`)
 *   N111  words glued by a stripped link split (`Unionwhich` -> `Union which`)
 *   N112  stray capital in mid-sentence lowered (`committed An additional`)
 *   N113  lower-cased place name capitalised (`kyiv` -> `Kyiv`, `united states`)
 *   N114  space inserted after a glued sentence end (`ended.The`)
 */
export const CODES = {
  entity: 'N101',
  nfc: 'N102',
  invisible: 'N103',
  control: 'N104',
  space: 'N105',
  typographic: 'N106',
  mojibake: 'N107',
  tag: 'N108',
  currency: 'N110',
  glued: 'N111',
  capital: 'N112',
  place: 'N113',
  sentenceEnd: 'N114',
} as const;

/** An edit of a source string; start === end inserts. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface NormalizeResult {
  clean: CleanText;
  repairs: Repair[];
}

export function normalizeText(text: string): NormalizeResult {
  const p1 = characterPass(text);
  const clean1 = p1.edits.length ? applyEdits(text, p1.edits) : identityClean(text);
  const p2 = wordPass(clean1.text);
  const repairs = p1.repairs;
  if (!p2.edits.length) return { clean: clean1, repairs: repairs.sort((a, b) => a.start - b.start) };
  const clean2 = applyEdits(clean1.text, p2.edits);
  for (const r of p2.repairs) {
    // Pass-2 repairs are in pass-1 coordinates: carry them back to the original.
    const start = clean1.toOrig[r.start];
    const end = r.end > r.start ? Math.max(start, clean1.toOrigEnd[r.end - 1]) : start;
    repairs.push({ ...r, start, end });
  }
  repairs.sort((a, b) => a.start - b.start);
  return { clean: compose(clean1, clean2), repairs };
}

/** Apply edits sorted by position; an edit that overlaps an earlier one is dropped. */
function applyEdits(src: string, edits: Edit[]): CleanText {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const b = new CleanBuilder(src);
  for (const e of edits) {
    if (e.start < b.position) continue;
    if (e.start === e.end) b.insert(e.start, e.text);
    else b.replace(e.start, e.end, e.text);
  }
  return b.finish();
}

/** Compose original->c1 with c1->c2 into original->c2. */
export function compose(c1: CleanText, c2: CleanText): CleanText {
  const n = c2.text.length;
  const toOrig = new Array<number>(n + 1);
  const toOrigEnd = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const s = c2.toOrig[i];
    const e = c2.toOrigEnd[i];
    const os = c1.toOrig[s];
    toOrig[i] = os;
    toOrigEnd[i] = e > s ? Math.max(os, c1.toOrigEnd[e - 1]) : os;
  }
  toOrig[n] = c1.toOrig[c2.toOrig[n]];
  return { text: c2.text, toOrig, toOrigEnd };
}

// ---------------------------------------------------------------------------------------------
// Pass 1: characters

const ENTITY = '&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});';

/** Byte value of each character that can stand for a UTF-8 continuation byte in mojibake. */
const CONTINUATION = (() => {
  const m = new Map<number, number>();
  for (let b = 0x80; b <= 0xbf; b++) m.set(b, b); // read as Latin-1 (C1 controls included)
  for (const [b, ch] of CP1252_C1) if (b <= 0xbf) m.set(ch.codePointAt(0)!, b); // read as Windows-1252
  return m;
})();
/**
 * UTF-8 read as Windows-1252 or Latin-1 (`â€™` for ’, `Ã©` for é, `Â£` for £): a lead byte
 * character followed by continuation byte characters.
 */
const MOJIBAKE = `[\\u00C2-\\u00F4][${[...CONTINUATION.keys()].map((c) => '\\u' + c.toString(16).padStart(4, '0')).join('')}]{1,3}`;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The character a mojibake run stands for, with how many characters of the run it uses; only
 * accepted when it lands where mojibake lands (Latin letters, punctuation, currency), so
 * `Fuß«` stays German.
 */
function demojibake(run: string): { out: string; used: number } | undefined {
  const lead = run.charCodeAt(0);
  const used = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (run.length < used) return undefined;
  const bytes = new Uint8Array(used);
  bytes[0] = lead;
  for (let i = 1; i < used; i++) bytes[i] = CONTINUATION.get(run.charCodeAt(i))!;
  let out: string;
  try {
    out = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  const cp = out.codePointAt(0)!;
  const plausible = (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x2000 && cp <= 0x20cf) || (cp >= 0x2100 && cp <= 0x214f);
  return plausible ? { out, used } : undefined;
}
const PASS1_RE = new RegExp(`(${MOJIBAKE})|(${ENTITY})|(${CHAR_CLASS})|([^\\p{M}\\s]\\p{M}+)`, 'gu');
/** The same without the NFC branch, which costs a try at every character: for texts without combining marks. */
const PASS1_NO_MARKS_RE = new RegExp(`(${MOJIBAKE})|(${ENTITY})|(${CHAR_CLASS})`, 'gu');
const MARK_RE = /\p{M}/u;

const KIND_CODE = { typographic: CODES.typographic, space: CODES.space, invisible: CODES.invisible, control: CODES.control };

function show(s: string): string {
  return JSON.stringify(s);
}

function hex(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

function decodeEntity(ent: string): string | undefined {
  let cp: number | undefined;
  if (ent[1] === '#') {
    cp = ent[2] === 'x' || ent[2] === 'X' ? parseInt(ent.slice(3, -1), 16) : parseInt(ent.slice(2, -1), 10);
    if (cp >= 0x80 && cp <= 0x9f) return CP1252_C1.get(cp) ?? '';
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  } else {
    cp = NAMED_ENTITIES.get(ent.slice(1, -1));
    if (cp === undefined) return undefined;
  }
  return String.fromCodePoint(cp);
}

/**
 * HTML tags a scraper left in the text (`<br>`, `</a>`, `<p class="x">`): known names only, and
 * a tag with more inside must have an attribute (`=`), so `a <b then x > y` and `<name@mail>` stay.
 */
const TAG_RE = new RegExp(
  `</?(?:${'a|abbr|article|aside|audio|b|blockquote|br|caption|center|cite|code|dd|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|header|hr|i|iframe|img|li|link|meta|nav|noscript|ol|p|picture|q|s|section|small|source|span|strong|sub|sup|table|tbody|td|th|thead|time|tr|u|ul|video'
    .split('|').map((n) => n.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`)).join('|')})(?:\\s*/?>|\\s[^<>=]{0,200}=[^<>]{0,1000}>)`,
  'g',
);
const TAG_START_RE = /<[/a-zA-Z]/;

function characterPass(text: string): { edits: Edit[]; repairs: Repair[] } {
  const edits: Edit[] = [];
  const repairs: Repair[] = [];
  // Tags first: each becomes one space so the words on either side stay apart; nothing inside
  // a tag is repaired on its own.
  const tags: number[] = [];
  if (TAG_START_RE.test(text)) {
    TAG_RE.lastIndex = 0;
    for (let m = TAG_RE.exec(text); m; m = TAG_RE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      tags.push(start, end);
      edits.push({ start, end, text: ' ' });
      repairs.push({ code: CODES.tag, start, end, message: `HTML tag ${show(m[0].length > 40 ? m[0].slice(0, 40) + '...' : m[0])} read as a space` });
    }
  }
  let tag = 0;
  const re = MARK_RE.test(text) ? PASS1_RE : PASS1_NO_MARKS_RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    while (tag < tags.length && tags[tag + 1] <= start) tag += 2;
    if (tag < tags.length && tags[tag] < start + m[0].length) {
      // Inside (or overlapping) a tag already replaced as a whole.
      re.lastIndex = Math.max(re.lastIndex, start + 1);
      continue;
    }
    if (m[1] !== undefined) {
      const d = demojibake(m[1]);
      // Not mojibake after all: look again from the next character (it may be a curly quote).
      re.lastIndex = start + (d ? d.used : 1);
      if (!d) continue;
      end = start + d.used;
      const mapped = CHAR_MAP.get(d.out.codePointAt(0)!);
      const out = mapped ? mapped.to : d.out;
      edits.push({ start, end, text: out });
      repairs.push({ code: CODES.mojibake, start, end, message: `mojibake ${show(text.slice(start, end))} read as ${show(out)}` });
    } else if (m[2] !== undefined) {
      let out = decodeEntity(m[2]);
      if (out === undefined) continue;
      // The decoded character is understood like a literal one (&rsquo; -> ’ -> ').
      const mapped = CHAR_MAP.get(out.codePointAt(0) ?? -1);
      if (mapped && out.length <= 2) out = mapped.to;
      edits.push({ start, end, text: out });
      repairs.push({ code: CODES.entity, start, end, message: `HTML entity ${m[2]} decoded as ${show(out)}` });
    } else if (m[3] !== undefined) {
      const cp = m[3].codePointAt(0)!;
      const r = CHAR_MAP.get(cp)!;
      edits.push({ start, end, text: r.to });
      const what = r.kind === 'typographic' ? `typographic ${show(m[3])} read as ${show(r.to)} (original kept)` : `${r.kind} character ${hex(cp)} ${r.to ? 'read as ' + show(r.to) : 'removed'}`;
      repairs.push({ code: KIND_CODE[r.kind], start, end, message: what });
    } else if (m[4] !== undefined) {
      const nfc = m[4].normalize('NFC');
      if (nfc === m[4]) continue;
      edits.push({ start, end, text: nfc });
      repairs.push({ code: CODES.nfc, start, end, message: `composed ${show(m[4])} to NFC ${show(nfc)}` });
    }
  }
  return { edits, repairs };
}

// ---------------------------------------------------------------------------------------------
// Pass 2: words

const CURRENCY_SPACE_RE = /((?:US|CA?|AU?|NZ|HK|S)?\$|[€£¥₹₴₽])([ \t]+)(?=\d)/g;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const GLUED_END_RE = /\p{Ll}{2}([.!?])(?=\p{Lu}\p{Ll})/gu;
const NEXT_WORD_RE = /[ \t]+([\p{L}\p{N}]+)/uy;

/**
 * `for Not the End of the World`, `hit Through the Fire`: after lower-case function words the
 * first content word is capitalised, so the capital belongs to a title.
 */
function looksLikeTitle(t: string, from: number): boolean {
  let pos = from;
  for (let n = 0; n < 4; n++) {
    NEXT_WORD_RE.lastIndex = pos;
    const m = NEXT_WORD_RE.exec(t);
    if (!m) return false;
    const w = m[1];
    if (!TITLE_FILLERS.has(w)) return /^\p{Lu}/u.test(w);
    pos = NEXT_WORD_RE.lastIndex;
  }
  return false;
}

const NOT_AFTER_FUNCTION_WORD = new Set([
  'is', 'was', 'are', 'were', 'and', 'or', 'has', 'had', 'have', 'in', 'of', 'to', 'for', 'on', 'at', 'by', 'with',
  'as', 'but', 'nor', 'than', 'be', 'been', 'through', 'will', 'would', 'said', 'says', 'can', 'could', 'may',
]);
const STRONG = new Set(GLUE_STRONG);
/** Suffixes longest first, so `whose` wins over `who`. */
const GLUE_ALL = [...GLUE_STRONG, ...GLUE_WEAK].sort((a, b) => b.length - a.length);
const GLUE_STRONG_SORTED = [...GLUE_STRONG].sort((a, b) => b.length - a.length);

/** Suffix lists by their last letter, so most words are ruled out by one look-up. */
function byLastLetter(list: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const suf of list) {
    const k = suf.charCodeAt(suf.length - 1);
    m.set(k, [...(m.get(k) ?? []), suf]);
  }
  return m;
}
const GLUE_ALL_BY_LAST = byLastLetter(GLUE_ALL);
const GLUE_STRONG_BY_LAST = byLastLetter(GLUE_STRONG_SORTED);

function glueSuffix(t: string, s: number, e: number, strongOnly: boolean): string | undefined {
  const list = (strongOnly ? GLUE_STRONG_BY_LAST : GLUE_ALL_BY_LAST).get(t.charCodeAt(e - 1) | 32);
  if (list === undefined) return undefined;
  for (const suf of list) if (endsWithLower(t, s, e, suf)) return suf;
  return undefined;
}

function isAnyOf(c: number, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === c) return true;
  return false;
}

const NUMBER_RE = /\p{N}/u;

function isNumberAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  if (c !== c) return false;
  if (c < 128) return c >= 48 && c <= 57;
  return NUMBER_RE.test(t[i]);
}

/** The character before s is neither a digit nor one of `chars` (a word that is part of no code or address). */
function notBefore(t: string, s: number, chars: string): boolean {
  return s === 0 || (!isNumberAt(t, s - 1) && !isAnyOf(t.charCodeAt(s - 1), chars));
}

/** A place name ends here, not an address or a file name (`kyiv.ua`, `kyiv_2`). */
function placeEndOk(t: string, e: number): boolean {
  if (e >= t.length) return true;
  const c = t.charCodeAt(e);
  if (isNumberAt(t, e) || isAnyOf(c, "@/_'-")) return false;
  return !(c === 46 && e + 1 < t.length && /\p{L}/u.test(t[e + 1]));
}

/** The gap [a, b) is spaces or tabs, optionally after one comma. */
function gapIs(t: string, a: number, b: number, commaOk: boolean): boolean {
  if (commaOk && t.charCodeAt(a) === 44) a++;
  if (a >= b) return false;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The longest several-word place name that starts at word i; returns its last word and key. */
function matchMulti(t: string, w: Words, i: number, cands: readonly MultiCandidate[]): [number, string] | undefined {
  for (const c of cands) {
    const last = i + c.hashes.length - 1;
    if (last >= w.count) continue;
    let ok = true;
    for (let j = 1; j < c.hashes.length && ok; j++) {
      ok = w.hashes[i + j] === c.hashes[j] && w.shapes[i + j] === LOWER && gapIs(t, w.ends[i + j - 1], w.starts[i + j], false);
    }
    if (!ok || !placeEndOk(t, w.ends[last])) continue;
    if (t.slice(w.starts[i], w.ends[last]).replace(/[ \t]+/g, ' ') === c.key) return [last, c.key];
  }
  return undefined;
}

interface MultiCandidate {
  key: string;
  hashes: number[];
}

interface Lexicon {
  place: Set<number>;
  stray: Set<number>;
  multiFirst: Map<number, MultiCandidate[]>;
  multiForms: Map<string, string>;
}

let lexCache: Lexicon | undefined;

/** Hashes of the words the repairs look for, built once. */
function lexicon(): Lexicon {
  if (lexCache) return lexCache;
  const place = new Set<number>();
  for (const k of placeForms().keys()) place.add(wordHash(k));
  const stray = new Set<number>();
  for (const k of STRAY_CAPITALS) stray.add(wordHash(k.toLowerCase()));
  const multiFirst = new Map<number, MultiCandidate[]>();
  const { forms } = multiWordPlaces();
  for (const key of forms.keys()) {
    const hashes = key.split(' ').map(wordHash);
    const list = multiFirst.get(hashes[0]) ?? [];
    list.push({ key, hashes });
    list.sort((a, b) => b.hashes.length - a.hashes.length);
    multiFirst.set(hashes[0], list);
  }
  lexCache = { place, stray, multiFirst, multiForms: forms };
  return lexCache;
}

/** Periods inside a chunk, not counting the punctuation that ends it. */
function innerDots(chunk: string): number {
  let e = chunk.length;
  while (e > 0 && '.!?,;:"\')]'.includes(chunk[e - 1])) e--;
  let n = 0;
  for (let i = 0; i < e; i++) if (chunk.charCodeAt(i) === 46) n++;
  return n;
}

/** The whitespace-delimited chunk around position i, at most 200 characters each way (hostile input may have no spaces). */
function chunkAt(t: string, i: number): string {
  let s = i;
  const sMin = Math.max(0, i - 200);
  while (s > sMin && !isSpace(t.charCodeAt(s - 1))) s--;
  let e = i;
  const eMax = Math.min(t.length, i + 200);
  while (e < eMax && !isSpace(t.charCodeAt(e))) e++;
  return t.slice(s, e);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** True when the word at i follows another word on the same line, not a sentence end. */
function midSentence(t: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j--;
  if (j < 0 || j === i - 1) return false;
  const c = t[j];
  return !(c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?' || c === ':' || c === '"' || c === "'" || c === '(' || c === '[');
}

/** How often each word occurs (by lower-case hash), from the word scan. */
function wordCounts(w: Words): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < w.count; i++) m.set(w.hashes[i], (m.get(w.hashes[i]) ?? 0) + 1);
  return m;
}

/**
 * Hashes of capitalised words that occur in mid-sentence (after a word, digit, comma or
 * semicolon and a space): the text's names, not a sentence-initial `Just`.
 */
function midSentenceCapitals(t: string, w: Words): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < w.count; i++) {
    if (w.shapes[i] !== CAPITAL) continue;
    let j = w.starts[i] - 1;
    if (j < 0 || (t.charCodeAt(j) !== 32 && t.charCodeAt(j) !== 9)) continue;
    while (j > 0 && (t.charCodeAt(j) === 32 || t.charCodeAt(j) === 9)) j--;
    const c = t.charCodeAt(j);
    if (j === w.ends[i - 1] - 1 || c === 44 || c === 59 || isNumberAt(t, j)) out.add(w.hashes[i]);
  }
  return out;
}

function wordPass(t: string): { edits: Edit[]; repairs: Repair[] } {
  const edits: Edit[] = [];
  const repairs: Repair[] = [];

  CURRENCY_SPACE_RE.lastIndex = 0;
  for (let m = CURRENCY_SPACE_RE.exec(t); m; m = CURRENCY_SPACE_RE.exec(t)) {
    // The symbol starts a token (`$ 2`, not `A$ 2` inside `ABC$ 2`); checked here, not in a lookbehind, for speed.
    if (m.index > 0 && LETTER_OR_DIGIT_RE.test(t[m.index - 1])) continue;
    const s = m.index + m[1].length;
    const e = s + m[2].length;
    edits.push({ start: s, end: e, text: '' });
    repairs.push({ code: CODES.currency, start: m.index, end: e + 1, message: `space after currency symbol ${show(m[1])} removed` });
  }

  GLUED_END_RE.lastIndex = 0;
  for (let m = GLUED_END_RE.exec(t); m; m = GLUED_END_RE.exec(t)) {
    const at = m.index + m[0].length;
    const chunk = chunkAt(t, at);
    if (chunk.includes('/') || chunk.includes('@') || chunk.includes('www.')) continue;
    // `Halo.Bungie.Org`, `One.Tel`: names and domains. Split when the left word is lower case and
    // the dot is the chunk's only inner one, or when the right word is a typical sentence opener.
    const right = /^\p{L}+/u.exec(t.slice(at, at + 20))![0];
    const dots = innerDots(chunk);
    const leftLower = /(?:^|[^\p{L}])\p{Ll}+$/u.test(t.slice(Math.max(0, at - 30), at - 1));
    if (!SENTENCE_STARTERS.has(right) && !(leftLower && dots <= 1)) continue;
    edits.push({ start: at, end: at, text: ' ' });
    repairs.push({ code: CODES.sentenceEnd, start: at - 1, end: at + 1, message: `space inserted after glued sentence end ${show(m[1])}` });
  }

  const places = placeForms();
  const lex = lexicon();
  const w = scanWords(t);
  let counts: Map<number, number> | undefined;
  let capitals: Set<number> | undefined;
  const covered = new Uint8Array(w.count);

  for (let i = 0; i < w.count; i++) {
    const s = w.starts[i];
    const e = w.ends[i];
    const shape = w.shapes[i];
    const h = w.hashes[i];

    if (shape === CAPITAL) {
      // Stray capital: `committed An additional` (lower-case word, optional comma, this, lower-case word).
      if (lex.stray.has(h) && i > 0 && i + 1 < w.count && w.shapes[i - 1] === LOWER && w.shapes[i + 1] === LOWER &&
          notBefore(t, w.starts[i - 1], "'-") && gapIs(t, w.ends[i - 1], s, true) && gapIs(t, e, w.starts[i + 1], false)) {
        const word = t.slice(s, e);
        const next = t.slice(w.starts[i + 1], w.ends[i + 1]);
        // `letters A through I`, `Brown and From were`: a verb or preposition next means the capital
        // word is a name or a letter, not a determiner or preposition that lost its case.
        if (STRAY_CAPITALS.has(word) && !NOT_AFTER_FUNCTION_WORD.has(next) && !looksLikeTitle(t, e)) {
          edits.push({ start: s, end: s + 1, text: word[0].toLowerCase() });
          repairs.push({ code: CODES.capital, start: s, end: e, message: `stray capital in mid-sentence ${show(word)} read as ${show(word.toLowerCase())}` });
          continue;
        }
      }
      // Glued words: `European Unionwhich`.
      if (e - s >= 5 && notBefore(t, s, "'-") && !isNumberAt(t, e)) {
        const suf = glueSuffix(t, s, e, false);
        if (suf === undefined) continue;
        const word = t.slice(s, e);
        const lower = word.toLowerCase();
        if (GLUE_EXCLUDED.has(lower) || places.has(lower)) continue;
        const stem = word.slice(0, word.length - suf.length);
        if (stem.length < 3 || !/[aeiouy]/i.test(stem) || !midSentence(t, s)) continue;
        counts ??= wordCounts(w);
        if ((counts.get(h) ?? 0) > 1) continue;
        if (!STRONG.has(suf)) {
          // The stem must be a name the text uses on its own (`the Union` elsewhere) or a known place.
          capitals ??= midSentenceCapitals(t, w);
          const evidence = capitals.has(wordHash(stem.toLowerCase())) || places.get(stem.toLowerCase()) === stem;
          if (stem.length < 4 || !evidence) continue;
        }
        const at = s + stem.length;
        edits.push({ start: at, end: at, text: ' ' });
        repairs.push({ code: CODES.glued, start: s, end: e, message: `glued words ${show(word)} split as ${show(stem + ' ' + suf)}` });
      }
      continue;
    }

    if (shape !== LOWER) continue;

    // Lower-cased place names, several words first (`united states`), then single ones (`kyiv`).
    if (!covered[i]) {
      const multi = lex.multiFirst.get(h);
      if (multi !== undefined && notBefore(t, s, "@/.#_'-")) {
        const hit = matchMulti(t, w, i, multi);
        if (hit) {
          const [last, key] = hit;
          const form = lex.multiForms.get(key)!;
          const ms = s;
          const me = w.ends[last];
          let k = 0;
          for (let j = ms; j < me; j++) {
            const ch = t[j];
            if (ch === ' ' || ch === '\t') {
              if (form[k] === ' ') k++;
              continue;
            }
            if (form[k] !== ch) edits.push({ start: j, end: j + 1, text: form[k] });
            k++;
          }
          for (let j = i; j <= last; j++) covered[j] = 1;
          repairs.push({ code: CODES.place, start: ms, end: me, message: `lower-cased place name ${show(t.slice(ms, me))} read as ${show(form)}` });
          continue;
        }
      }
      if (e - s >= 4 && lex.place.has(h) && notBefore(t, s, "@/.#_'-") && placeEndOk(t, e)) {
        const word = t.slice(s, e);
        const form = places.get(word);
        if (form !== undefined && form.length === word.length) {
          for (let k = 0; k < form.length; k++) if (form[k] !== word[k]) edits.push({ start: s + k, end: s + k + 1, text: form[k] });
          repairs.push({ code: CODES.place, start: s, end: e, message: `lower-cased place name ${show(word)} read as ${show(form)}` });
          continue;
        }
      }
    }

    // Lower-case glue (`the agreementwhich`): only strong suffixes, and only when the stem is a word
    // the text uses on its own elsewhere.
    if (e - s >= 7 && notBefore(t, s, "'-") && !isNumberAt(t, e) && !isAnyOf(t.charCodeAt(e), "'-")) {
      const suf = glueSuffix(t, s, e, true);
      if (suf === undefined) continue;
      const word = t.slice(s, e);
      if (GLUE_EXCLUDED.has(word)) continue;
      const stem = word.slice(0, word.length - suf.length);
      if (stem.length < 4 || !/[aeiouy]/.test(stem)) continue;
      counts ??= wordCounts(w);
      if ((counts.get(h) ?? 0) > 1 || (counts.get(wordHash(stem)) ?? 0) < 1) continue;
      const at = s + stem.length;
      edits.push({ start: at, end: at, text: ' ' });
      repairs.push({ code: CODES.glued, start: s, end: e, message: `glued words ${show(word)} split as ${show(stem + ' ' + suf)}` });
    }
  }

  return { edits, repairs };
}
