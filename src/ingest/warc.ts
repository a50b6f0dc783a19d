/**
 * WARC / WARC.gz reader (warcio's WARCParser, the format of Common Crawl's news archive): every
 * `response` record with an HTML payload becomes an article through the HTML reader. Records are
 * streamed one at a time and each payload is capped, so memory stays constant whatever the file.
 */
import { WARCParser } from 'warcio';
import { DossierError } from '../model/errors.js';
import { decodeStrict } from './bytes.js';
import { normalizeDate } from './dates.js';
import { fmtBytes, inputError, INPUT_ERRORS } from './errors.js';
import { htmlArticle } from './html.js';
import type { ReadResult } from './types.js';

export interface WarcOptions {
  published?: string;
  maxBytes: number;
}

export async function* warcArticles(
  src: AsyncIterable<Uint8Array>,
  input: string,
  opts: WarcOptions,
): AsyncGenerator<ReadResult> {
  const parser = new WARCParser(src);
  let n = 0;
  for (;;) {
    let record: Awaited<ReturnType<WARCParser['parse']>>;
    try {
      record = await parser.parse();
    } catch (e) {
      // A broken stream ends the file: nothing after it can be located reliably.
      yield { ok: false, error: asError(e, n ? `${input}#${n + 1}` : input, INPUT_ERRORS.BAD_WARC) };
      return;
    }
    if (!record) break;
    n++;
    if (n === 1 && !String(record.warcHeaders.protocol ?? '').startsWith('WARC/')) {
      yield { ok: false, error: inputError(INPUT_ERRORS.BAD_WARC, 'not a WARC file (no WARC/1.x record header)', input) };
      return;
    }
    if (record.warcType !== 'response') continue;
    const origin = `${input}#${n}`;
    const http = record.httpHeaders;
    const status = http ? Number(http.statusCode) : 200;
    if (status < 200 || status >= 300) continue;
    const ctype = http?.headers.get('content-type') ?? '';
    // Pages only: images, scripts, feeds and JSON in a crawl are not articles (and not errors).
    if (ctype && !/html/i.test(ctype)) continue;
    try {
      const declared = Number(record.warcHeader('Content-Length') ?? 0);
      if (declared > opts.maxBytes) {
        throw inputError(INPUT_ERRORS.TOO_LARGE, `record of ${fmtBytes(declared)} is larger than the limit of ${fmtBytes(opts.maxBytes)}`, origin);
      }
      const body = await readCapped(record, opts.maxBytes, origin);
      if (!ctype && !/^\s*</.test(Buffer.from(body.subarray(0, 512)).toString('latin1'))) continue; // untyped, not markup
      const charset = charsetOf(ctype) ?? sniffMetaCharset(body);
      const { text: html } = decodeStrict(body, origin, charset);
      const url = record.warcTargetURI ?? undefined;
      const fallbackDate = normalizeDate(record.warcDate ?? undefined);
      yield {
        ok: true,
        article: htmlArticle(html, origin, { published: opts.published, fallbackDate, meta: url ? { url } : {}, format: 'warc' }),
      };
    } catch (e) {
      const err = asError(e, origin, INPUT_ERRORS.BAD_WARC);
      yield { ok: false, error: err };
      // A broken stream (truncated gzip, I/O error) ends the file: warcio cannot resync after it.
      if (!RECORD_LEVEL.has(err.code)) return;
    }
  }
}

/** Errors about one record's content; the stream itself is fine and the next record can be read. */
const RECORD_LEVEL = new Set<string>([
  INPUT_ERRORS.TOO_LARGE,
  INPUT_ERRORS.INVALID_UTF8,
  INPUT_ERRORS.BINARY,
  INPUT_ERRORS.BAD_HTML,
  INPUT_ERRORS.BAD_CHARSET,
]);

/** The decoded payload (chunked / gzip content-encoding undone), stopping past `max` bytes. */
async function readCapped(record: AsyncIterable<Uint8Array>, max: number, origin: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const c of record) {
    total += c.length;
    if (total > max) {
      throw inputError(INPUT_ERRORS.TOO_LARGE, `record content larger than the limit of ${fmtBytes(max)}`, origin);
    }
    parts.push(c);
  }
  return Buffer.concat(parts, total);
}

function charsetOf(ctype: string): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(ctype);
  return m ? m[1] : undefined;
}

/** `<meta charset=...>` or the http-equiv form, from the first bytes of a page. */
function sniffMetaCharset(body: Uint8Array): string | undefined {
  const head = Buffer.from(body.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1] : undefined;
}

function asError(e: unknown, input: string, code: typeof INPUT_ERRORS.BAD_WARC): DossierError {
  if (e instanceof DossierError) return e;
  return inputError(code, `malformed WARC: ${(e as Error)?.message ?? String(e)}`, input);
}
