/** Words the time parsers share: months, weekdays, numbers, units, seasons. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Capitalised month names and abbreviations (a period may follow an abbreviation). */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?|' +
  'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';

export function monthNumber(s: string): number | undefined {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const WEEKDAY_RE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)';

export function weekdayNumber(s: string): number | undefined {
  return WEEKDAYS[s.toLowerCase().replace(/\.$/, '')];
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, couple: 2, single: 1,
};

/** Number words and digits a duration may use; `X` values mean "some" (several, a few). */
export const NUMBER_RE =
  '(?:\\d+(?:[.,]\\d+)?(?:\\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|a\\s+hundred|hundred|a\\s+dozen|a\\s+couple\\s+of|a\\s+few|few|several|many|some|a|an|half\\s+a|a\\s+half)';

/** Number words may open a sentence: "Three years later". */
export const NUMBER_RE_CI = NUMBER_RE.replace(/(?<![\\\w])([a-z])([a-z]*)/g, (_m, f: string, rest: string) => `[${f.toUpperCase()}${f}]${rest}`);

/** The value of a number phrase; 'X' for vague quantities ("several", "a few"). */
export function numberValue(s: string): number | 'X' {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(t)) {
    const half = /\s1\/2$/.test(t) ? 0.5 : 0;
    return parseFloat(t.replace(/\s1\/2$/, '').replace(/,/g, '')) + half;
  }
  if (t === 'a few' || t === 'few' || t === 'several' || t === 'many' || t === 'some') return 'X';
  if (t === 'half a' || t === 'a half') return 0.5;
  if (t === 'a couple of') return 2;
  if (t === 'a dozen') return 12;
  if (t === 'a hundred') return 100;
  let sum = 0;
  for (const part of t.split(/[- ]/)) {
    const v = SMALL[part];
    if (v === undefined) return 'X';
    sum += v;
  }
  return sum;
}

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, sixth: 6,
};

/** Time units: the ISO 8601 duration letter, whether it belongs after `T`, and its granularity. */
export interface Unit {
  letter: string;
  time: boolean;
  /** multiplier applied to the count (decade = 10 years) */
  mult: number;
}

export const UNITS: Record<string, Unit> = {
  second: { letter: 'S', time: true, mult: 1 },
  minute: { letter: 'M', time: true, mult: 1 },
  hour: { letter: 'H', time: true, mult: 1 },
  day: { letter: 'D', time: false, mult: 1 },
  night: { letter: 'D', time: false, mult: 1 },
  week: { letter: 'W', time: false, mult: 1 },
  weekend: { letter: 'WE', time: false, mult: 1 },
  fortnight: { letter: 'W', time: false, mult: 2 },
  month: { letter: 'M', time: false, mult: 1 },
  quarter: { letter: 'Q', time: false, mult: 1 },
  year: { letter: 'Y', time: false, mult: 1 },
  decade: { letter: 'Y', time: false, mult: 10 },
  century: { letter: 'CE', time: false, mult: 1 },
};

export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

export function unitOf(word: string): Unit | undefined {
  let w = word.toLowerCase();
  if (w === 'centuries') w = 'century';
  else if (w.endsWith('s')) w = w.slice(0, -1);
  return UNITS[w];
}

/** Format a duration of n units; n = 'X' gives the TimeML vague form (PXY). */
export function durationValue(n: number | 'X', unitWord: string): string {
  const u = unitOf(unitWord);
  if (!u) return 'PXX';
  if (n === 'X') return (u.time ? 'PT' : 'P') + 'X' + (u.mult === 10 ? 'DE' : u.letter === 'CE' ? 'E' : u.letter);
  let v = n * u.mult;
  let letter = u.letter;
  // whole quarters stay quarters ("two consecutive quarters" = P2Q, as TimeBank and MEANTIME
  // mostly annotate them); a fraction of one becomes months
  if (letter === 'Q' && !Number.isInteger(v)) { v *= 3; letter = 'M'; }
  if (letter === 'WE') letter = 'WE';
  // halves become the next smaller unit where one exists (1.5 years = 18 months)
  if (!Number.isInteger(v)) {
    if (letter === 'Y') return `P${Math.floor(v)}Y${Math.round((v % 1) * 12)}M`;
    else if (letter === 'H' && u.time) return `PT${Math.floor(v)}H${Math.round((v % 1) * 60)}M`;
    else if (letter === 'M' && u.time) return `PT${Math.floor(v)}M${Math.round((v % 1) * 60)}S`;
    else if (letter === 'D') { return `P${Math.floor(v)}DT${Math.round((v % 1) * 24)}H`; }
    // "three and a half months" = P3M15D, as "2 1/2 years" = P2Y6M; "a week and a half" = P10DT12H
    else if (letter === 'M' && !u.time) return v >= 1 ? `P${Math.floor(v)}M${Math.round((v % 1) * 30)}D` : `P${Math.round(v * 30)}D`;
    else if (letter === 'W') { v *= 7; letter = 'D'; if (!Number.isInteger(v)) return `P${Math.floor(v)}DT${Math.round((v % 1) * 24)}H`; }
    v = Math.round(v);
  }
  return (u.time ? 'PT' : 'P') + v + letter;
}

export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** The month in which each season starts (northern hemisphere, meteorological). */
export const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};
