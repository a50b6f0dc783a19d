/**
 * A small TimeML reader for evaluation: the plain text inside <TEXT>, the document creation time
 * (DCT) and the gold TIMEX3 spans with their type and value. Tags are stripped and the five XML
 * entities decoded; offsets point into the stripped text.
 */
import { readFileSync } from 'node:fs';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDoc {
  id: string;
  /** DCT value (YYYY-MM-DD or date-time), when the file has one. */
  dct?: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e];
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

export function parseTimeML(xml: string, id = ''): TimeMLDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attr(dctTag[1], 'value') : undefined;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : xml;
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: { start: number; type: string; value: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*)>/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      if (m[3].trim().endsWith('/')) continue; // empty (non-consuming) timex
      stack.push({ start: text.length, type: attr(m[3], 'type') ?? 'DATE', value: attr(m[3], 'value') ?? '' });
    } else {
      const o = stack.pop();
      if (o) timexes.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.type, value: o.value });
    }
  }
  text += decode(body.slice(last));
  return { id, dct, text, timexes };
}

export function readTimeML(path: string): TimeMLDoc {
  const id = path.replace(/^.*\//, '').replace(/\.tml$/, '');
  return parseTimeML(readFileSync(path, 'utf8'), id);
}

/**
 * A DCT value as ISO: a few MEANTIME files write the creation time day first ("03-02-2009" for
 * 3 February 2009, as the article's own "last month" = 2009-01 shows); the reference date must
 * be ISO for the relative values to be resolved at all.
 */
export function isoDct(v: string | undefined): string | undefined {
  const m = v ? /^(\d{2})-(\d{2})-(\d{4})$/.exec(v) : null;
  return m ? `${m[3]}-${m[2]}-${m[1]}` : v;
}

/**
 * A MEANTIME (NewsReader CAT XML) document as plain text: tokens joined with spaces where English
 * puts them, one sentence a line; the DCT's own tokens are left out, as TempEval leaves out the DCT.
 */
export function parseMeantime(xml: string, id = ''): TimeMLDoc {
  const tokens: { id: string; sent: number; form: string }[] = [];
  const tokRe = /<token\b[^>]*\bsentence="(\d+)"[^>]*\bt_id="(\d+)"[^>]*>([^<]*)<\/token>/g;
  for (let m = tokRe.exec(xml); m; m = tokRe.exec(xml)) tokens.push({ sent: +m[1], id: m[2], form: decode(m[3]) });
  const timexRe = /<TIMEX3\b([^>]*?)(\/?)>([\s\S]*?)(?:<\/TIMEX3>|(?=<TIMEX3|<\/Markables>))/g;
  const spans: { ids: string[]; type: string; value: string; dct: boolean }[] = [];
  let dct: string | undefined;
  for (let m = timexRe.exec(xml); m; m = timexRe.exec(xml)) {
    if (m[2] === '/') continue;
    const ids = [...m[3].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]);
    if (!ids.length) continue;
    const isDct = /functionInDocument="CREATION_TIME"/.test(m[1]);
    if (isDct) dct = isoDct(attr(m[1], 'value'));
    spans.push({ ids, type: attr(m[1], 'type') ?? 'DATE', value: attr(m[1], 'value') ?? '', dct: isDct });
  }
  // Two files mark no CREATION_TIME (their dateline timex says functionInDocument="NONE"); the
  // dateline is sentence 1 in every MEANTIME file, so a timex lying wholly in it is the DCT there.
  if (!spans.some((s) => s.dct)) {
    const sentOf = new Map(tokens.map((t) => [t.id, t.sent]));
    const line = spans.find((s) => s.ids.every((i) => sentOf.get(i) === 1));
    if (line) { line.dct = true; dct = isoDct(line.value); }
  }
  const skip = new Set(spans.filter((s) => s.dct).flatMap((s) => s.ids));
  let text = '';
  const at = new Map<string, [number, number]>();
  let prev: { sent: number; form: string } | undefined;
  for (const t of tokens) {
    if (skip.has(t.id) || t.sent > 5) continue;
    if (prev) {
      if (t.sent !== prev.sent) text += '\n';
      else if (!/^(?:[,.;:!?)%\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(t.form) && !/^[($[{]$/.test(prev.form)) text += ' ';
    }
    at.set(t.id, [text.length, text.length + t.form.length]);
    text += t.form;
    prev = t;
  }
  const timexes: GoldTimex[] = [];
  for (const s of spans) {
    if (s.dct) continue;
    const pos = s.ids.map((i) => at.get(i)).filter((p): p is [number, number] => !!p);
    if (!pos.length) continue;
    const start = Math.min(...pos.map((p) => p[0]));
    const end = Math.max(...pos.map((p) => p[1]));
    timexes.push({ start, end, text: text.slice(start, end), type: s.type, value: s.value });
  }
  timexes.sort((a, b) => a.start - b.start);
  return { id, dct, text, timexes };
}
