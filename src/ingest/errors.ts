import { DossierError } from '../model/errors.js';

/**
 * Input error codes (E1xx). Every reader failure is one of these, as a one-line DossierError that
 * names the input (`path`, `path#N` for the Nth item of a feed / line of a JSONL file / record of
 * a WARC file, or `-` for standard input). Codes are stable: scripts and tests match on them.
 *
 * | code | meaning                                                                 |
 * | ---- | ----------------------------------------------------------------------- |
 * | E101 | invalid UTF-8 (or invalid bytes for the declared charset)               |
 * | E102 | binary content (NUL bytes or many control bytes): not a text format     |
 * | E103 | input larger than `maxBytes` (checked before / while reading, never after)|
 * | E104 | a single line longer than `maxLineBytes`                                 |
 * | E105 | corrupt or truncated gzip stream                                        |
 * | E106 | malformed XML (RSS / Atom feed)                                         |
 * | E107 | malformed JSON (a JSONL line, or a .json file)                          |
 * | E108 | HTML without readable text (malformed or empty page)                    |
 * | E109 | unreadable input (missing file, permission denied, I/O error)           |
 * | E110 | unknown format (bad `format` option)                                     |
 * | E111 | empty input (no bytes, or only whitespace)                               |
 * | E112 | malformed WARC (bad record header, unreadable record)                    |
 * | E113 | invalid record: JSON value is not an article object (no text/html)      |
 * | E114 | XML that is neither an RSS nor an Atom feed                              |
 * | E115 | invalid `published` date option                                          |
 * | E116 | unsupported charset declared by a WARC/HTTP record                       |
 *
 * E110 and E115 are about options, not an input: `readInputs` throws them before reading.
 *
 * Diagnostics the readers attach to an article (`RawArticle.diagnostics`, stage `ingest`):
 *
 * | code | severity | meaning                                                          |
 * | ---- | -------- | ---------------------------------------------------------------- |
 * | D101 | info     | publication date inferred from the text / a dateline / an address |
 * | D102 | info     | publication date taken from the WARC record date                  |
 * | D103 | warning  | hostile or huge markup flattened to text instead of DOM-parsed    |
 * | D104 | warning  | main-content extraction failed or found nothing: whole page used  |
 * | D105 | warning  | a record's date field was unreadable and ignored                  |
 * | D106 | info     | byte-order mark dropped, or decoded from a non-UTF-8 encoding     |
 */
export const INPUT_ERRORS = {
  INVALID_UTF8: 'E101',
  BINARY: 'E102',
  TOO_LARGE: 'E103',
  LINE_TOO_LONG: 'E104',
  BAD_GZIP: 'E105',
  BAD_XML: 'E106',
  BAD_JSON: 'E107',
  BAD_HTML: 'E108',
  UNREADABLE: 'E109',
  UNKNOWN_FORMAT: 'E110',
  EMPTY: 'E111',
  BAD_WARC: 'E112',
  BAD_RECORD: 'E113',
  NOT_A_FEED: 'E114',
  BAD_DATE: 'E115',
  BAD_CHARSET: 'E116',
} as const;

export type InputErrorCode = (typeof INPUT_ERRORS)[keyof typeof INPUT_ERRORS];

/** A one-line input error: newlines in a wrapped library message would break the CLI's one line. */
export function inputError(code: InputErrorCode, message: string, input: string): DossierError {
  return new DossierError(code, oneLine(message), input);
}

export function oneLine(s: string, max = 300): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Human-readable byte count for messages. */
export function fmtBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
