/**
 * Currency vocabulary: symbols, ISO 4217 codes, names (singular and plural) and the dollar-style
 * prefixes (`US$`, `C$`), plus the country -> currency look-ups the pledge resolver needs.
 */
import { createRequire } from 'node:module';
import { countryIndex } from '../../kb/countries.js';

/** Prefix letters before `$` and the dollar they name. */
export const DOLLAR_PREFIX: Record<string, string> = {
  'US': 'USD', 'U.S.': 'USD', 'USA': 'USD', 'C': 'CAD', 'CA': 'CAD', 'CAN': 'CAD', 'Can': 'CAD', 'CDN': 'CAD', 'Cdn': 'CAD', 'A': 'AUD', 'AU': 'AUD',
  'NZ': 'NZD', 'HK': 'HKD', 'S': 'SGD', 'SG': 'SGD', 'NT': 'TWD', 'R': 'BRL', 'MX': 'MXN', 'Mex': 'MXN',
};

export const SYMBOLS: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₴': 'UAH', '₽': 'RUB', '₹': 'INR', '₩': 'KRW', '₪': 'ILS', '₺': 'TRY',
  '₸': 'KZT', '₾': 'GEL', 'zł': 'PLN', 'Rs.': 'INR', 'Rs': 'INR',
};

/**
 * ISO codes that may stand before or after an amount. Kept to currencies news uses, since
 * many codes are also English words or abbreviations (ALL, TOP, CUP, MAD, SOS, AMD).
 */
export const CODES = new Set([
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'JPY', 'CNY', 'RMB', 'CHF', 'UAH', 'RUB', 'PLN', 'SEK', 'NOK', 'DKK',
  'CZK', 'HUF', 'RON', 'BGN', 'TRY', 'INR', 'KRW', 'ILS', 'NIS', 'SAR', 'AED', 'IRR', 'BRL', 'MXN', 'ZAR', 'HKD',
  'SGD', 'TWD', 'KZT', 'GEL', 'AZN', 'BYN', 'MDL', 'EGP', 'PKR', 'QAR', 'KWD', 'NGN', 'KES', 'IDR', 'THB', 'PHP',
  'MYR', 'VND', 'ARS', 'CLP', 'COP', 'SDR', 'XDR',
]);

/** Codes written differently in news than in ISO 4217. */
export const CODE_ALIAS: Record<string, string> = { RMB: 'CNY', NIS: 'ILS', SDR: 'XDR' };

/** Currency names (lower case, singular and plural); `$` marks a dollar whose country context decides. */
export const NAMES: Record<string, string> = {
  dollar: '$', dollars: '$', dlrs: '$', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  hryvnia: 'UAH', hryvnias: 'UAH', hryvnya: 'UAH', hryvnyas: 'UAH', hryvna: 'UAH', hryvnas: 'UAH', hryvni: 'UAH',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
  zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN', rupee: 'INR', rupees: 'INR', shekel: 'ILS', shekels: 'ILS',
  lira: 'TRY', liras: 'TRY', lire: 'TRY', riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR', dirham: 'AED',
  dirhams: 'AED', won: 'KRW', rand: 'ZAR', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK',
  forint: 'HUF', forints: 'HUF', leu: 'RON', lei: 'RON', lev: 'BGN', leva: 'BGN', lari: 'GEL', tenge: 'KZT',
  manat: 'AZN', franc: 'CHF', francs: 'CHF', peso: 'MXN', pesos: 'MXN', real: 'BRL', reais: 'BRL',
  naira: 'NGN', shilling: 'KES', shillings: 'KES', ringgit: 'MYR', baht: 'THB', dong: 'VND', rupiah: 'IDR',
};

/** Country adjectives that pick a specific currency out of a shared name ("Canadian dollars"). */
export const NAME_QUALIFIERS: Record<string, Record<string, string>> = {
  dollar: {
    us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'new zealand': 'NZD',
    'hong kong': 'HKD', singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD', taiwanese: 'TWD',
  },
  pound: { british: 'GBP', egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG' },
  franc: { swiss: 'CHF', french: 'FRF', belgian: 'BEF', cfa: 'XOF' },
  peso: { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', philippine: 'PHP', cuban: 'CUP' },
  dinar: { iraqi: 'IQD', kuwaiti: 'KWD', jordanian: 'JOD', serbian: 'RSD', libyan: 'LYD', algerian: 'DZD', tunisian: 'TND', bahraini: 'BHD' },
  rupee: { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR' },
  krone: { danish: 'DKK', norwegian: 'NOK' },
  kroner: { danish: 'DKK', norwegian: 'NOK' },
  riyal: { saudi: 'SAR', qatari: 'QAR', omani: 'OMR', yemeni: 'YER' },
  rial: { iranian: 'IRR', omani: 'OMR', yemeni: 'YER' },
  shilling: { kenyan: 'KES', ugandan: 'UGX', tanzanian: 'TZS', somali: 'SOS' },
};

/** Base name of a currency word for the qualifier table (dollars -> dollar). */
export function baseName(word: string): string {
  const w = word.toLowerCase();
  if (w === 'dlrs') return 'dollar';
  if (w === 'kroner') return 'kroner';
  if (w === 'dinars') return 'dinar';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** ISO currency of a country by name, alias, demonym or ISO alpha-3 code; undefined when unknown. */
export function currencyForCountry(countryName: string): string | undefined {
  const idx = countryIndex();
  const k = countryName.trim().replace(/^the\s+/i, '').toLowerCase();
  const c = idx.byName.get(k) ?? idx.byDemonym.get(k) ?? idx.byCode.get(countryName.trim().toUpperCase());
  return c?.currencies[0];
}

let tldCache: Map<string, string> | undefined;

/** Country (ISO alpha-3) of a country-code top-level domain (`.ca` -> CAN, `.uk` -> GBR). */
export function countryForTld(tld: string): string | undefined {
  if (!tldCache) {
    tldCache = new Map();
    const require = createRequire(import.meta.url);
    const raw = require('world-countries') as { cca3: string; tld?: string[] }[];
    for (const c of raw) for (const t of c.tld ?? []) if (!tldCache.has(t)) tldCache.set(t, c.cca3);
  }
  return tldCache.get(tld.startsWith('.') ? tld.toLowerCase() : '.' + tld.toLowerCase());
}

/** Outlets whose country their address does not tell (a .com site), by name as feeds give it. */
const OUTLET_COUNTRY: [RegExp, string][] = [
  [/\b(?:CBC|CTV|Global News|Globe and Mail|National Post|Toronto Star|Canadian Press|Maclean's|Radio-Canada|La Presse|Ottawa Citizen|Montreal Gazette)\b/i, 'CAN'],
  [/\b(?:ABC News \(Australia\)|Sydney Morning Herald|The Australian|SBS News|The Age|news\.com\.au)\b/i, 'AUS'],
  [/\b(?:RNZ|New Zealand Herald|NZ Herald|Stuff\.co\.nz)\b/i, 'NZL'],
  [/\b(?:South China Morning Post|RTHK)\b/i, 'HKG'],
  [/\b(?:Straits Times|Channel NewsAsia|CNA)\b/i, 'SGP'],
  [/\b(?:Taipei Times|Focus Taiwan)\b/i, 'TWN'],
];

/**
 * The currency a bare `$` most likely means for this publication: the outlet's country when its
 * name or its address tells and that country uses a dollar, else USD.
 */
export function dollarForPublication(meta: { outlet?: string; url?: string }): string {
  let code: string | undefined;
  if (meta.outlet) for (const [re, c] of OUTLET_COUNTRY) if (re.test(meta.outlet)) { code = c; break; }
  if (!code && meta.url) {
    const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(meta.url)?.[1] ?? '';
    const tld = host.slice(host.lastIndexOf('.'));
    if (tld.length === 3) code = countryForTld(tld);
  }
  if (!code) return 'USD';
  const cur = countryIndex().byCode.get(code)?.currencies ?? [];
  const dollar = cur.find((c) => /D$/.test(c) && c !== 'USD' && ['CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'JMD', 'BSD', 'BBD', 'TTD', 'FJD', 'NAD', 'LRD', 'GYD', 'BZD', 'SBD', 'XCD', 'BMD', 'KYD'].includes(c));
  return dollar ?? 'USD';
}
