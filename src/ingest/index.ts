/**
 * Readers: paths (files, directories, `-` for standard input) to a stream of raw articles. A bad
 * file or item is an error item naming it, and reading goes on with the rest. Nothing is read
 * whole before its size is known to be within the limit; JSONL and WARC are streamed.
 */
import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DossierError } from '../model/errors.js';
import { decodeStrict, gunzip, isGzip, looksBinary, PeekableBytes, readAllLimited } from './bytes.js';
import { normalizeDate } from './dates.js';
import { type DetectedFormat, formatFromPath, sniffFormat, stripGz, walkable } from './detect.js';
import { fmtBytes, inputError, INPUT_ERRORS } from './errors.js';
import { feedArticles } from './feed.js';
import { htmlArticle } from './html.js';
import { jsonArticles, jsonlArticles } from './jsonl.js';
import { textArticle } from './text.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_LINE_BYTES,
  INPUT_FORMATS,
  type InputFormat,
  type ReadOptions,
  type ReadResult,
} from './types.js';
import { warcArticles } from './warc.js';

export type { InputFormat, ReadOptions, ReadResult } from './types.js';
export { INPUT_FORMATS, DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_BYTES } from './types.js';
export { INPUT_ERRORS } from './errors.js';
export { inferBlocks } from './layout.js';
export { normalizeDate, inferPublished } from './dates.js';
export { textArticle } from './text.js';
export { htmlArticle } from './html.js';

interface Resolved {
  format?: InputFormat;
  published?: string;
  maxBytes: number;
  maxLineBytes: number;
  stdin?: NodeJS.ReadableStream;
}

/** Check options once; a bad `format` (E110) or `published` (E115) throws before anything is read. */
export function resolveReadOptions(opts: ReadOptions = {}): Resolved {
  if (opts.format !== undefined && !INPUT_FORMATS.includes(opts.format)) {
    throw new DossierError(INPUT_ERRORS.UNKNOWN_FORMAT, `unknown format "${opts.format}" (one of ${INPUT_FORMATS.join(', ')})`);
  }
  let published: string | undefined;
  if (opts.published !== undefined) {
    // A reduced-precision ISO date (`2025`, `2025-08`) is a valid answer when the day is unknown.
    const partial = /^\s*(\d{4})(?:-(0[1-9]|1[0-2]))?\s*$/.exec(opts.published);
    published = partial ? opts.published.trim() : normalizeDate(opts.published);
    if (!published) throw new DossierError(INPUT_ERRORS.BAD_DATE, `invalid published date "${opts.published}" (use YYYY-MM-DD)`);
  }
  return {
    format: opts.format,
    published,
    maxBytes: opts.maxBytes && opts.maxBytes > 0 ? opts.maxBytes : DEFAULT_MAX_BYTES,
    maxLineBytes: opts.maxLineBytes && opts.maxLineBytes > 0 ? opts.maxLineBytes : DEFAULT_MAX_LINE_BYTES,
    stdin: opts.stdin,
  };
}

/**
 * Read every input in order. Directories are read recursively (sorted, dotfiles skipped, only
 * files with a known article extension or none). Never throws for bad input: each problem is an
 * `{ok:false}` item; only invalid options throw (see resolveReadOptions).
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const o = resolveReadOptions(opts);
  for (const p of paths) {
    if (p === '-') {
      yield* readStream(o.stdin ?? process.stdin, '-', '-', undefined, o);
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      yield { ok: false, error: ioError(e, p) };
      continue;
    }
    if (st.isDirectory()) yield* readDir(p, o, new Set());
    else yield* readFile(p, st.isFile() ? st.size : undefined, o);
  }
}

async function* readDir(dir: string, o: Resolved, seen: Set<string>): AsyncGenerator<ReadResult> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { ok: false, error: ioError(e, dir) };
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const path = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let size: number | undefined;
    if (ent.isSymbolicLink() || !ent.isFile()) {
      try {
        const st = await stat(path);
        isDir = st.isDirectory();
        if (!isDir && !st.isFile()) continue; // sockets, FIFOs, devices: not articles
        size = st.isFile() ? st.size : undefined;
      } catch (e) {
        yield { ok: false, error: ioError(e, path) };
        continue;
      }
    }
    if (isDir) yield* readDir(path, o, seen);
    else if (walkable(ent.name)) {
      if (size === undefined) {
        try {
          size = (await stat(path)).size;
        } catch (e) {
          yield { ok: false, error: ioError(e, path) };
          continue;
        }
      }
      yield* readFile(path, size, o);
    }
  }
}

function readFile(path: string, size: number | undefined, o: Resolved): AsyncGenerator<ReadResult> {
  return readStream(createReadStream(path, { highWaterMark: 256 * 1024 }), path, path, size, o);
}

/** Read one byte stream (a file or stdin): sniff, unwrap gzip, dispatch to the reader. */
async function* readStream(
  stream: NodeJS.ReadableStream,
  name: string,
  input: string,
  size: number | undefined,
  o: Resolved,
): AsyncGenerator<ReadResult> {
  let src = new PeekableBytes(stream as AsyncIterable<Uint8Array | string>);
  try {
    let head = await src.peek(8192);
    if (head.length === 0) throw inputError(INPUT_ERRORS.EMPTY, 'empty input', input);
    let innerName = name;
    let compressed = false;
    if (isGzip(head)) {
      compressed = true;
      src = new PeekableBytes(gunzip(src, input));
      head = await src.peek(8192);
      innerName = stripGz(name);
      if (head.length === 0) throw inputError(INPUT_ERRORS.EMPTY, 'empty input (empty gzip)', input);
    }
    const format: DetectedFormat = o.format ?? (innerName !== '-' ? formatFromPath(innerName) : undefined) ?? sniffFormat(head);

    if (format === 'warc') {
      yield* warcArticles(src, input, { published: o.published, maxBytes: o.maxBytes });
      return;
    }
    const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
    // Refuse binary early: a 2 GB image must not be read to find out.
    if (!utf16 && looksBinary(head)) throw inputError(INPUT_ERRORS.BINARY, 'binary content (NUL or control bytes), not text', input);
    if (format === 'jsonl' && !utf16) {
      yield* jsonlArticles(src, input, o.maxLineBytes, { published: o.published });
      return;
    }
    if (!compressed && size !== undefined && size > o.maxBytes) {
      throw inputError(INPUT_ERRORS.TOO_LARGE, `input of ${fmtBytes(size)} is larger than the limit of ${fmtBytes(o.maxBytes)}`, input);
    }
    const buf = await readAllLimited(src, input, {
      maxBytes: o.maxBytes,
      // Markup may legitimately be one long line; prose and JSON lines may not.
      maxLineBytes: format === 'text' || format === 'jsonl' ? o.maxLineBytes : undefined,
    });
    const { text, note } = decodeStrict(buf, input);
    if (!text.trim()) throw inputError(INPUT_ERRORS.EMPTY, 'empty input (only whitespace)', input);
    const diagnostics = note ? [{ code: 'D106', stage: 'ingest', severity: 'info' as const, message: note }] : undefined;
    switch (format) {
      case 'text':
        yield { ok: true, article: textArticle(text, input, { published: o.published, diagnostics }) };
        return;
      case 'html':
        yield { ok: true, article: htmlArticle(text, input, { published: o.published, diagnostics }) };
        return;
      case 'rss':
      case 'atom':
        yield* feedArticles(text, input, { published: o.published });
        return;
      case 'json':
        yield* jsonArticles(text, input, { published: o.published });
        return;
      case 'jsonl': {
        // UTF-16 JSONL (rare): decoded whole, then line by line.
        let no = 0;
        for (const line of text.split('\n')) {
          no++;
          if (!line.trim()) continue;
          for (const r of jsonArticles(line, `${input}#${no}`, { published: o.published })) yield r;
        }
        return;
      }
    }
  } catch (e) {
    yield { ok: false, error: e instanceof DossierError ? e : ioError(e, input) };
  } finally {
    await src.close();
  }
}

function ioError(e: unknown, input: string): DossierError {
  if (e instanceof DossierError) return e;
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
  };
  const msg = (err?.code && why[err.code]) || `cannot read (${err?.message ?? String(e)})`;
  return inputError(INPUT_ERRORS.UNREADABLE, msg, input);
}
