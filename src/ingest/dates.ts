/**
 * Publication dates: normalising what metadata gives (ISO, RFC 822 feed dates, "August 24, 2025")
 * and guessing one from a plain text or the addresses in it. Local dates are kept as written (a
 * `+03:00` date-time is not shifted to UTC, which could change the day the text calls "today").
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const ZONES: Record<string, string> = {
  GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', CET: '+01:00', CEST: '+02:00',
  BST: '+01:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00',
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A calendar date that exists (leap years included) in a plausible range for news. */
export function validYmd(y: number, m: number, d: number, minYear = 1800, maxYear = 2200): boolean {
  if (y < minYear || y > maxYear || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const RFC822_RE =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?)?$/;
const MDY_RE = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DMY_RE = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;

/**
 * Normalise a date as metadata gives it to `YYYY-MM-DD` or an ISO date-time (with its own offset
 * kept). Returns undefined for anything that is not a real date.
 */
export function normalizeDate(raw: string | undefined | null): string | undefined {
  if (raw == null) return undefined;
  const s = String(raw).trim();
  if (!s) return undefined;
  let m = ISO_RE.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!validYmd(y, mo, d)) return undefined;
    if (m[4] === undefined) return ymd(y, mo, d);
    const h = +m[4];
    const mi = +m[5];
    if (h > 23 || mi > 59) return ymd(y, mo, d);
    const sec = m[6] ?? '00';
    let zone = m[8] ? m[8].toUpperCase() : '';
    if (zone && zone !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${ymd(y, mo, d)}T${pad(h)}:${pad(mi)}:${sec}${zone}`;
  }
  if (/^\d{8}$/.test(s)) {
    const y = +s.slice(0, 4);
    const mo = +s.slice(4, 6);
    const d = +s.slice(6, 8);
    return validYmd(y, mo, d) ? ymd(y, mo, d) : undefined;
  }
  m = RFC822_RE.exec(s);
  if (m) {
    const d = +m[1];
    const mo = MONTHS[m[2].toLowerCase()];
    let y = +m[3];
    if (y < 100) y += y < 50 ? 2000 : 1900;
    if (!mo || !validYmd(y, mo, d)) return undefined;
    if (m[4] === undefined) return ymd(y, mo, d);
    const z = m[7] ? m[7].toUpperCase() : '';
    const zone = /^[+-]\d{4}$/.test(z) ? `${z.slice(0, 3)}:${z.slice(3)}` : (ZONES[z] ?? '');
    const h = +m[4];
    const mi = +m[5];
    if (h > 23 || mi > 59) return ymd(y, mo, d);
    return `${ymd(y, mo, d)}T${pad(h)}:${pad(mi)}:${m[6] ?? '00'}${zone}`;
  }
  m = MDY_RE.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) {
    const mo = MONTHS[m[1].toLowerCase()];
    if (validYmd(+m[3], mo, +m[2])) return ymd(+m[3], mo, +m[2]);
  }
  m = DMY_RE.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) {
    const mo = MONTHS[m[2].toLowerCase()];
    if (validYmd(+m[3], mo, +m[1])) return ymd(+m[3], mo, +m[1]);
  }
  return undefined;
}

export interface DateCandidate {
  value: string;
  start: number;
  end: number;
  /** Where it was found: a sentence of the text, an address (URL), or a dateline at the top. */
  source: 'text' | 'address' | 'dateline';
}

const MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const TEXT_DATE_RE = new RegExp(
  [
    `\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\.?,?\\s+\\d{4}\\b`,
    `\\b\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b`,
  ].join('|'),
  'g',
);
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
// In an address: /2025/08/23/, 2025-08-23, 20250823 standing alone between non-digits.
const URL_DATE_RE = /(?<!\d)(\d{4})([/_.-]?)(\d{2})\2(\d{2})(?!\d)/g;

/** Every full date (with year, month and day) in the text and in the addresses it contains. */
export function findDates(text: string, now: Date = new Date()): DateCandidate[] {
  const out: DateCandidate[] = [];
  // Far-future dates are not publication dates; allow a little slack for time zones and embargoes.
  const maxYear = now.getUTCFullYear() + 1;
  const firstLinesEnd = nthLineEnd(text, 3);
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0];
    const base = m.index ?? 0;
    for (const d of url.matchAll(URL_DATE_RE)) {
      const y = +d[1];
      const mo = +d[3];
      const day = +d[4];
      if (!validYmd(y, mo, day, 1990, maxYear)) continue;
      const s = base + (d.index ?? 0);
      out.push({ value: ymd(y, mo, day), start: s, end: s + d[0].length, source: 'address' });
    }
  }
  for (const m of text.matchAll(TEXT_DATE_RE)) {
    const s = m.index ?? 0;
    if (insideUrl(text, s)) continue;
    const v = normalizeDate(m[0]);
    if (!v) continue;
    const y = +v.slice(0, 4);
    if (y > maxYear) continue;
    const lineStart = text.lastIndexOf('\n', s - 1) + 1;
    const line = text.slice(lineStart, text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s));
    // A dateline is a short line near the top that is not a sentence ("Kyiv, August 24, 2025"),
    // or a line that says so ("Published ...").
    const dateline =
      (s < firstLinesEnd && line.trim().length <= 80 && !/[.!?]["”’]?\s*$/.test(line)) ||
      /^\s*(?:published|updated|posted|date)\b/i.test(line);
    out.push({ value: v.slice(0, 10), start: s, end: s + m[0].length, source: dateline ? 'dateline' : 'text' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function insideUrl(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && !/\s/.test(text[i - 1])) i--;
  return /^(?:https?:\/\/|www\.)/i.test(text.slice(i, at + 1));
}

function nthLineEnd(text: string, n: number): number {
  let pos = -1;
  for (let k = 0; k < n; k++) {
    pos = text.indexOf('\n', pos + 1);
    if (pos < 0) return text.length;
  }
  return pos;
}

/**
 * Guess the publication date of a plain text: a dateline near the top wins; else the latest date
 * in an address (image URLs carry their upload day, close to publication); else the latest date
 * written in the text (articles mostly look back, so the latest is the nearest to "today").
 */
export function inferPublished(text: string, now?: Date): DateCandidate | undefined {
  const all = findDates(text, now);
  const dl = all.find((c) => c.source === 'dateline');
  if (dl) return dl;
  const latest = (cs: DateCandidate[]) => cs.reduce<DateCandidate | undefined>((a, c) => (!a || c.value > a.value ? c : a), undefined);
  return latest(all.filter((c) => c.source === 'address')) ?? latest(all.filter((c) => c.source === 'text'));
}

/**
 * A date written in a file's name (`2022-03-03_briefing.txt`, `report-20250823.txt`): archives
 * and scrapers often name files by publication date. Only the last path segment is read, and
 * only a real calendar date counts.
 */
export function dateFromFileName(origin: string): string | undefined {
  if (!origin || origin === '-') return undefined;
  const base = origin.replace(/#\d+$/, '').split(/[\\/]/).pop() ?? '';
  const m = /(?:^|[^0-9])((?:19|20)[0-9]{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12][0-9]|3[01])(?![0-9])/.exec(base);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
