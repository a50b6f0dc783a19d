/**
 * JSONL reader: one article object per line (`{id, title, date, url, text|html}`), streamed line by
 * line with a per-line cap; a bad line is an error item `path#lineNo` and reading goes on. The
 * same record rules serve a `.json` file holding one object or an array of them.
 */
import type { ArticleMeta, RawArticle } from '../model/types.js';
import { DossierError } from '../model/errors.js';
import { decodeStrict, splitLines } from './bytes.js';
import { normalizeDate } from './dates.js';
import { fmtBytes, inputError, INPUT_ERRORS } from './errors.js';
import { htmlArticle } from './html.js';
import { textArticle } from './text.js';
import type { ReadResult } from './types.js';

export interface RecordOptions {
  published?: string;
}

export async function* jsonlArticles(
  src: AsyncIterable<Uint8Array>,
  input: string,
  maxLineBytes: number,
  opts: RecordOptions = {},
): AsyncGenerator<ReadResult> {
  for await (const line of splitLines(src, maxLineBytes)) {
    const origin = `${input}#${line.no}`;
    if (!line.ok) {
      yield {
        ok: false,
        error: inputError(INPUT_ERRORS.LINE_TOO_LONG, `line of ${fmtBytes(line.length)} is longer than the limit of ${fmtBytes(maxLineBytes)}`, origin),
      };
      continue;
    }
    try {
      const { text } = decodeStrict(line.bytes, origin);
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        throw inputError(INPUT_ERRORS.BAD_JSON, `malformed JSON: ${(e as Error).message}`, origin);
      }
      yield { ok: true, article: recordArticle(value, origin, opts) };
    } catch (e) {
      yield { ok: false, error: asError(e, origin) };
    }
  }
}

/** A whole JSON document: one article object, or an array of them (`path#N`, N from 1). */
export function* jsonArticles(text: string, input: string, opts: RecordOptions = {}): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield { ok: false, error: inputError(INPUT_ERRORS.BAD_JSON, `malformed JSON: ${(e as Error).message}`, input) };
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (let i = 0; i < items.length; i++) {
    const origin = Array.isArray(value) ? `${input}#${i + 1}` : input;
    try {
      yield { ok: true, article: recordArticle(items[i], origin, opts) };
    } catch (e) {
      yield { ok: false, error: asError(e, origin) };
    }
  }
}

/** One record to an article: `text` goes through the text reader, else `html` through the HTML reader. */
export function recordArticle(value: unknown, origin: string, opts: RecordOptions = {}): RawArticle {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw inputError(INPUT_ERRORS.BAD_RECORD, 'line is not a JSON object', origin);
  }
  const o = value as Record<string, unknown>;
  const s = (k: string): string | undefined => {
    const v = o[k];
    return typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : undefined;
  };
  const meta: ArticleMeta = {};
  const title = s('title') ?? s('headline');
  if (title) meta.title = title.trim();
  const rawDate = s('date') ?? s('published') ?? s('datePublished') ?? s('pubDate');
  const date = normalizeDate(rawDate);
  if (date) meta.published = date;
  const url = s('url') ?? s('link');
  if (url) meta.url = url.trim();
  const author = s('author') ?? s('byline');
  if (author) meta.author = author.trim();
  const outlet = s('outlet') ?? s('source') ?? s('site');
  if (outlet) meta.outlet = outlet.trim();
  const language = s('language') ?? s('lang');
  if (language) meta.language = language.trim();

  const diagnostics =
    rawDate && !date
      ? [{ code: 'D105', stage: 'ingest', severity: 'warning' as const, message: `unreadable date "${rawDate.slice(0, 40)}" ignored` }]
      : undefined;
  const text = typeof o.text === 'string' ? o.text : undefined;
  const html = typeof o.html === 'string' ? o.html : undefined;
  if (text !== undefined && text.trim()) {
    return textArticle(text, origin, { meta, published: opts.published, diagnostics, format: 'jsonl' });
  }
  if (html !== undefined && html.trim()) {
    const fragment = !/<html[\s>]|<body[\s>]/i.test(html);
    return htmlArticle(html, origin, { meta, published: opts.published, fragment, diagnostics, format: 'jsonl' });
  }
  throw inputError(INPUT_ERRORS.BAD_RECORD, 'record has no "text" or "html" string', origin);
}

function asError(e: unknown, input: string): DossierError {
  if (e instanceof DossierError) return e;
  return inputError(INPUT_ERRORS.BAD_RECORD, `unreadable record: ${(e as Error)?.message ?? String(e)}`, input);
}
