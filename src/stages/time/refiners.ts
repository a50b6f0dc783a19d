/**
 * Refiners (chrono's design): passes over all candidates that filter overlaps, merge a time of day
 * with its date ("10 p.m. Wednesday"), and re-resolve expressions anchored to the previous date
 * in the text ("the next day", "a year earlier" after "the third quarter").
 */
import { addDays, addMonths, fmtDay, fmtMonth, fmtQuarter, fmtWeek, fmtYear, parseRef } from './dates.js';
import type { Candidate, TimeContext } from './context.js';

export type Refiner = (cands: Candidate[], ctx: TimeContext) => Candidate[];

/** Keep the longest of overlapping candidates (then the higher priority, then the earlier). */
export const dropOverlaps: Refiner = (cands) => {
  const order = [...cands].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of order) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};

function union(a: Candidate, b: Candidate): Candidate['stated'] {
  if (!a.stated && !b.stated) return undefined;
  return [...new Set([...(a.stated ?? []), ...(b.stated ?? [])])];
}

/** Join a bare time of day with an adjacent date: "5 p.m. EST, Nov. 6", "noon Thursday". */
export const mergeClock: Refiner = (cands, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const next = cands[i + 1];
    if (c.clock && next && next.day && (next.type === 'DATE') && /^[\s,]*$/.test(ctx.text.slice(c.end, next.start))) {
      out.push({ ...c, end: next.end, value: next.day + c.clock, relative: next.relative, day: next.day, clock: undefined, stated: union(c, next), parser: c.parser + '+' + next.parser });
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    if (c.clock && prev && prev.day && prev.type === 'DATE' && /^[\s,]*$/.test(ctx.text.slice(prev.end, c.start))) {
      out[out.length - 1] = { ...prev, end: c.end, type: 'TIME', value: prev.day + c.clock, gran: 'T', stated: union(prev, c), parser: prev.parser + '+' + c.parser };
      continue;
    }
    out.push(c);
  }
  return out;
};

/** A time of day left alone takes the nearest date of the same sentence ("on Sunday ... at 5 p.m."). */
export function attachClock(cands: Candidate[], sentenceOf: (pos: number) => { start: number; end: number }): Candidate[] {
  return cands.map((c) => {
    if (!c.clock) return c;
    const s = sentenceOf(c.start);
    let best: Candidate | undefined;
    let dist = Infinity;
    for (const d of cands) {
      if (!d.day || d === c || d.start < s.start || d.end > s.end) continue;
      const dd = d.end <= c.start ? c.start - d.end : d.start - c.end;
      if (dd < dist) { dist = dd; best = d; }
    }
    return best ? { ...c, value: best.day + c.clock, relative: best.relative } : c;
  });
}

/** Shift a value of any calendar granularity; undefined when it cannot. */
function shiftValue(value: string, unit: 'D' | 'Y' | 'M' | 'W', n: number): string | undefined {
  let m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    if (unit === 'Y') return fmtQuarter(+m[1] + n, +m[2]);
    if (unit === 'M' && n === 0) return value;
    if (unit === 'M' && n === 0) return value;
    if (unit === 'M' && n % 3 === 0) { const idx = +m[1] * 4 + +m[2] - 1 + n / 3; return fmtQuarter(Math.floor(idx / 4), (idx % 4) + 1); }
    return undefined;
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return unit === 'Y' ? `${fmtYear(+m[1] + n)}-H${m[2]}` : undefined;
  const d = parseRef(value);
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(value.slice(0, 10))) {
    const t = unit === 'D' ? addDays(d, n) : unit === 'W' ? addDays(d, 7 * n) : addMonths(d, unit === 'Y' ? 12 * n : n);
    const time = value.slice(10);
    return fmtDay(t) + time;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    if (unit === 'D' || unit === 'W') return undefined;
    const t = addMonths({ y: +m[1], m: +m[2], d: 1 }, unit === 'Y' ? 12 * n : n);
    return fmtMonth(t.y, t.m);
  }
  m = /^(\d{4})$/.exec(value);
  if (m && unit === 'Y') return fmtYear(+m[1] + n);
  if (n === 0 && /^\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)$/.test(value)) return value;
  return undefined;
}

/** Re-resolve anchored expressions from the latest earlier date of a fitting granularity. */
export const anchor: Refiner = (cands, ctx) => {
  const refDay = ctx.ref ? fmtDay(ctx.ref) : undefined;
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.anchored) {
      const a = c.anchored;
      // the first granularity listed is preferred ("a year earlier" after a quarter and its end date)
      let found: Candidate | undefined;
      for (const g of a.nearest ? [a.grans] : a.grans.map((x) => [x])) {
        for (let j = out.length - 1; j >= 0; j--) {
          const p = out[j];
          if (c.start - p.end > a.window) break;
          if (p.type !== 'DATE' && p.type !== 'TIME') continue;
          // an expression resolved from an anchor is no anchor itself ("a year ago" after "a year earlier")
          // nor is a comparison period ("the 1988 quarter" after "the third quarter")
          if (p.anchored && (p.anchored.n !== 0 || p.anchored.year !== undefined)) continue;
          if (!p.gran || !g.includes(p.gran) || /X/.test(p.value)) continue;
          // the nearest day named is ahead: the clause tells of the reference date, not of a day further back
          if (a.notAhead && refDay && /^\d{4}-\d{2}-\d{2}/.test(p.value) && p.value.slice(0, 10) > refDay) break;
          found = p;
          break;
        }
        if (found) break;
      }
      if (!found && a.required) continue;
      if (found) {
        let v = shiftValue(found.gran === 'T' ? found.value.slice(0, 10) : found.value, a.unit, a.n);
        // "the following year" after "May 22, 1995" names 1996, not a day of it
        if (v && a.year !== undefined && /^\d{4}/.test(v)) v = String(a.year).padStart(4, '0') + v.slice(4);
        if (v && a.to === 'Y') v = v.slice(0, 4);
        else if (v && a.to === 'M' && /^\d{4}-\d{2}/.test(v)) v = v.slice(0, 7);
        else if (v && a.to === 'W' && /^\d{4}-\d{2}-\d{2}/.test(v)) v = fmtWeek(parseRef(v.slice(0, 10))!);
        if (v) {
          const time = c.type === 'TIME' ? c.value.slice(10) : '';
          c.value = c.type === 'TIME' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v + time : v;
          if (c.day) c.day = v.slice(0, 10);
          c.gran = a.to ?? (found.gran === 'T' ? 'D' : found.gran);
        }
      }
    }
    out.push(c);
  }
  return out;
};
