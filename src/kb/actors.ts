/**
 * The actor knowledge base: one narrow interface (spaCy's `get_candidates` habit),
 *
 *   candidates(name, date?) -> KbCandidate[]   best first, scores sum to 1 (prior-like)
 *
 * over three sources, most trusted first:
 *   1. `src/kb/data/current.json`: project-written facts (office holders with dated roles,
 *      organisations and the country they act for, place spellings) up to 2025;
 *   2. `models/kb-actors.json.gz`: the PETRARCH2 actor dictionaries compiled by ./compile.ts
 *      (persons with `[USAGOV 20090120-20170120]`-style dated codes, organisations, places);
 *   3. `src/kb/countries.ts`: the country table (names, aliases, demonyms, capitals).
 * The KB is a help, not a filter: unknown names still become entities in the linker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { EntityType } from '../model/types.js';
import { countryIndex, type Country } from './countries.js';
import { KB_FILE, type CompiledKb } from './compile.js';
import { foldKey, nameKey } from './names.js';
import current from './data/current.json' with { type: 'json' };

export interface KbRole {
  /** `President`, `Prime Minister`, `Secretary General`; PETRARCH sectors read `Government`, `Military`. */
  title: string;
  /** Organisation the role is held in (`NATO`, `Russian Security Council`). */
  org?: string;
  /** Country (canonical name) the role acts for. */
  country?: string;
  /** ISO dates (day or month precision); absent = open. */
  start?: string;
  end?: string;
  source: 'current' | 'petrarch';
  /** The PETRARCH code, when from there (`USAGOV`). */
  code?: string;
}

export interface KbCandidate {
  id: string;
  name: string;
  type: EntityType | 'OTHER';
  /** The country the actor belongs to or acts for (canonical name). */
  country?: string;
  roles: KbRole[];
  aliases: string[];
  gender?: 'm' | 'f';
  /** True for bodies whose statements are their country's (the Kremlin, the White House). */
  speaksFor?: boolean;
  /** Prior-like score; the candidates of one query sum to 1. */
  score: number;
  /** How the query met it: its name, one of its aliases, or (persons) its last name only. */
  match: 'name' | 'alias' | 'last';
  /** Which source it comes from: project facts, the country table, or the PETRARCH dictionaries. */
  source: 'current' | 'countries' | 'petrarch';
  /** True when a role of it holds at the query date (false without a date). */
  inOffice: boolean;
}

interface Entry extends Omit<KbCandidate, 'score' | 'match' | 'inOffice'> {
  /** Trust of the source: current 1, country table 1, PETRARCH 0.6. */
  weight: number;
  /** PETRARCH codes not decoded yet (roles, country and id are filled on first use). */
  raw?: [string, number, number][];
}

interface CurrentRole { title: string; org?: string; country?: string; start?: string; end?: string }
interface CurrentFile {
  persons: { name: string; gender?: string; country?: string; aliases?: string[]; roles: CurrentRole[] }[];
  orgs: { name: string; country?: string; speaksFor?: boolean; aliases?: string[] }[];
  places: { name: string; country: string; aliases?: string[] }[];
}

/** Names English news uses for countries where the table prefers another (Türkiye). */
const COUNTRY_NAME: Record<string, string> = { TUR: 'Turkey', CZE: 'Czech Republic', CPV: 'Cape Verde', SWZ: 'Swaziland' };
const COUNTRY_EXTRA_ALIASES: Record<string, string[]> = { TUR: ['Turkey', 'Türkiye'], CZE: ['Czechia'], GBR: ['Great Britain', 'Britain'] };

/** The name Dossier records for a country of the table. */
export function countryName(c: Country): string {
  return COUNTRY_NAME[c.code] ?? c.name;
}

const PETRARCH_SECTOR: Record<string, string> = {
  GOV: 'Government', MIL: 'Military', ELI: 'Elite', LEG: 'Legislature', OPP: 'Opposition', JUD: 'Judiciary',
  BUS: 'Business', MED: 'Media', REB: 'Rebel', COP: 'Police', SPY: 'Intelligence', PTY: 'Party', EDU: 'Education',
  CVL: 'Civilian', HLH: 'Health', LAB: 'Labour', AGR: 'Agriculture', REF: 'Refugees', UAF: 'Armed group', IGO: 'International organisation',
};

function igoOrg(code: string): string | undefined {
  if (code.startsWith('IGOWSTNAT')) return 'NATO';
  if (code.startsWith('IGOEUREEC')) return 'European Union';
  if (code.startsWith('IGOUNOIAE')) return 'IAEA';
  if (code.includes('WBK')) return 'World Bank';
  if (code.includes('IMF')) return 'IMF';
  if (code.startsWith('IGOUNO')) return 'United Nations';
  return undefined;
}

/** YYYYMMDD number -> ISO date, 0 -> undefined. */
function isoOf(n: number): string | undefined {
  if (!n) return undefined;
  const s = String(n);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** Comparable number for an ISO date of any precision; `end` pads to the last day of the period. */
export function dateNum(iso: string | undefined, end = false): number {
  if (!iso) return end ? 99999999 : 0;
  const m = iso.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!m) return end ? 99999999 : 0;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  const d = m[3] ? Number(m[3]) : end ? 31 : 1;
  return y * 10000 + mo * 100 + d;
}

/** True when a role holds on an ISO date (limits inclusive, as in the dictionaries). */
export function roleValidAt(r: { start?: string; end?: string }, date: string): boolean {
  const d = dateNum(date);
  return dateNum(r.start) <= d && d <= dateNum(r.end, true);
}

/** Titles that name the same office in different countries' usage. */
const TITLE_CLASS: [RegExp, string][] = [
  [/^(vice[- ]president)$/i, 'vice president'],
  [/^(deputy prime minister|deputy premier|first deputy prime minister)$/i, 'deputy prime minister'],
  [/^(prime minister|premier|pm|head of government)$/i, 'prime minister'],
  [/^(president|head of state)$/i, 'president'],
  [/^(foreign minister|foreign secretary|secretary of state|minister of foreign affairs|foreign affairs minister|minister for foreign affairs|top diplomat)$/i, 'foreign minister'],
  [/^(defen[cs]e minister|defen[cs]e secretary|secretary of defen[cs]e|minister of defen[cs]e|armed forces minister|minister for the armed forces|war secretary|secretary of war)$/i, 'defence minister'],
  [/^(secretary[- ]general|secretary general)$/i, 'secretary general'],
  [/^(chancellor)$/i, 'chancellor'],
];

/** A key for an office title so that `premier` meets `Prime Minister`. */
export function titleKey(title: string): string {
  const t = title.trim().replace(/\s+/g, ' ');
  for (const [re, k] of TITLE_CLASS) if (re.test(t)) return k;
  return t.toLowerCase();
}

export class ActorKb {
  private entries: Entry[] = [];
  /** foldKey of a name or alias -> entry indexes (name matches first). */
  private byKey = new Map<string, number[]>();
  /** Last name of a person of current.json -> entry indexes. */
  private byLast = new Map<string, number[]>();
  private agents = new Map<string, string>();
  private placeCountry = new Map<string, string>();
  private compiled = false;

  constructor(compiled: CompiledKb | undefined, cur: CurrentFile) {
    this.addCountries();
    this.addCurrent(cur);
    if (compiled) this.addCompiled(compiled);
  }

  private byId = new Map<string, number>();
  /** Entry indexes of current.json's persons (office holders are looked up among them only). */
  private currentPersons: number[] = [];

  private add(e: Entry, keys: string[]): number {
    const i = this.entries.push(e) - 1;
    if (e.id) this.byId.set(e.id, i);
    for (const key of keys) {
      const k = foldKey(key);
      if (!k) continue;
      const l = this.byKey.get(k);
      if (!l) this.byKey.set(k, [i]);
      else if (l[l.length - 1] !== i) l.push(i);
    }
    return i;
  }

  private addCountries(): void {
    const seen = new Set<string>();
    for (const c of countryIndex().byCode.values()) {
      if (seen.has(c.code)) continue;
      seen.add(c.code);
      const name = countryName(c);
      const aliases = [c.name, ...c.aliases, ...(COUNTRY_EXTRA_ALIASES[c.code] ?? [])].filter((a) => a !== name && !NOT_STATES.has(a.toLowerCase()));
      this.add({ id: `country:${c.code}`, name, type: 'GPE', country: name, roles: [], aliases, weight: 1, source: 'countries' }, [name, ...aliases]);
    }
  }

  /** Resolve a country name as current.json writes it. */
  static country(name: string | undefined): string | undefined {
    if (!name) return undefined;
    const c = findCountry(name);
    return c ? countryName(c) : name;
  }

  private addCurrent(cur: CurrentFile): void {
    for (const p of cur.persons) {
      const roles: KbRole[] = p.roles.map((r) => ({ ...r, country: ActorKb.country(r.country), source: 'current' as const }));
      const aliases = p.aliases ?? [];
      const id = 'person:' + foldKey(p.name).replace(/[^a-z0-9]+/g, '-');
      const i = this.add({ id, name: p.name, type: 'PERSON', country: ActorKb.country(p.country), roles, aliases, gender: p.gender === 'f' ? 'f' : p.gender === 'm' ? 'm' : undefined, weight: 1, source: 'current' }, [p.name, ...aliases]);
      this.currentPersons.push(i);
      const last = foldKey(p.name).split(' ').pop()!;
      const l = this.byLast.get(last);
      if (l) l.push(i);
      else this.byLast.set(last, [i]);
    }
    for (const o of cur.orgs) {
      const id = 'org:' + foldKey(o.name).replace(/[^a-z0-9]+/g, '-');
      this.add({ id, name: o.name, type: 'ORG', country: ActorKb.country(o.country), roles: [], aliases: o.aliases ?? [], speaksFor: o.speaksFor, weight: 1, source: 'current' }, [o.name, ...(o.aliases ?? [])]);
    }
    for (const p of cur.places) {
      const country = ActorKb.country(p.country)!;
      const id = 'place:' + foldKey(p.name).replace(/[^a-z0-9]+/g, '-');
      this.add({ id, name: p.name, type: 'GPE', country, roles: [], aliases: p.aliases ?? [], weight: 1, source: 'current' }, [p.name, ...(p.aliases ?? [])]);
      for (const n of [p.name, ...(p.aliases ?? [])]) this.placeCountry.set(foldKey(n), country);
    }
  }

  /** Decode a PETRARCH entry's codes on first use. */
  private materialize(i: number): Entry {
    const e = this.entries[i]!;
    if (e.raw) {
      const { roles, country } = this.rolesOf(e.raw);
      e.roles = roles;
      e.country = country;
      e.raw = undefined;
      let id = 'actor:' + foldKey(e.name).replace(/[^a-z0-9]+/g, '_').toUpperCase();
      if (this.byId.has(id) && this.byId.get(id) !== i) id += '_' + i;
      e.id = id;
      this.byId.set(id, i);
    }
    return e;
  }

  private rolesOf(codes: [string, number, number][]): { roles: KbRole[]; country?: string } {
    const idx = countryIndex();
    const roles: KbRole[] = [];
    let country: string | undefined;
    for (const [code, s, e] of codes) {
      const head = code.slice(0, 3);
      const org = head === 'IGO' ? igoOrg(code) : undefined;
      const c = idx.byCode.get(head === 'USR' ? 'SUN' : head);
      const cname = c ? countryName(c) : undefined;
      if (!org && !cname) continue;
      const sector = head === 'IGO' ? 'Official' : PETRARCH_SECTOR[code.slice(3, 6)] ?? (code.length === 3 ? 'National' : 'Member');
      roles.push({ title: sector, org, country: cname, start: isoOf(s), end: isoOf(e), source: 'petrarch', code });
      if (cname && !country) country = cname;
    }
    return { roles, country };
  }

  private addCompiled(kb: CompiledKb): void {
    this.compiled = true;
    const idx = countryIndex();
    for (const [name, t, aliases, codes] of kb.actors) {
      // Only actors with a code the runtime can read (a country or a known organisation).
      if (!codes.some(([code]) => idx.byCode.has(code.slice(0, 3)) || (code.startsWith('IGO') && igoOrg(code)))) continue;
      const type: KbCandidate['type'] = t === 'P' ? 'PERSON' : t === 'O' ? 'ORG' : t === 'G' ? 'GPE' : 'OTHER';
      // An actor current.json or the country table knows already: a person's PETRARCH roles join
      // that entry (older history); other duplicates are dropped.
      const known = this.byKey.get(foldKey(name))?.find((i) => this.entries[i]!.weight === 1);
      if (known !== undefined) {
        if (type === 'PERSON' && this.entries[known]!.type === 'PERSON') this.entries[known]!.roles.push(...this.rolesOf(codes).roles);
        continue;
      }
      // Roles, country and id are decoded lazily: most of the 27k actors are never asked for.
      this.add({ id: '', name, type, roles: [], aliases, weight: 0.6, source: 'petrarch', raw: codes }, [name, ...aliases]);
    }
    for (const [name, code] of kb.places) {
      const c = countryIndex().byCode.get(code === 'USR' ? 'SUN' : code);
      if (!c) continue;
      const k = foldKey(name);
      if (!this.placeCountry.has(k)) this.placeCountry.set(k, countryName(c));
    }
    for (const [phrase, code] of kb.agents) if (!this.agents.has(phrase)) this.agents.set(phrase, code);
  }

  /**
   * Candidates for a surface name, best first. Exact name/alias matches of the trusted sources
   * score highest; a role held at `date` (ISO) adds weight, so the office holder of the day wins.
   * A bare last name ("Carney") finds the persons of current.json with that last name.
   */
  candidates(name: string, date?: string): KbCandidate[] {
    const k = foldKey(name);
    if (!k) return [];
    const raw = new Map<number, [number, KbCandidate['match']]>();
    for (const i of this.byKey.get(k) ?? []) {
      const e = this.entries[i]!;
      const exact = foldKey(e.name) === k;
      const s = (exact ? 1 : 0.8) * e.weight;
      if (s > (raw.get(i)?.[0] ?? 0)) raw.set(i, [s, exact ? 'name' : 'alias']);
    }
    if (!k.includes(' ')) for (const i of this.byLast.get(k) ?? []) if (!raw.has(i)) raw.set(i, [0.3, 'last']);
    if (!raw.size) return [];
    const out: KbCandidate[] = [];
    let total = 0;
    for (const [i, [s0, match]] of raw) {
      const e = this.materialize(i);
      let s = s0;
      const inOffice = !!date && e.roles.some((r) => roleValidAt(r, date));
      if (date && e.roles.length) s *= inOffice ? 1.5 : 0.7;
      total += s;
      const { weight: _w, ...rest } = e;
      out.push({ ...rest, score: s, match, inOffice });
    }
    for (const c of out) c.score = +(c.score / total).toFixed(4);
    return out.sort((a, b) => b.score - a.score);
  }

  /** An entry by its id (`person:mark-carney`, `country:UKR`), as a candidate matched by name. */
  get(id: string, date?: string): KbCandidate | undefined {
    const i = this.byId.get(id);
    if (i === undefined) return undefined;
    const { weight: _w, ...rest } = this.entries[i]!;
    return { ...rest, score: 1, match: 'name', inOffice: !!date && rest.roles.some((r) => roleValidAt(r, date)) };
  }

  /** The roles of a candidate valid at a date, project facts first. */
  rolesAt(c: { roles: KbRole[] }, date?: string): KbRole[] {
    const rs = date ? c.roles.filter((r) => roleValidAt(r, date)) : [];
    return rs.sort((a, b) => (a.source === b.source ? dateNum(b.start) - dateNum(a.start) : a.source === 'current' ? -1 : 1));
  }

  /**
   * The country or organisation a person acts for at a date: a project role valid then, else a
   * PETRARCH role valid then, else the actor's home country. Organisation roles (NATO) give the
   * organisation's name.
   */
  affiliationAt(c: KbCandidate, date?: string): { affiliation?: string; role?: KbRole } {
    const r = this.rolesAt(c, date)[0];
    if (r && r.source === 'current') return { affiliation: r.org && !r.country ? r.org : r.country ?? r.org, role: r };
    if (c.country) return { affiliation: c.country, role: r };
    if (r) return { affiliation: r.country ?? r.org, role: r };
    return {};
  }

  /**
   * Persons holding an office at a date: `holders('Prime Minister', 'Canada', '2025-08-24')`.
   * `of` is a country or organisation canonical name; titles compare through titleKey.
   */
  holders(title: string, of: string | undefined, date: string): KbCandidate[] {
    const tk = titleKey(title);
    const out: KbCandidate[] = [];
    for (const i of this.currentPersons) {
      const e = this.entries[i]!;
      const r = e.roles.find((x) => x.source === 'current' && titleKey(x.title) === tk && roleValidAt(x, date)
        && (!of || x.country === of || x.org === of));
      if (r) {
        const { weight: _w, ...rest } = e;
        out.push({ ...rest, score: 1, match: 'name', inOffice: true });
      }
    }
    for (const c of out) c.score = 1 / out.length;
    return out;
  }

  /** The country a place lies in (`Kherson` -> `Ukraine`), or a country's own name. */
  countryOfPlace(name: string): string | undefined {
    const k = foldKey(name);
    const c = findCountry(name);
    if (c) return countryName(c);
    // Project and dictionary places first: the capitals table maps Moscow to the Soviet Union.
    const p = this.placeCountry.get(k);
    if (p) return p;
    const cap = countryIndex().byCapital.get(k);
    if (cap && cap.code !== 'SUN' && cap.code !== 'YUG') return countryName(cap);
    return undefined;
  }

  /** PETRARCH agent code of a common noun phrase (`legislators` -> `LEG`). */
  agentCode(phrase: string): string | undefined {
    return this.agents.get(phrase.toLowerCase());
  }

  /**
   * Surface forms (case as written) the project trusts enough to find in text without the
   * recogniser: countries' names and capitalised aliases, and the names of current.json's
   * organisations, places and persons (multi-word forms and acronyms only: a bare "Harris" or
   * "Wagner" is too ambiguous). Used by the linker to repair and complete name mentions.
   */
  trustedNames(): Map<string, KbCandidate['type']> {
    if (this.trusted) return this.trusted;
    const out = new Map<string, KbCandidate['type']>();
    const ambiguous = /^(Chad|Jordan|Georgia|Niger|Man|Victoria|Cook|Jersey|Norfolk|Christmas|Heard|Wake|Ascension|Reunion|Mayotte|Martinique)$/;
    const put = (s: string, t: KbCandidate['type']) => {
      const w = s.trim();
      if (w.length < 2 || !/^\p{Lu}/u.test(w) || ambiguous.test(w)) return;
      if (!w.includes(' ') && w.length <= 3 && !/^[A-Z0-9.]+$/.test(w)) return;
      if (!out.has(w)) out.set(w, t);
    };
    for (const e of this.entries) {
      if (e.source === 'countries') {
        for (const n of [e.name, ...e.aliases]) if (!NOT_STATES.has(n.toLowerCase())) put(n.replace(/^the /, ''), 'GPE');
      } else if (e.source === 'current') {
        const multi = (n: string) => n.includes(' ') || /^[A-Z0-9.-]{2,6}$/.test(n);
        if (e.type === 'PERSON') for (const n of [e.name, ...e.aliases]) { if (n.includes(' ')) put(n, 'PERSON'); }
        else {
          put(e.name.replace(/^The /, ''), e.type);
          for (const n of e.aliases) if (multi(n)) put(n.replace(/^The /, ''), e.type);
        }
      }
    }
    this.trusted = out;
    return out;
  }

  private trusted?: Map<string, KbCandidate['type']>;

  hasCompiled(): boolean {
    return this.compiled;
  }

  /**
   * Self-consistency of the project facts, each in 0..1: roles with start <= end; names and
   * aliases that find their own entry first; for the main actors, exactly one head of state or
   * government per country on probe dates (catches overlapping or missing terms).
   */
  selfCheck(): Record<string, number> {
    let roles = 0, okRoles = 0, names = 0, okNames = 0;
    for (const i of this.currentPersons) {
      const e = this.entries[i]!;
      for (const r of e.roles) {
        if (r.source !== 'current') continue;
        roles++;
        if (dateNum(r.start) <= dateNum(r.end, true)) okRoles++;
      }
      for (const n of [e.name, ...e.aliases]) {
        if (!n.includes(' ')) continue;
        names++;
        if (this.candidates(n)[0]?.id === e.id) okNames++;
      }
    }
    const probes: [string, string][] = [
      ['President', 'Ukraine'], ['President', 'Russia'], ['President', 'United States'], ['Prime Minister', 'Canada'],
      ['Prime Minister', 'United Kingdom'], ['President', 'France'], ['Chancellor', 'Germany'], ['Prime Minister', 'Italy'],
      ['Prime Minister', 'Poland'], ['President', 'Finland'], ['President', 'Turkey'], ['Secretary General', 'NATO'],
    ];
    const dates = ['2022-03-01', '2023-06-01', '2024-12-01', '2025-08-24'];
    let probesN = 0, okProbes = 0;
    for (const [t, of] of probes) for (const d of dates) { probesN++; if (this.holders(t, of, d).length === 1) okProbes++; }
    return {
      roles_well_formed: roles ? okRoles / roles : 1,
      names_find_themselves: names ? okNames / names : 1,
      one_office_holder: probesN ? okProbes / probesN : 1,
    };
  }

  stats(): Record<string, number> {
    let persons = 0, orgs = 0, places = 0;
    for (const e of this.entries) {
      if (e.type === 'PERSON') persons++;
      else if (e.type === 'ORG') orgs++;
      else if (e.type === 'GPE') places++;
    }
    return { entries: this.entries.length, persons, orgs, places, agents: this.agents.size, placeNames: this.placeCountry.size };
  }
}

const NOT_STATES = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/** `fn` with its answers remembered (hot in linking: the same names are asked again and again). */
function memoized(fn: (key: string) => Country | undefined): (key: string) => Country | undefined {
  const memo = new Map<string, Country | null>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const c = fn(key);
    if (memo.size > 50000) memo.clear();
    memo.set(key, c ?? null);
    return c;
  };
}

/** A country of the table by any name (`Britain`, `U.S.`, `Turkey`), case-insensitive. */
export const findCountry = memoized(findCountryUncached);

function findCountryUncached(name: string): Country | undefined {
  const idx = countryIndex();
  const k = nameKey(name);
  // Constituent countries are places of the United Kingdom, not the state itself.
  if (NOT_STATES.has(k)) return undefined;
  const hit = idx.byName.get(k) ?? idx.byName.get(name.replace(/^the /i, '').toLowerCase());
  if (hit) return hit;
  for (const [code, al] of Object.entries(COUNTRY_EXTRA_ALIASES)) if (al.some((a) => nameKey(a) === k)) return idx.byCode.get(code);
  return undefined;
}

/** Demonyms several territories share: the sovereign state news means (American is not the Northern Marianas). */
const DEMONYM_PREFERRED: Record<string, string> = {
  american: 'USA', americans: 'USA', briton: 'GBR', britons: 'GBR', brits: 'GBR', french: 'FRA', dutch: 'NLD', congolese: 'COD', dominican: 'DOM', indian: 'IND', norwegian: 'NOR',
};

/** A country by demonym (`Ukrainian`, `U.S.`). */
export const findCountryByDemonym = memoized(demonymUncached);

function demonymUncached(word: string): Country | undefined {
  const idx = countryIndex();
  const k = word.toLowerCase();
  const pref = DEMONYM_PREFERRED[k];
  if (pref) return idx.byCode.get(pref);
  return idx.byDemonym.get(k) ?? idx.byDemonym.get(nameKey(word));
}

export const DEFAULT_KB_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
const cache = new Map<string, ActorKb>();

/** Load (once per folder) the KB: the compiled dictionaries when present, always current.json and the countries. */
export function loadKb(modelsDir: string = DEFAULT_KB_DIR): ActorKb {
  const hit = cache.get(modelsDir);
  if (hit) return hit;
  const p = join(modelsDir, KB_FILE);
  let compiled: CompiledKb | undefined;
  if (existsSync(p)) compiled = JSON.parse(gunzipSync(readFileSync(p)).toString('utf8')) as CompiledKb;
  const kb = new ActorKb(compiled, current as CurrentFile);
  cache.set(modelsDir, kb);
  return kb;
}

/** The narrow interface on the default KB. */
export function candidates(name: string, date?: string): KbCandidate[] {
  return loadKb().candidates(name, date);
}
