/**
 * Within-document entity linking and coreference, in the spirit of the Stanford multi-pass sieve
 * (Lee et al. 2013): precise passes first (countries, knowledge-base names, exact names), then
 * looser ones (last names, acronyms), then titles ("the Prime Minister"), then pronouns and
 * "the country" by agreement and salience. Each pass only adds links; a later pass never undoes
 * an earlier, more precise one.
 *
 * Output: `doc.entities` (name mentions only in `entity.mentions`), `mention.entity` on every
 * linked mention, nominal and pronoun mentions added to `doc.mentions` with `entity` set, and
 * `doc.groups` for demonym groups ("Russian legislators").
 */
import type { Document, Entity, EntityGroup, EntityMention, EntityType, Token } from '../../model/types.js';
import { countryIndex } from '../../kb/countries.js';
import { ActorKb, countryName, dateNum, findCountry, findCountryByDemonym, titleKey, type KbCandidate } from '../../kb/actors.js';
import { acronymOf, capitalise, foldKey, isAcronym } from '../../kb/names.js';
import { HONORIFICS, RESOLVABLE_OFFICES, displayTitle, isTitleHead, isTitleWord } from './titles.js';
import { repairMentions } from './spans.js';
import { retypeMentions } from './retype.js';
import { acronymOrgs, joinHyphenated, listTypes, pluralDemonyms } from './lists.js';
import { setDocumentPlaces } from './resolve.js';

interface Cluster {
  type: EntityType;
  key: string;
  kb?: KbCandidate;
  isCountry: boolean;
  /** Cleaned name forms (persons: without honorifics), in order of appearance. */
  forms: string[];
  surfaces: string[];
  mentions: EntityMention[];
  /** Persons: folded tokens of each multi-word form. */
  tokenForms: string[][];
  role?: string;
  affiliation?: string;
  gender?: 'm' | 'f';
  /** Offsets of every mention linked to it (any kind), for recency. */
  positions: number[];
  id?: string;
}

interface Parsed {
  m: EntityMention;
  core: string;
  titleWords: string[];
  qualifier?: string;
  gender?: 'm' | 'f';
}

const ORG_SUFFIX = /^(summit|summits|meeting|meetings|talks|conference|forum|members?|leaders?|countries|states|nations|allies|ministers|officials|membership)$/i;
const SPEECH_VERB = /^(said|says|say|added|adds|told|tells|insisted|stressed|declared|wrote|argued|warned|explained|continued|asked)$/;
const PERSON_ORG = /^(.+?)(?:['\u2019]s)?\s+(administration|government|cabinet|campaign|regime|team|White House)$/i;
const NON_ENTITY = /\b(war|wars|day|week|games|olympics|cup)$/i;
const PRON_PERSON_M = new Set(['he', 'him', 'his', 'himself']);
const PRON_PERSON_F = new Set(['she', 'her', 'hers', 'herself']);
const PRON_THING = new Set(['it', 'its', 'itself']);
const PREPOSITIONS = new Set(['of', 'in', 'to', 'for', 'with', 'on', 'at', 'from', 'by', 'about', 'against', 'between', 'into', 'through', 'during', 'including', 'regarding', 'among', 'under', 'over', 'towards', 'toward', 'without', 'within', 'like', 'than', 'after', 'before', 'since', 'across', 'behind', 'beyond', 'near', 'upon', 'via']);
const PLEONASTIC_NEXT = new Set(['is', 'was', "'s", '\u2019s', 'seems', 'seemed', 'appears', 'appeared', 'takes', 'took', 'remains', 'remained', 'means', 'meant', 'matters']);
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'into', 'near', 'outside', 'inside', 'around', 'across', 'toward', 'towards', 'via', 'through', 'of', 'over', 'above', 'on', 'under', 'within', 'throughout', 'visit', 'visited', 'visiting', 'reached', 'left', 'leaving', 'arrived', 'central', 'downtown', 'northern', 'southern', 'eastern', 'western']);
const INTERACTIVE = new Set(['with', 'between', 'against', 'by', 'and', 'urged', 'told', 'pressed', 'asked', 'accused', 'warned']);
const ACTOR_VERBS = new Set(['said', 'says', 'warned', 'warns', 'insisted', 'insists', 'accused', 'accuses', 'demanded', 'demands', 'rejected', 'rejects', 'agreed', 'agrees', 'announced', 'announces', 'denied', 'denies', 'claimed', 'claims', 'responded', 'launched', 'sent', 'refused', 'refuses', 'signed', 'offered', 'offers', 'threatened', 'threatens', 'condemned', 'condemns', 'welcomed', 'welcomes', 'called', 'calls', 'urged', 'urges', 'wants', 'wanted', 'sees', 'believes', 'views', 'considers', 'hit', 'struck', 'retaliated', 'vowed', 'vows', 'pledged', 'pledges', 'blamed', 'blames', 'hopes', 'hoped', 'insisted', 'argued', 'argues', 'stated', 'declared', 'responded', 'reacted', 'protested', 'summoned', 'expelled', 'imposed', 'recognised', 'recognized']);
/** Organisation nominals and the names they can stand for. */
const ORG_NOMINALS: Record<string, RegExp> = {
  alliance: /^(NATO|North Atlantic|.*\bAlliance\b)/,
  bloc: /^(European Union|EU|.*\bUnion\b|BRICS|ASEAN|.*\bbloc\b)/,
  union: /^(European Union|EU|African Union)$/,
  agency: /\bAgency\b|^IAEA$/,
  organisation: /\bOrgani[sz]ation\b|^(NATO|OSCE|WHO|UN)$/,
  organization: /\bOrgani[sz]ation\b|^(NATO|OSCE|WHO|UN)$/,
};

/** Group nouns news uses that the PETRARCH agents file lacks. */
const EXTRA_AGENTS: Record<string, string> = {
  officials: 'GOV', forces: 'MIL', leaders: 'GOV', officers: 'MIL', negotiators: 'GOV', occupiers: 'MIL',
  invaders: 'MIL', investigators: 'JUD', envoys: 'GOV', 'armed forces': 'MIL', 'air force': 'MIL', 'security services': 'SPY',
  'special services': 'SPY', 'intelligence services': 'SPY', delegation: 'GOV', parliamentarians: 'LEG', deputies: 'LEG', senators: 'LEG',
};
const FRONTED = new Set(['if', 'when', 'after', 'although', 'though', 'as', 'before', 'while', 'once', 'unless', 'until', 'because', 'since', 'whether']);

function normText(s: string): string {
  return s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ').trim();
}

function stripPossessive(s: string): string {
  return s.replace(/'s$|'$/, '');
}

/** A demonym or country word used as a modifier (`Ukrainian`, `US`, `Ukrainians`) -> country name. */
export function countryOfModifier(word: string): string | undefined {
  const w = normText(word).replace(/^the /i, '');
  const c = findCountryByDemonym(w) ?? (w.endsWith('s') ? findCountryByDemonym(w.slice(0, -1)) : undefined) ?? (/^[A-Z]/.test(w) ? findCountry(w) : undefined);
  return c ? countryName(c) : undefined;
}

export class Linker {
  private clusters: Cluster[] = [];
  private byKey = new Map<string, Cluster>();
  private mentionCluster = new Map<EntityMention, Cluster>();
  private date?: string;
  private tokMention: Int32Array = new Int32Array(0);
  private names: EntityMention[] = [];
  private added: EntityMention[] = [];
  private groups: EntityGroup[] = [];
  private idsAssigned = false;
  private byId = new Map<string, Cluster>();
  /** Derived adjectives of the document's own places ("Kaspian" -> "Kaspia"), from ./retype.ts. */
  private docDemonyms = new Map<string, string>();
  /** The document's own states and their capitals (name -> country name), from ./retype.ts. */
  private docPlaces = new Map<string, string>();

  constructor(private doc: Document, private kb: ActorKb) {
    this.date = doc.meta.published?.slice(0, 10);
  }

  run(): void {
    const doc = this.doc;
    // Idempotent: drop what an earlier run added.
    doc.mentions = doc.mentions.filter((m) => m.kind === 'name' || m.kind === 'demonym');
    for (const m of doc.mentions) delete m.entity;
    repairMentions(doc, this.kb);
    joinHyphenated(doc);
    acronymOrgs(doc, this.kb);
    listTypes(doc, this.kb, this.date);
    const retyped = retypeMentions(doc, this.kb, this.date);
    // (after re-typing: "Kashmir" may have been a person to the recogniser)
    pluralDemonyms(doc);
    this.docDemonyms = retyped.demonyms;
    this.docPlaces = retyped.places;
    this.names = [...doc.mentions].sort((a, b) => a.start - b.start);
    this.indexTokens();
    const parsed = this.names.map((m) => this.parse(m)).filter((p): p is Parsed => !!p);
    // Pass 1: countries, demonyms, KB names, multi-word names. Pass 2: single-word persons.
    const deferred: Parsed[] = [];
    for (const p of parsed) if (!this.linkPrecise(p)) deferred.push(p);
    for (const p of deferred) this.linkLoose(p);
    this.mergeAcronyms();
    this.mergeParenthesised();
    this.mergeCountryQualified();
    this.mergeTransliterated();
    if (doc.tokens.length) {
      this.textRoles();
      this.findGroups();
    }
    this.kbRoles();
    this.assignIds();
    if (doc.tokens.length) {
      this.nominals();
      this.pronouns();
    }
    this.emit();
  }

  // ---------------------------------------------------------------- mention parsing

  private indexTokens(): void {
    const n = this.doc.tokens.length;
    this.lows = this.doc.tokens.map((t) => t.form.toLowerCase());
    this.tokMention = new Int32Array(n).fill(-1);
    this.names.forEach((m, i) => {
      for (let t = m.tokenStart; t < m.tokenEnd && t < n; t++) if (t >= 0) this.tokMention[t] = i;
    });
  }

  private candCache = new Map<string, KbCandidate[]>();

  /** KB candidates at the publication date, cached for the run (names repeat in a document). */
  private cands(name: string): KbCandidate[] {
    let c = this.candCache.get(name);
    if (!c) {
      c = this.kb.candidates(name, this.date);
      this.candCache.set(name, c);
    }
    return c;
  }

  private kbKnows(name: string): boolean {
    return this.cands(name).some((c) => c.match !== 'last');
  }

  private parse(m: EntityMention): Parsed | undefined {
    let text = normText(m.text).replace(/^the\s+/i, '');
    text = stripPossessive(text);
    if (!text) return undefined;
    if (m.kind === 'demonym' || m.type === 'NORP') return { m, core: text, titleWords: [] };
    // Words glued by a missing space ("European Unionwhich"): keep the known name.
    const glued = text.match(/^(.*\p{Lu}\p{Ll}+?)(which|that|who|whose|where|and|the)$/u);
    if (glued && (this.kbKnows(glued[1]!) || this.names.some((o) => o !== m && normText(o.text) === glued[1]))) text = glued[1]!;
    if (m.type !== 'PERSON' && NON_ENTITY.test(text) && !this.kbKnows(text)) return undefined;
    const titleWords: string[] = [];
    let qualifier: string | undefined;
    let gender: 'm' | 'f' | undefined;
    if (m.type === 'PERSON') {
      const words = text.split(' ');
      while (words.length > 1) {
        const w = words[0]!;
        const lw = w.toLowerCase();
        if (HONORIFICS.has(lw) || (/^\p{Lu}/u.test(w) && (isTitleHead(lw) || (isTitleWord(lw) && words.length > 2)))) {
          const g = HONORIFICS.get(lw);
          if (g) gender = g;
          if (isTitleWord(lw)) titleWords.push(w);
          words.shift();
          continue;
        }
        const c = words.length > 2 || titleWords.length ? countryOfModifier(w) : undefined;
        if (c && !qualifier) {
          qualifier = c;
          words.shift();
          continue;
        }
        break;
      }
      text = words.join(' ');
      // "Mr" left outside the mention ("... backed by Mr | Bush") still tells the gender
      if (!gender && m.tokenStart > 0) {
        const g = HONORIFICS.get(this.doc.tokens[m.tokenStart - 1]?.form.toLowerCase() ?? '');
        if (g) gender = g;
      }
      // "Mr. Prime Minister", "Madam Speaker": a title addressed, not a name.
      if (words.every((w) => isTitleWord(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()))) return undefined;
    } else {
      const words = text.split(' ');
      const last = words[words.length - 1]!;
      if (words.length > 1 && ORG_SUFFIX.test(last) && !this.kbKnows(text)) {
        const rest = words.slice(0, -1).join(' ');
        if (this.kbKnows(rest) || isAcronym(rest)) text = rest;
      }
    }
    return { m, core: text, titleWords, qualifier, gender };
  }

  // ---------------------------------------------------------------- clusters

  private cluster(key: string, type: EntityType, kb?: KbCandidate, isCountry = false): Cluster {
    let c = this.byKey.get(key);
    if (!c) {
      c = { type, key, kb, isCountry, forms: [], surfaces: [], mentions: [], tokenForms: [], positions: [] };
      if (kb?.gender) c.gender = kb.gender;
      this.byKey.set(key, c);
      this.clusters.push(c);
      // Clusters born after ids were handed out (from the KB, for a title) get the next id.
      if (this.idsAssigned) {
        c.id = `e${this.clusters.length}`;
        this.byId.set(c.id, c);
      }
    }
    return c;
  }

  private attach(c: Cluster, p: Parsed, asName = true): void {
    this.mentionCluster.set(p.m, c);
    c.positions.push(p.m.start);
    if (!asName) return;
    c.mentions.push(p.m);
    c.surfaces.push(p.m.text);
    c.forms.push(p.core);
    if (c.type === 'PERSON') {
      const toks = foldKey(p.core).split(' ');
      if (toks.length > 1) c.tokenForms.push(toks);
      if (p.gender && !c.gender) c.gender = p.gender;
    }
    if (p.titleWords.length && !c.role) {
      const heads = p.titleWords.filter((w) => isTitleWord(w.toLowerCase()));
      if (heads.some((w) => isTitleHead(w.toLowerCase()))) c.role = displayTitle(heads);
    }
    if (p.qualifier && !c.affiliation) c.affiliation = p.qualifier;
  }

  private countryCluster(name: string): Cluster {
    const c = findCountry(name);
    const key = c ? `country:${c.code}` : `doc:GPE:${foldKey(name)}`;
    const kb = c ? this.kb.get(`country:${c.code}`, this.date) : undefined;
    return this.cluster(key, 'GPE', kb, !!c);
  }

  /**
   * A capital standing for its government ("talks with Ankara", "Moscow warned"): not after a
   * locative preposition, and either after a preposition of interaction or before a verb.
   */
  private metonymicCapital(m: EntityMention, core: string): string | undefined {
    if (!this.doc.tokens.length || m.type === 'PERSON' || /^brussels$/i.test(core)) return undefined;
    const c = countryIndex().byCapital.get(core.toLowerCase());
    if (!c) return undefined;
    const prev = this.low(m.tokenStart - 1);
    const next = this.low(m.tokenEnd);
    if (LOCATIVE.has(prev)) return undefined;
    // Moscow is Russia's today, not the Soviet Union's: the place table knows the present.
    if (INTERACTIVE.has(prev) || ACTOR_VERBS.has(next)) return this.kb.countryOfPlace(core) ?? countryName(c);
    return undefined;
  }

  /** "Georgia" the US state: said so by its neighbours ("Atlanta, Georgia", "Georgia, U.S.", "state of Georgia"). */
  private usStateContext(m: EntityMention): boolean {
    const t = this.doc.text;
    const before = t.slice(Math.max(0, m.start - 30), m.start);
    const after = t.slice(m.end, m.end + 30);
    return /(state of|,)\s*$/i.test(before) && /(Atlanta|Savannah|Augusta|state of)\s*,?\s*$/i.test(before)
      || /^\s*,?\s*(U\.?S\.?|USA|United States)\b/.test(after)
      || /^\s*(Gov\.|Governor|state|State|Republican|Democrat|Senate|Senator|Legislature|Bulldogs)\b/.test(after);
  }

  private linkPrecise(p: Parsed): boolean {
    const m = p.m;
    if (m.kind === 'demonym' || m.type === 'NORP') {
      const name = countryOfModifier(p.core) ?? countryOfModifier(p.core.split(' ')[0]!);
      const base = name ? undefined : this.docDemonyms.get(foldKey(p.core.split(' ')[0]!));
      if (base) {
        this.attach(this.cluster(`doc:PLACE:${foldKey(base)}`, 'GPE'), p, false);
        return true;
      }
      if (!name) return true; // religions and other groups: no entity
      this.attach(this.countryCluster(name), p, false);
      return true;
    }
    if (m.type !== 'PERSON' && !findCountry(p.core) && p.core.split(' ').length === 1 && findCountryByDemonym(p.core)) {
      // "Briton" tagged as a place: a demonym, linked to its country but not a name of it.
      this.attach(this.countryCluster(countryName(findCountryByDemonym(p.core)!)), p, false);
      return true;
    }
    if (m.type !== 'PERSON') {
      // "Trump administration": the person's, not an organisation.
      const po = m.type === 'ORG' ? p.core.match(PERSON_ORG) : null;
      if (po && this.names.some((o) => o.type === 'PERSON' && foldKey(o.text).split(' ').includes(foldKey(po[1]!)))) {
        return false; // resolved in pass 2 as a nominal of the person
      }
      const c = findCountry(p.core);
      if (c && c.code === 'GEO' && this.usStateContext(m)) {
        this.attach(this.cluster(`doc:PLACE:${foldKey(p.core)}:US`, m.type === 'LOC' ? 'LOC' : 'GPE'), p);
        return true;
      }
      if (c) {
        this.attach(this.countryCluster(p.core), p);
        return true;
      }
      const cap = this.metonymicCapital(m, p.core);
      if (cap) {
        this.attach(this.countryCluster(cap), p);
        return true;
      }
    }
    const words = p.core.split(' ');
    if (m.type === 'PERSON' && words.length < 2) return false;
    const cand = this.cands(p.core).find((k) => k.match !== 'last' && compatible(m.type, k));
    if (cand) {
      // The project's facts know the type better than the recogniser ("EU" is not a place).
      const type: EntityType = m.type === 'PERSON' ? 'PERSON' : cand.source !== 'petrarch' && (cand.type === 'ORG' || cand.type === 'GPE') ? cand.type
        : cand.type === 'ORG' ? 'ORG' : m.type;
      // A person name the document already holds in another spelling stays with it.
      const existing = m.type === 'PERSON' ? this.personMatch(words) : undefined;
      const c = existing && !existing.kb ? existing : this.cluster(cand.id, type, cand);
      if (existing && !existing.kb) {
        existing.kb = cand;
        this.byKey.set(cand.id, existing);
      }
      this.attach(c, p);
      return true;
    }
    if (m.type === 'PERSON') {
      const c = this.personMatch(words) ?? this.cluster(`doc:PERSON:${foldKey(p.core)}`, 'PERSON');
      this.attach(c, p);
      return true;
    }
    if (m.type === 'ORG' && isAcronym(p.core)) {
      const long = this.clusters.find((c) => c.type === 'ORG' && c.forms.some((f) => acronymOf(f) === p.core.replace(/\./g, '')));
      if (long) {
        this.attach(long, p);
        return true;
      }
    }
    const type = m.type === 'LOC' ? 'LOC' : m.type;
    const place = type === 'GPE' || type === 'LOC';
    this.attach(this.cluster(`doc:${place ? 'PLACE' : type}:${foldKey(p.core)}`, type), p);
    return true;
  }

  /** A person cluster whose multi-word name is this one in another form (middle name, suffix). */
  private personMatch(words: string[]): Cluster | undefined {
    // word by word, a hyphenated surname as its parts ("Kilroy-Silk": kilroy silk)
    const toks = foldKey(words.join(' ')).split(' ');
    for (const c of this.clusters) {
      if (c.type !== 'PERSON') continue;
      for (const f of c.tokenForms) {
        if (f.join(' ') === toks.join(' ')) return c;
        const [short, long] = f.length < toks.length ? [f, toks] : [toks, f];
        if (short[short.length - 1] !== long[long.length - 1]) continue;
        // Same first and last name (a middle name more or less), or the shorter is the tail.
        if (short[0] === long[0] || long.slice(long.length - short.length).join(' ') === short.join(' ')) return c;
      }
      if (c.kb && c.kb.aliases.concat(c.kb.name).some((a) => foldKey(a) === toks.join(' '))) return c;
    }
    return undefined;
  }

  private lastPosBefore(c: Cluster, pos: number): number {
    let best = -1;
    for (const x of c.positions) if (x < pos && x > best) best = x;
    return best;
  }

  private linkLoose(p: Parsed): void {
    const m = p.m;
    const po = m.type === 'ORG' ? p.core.match(PERSON_ORG) : null;
    const single = foldKey(po ? po[1]! : p.core);
    // a hyphenated surname ("Kilroy-Silk") folds to two words: the name's last two
    const n = single.split(' ').length;
    // Persons whose name ends in (or, for KB aliases, is) this word.
    const fits = this.clusters.filter((c) => c.type === 'PERSON' && (c.tokenForms.some((f) => f.length > n && f.slice(f.length - n).join(' ') === single)
      // "Kilroy" for "Robert Kilroy-Silk": the first part of a hyphenated surname
      || (n === 1 && c.forms.some((f) => foldKey(f.split(' ').pop() ?? '').startsWith(`${single} `) && /-/.test(f)))
      || (c.kb && c.kb.aliases.some((a) => foldKey(a) === single))));
    let pick: Cluster | undefined;
    // Failing a last name, a first name that only one person of the document has ("Daniel").
    if (!fits.length && !po) {
      const firsts = this.clusters.filter((c) => c.type === 'PERSON' && c.tokenForms.some((f) => f[0] === single));
      if (firsts.length === 1) fits.push(firsts[0]!);
    }
    if (fits.length) {
      let bestPos = -1;
      for (const c of fits) {
        const at = this.lastPosBefore(c, m.start);
        if (at > bestPos) { bestPos = at; pick = c; }
      }
      if (!pick) pick = fits.reduce((a, b) => (Math.min(...a.positions) <= Math.min(...b.positions) ? a : b));
    }
    if (po) {
      // "Trump administration" speaks for the person: a nominal mention of them.
      if (pick) {
        this.mentionCluster.set(m, pick);
        pick.positions.push(m.start);
        m.kind = 'nominal';
      }
      return;
    }
    if (!pick) {
      // "Lord Harris" is no Kamala Harris: a form of address that tells a gender rules out the other
      const cands = this.cands(p.core).filter((k) => k.type === 'PERSON' && !(p.gender && k.gender && k.gender !== p.gender));
      const exact = cands.filter((k) => k.match !== 'last');
      const byLast = cands.filter((k) => k.match === 'last' && k.inOffice);
      const k = exact.length === 1 || (exact.length > 1 && exact[0]!.inOffice && !exact[1]!.inOffice) ? exact[0]
        : !exact.length && byLast.length === 1 ? byLast[0] : undefined;
      if (k && (exact.length ? k.match !== 'last' : true) && (!this.date || k.inOffice || this.nearOffice(k))) pick = this.cluster(k.id, 'PERSON', k);
    }
    if (!pick) pick = this.cluster(`doc:PERSON:${single}`, 'PERSON');
    this.attach(pick, p);
  }

  /** A bare surname may name a project-known person up to ten years around their time in office. */
  private nearOffice(k: KbCandidate): boolean {
    if (!this.date || k.source !== 'current') return false;
    const d = dateNum(this.date);
    return k.roles.some((r) => r.source === 'current' && dateNum(r.start) - 100000 <= d && d <= dateNum(r.end, true) + 100000);
  }

  /**
   * "Alexander Lukashenko" and "Oleksandr Lukashenko" in one text: one person whose first name is
   * transliterated two ways. Only full names with the same surname and first names of one
   * transliteration family (TRANSLIT) merge; "Laura Bush" and "George Bush" stay apart.
   */
  private mergeTransliterated(): void {
    const first = (c: Cluster): [string, string] | undefined => {
      for (const f of c.forms) {
        const w = f.split(/\s+/);
        if (w.length === 2) return [foldKey(w[0]!), foldKey(w[1]!)];
      }
      return undefined;
    };
    for (const a of [...this.clusters]) {
      if (a.type !== 'PERSON' || !this.clusters.includes(a)) continue;
      const fa = first(a);
      const fam = fa && TRANSLIT.get(fa[0]);
      if (!fa || fam === undefined) continue;
      const b = this.clusters.find((c) => c !== a && c.type === 'PERSON' && (() => {
        const fb = first(c);
        return !!fb && fb[1] === fa[1] && fb[0] !== fa[0] && TRANSLIT.get(fb[0]) === fam;
      })());
      if (!b || (a.kb && b.kb)) continue;
      // keep the KB-known or earlier cluster
      const [keep, drop] = b.kb || (!a.kb && b.positions[0]! < a.positions[0]!) ? [b, a] : [a, b];
      this.absorb(keep, drop);
    }
  }

  /** Merge cluster `drop` into `keep`: its mentions, forms and positions, and its key. */
  private absorb(keep: Cluster, drop: Cluster): void {
    for (const [m, c] of this.mentionCluster) if (c === drop) this.mentionCluster.set(m, keep);
    keep.mentions.push(...drop.mentions);
    keep.surfaces.push(...drop.surfaces);
    keep.forms.push(...drop.forms);
    keep.tokenForms.push(...drop.tokenForms);
    keep.positions.push(...drop.positions);
    this.clusters.splice(this.clusters.indexOf(drop), 1);
    this.byKey.set(drop.key, keep);
  }

  /** "EU" and "European Union" written both ways without the KB: one organisation. */
  private mergeAcronyms(): void {
    for (const a of [...this.clusters]) {
      if (a.type !== 'ORG' || a.kb || !a.forms.every((f) => isAcronym(f))) continue;
      const acr = a.forms[0]!.replace(/\./g, '');
      const long = this.clusters.find((c) => c !== a && c.type === 'ORG' && c.forms.some((f) => !isAcronym(f) && acronymOf(f) === acr));
      if (!long) continue;
      for (const m of a.mentions) this.mentionCluster.set(m, long);
      this.absorb(long, a);
    }
  }

  /**
   * "Mumbai (Bombay)", "Mahmoud Abbas (Abu Mazen)": a name in brackets right after a name of the
   * same kind is its other name, when it is written nowhere else in the text and neither is a
   * country ("Lahore (Pakistan)" says where, not who).
   */
  private mergeParenthesised(): void {
    const text = this.doc.text;
    const names = this.names;
    for (let i = 1; i < names.length; i++) {
      const y = names[i]!;
      const x = names[i - 1]!;
      if (x.kind !== 'name' || y.kind !== 'name') continue;
      if (!/^\s*\(\s*$/.test(text.slice(x.end, y.start)) || !/^\s*\)/.test(text.slice(y.end, y.end + 3))) continue;
      const cx = this.mentionCluster.get(x);
      const cy = this.mentionCluster.get(y);
      if (!cx || !cy || cx === cy || cx.isCountry || cy.isCountry || cy.mentions.length !== 1) continue;
      const place = (t: string) => t === 'GPE' || t === 'LOC';
      if (!(cx.type === cy.type || (place(cx.type) && place(cy.type)))) continue;
      if (findCountry(x.text) || findCountry(y.text)) continue;
      this.absorb(cx, cy);
    }
  }

  /**
   * "the National Guard" and "the National Guard of Ukraine" in one text: the short form is the
   * qualified body named without its country. Merged only when exactly one organisation of the
   * document has the short name plus "of <country>", and the short one is unknown to the KB.
   */
  private mergeCountryQualified(): void {
    for (const a of [...this.clusters]) {
      if (a.type === 'PERSON' || a.kb || a.isCountry) continue;
      const forms = new Set(a.forms.map((f) => foldKey(f)));
      const longs = this.clusters.filter((c) => c !== a && c.type === 'ORG' && c.forms.some((f) => {
        const m = /^(.+?) of (?:the )?(.+)$/.exec(f);
        return !!m && forms.has(foldKey(m[1]!)) && !!findCountry(m[2]!);
      }));
      if (longs.length !== 1) continue;
      const long = longs[0]!;
      this.absorb(long, a);
    }
  }

  // ---------------------------------------------------------------- roles

  private tok(i: number): Token | undefined {
    return this.doc.tokens[i];
  }

  private lows: string[] = [];

  /** Lower-cased token form ('' outside the document); computed once per run. */
  private low(i: number): string {
    return i >= 0 && i < this.lows.length ? this.lows[i]! : '';
  }

  private mentionAtTok(i: number): EntityMention | undefined {
    const k = i >= 0 && i < this.tokMention.length ? this.tokMention[i]! : -1;
    return k >= 0 ? this.names[k] : undefined;
  }

  /** The country or organisation a mention stands for, as an affiliation. */
  private affiliationOf(m: EntityMention): string | undefined {
    const c = this.mentionCluster.get(m);
    if (!c) return countryOfModifier(m.text);
    if (c.isCountry) return c.kb?.name ?? c.forms[0];
    if (c.type === 'ORG') return this.clusterName(c);
    if (c.type === 'GPE') return this.clusterName(c);
    return undefined;
  }

  /**
   * Roles and affiliations the text states next to a person's name:
   * "Ukrainian President Volodymyr Zelenskyy", "US Secretary of State Marco Rubio",
   * "Prime Minister of Ukraine Denis Shmygal", "the secretary general of NATO, Mark Rutte",
   * "Dmitry Medvedev, deputy chief of the Russian Security Council".
   */
  private textRoles(): void {
    for (const m of this.names) {
      const c = this.mentionCluster.get(m);
      if (c && c.type === 'ORG' && m.kind === 'name' && !c.affiliation && !c.kb) {
        // "Ukraine's Defence Ministry", "the Ukrainian Defence Ministry".
        let k = m.tokenStart - 1;
        if (/^('s|\u2019s)$/.test(this.low(k))) k--;
        const q = this.mentionAtTok(k);
        const qc = q && q !== m ? this.mentionCluster.get(q) : undefined;
        if (qc?.isCountry) c.affiliation = this.clusterName(qc);
        continue;
      }
      if (!c || c.type !== 'PERSON' || m.kind !== 'name') continue;
      const r = this.titleBefore(m) ?? this.titleAfter(m);
      if (!r) continue;
      if (r.title && !c.role) c.role = r.title;
      if (r.of && !c.affiliation) c.affiliation = r.of;
    }
  }

  private sentOf(ti: number): number {
    return this.tok(ti)?.sent ?? -1;
  }

  /** Title words ending at token `end` (exclusive), walking left; returns [start, words]. */
  private titleRunLeft(end: number): [number, string[]] {
    const sent = this.sentOf(end - 1);
    let i = end - 1;
    while (i >= 0 && this.sentOf(i) === sent && !this.mentionAtTok(i) && isTitleWord(this.low(i))) i--;
    let start = i + 1;
    while (start < end && /^(of|for|the)$/.test(this.low(start))) start++;
    let stop = end;
    while (stop > start && /^(of|for|the)$/.test(this.low(stop - 1))) stop--;
    const words: string[] = [];
    for (let k = start; k < stop; k++) words.push(this.tok(k)!.form);
    return [start, words];
  }

  private titleBefore(m: EntityMention): { title?: string; of?: string } | undefined {
    let end = m.tokenStart;
    if (end <= 0) return undefined;
    if (this.low(end - 1) === ',') end--;
    let of: string | undefined;
    // "... of NATO, Mark Rutte" / "Prime Minister of Ukraine Denis Shmygal"
    const q = this.mentionAtTok(end - 1);
    if (q && q !== m && q.tokenStart >= 1 && this.low(q.tokenStart - 1) === 'of' && this.sentOf(q.tokenStart) === this.sentOf(m.tokenStart)) {
      of = this.affiliationOf(q);
      end = q.tokenStart - 1;
      if (end > 0 && this.low(end - 1) === 'the') end--;
    } else if (end !== m.tokenStart && !q) {
      return undefined; // a comma with no "of X" before it: not a title apposition
    }
    const [start, words] = this.titleRunLeft(end);
    if (!words.some((w) => isTitleHead(w.toLowerCase()))) return undefined;
    // A qualifier before the title: "Ukrainian President", "US Secretary of State", "Ukraine's president".
    if (!of && start > 0) {
      let k = start - 1;
      if (/^('s|\u2019s|')$/.test(this.low(k)) && k > 0) k--;
      const qm = this.mentionAtTok(k);
      if (qm && qm !== m) of = this.affiliationOf(qm);
    }
    return { title: displayTitle(words), of };
  }

  private titleAfter(m: EntityMention): { title?: string; of?: string } | undefined {
    let i = m.tokenEnd;
    if (this.low(i) !== ',') return undefined;
    i++;
    const sent = this.sentOf(m.tokenStart);
    if (this.low(i) === 'the' || this.low(i) === 'a') i++;
    const words: string[] = [];
    while (this.sentOf(i) === sent && !this.mentionAtTok(i) && isTitleWord(this.low(i)) && words.length < 6) words.push(this.tok(i++)!.form);
    while (words.length && /^(of|for|the)$/i.test(words[words.length - 1]!)) words.pop();
    if (!words.some((w) => isTitleHead(w.toLowerCase()))) return undefined;
    let of: string | undefined;
    let k = i;
    if (/^(of|for|the)$/.test(this.low(k - 1)) || this.low(k) === 'of') {
      while (/^(of|the|for)$/.test(this.low(k))) k++;
      const qm = this.mentionAtTok(k);
      if (qm) of = this.affiliationOf(qm);
    }
    return { title: displayTitle(words), of };
  }

  /** KB roles at the publication date fill what the text did not say. */
  private kbRoles(): void {
    for (const c of this.clusters) {
      if (c.isCountry) continue;
      const k = c.kb;
      if (c.type === 'PERSON') {
        if (k) {
          const { affiliation, role } = this.kb.affiliationAt(k, this.date);
          if (!c.affiliation && affiliation) c.affiliation = affiliation;
          if (!c.role && role && role.source === 'current') c.role = role.title;
          if (!c.gender && k.gender) c.gender = k.gender;
        }
        // An organisation affiliation with a known country: the person acts for that country.
        if (c.affiliation && !findCountry(c.affiliation)) {
          const org = this.cands(c.affiliation).find((x) => x.type === 'ORG' && x.country && x.match !== 'last');
          if (org?.country) c.affiliation = org.country;
        }
      } else if (c.type === 'ORG') {
        if (k?.country) c.affiliation = k.country;
        else {
          const first = (c.forms.find((f) => !isAcronym(f)) ?? c.forms[0] ?? '').split(' ');
          const lead = first.length > 1 ? countryOfModifier(first[0]!) : undefined;
          const tail = c.forms.map((f) => f.match(/\bof (?:the )?([A-Z][\w ]+)$/)?.[1]).find((x) => x && findCountry(x));
          c.affiliation = c.affiliation ?? lead ?? (tail ? countryName(findCountry(tail)!) : undefined);
        }
      }
    }
  }

  // ---------------------------------------------------------------- groups

  /** "Russian legislators", "Canadian officials": a demonym and an agent noun. */
  private findGroups(): void {
    const toks = this.doc.tokens;
    for (const m of this.names) {
      if (!(m.kind === 'demonym' || m.type === 'NORP')) continue;
      let i = m.tokenEnd;
      const words: string[] = [];
      let code: string | undefined;
      while (i < toks.length && words.length < 3 && this.sentOf(i) === this.sentOf(m.tokenStart) && /^\p{L}/u.test(toks[i]!.form) && !this.mentionAtTok(i)) {
        words.push(this.low(i));
        const c = this.kb.agentCode(words.join(' ')) ?? EXTRA_AGENTS[words.join(' ')];
        i++;
        if (c) { code = c; break; }
      }
      if (!code) continue;
      const last = words[words.length - 1]!;
      if (!/s$/.test(last) && !/^(police|military|army|government|parliament|leadership|media|navy|people|side|regime|guard)$/.test(last)) continue;
      const country = this.mentionCluster.get(m);
      const start = m.start;
      const end = toks[i - 1]!.end;
      this.groups.push({
        id: `g${this.groups.length + 1}`,
        name: this.doc.text.slice(start, end),
        affiliation: country ? this.clusterName(country) : undefined,
        sector: code,
        start, end, tokenStart: m.tokenStart, tokenEnd: i,
      });
    }
  }

  // ---------------------------------------------------------------- ids and names

  private clusterName(c: Cluster): string {
    if (c.isCountry && c.kb) return c.kb.name;
    const trusted = c.kb && c.kb.source !== 'petrarch';
    if (c.type === 'PERSON') {
      const multi = c.forms.filter((f) => f.includes(' '));
      if (multi.length) return multi.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
      if (trusted) return c.kb!.name;
      // "Pope Francis", "King Charles": a one-word name keeps its style.
      const styled = c.surfaces.find((x) => /^(Pope|King|Queen|Prince|Princess|Saint|St\.?|Emperor|Empress|Sheikh|Emir|Sultan)\s+\p{Lu}\p{Ll}+$/u.test(x));
      if (styled) return styled;
      // the style written just before a name the recogniser cut ("Prince | Edward")
      for (const m of c.mentions) {
        const prev = this.doc.tokens[m.tokenStart - 1]?.form ?? '';
        if (m.tokenEnd - m.tokenStart === 1 && /^(Pope|King|Queen|Prince|Princess|Emperor|Empress|Sheikh|Emir|Sultan)$/.test(prev)) return `${prev} ${m.text}`;
      }
      return capitalise(c.forms[0] ?? c.key.split(':').pop()!);
    }
    if (trusted) return c.kb!.name;
    const full = c.forms.filter((f) => !isAcronym(f));
    const pick = full.length ? full.reduce((a, b) => (b.length > a.length ? b : a)) : c.forms[0] ?? c.kb?.name ?? '';
    return /\p{Lu}/u.test(pick) ? pick : capitalise(pick);
  }

  private assignIds(): void {
    const order = [...this.clusters].sort((a, b) => Math.min(...a.positions, Infinity) - Math.min(...b.positions, Infinity));
    order.forEach((c, i) => {
      c.id = `e${i + 1}`;
      this.byId.set(c.id, c);
    });
    this.idsAssigned = true;
    for (const [m, c] of this.mentionCluster) m.entity = c.id;
    for (const g of this.groups) {
      const m = this.names.find((x) => x.start === g.start);
      const c = m && this.mentionCluster.get(m);
      if (c) g.entity = c.id;
    }
  }

  // ---------------------------------------------------------------- nominals

  /** The most mentioned country of the document, when one clearly leads. */
  private dominantCountry(): Cluster | undefined {
    const cs = this.clusters.filter((c) => c.isCountry).sort((a, b) => b.positions.length - a.positions.length);
    if (!cs.length) return undefined;
    if (cs.length > 1 && cs[1]!.positions.length >= cs[0]!.positions.length) return undefined;
    return cs[0];
  }

  private addMention(c: Cluster, ts: number, te: number, kind: 'nominal' | 'pronoun'): void {
    const toks = this.doc.tokens;
    const start = toks[ts]!.start;
    const end = toks[te - 1]!.end;
    const m: EntityMention = { start, end, text: this.doc.text.slice(start, end), type: c.type, tokenStart: ts, tokenEnd: te, kind, entity: c.id };
    this.added.push(m);
    c.positions.push(start);
    if (this.linked) this.linked.splice(lowerBound(this.linked, ts + 1), 0, { m, c });
  }

  /** Person clusters holding a title (by text or KB at the date), optionally for a country/org. */
  private holders(tk: string, of: string | undefined): Cluster[] {
    return this.clusters.filter((c) => {
      if (c.type !== 'PERSON') return false;
      const roles: { t: string; of?: string }[] = [];
      if (c.role) roles.push({ t: titleKey(c.role), of: c.affiliation });
      if (c.kb) for (const r of this.kb.rolesAt(c.kb, this.date)) if (r.source === 'current') roles.push({ t: titleKey(r.title), of: r.country ?? r.org });
      return roles.some((r) => r.t === tk && (!of || r.of === of || c.affiliation === of));
    });
  }

  private clusterForKb(k: KbCandidate): Cluster {
    const known = this.byKey.get(k.id);
    if (known) return known;
    const c = this.cluster(k.id, 'PERSON', k);
    {
      const { affiliation, role } = this.kb.affiliationAt(k, this.date);
      c.affiliation = affiliation;
      if (role?.source === 'current') c.role = role.title;
      c.gender = k.gender;
    }
    return c;
  }

  /**
   * "The Prime Minister", "the president", "the secretary general of NATO", "Ukraine's president",
   * "the government": the last fitting person in the text, else the office holder at the date.
   */
  private nominals(): void {
    const toks = this.doc.tokens;
    const dominant = this.dominantCountry();
    for (let i = 0; i < toks.length; i++) {
      const lw = this.low(i);
      if (this.mentionAtTok(i)) continue;
      const prev = this.low(i - 1);
      const prevMention = this.mentionAtTok(i - 1);
      const possessive = /^('s|\u2019s)$/.test(prev) ? this.mentionAtTok(i - 2) : undefined;
      const det = prev === 'the' || !!possessive || (prevMention && (prevMention.kind === 'demonym' || prevMention.type === 'NORP') && this.low(prevMention.tokenStart - 1) === 'the');
      if (!det) continue;
      if (lw === 'government' || lw === 'country') continue; // handled with pronouns
      if (!isTitleWord(lw) || lw === 'of' || lw === 'the' || lw === 'for') continue;
      let j = i;
      while (j < toks.length && this.sentOf(j) === this.sentOf(i) && !this.mentionAtTok(j) && isTitleWord(this.low(j)) && !/^(of|the|for)$/.test(this.low(j))) j++;
      // Include "of State" style inner words but stop before "of <mention>".
      while (j < toks.length && this.low(j) === 'of' && !this.mentionAtTok(j + 1) && isTitleWord(this.low(j + 1)) && this.low(j + 1) !== 'the') {
        j += 2;
        while (j < toks.length && !this.mentionAtTok(j) && isTitleWord(this.low(j)) && !/^(of|the|for)$/.test(this.low(j))) j++;
      }
      const words = toks.slice(i, j).map((t) => t.form);
      if (!words.some((w) => isTitleHead(w.toLowerCase()))) { i = j - 1 < i ? i : j - 1; continue; }
      // A title right before a person's name is that name's title, not a nominal mention.
      const next = this.mentionAtTok(j);
      if (next && next.type === 'PERSON') { i = j - 1; continue; }
      const title = displayTitle(words);
      const tk = titleKey(title);
      let of: string | undefined;
      if (possessive) of = this.affiliationOf(possessive);
      else if (prevMention && prevMention.tokenEnd === i) of = this.affiliationOf(prevMention);
      if (!of && this.low(j) === 'of') {
        let k = j + 1;
        if (this.low(k) === 'the') k++;
        const q = this.mentionAtTok(k);
        if (q) of = this.affiliationOf(q);
      }
      // Apposition: "the secretary general of NATO, Mark Rutte".
      let target: Cluster | undefined;
      for (let k = j; k < Math.min(toks.length, j + 8) && this.sentOf(k) === this.sentOf(i); k++) {
        if (this.low(k) !== ',') continue;
        const nm = this.mentionAtTok(k + 1);
        if (nm && nm.type === 'PERSON') target = this.mentionCluster.get(nm);
        break;
      }
      if (!target) {
        const pos = toks[i]!.start;
        const fits = this.holders(tk, of);
        let best = -1;
        for (const c of fits) {
          const at = this.lastPosBefore(c, pos);
          if (at > best) { best = at; target = c; }
        }
        if (!target && fits.length === 1) target = fits[0];
      }
      if (!target && this.date && RESOLVABLE_OFFICES.has(tk)) {
        const where = of ?? dominant?.kb?.name;
        const hs = where ? this.kb.holders(title, where, this.date) : [];
        if (hs.length === 1) target = this.clusterForKb(hs[0]!);
      }
      if (target) this.addMention(target, i, j, 'nominal');
      i = j - 1;
    }
  }

  // ---------------------------------------------------------------- pronouns

  /** Clusters mentioned (any kind) in token range [a, b), in text order with their first token. */
  private mentionsIn(a: number, b: number): { c: Cluster; t: number; subj: boolean }[] {
    const list = this.linkedList();
    const out: { c: Cluster; t: number; subj: boolean }[] = [];
    for (let k = lowerBound(list, a); k < list.length && list[k]!.m.tokenStart < b; k++) {
      const { m, c } = list[k]!;
      const head = this.tok(m.tokenEnd - 1);
      // Without a parse, a mention not governed by a preposition stands in for a subject.
      const subj = head?.deprel ? head.deprel.startsWith('nsubj') : !PREPOSITIONS.has(this.low(m.tokenStart - 1)) && !PREPOSITIONS.has(this.low(m.tokenStart - 2));
      out.push({ c, t: m.tokenStart, subj });
    }
    return out;
  }

  /** Linked mentions (names and those added) sorted by first token; kept sorted on insertion. */
  private linked?: { m: EntityMention; c: Cluster }[];

  private linkedList(): { m: EntityMention; c: Cluster }[] {
    if (!this.linked) {
      this.linked = [];
      for (const m of this.names) {
        const c = this.mentionCluster.get(m);
        if (c && m.tokenStart >= 0) this.linked.push({ m, c });
      }
      for (const m of this.added) {
        const c = this.byId.get(m.entity!);
        if (c) this.linked.push({ m, c });
      }
      this.linked.sort((x, y) => x.m.tokenStart - y.m.tokenStart);
    }
    return this.linked;
  }

  private sentRange(s: number): [number, number] {
    const sen = this.doc.sentences[s];
    if (sen) return [sen.tokenStart, sen.tokenEnd];
    // Without sentences: the tokens with that sentence index.
    let a = -1, b = -1;
    this.doc.tokens.forEach((t, i) => { if (t.sent === s) { if (a < 0) a = i; b = i + 1; } });
    return [Math.max(a, 0), Math.max(b, 0)];
  }

  private personFits(c: Cluster, g: 'm' | 'f'): boolean {
    return c.type === 'PERSON' && (!c.gender || c.gender === g);
  }

  private thingFits(c: Cluster): boolean {
    return c.type === 'GPE' || c.type === 'ORG';
  }

  private inQuote?: Uint8Array;

  /** Per token: 1 inside quotation marks (straight quotes toggle; a paragraph resets). */
  private quoted(): Uint8Array {
    if (this.inQuote) return this.inQuote;
    const toks = this.doc.tokens;
    const q = new Uint8Array(toks.length);
    let open = false;
    let block = -1;
    for (let i = 0; i < toks.length; i++) {
      const b = this.doc.sentences[toks[i]!.sent]?.block ?? 0;
      if (b !== block) { open = false; block = b; }
      const f = toks[i]!.form;
      if (f === '\u201c' || f === '\u00ab') open = true;
      else if (f === '\u201d' || f === '\u00bb') open = false;
      else if (f === '"') open = !open;
      else if (open) q[i] = 1;
    }
    this.inQuote = q;
    return q;
  }

  /**
   * The person who speaks the quotation holding token ti, when its own sentence names them next
   * to a speech verb outside the quotation marks ('"...," said Mr Blair', 'Blair said: "..."').
   */
  private quoteSpeaker(ti: number): Cluster | undefined {
    const q = this.quoted();
    const [a, b] = this.sentRange(this.sentOf(ti));
    for (let k = a; k < b; k++) {
      if (q[k] || !SPEECH_VERB.test(this.low(k))) continue;
      for (let j = Math.max(a, k - 4); j <= Math.min(b - 1, k + 4); j++) {
        if (q[j]) continue;
        const m = this.mentionAtTok(j);
        const c = m && this.mentionCluster.get(m);
        if (c && c.type === 'PERSON') return c;
        // '"...," he says': the speaker is who that "he" is
        const lw = this.low(j);
        if (PRON_PERSON_M.has(lw) || PRON_PERSON_F.has(lw)) {
          const g = PRON_PERSON_M.has(lw) ? 'm' : 'f';
          return this.antecedent(j, (x) => this.personFits(x, g));
        }
      }
    }
    return undefined;
  }

  /** Salience: this sentence before the pronoun (nearest), then earlier sentences (subject, else leftmost). */
  private antecedent(ti: number, fits: (c: Cluster) => boolean, back = 2): Cluster | undefined {
    const s = this.sentOf(ti);
    const [a] = this.sentRange(s);
    // A pronoun outside quotation marks does not take up a name or pronoun inside them in its own
    // sentence ('"... the American people have chosen him," he argued': "he" is the speaker).
    const q0 = this.quoted();
    const here = this.mentionsIn(a, ti).filter((x) => fits(x.c) && (q0[ti] || !q0[x.t]));
    if (here.length) return here[here.length - 1]!.c;
    for (let k = s - 1; k >= Math.max(0, s - back); k--) {
      const [pa, pb] = this.sentRange(k);
      const ms = this.mentionsIn(pa, pb);
      const ok = ms.filter((x) => fits(x.c));
      // Outside quotation marks first: a name inside a quote is rarely what the next sentence's "he"
      // means, and never for a "he" outside quotation marks (the running speaker is: see pronouns)
      const q = this.quoted();
      const outside = ok.filter((x) => !q[x.t]);
      const pool = outside.length || !q0[ti] ? outside : ok;
      if (pool.length) return (pool.find((x) => x.subj) ?? pool[0]!).c;
      if (ms.length) {
        // "Canada has committed ... He also signed": the leader acting for the sentence's subject.
        const subj = ms.find((x) => x.subj);
        if (subj?.c.isCountry) {
          const leaders = this.clusters.filter((c) => fits(c) && c.affiliation === this.clusterName(subj.c) && c.mentions.length > 0
            && /^(president|prime minister|chancellor)$/.test(titleKey(c.role ?? '')));
          if (leaders.length === 1) return leaders[0];
        }
      }
    }
    return undefined;
  }

  private pronouns(): void {
    const toks = this.doc.tokens;
    // "Mr Blair said ... He said ... he added ... But he pledged": a chain of "he" outside
    // quotations keeps its person while no other fitting name comes between (4 sentences at most)
    const chain: Record<'m' | 'f', { c: Cluster; sent: number } | undefined> = { m: undefined, f: undefined };
    for (let i = 0; i < toks.length; i++) {
      if (this.mentionAtTok(i)) continue;
      const lw = this.low(i);
      let target: Cluster | undefined;
      let span: [number, number] = [i, i + 1];
      if (PRON_PERSON_M.has(lw) || PRON_PERSON_F.has(lw)) {
        // "his or her", "he or she": anyone, not someone.
        if (this.low(i + 1) === 'or' || this.low(i - 1) === 'or' || this.low(i + 1) === '/' || this.low(i - 1) === '/') continue;
        const g = PRON_PERSON_M.has(lw) ? 'm' : 'f';
        // inside a quotation the speaker says "I": "he" there is someone else
        const speaker = this.quoted()[i] ? this.quoteSpeaker(i) : undefined;
        target = this.antecedent(i, (c) => c !== speaker && this.personFits(c, g));
        const si = this.sentOf(i);
        // a narration "he" after quoted sentences: a subject up to four sentences back
        if (!target && !this.quoted()[i]) target = this.antecedent(i, (c) => c !== speaker && this.personFits(c, g), 4);
        if (!this.quoted()[i]) {
          const last = chain[g];
          if (!target && last && si - last.sent <= 4 && last.c !== speaker) target = last.c;
          if (target) chain[g] = { c: target, sent: si };
        }
        // "his country": the country the person acts for.
        if (target && (lw === 'his' || lw === 'her') && this.low(i + 1) === 'country') {
          const cn = target.affiliation && findCountry(target.affiliation);
          if (cn) this.addMention(this.countryCluster(target.affiliation!), i, i + 2, 'nominal');
        }
      } else if (PRON_THING.has(lw)) {
        if (lw === 'it' && (PLEONASTIC_NEXT.has(this.low(i + 1)) || this.pleonastic(i))) continue;
        target = this.cataphor(i) ?? this.antecedent(i, (c) => this.thingFits(c), 1);
      } else if (lw === 'they' || lw === 'them' || lw === 'their' || lw === 'themselves') {
        // "Russian legislators ... They said": the group's country acts.
        const s0 = this.sentOf(i);
        const g = [...this.groups].reverse().find((x) => x.tokenEnd <= i && this.sentOf(x.tokenStart) >= s0 - 1);
        if (g?.entity) target = this.byId.get(g.entity);
      } else if (ORG_NOMINALS[lw] && this.low(i - 1) === 'the' && !this.mentionAtTok(i + 1)) {
        // "the alliance" (NATO), "the bloc" (the EU): the organisation the text named before.
        span = [i - 1, i + 1];
        const re = ORG_NOMINALS[lw]!;
        let best = -1;
        for (const c of this.clusters) {
          if (c.type !== 'ORG' || !c.mentions.length || !(re.test(this.clusterName(c)) || c.forms.some((f) => re.test(f)))) continue;
          const at = this.lastPosBefore(c, toks[i]!.start);
          if (at > best) { best = at; target = c; }
        }
      } else if ((lw === 'country' || lw === 'government') && this.low(i - 1) === 'the' && !this.mentionAtTok(i + 1)) {
        span = [i - 1, i + 1];
        target = lw === 'country' ? this.countryBefore(i - 1, 2) : this.countryBefore(i - 1, 1);
      }
      if (target?.id) this.addMention(target, span[0], span[1], 'pronoun');
    }
    for (const m of this.added) if (/^the /i.test(m.text)) m.kind = 'nominal';
  }

  /** "it is likely that", "it could take years to": no referent. */
  private pleonastic(i: number): boolean {
    for (let k = i + 1; k < Math.min(this.doc.tokens.length, i + 5); k++) {
      const w = this.low(k);
      if (w === 'that' || w === 'to') return k > i + 2;
      if (this.mentionAtTok(k)) return false;
    }
    return false;
  }

  /** "If it joins, Turkey ...": a pronoun in a fronted clause points to the main clause's subject. */
  private cataphor(i: number): Cluster | undefined {
    const [a, b] = this.sentRange(this.sentOf(i));
    if (!FRONTED.has(this.low(a))) return undefined;
    let comma = -1;
    for (let k = i + 1; k < b; k++) if (this.low(k) === ',') { comma = k; break; }
    if (comma < 0) return undefined;
    const m = this.mentionAtTok(comma + 1);
    const c = m && this.mentionCluster.get(m);
    return c && this.thingFits(c) ? c : undefined;
  }

  /** "the country": the last country named before it (a place stands for its country). */
  private countryBefore(ti: number, back: number): Cluster | undefined {
    const s = this.sentOf(ti);
    const [a] = this.sentRange(Math.max(0, s - back));
    const ms = this.mentionsIn(a, ti);
    for (let k = ms.length - 1; k >= 0; k--) {
      const c = ms[k]!.c;
      if (c.isCountry) return c;
      if (c.type === 'GPE' || c.type === 'LOC') {
        const country = this.kb.countryOfPlace(this.clusterName(c));
        if (country) return this.countryCluster(country);
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- output

  private emit(): void {
    const doc = this.doc;
    const entities: Entity[] = this.clusters.map((c) => {
      const e: Entity = { id: c.id!, name: this.clusterName(c), type: c.type === 'NORP' ? 'GPE' : c.type, mentions: [...c.mentions].sort((a, b) => a.start - b.start).map((m) => ({ start: m.start, end: m.end, text: m.text })) };
      if (c.kb) e.kb = c.kb.id;
      if (c.affiliation && !c.isCountry && c.affiliation !== e.name) e.affiliation = c.affiliation;
      if (c.role) e.role = c.role;
      const aliases = [...new Set(c.surfaces)].filter((s) => s !== e.name);
      if (aliases.length) e.aliases = aliases;
      return e;
    });
    entities.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    doc.entities = entities;
    doc.mentions = [...doc.mentions, ...this.added].sort((a, b) => a.start - b.start || b.end - a.end);
    doc.groups = this.groups;
    setDocumentPlaces(doc, this.docPlaces);
  }
}

/** First index whose mention starts at or after token `t` (the list is sorted by tokenStart). */
function lowerBound(list: { m: EntityMention }[], t: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.m.tokenStart < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does a KB candidate fit the recogniser's type? Places and organisations are often confused. */
function compatible(t: EntityType, k: KbCandidate): boolean {
  if (t === 'PERSON') return k.type === 'PERSON';
  if (k.source !== 'petrarch' && k.type !== 'PERSON') return true;
  if (t === 'ORG') return k.type === 'ORG' || k.type === 'OTHER';
  if (t === 'GPE' || t === 'LOC') return k.type === 'GPE' || k.type === 'OTHER';
  return false;
}

/** First names written differently in Russian, Ukrainian and English transliteration: one family id each. */
const TRANSLIT = new Map<string, number>();
[
  ['alexander', 'aleksandr', 'oleksandr', 'alexandr', 'olexander'],
  ['vladimir', 'volodymyr', 'wladimir'],
  ['sergei', 'sergey', 'serhiy', 'serhii', 'sergiy'],
  ['dmitry', 'dmitri', 'dmytro'],
  ['andrei', 'andrey', 'andriy', 'andrii'],
  ['alexei', 'alexey', 'aleksei', 'oleksiy', 'oleksii'],
  ['mikhail', 'mykhailo', 'mykhaylo'],
  ['yuri', 'yury', 'yuriy', 'yurii'],
  ['nikolai', 'nikolay', 'mykola'],
  ['viktor', 'victor'],
  ['denis', 'denys'],
].forEach((fam, i) => { for (const n of fam) TRANSLIT.set(n, i); });
