/** Plain text reader: the text is kept exactly as read; layout and a date are inferred from it. */
import type { ArticleMeta, Diagnostic, RawArticle } from '../model/types.js';
import { dateFromFileName, inferPublished } from './dates.js';
import { inferBlocks } from './layout.js';

export interface TextArticleOptions {
  /** Normalised publication date given by the caller (wins over anything inferred). */
  published?: string;
  /** Metadata known from a container (JSONL fields); the text's first line is then not assumed to be the title. */
  meta?: ArticleMeta;
  diagnostics?: Diagnostic[];
  format?: string;
}

export function textArticle(text: string, origin: string, opts: TextArticleOptions = {}): RawArticle {
  const given = opts.meta ?? {};
  const firstLine = firstNonEmptyLine(text);
  // With a container title that differs from the first line, that line is body text, not a headline.
  const headline = !given.title || sameTitle(given.title, firstLine);
  const blocks = inferBlocks(text, { headline });
  const meta: ArticleMeta = { ...given };
  if (!meta.title && firstLine) meta.title = firstLine;
  const diagnostics: Diagnostic[] = [...(opts.diagnostics ?? [])];
  if (opts.published) {
    meta.published = opts.published;
    delete meta.publishedInferred;
  } else if (!meta.published) {
    const guess = inferPublished(text);
    // A dateline in the text wins; then a date in the file's name; then dates found elsewhere.
    const fromName = guess?.source === 'dateline' ? undefined : dateFromFileName(origin);
    if (fromName) {
      meta.published = fromName;
      meta.publishedInferred = true;
      diagnostics.push({ code: 'D101', stage: 'ingest', severity: 'info', message: `publication date ${fromName} inferred from the file name` });
    } else if (guess) {
      meta.published = guess.value;
      meta.publishedInferred = true;
      diagnostics.push({
        code: 'D101',
        stage: 'ingest',
        severity: 'info',
        message: `publication date ${guess.value} inferred from ${guess.source === 'address' ? 'an address' : guess.source === 'dateline' ? 'a dateline' : 'the text'}`,
        start: guess.start,
        end: guess.end,
      });
    }
  }
  const art: RawArticle = { origin, format: opts.format ?? 'text', text, meta, blocks };
  if (diagnostics.length) art.diagnostics = diagnostics;
  return art;
}

export function firstNonEmptyLine(text: string): string {
  for (const line of text.split('\n', 50)) {
    const t = line.trim();
    if (t) return t;
  }
  return '';
}

function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
