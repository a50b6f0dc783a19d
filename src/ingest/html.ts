/**
 * HTML reader: main-content extraction with @mozilla/readability over linkedom, metadata from
 * <meta>, JSON-LD and <time>, and a plain text built from the content (headline first, one line per
 * paragraph). That text is the article's "original text as read": every offset points into it.
 *
 * Hostile markup: the DOM is only built when the tag nesting is sane (a cheap scan first), every
 * walk is iterative (no recursion to overflow), Readability gets an element budget, and anything
 * it cannot handle falls back to a plain walk of the page.
 */
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleMeta, Block, BlockKind, Diagnostic, RawArticle } from '../model/types.js';
import { findDates, normalizeDate } from './dates.js';
import { inputError, INPUT_ERRORS } from './errors.js';

export interface HtmlArticleOptions {
  /** Caller's publication date (wins over everything). */
  published?: string;
  /** Metadata from a container (feed item, JSONL line): wins over the page's own. */
  meta?: ArticleMeta;
  /** Used only when neither the container nor the page has a date (WARC-Date). */
  fallbackDate?: string;
  /** The HTML is already the article body (a feed item): no main-content extraction. */
  fragment?: boolean;
  format?: string;
  diagnostics?: Diagnostic[];
}

function urlDate(url: string): string | undefined {
  const found = findDates(url.startsWith('http') || url.startsWith('www.') ? url : `https://${url}`);
  const inAddress = found.filter((d) => d.source === 'address');
  return inAddress.length ? inAddress[inAddress.length - 1].value : undefined;
}

/** Minimal structural view of the linkedom nodes we touch (the project compiles without DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  querySelectorAll?(sel: string): ArrayLike<DomNode>;
  textContent?: string | null;
}
interface DomDocument extends DomNode {
  documentElement: DomNode | null;
  body: DomNode | null;
  head: DomNode | null;
  querySelector(sel: string): DomNode | null;
  querySelectorAll(sel: string): ArrayLike<DomNode>;
}

/** Deeper nesting than this is not a news page; such markup is flattened instead of parsed. */
const MAX_DEPTH = 400;
/** Beyond these a DOM costs seconds (linkedom is ~30 µs a node): flatten instead. */
const MAX_DOM_TAGS = 150000;
const MAX_DOM_CHARS = 8 * 1024 * 1024;
/** Readability's element budget: above it, the plain walk is used (Readability is superlinear). */
const MAX_READABILITY_ELEMS = 20000;

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION',
  'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'HR', 'BR', 'CENTER', 'DETAILS', 'SUMMARY', 'BODY', 'HTML',
]);
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
  'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK',
]);
/** Page furniture skipped by the fallback walk (Readability removes these by itself). */
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function parseHtml(html: string): DomDocument {
  return new DOMParser().parseFromString(wrapDocument(html), 'text/html') as unknown as DomDocument;
}

/**
 * linkedom builds no <html>/<body> around a fragment (it nests them oddly inside the first
 * element), so give every input the document skeleton it lacks.
 */
function wrapDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const rest = html.replace(/^\s*<!doctype[^>]*>/i, '');
  if (/<(?:body|head)[\s>]/i.test(rest)) return `<html>${rest}</html>`;
  return `<html><body>${rest}</body></html>`;
}

export function htmlArticle(html: string, origin: string, opts: HtmlArticleOptions = {}): RawArticle {
  const diagnostics: Diagnostic[] = [...(opts.diagnostics ?? [])];
  const note = (code: string, message: string, severity: Diagnostic['severity'] = 'info') =>
    diagnostics.push({ code, stage: 'ingest', severity, message });

  let pageMeta: ArticleMeta = {};
  let lines: TextLine[] = [];
  const { depth, tags } = tagStats(html);
  if (depth > MAX_DEPTH || tags > MAX_DOM_TAGS || html.length > MAX_DOM_CHARS) {
    const why = depth > MAX_DEPTH ? `markup nested ${depth} deep` : tags > MAX_DOM_TAGS ? `${tags} tags` : `${html.length} characters of markup`;
    note('D103', `${why}: flattened instead of parsed`, 'warning');
    const headEnd = html.search(/<body[\s>]/i);
    if (headEnd > 0 && maxTagDepth(html.slice(0, headEnd)) <= MAX_DEPTH) {
      pageMeta = extractMeta(parseHtml(html.slice(0, headEnd)));
    }
    lines = flattenToLines(html);
  } else {
    const lean = stripScripts(html);
    const doc = parseHtml(lean);
    pageMeta = extractMeta(doc);
    if (opts.fragment) {
      lines = walkText(doc.body ?? doc, false);
    } else {
      lines = readabilityLines(doc, lean, pageMeta, note);
    }
  }

  const given = opts.meta ?? {};
  const meta: ArticleMeta = { ...pageMeta };
  for (const [k, v] of Object.entries(given) as [keyof ArticleMeta, ArticleMeta[keyof ArticleMeta]][]) {
    if (v !== undefined && v !== '') (meta as Record<string, unknown>)[k] = v;
  }
  if (opts.published) {
    meta.published = opts.published;
    delete meta.publishedInferred;
  } else if (!meta.published && meta.url && urlDate(meta.url)) {
    // News addresses often carry the day (/2025/04/11/): closer to publication than a crawl date.
    meta.published = urlDate(meta.url);
    meta.publishedInferred = true;
    note('D101', `publication date ${meta.published} inferred from the address`);
  } else if (!meta.published && opts.fallbackDate) {
    meta.published = opts.fallbackDate;
    meta.publishedInferred = true;
    note('D102', `publication date ${opts.fallbackDate} taken from the archive record date`);
  }

  const title = meta.title ? collapse(meta.title) : '';
  if (title) meta.title = title;
  // A byline paragraph ("By Jane Doe") repeats the author metadata; it is not body text.
  if (meta.author) {
    const author = meta.author.toLowerCase();
    lines = lines.filter((l, i) => !(i < 4 && l.text.length < 120 && /^by\s/i.test(l.text) && l.text.toLowerCase().includes(author)));
  }
  const { text, blocks } = assemble(title, lines);
  if (!lines.some((l) => l.text.length > 0)) {
    throw inputError(INPUT_ERRORS.BAD_HTML, 'no readable text in the HTML', origin);
  }
  const art: RawArticle = { origin, format: opts.format ?? 'html', text, meta, blocks };
  if (diagnostics.length) art.diagnostics = diagnostics;
  return art;
}

interface TextLine {
  text: string;
  kind: BlockKind;
}

function readabilityLines(
  doc: DomDocument,
  html: string,
  pageMeta: ArticleMeta,
  note: (code: string, message: string, severity?: Diagnostic['severity']) => void,
): TextLine[] {
  // Readability mutates the DOM it reads: metadata was taken before, and the rare fallback parses again.
  let content: string | null | undefined;
  try {
    const r = new Readability(doc as never, { maxElemsToParse: MAX_READABILITY_ELEMS }).parse();
    content = r?.content;
    if (r?.title && !pageMeta.title) pageMeta.title = r.title;
    if (r?.byline && !pageMeta.author) pageMeta.author = collapse(r.byline);
    if (r?.siteName && !pageMeta.outlet) pageMeta.outlet = collapse(r.siteName);
    if (r?.publishedTime && !pageMeta.published) pageMeta.published = normalizeDate(r.publishedTime);
    if (r?.lang && !pageMeta.language) pageMeta.language = r.lang;
  } catch (e) {
    note('D104', `main-content extraction failed (${String((e as Error).message).slice(0, 80)}): whole page used`, 'warning');
  }
  if (content) {
    const lines = walkText(parseHtml(`<html><body>${content}</body></html>`).body!, false);
    if (lines.some((l) => l.text)) return lines;
  }
  if (content !== undefined) note('D104', 'no main content found: whole page used', 'warning');
  const fresh = parseHtml(html);
  return walkText(fresh.body ?? fresh, true);
}

/**
 * One line per block-level element, inline text joined with single spaces. Iterative: hostile
 * nesting cannot overflow the stack.
 */
export function walkText(root: DomNode, skipChrome: boolean): TextLine[] {
  const out: TextLine[] = [];
  let buf = '';
  let headingDepth = 0;
  const flush = () => {
    const t = collapse(buf);
    buf = '';
    if (t) out.push({ text: t, kind: headingDepth > 0 ? 'heading' : 'paragraph' });
  };
  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) buf += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = node.nodeName.toUpperCase();
      if (SKIP_TAGS.has(tag) || (skipChrome && CHROME_TAGS.has(tag)) || hiddenElement(node)) {
        // skip the subtree
      } else if (tag === 'IMG') {
        const alt = node.getAttribute?.('alt');
        if (alt && buf.trim()) buf += ' ';
      } else {
        if (BLOCK_TAGS.has(tag)) flush();
        if (HEADING_TAGS.has(tag)) headingDepth++;
        descend = node.firstChild !== null;
        if (!descend) leave(node);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a sibling exists, closing blocks on the way up.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave(node);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return out;

  function leave(el: DomNode) {
    if (el.nodeType !== 1) return;
    const tag = el.nodeName.toUpperCase();
    if (BLOCK_TAGS.has(tag)) flush();
    if (HEADING_TAGS.has(tag)) headingDepth = Math.max(0, headingDepth - 1);
  }
}

function hiddenElement(el: DomNode): boolean {
  const g = el.getAttribute;
  if (!g) return false;
  if (el.getAttribute!('hidden') !== null || el.getAttribute!('aria-hidden') === 'true') return true;
  const style = el.getAttribute!('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Collapse whitespace (including no-break spaces) to single spaces, trimmed. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Headline line, then the content lines (a first line repeating the headline is dropped). */
function assemble(title: string, lines: TextLine[]): { text: string; blocks: Block[] } {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let pos = 0;
  const push = (s: string, kind: BlockKind) => {
    if (parts.length) pos += 1; // the newline
    blocks.push({ kind, start: pos, end: pos + s.length });
    parts.push(s);
    pos += s.length;
  };
  if (title) push(title, 'headline');
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  let k = 0;
  if (title && lines.length && norm(lines[0].text) === norm(title)) k = 1;
  for (; k < lines.length; k++) push(lines[k].text, lines[k].kind);
  return { text: parts.join('\n'), blocks };
}

/**
 * Maximum nesting of non-void tags, by a linear scan of the markup (no DOM): unclosed tags count
 * as open, which is what makes hostile pages deep.
 */
export function maxTagDepth(html: string): number {
  return tagStats(html).depth;
}

export function tagStats(html: string): { depth: number; tags: number } {
  const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|td|tr|th|option|dt|dd)$/i;
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  let tags = 0;
  let lowered: string | undefined; // once, not per script (a page of 10k scripts would be quadratic)
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    tags++;
    const name = m[2];
    if (m[1]) {
      if (!VOID.test(name)) depth = Math.max(0, depth - 1);
    } else if (!m[3] && !VOID.test(name)) {
      const lower = name.toLowerCase();
      if (lower === 'script' || lower === 'style') {
        // Skip raw text content: `<` inside scripts is not markup.
        lowered ??= html.toLowerCase();
        const close = lowered.indexOf(`</${lower}`, re.lastIndex);
        if (close < 0) break;
        re.lastIndex = close;
        continue;
      }
      depth++;
      if (depth > max) max = depth;
    }
  }
  return { depth: max, tags };
}

/**
 * Drop scripts (except JSON-LD metadata), styles and comments before building a DOM: they are
 * never text, and script-heavy pages otherwise cost most of the parse.
 */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?(?:<\/script\s*>|$)/gi, (m, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''))
    .replace(/<style\b[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** Text of hostile markup without a DOM of it: block tags become line breaks, the rest is dropped. */
function flattenToLines(html: string): TextLine[] {
  const flat = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<head\b[\s\S]*?(?:<\/head\s*>|(?=<body\b))/i, ' ')
    .replace(/<\/?(?:p|div|br|h[1-6]|li|tr|td|th|section|article|blockquote|pre|hr|table|ul|ol|header|footer|figure|figcaption)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ');
  // Parse the tag-free text once, only to decode entities (no nesting left to hurt).
  const escaped = flat.replace(/</g, '&lt;');
  const doc = parseHtml(`<html><body><pre>${escaped}</pre></body></html>`);
  const decoded = doc.body?.textContent ?? '';
  const out: TextLine[] = [];
  for (const l of decoded.split('\n')) {
    const t = collapse(l);
    if (t) out.push({ text: t, kind: 'paragraph' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Metadata

function metaContent(doc: DomDocument, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const nodes = doc.querySelectorAll(sel);
    for (let i = 0; i < nodes.length; i++) {
      const v = nodes[i].getAttribute?.('content') ?? nodes[i].getAttribute?.('href') ?? nodes[i].getAttribute?.('datetime');
      if (v && v.trim()) return v.trim();
    }
  }
  return undefined;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date"]',
  'meta[name="date"]',
  'time[pubdate]',
  'time[itemprop="datePublished"]',
];

export function extractMeta(doc: DomDocument): ArticleMeta {
  const meta: ArticleMeta = {};
  const ld = jsonLdArticle(doc);

  const title =
    str(ld?.headline) ??
    metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) ??
    firstText(doc, 'h1') ??
    mapOpt(firstText(doc, 'title'), stripSiteSuffix);
  if (title) meta.title = collapse(title);

  const dateRaw = metaContent(doc, DATE_META) ?? str(ld?.datePublished) ?? str(ld?.dateCreated) ?? firstTimeDatetime(doc);
  const published = normalizeDate(dateRaw);
  if (published) meta.published = published;

  const author = ldName(ld?.author) ?? nonUrl(metaContent(doc, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]'])) ?? firstText(doc, '[rel="author"]');
  if (author) meta.author = collapse(author.replace(/^by\s+/i, ''));

  const url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']) ?? str(ld?.url);
  if (url && /^https?:\/\//i.test(url)) meta.url = url;

  const outlet = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? ldName(ld?.publisher);
  if (outlet) meta.outlet = collapse(outlet);

  const lang = doc.documentElement?.getAttribute?.('lang') ?? metaContent(doc, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]']);
  if (lang) meta.language = lang.trim().replace('_', '-').split(/[\s,]/)[0];
  return meta;
}

function mapOpt<T, U>(v: T | undefined, f: (x: T) => U): U | undefined {
  return v === undefined ? undefined : f(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

function ldName(v: unknown): string | undefined {
  if (typeof v === 'string') return nonUrl(v.trim()) || undefined;
  if (Array.isArray(v)) {
    const names = v.map(ldName).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}

function nonUrl(s: string | undefined): string | undefined {
  return s && !/^https?:\/\//i.test(s) ? s : undefined;
}

function firstText(doc: DomDocument, sel: string): string | undefined {
  const n = doc.querySelector(sel);
  const t = n ? collapse(textOf(n)) : '';
  return t || undefined;
}

/** Text of a (small) element, iteratively. */
function textOf(root: DomNode): string {
  return walkText(root, false)
    .map((l) => l.text)
    .join(' ');
}

/** "Headline | Outlet" or "Headline - Outlet" from a <title>: keep the headline part. */
function stripSiteSuffix(t: string): string {
  const parts = t.split(/\s+[|–—·:-]\s+/);
  if (parts.length < 2) return t;
  const first = parts[0];
  return first.split(/\s+/).length >= 3 ? first : t;
}

function firstTimeDatetime(doc: DomDocument): string | undefined {
  const t = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return t?.getAttribute?.('datetime') ?? undefined;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|LiveBlogPosting/;

/** The first JSON-LD object that looks like an article (searching @graph and arrays, bounded). */
function jsonLdArticle(doc: DomDocument): Record<string, unknown> | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let fallback: Record<string, unknown> | undefined;
  for (let i = 0; i < scripts.length && i < 20; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    let seen = 0;
    while (queue.length && seen++ < 500) {
      const v = queue.shift();
      if (Array.isArray(v)) queue.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const type = Array.isArray(o['@type']) ? (o['@type'] as unknown[]).join(' ') : String(o['@type'] ?? '');
        if (ARTICLE_TYPES.test(type) && (o.headline || o.datePublished)) {
          if (/Article|BlogPosting|Report/.test(type)) return o;
          fallback ??= o;
        }
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return fallback;
}
