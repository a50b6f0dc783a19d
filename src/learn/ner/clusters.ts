/**
 * Word clusters as bit-string paths in a binary hierarchy (as Brown clusters are): prefixes of
 * the path give clusters of several granularities. Each word also carries a capitalisation prior
 * bucket (0 unknown .. 4 always capitalised). File: gzip of `path\tword\tcap` lines (path `-` when
 * the word was too rare to cluster). Built by ./cluster-build.ts from raw text.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export class Clusters {
  constructor(private readonly paths: Map<string, string>, private readonly caps: Map<string, number> = new Map()) {}

  /** Path of a lower-cased word, if it was clustered. */
  path(lower: string): string | undefined { return this.paths.get(lower); }

  /** Capitalisation prior bucket of a lower-cased word (0 when unknown). */
  cap(lower: string): number { return this.caps.get(lower) ?? 0; }

  get size(): number { return this.paths.size; }

  static parse(text: string): Clusters {
    const paths = new Map<string, string>();
    const caps = new Map<string, number>();
    for (const line of text.split('\n')) {
      const c = line.split('\t');
      if (c.length < 2 || !c[1]) continue;
      if (c[0] !== '-') paths.set(c[1], c[0]);
      if (c[2] && c[2] !== '0') caps.set(c[1], Number(c[2]));
    }
    return new Clusters(paths, caps);
  }

  static load(gz: Buffer): Clusters { return Clusters.parse(gunzipSync(gz).toString('utf8')); }

  static pack(entries: Iterable<[string, { path?: string; cap: number }]>): Buffer {
    const lines: string[] = [];
    for (const [w, f] of entries) {
      if (/[\t\n]/.test(w)) continue;
      lines.push(`${f.path ?? '-'}\t${w}\t${f.cap}`);
    }
    lines.sort();
    return gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
  }
}
