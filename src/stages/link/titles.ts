/**
 * Titles and honorifics: the words that make "Prime Minister Mark Carney", "the secretary general
 * of NATO" and "Mr Blair" into roles, nominal mentions and name forms. Lower-case word sets so
 * the hot path is one Set look-up per token.
 */

/** Heads of title phrases: a title phrase must contain one. */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'undersecretary', 'under-secretary', 'premier', 'chancellor', 'minister', 'secretary', 'secretary-general',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor', 'king', 'queen',
  'prince', 'princess', 'pope', 'senator', 'general', 'admiral', 'commander', 'commander-in-chief', 'chief',
  'head', 'leader', 'chairman', 'chairwoman', 'chair', 'speaker', 'director', 'director-general', 'adviser',
  'advisor', 'emir', 'sheikh', 'sultan', 'ayatollah', 'chancellor', 'representative', 'commissioner',
  'lawmaker', 'congressman', 'congresswoman', 'deputy', 'foreign', 'defence', 'defense', 'marshal', 'colonel',
  'lieutenant', 'major', 'captain', 'sergeant', 'premier', 'taoiseach', 'monarch', 'dictator', 'strongman',
]);

/** Words that may sit inside a title phrase besides heads ("Secretary of State", "top diplomat"). */
export const TITLE_INNER = new Set([
  'prime', 'vice', 'deputy', 'first', 'foreign', 'defence', 'defense', 'interior', 'finance', 'economy',
  'energy', 'justice', 'health', 'state', 'national', 'security', 'affairs', 'of', 'for', 'the', 'general',
  'acting', 'former', 'top', 'chief', 'special', 'senior', 'armed', 'forces', 'home', 'trade', 'staff',
  'executive', 'high', 'supreme', 'military', 'presidential', 'economic', 'foreign-affairs', 'managing',
  'diplomat', 'war', 'treasury', 'assistant', 'under', 'permanent', 'lord', 'grand', 'crown', 'majority',
  'minority', 'party', 'opposition', 'communist', 'ruling', 'press', 'intelligence', 'army', 'navy', 'air',
  'force', 'agriculture', 'education', 'culture', 'social', 'policy', 'digital', 'transformation',
  'infrastructure', 'strategic', 'industries', 'veterans', 'emergency', 'situations', 'internal', 'external',
  'house', 'senate', 'european', 'commission', 'council', 'parliament', 'office', 'shadow',
]);

/** Honorifics stripped from person names; the value is the gender they mark, when they do. */
export const HONORIFICS = new Map<string, 'm' | 'f' | ''>([
  ['mr', 'm'], ['mr.', 'm'], ['madam', 'f'], ['madame', 'f'], ['mister', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['dr', ''], ['dr.', ''], ['prof', ''], ['prof.', ''],
  ['professor', ''], ['gen', ''], ['gen.', ''], ['col', ''], ['col.', ''], ['lt', ''], ['lt.', ''], ['sen', ''],
  ['sen.', ''], ['rep', ''], ['rep.', ''], ['gov', ''], ['gov.', ''], ['president', ''], ['premier', ''],
  ['chancellor', ''], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['pope', 'm'],
  ['general', ''], ['admiral', ''], ['minister', ''], ['secretary', ''], ['senator', ''], ['governor', ''],
  ['mayor', ''], ['ambassador', ''], ['prime', ''], ['deputy', ''], ['vice', ''], ['foreign', ''],
  ['defence', ''], ['defense', ''], ['state', ''], ['of', ''], ['commander', ''], ['chief', ''], ['envoy', ''],
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['former', ''], ['acting', ''], ['top', ''],
]);

/** Offices the KB can resolve to a holder at a date (titleKey values, see src/kb/actors.ts). */
export const RESOLVABLE_OFFICES = new Set([
  'president', 'prime minister', 'chancellor', 'foreign minister', 'defence minister', 'secretary general', 'vice president',
]);

/** True when a lower-case word is a title head. */
export function isTitleHead(w: string): boolean {
  return TITLE_HEADS.has(w);
}

/** True when a lower-case word can be part of a title phrase. */
export function isTitleWord(w: string): boolean {
  return TITLE_HEADS.has(w) || TITLE_INNER.has(w);
}

/** Display form of a title as the text wrote it ("prime minister" -> "Prime Minister"). */
export function displayTitle(words: string[]): string {
  const t = words
    .filter((w, i) => !(i === 0 && w.toLowerCase() === 'the'))
    .map((w) => (/^(of|for|the|and)$/i.test(w) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
  return t.replace(/^Premier$/, 'Prime Minister');
}
