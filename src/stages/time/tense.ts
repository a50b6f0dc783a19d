/**
 * The tense around a position, used to pick "last" or "next" for weekday and month names that
 * carry no year. Clues are words: modals and "going to"/"plans to" (future), past forms and -ed
 * verbs (past), is/are/says (present). The clue nearest to the time expression within its sentence
 * wins, clues after it counting as farther, since a sentence may mix tenses ("said it will meet
 * Friday") and news puts the governing verb first ("said Friday"). When the tagger has run, its
 * xpos keeps adjectives in -ed from counting as verbs.
 */

/**
 * 'perfect' is the present perfect ("has fallen"): it looks back for a month or season ("has
 * fluctuated since March"), but says little about a weekday ("has been named in the team for
 * Saturday") and is no simple past for a coming quarter.
 */
export type Tense = 'past' | 'perfect' | 'present' | 'future';

export interface TaggedToken {
  cstart: number;
  cend: number;
  form: string;
  xpos?: string;
}

/**
 * Words that put a clause ahead. "could" is not one: news uses it as much for past ability ("could
 * not be reached Wednesday", "could be located Wednesday") as for a possibility ahead (TempEval-3
 * train: one more weekday right without it, none lost).
 */
const FUTURE_WORDS = /^(?:will|'ll|’ll|shall|wo|would|'d|might|may|can|should|must|scheduled)$/i;
/** Past forms of planning verbs: "planned to leave on Thursday" looks ahead from the plan. */
const PLANNED_WORDS = /^(?:planned|hoped|vowed|promised|pledged|agreed|decided|wanted|intended|threatened|prepared|scheduled|arranged|offered|undertook|was|were)$/i;
/** Present forms that look ahead when `to` follows ("plans to", "is to", "due to"). */
const PLAN_WORDS = /^(?:plans?|planning|expects?|expected|intends?|hopes?|due|set|slated|poised|aims?|wants?|prepares?|preparing|going|ready|is|are|am)$/i;
const PAST_AUX = /^(?:was|were|had|did|said|told|went|came|met|made|took|gave|saw|began|held|left|led|spoke|sent|brought|thought|felt|found|got|kept|knew|lost|paid|put|ran|set|sold|stood|struck|fell|hit|won|wrote|became|rose|shot|fought|flew|bought|built|cut|drove|ate|forgot|hid|hung|meant|quit|read|rode|rang|sought|shook|spent|spread|stole|swore|taught|threw|understood|woke|wore|withdrew|overtook|tore|broke|chose|froze|spoke|stuck|swept|bent|bled|bore|burst|cast|clung|crept|dealt|dug|drew|fled|flung|forbade|forgave|grew|heard|laid|lay|lit|overran|rebuilt|sank|shut|slew|slid|spun|sprang|stank|strove|swung|wept|wound|wrung|ago|yesterday|earlier)$/i;
/** Irregular verbs whose past form is also the bare infinitive ("to hit", "will cut"). */
const BASE_EQUALS_PAST = /^(?:hit|cut|put|set|read|quit|shut|spread|cast|burst|cost|let|hurt|bet|split|upset|broadcast|forecast)$/i;
const PRESENT_AUX = /^(?:is|are|am|says|has|does|goes)$/i;
/** -ed words that are rarely verbs. */
const NOT_VERB_ED = /^(?:need|feed|seed|speed|bed|red|shed|hundred|united|bled|bred|wed|indeed|led|fled|sled|creed|greed|breed|weed|deed|reed|tweed|steed|kindred|sacred|naked|wicked|wretched|ragged|rugged|beloved|learned|aged|armed|based|concerned|related|limited|advanced|alleged|so-called|detailed|experienced|skilled|talented|retired|varied|unprecedented|embed|embedded)$/i;

/**
 * Where the clause after an expression ends: any comma or semicolon (", and will resume",
 * "The lawsuit, filed on Friday, says": the verb past it is another clause's), or "and" before
 * a second verb ("held a call on Tuesday and is expected to rule"). Checked on
 * unlabeled BBC news; TempEval-3 train and MEANTIME are unchanged by widening it from ", and".
 */
const CLAUSE_BOUNDARY = /[,;]|\s(?:and|but)\s+(?:is|are|was|were|will|would|has|have|had|said|says|could|may|might)\b/;
const FAR = 1000;

/** Clues after the expression count as this much farther (the governing verb usually comes first). */
const AFTER_PENALTY = 3;

/** Words after which an -ed form is a participle or adjective, its tense given by them. */
const PARTICIPLE_AFTER = /^(?:is|are|am|be|been|being|stay|stays|remain|remains|seem|seems|get|gets|will|to|has|have)$/i;

/** Determiners: an -ed word after one is an adjective ("the expanded force"). */
const DETERMINER = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|any|no|every|each|still)$/i;

/** Words that start a noun phrase: after "to" they make it a preposition, not an infinitive. */
const NOUN_PHRASE_START = /^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|some|any|all|no|[0-9].*)$/i;

/** Past participles that are no -ed form: "has been", "have met", "has taken". */
const IRREGULAR_PARTICIPLE = /^(?:been|done|gone|seen|taken|given|made|held|met|said|told|become|begun|come|brought|left|led|sent|spoken|written|won|lost|paid|put|run|set|struck|fallen|risen|shot|fought|flown|bought|built|cut|driven|broken|chosen|drawn|grown|heard|known|laid|thrown|sold|stood|kept|found|got|gotten|had|hit|fled|spent|withdrawn|undergone|overtaken|shown|taught|caught|felt|meant|sought|dealt)$/i;

export function clueOfWord(word: string, next?: string, before = true, prev?: string, next2?: string): Tense | undefined {
  // "had been scheduled to expire", "had been due to expire": a plan already past
  if (/^(?:scheduled|due|set|slated|expected)$/i.test(word) && prev && /^(?:been|had)$/i.test(prev)) return 'past';
  // "a festival to be held in June", "results to be announced Monday": a passive infinitive looks ahead
  if (/^be$/i.test(word) && prev && /^to$/i.test(prev) && next && (IRREGULAR_PARTICIPLE.test(next) || /^[a-z]{2,}ed$/.test(next))) return 'future';
  // "has fluctuated", "have met": the present perfect tells of the past, as the verb before the
  // date only ("due to expire in June, has agreed": the perfect after it is another clause's)
  // ("would have been 70 on Saturday", "may have helped": after a modal the modal speaks)
  if (before && /^(?:has|have|'ve|’ve)$/i.test(word) && !(prev && FUTURE_WORDS.test(prev)) && next && (IRREGULAR_PARTICIPLE.test(next) || (/^[a-z]{2,}ed$/.test(next) && !NOT_VERB_ED.test(next)))) return 'perfect';
  // "agreed to a ceasefire": "to" is a preposition here, and the verb simply past.
  if (next2 && NOUN_PHRASE_START.test(next2) && next && /^to$/i.test(next) && PLANNED_WORDS.test(word) && !/^(?:was|were)$/i.test(word)) return 'past';
  if (FUTURE_WORDS.test(word)) return 'future';
  // "expects profit to rise in the second quarter": a forecast looks ahead ("forecasts" and
  // "projects" are left out: as nouns, "in line with forecasts", they tell of no time)
  if (before && /^(?:expects|expect|expecting|forecasting|predicts|predicting|anticipates|anticipating)$/i.test(word)) return 'future';
  if (before && PLANNED_WORDS.test(word) && next && /^to$/i.test(next)) return 'future';
  if (PLAN_WORDS.test(word) && next && /^to$/i.test(next) && !/^(?:due|set)$/i.test(word)) return 'future';
  if (/^(?:due|set)$/i.test(word) && next && /^to$/i.test(next)) return 'future';
  // "would be paid", "will be held": an irregular participle takes its tense from the words before
  // "expected to hit Saturday", "will cut", "did put": after "to", a modal or "do" a form like
  // hit/cut/put/set is the bare infinitive, no past
  if (PAST_AUX.test(word) && !(prev && /^(?:be|been|being)$/i.test(prev))) {
    if (prev && /^(?:to|will|would|shall|should|can|could|may|might|must|'ll|’ll|do|does|did)$/i.test(prev) && BASE_EQUALS_PAST.test(word)) return undefined;
    return 'past';
  }
  // "is expected to join on Monday", "are due to meet": the plan looks ahead, not the "is"
  if (PRESENT_AUX.test(word) && next && /^(?:expected|due|set|scheduled|slated|poised|likely|about|planning|preparing|hoping|aiming|going)$/i.test(next) && next2 && /^to$/i.test(next2)) return 'future';
  if (PRESENT_AUX.test(word)) return 'present';
  // "a still unspecified date", "the unnamed official": after a determiner, or with un-, an -ed word is an adjective
  if (/^[a-z]{2,}ed$/.test(word) && !NOT_VERB_ED.test(word) && !(prev && (PARTICIPLE_AFTER.test(prev) || DETERMINER.test(prev))) && !/^un[a-z]{4,}ed$/.test(word)) return 'past';
  return undefined;
}

/**
 * With tags: the word lists decide (they know modals, planning verbs, irregular pasts, "ago"),
 * and the tag removes what spelling gets wrong: an -ed word tagged JJ ("armed", "renewed") is no
 * verb. Measured on TempEval-3 train and MEANTIME, trusting VBD/VBN/VBZ tags beyond that made
 * weekday and month values worse (0.805 -> 0.798 value F1), so they are not used.
 */
function clueOfTag(tok: TaggedToken, next?: TaggedToken, before = true, prev?: TaggedToken, next2?: TaggedToken): Tense | undefined {
  const x = tok.xpos!;
  if (/ed$/i.test(tok.form) && x === 'JJ') return undefined;
  // the "am" of "8am" split off by the tokeniser is no verb
  if (prev && prev.cend === tok.cstart && /\d$/.test(prev.form)) return undefined;
  return clueOfWord(tok.form, next?.form, before, prev?.form, next2?.form);
}

/**
 * Tense nearest to [start, end) within [sentStart, sentEnd) of `text`. Clues before the
 * expression win over clues after it at equal distance (news puts the verb first: "said Friday").
 */
export function tenseNear(
  text: string,
  start: number,
  end: number,
  sentStart: number,
  sentEnd: number,
  tokens?: readonly TaggedToken[],
): Tense | undefined {
  let best: Tense | undefined;
  let bestDist = Infinity;
  // A clue past a clause boundary after the expression belongs to the next clause ("ended on
  // Tuesday, and will resume next month"): it counts only when nothing nearer does.
  const boundary = CLAUSE_BOUNDARY.exec(text.slice(end, sentEnd));
  const limit = boundary ? end + boundary.index : Infinity;
  const far = (s: number) => (s >= limit ? FAR : 0);
  if (tokens && tokens.length && tokens[0].xpos !== undefined) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.cend <= sentStart || t.cstart >= sentEnd || (t.cstart >= start && t.cend <= end)) continue;
      const c = clueOfTag(t, tokens[i + 1], t.cend <= start, tokens[i - 1], tokens[i + 2]);
      if (!c) continue;
      const dist = t.cend <= start ? start - t.cend : (t.cstart - end) * AFTER_PENALTY + 0.5 + far(t.cstart);
      if (dist < bestDist) { bestDist = dist; best = c; }
    }
    return best;
  }
  // words only: the "am" of "8am" is no verb
  const re = /(?<![0-9])[A-Za-z'’-]+/g;
  re.lastIndex = sentStart;
  let prev: { w: string; s: number; e: number } | undefined;
  let prev2: { w: string; s: number; e: number } | undefined;
  let before: string | undefined;
  const check = (w: string, s: number, e: number, next?: string, next2?: string) => {
    if (s >= start && e <= end) return;
    const c = clueOfWord(w, next, e <= start, before, next2);
    if (!c) return;
    const dist = e <= start ? start - e : (s - end) * AFTER_PENALTY + 0.5 + far(s);
    if (dist < bestDist) { bestDist = dist; best = c; }
  };
  // Words are checked two behind the scan, so each sees the two words that follow it.
  for (let m = re.exec(text); m && m.index < sentEnd; m = re.exec(text)) {
    if (prev2 && prev) {
      check(prev2.w, prev2.s, prev2.e, prev.w, m[0]);
      before = prev2.w;
    }
    prev2 = prev;
    prev = { w: m[0], s: m.index, e: m.index + m[0].length };
  }
  if (prev2 && prev) {
    check(prev2.w, prev2.s, prev2.e, prev.w);
    before = prev2.w;
  }
  if (prev) check(prev.w, prev.s, prev.e);
  return best;
}

/** Abbreviations whose period ends no sentence ("Roe vs. Wade", "Birmingham, Ala., killed"). */
const ABBREV = String.raw`(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|Gen|Sen|Rep|Gov|Lt|Col|vs|v|Inc|Corp|Co|Ltd|Jr|Sr|No|Prof|Capt|Sgt|Adm|Maj|Rev|Ft|Mt|Ala|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)`;
const NON_FINAL_BEFORE = new RegExp(String.raw`(?:^|[^\w.])${ABBREV}\.$`);
const NON_FINAL = new RegExp(String.raw`(?:^|[^\w.])${ABBREV}$`);

/** "at 10:35 a.m. (0735 GMT) Friday", "5 p.m. EST Tuesday": the period at `dot` closes a clock, not the sentence. */
function clockGoesOn(text: string, dot: number): boolean {
  return /[ap]\.m$/i.test(text.slice(Math.max(0, dot - 3), dot))
    && /^\s*(?:\(|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|EST|EDT|CST|CDT|PST|PDT|GMT|UTC|ET|PT|local)\b)/.test(text.slice(dot + 1, dot + 12));
}

/** Sentence bounds around `pos` when no segmenter has run: ., ! or ? followed by space, or a blank line. */
export function sentenceAround(text: string, pos: number): { start: number; end: number } {
  let s = pos;
  while (s > 0) {
    const c = text[s - 1];
    if (c === '\n' && (s < 2 || text[s - 2] === '\n')) break;
    // a closing quote may follow the stop: 'the divide." On Tuesday'
    if ((c === ' ' || c === '\n') && s >= 3 && /["'”’]/.test(text[s - 2]) && /[.!?]/.test(text[s - 3]) && /^[A-Z]/.test(text.slice(s, s + 1))) break;
    if ((c === ' ' || c === '\n') && s >= 2 && /[.!?]/.test(text[s - 2]) && !NON_FINAL_BEFORE.test(text.slice(Math.max(0, s - 9), s - 1)) && !/^[a-z]/.test(text.slice(s, s + 1)) && !clockGoesOn(text, s - 2)) break;
    s--;
  }
  let e = pos;
  while (e < text.length) {
    const c = text[e];
    if (c === '\n' && text[e + 1] === '\n') break;
    if (/[.!?]/.test(c) && /^["'”’]\s+[A-Z]/.test(text.slice(e + 1, e + 4))) { e += 2; break; }
    if (/[.!?]/.test(c) && (e + 1 >= text.length || /\s/.test(text[e + 1])) && !NON_FINAL.test(text.slice(Math.max(0, e - 8), e)) && !/^\s+[a-z]/.test(text.slice(e + 1, e + 3)) && !clockGoesOn(text, e)) { e++; break; }
    e++;
  }
  return { start: s, end: e };
}
