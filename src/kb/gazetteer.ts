/**
 * Name lists for the entity recogniser: countries, aliases, demonyms and capitals (from
 * ./countries.ts), plus actor names, organisations, places and titles extracted from the
 * PETRARCH2 coder dictionaries (format: `dictionaries.rst` there). The lists are turned into
 * gazetteer-membership FEATURES, never into decisions: the learned model weighs them.
 *
 * The extraction runs at training time (`buildPetrarchLists`); the result is committed as a small
 * gzipped JSON model (`models/ner-gazetteer.json.gz`) so that running Dossier never needs the data.
 */
import { countries } from './countries.js';

/** Gazetteer categories; a phrase may belong to several (a bit mask). */
export const GAZ_CATS = ['COUNTRY', 'DEMONYM', 'CAPITAL', 'PLACE', 'PERSON', 'ORG', 'TITLE', 'FIRST', 'LAST'] as const;
export type GazCat = (typeof GAZ_CATS)[number];
export const GAZ = Object.fromEntries(GAZ_CATS.map((c, i) => [c, i])) as Record<GazCat, number>;
/** Bit set on single words that are also common lower-case English words: match only capitalised. */
export const NEEDS_CAP = 1 << 15;

export interface GazetteerData {
  version: 1;
  /** Lower-cased, space-separated phrase -> category bit mask. */
  entries: Record<string, number>;
}

/** Words that open an organisation's name or mark one; used to tell orgs from persons in lists. */
const ORG_WORDS = new Set([
  'united', 'nations', 'council', 'organization', 'organisation', 'fund', 'bank', 'party', 'army',
  'front', 'movement', 'group', 'committee', 'commission', 'union', 'association', 'agency',
  'ministry', 'department', 'office', 'court', 'assembly', 'parliament', 'congress', 'senate',
  'federation', 'league', 'brigade', 'brigades', 'forces', 'force', 'corps', 'institute',
  'foundation', 'society', 'church', 'company', 'corporation', 'inc', 'ltd', 'authority', 'bureau',
  'service', 'services', 'board', 'alliance', 'coalition', 'network', 'center', 'centre',
  'program', 'programme', 'mission', 'organization', 'secretariat', 'police', 'guard', 'militia',
  'government', 'cabinet', 'administration', 'tribunal', 'university', 'college', 'school',
  'hospital', 'agency', 'bloc', 'cartel', 'jihad', 'hezbollah', 'hamas', 'taliban', 'qaeda',
  'revolutionary', 'liberation', 'islamic', 'national', 'people\'s', 'peoples', 'democratic',
]);

/** Normalise a PETRARCH phrase (`MARK_CARNEY_`, `U.N._MONITOR_`) to lower-case words. */
export function petrarchPhrase(raw: string): string | undefined {
  let s = raw.trim();
  // Comments start with '#' or ';' after the phrase.
  s = s.replace(/\s*[#;].*$/, '');
  // Codes in brackets and plural forms in braces.
  s = s.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ');
  s = s.replace(/^\+/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!s || s.length < 2) return undefined;
  // Substitution markers, parentheses and pattern syntax are not names.
  if (/[!()<>=*%$&]/.test(s)) return undefined;
  if (!/[a-z]/.test(s)) return undefined;
  return s;
}

interface ActorRecord { names: string[]; codes: string[] }

/** Split an actors file into records: primary phrase, `+` synonyms, tab-indented code lines. */
export function parseActorRecords(text: string): ActorRecord[] {
  const out: ActorRecord[] = [];
  let cur: ActorRecord | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      // Date-restricted code line: `\t[UKRGOV 911205-940719]`.
      const m = /\[([A-Z0-9~]+)/.exec(line);
      if (cur && m) cur.codes.push(m[1]);
      continue;
    }
    const codes = [...line.matchAll(/\[([A-Z0-9~]+)[^\]]*\]/g)].map((m) => m[1]);
    const name = petrarchPhrase(line);
    if (line.startsWith('+')) {
      if (cur && name) cur.names.push(name);
      if (cur) cur.codes.push(...codes);
      continue;
    }
    cur = { names: name ? [name] : [], codes };
    out.push(cur);
  }
  return out;
}

/** Agents file: `PHRASE {plural} [~CODE]` -> titles and group nouns (lower case). */
export function parseAgents(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('!') || line.startsWith('<')) continue;
    const p = petrarchPhrase(line);
    if (p) out.push(p);
  }
  return out;
}

function looksOrg(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 1 && /^[a-z.]{2,6}$/.test(name) && name.replace(/\./g, '').length <= 5) return false;
  return words.some((w) => ORG_WORDS.has(w));
}

export class GazetteerBuilder {
  readonly entries = new Map<string, number>();

  add(phrase: string, cat: GazCat): void {
    const k = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!k) return;
    this.entries.set(k, (this.entries.get(k) ?? 0) | (1 << GAZ[cat]));
  }

  /** Countries, aliases, demonyms (and plurals), capitals from the world-countries table. */
  addCountries(): void {
    for (const c of countries()) {
      for (const n of [c.name, ...c.aliases]) this.add(n.replace(/^the /i, ''), 'COUNTRY');
      for (const d of c.demonyms) {
        this.add(d, 'DEMONYM');
        if (/[a-z]$/.test(d) && !/(ese|ss|sh|ch)$/.test(d)) this.add(d + 's', 'DEMONYM');
      }
      for (const cap of c.capitals) this.add(cap, 'CAPITAL');
    }
  }

  /**
   * One PETRARCH actors file. Records whose codes are all three letters (`[UKR]`) name a state:
   * their synonyms are places, demonyms and spellings of it. Other records name persons or, when
   * their words say so, organisations. `groups` files (armed groups) hold organisations only;
   * in `international` files single words are acronyms of organisations.
   */
  addActors(text: string, kind: 'countries' | 'international' | 'groups'): void {
    const titles = new Set(['president', 'prime minister', 'minister', 'secretary', 'general', 'king', 'queen', 'prince', 'sheikh', 'sheik', 'dr', 'mr', 'mrs', 'ms', 'premier', 'chancellor', 'senator', 'governor', 'ambassador', 'foreign minister', 'defense minister', 'defence minister']);
    for (const r of parseActorRecords(text)) {
      if (!r.names.length) continue;
      const state = r.codes.length > 0 && r.codes.every((c) => /^[A-Z]{3}$/.test(c));
      for (let name of r.names) {
        if (state && kind === 'countries') {
          this.add(name, 'PLACE');
          continue;
        }
        if (kind === 'groups' || looksOrg(name) || (kind === 'international' && !name.includes(' '))) {
          this.add(name, 'ORG');
          continue;
        }
        // Persons: drop a leading title (`PRESIDENT_LEONID_KUCHMA`).
        for (const t of titles) if (name.startsWith(t + ' ')) name = name.slice(t.length + 1);
        const words = name.split(' ');
        if (words.some((w) => !/^[a-z][a-z'.-]*$/.test(w))) continue;
        if (words.length >= 2) {
          this.add(name, 'PERSON');
          if (words[0].length > 1 && !words[0].endsWith('.')) this.add(words[0], 'FIRST');
          this.add(words[words.length - 1], 'LAST');
        } else if (words[0].length > 2) this.add(words[0], 'LAST');
      }
    }
  }

  /** Lists by part-of-speech tag, as a lexicon such as compromise's gives them. */
  addLexicon(byTag: Record<string, string[]>): void {
    const map: [string, GazCat][] = [
      ['FirstName', 'FIRST'], ['MaleName', 'FIRST'], ['FemaleName', 'FIRST'], ['LastName', 'LAST'],
      ['Person', 'PERSON'], ['Organization', 'ORG'], ['SportsTeam', 'ORG'], ['City', 'PLACE'],
      ['Region', 'PLACE'], ['Country', 'COUNTRY'], ['Demonym', 'DEMONYM'],
    ];
    for (const [tag, cat] of map) {
      for (const w of byTag[tag] ?? []) {
        // Abbreviations (`dept`, `inc`) are not names.
        if (cat === 'ORG' && w.length <= 4 && !/\d/.test(w) && /^(dept|univ|assn|inc|ltd|co|corp|bros|llc|plc)$/.test(w)) continue;
        this.add(w, cat);
      }
    }
  }

  addTitles(agents: string[]): void {
    for (const a of agents) this.add(a, 'TITLE');
  }

  /**
   * Mark single words that are usually written lower case in running text (`us`, `chad`, `bill`)
   * so the matcher only fires on their capitalised spellings. `lowerShare` gives, for a word, the
   * share of its corpus occurrences spelled in lower case (undefined when unseen).
   */
  markCommonWords(lowerShare: (w: string) => number | undefined): void {
    for (const [k, v] of this.entries) {
      if (k.includes(' ')) continue;
      const s = lowerShare(k);
      if (s !== undefined && s > 0.5) this.entries.set(k, v | NEEDS_CAP);
    }
  }

  data(): GazetteerData {
    const entries: Record<string, number> = {};
    for (const k of [...this.entries.keys()].sort()) entries[k] = this.entries.get(k)!;
    return { version: 1, entries };
  }
}

/** Per-token membership: for each category, 0 = none, 1 = B, 2 = I, 3 = L, 4 = U (longest match). */
export class Gazetteer {
  private readonly map: Map<string, number>;
  /** First word -> longest phrase length starting with it. */
  private readonly first = new Map<string, number>();
  /** Every proper word prefix of a multi-word phrase, to stop extending a match early. */
  private readonly prefixes = new Set<string>();
  private best = new Uint8Array(0);
  readonly ncat = GAZ_CATS.length;

  constructor(data: GazetteerData) {
    this.map = new Map(Object.entries(data.entries));
    for (const k of this.map.keys()) {
      const words = k.split(' ');
      const f = words[0];
      if ((this.first.get(f) ?? 0) < words.length) this.first.set(f, words.length);
      let pre = f;
      for (let i = 1; i < words.length; i++) { this.prefixes.add(pre); pre += ' ' + words[i]; }
    }
  }

  get size(): number { return this.map.size; }

  lookup(phrase: string): number { return this.map.get(phrase.toLowerCase()) ?? 0; }

  /**
   * Fill `out` (length tokens.length * ncat) with BILOU positions of the longest match of each
   * category covering each token. `lower` are the lower-cased tokens; `forms` the originals
   * (for the capitalisation check of common words).
   */
  annotate(forms: readonly string[], lower: readonly string[], out: Uint8Array): void {
    const n = lower.length;
    const nc = this.ncat;
    out.fill(0, 0, n * nc);
    // Length of the match currently recorded per token and category, to keep the longest.
    if (this.best.length < n * nc) this.best = new Uint8Array(n * nc * 2);
    const best = this.best;
    best.fill(0, 0, n * nc);
    for (let i = 0; i < n; i++) {
      const maxLen = this.first.get(lower[i]);
      if (!maxLen) continue;
      let key = '';
      for (let len = 1; len <= maxLen && i + len <= n; len++) {
        if (len > 1 && !this.prefixes.has(key)) break;
        key = len === 1 ? lower[i] : key + ' ' + lower[i + len - 1];
        const mask = this.map.get(key);
        if (mask === undefined) continue;
        if (len === 1 && mask & NEEDS_CAP) {
          const c = forms[i].charCodeAt(0);
          if (!(c >= 65 && c <= 90)) continue;
        }
        for (let c = 0; c < nc; c++) {
          if (!(mask & (1 << c))) continue;
          for (let j = i; j < i + len; j++) {
            const o = j * nc + c;
            if (best[o] >= len) continue;
            best[o] = len;
            out[o] = len === 1 ? 4 : j === i ? 1 : j === i + len - 1 ? 3 : 2;
          }
        }
      }
    }
  }
}
