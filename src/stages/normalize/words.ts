/**
 * Word lists for the word-level repairs. They are closed-class English words and a few exclusions,
 * never words taken from a particular text.
 */
import { countries } from '../../kb/countries.js';

/**
 * Capitalised function words that are almost never capitalised in mid-sentence unless a stripped
 * link left a capital behind (`committed An additional`). Names such as `Will` or `May` are left
 * out on purpose.
 */
export const STRAY_CAPITALS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'During', 'In', 'Of', 'For', 'With', 'To', 'And', 'But', 'Or', 'On', 'At', 'By', 'From',
  'Into', 'Over', 'Under', 'After', 'Before', 'Between', 'Among', 'Against', 'Through', 'Without', 'Within',
  'About', 'Across', 'Along', 'Around', 'Despite', 'Since', 'Until', 'While', 'When', 'Which', 'Who', 'Whose',
  'That', 'This', 'These', 'Those', 'Its', 'Their', 'Our', 'Is', 'Was', 'Are', 'Were', 'Has', 'Have',
  'Had', 'Would', 'Also', 'Than', 'Then', 'Not', 'Towards', 'Toward', 'Amid', 'Including', 'Following',
]);

/**
 * Suffixes a stripped link leaves glued to a capitalised word. Strong ones are words no English
 * name ends in; weak ones (`in`, `and`, `on`) end many names (Berlin, Poland, Clinton), so they
 * need evidence that the stem is a word on its own.
 */
export const GLUE_STRONG: readonly string[] = [
  'which', 'that', 'who', 'whose', 'whom', 'where', 'when', 'with', 'from', 'would', 'will', 'said',
  'were', 'these', 'those', 'this', 'while',
];
export const GLUE_WEAK: readonly string[] = ['the', 'and', 'of', 'for', 'was', 'has', 'had'];
// `in`, `on`, `at`, `to`, `by` are left out: too many names end in them (Justin, Clinton, Derby).

/** Real words that end in a glue suffix; never split. */
export const GLUE_EXCLUDED: ReadonlySet<string> = new Set([
  'elsewhere', 'nowhere', 'somewhere', 'anywhere', 'everywhere', 'forthwith', 'herewith', 'therewith',
  'wherewith', 'goodwill', 'aforesaid', 'meanwhile', 'erstwhile', 'worthwhile', 'awhile', 'therein',
  'wherein', 'herein', 'within', 'thereto', 'hereto', 'whereto', 'thereof', 'hereof', 'whereof',
  'therefor', 'wherefor', 'whereon', 'thereon', 'hereon', 'whereat', 'thereat', 'thereby', 'hereby',
  'whereby', 'nearby', 'standby', 'goodby', 'lullaby', 'passerby', 'whereas', 'whereupon', 'freewill',
  'whippoorwill', 'notwithstanding', 'somewhen',
]);

/** Lower-case words that are also place names but mostly mean something else in English. */
export const PLACE_EXCLUDED: ReadonlySet<string> = new Set([
  'turkey', 'china', 'chad', 'guinea', 'japan', 'chile', 'jersey', 'guernsey', 'polish', 'muscat', 'cayenne',
  'sucre', 'lima', 'victoria', 'douglas', 'hamilton', 'stanley', 'kingston', 'plymouth', 'island', 'mann',
  'mannin', 'welsh', 'panama', 'bermuda', 'bermudas', 'male', 'praia', 'viti', 'swede', 'georgetown', 'reunion',
  'manila',
]);

/**
 * Function words that may sit lower-case inside a title (`About a Boy`, `Over and Over`): a stray
 * capital followed only by these and then a capitalised word is a title, not a stray.
 */
export const TITLE_FILLERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'is', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'but', 'nor', 'as',
]);

let placeCache: Map<string, string> | undefined;

/**
 * Single-word place names, capitals and demonyms by their lower-case form, mapped to the way they
 * are spelled (`kyiv` -> `Kyiv`, `ussr` -> `USSR`). Only forms of 4+ letters: shorter ones collide
 * with words (`us`, `uk`).
 */
export function placeForms(): Map<string, string> {
  if (placeCache) return placeCache;
  const m = new Map<string, string>();
  const add = (name: string): void => {
    if (!/^\p{Lu}[\p{L}]{3,}$/u.test(name)) return;
    const k = name.toLowerCase();
    if (PLACE_EXCLUDED.has(k) || m.has(k)) return;
    m.set(k, name);
  };
  for (const c of countries()) {
    add(c.name);
    for (const a of c.aliases) add(a);
    for (const d of c.demonyms) add(d);
    for (const cap of c.capitals) add(cap);
  }
  placeCache = m;
  return m;
}

/** Several-word place names that are also ordinary phrases. */
const MULTI_EXCLUDED: ReadonlySet<string> = new Set(['central african', 'west island', 'road town', 'pleasant island', 'american islander', 'channel islander']);

let multiCache: { forms: Map<string, string> } | undefined;

/**
 * Place names of several words (`united states` -> `United States`, `isle of man` -> `Isle of
 * Man`), by their lower-case form. Names that start with `the` are left out (`the valley` is a
 * phrase).
 */
export function multiWordPlaces(): { forms: Map<string, string> } {
  if (multiCache) return multiCache;
  const forms = new Map<string, string>();
  const add = (name: string): void => {
    if (!/^\p{Lu}\p{L}+(?: (?:of|and|da|de|du|la|le|\p{Lu}\p{L}+))+$/u.test(name)) return;
    const k = name.toLowerCase();
    if (k.startsWith('the ') || MULTI_EXCLUDED.has(k) || forms.has(k)) return;
    forms.set(k, name);
  };
  for (const c of countries()) {
    add(c.name);
    for (const a of c.aliases) add(a);
    for (const d of c.demonyms) add(d);
    for (const cap of c.capitals) add(cap);
  }
  multiCache = { forms };
  return multiCache;
}
