/** Helpers for the ingest tests: temp files the tests write themselves, and collecting results. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readInputs } from './index.js';
import type { ReadOptions, ReadResult } from './types.js';
import type { RawArticle } from '../model/types.js';

const made: string[] = [];
process.on('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test process exits. */
export function tempDir(prefix = 'dossier-ingest-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

/** Write files (path relative to dir => content) and return their absolute paths. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    out[rel] = p;
  }
  return out;
}

export async function readAll(paths: string[], opts?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

export function articles(rs: ReadResult[]): RawArticle[] {
  return rs.flatMap((r) => (r.ok ? [r.article] : []));
}

export function errors(rs: ReadResult[]) {
  return rs.flatMap((r) => (r.ok ? [] : [r.error]));
}

/** Every block's offsets lie inside the text and cover non-blank, trimmed text. */
export function checkBlocks(a: RawArticle): void {
  for (const b of a.blocks ?? []) {
    if (b.start < 0 || b.end > a.text.length || b.start >= b.end) throw new Error(`bad block ${JSON.stringify(b)} in ${a.origin}`);
    const s = a.text.slice(b.start, b.end);
    if (s.trim() !== s || !s.trim()) throw new Error(`untrimmed block ${JSON.stringify(s)} in ${a.origin}`);
  }
}
