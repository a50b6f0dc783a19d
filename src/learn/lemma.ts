/**
 * Lemmas from the treebank itself: suffix-edit rules learned per Penn tag (the longest matching
 * lower-case suffix, up to 5 chars, decides: "strip k chars, append s"), plus a lexicon of the
 * words the rules get wrong (irregulars such as went -> go). Proper nouns keep their case.
 */
import type { UDSentence } from './conllu.js';

export interface LemmaData {
  /** "XPOS\tsuffix" -> "k\tappend". */
  rules: Record<string, string>;
  /** "form\tXPOS" -> lemma (exceptions to the rules). */
  lexicon: Record<string, string>;
  /** Lower-cased lemmas of open-class training words: a rule result found here is preferred. */
  known?: string[];
}

const MAX_SUF = 5;

function isProper(xpos: string): boolean {
  return xpos === 'NNP' || xpos === 'NNPS';
}

function baseOf(form: string, xpos: string): string {
  return isProper(xpos) ? form : form.toLowerCase();
}

function editOf(base: string, lemma: string): string {
  let p = 0;
  const m = Math.min(base.length, lemma.length);
  while (p < m && base.charCodeAt(p) === lemma.charCodeAt(p)) p++;
  return `${base.length - p}\t${lemma.slice(p)}`;
}

function applyEdit(base: string, edit: string): string {
  const tab = edit.indexOf('\t');
  const k = Number(edit.slice(0, tab));
  if (k > base.length) return base;
  return base.slice(0, base.length - k) + edit.slice(tab + 1);
}

function argmax(counts: Map<string, number>): [string, number] {
  let best = '', bc = -1;
  for (const [k, c] of counts) if (c > bc) { best = k; bc = c; }
  return [best, bc];
}

export class Lemmatizer {
  private rules: Map<string, string>;
  private lexicon: Map<string, string>;
  private known: Set<string>;

  constructor(data: LemmaData) {
    this.rules = new Map(Object.entries(data.rules));
    this.lexicon = new Map(Object.entries(data.lexicon));
    this.known = new Set(data.known ?? []);
  }

  static train(sents: UDSentence[]): Lemmatizer {
    const ruleCounts = new Map<string, Map<string, number>>();
    const pairCounts = new Map<string, Map<string, number>>();
    const bump = (m: Map<string, Map<string, number>>, k: string, v: string): void => {
      let inner = m.get(k);
      if (!inner) m.set(k, (inner = new Map()));
      inner.set(v, (inner.get(v) ?? 0) + 1);
    };
    for (const s of sents) {
      for (const t of s.tokens) {
        if (t.lemma === '_' || t.xpos === '_') continue;
        bump(pairCounts, `${t.form}\t${t.xpos}`, t.lemma);
        const base = baseOf(t.form, t.xpos);
        const edit = editOf(base, t.lemma);
        const lower = t.form.toLowerCase();
        for (let k = 0; k <= Math.min(MAX_SUF, lower.length); k++) {
          bump(ruleCounts, `${t.xpos}\t${lower.slice(lower.length - k)}`, edit);
        }
      }
    }
    const rules: Record<string, string> = {};
    for (const [k, m] of ruleCounts) {
      // Productive inflection appends at most two letters (ies -> y, men -> man); longer
      // rewrites (Sept. -> September) are word-specific and belong in the exception lexicon.
      for (const e of m.keys()) if (e.length - e.indexOf('\t') - 1 > 2) m.delete(e);
      if (m.size === 0) continue;
      const [edit, c] = argmax(m);
      if (c >= 2 || k.endsWith('\t')) rules[k] = edit;
    }
    const known = new Set<string>();
    for (const s of sents) for (const t of s.tokens) if (/^(NN|VB|JJ|RB)/.test(t.xpos) && /^[a-z]+$/i.test(t.lemma)) known.add(t.lemma.toLowerCase());
    const lem = new Lemmatizer({ rules, lexicon: {}, known: [...known].sort() });
    const lexicon: Record<string, string> = {};
    for (const [k, m] of pairCounts) {
      const [lemma] = argmax(m);
      const tab = k.indexOf('\t');
      if (lem.byRule(k.slice(0, tab), k.slice(tab + 1)) !== lemma) lexicon[k] = lemma;
    }
    lem.lexicon = new Map(Object.entries(lexicon));
    return lem;
  }

  toJSON(): LemmaData {
    return { rules: Object.fromEntries(this.rules), lexicon: Object.fromEntries(this.lexicon), known: [...this.known] };
  }

  private byRule(form: string, xpos: string): string {
    const base = baseOf(form, xpos);
    const lower = form.toLowerCase();
    // The longest matching suffix decides, unless a shorter one yields a word known as a lemma
    // and the longer one does not (bombed: "bombe" by -bed, "bomb" by -ed).
    let first: string | undefined;
    for (let k = Math.min(MAX_SUF, lower.length); k >= 0; k--) {
      const edit = this.rules.get(`${xpos}\t${lower.slice(lower.length - k)}`);
      if (edit === undefined) continue;
      const cand = applyEdit(base, edit);
      if (first === undefined) {
        first = cand;
        if (this.known.size === 0 || this.known.has(cand.toLowerCase()) || cand === base) return cand;
      } else if (cand !== base && this.known.has(cand.toLowerCase())) {
        return cand;
      }
    }
    return first ?? base;
  }

  lemma(form: string, xpos: string): string {
    const hit = this.lexicon.get(`${form}\t${xpos}`);
    if (hit !== undefined) return hit;
    if (!isProper(xpos)) {
      const lower = form.toLowerCase();
      if (lower !== form) {
        const h2 = this.lexicon.get(`${lower}\t${xpos}`);
        if (h2 !== undefined) return h2;
      }
    }
    return this.byRule(form, xpos);
  }
}
