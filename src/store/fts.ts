/**
 * Turns a user's search string into a safe FTS5 MATCH expression. FTS5 has its own syntax
 * (quotes, parentheses, column filters, NEAR, `^`, `:`); a stray character there is a hard error,
 * so we accept a small, forgiving language and quote every term ourselves:
 *
 *   words          all must occur (AND)
 *   "a phrase"     the words next to each other (an unbalanced quote runs to the end)
 *   word*          prefix match
 *   a OR b         either (upper-case OR, as in FTS5)
 *   -word          must not occur (only after at least one positive term)
 *
 * Everything else that is not a letter or digit separates terms.
 */

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

/** Quote one FTS5 string: double quotes inside are doubled. */
function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function wordsOf(s: string): string[] {
  return s.match(WORD) ?? [];
}

interface Term {
  expr: string;
  negated: boolean;
  /** `OR` joins this term to the previous one. */
  or: boolean;
}

/** Returns the MATCH expression, or undefined when the query has no searchable term. */
export function toFtsQuery(input: string): string | undefined {
  const terms: Term[] = [];
  let pendingOr = false;
  let i = 0;
  const s = input.normalize('NFC');
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) { i++; continue; }
    let negated = false;
    let j = i;
    if (c === '-' && j + 1 < s.length && !/\s/.test(s[j + 1])) { negated = true; j++; }
    if (s[j] === '"') {
      const close = s.indexOf('"', j + 1);
      const body = close < 0 ? s.slice(j + 1) : s.slice(j + 1, close);
      i = close < 0 ? s.length : close + 1;
      const words = wordsOf(body);
      if (words.length) terms.push({ expr: quote(words.join(' ')), negated, or: pendingOr });
      pendingOr = false;
      continue;
    }
    let k = j;
    while (k < s.length && !/\s/.test(s[k]) && s[k] !== '"') k++;
    const raw = s.slice(j, k);
    i = k;
    if (raw === 'OR' && !negated) { pendingOr = terms.length > 0; continue; }
    const prefix = raw.endsWith('*');
    const words = wordsOf(raw);
    if (!words.length) continue;
    // `U.S.` or `e-mail` are one term made of several words: search them as a phrase.
    const expr = quote(words.join(' ')) + (prefix ? '*' : '');
    terms.push({ expr, negated, or: pendingOr });
    pendingOr = false;
  }
  const positives = terms.filter((t) => !t.negated);
  if (!positives.length) return undefined;
  // Build: groups of OR-ed positives joined by AND, then NOT for each negated term.
  const groups: string[][] = [];
  for (const t of positives) {
    if (t.or && groups.length) groups[groups.length - 1].push(t.expr);
    else groups.push([t.expr]);
  }
  let expr = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0])).join(' AND ');
  for (const t of terms) if (t.negated) expr = `(${expr}) NOT ${t.expr}`;
  return expr;
}
