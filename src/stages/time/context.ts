/**
 * The parsing context (chrono's design): the text, the reference date (the publication date) and
 * a tense oracle. Resolution helpers pick a year or a week from the reference date and the tense
 * of the sentence, or return TimeML's unresolved markers (XXXX) when there is no reference date.
 */
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, isoWeekday, quarterOf, toDays,
  validYmd, type Ymd,
} from './dates.js';
import type { Tense } from './tense.js';

export interface TimeContext {
  text: string;
  /** The reference date (publication date); undefined when unknown. */
  ref?: Ymd;
  /** Tense of the clause around [start, end). */
  tense(start: number, end: number): Tense | undefined;
}

export type Gran = 'CE' | 'DE' | 'Y' | 'H' | 'S' | 'Q' | 'M' | 'W' | 'D' | 'T' | 'REF';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** One recognised expression before refinement (offsets into the searched text). */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  /** True when the value was resolved from the reference date. */
  relative: boolean;
  /**
   * Calendar parts the text states (chrono's known values): 'year', 'month', 'day', 'weekday',
   * 'hour', 'minute'; the rest of the value was implied by the reference date or the tense.
   * Set by the date parsers; absent for durations, sets and reference words.
   */
  stated?: Array<'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute'>;
  parser: string;
  gran?: Gran;
  /** For a time of day with no date of its own ("5 p.m.", "noon"): `T17:00`, `TMO`. */
  clock?: string;
  /** For day-precision dates: a time of day may attach to it. */
  day?: string;
  /** Resolved from the previous date in the text rather than the reference date ("the next day"). */
  anchored?: {
    unit: 'D' | 'Y' | 'M' | 'W'; n: number; grans: Gran[]; window: number; to?: 'Y' | 'M' | 'W'; required?: boolean;
    /** The year the text states for the anchored period ("the 1988 quarter"): replaces the anchor's. */
    year?: number;
    /**
     * Take the nearest earlier date of any listed granularity, not the nearest of the first one
     * listed: "June 1998 ... later that year" is 1998 even with a Friday named further back.
     */
    nearest?: boolean;
    /** A nearest anchor after the reference date gives none (a past clause tells of no day ahead). */
    notAhead?: boolean;
  };
  /** Parsers may give a priority for overlaps of equal length (higher wins). */
  priority?: number;
}

export type Direction = 'past' | 'future' | 'nearest';

/** Past tense looks back, future forward; present or unknown takes the nearest. */
export function directionOf(t: Tense | undefined): Direction {
  return t === 'past' ? 'past' : t === 'future' ? 'future' : 'nearest';
}

/**
 * Year for a month (and day) stated without one: the year that puts it nearest the reference
 * date within a window the tense leans (news names past dates up to ~9 months back and coming
 * ones up to ~9 months ahead; a past tense still often names a date a few weeks ahead, as in
 * "extended the offer to Nov. 20"), so the tense only shifts the window, never forces a year.
 */
export function yearFor(ref: Ymd, month: number, day: number | undefined, dir: Direction): number {
  const [lo, hi] = day === undefined
    ? (dir === 'past' ? [-9, 3] : dir === 'future' ? [-3, 9] : [-6, 5])
    : (dir === 'past' ? [-250, 120] : dir === 'future' ? [-100, 270] : [-200, 165]);
  const r = day === undefined ? ref.y * 12 + ref.m : toDays(ref);
  let best = ref.y;
  let bestScore = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const t = day === undefined ? y * 12 + month : toDays({ y, m: month, d: Math.min(day, 28) });
    const diff = t - r;
    if (diff < lo || diff > hi) continue;
    // inside the window the tense's own side wins ("will ... in December" in March: this December)
    const wrongSide = (dir === 'past' && diff > 0) || (dir === 'future' && diff < 0);
    const score = Math.abs(diff) + (wrongSide ? 1e6 : 0);
    if (score < bestScore) { bestScore = score; best = y; }
  }
  return best;
}

/** News names past days more than coming ones: without a tense, a weekday up to this many days further back still wins. */
const WEEKDAY_PAST_BIAS = 2;

/** The date of a weekday named without a date. */
export function weekdayDate(ref: Ymd, wd: number, dir: Direction, mod?: string): Ymd {
  const cur = isoWeekday(ref);
  if (mod === 'last' || mod === 'past') {
    let back = (cur - wd + 7) % 7;
    if (back === 0) back = 7;
    return addDays(ref, -back);
  }
  if (mod === 'next' || mod === 'coming') {
    let fwd = (wd - cur + 7) % 7;
    if (fwd === 0) fwd = 7;
    return addDays(ref, fwd);
  }
  if (mod === 'this') return addDays(ref, wd - cur);
  const back = (cur - wd + 7) % 7;
  const fwd = (wd - cur + 7) % 7;
  if (dir === 'past') return addDays(ref, -back);
  if (dir === 'future') return addDays(ref, fwd);
  return back <= fwd + WEEKDAY_PAST_BIAS ? addDays(ref, -back) : addDays(ref, fwd);
}

/** Value of a calendar unit shifted by n from the reference date ("last week", "this month"). */
export function shiftedUnit(ref: Ymd | undefined, unit: string, n: number): { value: string; gran: Gran } {
  switch (unit) {
    case 'day':
      return { value: ref ? fmtDay(addDays(ref, n)) : 'XXXX-XX-XX', gran: 'D' };
    case 'week':
      return { value: ref ? fmtWeek(addDays(ref, 7 * n)) : 'XXXX-WXX', gran: 'W' };
    case 'weekend':
      return { value: ref ? fmtWeek(addDays(ref, 7 * n)) + '-WE' : 'XXXX-WXX-WE', gran: 'W' };
    case 'month': {
      if (!ref) return { value: 'XXXX-XX', gran: 'M' };
      const t = addMonths({ y: ref.y, m: ref.m, d: 1 }, n);
      return { value: fmtMonth(t.y, t.m), gran: 'M' };
    }
    case 'quarter': {
      if (!ref) return { value: 'XXXX-QX', gran: 'Q' };
      const idx = ref.y * 4 + quarterOf(ref.m) - 1 + n;
      return { value: fmtQuarter(Math.floor(idx / 4), (idx % 4) + 1), gran: 'Q' };
    }
    case 'year':
      return { value: ref ? fmtYear(ref.y + n) : 'XXXX', gran: 'Y' };
    case 'decade':
      return { value: ref ? String(Math.floor(ref.y / 10) + n).padStart(3, '0') : 'XXX', gran: 'DE' };
    case 'century':
      return { value: ref ? String(Math.floor(ref.y / 100) + n).padStart(2, '0') : 'XX', gran: 'CE' };
    default:
      return { value: 'XXXX', gran: 'Y' };
  }
}

/** Value of a season ("SU") shifted by n seasons relative to the one the reference date is in. */
export function seasonValue(ref: Ymd | undefined, season: string, mod: string | undefined, dir: Direction): string {
  if (!ref) return `XXXX-${season}`;
  const order = ['WI', 'SP', 'SU', 'FA'];
  // which season holds the reference date (meteorological; December counts to next year's winter)
  const cur = ref.m === 12 || ref.m <= 2 ? 'WI' : ref.m <= 5 ? 'SP' : ref.m <= 8 ? 'SU' : 'FA';
  const curYear = ref.m === 12 ? ref.y + 1 : ref.y;
  const ci = order.indexOf(cur);
  const ti = order.indexOf(season);
  let y = curYear;
  if (mod === 'last' || mod === 'past' || mod === 'previous') y = ti < ci ? curYear : curYear - 1;
  else if (mod === 'next' || mod === 'coming') y = ti > ci ? curYear : curYear + 1;
  else if (mod === 'this') y = curYear;
  else if (dir === 'past') y = ti <= ci ? curYear : curYear - 1;
  else if (dir === 'future') y = ti >= ci ? curYear : curYear + 1;
  return `${fmtYear(y)}-${season}`;
}

/** A full date; year unknown gives XXXX-MM-DD. */
export function dayValue(y: number | undefined, m: number, d: number): string | undefined {
  if (y === undefined) return `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!validYmd(y, m, d)) return undefined;
  return fmtDay({ y, m, d });
}

