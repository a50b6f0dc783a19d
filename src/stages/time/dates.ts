/**
 * Calendar arithmetic on plain year/month/day triples (UTC, proleptic Gregorian) and TIMEX3
 * value formatting. Kept free of Date objects in the formatting paths so that values are exact.
 */

export interface Ymd {
  y: number;
  /** 1..12 */
  m: number;
  /** 1..31 */
  d: number;
}

const DAY_MS = 86_400_000;

export function toDays(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromDays(toDays(t) + n);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx - y * 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function isoWeekday(t: Ymd): number {
  const wd = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const days = toDays(t);
  const thursday = days - isoWeekday(t) + 4;
  const th = fromDays(thursday);
  const jan1 = toDays({ y: th.y, m: 1, d: 1 });
  return { y: th.y, w: Math.floor((thursday - jan1) / 7) + 1 };
}

export function validYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parse the leading YYYY-MM-DD of an ISO date or date-time; undefined when there is none. */
export function parseRef(iso: string | undefined): Ymd | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (m) {
    const t = { y: +m[1], m: +m[2], d: +m[3] };
    return validYmd(t.y, t.m, t.d) ? t : undefined;
  }
  const c = /^(\d{4})(\d{2})(\d{2})/.exec(iso.trim());
  if (c) return { y: +c[1], m: +c[2], d: +c[3] };
  return undefined;
}

const p2 = (n: number): string => (n < 10 ? '0' + n : String(n));
const p4 = (n: number): string => String(n).padStart(4, '0');

export const fmtYear = (y: number): string => p4(y);
export const fmtMonth = (y: number, m: number): string => `${p4(y)}-${p2(m)}`;
export const fmtDay = (t: Ymd): string => `${p4(t.y)}-${p2(t.m)}-${p2(t.d)}`;
export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${p4(w.y)}-W${p2(w.w)}`;
}
export const fmtQuarter = (y: number, q: number): string => `${p4(y)}-Q${q}`;
export const fmtTime = (h: number, min: number): string => `T${p2(h)}:${p2(min)}`;

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
