/**
 * Character tables for the character-level repairs. Kept as data so tests can walk them.
 */

/** Latin-1 supplement entity names, code points 160..255 in order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER_ENTITIES: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376,
  fnof: 402, circ: 710, tilde: 732, ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206,
  rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221,
  bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243,
  lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482, minus: 8722, hyphen: 8208, dash: 8208, nbhy: 8209,
};

/** Named HTML entities Dossier decodes (the ones scraped news actually leaves behind). */
export const NAMED_ENTITIES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  LATIN1.split(' ').forEach((n, i) => m.set(n, 160 + i));
  for (const [k, v] of Object.entries(OTHER_ENTITIES)) m.set(k, v);
  return m;
})();

/**
 * Windows-1252 meanings of the C1 control range: text decoded as Latin-1 when it was cp1252 leaves
 * these behind (U+0092 for an apostrophe). HTML numeric references in this range mean the same.
 */
export const CP1252_C1: ReadonlyMap<number, string> = new Map<number, string>([
  [0x80, '€'], [0x82, '‚'], [0x83, 'ƒ'], [0x84, '„'], [0x85, '…'], [0x86, '†'], [0x87, '‡'], [0x88, 'ˆ'],
  [0x89, '‰'], [0x8a, 'Š'], [0x8b, '‹'], [0x8c, 'Œ'], [0x8e, 'Ž'], [0x91, '‘'], [0x92, '’'], [0x93, '“'],
  [0x94, '”'], [0x95, '•'], [0x96, '–'], [0x97, '—'], [0x98, '˜'], [0x99, '™'], [0x9a, 'š'], [0x9b, '›'],
  [0x9c, 'œ'], [0x9e, 'ž'], [0x9f, 'Ÿ'],
]);

/** What kind of repair a character mapping is; decides the diagnostic code. */
export type CharKind = 'typographic' | 'space' | 'invisible' | 'control';

export interface CharRepair {
  to: string;
  kind: CharKind;
}

/**
 * Characters the cleaned copy spells differently. Typographic quotes and dashes map one-for-one to
 * ASCII so taggers trained on ASCII-heavy treebanks and simple regexes see plain punctuation; the
 * original keeps them.
 */
export const CHAR_MAP: ReadonlyMap<number, CharRepair> = (() => {
  const m = new Map<number, CharRepair>();
  const set = (chars: string, to: string, kind: CharKind): void => {
    for (const ch of chars) m.set(ch.codePointAt(0)!, { to, kind });
  };
  set('\u2018\u2019\u201A\u201B\u2032\u02BC\u2039\u203A', "'", 'typographic');
  set('\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB', '"', 'typographic');
  set('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D', '-', 'typographic');
  set('\u2026', '...', 'typographic');
  // Full-width forms and ideographic punctuation, common in text machine-translated from Chinese
  // or Japanese sources: read as the ASCII they stand for, one for one.
  for (let c = 0xff01; c <= 0xff5e; c++) if (!m.has(c)) m.set(c, { to: String.fromCharCode(c - 0xfee0), kind: 'typographic' });
  set('\u3002', '.', 'typographic');
  set('\u3001', ',', 'typographic');
  set('\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000', ' ', 'space');
  set('\u2028\u2029', '\n', 'space');
  set('\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069', '', 'invisible');
  // C0 controls other than tab, line feed and carriage return carry nothing readable.
  for (let c = 0; c < 32; c++) if (c !== 9 && c !== 10 && c !== 13) m.set(c, { to: c === 11 || c === 12 ? '\n' : '', kind: 'control' });
  m.set(0x7f, { to: '', kind: 'control' });
  for (let c = 0x80; c <= 0x9f; c++) {
    const cp = CP1252_C1.get(c);
    const via = cp !== undefined ? m.get(cp.codePointAt(0)!) : undefined;
    m.set(c, { to: via ? via.to : (cp ?? ''), kind: 'control' });
  }
  return m;
})();

/** One regex class matching every key of CHAR_MAP (built once). */
export const CHAR_CLASS: string = (() => {
  let s = '';
  for (const cp of CHAR_MAP.keys()) s += '\\u' + cp.toString(16).padStart(4, '0');
  return '[' + s + ']';
})();
