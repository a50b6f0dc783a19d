/**
 * The knowledge base's public face: `candidates(name, date?)` (prior-like scores, dated roles),
 * the loaded KB (`loadKb()`: office holders at a date, places' countries, agent nouns) and the
 * name keys the linker shares. See ./actors.ts for the sources and ./compile.ts for the build.
 */
export {
  candidates, loadKb, findCountry, findCountryByDemonym, countryName, titleKey, roleValidAt, dateNum,
  ActorKb, DEFAULT_KB_DIR, type KbCandidate, type KbRole,
} from './actors.js';
export { nameKey, foldKey, acronymOf, isAcronym, titleCase, capitalise } from './names.js';
export { KB_FILE, KB_MANIFEST, compileKb, writeKb } from './compile.js';
