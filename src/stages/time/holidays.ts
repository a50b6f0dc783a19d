/**
 * Named days: fixed dates, nth weekdays, days reckoned from Easter (Western and Orthodox), and
 * days of the Hebrew, Islamic and Chinese calendars. News on war and diplomacy dates truces and
 * offensives by them ("an Easter truce", "before Eid al-Fitr", "over Passover"); TimeML gives a
 * named day its calendar date.
 *
 * Lunar and lunisolar days come from the ICU calendars Node ships (Intl.DateTimeFormat with
 * `-u-ca-hebrew`, `islamic-umalqura`, `chinese`): no tables to keep up to date. Islamic days are
 * the Umm al-Qura (Saudi) reckoning; countries that sight the moon may keep them a day later.
 */
import { addDays, fromDays, isoWeekday, toDays, type Ymd } from './dates.js';

const ymd = (y: number, m: number, d: number): Ymd => ({ y, m, d });

/** nth weekday (1 = Monday) of a month; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = ymd(y, m, 1);
    return addDays(first, (wd - isoWeekday(first) + 7) % 7 + 7 * (n - 1));
  }
  const last = ymd(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
}

/** Gregorian Easter (anonymous algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return ymd(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** Orthodox Easter: the Julian computus (Meeus), moved to the Gregorian calendar. */
export function orthodoxEaster(y: number): Ymd {
  const a = y % 4, b = y % 7, c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian to Gregorian: 13 days in 1900-2099, one more each century not divisible by 400
  const shift = Math.floor(y / 100) - Math.floor(y / 400) - 2;
  return addDays(ymd(y, month, day), shift);
}

const fmtCache = new Map<string, Intl.DateTimeFormat | null>();
function calendarFormat(cal: string): Intl.DateTimeFormat | null {
  let f = fmtCache.get(cal);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(`en-u-ca-${cal}`, { timeZone: 'UTC', month: cal === 'hebrew' ? 'long' : 'numeric', day: 'numeric' });
      if (f.resolvedOptions().calendar !== cal) f = null;
    } catch {
      f = null;
    }
    fmtCache.set(cal, f);
  }
  return f;
}

const lunarCache = new Map<string, Ymd | null>();
/**
 * The Gregorian day in year y on which calendar `cal` reads month `month`, day `day`, searched
 * from `from` (a month of year y) for `span` days; null without ICU calendar data.
 */
function calendarDay(cal: string, month: string, day: number, y: number, from: number, span: number): Ymd | null {
  const key = `${cal}|${month}|${day}|${y}`;
  const hit = lunarCache.get(key);
  if (hit !== undefined) return hit;
  const f = calendarFormat(cal);
  let found: Ymd | null = null;
  if (f) {
    const start = toDays(ymd(y, from, 1));
    for (let i = 0; i < span && !found; i++) {
      let mo = '';
      let d = 0;
      for (const p of f.formatToParts(new Date((start + i) * 86_400_000))) {
        if (p.type === 'month') mo = p.value;
        else if (p.type === 'day') d = +p.value;
      }
      if (mo === month && d === day) found = fromDays(start + i);
    }
  }
  lunarCache.set(key, found);
  return found;
}

/** Islamic days recur about 11 days earlier each year: search the whole Gregorian year. */
const islamic = (month: number, day: number) => (y: number) => calendarDay('islamic-umalqura', String(month), day, y, 1, 366);

type DayFn = (y: number) => Ymd | null;

export const HOLIDAYS: Record<string, DayFn> = {
  'christmas': (y) => ymd(y, 12, 25),
  'christmas day': (y) => ymd(y, 12, 25),
  'christmas eve': (y) => ymd(y, 12, 24),
  'orthodox christmas': (y) => ymd(y, 1, 7),
  "new year's day": (y) => ymd(y, 1, 1),
  "new year's eve": (y) => ymd(y, 12, 31),
  'thanksgiving': (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'halloween': (y) => ymd(y, 10, 31),
  "valentine's day": (y) => ymd(y, 2, 14),
  "st patrick's day": (y) => ymd(y, 3, 17),
  'bastille day': (y) => ymd(y, 7, 14),
  'may day': (y) => ymd(y, 5, 1),
  'easter': easter,
  'easter sunday': easter,
  'easter monday': (y) => addDays(easter(y), 1),
  'good friday': (y) => addDays(easter(y), -2),
  'holy saturday': (y) => addDays(easter(y), -1),
  'maundy thursday': (y) => addDays(easter(y), -3),
  'holy thursday': (y) => addDays(easter(y), -3),
  'palm sunday': (y) => addDays(easter(y), -7),
  'ash wednesday': (y) => addDays(easter(y), -46),
  'ascension day': (y) => addDays(easter(y), 39),
  'pentecost': (y) => addDays(easter(y), 49),
  'whit sunday': (y) => addDays(easter(y), 49),
  'orthodox easter': orthodoxEaster,
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'columbus day': (y) => nthWeekday(y, 10, 1, 2),
  'boxing day': (y) => ymd(y, 12, 26),
  'veterans day': (y) => ymd(y, 11, 11),
  'armistice day': (y) => ymd(y, 11, 11),
  'remembrance day': (y) => ymd(y, 11, 11),
  'remembrance sunday': (y) => nthWeekday(y, 11, 7, 2),
  'passover': (y) => calendarDay('hebrew', 'Nisan', 15, y, 3, 50),
  'rosh hashanah': (y) => calendarDay('hebrew', 'Tishri', 1, y, 9, 45),
  'yom kippur': (y) => calendarDay('hebrew', 'Tishri', 10, y, 9, 50),
  'hanukkah': (y) => calendarDay('hebrew', 'Kislev', 25, y, 11, 45),
  'eid al-fitr': islamic(10, 1),
  'eid al-adha': islamic(12, 10),
  'lunar new year': (y) => calendarDay('chinese', '1', 1, y, 1, 60),
  'chinese new year': (y) => calendarDay('chinese', '1', 1, y, 1, 60),
};

/** The names as a pattern source (capitalised as news writes them). */
export const HOLIDAY_RE = String.raw`(?:Christmas(?:\s+(?:Day|Eve))?|Orthodox\s+(?:Christmas|Easter)|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Bastille\s+Day|May\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Holy\s+(?:Saturday|Thursday)|Maundy\s+Thursday|Palm\s+Sunday|Ash\s+Wednesday|Ascension\s+Day|Pentecost|Whit\s+Sunday|Election\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Memorial\s+Day|Labor\s+Day|Columbus\s+Day|Boxing\s+Day|Veterans['’]?\s+Day|Armistice\s+Day|Remembrance\s+(?:Day|Sunday)|Passover|Rosh\s+Hashanah|Yom\s+Kippur|Hanukkah|Chanukah|Eid(?:\s+|-)(?:al|ul|el)[\s-](?:Fitr|Adha)|(?:Lunar|Chinese)\s+New\s+Year)`;

/** The HOLIDAYS key for a matched name. */
export function holidayKey(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')
    .replace(/^(?:st\.?|saint) /, 'st ')
    .replace(/^martin luther king(?: jr\.?)? day$/, 'martin luther king day')
    .replace(/^presidents'? day$/, "presidents' day")
    .replace(/^veterans'? day$/, 'veterans day')
    .replace(/^chanukah$/, 'hanukkah')
    .replace(/^eid[ -](?:al|ul|el)[ -](fitr|adha)$/, 'eid al-$1');
}
