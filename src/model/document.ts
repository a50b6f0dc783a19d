import { createHash } from 'node:crypto';
import { identityClean } from './offsets.js';
import type { ArticleMeta, Diagnostic, Document, RawArticle, Severity } from './types.js';

/** Stable id of a text: the first 16 hex digits of its SHA-256. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function createDocument(text: string, meta: ArticleMeta = {}, raw?: Partial<RawArticle>): Document {
  return {
    id: contentHash(text),
    text,
    meta: { ...meta },
    origin: raw?.origin,
    format: raw?.format,
    blocks: raw?.blocks ? [...raw.blocks] : [],
    clean: identityClean(text),
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    timexes: [],
    money: [],
    events: [],
    claims: [],
    diagnostics: raw?.diagnostics ? [...raw.diagnostics] : [],
    stages: [],
  };
}

export function documentFromArticle(article: RawArticle): Document {
  return createDocument(article.text, article.meta, article);
}

/** Attach a message to the document (the vfile habit: report, don't print or throw). */
export function report(
  doc: Document,
  stage: string,
  code: string,
  message: string,
  opts: { severity?: Severity; start?: number; end?: number } = {},
): Diagnostic {
  const d: Diagnostic = { code, stage, severity: opts.severity ?? 'info', message };
  if (opts.start !== undefined) d.start = opts.start;
  if (opts.end !== undefined) d.end = opts.end;
  doc.diagnostics.push(d);
  return d;
}

/** The original slice for a span. */
export function sliceOf(doc: Document, span: { start: number; end: number }): string {
  return doc.text.slice(span.start, span.end);
}
