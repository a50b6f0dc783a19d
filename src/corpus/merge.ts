/**
 * The same happening, many reports (docs/EVENTS.md): ten outlets telling of one pledge are one
 * pledge with ten sources, and a pledge repeated later is not new money. These pure functions
 * decide whether two event records from different documents tell of one happening; the store
 * links each stored event to a corpus-level happening with them.
 */
import type { RecordEntity } from '../model/record.js';
import type { ArgRef, EventRecord } from '../model/types.js';

/** One side of an event (actor or target) reduced to what merging compares. */
export interface Party {
  /** Canonical name folded by `canonicalName`. */
  key: string;
  /** The country (folded) the party is or acts for, when known. */
  country?: string;
}

/** An event as merging sees it: plain fields, so stored rows and records compare alike. */
export interface HappeningEvent {
  type: string;
  /** The document that tells of it; two events of one document never merge here. */
  document?: string;
  actor?: Party;
  target?: Party;
  amount?: { value: number; currency: string };
  /** TIMEX-style value (2025-08-24, 2025-08, 2025, 2025-W33, 2025-Q3); others count as missing. */
  date?: string;
  modality?: string;
  /**
   * Pledge stage (announced, committed, allocated, delivered): aid trackers count each stage of
   * one package apart, so two stages are two happenings; a repeated stage is one.
   */
  status?: string;
  /** Publication day (ISO) of the earliest report: what an undated event is dated by. */
  published?: string;
}

export type ModalityClass = 'asserted' | 'negated' | 'hypothetical';

/**
 * Said to happen (asserted, historical, future: a pledge announced as "will send" is the money
 * later reported as "has committed"), said not to happen, or only supposed.
 */
export function modalityClass(m: string | undefined): ModalityClass {
  return m === 'negated' ? 'negated' : m === 'hypothetical' ? 'hypothetical' : 'asserted';
}

/** Case, punctuation, possessive 's and a leading "the" do not make a different name. */
export function canonicalName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\u2019']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
}

/** Same party: same canonical name, or the same country on both sides (Carney acting for Canada). */
export function sameParty(a: Party | undefined, b: Party | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.key === b.key) return true;
  return a.country !== undefined && a.country === b.country;
}

/** Equal currency and values within 1% of the larger; one side without an amount is compatible. */
export function compatibleAmounts(a: HappeningEvent['amount'], b: HappeningEvent['amount']): boolean {
  if (!a || !b) return true;
  if (a.currency.toUpperCase() !== b.currency.toUpperCase()) return false;
  const hi = Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= hi * 0.01;
}

const DAY = 86_400_000;

/** The span of days [first, last] (UTC epoch ms) a date value covers, and whether it is one day. */
export function dateRange(v: string | undefined): { from: number; to: number; day: boolean } | undefined {
  if (!v) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) {
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return Number.isNaN(t) ? undefined : { from: t, to: t, day: true };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1; weeks start on Monday.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const from = monday1 + (+m[2] - 1) * 7 * DAY;
    return { from, to: from + 6 * DAY, day: false };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return { from: Date.UTC(+m[1], (+m[2] - 1) * 3, 1), to: Date.UTC(+m[1], +m[2] * 3, 1) - DAY, day: false };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { from: Date.UTC(+m[1], +m[2] - 1, 1), to: Date.UTC(+m[1], +m[2], 1) - DAY, day: false };
  m = /^(\d{4})$/.exec(v);
  if (m) return { from: Date.UTC(+m[1], 0, 1), to: Date.UTC(+m[1], 11, 31), day: false };
  return undefined;
}

/**
 * Overlapping at their precision (2025-08 holds 2025-08-24), or within 7 days when both name a
 * day (reports of one announcement date it a few days apart). A missing or unreadable date
 * (PRESENT_REF) is compatible: a later "has committed $2 billion" often carries none.
 */
export function compatibleDates(a: string | undefined, b: string | undefined): boolean {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return true;
  if (ra.day && rb.day) return Math.abs(ra.from - rb.from) <= 7 * DAY;
  return ra.from <= rb.to && rb.from <= ra.to;
}

/** Two stages of one pledge (announced, then delivered) are two records; an unknown stage fits any. */
export function sameStage(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b;
}

/** How far apart two reports may be published and still tell of one undated happening. */
export const UNDATED_GAP_DAYS = 7;

/**
 * When one side has no date of its own, the report's publication day stands in for it: an
 * undated "Blair met Chirac" in a January article and another in a May article are two
 * meetings. The happening is taken to lie in the week up to the publication day. The same money
 * re-told (both amounts given and equal) is exempt: "has committed $2 billion" months later is
 * not new money. Without publication days nothing is known, and nothing is ruled out.
 */
export function compatibleReports(a: HappeningEvent, b: HappeningEvent): boolean {
  const ra = dateRange(a.date);
  const rb = dateRange(b.date);
  if (ra && rb) return compatibleDates(a.date, b.date);
  if (a.amount && b.amount && compatibleAmounts(a.amount, b.amount)) return true;
  const ea = ra ?? publishedRange(a.published);
  const eb = rb ?? publishedRange(b.published);
  if (!ea || !eb) return true;
  const slack = UNDATED_GAP_DAYS * DAY;
  return ea.from <= eb.to + slack && eb.from <= ea.to + slack;
}

function publishedRange(p: string | undefined): { from: number; to: number } | undefined {
  const r = dateRange(p);
  if (!r || !r.day) return undefined;
  return { from: r.from - UNDATED_GAP_DAYS * DAY, to: r.to };
}

/** Do two events (from different documents) tell of the same happening? */
export function sameHappening(a: HappeningEvent, b: HappeningEvent): boolean {
  if (a.document !== undefined && a.document === b.document) return false;
  if (a.type !== b.type) return false;
  if (modalityClass(a.modality) !== modalityClass(b.modality)) return false;
  if (!sameStage(a.status, b.status)) return false;
  return sameParty(a.actor, b.actor) && sameParty(a.target, b.target)
    && compatibleAmounts(a.amount, b.amount) && compatibleReports(a, b)
    && sharedAnchors(a, b) >= 2;
}

/**
 * How much of its identity the pair shows on both sides: actor, target, amount, date. One anchor
 * is not enough: "Ed Balls rejected ..." in twenty undated articles is twenty rejections, and a
 * bare "protesters demonstrated" is no one in particular. (Compatibility is checked apart.)
 */
export function sharedAnchors(a: HappeningEvent, b: HappeningEvent): number {
  return (a.actor && b.actor ? 1 : 0) + (a.target && b.target ? 1 : 0) + (a.amount && b.amount ? 1 : 0)
    + (dateRange(a.date) && dateRange(b.date) ? 1 : 0);
}

/** The party of an event argument, with the country it is or acts for from the record's entities. */
export function partyOf(arg: ArgRef | undefined, entities: ReadonlyMap<string, RecordEntity>): Party | undefined {
  if (!arg?.name) return undefined;
  const ent = arg.entity !== undefined ? entities.get(arg.entity) : undefined;
  let country: string | undefined;
  if (ent?.kb?.startsWith('country:')) country = ent.name;
  else if (ent?.affiliation) country = ent.affiliation;
  else if (arg.entity?.startsWith('country:')) country = arg.name;
  const name = ent?.kb?.startsWith('country:') ? ent.name : arg.name;
  return country ? { key: canonicalName(name), country: canonicalName(country) } : { key: canonicalName(name) };
}

/** The merging view of one record event (`published`: the reporting document's publication day). */
export function happeningEvent(ev: EventRecord, entities: ReadonlyMap<string, RecordEntity>, document?: string, published?: string): HappeningEvent {
  const h: HappeningEvent = { type: ev.type, modality: ev.modality };
  if (ev.status) h.status = ev.status;
  if (published && dateRange(published.slice(0, 10))?.day) h.published = published.slice(0, 10);
  if (document !== undefined) h.document = document;
  const actor = partyOf(ev.actor, entities);
  const target = partyOf(ev.target, entities);
  if (actor) h.actor = actor;
  if (target) h.target = target;
  if (ev.amount && Number.isFinite(ev.amount.value)) h.amount = { value: ev.amount.value, currency: ev.amount.currency };
  if (ev.date?.value) h.date = ev.date.value;
  return h;
}

/**
 * Group events in order into happenings: each joins the first earlier happening whose founding
 * event it matches (and which has no event of its document yet), else founds one. What a later
 * report adds (an amount, a date) is folded into the happening so that it is compared next time.
 * Returns the happening index of each event.
 */
export function groupHappenings(events: readonly HappeningEvent[]): number[] {
  const heads: HappeningEvent[] = [];
  const docs: Set<string | undefined>[] = [];
  return events.map((ev) => {
    for (let i = 0; i < heads.length; i++) {
      if (ev.document !== undefined && docs[i].has(ev.document)) continue;
      if (!sameHappening({ ...heads[i], document: undefined }, ev)) continue;
      docs[i].add(ev.document);
      foldInto(heads[i], ev);
      return i;
    }
    heads.push(cloneEvent(ev));
    docs.push(new Set([ev.document]));
    return heads.length - 1;
  });
}

export function cloneEvent(ev: HappeningEvent): HappeningEvent {
  const c: HappeningEvent = { ...ev };
  if (ev.actor) c.actor = { ...ev.actor };
  if (ev.target) c.target = { ...ev.target };
  if (ev.amount) c.amount = { ...ev.amount };
  return c;
}

/** Fill what the happening lacks from a new report of it (first report wins otherwise). */
export function foldInto(head: HappeningEvent, ev: HappeningEvent): void {
  if (!head.amount && ev.amount) head.amount = { ...ev.amount };
  if (!head.status && ev.status) head.status = ev.status;
  // the earliest report dates an undated happening
  if (ev.published && (!head.published || ev.published < head.published)) head.published = ev.published;
  const hr = dateRange(head.date);
  const er = dateRange(ev.date);
  // A more precise date narrows a vaguer one (2025-08 then 2025-08-24).
  if (er && (!hr || (!hr.day && er.to - er.from < hr.to - hr.from))) head.date = ev.date;
  if (head.actor && ev.actor && !head.actor.country && ev.actor.country && head.actor.key === ev.actor.key) head.actor.country = ev.actor.country;
  if (head.target && ev.target && !head.target.country && ev.target.country && head.target.key === ev.target.key) head.target.country = ev.target.country;
}
