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
