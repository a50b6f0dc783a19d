/**
 * RSS 2.0 / RSS 1.0 (RDF) and Atom reader (fast-xml-parser): one article per item or entry, with
 * its own title, date, link and author; the item's HTML goes through the HTML reader.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleMeta } from '../model/types.js';
import { DossierError } from '../model/errors.js';
import { normalizeDate } from './dates.js';
import { inputError, INPUT_ERRORS } from './errors.js';
import { collapse, htmlArticle, parseHtml } from './html.js';
import type { ReadResult } from './types.js';

export interface FeedOptions {
  published?: string;
}

type Obj = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Atom content may be inline XHTML: keep it raw so its markup survives as HTML.
  stopNodes: ['*.entry.content', '*.entry.summary'],
});

/** Parse a feed; malformed XML or a document that is no feed is one error for the whole input. */
export function parseFeed(xml: string, input: string): { kind: 'rss' | 'atom'; channel: Obj; items: Obj[] } {
  const v = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (v !== true) {
    // The validator reports tags left open at the end as a bare list at 1:1; say what it means.
    const open = /^Invalid '\[(.*)\]' found/.exec(v.err.msg);
    if (open) {
      const tags = open[1].replace(/["\s]/g, '').split(',').filter(Boolean).join(', ');
      throw inputError(INPUT_ERRORS.BAD_XML, `malformed XML: document ends with tags still open (${tags}); truncated?`, input);
    }
    throw inputError(INPUT_ERRORS.BAD_XML, `malformed XML at line ${v.err.line}, column ${v.err.col}: ${v.err.msg}`, input);
  }
  let doc: Obj;
  try {
    doc = parser.parse(xml) as Obj;
  } catch (e) {
    throw inputError(INPUT_ERRORS.BAD_XML, `malformed XML: ${(e as Error).message}`, input);
  }
  const rss = child(doc, 'rss');
  if (rss && typeof rss === 'object') {
    const channel = (child(rss as Obj, 'channel') ?? {}) as Obj;
    return { kind: 'rss', channel, items: list(child(channel, 'item')) };
  }
  const rdf = child(doc, 'RDF');
  if (rdf && typeof rdf === 'object') {
    const channel = (child(rdf as Obj, 'channel') ?? {}) as Obj;
    const items = list(child(rdf as Obj, 'item'));
    return { kind: 'rss', channel, items: items.length ? items : list(child(channel, 'item')) };
  }
  const feed = child(doc, 'feed');
  if (feed && typeof feed === 'object') return { kind: 'atom', channel: feed as Obj, items: list(child(feed as Obj, 'entry')) };
  throw inputError(INPUT_ERRORS.NOT_A_FEED, 'XML is neither an RSS nor an Atom feed', input);
}

/** Articles of a feed; a bad item is an error item (`path#N`, N from 1) and the rest go on. */
export function* feedArticles(xml: string, input: string, opts: FeedOptions = {}): Generator<ReadResult> {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml, input);
  } catch (e) {
    yield { ok: false, error: asError(e, input) };
    return;
  }
  const { kind, channel, items } = parsed;
  const outlet = plain(child(channel, 'title'));
  const language = plain(child(channel, 'language')) ?? attr(channel, 'xml:lang');
  for (let i = 0; i < items.length; i++) {
    const origin = `${input}#${i + 1}`;
    try {
      yield { ok: true, article: itemArticle(kind, items[i], origin, { outlet, language }, opts) };
    } catch (e) {
      yield { ok: false, error: asError(e, origin) };
    }
  }
}

function itemArticle(kind: 'rss' | 'atom', item: Obj, origin: string, feed: ArticleMeta, opts: FeedOptions) {
  const meta: ArticleMeta = {};
  const title = textValue(child(item, 'title'));
  if (title) meta.title = title;
  const date =
    kind === 'rss'
      ? plain(child(item, 'pubDate')) ?? plain(child(item, 'date')) ?? plain(child(item, 'published')) ?? plain(child(item, 'updated'))
      : plain(child(item, 'published')) ?? plain(child(item, 'updated')) ?? plain(child(item, 'date')) ?? plain(child(item, 'issued'));
  const published = normalizeDate(date);
  if (published) meta.published = published;
  const url = kind === 'rss' ? rssLink(item) : atomLink(item);
  if (url) meta.url = url;
  const author = kind === 'rss' ? plain(child(item, 'creator')) ?? plain(child(item, 'author')) : personName(child(item, 'author'));
  if (author) meta.author = author;
  if (feed.outlet) meta.outlet = feed.outlet;
  if (feed.language) meta.language = feed.language;

  const html = kind === 'rss' ? rssHtml(item) : atomHtml(item);
  const format = kind;
  if (html && html.trim()) {
    try {
      // A whole page in an item (rare) still gets main-content extraction.
      const fragment = !/<html[\s>]|<body[\s>]/i.test(html);
      return htmlArticle(html, origin, { meta, published: opts.published, fragment, format });
    } catch (e) {
      if (!(e instanceof DossierError) || e.code !== INPUT_ERRORS.BAD_HTML || !title) throw e;
    }
  }
  if (!title) throw inputError(INPUT_ERRORS.BAD_RECORD, 'feed item has neither text nor title', origin);
  // A title-only item: the headline is all the text there is.
  if (opts.published) meta.published = opts.published;
  return { origin, format, text: title, meta, blocks: [{ kind: 'headline' as const, start: 0, end: title.length }] };
}

function rssHtml(item: Obj): string | undefined {
  return plain(child(item, 'encoded')) ?? plain(child(item, 'description')) ?? plain(child(item, 'content'));
}

function atomHtml(item: Obj): string | undefined {
  const c = child(item, 'content') ?? child(item, 'summary');
  if (c === undefined) return undefined;
  const type = (attr(c, 'type') ?? 'text').toLowerCase();
  const raw = typeof c === 'object' ? String((c as Obj)['#text'] ?? '') : String(c);
  // Raw (stop-node) content: XHTML is markup already; html/text are escaped once more.
  if (type === 'xhtml' || type.includes('xhtml')) return raw;
  const decoded = decodeXml(raw);
  return type === 'html' || type.includes('html') ? decoded : escapeHtml(decoded);
}

function rssLink(item: Obj): string | undefined {
  const l = child(item, 'link');
  const first = Array.isArray(l) ? l[0] : l;
  const href = plain(first) ?? attr(first, 'href');
  if (href) return href;
  const g = child(item, 'guid');
  const guid = plain(g);
  return guid && /^https?:\/\//i.test(guid) && attr(g, 'isPermaLink') !== 'false' ? guid : undefined;
}

function atomLink(item: Obj): string | undefined {
  const links = list(child(item, 'link'));
  const alt = links.find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate') ?? links[0];
  return alt ? attr(alt, 'href') : undefined;
}

function personName(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (first && typeof first === 'object') return plain(child(first as Obj, 'name'));
  return plain(first);
}

// ---------------------------------------------------------------------------------------------

/** A child by local name: `feed`, `atom:feed`, `content:encoded` for `encoded`, `dc:date` for `date`. */
function child(o: Obj, name: string): unknown {
  if (name in o) return o[name];
  for (const k of Object.keys(o)) {
    const c = k.indexOf(':');
    if (c > 0 && !k.startsWith('@_') && k.slice(c + 1) === name) return o[k];
  }
  return undefined;
}

function list(v: unknown): Obj[] {
  if (v === undefined || v === null) return [];
  const arr = Array.isArray(v) ? v : [v];
  return arr.filter((x): x is Obj => !!x && typeof x === 'object').concat(
    // An item with only text (`<item>x</item>`) is not an item we can read; keep it to report it.
    arr.filter((x) => typeof x === 'string').map((x) => ({ '#text': x }) as Obj),
  );
}

function attr(v: unknown, name: string): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const a = (v as Obj)[`@_${name}`];
  return typeof a === 'string' ? a : undefined;
}

/** The text of a simple element (string, number, or {#text}), trimmed; undefined when empty. */
function plain(v: unknown): string | undefined {
  if (Array.isArray(v)) return plain(v[0]);
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object' && '#text' in (v as Obj)) return plain((v as Obj)['#text']);
  return undefined;
}

/** A title: `type="html"` titles are markup; strip it so the headline is plain text. */
function textValue(v: unknown): string | undefined {
  const s = plain(v);
  if (!s) return undefined;
  const type = attr(Array.isArray(v) ? v[0] : v, 'type');
  if ((type && type.includes('html')) || /<[a-z][^>]*>|&[a-z#0-9]+;/i.test(s)) {
    const t = collapse(parseHtml(`<html><body><div>${s}</div></body></html>`).body?.textContent ?? '');
    return t || undefined;
  }
  return collapse(s) || undefined;
}

function decodeXml(s: string): string {
  let out = s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, c: string) => c.replace(/&/g, '\u0000amp;').replace(/</g, '\u0000lt;'));
  out = out
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (m, d: string) => safeCodePoint(+d) ?? m)
    .replace(/&#x([0-9a-f]+);/gi, (m, h: string) => safeCodePoint(parseInt(h, 16)) ?? m)
    .replace(/&amp;/g, '&');
  // CDATA text was literal: undo the marker so it reaches the HTML parser unchanged.
  return out.replace(/\u0000amp;/g, '&').replace(/\u0000lt;/g, '<');
}

function safeCodePoint(n: number): string | undefined {
  return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function asError(e: unknown, input: string): DossierError {
  if (e instanceof DossierError) return e;
  return inputError(INPUT_ERRORS.BAD_XML, `unreadable feed item: ${(e as Error)?.message ?? String(e)}`, input);
}
