/**
 * The parsers (chrono's design): each has a pattern and an extract step that turns a match into a
 * Candidate with a TIMEX3 value at the precision the text states, resolving what it leaves out
 * from the context (reference date, tense). Extents follow TimeML: determiners and modifiers
 * (`the`, `early`, `about`, `ago`, `later`) are part of the expression; prepositions are not.
 */
import { addDays, addMonths, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, isoWeekday, quarterOf, validYmd, type Ymd } from './dates.js';
import { HOLIDAYS, HOLIDAY_RE, holidayKey } from './holidays.js';
import {
  directionOf, dayValue, seasonValue, shiftedUnit, weekdayDate, yearFor,
  type Candidate, type Direction, type Gran, type TimeContext,
} from './context.js';
import {
  MONTH_RE, NUMBER_RE_CI as NUMBER_RE, ORDINALS, PARTS_OF_DAY, SEASONS, UNIT_RE, WEEKDAY_RE, durationValue, monthNumber,
  numberValue, unitOf, weekdayNumber,
} from './lexicon.js';

export type Extracted = Omit<Candidate, 'start' | 'end' | 'parser'> & { start?: number; end?: number };

export interface Parser {
  name: string;
  pattern: RegExp;
  /**
   * A cheap test a text must pass for the pattern to be worth running (a keyword it cannot match
   * without); most articles lack most keywords, and a literal search is far faster than the pattern.
   */
  gate?: RegExp;
  /** Return null to reject the match. `start`/`end` may narrow the match (absolute offsets). */
  extract(m: RegExpExecArray, ctx: TimeContext): Extracted | null;
}

const R = (s: TemplateStringsArray, ...v: string[]): string => String.raw(s, ...v);
const re = (src: string, flags = 'g'): RegExp => new RegExp(src, flags);

const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Date modifiers that TimeML keeps inside the expression (the value is unchanged; MOD says how). */
const MOD = R`(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+(?:end|beginning|start|middle|turn|close)\s+of|[Ee]nd\s+of)[\s-]+)?`;
/** Quantity modifiers of durations ("about three years", "less than six months"). */
const QMOD = R`(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Aa]round|[Rr]oughly|[Aa]pproximately|[Ss]ome|[Mm]ore\s+than|[Ll]ess\s+than|[Ff]ewer\s+than|[Aa]t\s+least|[Aa]t\s+most|[Uu]p\s+to|[Nn]o\s+more\s+than|[Ww]ell\s+over|[Oo]ver(?=\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b))\s+)?`;
const POD = '(morning|afternoon|evening|night)';
const SPOKEN_TENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPOKEN_UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_TEN_VALUE: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SPOKEN_UNIT_VALUE: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** Words that make a weekday part of a name: "Sunday Times", "Bloody Sunday". */
const WEEKDAY_NAME_NEXT = /^(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Tribune|Star|Sun|Mail|World|Observer|Review|Magazine|Club|School|Schools|Night|Football|Today|Morning|Edition|Sport|People|Business|Argus|Standard|Journal)$/;
const WEEKDAY_NAME_PREV = /^(?:Bloody|Super|Black|Good|Holy|Ash|Palm|Easter|Cyber|Maundy|Shrove|Fat|Clean|Great|Orthodox|Giving|Manic|Blue|Red|Green)$/;
/** Words after which a bare month or year reads as a date. */
const DATE_PREPS = new Set([
  'in', 'since', 'until', 'till', 'by', 'of', 'from', 'through', 'throughout', 'during', 'before', 'after',
  'between', 'and', 'to', 'or', 'on', 'for', 'early', 'late', 'mid', 'last', 'next', 'this', 'around',
  'as', 'into', 'circa', 'fiscal', 'year', 'than', 'late-', 'mid-', 'early-', 'till', 'over', 'at', 'within', 'each',
]);

/** Words right before a date that put it behind the time of writing. */
const LOOKS_BACK_BEFORE = /\b(?:back\s+(?:in|on|to)|(?:dating|dates|date|dated)\s+(?:back\s+)?(?:to|from)|as\s+far\s+back\s+as)\s+(?:the\s+)?$/i;

/** Words right before a date that put it ahead of the time of writing. */
const LOOKS_AHEAD_BEFORE = /(?:\bas\s+(?:soon|early)\s+as|\b(?:postponed|delayed|deferred|adjourned|extended|pushed\s+back|put\s+off)\s+(?:\S+\s+){0,2}?(?:until|till|to))\s+(?:on\s+)?$/i;

/**
 * The direction for a date named without its year or week: the tense's, except that a limit
 * ("closed until Friday", "loans through January", "by Monday") is still ahead unless the clause
 * is past, and "as soon as Tuesday" or "postponed until Monday" always points ahead.
 */
function limitDir(ctx: TimeContext, s: number, e: number, perfectIsPast = false): Direction {
  const tense = ctx.tense(s, e);
  const prev = wordBefore(ctx.text, s).toLowerCase();
  if (LOOKS_AHEAD_BEFORE.test(ctx.text.slice(Math.max(0, s - 30), s))) return 'future';
  if (prev === 'until' || prev === 'till' || prev === 'by') return tense === 'past' ? 'nearest' : 'future';
  // "since June", "the highest level since 13 July", "back in October": a point already passed
  if (prev === 'since' || LOOKS_BACK_BEFORE.test(ctx.text.slice(Math.max(0, s - 25), s))) return 'past';
  return perfectIsPast && tense === 'perfect' ? 'past' : directionOf(tense);
}

function wordBefore(text: string, pos: number): string {
  const m = /([A-Za-z'’-]+)[\s,]*$/.exec(text.slice(Math.max(0, pos - 30), pos));
  return m ? m[1] : '';
}

function wordAfter(text: string, pos: number): string {
  const m = /^[\s]*([A-Za-z'’-]+)/.exec(text.slice(pos, pos + 30));
  return m ? m[1] : '';
}

/** True when pos begins a sentence (start of text, after . ! ? : or a line break). */
function sentenceInitial(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 4), pos);
  return pos === 0 || /(?:[.!?:"“”‘`']\s*|\n\s*)$/.test(before) || /^\s*$/.test(before);
}

/** True when pos lies on a short line in title case (a headline: "Talks To Resume Today"). */
function titleLine(text: string, pos: number): boolean {
  const s = text.lastIndexOf('\n', pos) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  if (e - s > 200) return false;
  const words = text.slice(s, e).match(/[A-Za-z][\w'’-]*/g) ?? [];
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length >= 3 && caps / words.length >= 0.6;
}

/** A capitalised word right before pos, in mid-sentence (part of a name: "Bloody Sunday"). */
function capitalisedBefore(text: string, pos: number): boolean {
  const m = /([A-Z][A-Za-z'’.-]*)\s+$/.exec(text.slice(Math.max(0, pos - 30), pos));
  if (!m) return false;
  const start = pos - m[0].length;
  return !sentenceInitial(text, start);
}

const dirAt = (ctx: TimeContext, s: number, e: number) => directionOf(ctx.tense(s, e));

function modWord(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  if (t === 'this past') return 'last';
  return t;
}

/** n for "last/this/next" style modifiers. */
function shiftOf(mod: string | undefined): number | undefined {
  switch (mod) {
    case 'this': case 'current': return 0;
    case 'last': case 'past': case 'previous': case 'preceding': return -1;
    case 'next': case 'coming': case 'following': return 1;
    default: return undefined;
  }
}

/** Half and a quarter of one unit, written in the next unit down ("half an hour" = PT30M). */
const FRACTIONS: Record<string, string> = {
  'half hour': 'PT30M', 'half minute': 'PT30S', 'half day': 'PT12H', 'half year': 'P6M', 'half decade': 'P5Y',
  'half century': 'P50Y', 'quarter hour': 'PT15M', 'quarter century': 'P25Y', 'quarter year': 'P3M',
};

function clockValue(h: number, min: number, ampm: string | undefined): string | undefined {
  const ap = (ampm ?? '').toLowerCase().replace(/\./g, '');
  if (ap === 'pm' && h < 12) h += 12;
  else if (ap === 'am' && h === 12) h = 0;
  if (h > 24 || min > 59) return undefined;
  return `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

type Part = NonNullable<Candidate['stated']>[number];
/** Stated parts, plus the weekday when the text names one ("Monday, March 3"). */
const withWeekday = (parts: Part[], weekday: string | undefined): Part[] => (weekday ? [...parts, 'weekday'] : parts);

const refDay = (ctx: TimeContext): string => (ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX');

/**
 * The year of a named day given without one: the year that puts it nearest the reference date
 * in the tense's direction. Days that move (Easter, Passover) are placed by this year's date.
 */
function holidayYear(ctx: TimeContext, fn: (y: number) => Ymd | null, s: number, e: number): number | undefined {
  if (!ctx.ref) return undefined;
  const d = fn(ctx.ref.y);
  return d ? yearFor(ctx.ref, d.m, d.d, dirAt(ctx, s, e)) : undefined;
}

const ordinalWords: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

function withDay(type: 'DATE' | 'TIME', value: string, relative: boolean, pod?: string): Extracted {
  if (pod) return { type: 'TIME', value: value + 'T' + PARTS_OF_DAY[pod.toLowerCase()], relative, gran: 'T', day: value };
  return { type, value, relative, gran: 'D', day: value };
}


/**
 * A month and day over [s, e) as a day value: with the year written it is absolute, otherwise
 * the year comes from the publication date and the tense. `weekday` is a weekday the text names
 * with it ("Monday, March 3").
 */
function calendarDay(ctx: TimeContext, mo: number, d: number, year: string | undefined, weekday: string | undefined, s: number, e: number): Extracted | null {
  if (d < 1 || d > 31) return null;
  if (year) {
    const v = dayValue(+year, mo, d);
    return v ? { type: 'DATE', value: v, relative: false, gran: 'D', day: v, stated: withWeekday(['year', 'month', 'day'], weekday) } : null;
  }
  let y = ctx.ref ? yearFor(ctx.ref, mo, d, limitDir(ctx, s, e)) : undefined;
  // "the fiscal year ended Jan. 31", "the quarter ended Sept. 30": a reported period is over;
  // "since 13 July": a starting point already passed
  if (ctx.ref && /^(?:ended|since)$/i.test(wordBefore(ctx.text, s))) y = mo * 100 + d <= ctx.ref.m * 100 + ctx.ref.d ? ctx.ref.y : ctx.ref.y - 1;
  const v = dayValue(y, mo, d);
  return v ? { type: 'DATE', value: v, relative: true, gran: 'D', day: v, stated: withWeekday(['month', 'day'], weekday) } : null;
}

/**
 * How far back (characters) "a year earlier" looks for the quarter or day it is a year before:
 * an earnings report names the quarter two or three sentences ahead of the comparison. On
 * TempEval-3 train 250 -> 400 gains 3 values, wider windows fewer (they reach a quarter the
 * comparison is not about).
 */
const YEAR_EARLIER_WINDOW = 400;

export const PARSERS: Parser[] = [
  {
    name: 'iso-date',
    gate: /\d{4}-\d\d-\d\d/,
    pattern: re(R`(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?![\w-])`),
    extract(m) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      if (!validYmd(y, mo, d)) return null;
      const day = fmtDay({ y, m: mo, d });
      if (m[4]) return { type: 'TIME', value: `${day}T${m[4]}:${m[5]}`, relative: false, gran: 'T', day, stated: ['year', 'month', 'day', 'hour', 'minute'] };
      return { type: 'DATE', value: day, relative: false, gran: 'D', day, stated: ['year', 'month', 'day'] };
    },
  },
  {
    name: 'numeric-date',
    gate: /\d[/.]\d{1,2}[/.]\d/,
    pattern: re(R`(?<![\w/.,-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.,]\d)`),
    extract(m, ctx) {
      let a = +m[1], b = +m[3];
      let y = +m[4];
      if (m[4].length === 2) {
        const cut = ctx.ref ? (ctx.ref.y % 100) + 10 : 30;
        y += y <= cut ? 2000 : 1900;
      }
      // slashes read month first (US wire style) unless that cannot be; dots read day first
      let mo = m[2] === '/' ? a : b;
      let d = m[2] === '/' ? b : a;
      if (mo > 12 && d <= 12) [mo, d] = [d, mo];
      if (!validYmd(y, mo, d)) return null;
      const day = fmtDay({ y, m: mo, d });
      return { type: 'DATE', value: day, relative: false, gran: 'D', day, stated: ['year', 'month', 'day'] };
    },
  },
  {
    name: 'month-day-year',
    pattern: re(R`(?<![\w])(?:(${WEEKDAY_RE}),?\s+)?${MOD}(${MONTH_RE})\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,]\d|[\w])(?:,?\s+(\d{4})(?![\w]|[.,/-]\d))?`),
    extract(m, ctx) {
      // "May 5" where May reads as a modal ("may 5 ...") needs a capital M: the pattern ensures it
      return calendarDay(ctx, monthNumber(m[2])!, +m[3], m[4], m[1], m.index, m.index + m[0].length);
    },
  },
  {
    name: 'day-month-year',
    pattern: re(R`(?<![\w$€£.,])(?:(${WEEKDAY_RE}),?\s+)?${MOD}(?:[Tt]he\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(${MONTH_RE})(?![\w])(?:,?\s+(\d{4})(?![\w]|[.,/-]\d))?`),
    extract(m, ctx) {
      return calendarDay(ctx, monthNumber(m[3])!, +m[2], m[4], m[1], m.index, m.index + m[0].length);
    },
  },
  {
    // the second day of "April 24 and 25", "March 3-5, 2013": a date of its own in TimeML
    name: 'day-conjunct',
    gate: /\d\s*(?:and|or|to|through|-|–)\s*\d/,
    pattern: re(R`(?<=(?<![\w])(${MONTH_RE})\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|–)\s*)(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4})(?![\w]|[.,/-]\d))?(?=\s*[,.;:)]|\s+(?:in|at|on|and|to|that|when|the|for|with|was|were|will|is|are)\b|\s*$)`),
    extract(m, ctx) {
      const d = +m[2];
      const first = /(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|–)\s*$/.exec(ctx.text.slice(Math.max(0, m.index - 20), m.index));
      if (!first || d <= +first[1]) return null;
      return calendarDay(ctx, monthNumber(m[1])!, d, m[3], undefined, m.index, m.index + m[0].length);
    },
  },
  {
    // the first day of "25-26 March", "25 and 26 March 2013" (day-first style): a date of its
    // own in TimeML, with the month and year written after the second day
    name: 'day-conjunct-first',
    gate: /\d(?:st|nd|rd|th)?\s*(?:and|or|to|-|–)\s*\d/,
    pattern: re(R`(?<![\w$€£.,/:-])(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:and|or|to|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(${MONTH_RE})(?![\w])(?:,?\s+(\d{4})(?![\w]|[.,/-]\d))?)`),
    extract(m, ctx) {
      const d = +m[1];
      if (d >= +m[2]) return null;
      return calendarDay(ctx, monthNumber(m[3])!, d, m[4], undefined, m.index, m.index + m[0].length);
    },
  },
  {
    name: 'month-relative-year',
    gate: /(?:last|next|this)\s+year/,
    pattern: re(R`(?<![\w])${MOD}(${MONTH_FULL})(?:\s+of)?\s+(last|next|this)\s+year(?![\w])`),
    extract(m, ctx) {
      const mo = monthNumber(m[1])!;
      const k = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-${String(mo).padStart(2, '0')}`, relative: true, gran: 'M' };
      return { type: 'DATE', value: fmtMonth(ctx.ref.y + k, mo), relative: true, gran: 'M' };
    },
  },
  {
    name: 'month-year',
    pattern: re(R`(?<![\w])${MOD}(${MONTH_RE})(?:\s+of)?,?\s+(\d{4})(?![\w]|[.,/-]\d)`),
    extract(m) {
      const mo = monthNumber(m[1])!;
      const y = +m[2];
      if (y < 1000 || y > 2199) return null;
      return { type: 'DATE', value: fmtMonth(y, mo), relative: false, gran: 'M', stated: ['year', 'month'] };
    },
  },
  {
    name: 'month',
    pattern: re(R`(?<![\w])(?:((?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past)?|[Pp]ast|[Cc]oming)\s+)|${MOD})(${MONTH_FULL})(?![\w])`),
    extract(m, ctx) {
      const name = m[2];
      const mo = monthNumber(name)!;
      const s = m.index + m[0].length - name.length;
      const mod = modWord(m[1]);
      const hasMod = m[0].length > name.length;
      const text = ctx.text;
      if (!hasMod) {
        const prev = wordBefore(text, s).toLowerCase();
        const next = wordAfter(text, s + name.length);
        const ambiguous = /^(?:May|March|June|April|August)$/.test(name);
        const prepOk = DATE_PREPS.has(prev);
        // a bare month needs a preposition; unambiguous months may also stand before a lowercase noun
        const detOk = /^(?:the|a|an|this|last|next|its|their)$/.test(prev) && /^[a-z]/.test(next) && name !== 'May';
        if (!prepOk && !detOk && (ambiguous || !/^[a-z]/.test(next) || sentenceInitial(text, s))) return null;
        if (name === 'May' && /^(?:be|have|not|also|well|still|never|soon|take|get|make|need|want|lead|face|go|come|seek|try|use|help|see|become|continue|cause|result|do|find|give|keep|lose|hold|remain)$/i.test(next)) return null;
        if (capitalisedBefore(text, s) && !prepOk && !detOk) return null;
      }
      if (!ctx.ref) return { type: 'DATE', value: `XXXX-${String(mo).padStart(2, '0')}`, relative: true, gran: 'M' };
      let y: number;
      const n = shiftOf(mod);
      if (n === -1) y = mo < ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
      else if (n === 1) y = mo > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
      else if (n === 0) y = ctx.ref.y;
      // "since April": the latest April begun, however far back
      else if (wordBefore(text, m.index).toLowerCase() === 'since') y = mo <= ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1;
      else y = yearFor(ctx.ref, mo, undefined, limitDir(ctx, m.index, m.index + m[0].length, true));
      return { type: 'DATE', value: fmtMonth(y, mo), relative: true, gran: 'M', stated: ['month'] };
    },
  },
  {
    name: 'year',
    pattern: re(R`(?<![\w$€£#.,/:])(?<!(?<!\b\d{4})[-–])(?:((?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+|[Tt]he\s+(?:end|beginning|start|middle|close|turn)\s+of\s+|(?:[Ff]iscal|FY)\s*(?:[Yy]ear\s+)?|[Tt]he\s+year\s+|[Yy]ear[\s-]end\s+|[Cc]alendar\s+(?:year\s+)?))?(1[5-9]\d\d|20\d\d)(?![\w%$]|[.,:/]\d|-\d\d-)`),
    extract(m, ctx) {
      const text = ctx.text;
      const ys = m.index + m[0].length - 4;
      const y = +m[2];
      const after = text.slice(ys + 4, ys + 40);
      const next = wordAfter(text, ys + 4);
      const prev = wordBefore(text, m[1] ? m.index : ys).toLowerCase();
      if (!m[1]) {
        // "2000 soldiers", "some 1500 people": a count, not a year
        const det = /^(?:the|a|an|that|this|its|his|her|their|our|your|my|whose)$/.test(prev) || /['’]s\s*$/.test(text.slice(Math.max(0, ys - 4), ys));
        const plural = /^[a-z]+s$/.test(next) && !/(?:ss|is|us)$/.test(next);
        const adjectival = /^\s+[a-z]/.test(after) && (det || (!plural && y >= 1900 && y <= 2039));
        if (!adjectival && /^\s+[a-z]/.test(after) && !/^(?:and|or|to|when|after|before|as|was|were|is|are|had|has|have|with|for|in|on|at|that|but|it|he|she|they|we|the|a|an|until|through|while|because|if|of|from|by|election|elections|budget|season|campaign|war|census|level|levels|figures|report|summit|games|olympics|world|vote|ago|alone|onward|onwards|itself|compared|than|so|saw|marked|brought|also|not|will|would|could|which|who|where|since|up|down|there|this|that|these|those|then|his|her|its|their|our|my)$/.test(next)) return null;
        if (/^(?:about|some|nearly|around|approximately|almost|than|over|under|least|only|just|roughly|and|with|the)$/.test(prev) && !/^\s*[,.;)]/.test(after)) {
          if (prev !== 'and' && prev !== 'the' && prev !== 'with') return null;
        }
        // "Russell 2000 Index", "Windows 2000 Server": a number inside a name; a name that ends
        // in the year ("WWDC 2005", "Euro 2012") is dated by it
        if (capitalisedBefore(text, ys) && !DATE_PREPS.has(prev) && !/^(?:in|of|since|by)$/i.test(prev) && !/^(?:\s*$|\s*[,.;:!?)'"”’]|\s*\n|\s+[a-z])/.test(after)) return null;
        if (/^\s*(?:-|–)?\s*(?:million|billion|thousand|troops|people|soldiers|dollars|euros|km|miles|metres|meters|tonnes|tons|percent|per\s+cent|points|votes|seats|units|times|feet|%)/.test(after)) return null;
        // "a 2000 year old tradition", "a 1500-year history": a count of years, no year
        if (/^(?:[\s-]+(?:years?|centuries|months?|days?)[\s-]+old\b|-(?:year|century|month|day)\s+[a-z]|\s+(?:years|centuries|months|days)\b)/.test(after) && /^(?:a|an|the|its|their|his|her|our|some|over|nearly|about|almost|than|of)$/.test(prev)) return null;
      }
      return { type: 'DATE', value: fmtYear(y), relative: false, gran: 'Y', stated: ['year'] };
    },
  },
  {
    // "since '82", "in '09": a year in two digits after an apostrophe; only after a preposition,
    // since "'60 Minutes'" and "iLife '11" are names
    name: 'short-year',
    gate: /['’]\d\d/,
    pattern: re(R`(?<=\b(?:[Ss]ince|[Ii]n|of|[Ff]rom|until|by|[Bb]efore|[Aa]fter|to|and|[Ss]ummer|[Ss]pring|[Ff]all|[Aa]utumn|[Ww]inter)\s+)['’](\d\d)(?![\w'’]|[.,]\d)`),
    extract(m, ctx) {
      const yy = +m[1];
      // the century that puts the year at most a few years ahead of the reference date
      const now = ctx.ref?.y ?? 2030;
      let y = Math.floor(now / 100) * 100 + yy;
      if (y > now + 5) y -= 100;
      return { type: 'DATE', value: fmtYear(y), relative: false, gran: 'Y', stated: ['year'] };
    },
  },
  {
    // Years and decades in words, as broadcast transcripts write them: "nineteen ninety-six",
    // "January nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two
    // thousand", "the nineties". A bare "two thousand" is a count, so it needs "the year".
    name: 'spoken-year',
    gate: /[Nn]ineteen|[Tt]wo\s+thousand|ties\b/,
    pattern: re(R`(?<![\w-])(?:(${MONTH_FULL})\s+|[Tt]he\s+(winter|spring|summer|fall|autumn)\s+of\s+)?(?:([Nn]ineteen|[Tt]wenty)[\s-]+(?:hundred\s+(?:and\s+)?)?(${SPOKEN_TENS})(?:[\s-]+(${SPOKEN_UNITS}))?|[Tt]he\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(${SPOKEN_UNITS}))?|[Tt]he\s+(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?((?:twen|thir|for|fif|six|seven|eigh|nine)ties))(?![\w-])`),
    extract(m) {
      if (m[7]) return { type: 'DATE', value: '19' + String(SPOKEN_TEN_VALUE[m[7].toLowerCase().replace(/ies$/, 'y')] / 10), relative: false, gran: 'DE' };
      let y: number;
      if (m[3]) {
        const tens = SPOKEN_TEN_VALUE[m[4].toLowerCase()];
        // "nineteen eighteen" has no unit word; "nineteen twenty-one" does
        if (m[5] && tens < 20) return null;
        y = (m[3].toLowerCase() === 'nineteen' ? 1900 : 2000) + tens + (m[5] ? SPOKEN_UNIT_VALUE[m[5].toLowerCase()] : 0);
      } else {
        y = 2000 + (m[6] ? SPOKEN_UNIT_VALUE[m[6].toLowerCase()] : 0);
      }
      if (m[1]) return { type: 'DATE', value: fmtMonth(y, monthNumber(m[1])!), relative: false, gran: 'M', stated: ['year', 'month'] };
      if (m[2]) return { type: 'DATE', value: `${fmtYear(y)}-${SEASONS[m[2].toLowerCase()]}`, relative: false, gran: 'S' };
      return { type: 'DATE', value: fmtYear(y), relative: false, gran: 'Y', stated: ['year'] };
    },
  },
  {
    name: 'decade',
    gate: /0['’]?s\b/,
    pattern: re(R`(?<![\w])(?:[Tt]he\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?:(\d{3})0['’]?s|['’](\d)0s|(?<=\b(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+|\b(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+['’]?\d0['’]?s\s+(?:and|or|to|through)\s+)(\d)0s)(?![\w])`),
    extract(m, ctx) {
      if (m[1]) {
        const v = +m[1];
        if (v < 100 || v > 210) return null;
        return { type: 'DATE', value: m[1], relative: false, gran: 'DE' };
      }
      const dd = +(m[2] ?? m[3]);
      const cent = ctx.ref ? Math.floor(ctx.ref.y / 100) : 19;
      const dec = cent * 10 + dd;
      const v = ctx.ref && dec * 10 > ctx.ref.y ? dec - 10 : dec;
      return { type: 'DATE', value: String(v), relative: false, gran: 'DE' };
    },
  },
  {
    name: 'century',
    gate: /[Cc]entury/,
    pattern: re(R`(?<![\w])(?:[Tt]he\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+[Cc]entury(?![\w])`),
    extract(m) {
      const w = m[1].toLowerCase();
      const n = /^\d/.test(w) ? parseInt(w, 10) : ordinalWords[w.replace(/\s+/, '-')];
      if (!n || n > 22) return null;
      return { type: 'DATE', value: String(n - 1).padStart(2, '0'), relative: false, gran: 'CE' };
    },
  },
  {
    name: 'day-word',
    gate: /[Tt]o(?:day|morrow|night)|[Yy]esterday|TODAY|TOMORROW|TONIGHT|YESTERDAY/,
    pattern: re(R`(?<![\w])(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?:([Tt]he\s+day\s+before\s+yesterday)|([Tt]he\s+day\s+after\s+tomorrow)|([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|YESTERDAY|TODAY|TOMORROW|TONIGHT))(?:\s+${POD})?(?![\w])`),
    extract(m, ctx) {
      const w = (m[3] ?? '').toLowerCase();
      // "BBC Radio 4's Today programme", "This is VOA Today": a capital in mid-sentence makes a name
      if (m[0] === m[3] && /^[A-Z][a-z]/.test(m[3]) && !sentenceInitial(ctx.text, m.index) && !/[-–—(]\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index)) && !titleLine(ctx.text, m.index)) return null;
      const n = m[1] ? -2 : m[2] ? 2 : w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      const v = ctx.ref ? fmtDay(addDays(ctx.ref, n)) : 'XXXX-XX-XX';
      // "in today's world", "of today's computers", "at today's GM": the present era, not a day
      if (w === 'today' && !m[1] && !m[4] && /^['’]s\s/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))
        && /^(?:in|of|for|at)$/i.test(wordBefore(ctx.text, m.index))
        && !/^(?:editions?|paper|papers|newspapers?|issue|session|trading|meeting|meetings|vote|game|games|match|program|programme|broadcast|show|quiz|ceremony|announcement|statement|report|talks|summit|hearing|deadline|news|events?|rally|speech|debate|election|market|markets|close|opening|agenda|schedule)$/i.test(wordAfter(ctx.text, m.index + m[0].length + 2))) {
        return { type: 'DATE', value: 'PRESENT_REF', relative: true, gran: 'REF' };
      }
      if (w === 'tonight') {
        if (m[4]) return null;
        return { type: 'TIME', value: v + 'TNI', relative: true, gran: 'T', day: v };
      }
      return withDay('DATE', v, true, m[4]);
    },
  },
  {
    name: 'part-of-day',
    gate: /morning|afternoon|evening|night/,
    pattern: re(R`(?<![\w])(?:([Tt]his|[Ll]ast|[Ee]arly\s+this|[Ll]ate\s+last|[Ll]ater\s+this|[Ee]arlier\s+this|[Ll]ate\s+this)\s+)${POD}(?![\w])`),
    extract(m, ctx) {
      const mod = m[1].toLowerCase();
      const pod = m[2].toLowerCase();
      const back = /last/.test(mod) ? (pod === 'night' || pod === 'evening' ? -1 : null) : 0;
      if (back === null) return null; // "last morning" is not English
      const v = ctx.ref ? fmtDay(addDays(ctx.ref, back)) : 'XXXX-XX-XX';
      return { type: 'TIME', value: v + 'T' + PARTS_OF_DAY[pod], relative: true, gran: 'T', day: v };
    },
  },
  {
    // "By mid afternoon, officials said", "placed heavy orders in the morning": a part of the
    // day a past clause is about; like a clock it takes the day named beside it, else the
    // reference date (TempEval-3 train: "mid afternoon", "the morning" annotated so, 2 of 2).
    // Only after a preposition and in a past clause: "wake up in the morning", "an early morning
    // show", "we will assess it in the morning" tell of no day the text gives; "three in the
    // morning" is a clock; "the night" is left alone (train: 0 of 3 annotated).
    name: 'day-part',
    gate: /(?:[Mm]id|[Ll]ate|[Ee]arly|the)[\s-]+(?:morning|afternoon|evening)/,
    pattern: re(R`(?<=\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]hrough|[Tt]hroughout|[Ss]ince|[Ff]rom)\s+)(?:the\s+)?(?:((?:[Mm]id|[Ll]ate|[Ee]arly)[\s-]+)?(morning|afternoon|evening))(?![\w-])(?!\s+(?:of|hours|sky|sun|light|air|mist|fog|papers?|newspapers?|show|session|rush|traffic|prayers?|edition)\b)`),
    extract(m, ctx) {
      if (!m[1] && !/^the\s/.test(m[0])) return null;
      const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
      if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|o['’]clock)\s+(?:in|during)\s+$/i.test(before)) return null;
      const t = ctx.tense(m.index, m.index + m[0].length);
      if (t !== 'past' && t !== 'perfect') return null;
      const c = 'T' + PARTS_OF_DAY[m[2].toLowerCase()];
      // the day is the one the text last named ("Friday ... Dealers placed orders in the morning")
      return { type: 'TIME', value: refDay(ctx) + c, relative: true, gran: 'T', clock: c, priority: -1, anchored: { unit: 'D', n: 0, grans: ['D'], window: 600, notAhead: true } };
    },
  },
  {
    name: 'weekday',
    pattern: re(R`(?<![\w])(?:((?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past)?|[Cc]oming|[Pp]ast|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?)(${WEEKDAY_RE}|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.)(?:\s+${POD})?(?![\w])`),
    extract(m, ctx) {
      const text = ctx.text;
      const name = m[2];
      const ws = m.index + (m[1]?.length ?? 0);
      const we = ws + name.length;
      const wd = weekdayNumber(name)!;
      // names with a weekday in them: "Sunday Times", "the Monday Club", "Bloody Sunday", "Super Tuesday"
      const next = /^\s+([A-Z][a-z]+)/.exec(text.slice(we, we + 20));
      if (!m[3] && next && (WEEKDAY_NAME_NEXT.test(next[1]) || (/^(?:the|The)\s+$/.test(text.slice(Math.max(0, ws - 4), ws)) && !new RegExp(`^${MONTH_RE}$`).test(next[1])))) return null;
      if (!m[1] && WEEKDAY_NAME_PREV.test(wordBefore(text, ws))) return null;
      const mod = modWord(m[1]);
      const shiftMod = mod === 'last' || mod === 'next' || mod === 'this' || mod === 'coming' || mod === 'past' ? mod : undefined;
      const dir = limitDir(ctx, m.index, m.index + m[0].length);
      const v = ctx.ref ? fmtDay(weekdayDate(ctx.ref, wd, dir, shiftMod)) : `XXXX-WXX-${wd}`;
      // "Earlier Friday", "Later Thursday": the adverb places an event within the day and stays
      // out of the extent (TempEval-3 train: 4 of 5); "early"/"late" stay in, as a MOD
      const adverb = mod === 'earlier' || mod === 'later';
      return { ...withDay('DATE', v, true, m[3]), stated: ['weekday'], start: adverb ? ws : undefined };
    },
  },
  {
    name: 'relative-unit',
    pattern: re(R`(?<![\w])(?:((?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+(?:end|beginning|start|middle|close)\s+of)[\s-]+))?((?:[Tt]he\s+)?(?:[Tt]his(?:\s+past)?|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast|[Pp]revious|[Cc]urrent|[Tt]his\s+coming))\s+(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)(?![\w-])`),
    extract(m, ctx) {
      const mod = modWord(m[2]);
      const unit = m[3].toLowerCase();
      let n = mod === 'this coming' ? 1 : shiftOf(mod);
      if (n === undefined) return null;
      // "the previous year": the one before the year in focus, an anchored expression (narrative-day)
      if (mod === 'previous' && /^the\s/i.test(m[2]) && /^(?:week|month|year)$/.test(unit) && !m[1]) return null;
      // "over the past year", "for the next month": a stretch of time, not a calendar unit
      // "the past decade": a stretch of ten years, not the calendar decade before this one
      if ((unit === 'decade' || unit === 'century') && (mod === 'past' || mod === 'last') && /^the\s/i.test(m[2])) {
        return { type: 'DURATION', value: durationValue(1, unit), relative: false };
      }
      if (SEASONS[unit]) {
        const sm = mod === 'this coming' ? 'next' : mod;
        return { type: 'DATE', value: seasonValue(ctx.ref, SEASONS[unit], sm, 'nearest'), relative: true, gran: 'S' };
      }
      const r = shiftedUnit(ctx.ref, unit, n);
      return { type: 'DATE', value: r.value, relative: true, gran: r.gran };
    },
  },
  {
    name: 'units-ago',
    gate: /[Aa]go\b|[Ee]arlier|[Ll]ater|[Bb]ack\b|from\s+now|hence|before|previously/,
    pattern: re(R`(?<![\w])${QMOD}(${NUMBER_RE})[\s-]+(${UNIT_RE})(?:\s+or\s+so)?\s+([Aa]go|[Ee]arlier|[Ll]ater|[Bb]ack|from\s+now|hence|before|previously)(?![\w])`),
    extract(m, ctx) {
      const n = numberValue(m[1]);
      const unitWord = m[2].toLowerCase();
      const u = unitOf(unitWord);
      const rel = m[3].toLowerCase();
      if (!u) return null;
      if (rel === 'later' || rel === 'before') {
        // "six months later": the stretch is what the text states; its anchor is an event
        if (rel === 'before') return { type: 'DURATION', value: durationValue(n, unitWord), relative: false, end: m.index + m[0].length - m[3].length - 1 };
        return { type: 'DURATION', value: durationValue(n, unitWord), relative: false };
      }
      const sign = rel === 'from now' || rel === 'hence' ? 1 : -1;
      if (n === 'X') return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', relative: true, gran: 'REF' };
      // only "a year ago" may mean the year-ago quarter or day; "a decade ago" is ten years back
      const anchored = rel === 'ago' && u.letter === 'Y' && n === 1 && u.mult === 1
        ? { unit: 'Y' as const, n: -1, grans: ['Q', 'H'] as Gran[], window: 1500 }
        : rel === 'earlier' || rel === 'previously'
        ? { unit: (u.letter === 'Y' ? 'Y' : u.letter === 'M' && !u.time ? 'M' : u.letter === 'W' ? 'W' : 'D') as 'Y' | 'M' | 'W' | 'D', n: sign * n * u.mult, grans: ['Q', 'H', 'M', 'D'] as Gran[], window: u.letter === 'Y' && n === 1 ? YEAR_EARLIER_WINDOW : 250 }
        : undefined;
      if (u.letter === 'Y' && anchored) anchored.grans = ['Q', 'H', 'D', 'M'];
      if (!ctx.ref) return { type: 'DATE', value: 'XXXX', relative: true, gran: 'Y', anchored };
      const k = Math.round(n * u.mult) * sign;
      let value: string;
      let gran: Gran;
      if (u.time) {
        // "24 hours ago", "48 hours ago": whole days back from the publication day
        const hours = u.letter === 'H' ? Math.abs(k) : 0;
        value = fmtDay(hours >= 24 ? addDays(ctx.ref, sign * Math.floor(hours / 24)) : ctx.ref);
        gran = 'D';
      } else if (u.letter === 'D') {
        value = fmtDay(addDays(ctx.ref, k)); gran = 'D';
      } else if (u.letter === 'W' || u.letter === 'WE') {
        // "a week ago" names a day (the same weekday), as annotators mostly record it; "six
        // weeks ago" is too far back for a weekday to be meant: TimeML gives the week
        if (Math.abs(k) >= 2 && u.letter === 'W') { value = fmtWeek(addDays(ctx.ref, 7 * k)); gran = 'W'; }
        else { value = fmtDay(addDays(ctx.ref, 7 * k)); gran = 'D'; }
      } else if (u.letter === 'M') {
        const t = addMonths(ctx.ref, k); value = fmtMonth(t.y, t.m); gran = 'M';
      } else if (u.letter === 'Q') {
        const t = addMonths(ctx.ref, 3 * k); value = fmtQuarter(t.y, quarterOf(t.m)); gran = 'Q';
      } else if (u.letter === 'CE') {
        value = String(Math.floor(ctx.ref.y / 100) + k).padStart(2, '0'); gran = 'CE';
      } else {
        value = fmtYear(ctx.ref.y + k); gran = 'Y';
      }
      return { type: 'DATE', value, relative: true, gran, anchored: u.time ? undefined : anchored };
    },
  },
  {
    name: 'year-ago-adjective',
    gate: /[Yy]ear[\s-](?:earlier|ago)/,
    pattern: re(R`(?<![\w-])(?:[Tt]he\s+)?[Yy]ear[\s-](?:earlier|ago)(?:\s+((?:first|second|third|fourth)\s+)?(quarter|period|month|year|nine\s+months|six\s+months))?(?![\w-])`),
    extract(m, ctx) {
      if (m[2] && /months/.test(m[2])) return { type: 'DURATION', value: durationValue(numberValue(m[2].split(/\s+/)[0]), 'months'), relative: false };
      if (m[1] && ctx.ref) {
        const q = ORDINALS[m[1].trim().toLowerCase()];
        return { type: 'DATE', value: fmtQuarter(ctx.ref.y - 1, q), relative: true, gran: 'Q' };
      }
      const v = ctx.ref ? fmtYear(ctx.ref.y - 1) : 'XXXX';
      return { type: 'DATE', value: v, relative: true, gran: 'Y', anchored: { unit: 'Y', n: -1, grans: ['Q', 'H', 'M'], window: 1500 } };
    },
  },
  {
    // "the same period last year", "the corresponding quarter a year earlier", "last year's
    // quarter": the period the text is about, a year back (else simply last year)
    name: 'period-last-year',
    gate: /[Ll]ast\s+year|a\s+year\s+(?:ago|earlier|before)/,
    pattern: re(R`(?<![\w])(?:(?:[Tt]he\s+)?(?:same|corresponding|comparable|like)\s+(period|quarter|month|week|time)\s+(?:(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))|[Ll]ast\s+year['’]s\s+(?:(first|second|third|fourth)\s+|same\s+|corresponding\s+)?(quarter|period))(?![\w-])`),
    extract(m, ctx) {
      const what = (m[1] ?? m[3]).toLowerCase();
      if (m[2] && ctx.ref) return { type: 'DATE', value: fmtQuarter(ctx.ref.y - 1, ORDINALS[m[2].toLowerCase()]), relative: true, gran: 'Q' };
      const v = ctx.ref ? fmtYear(ctx.ref.y - 1) : 'XXXX';
      // "at the same time last year": no period of its own to carry back
      if (what === 'time') return { type: 'DATE', value: v, relative: true, gran: 'Y' };
      const grans: Gran[] = what === 'month' ? ['M'] : what === 'week' ? ['D'] : what === 'quarter' ? ['Q'] : ['Q', 'H', 'M'];
      return { type: 'DATE', value: v, relative: true, gran: 'Y', anchored: { unit: 'Y', n: -1, grans, window: 1500, to: what === 'week' ? 'W' : undefined } };
    },
  },
  {
    // "the 1988 quarter", "the 1989 period": the quarter the text is about, in the year stated
    name: 'year-period',
    gate: /\d{4}\s+(?:period|quarter)/,
    pattern: re(R`(?<![\w])[Tt]he\s+((?:19|20)\d\d)\s+(?:period|quarter)(?![\w-])`),
    extract(m) {
      const y = +m[1];
      return { type: 'DATE', value: fmtYear(y), relative: false, gran: 'Y', anchored: { unit: 'Y', n: 0, grans: ['Q', 'H'], window: 1500, year: y } };
    },
  },
  {
    name: 'duration',
    pattern: re(R`(?<![\w$€£])${QMOD}(?:((?:[Tt]he\s+)?(?:(?:[Pp]ast|[Ll]ast|[Nn]ext|[Ff]irst|[Cc]oming|[Pp]revious|[Pp]receding|[Ff]ollowing|[Ff]inal|[Rr]ecent|[Ee]ntire|[Ww]hole|[Ff]ull|[Oo]ther|[Nn]ear)\s+)+|[Tt]he\s+)(?:(?:[Pp]ast|[Ll]ast|[Nn]ext|[Ff]irst)\s+)?)?(${NUMBER_RE})(?:\s+and\s+a\s+half)?[\s-]+(?:(?:straight|consecutive|trading|business|working|full|more|additional|calendar|successive)\s+)?(${UNIT_RE})(?:\s+and\s+a\s+half)?(?![\w]|-(?:old|olds)\b)`),
    extract(m, ctx) {
      const num = m[2];
      const unitWord = m[3].toLowerCase();
      let n = numberValue(num);
      if (/and\s+a\s+half/.test(m[0]) && n !== 'X') n += 0.5;
      const text = ctx.text;
      const end = m.index + m[0].length;
      const lowerNum = num.toLowerCase();
      // "a second round", "a second term": ordinal, not a unit
      if (unitWord === 'second') return null;
      if ((lowerNum === 'a' || lowerNum === 'an') && m[1] && /^the\s*$/i.test(m[1])) return null;
      // "half an hour", "a quarter of a century": a fraction of one unit, in the next unit down
      if ((/^(?:a|an)$/.test(lowerNum) || n === 0.5) && !m[1]) {
        const numAt = m.index + m[0].indexOf(num);
        const frac = /(?:\b(?:[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Rr]oughly|[Jj]ust|[Oo]nly|[Oo]ver|[Mm]ore\s+than|[Ll]ess\s+than)\s+)?(?:\b([Hh]alf)|\b((?:[Aa]\s+)?[Qq]uarter)[\s-]+of)[\s-]+$/.exec(text.slice(Math.max(0, numAt - 30), numAt));
        const f = FRACTIONS[`${frac ? (frac[1] ? 'half' : 'quarter') : 'half'} ${unitWord}`];
        if (f && (frac || n === 0.5)) return { type: 'DURATION', value: f, relative: false, start: frac ? numAt - frac[0].length : undefined };
      }
      if (/^(?:some|many)$/.test(lowerNum) && !/s$/.test(unitWord)) return null;
      // "day" in "a day of mourning" or "the day" names a specific day: not a duration
      if (/^(?:a|an|one)$/.test(lowerNum) && /^day$/.test(unitWord) && /^\s+(?:of|when)\b/.test(text.slice(end, end + 10))) return null;
      if (/^(?:a|an|one|the)$/.test(lowerNum) && /^(?:weekend|night|quarter|century)$/.test(unitWord)) return null;
      // "three-quarters of the vote": a fraction
      if (/^quarters$/.test(unitWord) && /-quarters$/i.test(m[0])) return null;
      // "a three-quarter stake", "the three-quarter line", "a four-quarter profitability test": adjectives, no stretch
      if (unitWord === 'quarter' && /-quarter$/i.test(m[0])) return null;
      // "three quarters of all Xboxes", "three quarter-point rises": a fraction, a rate step
      if (/^quarters?$/.test(unitWord) && /^(?:\s+of\s+(?:the|all|a|an|its|their|his|her|our|those|these|them|us|voters|people|[\d$€£])|-point)/i.test(text.slice(end, end + 16))) return null;
      if (/^\d{4}$/.test(num) && !/s$/.test(unitWord)) return null;
      // age: "a 32-year-old"
      if (/^[\s-]+old\b/.test(text.slice(end, end + 6))) return null;
      // "the Melbourne final two years ago": the date "two years ago" is parsed elsewhere
      if (m[1] && /^\s+ago\b/.test(text.slice(end, end + 5))) return null;
      // "once a year", "$5 billion a year": a frequency
      if (/^(?:a|an|per)$/.test(lowerNum) && !m[1]) {
        const before = text.slice(Math.max(0, m.index - 20), m.index);
        // ("Twice a year" opens a sentence; "24 hours a day": a rate of time per time)
        if (/(?:\bonce|\btwice|\bthrice|\btimes|\d|%|\bpercent|\bmillion|\bbillion|\bthousand|\bdollars|\beuros|\btonnes|\btons|\bbarrels|\b(?:hours|days|weeks|months|minutes)(?:\s+of\s+\w+)?)\s+$/i.test(before)) {
          const u = unitOf(unitWord)!;
          return { type: 'SET', value: (u.time ? 'PT1' : 'P1') + (u.mult === 10 ? 'DE' : u.letter), relative: false };
        }
      }
      // "the eight-year war": TimeML leaves the determiner out of an adjectival duration
      const hyphen = /-\s*[A-Za-z]+$/.test(m[0]) && !/s$/.test(unitWord);
      const lead = m[1] && /^[Tt]he\s+$/.test(m[1]) && hyphen ? m[1].length : 0;
      // "expected to last several weeks", "will last two days": the verb "last" is no modifier
      const verbLast = !!m[1] && /^[Ll]ast\s+$/.test(m[1]) && /^(?:to|will|would|could|can|may|might|should|must|'ll|’ll|did|does|do|not|n't|never|even|only|just|still|also|ever|usually|normally|typically|rarely|often|it|they|which|that)$/i.test(wordBefore(text, m.index + m[0].indexOf(m[1])));
      if (verbLast) return { type: 'DURATION', value: durationValue(n, unitWord), relative: false, start: m.index + m[0].indexOf(m[1]) + m[1].length };
      const start = m.index + m[0].indexOf(m[1] ?? num) + lead;
      return { type: 'DURATION', value: durationValue(n, unitWord), relative: false, start: lead ? start : undefined };
    },
  },
  {
    // "the worst single-day decline": a stretch of one unit, as "one-day" is
    name: 'single-unit',
    gate: /single-/,
    pattern: re(R`(?<![\w-])single-(day|week|month|year|hour|minute)(?![\w-])`),
    extract(m) {
      return { type: 'DURATION', value: durationValue(1, m[1]), relative: false };
    },
  },
  {
    name: 'vague-duration',
    // ("in just minutes", "for only hours": a minimiser between keeps the stretch)
    pattern: re(R`(?<=\b(?:[Ff]or|[Ii]n|[Oo]ver|[Ww]ithin|[Dd]uring|[Tt]ook|[Ll]asted|[Tt]ake|[Ff]or\s+many|[Ss]pent)\s+(?:(?:just|only|mere)\s+)?)(?:((?:[Rr]ecent|[Cc]oming|[Pp]ast|[Tt]he|[Tt]he\s+(?:past|coming|next|last|previous|following)(?:\s+(?:few|several))?)\s+))?(years|months|weeks|days|decades|hours|minutes|centuries)(?![\w])`),
    extract(m) {
      const u = m[2].toLowerCase();
      // "in coming weeks" points ahead; "in recent years" stays a vague stretch (PXY)
      const mod = (m[1] ?? '').trim().toLowerCase();
      if (mod === 'coming') return { type: 'DATE', value: 'FUTURE_REF', relative: true, gran: 'REF' };
      return { type: 'DURATION', value: durationValue('X', u), relative: false };
    },
  },
  {
    // "a decades-long dispute", "a months-long siege": an adjective of vague length. Annotators
    // write "decades-long" as PXY (TempEval-3 train 1 of 1, MEANTIME 1 of 1), so decades count in years here.
    name: 'vague-long',
    gate: /s-long\b/,
    pattern: re(R`(?<![\w-])(decades|years|months|weeks|days|hours)-long(?![\w-])`),
    extract(m) {
      const u = m[1].toLowerCase();
      return { type: 'DURATION', value: durationValue('X', u === 'decades' ? 'years' : u), relative: false };
    },
  },
  {
    // "for a while", "after a while": a stretch of unstated length and unit (TimeML: PXX);
    // "once in a while" is a frequency, left alone
    name: 'a-while',
    gate: /a\s+while\b/,
    pattern: re(R`(?<=\b(?:[Ff]or|[Aa]fter|(?<!\b[Oo]nce\s+)[Ii]n)\s+)(?:quite\s+)?a\s+(?:little\s+|long\s+|short\s+)?while(?![\w])`),
    extract() {
      return { type: 'DURATION', value: 'PXX', relative: false };
    },
  },
  {
    name: 'vague-ago',
    gate: /(?:ago|later|earlier)\b/,
    pattern: re(R`(?<![\w-])([Yy]ears|[Mm]onths|[Ww]eeks|[Dd]ays|[Dd]ecades|[Hh]ours|[Mm]inutes)\s+(?:ago|later|earlier)(?![\w])`),
    extract(m) {
      // "days later", "months ago": a stretch of unstated length (TimeML: PXD, PXM)
      return { type: 'DURATION', value: durationValue('X', m[1].toLowerCase()), relative: false };
    },
  },
  {
    name: 'quarter',
    gate: /[Qq]uarter|Q[1-4]|[1-4]Q/,
    pattern: re(R`(?<![\w])(?:(?:[Tt]he(?:\s+\d{4})?|(?:[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s)\s+)?(?:(?:[Ff]iscal|[Cc]alendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|First|Second|Third|Fourth)[\s-]+(?:fiscal\s+)?(?:quarter|Quarter)(?:\s+of\s+(\d{4})|,?\s+(\d{4})(?![\w])|\s+of\s+(?:the\s+)?(this|last|next)\s+year|\s+of\s+fiscal\s+(\d{4}))?(?![\w])|(?<![\w])Q([1-4])(?:\s+(\d{4}))?(?![\w])|(?<![\w$.,])([1-4])Q(?:\s?(\d{4}|\d{2}))?(?![\w])`),
    extract(m, ctx) {
      // "2Q", "3Q 2012", "4Q12": the wire shorthand for fiscal quarters
      const q = m[1] ? ORDINALS[m[1].toLowerCase()] : m[6] ? +m[6] : +m[8];
      const lead4 = /^[Tt]he\s+(\d{4})\s/.exec(m[0]);
      const short = m[9] ? (m[9].length === 2 ? 2000 + +m[9] - (+m[9] > 50 ? 100 : 0) : +m[9]) : undefined;
      let y: number | undefined = m[2] ? +m[2] : m[3] ? +m[3] : m[5] ? +m[5] : m[7] ? +m[7] : short ?? (lead4 ? +lead4[1] : undefined);
      let relative = false;
      if (y === undefined && ctx.ref) {
        relative = true;
        const lead = m[0].toLowerCase();
        const rel = m[4] ?? (/last year/.test(lead) ? 'last' : /next year/.test(lead) ? 'next' : /this year/.test(lead) ? 'this' : undefined);
        if (rel) y = ctx.ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        else {
          // quarters are reported once they have begun: the latest such quarter unless the tense looks ahead
          const cur = quarterOf(ctx.ref.m);
          // results of the quarter just ended are still "expected": only a later quarter looks
          // ahead; it is last year's only in a simple past ("rose in the fourth quarter"), not
          // in a present perfect ("has announced cuts during the fourth quarter")
          // (a clause with no tense at all, "consumption up 0.2% in the third quarter", reports a
          // quarter that is over: only a tense can put one not yet begun ahead)
          const t = ctx.tense(m.index, m.index + m[0].length);
          y = q <= cur || (t !== 'past' && t !== undefined) ? ctx.ref.y : ctx.ref.y - 1;
        }
      }
      // "the third-quarter loss": an adjective; TimeML leaves the determiner out, as for "the
      // eight-year war"
      const adj = /^[Tt]he\s+(?=(?:(?:[Ff]iscal|[Cc]alendar)\s+)?\w+-(?:fiscal\s+)?[Qq]uarter$)/.exec(m[0]);
      const start = adj ? m.index + adj[0].length : undefined;
      if (y === undefined) return { type: 'DATE', value: `XXXX-Q${q}`, relative: true, gran: 'Q', start };
      return { type: 'DATE', value: fmtQuarter(y, q), relative, gran: 'Q', start };
    },
  },
  {
    // "the final quarter of 2009", "the last quarter of the year": the fourth quarter; a bare
    // "the last quarter" is the previous one (relative-unit)
    name: 'final-quarter',
    gate: /(?:final|last)\s+quarter\s+of/,
    pattern: re(R`(?<![\w])(?:[Tt]he\s+)?(?:final|last)\s+quarter\s+of\s+(?:(\d{4})(?![\w]|[.,]\d)|(?:the\s+)?(this|last|next)\s+year|the\s+year)(?![\w])`),
    extract(m, ctx) {
      if (m[1]) return { type: 'DATE', value: fmtQuarter(+m[1], 4), relative: false, gran: 'Q' };
      const k = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
      return { type: 'DATE', value: ctx.ref ? fmtQuarter(ctx.ref.y + k, 4) : 'XXXX-Q4', relative: true, gran: 'Q' };
    },
  },
  {
    // "the last week of March", "the first week of May 2013": the ISO week holding that week's
    // middle day (the 4th, 11th, 18th, 25th; the last week: three days before the month ends)
    name: 'week-of-month',
    gate: /week\s+of\s+[A-Z]/,
    pattern: re(R`(?<![\w])(?:[Tt]he\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+(${MONTH_FULL})(?:,?\s+(\d{4})(?![\w]|[.,]\d))?(?![\w])`),
    extract(m, ctx) {
      const mo = monthNumber(m[2])!;
      const y = m[3] ? +m[3] : ctx.ref ? yearFor(ctx.ref, mo, undefined, dirAt(ctx, m.index, m.index + m[0].length)) : undefined;
      if (y === undefined) return { type: 'DATE', value: 'XXXX-WXX', relative: true, gran: 'W' };
      const ord = m[1].toLowerCase();
      const n = ord === 'last' || ord === 'final' ? -1 : ORDINALS[ord];
      const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      const d = n < 0 ? days - 3 : 7 * n - 3;
      return { type: 'DATE', value: fmtWeek({ y, m: mo, d }), relative: !m[3], gran: 'W' };
    },
  },
  {
    name: 'half-year',
    gate: /half/,
    pattern: re(R`(?<![\w])(?:[Tt]he\s+)?(first|second|last|latter)\s+half\s+of\s+(?:(\d{4})|(?:the\s+)?(this|last|next)\s+year|the\s+year)(?![\w])`),
    extract(m, ctx) {
      const h = m[1].toLowerCase() === 'first' ? 1 : 2;
      if (m[2]) return { type: 'DATE', value: `${m[2]}-H${h}`, relative: false, gran: 'H' };
      const k = m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0;
      return { type: 'DATE', value: ctx.ref ? `${fmtYear(ctx.ref.y + k)}-H${h}` : `XXXX-H${h}`, relative: true, gran: 'H' };
    },
  },
  {
    name: 'ref-word',
    pattern: re(R`(?<![\w-])(?:(now|Now|NOW|[Cc]urrently|[Aa]t\s+present|[Pp]resently|[Nn]owadays|[Tt]hese\s+days|[Aa]t\s+the\s+moment|[Tt]he\s+present)|([Rr]ecently|[Ll]ately|[Tt]he\s+past|[Ii]n\s+the\s+past)|((?:[Tt]he\s+)?(?:near|distant|foreseeable|immediate)\s+future|[Tt]he\s+future|[Tt]he\s+(?:near|short|long|medium)\s+term)|([Tt]he\s+time\s+being))(?![\w-])`),
    extract(m, ctx) {
      const text = ctx.text;
      const end = m.index + m[0].length;
      if (m[1] || m[4]) {
        // "now" glued into a phrase: "now-defunct" handled by the pattern; "just now" is fine
        return { type: 'DATE', value: 'PRESENT_REF', relative: true, gran: 'REF' };
      }
      if (m[2]) {
        let start = m.index;
        if (/^in\s+the\s+past$/i.test(m[2])) start += 3;
        // "the past" followed by a unit or number is a duration parsed elsewhere
        if (/past$/i.test(m[2]) && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day|hour|quarter|century|weekend|twenty|thirty|forty|fifty)/i.test(text.slice(end, end + 12))) return null;
        return { type: 'DATE', value: 'PAST_REF', relative: true, gran: 'REF', start };
      }
      // "the future of Gibraltar", "important to the future of our peoples": a fate, not a time
      if (/^(?:the\s+)?future$/i.test(m[3]) && /^\s+of\b/.test(text.slice(end, end + 5))) return null;
      if (/^soon$/i.test(m[3]) && /\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
      if (/^soon$/i.test(m[3]) && /^\s+(?:as|after)\b/i.test(text.slice(end, end + 7))) return null;
      if (/^shortly$/i.test(m[3]) && /^\s+(?:before|after)\b/i.test(text.slice(end, end + 8))) return null;
      return { type: 'DATE', value: 'FUTURE_REF', relative: true, gran: 'REF' };
    },
  },
  {
    name: 'recent-adjective',
    gate: /[Cc]urrent|[Rr]ecent|[Ff]ormer/,
    pattern: re(R`(?<![\w-])([Cc]urrent|[Rr]ecent|[Ff]ormer)(?=\s+(?!account|accounts|affairs|events|flows?\b|issue\b|issues\b|[Cc]urrent)[a-z][a-z-]+)`),
    extract(m, ctx) {
      const w = m[1].toLowerCase();
      const prev = wordBefore(ctx.text, m.index).toLowerCase();
      // "the electric current", "the most recent": nouns and superlatives read otherwise
      if (/^(?:most|more|electric|ocean|direct|alternating)$/.test(prev)) return null;
      // "recent years"/"current quarter" belong to richer parsers; these adjectives alone are anchors
      if (w === 'former') return null;
      return { type: 'DATE', value: w === 'current' ? 'PRESENT_REF' : 'PAST_REF', relative: true, gran: 'REF', priority: -1 };
    },
  },
  {
    name: 'the-quarter',
    gate: /[Tt]h(?:e|at|is)\s+(?:\S+\s+)?(?:quarter|period|year|weekend)/,
    pattern: re(R`(?<![\w])(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:((?:latest|most\s+recent|recent|just-ended|just\s+ended|latest\s+fiscal|fiscal|same|September|June|March|December|current)\s+)?(quarter|period)|(year|weekend))(?![\w-])`),
    extract(m, ctx) {
      const text = ctx.text;
      const prev = wordBefore(text, m.index).toLowerCase();
      const adj = (m[1] ?? '').trim().toLowerCase();
      if (m[3] === 'year') {
        if (/^this/i.test(m[0])) return null;
        // "the year ended March 31": a twelve-month reporting period (TempEval-3 train: 5 of 6 are
        // P1Y); "for the year, volume was flat", "a high for the year": the calendar year (4 of 4)
        const next = wordAfter(text, m.index + m[0].length).toLowerCase();
        if (/^(?:ended|ending|to)$/.test(next) || prev === 'within') return { type: 'DURATION', value: 'P1Y', relative: false };
        // "2005 should be the year for campaigning": a predicate naming some year, no date
        if (/^(?:be|is|was|been|are|were)$/.test(prev)) return null;
        // ("a high for the year of $42.875": "of" before an amount leaves the year whole)
        if (/^\s+(?:before|after|earlier|ago|of(?!\s+[$€£\d])|in|when|that|which|since|\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
        const r = shiftedUnit(ctx.ref, 'year', 0);
        // "that year": the year of the date the text last named
        const anchored = /^that/i.test(m[0]) ? { unit: 'Y' as const, n: 0, grans: ['Y', 'D', 'M', 'Q', 'S'] as Gran[], window: 1500, to: 'Y' as const, nearest: true } : undefined;
        return { type: 'DATE', value: r.value, relative: true, gran: 'Y', priority: -1, anchored };
      }
      if (m[3] === 'weekend') {
        if (/^this/i.test(m[0])) return null;
        if (!ctx.ref) return { type: 'DATE', value: 'XXXX-WXX-WE', relative: true, gran: 'W' };
        // "ahead of the weekend", "before the weekend": the coming one
        const ahead = /\b(?:ahead\s+of|before|until|till)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
        const dir = ahead ? 'future' : dirAt(ctx, m.index, m.index + m[0].length);
        const wd = isoWeekday(ctx.ref);
        const base = wd >= 6 ? ctx.ref : dir === 'future' ? addDays(ctx.ref, 6 - wd) : addDays(ctx.ref, -wd);
        return { type: 'DATE', value: fmtWeek(base) + '-WE', relative: true, gran: 'W' };
      }
      if (m[2] === 'period' && !/^(?:latest|most recent|just-ended|just ended|same|current)$/.test(adj)) return null;
      if (/^that/i.test(m[0]) && !adj) return null;
      // "the quarter": the quarter the text is about, else the last one that ended
      const fallback = ctx.ref ? shiftedUnit(ctx.ref, 'quarter', adj === 'current' ? 0 : -1).value : 'XXXX-QX';
      if (/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      // a bare "the quarter" is a date only in a text that has named a quarter (else: a district)
      const required = !adj;
      // "the latest quarter" is by definition the last one that ended, whatever quarter the text
      // named before (often the coming one: "fourth-quarter results will ...")
      const latest = /^(?:latest|most recent|just-ended|just ended|latest fiscal)$/.test(adj);
      return { type: 'DATE', value: fallback, relative: true, gran: 'Q', priority: -1, anchored: adj === 'current' || latest ? undefined : { unit: 'M', n: 0, grans: ['Q'], window: 3000, required } };
    },
  },
  {
    // "the full year", "the fiscal year", "the entire year", "the latest fiscal year": the year the
    // report is about (TempEval-3 train: 7 of 7 annotated); with "ended"/"ending" a date after it,
    // or "throughout", a twelve-month stretch
    name: 'full-year',
    gate: /(?:full|fiscal|entire|whole|financial)\s+year/,
    pattern: re(R`(?<![\w])[Tt]he\s+((?:latest|current|most\s+recent|previous|last|next|coming)\s+)?(?:full|fiscal|entire|whole|financial|full\s+fiscal)\s+year(?![\w-])(?!\s+(?:of|\d))`),
    extract(m, ctx) {
      const next = wordAfter(ctx.text, m.index + m[0].length).toLowerCase();
      const prev = wordBefore(ctx.text, m.index).toLowerCase();
      if (/^(?:ended|ending|to)$/.test(next) || /^(?:throughout|within)$/.test(prev)) return { type: 'DURATION', value: 'P1Y', relative: false };
      const adj = (m[1] ?? '').trim().toLowerCase();
      const n = /^(?:latest|most\s+recent|previous|last)$/.test(adj) ? -1 : /^(?:next|coming)$/.test(adj) ? 1 : 0;
      const r = shiftedUnit(ctx.ref, 'year', n);
      // a bare "the full year" is the year of the quarter or date the text is about
      const anchored = adj ? undefined : { unit: 'Y' as const, n: 0, grans: ['Q', 'H'] as Gran[], window: 600, to: 'Y' as const, nearest: true };
      return { type: 'DATE', value: r.value, relative: true, gran: 'Y', anchored };
    },
  },
  {
    name: 'current-unit',
    gate: /[Cc]urrent|[Pp]resent/,
    pattern: re(R`(?<![\w])(?:[Tt]he\s+)?(?:[Cc]urrent|[Pp]resent)\s+(week|month|year|quarter|decade|century|fiscal\s+year)(?![\w])`),
    extract(m, ctx) {
      const unit = m[1].toLowerCase().replace(/^fiscal\s+/, '');
      const r = shiftedUnit(ctx.ref, unit, 0);
      return { type: 'DATE', value: r.value, relative: true, gran: r.gran };
    },
  },
  {
    // "by the end of the month", "the start of next year", "by year-end": the unit itself
    // (TimeML puts the part in MOD, the value stays the week, month or year)
    name: 'unit-edge',
    gate: /[Ee]nd\b|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose/,
    pattern: re(R`(?<![\w-])(?:[Tt]he\s+(?:end|beginning|start|middle|close)\s+of\s+(the|this|next|last)\s+(week|month|year|quarter|decade)|([Yy]ear|[Mm]onth)(?:[\s-]|['’]s\s+)end|[Ee]nd\s+of\s+(year|month))(?![\w-])(?!\s+(?:\d|of\b|[A-Z][a-z]+\s+\d))`),
    extract(m, ctx) {
      const unit = (m[2] ?? m[3] ?? m[4]).toLowerCase();
      const mod = (m[1] ?? 'the').toLowerCase();
      let n = mod === 'next' ? 1 : mod === 'last' ? -1 : 0;
      // "up 5% since year-end": the end of a year already over
      if (!m[1] && wordBefore(ctx.text, m.index).toLowerCase() === 'since' && ctx.ref && ctx.ref.m < 12) n = -1;
      const r = shiftedUnit(ctx.ref, unit, n);
      // "by year-end", "since month-end": the compound names the closing day (TempEval-3 train:
      // "year-end" is 12-31 both times; "year end" apart and "the end of" keep the unit)
      if (m[3] && /-end$/i.test(m[0]) && ctx.ref && (unit === 'year' || unit === 'month')) {
        const y = unit === 'year' ? ctx.ref.y + n : addMonths({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, n).y;
        const mo = unit === 'year' ? 12 : addMonths({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, n).m;
        const v = fmtDay({ y, m: mo, d: new Date(Date.UTC(y, mo, 0)).getUTCDate() });
        return { type: 'DATE', value: v, relative: true, gran: 'D', day: v };
      }
      return { type: 'DATE', value: r.value, relative: true, gran: r.gran };
    },
  },
  {
    name: 'clock',
    gate: /\d\s*(?:[ap]\.?\s?m|[AP]\.?M|o['’]clock)/,
    pattern: re(R`(?<![\w:.$])(?:((?:[Aa]round|[Aa]bout|[Aa]pproximately|[Jj]ust\s+(?:before|after)|[Ss]hortly\s+(?:before|after))\s+))?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.\s?m\.?|p\.\s?m\.?|am|pm|AM|PM|A\.M\.?|P\.M\.?|o['’]clock)(?![\w])(?:\s+(local\s+time|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|PT))?`),
    extract(m, ctx) {
      const h = +m[2];
      const min = m[3] ? +m[3] : 0;
      const ap = /o['’]clock/i.test(m[4]) ? undefined : m[4];
      if (ap && h > 12) return null;
      const c = clockValue(h, min, ap);
      if (!c) return null;
      return { type: 'TIME', value: refDay(ctx) + c, relative: true, gran: 'T', clock: c, stated: ['hour', 'minute'] };
    },
  },
  {
    name: 'clock-24h',
    gate: /\d[:h]\d\d/,
    pattern: re(R`(?<=\b(?:at|by|until|from|before|after|around|about)\s+)([01]?\d|2[0-3])[:h]([0-5]\d)(?![\w:.]|\.\d)(?:\s+(local\s+time|GMT|UTC|CET|CEST|EET|EEST|MSK))?`),
    extract(m, ctx) {
      const c = clockValue(+m[1], +m[2], undefined)! + (m[3] && /^(?:UTC|GMT)$/.test(m[3]) ? 'Z' : '');
      return { type: 'TIME', value: refDay(ctx) + c, relative: true, gran: 'T', clock: c };
    },
  },
  {
    name: 'clock-zone',
    gate: /\d\s*(?:UTC|GMT|Z|CET|CEST|EET|EEST|MSK|BST|(?:local|Kyiv|Moscow)\s+time)\b/,
    pattern: re(R`(?<![\w:.$,])([01]?\d|2[0-3]):?([0-5]\d)\s*(UTC|GMT|Z|CET|CEST|EET|EEST|MSK|BST|(?:local|Kyiv|Moscow)\s+time)(?![\w])`),
    extract(m, ctx) {
      if (!m[0].includes(':') && m[1].length + m[2].length !== 4) return null;
      // UTC is the one zone TIMEX3 writes (Z); local zones stay unmarked
      const c = clockValue(+m[1], +m[2], undefined)! + (/^(?:UTC|GMT|Z)$/.test(m[3]) ? 'Z' : '');
      return { type: 'TIME', value: refDay(ctx) + c, relative: true, gran: 'T', clock: c };
    },
  },
  {
    name: 'noon',
    gate: /[Nn]oon|[Mm]idday|[Mm]idnight/,
    pattern: re(R`(?<![\w])(?:[Aa]round\s+|[Aa]bout\s+)?([Nn]oon|[Mm]idday|[Mm]idnight)(?![\w])`),
    extract(m, ctx) {
      // "Midnight Mass", "the Midnight Express": names
      if (/^\s+(?:Mass|mass|Express|Run|Oil|Sun)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      // "High Noon", "high noon comes today": the film and the idiom, no time of day
      if (/^high$/i.test(wordBefore(ctx.text, m.index))) return null;
      const c = /midnight/i.test(m[1]) ? 'T24:00' : 'T12:00';
      return { type: 'TIME', value: refDay(ctx) + c, relative: true, gran: 'T', clock: c };
    },
  },
  {
    name: 'set',
    gate: /[Ee]very|[Ee]ach|[Pp]er\b|ly\b/,
    pattern: re(R`(?<![\w])(?:([Ee]very|[Ee]ach|[Pp]er)\s+(other\s+)?(?:(day|week|month|year|quarter|hour|minute|decade|weekend|season|morning|night|evening|afternoon)|(spring|summer|fall|autumn|winter)|(${WEEKDAY_RE})|(${MONTH_FULL}))|([Dd]aily|[Ww]eekly|[Mm]onthly|[Aa]nnually|[Yy]early|[Hh]ourly|[Nn]ightly|[Bb]iweekly|[Ff]ortnightly|[Bb]iannually|[Ss]emiannually|[Bb]i-annually|[Ss]emi-annually))(?![\w-])`),
    extract(m, ctx) {
      if (m[7]) {
        // "Daily Mail", "Weekly Standard": names
        if (/^[A-Z]/.test(m[7]) && !sentenceInitial(ctx.text, m.index)) return null;
        // "to rise 8.5% annually", "10,000 units annually": a growth rate or an output, which
        // annotators leave alone (TempEval-3 train: 0 of 4); "held here annually" stays
        if (/^(?:annually|yearly)$/i.test(m[7]) && /(?:\d|%|\bpercent|\bmillion|\bbillion)[^.;]{0,18}$/.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
        const v: Record<string, string> = {
          daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
          quarterly: 'P3M', biweekly: 'P2W', fortnightly: 'P2W', biannually: 'P6M', semiannually: 'P6M',
          'bi-annually': 'P6M', 'semi-annually': 'P6M',
        };
        return { type: 'SET', value: v[m[7].toLowerCase()], relative: false };
      }
      const k = m[2] ? 2 : 1;
      if (m[3]) {
        const u = m[3].toLowerCase();
        if (PARTS_OF_DAY[u]) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[u]}`, relative: false };
        if (u === 'season') return { type: 'SET', value: 'P1Y', relative: false };
        if (u === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE', relative: false };
        return { type: 'SET', value: durationValue(k, u), relative: false };
      }
      if (m[4]) return { type: 'SET', value: `XXXX-${SEASONS[m[4].toLowerCase()]}`, relative: false };
      if (m[5]) return { type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[5])}`, relative: false };
      return { type: 'SET', value: `XXXX-${String(monthNumber(m[6])).padStart(2, '0')}`, relative: false };
    },
  },
  {
    // "every four years", "every 10 days": a set whose period is the stated stretch
    name: 'set-every-n',
    gate: /[Ee]very\s/,
    pattern: re(R`(?<![\w])[Ee]very\s+(${NUMBER_RE})\s+(${UNIT_RE})(?![\w-])`),
    extract(m) {
      const n = numberValue(m[1]);
      // "every few days": a set of unstated period (PXD)
      if ((n === 'X' && !/few|several/i.test(m[1])) || (n !== 'X' && n < 2) || !/s$/i.test(m[2])) return null;
      return { type: 'SET', value: durationValue(n, m[2].toLowerCase()), relative: false };
    },
  },
  {
    name: 'season',
    pattern: re(R`(?<![\w])(?:((?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+))?(?:((?:[Tt]his(?:\s+past|\s+coming)?|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast|[Tt]he\s+(?:coming|past|last|next|previous)|[Tt]he)\s+))?(?:((?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+))?(spring|summer|fall|autumn|winter|Spring|Summer|Fall|Autumn|Winter)(?:\s+(?:of\s+)?(\d{4})(?![\w]|[.,]\d))?(?![\w-])`),
    extract(m, ctx) {
      const text = ctx.text;
      const season = SEASONS[m[4].toLowerCase()];
      const end = m.index + m[0].length;
      const mod = modWord(m[2]);
      const prev = wordBefore(text, m.index).toLowerCase();
      if (m[5]) return { type: 'DATE', value: `${m[5]}-${season}`, relative: false, gran: 'S' };
      // "the fall of Kabul", "Arab Spring", "prices fall": not seasons
      if (/^\s+of\b/.test(text.slice(end, end + 4))) return null;
      if (!mod && !m[1] && !m[3]) {
        if (!/^(?:in|during|by|until|since|through|throughout|before|after|this|last|next|early|late|over)$/.test(prev)) return null;
        if (/^[A-Z]/.test(m[4]) && !sentenceInitial(text, m.index)) return null;
      }
      if (mod === 'the' && !/^(?:in|during|by|until|since|through|throughout|before|after|over)$/.test(prev)) return null;
      if (mod === 'the' && /^[A-Z]/.test(m[4])) return null;
      if (/^[A-Z]/.test(m[4]) && capitalisedBefore(text, m.index)) return null;
      const sm = mod === 'this past' ? 'last' : mod === 'this coming' ? 'next' : mod === 'the' ? undefined : mod;
      return { type: 'DATE', value: seasonValue(ctx.ref, season, sm, dirAt(ctx, m.index, end)), relative: true, gran: 'S' };
    },
  },
  {
    name: 'holiday',
    gate: /Christmas|New\s+Year|Thanksgiving|Halloween|Valentine|Easter|Good\s+Friday|Holy\s|Maundy|Palm\s|Ash\s|Whit\s|Remembrance|Pentecost|Passover|Rosh|Yom\s|Hanukkah|Chanukah|Eid\b|Day\b/,
    pattern: re(R`(?<![\w])(${HOLIDAY_RE})(?:,?\s+(\d{4})(?![\w]))?(?![\w])`),
    extract(m, ctx) {
      const fn = HOLIDAYS[holidayKey(m[1])];
      if (!fn) return null;
      const end = m.index + m[0].length;
      // "National Holocaust Memorial Day", "Ukraine's Independence Day": a generic "... Day" after a
      // capitalised word in mid-sentence names another country's or cause's day
      if (/^(?:Memorial|Labor|Election|Veterans|Armistice|Remembrance|May|Columbus|Presidents)/.test(m[1]) && capitalisedBefore(ctx.text, m.index)) return null;
      // "Christmas tree", "Easter egg": things named after the day
      if (!m[2] && /^\s+(?:tree|trees|card|cards|market|markets|party|parties|gift|gifts|present|presents|egg|eggs|carol|carols|truce|offensive|message|address|speech|sales|shopping|holiday|holidays|season|break|dinner|service|services|Island|Rising|seder|greetings|wishes|Parade|parade)\b/.test(ctx.text.slice(end, end + 12))) return null;
      // "Yom Kippur in 1973": the year stated after it, outside the extent, still dates it
      const later = /^\s+(?:in|of)\s+(1[5-9]\d\d|20\d\d)(?![\w]|[.,]\d)/.exec(ctx.text.slice(end, end + 12));
      const y = m[2] ? +m[2] : later ? +later[1] : holidayYear(ctx, fn, m.index, end);
      const d = fn(y ?? 2001);
      if (!d) return null;
      if (y === undefined) {
        // a day that moves has no month and day without a year
        const fixed = fn(2002);
        const v = fixed && fixed.m === d.m && fixed.d === d.d ? `XXXX-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}` : 'XXXX-XX-XX';
        return { type: 'DATE', value: v, relative: true, gran: 'D' };
      }
      const v = fmtDay(d);
      return { type: 'DATE', value: v, relative: !m[2] && !later, gran: 'D', day: v };
    },
  },
  {
    // Market reports close on "the day": "ended the day at 8,017", "for the day, the Nikkei fell",
    // "at the start of the day". The day is the one the text last named, else the reference date.
    // Only after these verbs and prepositions: "the day belonged to the Czechs" is no date.
    name: 'session-day',
    gate: /the\s+day\b/,
    pattern: re(R`(?:(?<=\b(?:end|ends|ended|ending|finish|finished|finishes|finishing|close|closed|closes|closing|[Ff]or)\s+)|[Tt]he\s+(?:start|beginning|end|close)\s+of\s+)the\s+day(?![\w-])(?!\s+(?:before|after|of|when|that|on|in|which|he|she|they|it|we|I)\b)`),
    extract(m, ctx) {
      const prev = wordBefore(ctx.text, m.index).toLowerCase();
      // "for the day" needs a market figure or a comma after it: "paid for the day" is no date
      if (/^the\s+day$/i.test(m[0]) && prev === 'for' && !/^\s*,/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const v = ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX';
      return { type: 'DATE', value: v, relative: true, gran: 'D', day: v, anchored: { unit: 'D', n: 0, grans: ['D'], window: 400 } };
    },
  },
  {
    // "today is the eighth day of the operation", "It's the second day of an offensive",
    // "suspended for a second consecutive day": a count of days that ends at the reference date
    // (TempEval-3 train 2 of 2, MEANTIME 1 of 1). "On the fourth day of his tour" tells of a day
    // inside a past stretch, which the reference date does not give.
    name: 'ordinal-day',
    gate: /(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d(?:st|nd|rd|th))\s+(?:consecutive\s+|straight\s+)?day\b/,
    pattern: re(R`(?<![\w])(?:[Tt]he|[Aa]|[Ii]ts)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive)\s+)?day(?![\w-])`),
    extract(m, ctx) {
      const prev = wordBefore(ctx.text, m.index).toLowerCase();
      if (/^(?:on|by|until|till|from|after|before|since)$/.test(prev)) return null;
      const v = refDay(ctx);
      return { type: 'DATE', value: v, relative: true, gran: 'D', day: v };
    },
  },
  {
    name: 'narrative-day',
    gate: /[Tt]he\s+(?:next|following|previous|preceding|prior|same|day|week|month|year)|[Tt]hat\s+(?:day|night|morning|evening|afternoon)/,
    pattern: re(R`(?<![\w])(?:[Tt]he\s+(next|following|previous|preceding|same)\s+(day|morning|afternoon|evening|night)|[Tt]he\s+day\s+(before|after)|[Tt]hat\s+(day|night|morning|evening|afternoon)|[Tt]he\s+(following|previous|preceding|prior)\s+(week|month|year)|[Tt]he\s+(week|month|year)\s+(before|previous|earlier)(?=\s*[.,;:)]|\s+(?:and|but|or|when|while|as)\b|\s*$))(?![\w])`),
    extract(m, ctx) {
      const rel = (m[1] ?? m[3] ?? m[5] ?? m[8] ?? 'same').toLowerCase();
      const n = /next|following|after/.test(rel) ? 1 : /previous|preceding|prior|before|earlier/.test(rel) ? -1 : 0;
      const unitWord = (m[2] ?? m[4] ?? m[6] ?? m[7] ?? 'day').toLowerCase();
      const pod = PARTS_OF_DAY[unitWord];
      // "the year before" closing a clause ("than the year before.", "the month previous, when")
      // is "the previous year": anchored to the year in focus
      if (m[6] || m[7]) {
        const prev = wordBefore(ctx.text, m.index).toLowerCase();
        if (/^(?:over|for|within|during|throughout)$/.test(prev)) return { type: 'DURATION', value: durationValue(1, unitWord), relative: false };
        const unit = unitWord === 'week' ? 'W' : unitWord === 'month' ? 'M' : 'Y';
        const r = shiftedUnit(ctx.ref, unitWord, n);
        // the nearest date before, of any granularity that fits ("the third quarter of 2004, 26%
        // more than the previous year" is 2003, whatever year was named further back)
        const grans: Gran[] = unit === 'Y' ? ['Y', 'Q', 'H', 'M', 'D'] : unit === 'M' ? ['M', 'D'] : ['W', 'D'];
        return { type: 'DATE', value: r.value, relative: true, gran: r.gran, anchored: { unit, n, grans, window: 600, to: unit, nearest: true } };
      }
      if (m[3]) {
        // "before"/"after" heading a clause or a noun phrase is a preposition: "late in the day
        // after falling 250 points", "Oct. 12, the day before the plunge" tell of the day already
        // named, and the expression is "the day" alone
        const end = m.index + m[0].length;
        const heads = /^\s+(?:[a-z]|[A-Z][a-z]*\s)/.test(ctx.text.slice(end, end + 20));
        const inDay = /^in$/i.test(wordBefore(ctx.text, m.index));
        const apposition = /\d(?:\.|\b)\s*,\s*$/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index));
        if (heads && (inDay || apposition)) {
          const v0 = ctx.ref ? fmtDay(ctx.ref) : 'XXXX-XX-XX';
          return { type: 'DATE', value: v0, relative: true, gran: 'D', day: v0, end: m.index + m[0].length - m[3].length - 1, anchored: { unit: 'D', n: 0, grans: ['D'], window: 600 } };
        }
      }
      // "you have strong redemptions that day", "trades made that day" in a habit: no day of the
      // text's (TempEval-3 train 0 of 2; MEANTIME's "that day has come" is no date either)
      // ("the announcement will be made later that evening" looks ahead to a day named: kept)
      if (m[4] && ctx.tense(m.index, m.index + m[0].length) === 'present') return null;
      const v = ctx.ref ? fmtDay(addDays(ctx.ref, n)) : 'XXXX-XX-XX';
      if (pod) return { type: 'TIME', value: v + 'T' + pod, relative: true, gran: 'T', day: v, anchored: { unit: 'D', n, grans: ['D'], window: 600 } };
      return { type: 'DATE', value: v, relative: true, gran: 'D', day: v, anchored: { unit: 'D', n, grans: ['D'], window: 600 } };
    },
  },
];

