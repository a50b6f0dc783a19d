/**
 * Name keys shared by the knowledge base and the linker: one normalisation so that "the U.S.",
 * "US" and "us" meet at one key only when they should (case is kept out of the key, but callers
 * decide whether a lower-case surface may match).
 */

/** Lower-case key: NFKC, curly quotes straightened, a leading "the" and a possessive dropped, dots and hyphens folded. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/'s$|'$/i, '')
    .replace(/^the\s+/i, '')
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2015_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Like nameKey but also without diacritics, for spelling variants (Erdoğan, Erdogan). */
export function foldKey(s: string): string {
  // Fast path for plain ASCII names (most of the dictionaries): no normalisation needed.
  if (/^[A-Za-z0-9 ]+$/.test(s)) {
    const l = s.toLowerCase();
    return (l.startsWith('the ') ? l.slice(4) : l).replace(/ {2,}/g, ' ').trim();
  }
  return nameKey(s).normalize('NFD').replace(/\p{M}+/gu, '');
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'la', 'le', 'al', 'el', 'von', 'der', 'van', 'bin', 'da', 'di']);

/** Title case for names the dictionaries spell in capitals (TONY_BLAIR -> Tony Blair). */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/^(\p{L})/u, (c) => c.toUpperCase())))
    .join('')
    .replace(/\b(Mc|Mac)(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase())
    // O'Brien, D'Alema; not Women's.
    .replace(/(^|\s)(\p{L})'(\p{Ll})/gu, (_m, s0: string, a: string, c: string) => s0 + a + "'" + c.toUpperCase());
}

/** Initials of the capitalised content words: "European Union" -> "EU", "Institute for the Study of War" -> "ISW". */
export function acronymOf(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) {
    if (!w || SMALL.has(w.toLowerCase())) continue;
    const c = w[0];
    if (c && c >= 'A' && c <= 'Z') out += c;
    else if (c && /\p{Lu}/u.test(c)) out += c;
    else return '';
  }
  return out;
}

/** True when a surface form is written like an acronym: EU, U.S., G7, IAEA. */
export function isAcronym(s: string): boolean {
  const t = s.replace(/\./g, '');
  return t.length >= 2 && t.length <= 6 && /^[A-Z][A-Z0-9]+$/.test(t);
}

/** Capitalise a name the text wrote in lower case ("kyiv" -> "Kyiv"). */
export function capitalise(s: string): string {
  return s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}
