import type { DossierError } from '../model/errors.js';
import type { RawArticle } from '../model/types.js';

export type InputFormat = 'text' | 'html' | 'rss' | 'atom' | 'jsonl' | 'warc';

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'html', 'rss', 'atom', 'jsonl', 'warc'];

/** One thing a reader yields: an article, or an error about one input or one item of it. */
export type ReadResult = { ok: true; article: RawArticle } | { ok: false; error: DossierError };

export interface ReadOptions {
  /** Force a format for every input (default: by extension, then by sniffing the content). */
  format?: InputFormat;
  /** Publication date for every article (any form `normalizeDate` accepts); wins over metadata. */
  published?: string;
  /** Largest input (whole-file formats) or record (JSONL line, WARC record) read, in bytes. Default 50 MiB. */
  maxBytes?: number;
  /** Longest line accepted in a text or JSONL input, in bytes. Default 8 MiB. */
  maxLineBytes?: number;
  /** Standard input, for the path `-` (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
