/**
 * The ingest progress line on a terminal: a bar when the number of input files is known, the
 * article count, the rate and an ETA. Redrawn at most ~10 times a second on one line (stderr).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Sink } from './context.js';

/** Files under the given paths (directories recursively, hidden entries skipped); undefined for stdin. */
export function countFiles(paths: string[], limit = 100_000): number | undefined {
  let n = 0;
  const walk = (p: string): boolean => {
    let st;
    try { st = statSync(p); } catch { n++; return true; }
    if (!st.isDirectory()) { n++; return n < limit; }
    let names: string[];
    try { names = readdirSync(p); } catch { return true; }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      if (!walk(join(p, name))) return false;
    }
    return true;
  };
  for (const p of paths) {
    if (p === '-') return undefined;
    if (!walk(p)) return undefined;
  }
  return n;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface ProgressState {
  articles: number;
  failed: number;
  skipped: number;
  /** Distinct input files seen so far (an article's origin without its `#item` suffix). */
  files: number;
  totalFiles?: number;
  elapsed: number;
}

/** One progress line, pure (tests call it). */
export function progressLine(p: ProgressState, width = 80): string {
  const rate = p.elapsed > 0 ? p.articles / p.elapsed : 0;
  const parts = [`${p.articles} articles`, `${rate.toFixed(1)}/s`];
  let head = '';
  // With one input file (a big feed, JSONL or WARC) the file count says nothing about progress.
  if (p.totalFiles && p.totalFiles > 1) {
    // The file in progress counts as half done; an ETA needs a few files of history.
    const frac = Math.min(1, Math.max(0, (p.files - 0.5) / p.totalFiles));
    const eta = frac > 0 && p.elapsed > 0.5 ? formatDuration((p.elapsed / frac) * (1 - frac)) : '--:--';
    parts.push(`ETA ${eta}`);
    const barWidth = Math.max(10, Math.min(30, width - 70));
    const filled = Math.round(frac * barWidth);
    head = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${Math.min(p.files, p.totalFiles)}/${p.totalFiles} files  `;
  }
  if (p.skipped) parts.push(`${p.skipped} dup`);
  if (p.failed) parts.push(`${p.failed} failed`);
  const line = head + parts.join('  ');
  return line.length > width - 1 ? line.slice(0, width - 1) : line;
}

export class ProgressBar {
  private readonly t0 = Date.now();
  private last = 0;
  private readonly seen = new Set<string>();
  private state: ProgressState;
  private drawn = false;

  constructor(private readonly sink: Sink, totalFiles?: number) {
    this.state = { articles: 0, failed: 0, skipped: 0, files: 0, totalFiles, elapsed: 0 };
  }

  update(origin: string, counts: { ingested: number; skipped: number; failed: number }): void {
    const file = origin.replace(/#\d+$/, '');
    if (file && !this.seen.has(file)) { this.seen.add(file); this.state.files = this.seen.size; }
    this.state.articles = counts.ingested + counts.skipped;
    this.state.skipped = counts.skipped;
    this.state.failed = counts.failed;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.draw();
  }

  private draw(): void {
    this.state.elapsed = (Date.now() - this.t0) / 1000;
    this.sink.write(`\r\x1b[2K${progressLine(this.state, this.sink.columns || 80)}`);
    this.drawn = true;
  }

  /** Erase the line before other output is printed. */
  clear(): void {
    if (this.drawn) this.sink.write('\r\x1b[2K');
    this.drawn = false;
  }
}
