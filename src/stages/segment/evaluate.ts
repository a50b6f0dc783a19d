/**
 * `dossier evaluate segment`: how close the tokens and sentences are to the treebanks the tagger
 * and parser learn from.
 *
 *   tokens_f1          token spans against UD English EWT test (`# text` vs syntactic words),
 *                      hyphenated words kept whole (the default)
 *   tokens_f1_split    the same with `{ splitHyphens: true }`, which current EWT follows
 *   sentences_f1       sentence ends inside GUM news paragraphs (sentences of a `newpar`, joined
 *                      by a space); GUM news was looked at during development
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu } from '../../learn/conllu.js';
import type { Figures, LearnTask, TaskOptions } from '../../learn/task.js';
import { DossierError } from '../../model/errors.js';
import { splitSentences } from './sentences.js';
import { TokenBuffer, scan, type ScanOptions } from './tokenize.js';

interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

function f1(c: Counts): number {
  if (!c.pred || !c.gold) return 0;
  const p = c.tp / c.pred;
  const r = c.tp / c.gold;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Token-span agreement on one CoNLL-U file; sentences whose words do not align with the text are skipped. */
export function tokenScores(conllu: string, opts: ScanOptions = {}): Counts {
  const c: Counts = { tp: 0, gold: 0, pred: 0 };
  const buf = new TokenBuffer();
  for (const s of parseConllu(conllu)) {
    const text = s.text;
    if (!text) continue;
    const gold = new Set<number>();
    let p = 0;
    let aligned = true;
    for (const t of s.tokens) {
      while (p < text.length && /\s/.test(text[p])) p++;
      if (!text.startsWith(t.form, p)) {
        aligned = false;
        break;
      }
      gold.add(p * 65536 + p + t.form.length);
      p += t.form.length;
    }
    if (!aligned) continue;
    buf.clear();
    scan(text, 0, text.length, buf, opts);
    for (let k = 0; k < buf.length; k++) if (gold.has(buf.starts[k] * 65536 + buf.ends[k])) c.tp++;
    c.gold += gold.size;
    c.pred += buf.length;
  }
  return c;
}

/** Paragraphs of a CoNLL-U file as lists of sentence texts (`# newpar` / `# newdoc` open one). */
export function paragraphs(conllu: string): string[][] {
  const out: string[][] = [];
  let cur: string[] | undefined;
  for (const line of conllu.split('\n')) {
    if (/^# (?:newpar|newdoc)(?:\s|$)/.test(line)) {
      cur = [];
      out.push(cur);
    } else if (line.startsWith('# text = ')) {
      if (!cur) {
        cur = [];
        out.push(cur);
      }
      cur.push(line.slice(9));
    }
  }
  return out.filter((p) => p.length > 0);
}

/** Sentence-end agreement inside paragraphs. */
export function sentenceScores(paras: string[][]): Counts {
  const c: Counts = { tp: 0, gold: 0, pred: 0 };
  const buf = new TokenBuffer();
  for (const p of paras) {
    const text = p.join(' ');
    const gold = new Set<number>();
    let off = 0;
    for (let i = 0; i + 1 < p.length; i++) {
      off += p[i].length;
      gold.add(off);
      off++;
    }
    buf.clear();
    scan(text, 0, text.length, buf);
    const ends = splitSentences(text, buf, 0, buf.length);
    for (let i = 0; i + 1 < ends.length; i++) {
      c.pred++;
      if (gold.has(buf.ends[ends[i] - 1])) c.tp++;
    }
    c.gold += gold.size;
  }
  return c;
}

export const task: LearnTask = {
  name: 'segment',
  description: 'token F1 on UD English EWT test (hyphens whole / split), sentence-end F1 on GUM news paragraphs',
  async evaluate(opts: TaskOptions): Promise<Figures> {
    const ewt = join(opts.data, 'ud-english-ewt', 'en_ewt-ud-test.conllu');
    const gumDir = join(opts.data, 'gum', 'dep');
    if (!existsSync(ewt)) throw new DossierError('E510', `segment evaluation needs ${ewt}`);
    const src = readFileSync(ewt, 'utf8');
    const whole = tokenScores(src);
    const split = tokenScores(src, { splitHyphens: true });
    opts.log(`EWT test tokens: gold ${whole.gold}, predicted ${whole.pred} (whole) / ${split.pred} (split)`);
    const figures: Figures = { tokens_f1: f1(whole), tokens_f1_split: f1(split) };
    if (existsSync(gumDir)) {
      const paras: string[][] = [];
      for (const f of readdirSync(gumDir)) if (/^GUM_news_.*\.conllu$/.test(f)) paras.push(...paragraphs(readFileSync(join(gumDir, f), 'utf8')));
      const s = sentenceScores(paras);
      opts.log(`GUM news: ${paras.length} paragraphs, ${s.gold} sentence ends, ${s.pred} predicted`);
      figures.sentences_f1 = f1(s);
    }
    return figures;
  },
};
