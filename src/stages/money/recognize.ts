/**
 * Money amounts in plain text: a currency symbol, code or name with a number and an optional
 * scale word ("$2 billion", "US$50m", "EUR 1.2 billion", "1.8 billion dollars", "two billion
 * dollars", "1,200,000 hryvnias"). A bare `$` or "dollars" takes the caller's default dollar
 * and is marked `currencyInferred`.
 */
import { CODES, CODE_ALIAS, DOLLAR_PREFIX, NAMES, NAME_QUALIFIERS, SYMBOLS, baseName } from './currencies.js';

export interface MoneyMatch {
  start: number;
  end: number;
  value: number;
  currency: string;
  currencyInferred?: boolean;
}

export interface MoneyOptions {
  /** ISO code a bare `$` or an unqualified "dollars" stands for (default USD). */
  dollar?: string;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Digits with thousands grouped by commas, spaces or apostrophes ("6’500"), or plain decimals. */
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009 ’']\d{3})+(?![\d.,])|\d+(?:\.\d+)?|\.\d+`;
const SCALE_WORD = String.raw`thousand|million|billion|trillion|mln|bln|mn|bn|tn|trn|crore|lakh`;
const SCALE_LETTER = String.raw`[mMbBkK]`;
const WORD_NUM = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|one\s+hundred|a\s+hundred|half\s+a`;

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12, crore: 1e7, lakh: 1e5,
};

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, 'one hundred': 100, 'a hundred': 100, 'half a': 0.5,
};

const prefixes = Object.keys(DOLLAR_PREFIX).sort((a, b) => b.length - a.length).map(esc).join('|');
const symbols = Object.keys(SYMBOLS).map(esc).join('|');
const codes = [...CODES].join('|');
const names = Object.keys(NAMES).sort((a, b) => b.length - a.length).join('|');
const qualifiers = [...new Set(Object.values(NAME_QUALIFIERS).flatMap((q) => Object.keys(q)))]
  .sort((a, b) => b.length - a.length)
  .map((q) => q.split(' ').map((w) => (w === 'u.s.' ? 'U\\.S\\.' : w === 'us' ? 'US' : w === 'cfa' ? 'CFA' : `[${w[0].toUpperCase()}${w[0]}]${esc(w.slice(1))}`)).join('\\s+'))
  .join('|');

/** Amount after the currency: number, optional range tail, optional scale. */
const AMOUNT = String.raw`(${NUM})(?:\s?(?:-|–|to)\s?(?:${NUM}))?(?:(?:\s|-)?(${SCALE_WORD})(?![A-Za-z])|(${SCALE_LETTER})(?![A-Za-z\d]))?`;

const PREFIXED = new RegExp(
  String.raw`(?<![\w$€£¥])(?:(?:(${prefixes})\s?)?(\$)|(${symbols})|(${codes})(?=\s?[\d.]))\s?` + AMOUNT,
  'g',
);

const SUFFIXED = new RegExp(
  String.raw`(?<![\w$€£¥.,])(?:(${NUM})|(${WORD_NUM}))(?:\s?(?:-|–|to)\s?(?:${NUM}))?(?:(?:\s|-)?(${SCALE_WORD})(?![A-Za-z])|(${SCALE_LETTER})(?![A-Za-z\d]))?\s+(?:of\s+)?(?:(${qualifiers})\s+)?(?:(${names})|(${codes}))(?![\w])`,
  'gi',
);

/** Names that are also common words: they need a scale or a qualifier to read as money. */
const AMBIGUOUS = new Set(['pound', 'pounds', 'won', 'real', 'rand', 'lev', 'lei', 'leu', 'dong', 'franc', 'francs', 'krone', 'lira', 'lire', 'peso', 'pesos']);

function numberOf(s: string): number {
  return parseFloat(s.replace(/[,\u00a0\u202f\u2009 ’']/g, ''));
}

function scaled(n: number, scale: string | undefined): number {
  if (!scale) return Math.round(n * 100) / 100;
  const k = SCALES[scale.toLowerCase()];
  return Math.round(n * k);
}

export function findMoney(text: string, opts: MoneyOptions = {}): MoneyMatch[] {
  const dollar = opts.dollar ?? 'USD';
  const out: MoneyMatch[] = [];
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m; m = PREFIXED.exec(text)) {
    const [, prefix, sign, symbol, code, num, scaleWord, scaleLetter] = m;
    let currency: string;
    let inferred = false;
    if (sign) {
      if (prefix) currency = DOLLAR_PREFIX[prefix];
      else { currency = dollar; inferred = true; }
    } else if (symbol) currency = SYMBOLS[symbol];
    else currency = CODE_ALIAS[code] ?? code;
    const n = numberOf(num);
    if (!Number.isFinite(n)) continue;
    const r: MoneyMatch = { start: m.index, end: m.index + m[0].length, value: scaled(n, scaleWord ?? scaleLetter), currency };
    if (inferred) r.currencyInferred = true;
    out.push(r);
  }
  SUFFIXED.lastIndex = 0;
  for (let m = SUFFIXED.exec(text); m; m = SUFFIXED.exec(text)) {
    const [, num, wordNum, scaleWord, scaleLetter, qualifier, name, code] = m;
    const scale = scaleWord ?? scaleLetter;
    // "two dollars" is rare in news and "a dollar" is no amount worth recording: words need a scale
    if (wordNum && !scale) continue;
    // a lower-case code after a number is a word ("5 try"), not a currency
    if (code && code !== code.toUpperCase()) continue;
    if (name && AMBIGUOUS.has(name.toLowerCase()) && !scale && !qualifier) continue;
    // scale letters stand only right after digits ("50m"); "5 m dollars" is not English
    let currency: string;
    let inferred = false;
    if (code) currency = CODE_ALIAS[code] ?? code;
    else {
      const base = baseName(name);
      const q = qualifier ? NAME_QUALIFIERS[base]?.[qualifier.toLowerCase().replace(/\s+/g, ' ')] : undefined;
      const plain = NAMES[name.toLowerCase()];
      if (q) currency = q;
      else if (plain === '$') { currency = dollar; inferred = true; }
      else currency = plain;
    }
    const n = num ? numberOf(num) : WORD_VALUES[wordNum.toLowerCase().replace(/\s+/g, ' ')];
    if (n === undefined || !Number.isFinite(n)) continue;
    const r: MoneyMatch = { start: m.index, end: m.index + m[0].length, value: scaled(n, scale), currency };
    if (inferred) r.currencyInferred = true;
    out.push(r);
  }
  // longest first, then earlier: "US$50m" over "$50m", "1.8 billion dollars" over nothing shorter
  out.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: MoneyMatch[] = [];
  for (const r of out) if (!kept.some((k) => r.start < k.end && k.start < r.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}
