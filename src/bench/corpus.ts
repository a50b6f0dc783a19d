import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.txt` file under `dir` (recursively, sorted), read as UTF-8; README files are skipped. */
export function readTextFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt') && !/readme/i.test(f)) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}
