/**
 * Compile the CAMEO verb dictionary (petrarch2-dictionaries/CAMEO.2.0.txt) through the
 * CAMEO->PLOVER crosswalk (plover/CAMEO2PLOVER-2021.txt) into a verb lemma -> PLOVER type table:
 * models/events-lexicon.json, with a manifest. The runtime reads only that file.
 *
 * Each verb collects votes: its own code (3), the code of the block it heads (3) or merely sits
 * in (1: CAMEO blocks are WordNet synonym sets, "brave" sits in MEET), and one per pattern
 * attributed to it (`# MEET`). CAMEO 01/02 (statements, appeals) vote for nothing. A verb enters
 * when one type has at least half of its votes and at least 2 of them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOVER_TYPES, type PloverType } from '../../model/types.js';
import type { CompiledEntry } from './lexicon.js';

interface Cross {
  type: PloverType;
  mode?: string;
}

const PLOVER = new Set<string>(PLOVER_TYPES);

/** Project decisions where the docs (../docs/EVENTS.md) and the crosswalk differ. */
const OVERRIDE: Record<string, Cross> = {
  // "formal sanctions" are SANCTION in the project's vocabulary; the crosswalk files them as COERCE
  '163': { type: 'SANCTION' },
};

export function parseCrosswalk(text: string): Map<string, Cross> {
  const out = new Map<string, Cross>();
  for (const line of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?/.exec(line);
    if (!m || !PLOVER.has(m[2])) continue;
    const mode = (m[3] ?? '').trim();
    const c: Cross = { type: m[2] as PloverType };
    if (mode) c.mode = mode;
    out.set(m[1], c);
  }
  for (const [k, v] of Object.entries(OVERRIDE)) out.set(k, v);
  return out;
}

/** PLOVER type of a CAMEO code (longest prefix in the crosswalk), or null for dropped codes. */
export function crossOf(cross: Map<string, Cross>, code: string): Cross | null {
  const c = code.replace(/^:/, '').split(':')[0].trim();
  if (!/^\d{2,4}$/.test(c)) return null;
  for (let n = c.length; n >= 2; n--) {
    const hit = cross.get(c.slice(0, n));
    if (hit) return hit;
  }
  return null;
}

interface Votes {
  byType: Map<string, number>;
  total: number;
  modes: Map<string, Map<string, number>>;
}

export function compileCameo(verbText: string, crossText: string): { verbs: CompiledEntry[]; words: number } {
  const cross = parseCrosswalk(crossText);
  const votes = new Map<string, Votes>();
  const vote = (word: string, code: string | undefined, w: number) => {
    if (!code || code === '---') return;
    let v = votes.get(word);
    if (!v) votes.set(word, (v = { byType: new Map(), total: 0, modes: new Map() }));
    v.total += w;
    const c = crossOf(cross, code);
    if (!c) return;
    v.byType.set(c.type, (v.byType.get(c.type) ?? 0) + w);
    if (c.mode) {
      const mm = v.modes.get(c.type) ?? new Map<string, number>();
      mm.set(c.mode, (mm.get(c.mode) ?? 0) + w);
      v.modes.set(c.type, mm);
    }
  };
  let inVerbs = false;
  let blockCode = '---';
  let blockHead = '';
  const blockWords: string[] = [];
  for (const raw of verbText.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('####### VERB PATTERNS')) { inVerbs = true; continue; }
    if (!inVerbs || !line.trim() || line.startsWith('#')) continue;
    const head = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
    if (head) {
      blockHead = head[1].toLowerCase().split('_')[0];
      blockCode = head[2].trim();
      blockWords.length = 0;
      continue;
    }
    if (line.startsWith('-')) {
      // pattern: "- * NOUN  [code]  # VERB"
      const m = /\[([^\]]*)\]\s*(?:#\s*(\S+))?/.exec(line);
      if (m && m[2]) vote(m[2].toLowerCase(), m[1].trim(), 1);
      continue;
    }
    if (line.startsWith('+') || line.startsWith('&')) continue; // phrases and synonym sets
    const w = /^([A-Z][A-Z'-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?/.exec(line);
    if (!w) continue;
    const word = w[1].toLowerCase();
    blockWords.push(word);
    if (w[2]) vote(word, w[2].trim(), 3);
    else vote(word, blockCode, word === blockHead ? 3 : 1);
  }
  const verbs: CompiledEntry[] = [];
  for (const [lemma, v] of votes) {
    let best = '';
    let bestN = 0;
    for (const [t, n] of v.byType) if (n > bestN) { best = t; bestN = n; }
    if (!best || bestN < 2 || bestN / v.total < 0.5) continue;
    const e: CompiledEntry = { lemma, type: best as PloverType, share: +(bestN / v.total).toFixed(3) };
    const mm = v.modes.get(best);
    if (mm) {
      let bm = '';
      let bn = 0;
      for (const [m, n] of mm) if (n > bn) { bm = m; bn = n; }
      if (bm && bn / bestN >= 0.5) e.mode = bm;
    }
    verbs.push(e);
  }
  verbs.sort((a, b) => a.lemma.localeCompare(b.lemma));
  return { verbs, words: votes.size };
}

export interface CompileResult {
  file: string;
  verbs: number;
}

/** Write models/events-lexicon.json (+ manifest) from the shared data folder. */
export function compileToModels(dataDir: string, modelsDir: string, figures: Record<string, number> = {}): CompileResult {
  const verbPath = join(dataDir, 'petrarch2-dictionaries', 'CAMEO.2.0.txt');
  const crossPath = join(dataDir, 'plover', 'CAMEO2PLOVER-2021.txt');
  const { verbs, words } = compileCameo(readFileSync(verbPath, 'utf8'), readFileSync(crossPath, 'utf8'));
  if (!existsSync(modelsDir)) mkdirSync(modelsDir, { recursive: true });
  const file = join(modelsDir, 'events-lexicon.json');
  writeFileSync(file, JSON.stringify({ format: 'dossier-events-lexicon/1', verbs }) + '\n');
  const manifest = {
    model: 'events-lexicon',
    description: 'CAMEO verb dictionary (petrarch2) compiled to verb lemma -> PLOVER type through the CAMEO2PLOVER-2021 crosswalk; hand lexicon in src/stages/events/lexicon.ts wins over it',
    data: ['petrarch2-dictionaries/CAMEO.2.0.txt (MIT, Open Event Data Alliance)', 'plover/CAMEO2PLOVER-2021.txt'],
    splits: 'none (dictionary compilation; evaluation on plover/PLOVER_GSR_CAMEO.txt is reported, not used to build)',
    command: 'dossier train events --data ../shared/data (the table alone: node dist/stages/events/compile.js --data ../shared/data)',
    date: new Date().toISOString().slice(0, 10),
    counts: { cameoWords: words, verbs: verbs.length },
    scores: figures,
  };
  writeFileSync(join(modelsDir, 'events-lexicon.manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { file, verbs: verbs.length };
}

// `node dist/stages/events/compile.js [--data DIR] [--models DIR]`
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const arg = (k: string, d: string) => {
    const i = process.argv.indexOf(k);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : d;
  };
  const modelsDir = arg('--models', new URL('../../../models/', import.meta.url).pathname);
  const r = compileToModels(arg('--data', '../shared/data'), modelsDir);
  process.stderr.write(`events-lexicon: ${r.verbs} verbs -> ${r.file}\n`);
}
