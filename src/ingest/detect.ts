/**
 * Format detection: by file extension first (what the user named it), then by sniffing the first
 * bytes. `json` is an internal mode of the JSONL reader (one object or an array in one document).
 */
import type { InputFormat } from './types.js';

export type DetectedFormat = InputFormat | 'json';

const BY_EXT: Record<string, DetectedFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  rss: 'rss',
  atom: 'atom',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  warc: 'warc',
  arc: 'warc',
};

/** Extensions a directory walk picks up (`.xml` is sniffed; `.gz` is unwrapped first). */
const WALK_EXTS = new Set([...Object.keys(BY_EXT), 'xml']);

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}

/** Strip one `.gz` / `.gzip` suffix (for the inner name of a compressed file). */
export function stripGz(path: string): string {
  return path.replace(/\.(?:gz|gzip)$/i, '');
}

export function formatFromPath(path: string): DetectedFormat | undefined {
  return BY_EXT[extensionOf(path)];
}

/** Whether a directory walk reads this file: known extensions, or none at all (sniffed). */
export function walkable(name: string): boolean {
  const ext = extensionOf(stripGz(name));
  return ext === '' || WALK_EXTS.has(ext);
}

/** Format from the first bytes (decoded loosely: only ASCII markers matter). */
export function sniffFormat(head: Uint8Array): DetectedFormat {
  let s = Buffer.from(head.subarray(0, 8192)).toString('latin1');
  s = s.replace(/^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').trimStart();
  if (/^WARC\/\d/.test(s)) return 'warc';
  if (s.startsWith('{')) return 'jsonl';
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('<')) {
    // Skip the prolog, comments and doctype to reach the root element.
    const body = s.replace(/^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*)*/i, '');
    const root = /^<([a-zA-Z][\w:.-]*)/.exec(body)?.[1]?.toLowerCase() ?? '';
    if (root === 'rss' || root === 'rdf:rdf' || root.endsWith(':rdf')) return 'rss';
    if (root === 'feed' || root.endsWith(':feed')) return 'atom';
    if (/^<\?xml/i.test(s) && !/<html[\s>]/i.test(s)) {
      return /<rss[\s>]/i.test(s) ? 'rss' : /<feed[\s>]/i.test(s) ? 'atom' : 'rss';
    }
    return 'html';
  }
  // Text that happens to carry an HTML page a little way in (a stray line before the doctype).
  if (/<(?:!doctype html|html)[\s>]/i.test(s.slice(0, 1024))) return 'html';
  return 'text';
}
