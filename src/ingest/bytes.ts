/**
 * Byte-level input handling shared by all readers: a peekable chunk stream (so the format can be
 * sniffed without reading a whole file), gzip unwrapping, size-capped reading, strict decoding and
 * a line splitter that never holds more than one capped line in memory (a 2 GB line must not be
 * buffered: node's readline would).
 */
import { createGunzip } from 'node:zlib';
import { DossierError } from '../model/errors.js';
import { fmtBytes, inputError, INPUT_ERRORS } from './errors.js';

/** An async chunk stream whose first bytes can be looked at before it is consumed. */
export class PeekableBytes implements AsyncIterable<Uint8Array> {
  private head: Uint8Array[] = [];
  private headLen = 0;
  private done = false;
  private failure: unknown;
  private iter: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array | string>) {
    const it = source[Symbol.asyncIterator]();
    // Normalise: stdin in text mode yields strings.
    this.iter = {
      next: async () => {
        const r = await it.next();
        if (r.done) return r as IteratorReturnResult<undefined>;
        const v = r.value;
        return { done: false, value: typeof v === 'string' ? Buffer.from(v, 'utf8') : v };
      },
      return: async () => {
        await it.return?.();
        return { done: true, value: undefined };
      },
    };
  }

  /** The first `n` bytes (fewer when the stream is shorter), without consuming them. */
  async peek(n: number): Promise<Uint8Array> {
    while (this.headLen < n && !this.done && !this.failure) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = await this.iter.next();
      } catch (e) {
        // Keep what came before the failure readable; the error surfaces where it happened.
        this.failure = e;
        break;
      }
      if (r.done) {
        this.done = true;
        break;
      }
      if (r.value.length === 0) continue;
      this.head.push(r.value);
      this.headLen += r.value.length;
    }
    // Nothing readable before the failure: the failure is the answer.
    if (this.failure !== undefined && this.headLen === 0) throw this.failure;
    const all = this.head.length === 1 ? this.head[0] : Buffer.concat(this.head);
    if (this.head.length > 1) this.head = [all];
    return all ? all.subarray(0, Math.min(n, all.length)) : new Uint8Array(0);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    const head = this.head;
    this.head = [];
    this.headLen = 0;
    for (const c of head) yield c;
    if (this.failure) throw this.failure;
    if (this.done) return;
    try {
      for (;;) {
        const r = await this.iter.next();
        if (r.done) break;
        if (r.value.length) yield r.value;
      }
    } finally {
      // Ending early (a size error, a consumer that stops) must close the file behind us.
      if (!this.done) await this.close();
      this.done = true;
    }
  }

  /** Stop reading (closes a file stream early, e.g. after a size error). */
  async close(): Promise<void> {
    this.done = true;
    try {
      await this.iter.return?.();
    } catch {
      /* already closed */
    }
  }
}

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Decompress a gzip stream (all members, as WARC.gz and `cat a.gz b.gz` need). Truncated or
 * corrupt data surfaces as an E105 error while iterating, AFTER everything decoded before the
 * damage (for-await over a zlib stream would drop buffered output on error: records before the
 * break are still good articles). Backpressure keeps memory bounded.
 */
export function gunzip(src: AsyncIterable<Uint8Array>, input: string): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      const z = createGunzip();
      const queue: Uint8Array[] = [];
      let queued = 0;
      let failure: Error | undefined;
      let ended = false;
      let wake: (() => void) | undefined;
      const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
      };
      z.on('data', (c: Buffer) => {
        queue.push(c);
        queued += c.length;
        if (queued > 1 << 20) z.pause();
        notify();
      });
      z.on('end', () => {
        ended = true;
        notify();
      });
      z.on('error', (e) => {
        failure = e;
        notify();
      });
      let stopped = false;
      const pump = (async () => {
        try {
          for await (const c of src) {
            if (stopped || failure) return;
            if (!z.write(c)) await new Promise<void>((r) => { z.once('drain', r); z.once('error', r); z.once('close', r); });
          }
          if (!stopped && !failure) z.end();
        } catch (e) {
          failure ??= e as Error;
          notify();
        }
      })();
      try {
        for (;;) {
          if (queue.length) {
            const c = queue.shift()!;
            queued -= c.length;
            if (queued < 1 << 18 && z.isPaused()) z.resume();
            yield c;
            continue;
          }
          if (failure) {
            if (failure instanceof DossierError) throw failure;
            throw inputError(INPUT_ERRORS.BAD_GZIP, `corrupt or truncated gzip data (${failure.message || String(failure)})`, input);
          }
          if (ended) return;
          await new Promise<void>((r) => (wake = r));
        }
      } finally {
        stopped = true;
        z.destroy();
        void pump.catch(() => undefined); // it sees `stopped` at its next chunk and closes the source
      }
    },
  };
}

export interface ReadLimits {
  maxBytes: number;
  /** When set, a line (bytes between \n) longer than this is an E104 error. */
  maxLineBytes?: number;
}

/**
 * Read a whole (already size-checked where possible) stream into one buffer, but stop as soon as
 * it passes `maxBytes` or a line passes `maxLineBytes`: the check happens while reading.
 */
export async function readAllLimited(
  src: AsyncIterable<Uint8Array>,
  input: string,
  limits: ReadLimits,
): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let total = 0;
  let lineLen = 0;
  const lineCap = limits.maxLineBytes ?? Infinity;
  const it = src[Symbol.asyncIterator]();
  try {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      const c = r.value;
      total += c.length;
      if (total > limits.maxBytes) {
        throw inputError(INPUT_ERRORS.TOO_LARGE, `input larger than the limit of ${fmtBytes(limits.maxBytes)}`, input);
      }
      if (lineCap !== Infinity) {
        let pos = 0;
        for (;;) {
          const i = c.indexOf(0x0a, pos);
          if (i < 0) {
            lineLen += c.length - pos;
            break;
          }
          lineLen += i - pos;
          if (lineLen > lineCap) break;
          lineLen = 0;
          pos = i + 1;
        }
        if (lineLen > lineCap) {
          throw inputError(INPUT_ERRORS.LINE_TOO_LONG, `a line is longer than the limit of ${fmtBytes(lineCap)}`, input);
        }
      }
      parts.push(c);
    }
  } finally {
    await it.return?.();
  }
  return Buffer.concat(parts, total);
}

/** Binary content: NUL bytes, or more than 1% C0 control bytes other than tab/newline/CR/FF/VT/ESC. */
export function looksBinary(buf: Uint8Array): boolean {
  if (buf.indexOf(0) >= 0) return true;
  const n = Math.min(buf.length, 65536);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) ctl++;
  }
  return ctl > 0 && ctl * 100 > n;
}

export interface Decoded {
  text: string;
  /** Set when a byte-order mark was dropped or a non-UTF-8 encoding was used. */
  note?: string;
}

/**
 * Decode strictly: UTF-8 unless a UTF-16 byte-order mark says otherwise, or `charset` names another
 * encoding (WARC/HTTP). Invalid bytes are an E101 error, never silently replaced.
 */
export function decodeStrict(buf: Uint8Array, input: string, charset?: string): Decoded {
  let label = 'utf-8';
  let note: string | undefined;
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) label = 'utf-16le';
  else if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) label = 'utf-16be';
  else if (charset) label = normaliseCharset(charset);
  if (label === 'utf-8') {
    if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) note = 'dropped a UTF-8 byte-order mark';
  } else note = `decoded as ${label}`;
  // UTF-16 legitimately contains NUL bytes: check for binary only in byte encodings.
  if (!label.startsWith('utf-16') && looksBinary(buf)) {
    throw inputError(INPUT_ERRORS.BINARY, 'binary content (NUL or control bytes), not text', input);
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw inputError(INPUT_ERRORS.BAD_CHARSET, `unsupported charset "${charset}"`, input);
  }
  try {
    return { text: decoder.decode(buf), note };
  } catch {
    const at = label === 'utf-8' ? firstInvalidUtf8(buf) : -1;
    const where = at >= 0 ? ` at byte ${at}` : '';
    throw inputError(
      INPUT_ERRORS.INVALID_UTF8,
      label === 'utf-8' ? `invalid UTF-8${where}` : `invalid ${label} bytes`,
      input,
    );
  }
}

function normaliseCharset(cs: string): string {
  const c = cs.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (c === 'utf8' || c === 'utf-8' || c === 'unicode-1-1-utf-8') return 'utf-8';
  return c;
}

/** Offset of the first byte that breaks UTF-8 (for a message the user can act on). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export type Line =
  | { ok: true; no: number; bytes: Uint8Array }
  | { ok: false; no: number; length: number };

/**
 * Split a byte stream into lines (without the \n, and without a trailing \r). A line longer than
 * `maxLineBytes` is not kept: its bytes are dropped as they arrive and it is reported as
 * `{ok:false}` with its length, so memory stays bounded by the cap whatever the input.
 */
export async function* splitLines(src: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let len = 0;
  let over = false;
  let no = 0;
  const finish = (): Line => {
    no++;
    if (over) {
      const line: Line = { ok: false, no, length: len };
      parts = [];
      len = 0;
      over = false;
      return line;
    }
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, len);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    len = 0;
    return { ok: true, no, bytes };
  };
  const add = (piece: Uint8Array) => {
    len += piece.length;
    if (over) return;
    if (len > maxLineBytes) {
      over = true;
      parts = [];
      return;
    }
    // Copy: the chunk buffer may be reused by the stream after we yield.
    if (piece.length) parts.push(Buffer.from(piece));
  };
  for await (const c of src) {
    let start = 0;
    for (let i = c.indexOf(0x0a); i >= 0; i = c.indexOf(0x0a, start)) {
      add(c.subarray(start, i));
      yield finish();
      start = i + 1;
    }
    if (start < c.length) add(c.subarray(start));
  }
  if (len > 0 || over) yield finish();
}
