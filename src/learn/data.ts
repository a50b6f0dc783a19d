/**
 * Where the training and evaluation treebanks live under the data folder, and which GUM documents
 * belong to which split (GUM's own `splits.md`; GENTLE documents form its out-of-domain test2).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../model/errors.js';
import { readConllu, type UDSentence } from './conllu.js';

export type Split = 'train' | 'dev' | 'test';

export function ewtPath(data: string, split: Split): string {
  const p = join(data, 'ud-english-ewt', `en_ewt-ud-${split}.conllu`);
  if (!existsSync(p)) throw new DossierError('E402', `treebank missing: ${p} (pass --data <folder with ud-english-ewt>)`);
  return p;
}

export function readEwt(data: string, split: Split): UDSentence[] {
  return readConllu(ewtPath(data, split));
}

/** GUM document names per split, from splits.md. */
export function gumSplits(data: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const p = join(data, 'gum', 'splits.md');
  if (!existsSync(p)) return out;
  let cur = '';
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h) { cur = h[1]; out.set(cur, []); continue; }
    const d = /^\s*\*\s+(\S+)/.exec(line);
    if (d && cur) out.get(cur)!.push(d[1]);
  }
  return out;
}

/** GUM's training documents only (never its dev/test/test2), or [] when GUM is absent. */
export function readGumTrain(data: string): UDSentence[] {
  const dir = join(data, 'gum', 'dep');
  const names = gumSplits(data).get('train') ?? [];
  if (!existsSync(dir)) return [];
  const files = new Set(readdirSync(dir));
  const out: UDSentence[] = [];
  for (const n of names) {
    const f = `${n}.conllu`;
    if (files.has(f)) out.push(...readConllu(join(dir, f)));
  }
  return out;
}
