/**
 * Countries, their other names, demonyms and capitals, from the `world-countries` package
 * (ODbL; kept by its authors, updated with ISO 3166 changes). One table the recogniser, the
 * linker and the money stage share.
 */
import { createRequire } from 'node:module';

export interface Country {
  /** ISO 3166-1 alpha-3. */
  code: string;
  /** The name Dossier records (`United States`, `Ukraine`). */
  name: string;
  /** Every other name it goes by in English text, including short codes such as `US`, `UK`. */
  aliases: string[];
  /** Demonyms and adjectives (`Ukrainian`, `American`). */
  demonyms: string[];
  capitals: string[];
  /** ISO 4217 codes of the currencies it uses, most used first. */
  currencies: string[];
  /** A sovereign state (UN member or independent), preferred when names are shared. */
  sovereign?: boolean;
}

interface RawCountry {
  name: { common: string; official: string };
  independent?: boolean;
  unMember?: boolean;
  cca2: string;
  cca3: string;
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  currencies?: Record<string, unknown>;
}

/** Names English news uses that the data set lacks; facts, not text-specific rules. */
const EXTRA_ALIASES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'the United States', 'the US', 'the U.S.'],
  GBR: ['Britain', 'U.K.', 'Great Britain'],
  RUS: ['Russian Federation'],
  KOR: ['South Korea'],
  PRK: ['North Korea'],
  CZE: ['Czech Republic'],
  NLD: ['Holland', 'the Netherlands'],
  COD: ['DR Congo', 'DRC'],
  CIV: ["Cote d'Ivoire"],
  TUR: ['Turkiye'],
  MDA: ['Moldova'],
  IRN: ['Iran'],
  SYR: ['Syria'],
  VAT: ['Vatican', 'Holy See'],
  PSE: ['Palestine', 'Palestinian territories'],
  BIH: ['Bosnia', 'Bosnia-Herzegovina', 'Bosnia and Herzegovina'],
  CHN: ["People's Republic of China", 'PRC'],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['U.S.', 'US'],
  GBR: ['UK', 'English', 'Scottish', 'Welsh'],
  NLD: ['Netherlands'],
  PHL: ['Filipino', 'Philippine'],
  ISR: ['Israeli'],
  PSE: ['Palestinian'],
  KOR: ['South Korean'],
  PRK: ['North Korean'],
  CHN: ['Chinese'],
  TUR: ['Turkish'],
};

/** Seats of government as news names them, where the data set spells them otherwise ("Washington" speaks for the US). */
const EXTRA_CAPITALS: Record<string, string[]> = {
  USA: ['Washington'],
  UKR: ['Kiev'],
};

/** The English name news most often uses, where the data set's common name differs. */
const NEWS_NAME: Record<string, string> = { TUR: 'Turkey' };

/** Historical states news still names. */
const HISTORICAL: Country[] = [
  { code: 'SUN', name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'the Soviet Union'], demonyms: ['Soviet'], capitals: ['Moscow'], currencies: ['SUR'] },
  { code: 'YUG', name: 'Yugoslavia', aliases: [], demonyms: ['Yugoslav', 'Yugoslavian'], capitals: ['Belgrade'], currencies: [] },
];

let cache: Country[] | undefined;

export function countries(): Country[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const raw = require('world-countries') as RawCountry[];
  const out: Country[] = [];
  for (const c of raw) {
    const aliases = new Set<string>([c.name.official, ...(EXTRA_ALIASES[c.cca3] ?? [])]);
    for (const a of c.altSpellings ?? []) if (/^[A-Z][A-Za-z .'-]+$/.test(a) && a !== c.cca2) aliases.add(a);
    if (c.cca3 === 'USA' || c.cca3 === 'GBR') for (const a of c.altSpellings ?? []) if (/^[A-Z]{2,3}$/.test(a)) aliases.add(a);
    const name = NEWS_NAME[c.cca3] ?? c.name.common;
    aliases.add(c.name.common);
    aliases.delete(name);
    const dem = new Set<string>(EXTRA_DEMONYMS[c.cca3] ?? []);
    if (c.demonyms?.eng) {
      dem.add(c.demonyms.eng.m);
      dem.add(c.demonyms.eng.f);
    }
    out.push({
      code: c.cca3,
      name,
      aliases: [...aliases],
      demonyms: [...dem].filter((d) => d && d !== name),
      capitals: [...(c.capital ?? []), ...(EXTRA_CAPITALS[c.cca3] ?? [])],
      currencies: Object.keys(c.currencies ?? {}),
      sovereign: !!(c.unMember || c.independent),
    });
  }
  out.push(...HISTORICAL);
  cache = out;
  return out;
}

/** Look-up tables by lower-cased name, alias, demonym or capital. */
export interface CountryIndex {
  byName: Map<string, Country>;
  byDemonym: Map<string, Country>;
  byCapital: Map<string, Country>;
  byCode: Map<string, Country>;
}

let index: CountryIndex | undefined;

export function countryIndex(): CountryIndex {
  if (index) return index;
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  // Sovereign states first, so a shared name or demonym ("American", "French") means the state,
  // not a territory; historical states last, so "Moscow" is Russia's capital, not the USSR's.
  const rank = (c: Country) => (HISTORICAL.includes(c) ? 2 : c.sovereign ? 0 : 1);
  const ordered = [...countries()].sort((a, b) => rank(a) - rank(b));
  for (const c of ordered) {
    byCode.set(c.code, c);
    for (const n of [c.name, ...c.aliases]) {
      const k = n.replace(/^the /i, '').toLowerCase();
      if (!byName.has(k)) byName.set(k, c);
    }
    for (const d of c.demonyms) if (!byDemonym.has(d.toLowerCase())) byDemonym.set(d.toLowerCase(), c);
    for (const cap of c.capitals) if (!byCapital.has(cap.toLowerCase())) byCapital.set(cap.toLowerCase(), c);
  }
  index = { byName, byDemonym, byCapital, byCode };
  return index;
}
