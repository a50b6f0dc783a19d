/**
 * Compiles the PETRARCH2 actor and agent dictionaries (../shared/data/petrarch2-dictionaries)
 * into the committed file `models/kb-actors.json.gz` plus `models/kb-actors.manifest.json`.
 * The shared folder is absent on a fresh clone, so the runtime only ever reads the compiled file.
 *
 *   node dist/kb/compile.js [dataDir] [modelsDir]      (or `dossier train kb`)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { countryIndex } from './countries.js';
import { nameKey, titleCase } from './names.js';
import { parseActors, parseAgents, type ActorRecord } from './petrarch.js';
import type { LearnTask, TaskOptions } from '../learn/task.js';

export const KB_FILE = 'kb-actors.json.gz';
export const KB_MANIFEST = 'kb-actors.manifest.json';
const DICT_DIR = 'petrarch2-dictionaries';
const ACTOR_FILES = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'];
const AGENT_FILE = 'Phoenix.agents.txt';

/** Type letters in the compiled file: P person, O organisation, G place, X unknown. */
export type TypeLetter = 'P' | 'O' | 'G' | 'X';

/** [name, type, aliases, roles [code, start, end]]; the id is derived from the name at load time. */
export type CompiledActor = [string, TypeLetter, string[], [string, number, number][]];

export interface CompiledKb {
  version: 1;
  source: string;
  actors: CompiledActor[];
  /** [place name, ISO3 of the country whose record lists it] */
  places: [string, string][];
  /** [lower-case phrase, agent code] */
  agents: [string, string][];
}

/** PETRARCH codes that are not ISO 3166 alpha-3 of the country table. */
const CODE_FIX: Record<string, string> = { USR: 'SUN', YUG: 'YUG' };

const ORG_WORDS = /\b(MINISTRY|MINISTRIES|PARTY|COUNCIL|HOUSE|ARMY|FORCES?|AGENCY|COMMITTEE|COMMISSION|ORGANI[SZ]ATION|UNION|BANK|FUND|ASSOCIATION|INSTITUTE|FRONT|MOVEMENT|BRIGADES?|GROUP|COURT|TRIBUNAL|OFFICE|DEPARTMENT|SERVICE|NEWS|PRESS|TIMES|POST|RADIO|TELEVISION|TV|COMPANY|CORPORATION|CORP|INC|LTD|NETWORK|PROGRAMME|PROGRAM|MISSION|ASSEMBLY|PARLIAMENT|SENATE|CONGRESS|GOVERNMENT|REGIME|ALLIANCE|LEAGUE|CENTER|CENTRE|UNIVERSITY|AUTHORITY|BUREAU|NAVY|POLICE|GUARD|FEDERATION|CONFERENCE|SECRETARIAT|DIRECTORATE|EMBASSY|CABINET|KREMLIN|PENTAGON|HAMAS|HEZBOLLAH|TALIBAN|QAEDA|ISIS|ISIL)\b/;

function typeOf(r: ActorRecord): TypeLetter {
  if (ORG_WORDS.test(r.phrase)) return 'O';
  const words = r.phrase.split(' ');
  if (/CountryInfo/i.test(r.note) && words.length <= 5) return 'P';
  if (words.length >= 2 && words.length <= 4 && r.codes.some((c) => c.start || c.end) && words.every((w) => /^[A-Z][A-Z.'-]*$/.test(w))) return 'P';
  if (/^(IGO|NGO|IMG|MNC)/.test(r.codes[0]?.code ?? '')) return 'O';
  return 'X';
}

/** A country record: its codes are bare ISO3 codes (`[UKR >911221]`). */
function isCountryRecord(r: ActorRecord): boolean {
  return r.codes.length > 0 && countryIndex().byName.has(nameKey(r.phrase));
}

/** The code a country record holds at the latest date (Ukraine after 1991 is UKR, not USR). */
function latestCode(r: ActorRecord): string {
  let best = r.codes[0]!;
  for (const c of r.codes) if ((c.end === 0 ? 99999999 : c.end) >= (best.end === 0 ? 99999999 : best.end)) best = c;
  const code = best.code.slice(0, 3);
  return CODE_FIX[code] ?? code;
}

export function compileKb(dataDir: string): { kb: CompiledKb; files: string[] } {
  const dir = join(dataDir, DICT_DIR);
  const idx = countryIndex();
  const actors: CompiledActor[] = [];
  const places: [string, string][] = [];
  const seenPlace = new Set<string>();
  const files: string[] = [];
  for (const f of ACTOR_FILES) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    files.push(f);
    for (const r of parseActors(readFileSync(p, 'utf8'))) {
      if (isCountryRecord(r)) {
        const code = latestCode(r);
        for (const syn of r.synonyms) {
          const k = nameKey(syn);
          // Spellings of the country itself and its demonyms are the country table's business.
          if (idx.byName.has(k) || idx.byDemonym.has(k) || seenPlace.has(k) || k.length < 3) continue;
          seenPlace.add(k);
          places.push([titleCase(syn), code]);
        }
        continue;
      }
      const roles: [string, number, number][] = [];
      for (const c of r.codes) {
        const m = c.code.match(/^([A-Z]{3})/);
        if (!m) continue;
        roles.push([c.code, c.start, c.end]);
      }
      if (!roles.length) continue;
      const aliases = [...new Set(r.synonyms.map(titleCase))].filter((a) => nameKey(a) !== nameKey(r.phrase));
      actors.push([titleCase(r.phrase.replace(/^THE /, '')), typeOf(r), aliases, roles]);
    }
  }
  const agents: [string, string][] = [];
  const ap = join(dir, AGENT_FILE);
  if (existsSync(ap)) {
    files.push(AGENT_FILE);
    const seen = new Set<string>();
    for (const a of parseAgents(readFileSync(ap, 'utf8'))) {
      if (seen.has(a.phrase)) continue;
      seen.add(a.phrase);
      agents.push([a.phrase, a.code]);
    }
  }
  return { kb: { version: 1, source: `${DICT_DIR} (${files.join(', ')})`, actors, places, agents }, files };
}

export function writeKb(dataDir: string, modelsDir: string, log: (l: string) => void = () => {}): Record<string, number> {
  const { kb, files } = compileKb(dataDir);
  if (!files.length) throw new Error(`no PETRARCH dictionaries under ${join(dataDir, DICT_DIR)}`);
  mkdirSync(modelsDir, { recursive: true });
  const gz = gzipSync(Buffer.from(JSON.stringify(kb)), { level: 9 });
  writeFileSync(join(modelsDir, KB_FILE), gz);
  const figures = { actors: kb.actors.length, persons: kb.actors.filter((a) => a[1] === 'P').length, places: kb.places.length, agents: kb.agents.length, bytes: gz.length };
  const manifest = {
    file: KB_FILE,
    source: `../shared/data/${DICT_DIR}`,
    files,
    license: 'MIT (Open Event Data Alliance), see the dictionaries LICENSE',
    command: 'node dist/kb/compile.js ../shared/data models',
    date: new Date().toISOString(),
    counts: figures,
  };
  writeFileSync(join(modelsDir, KB_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  log(`kb: ${figures.actors} actors (${figures.persons} persons), ${figures.places} places, ${figures.agents} agent phrases, ${figures.bytes} bytes`);
  return figures;
}

/** `dossier train kb` compiles the file; `evaluate` reports its coverage of the project's current facts. */
export const task: LearnTask = {
  name: 'kb',
  description: 'Actor knowledge base compiled from the PETRARCH2 dictionaries plus src/kb/data/current.json',
  async train(opts: TaskOptions) {
    const f = writeKb(opts.data, opts.modelsDir, opts.log);
    return { actors: f.actors!, places: f.places!, agents: f.agents! };
  },
  async evaluate(opts: TaskOptions) {
    const { loadKb } = await import('./actors.js');
    const kb = loadKb(opts.modelsDir);
    opts.log(`kb: ${JSON.stringify(kb.stats())}`);
    const f = kb.selfCheck();
    // The compiled dictionaries are there (1) or the runtime falls back to project facts (0).
    return { ...f, compiled_loaded: kb.hasCompiled() ? 1 : 0 };
  },
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const data = process.argv[2] ?? '../shared/data';
  const models = process.argv[3] ?? 'models';
  writeKb(data, models, (l) => console.error(l));
}
