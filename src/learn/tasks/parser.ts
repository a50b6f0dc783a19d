/**
 * `dossier train parser` / `dossier evaluate parser`: the arc-hybrid averaged-perceptron parser,
 * trained on UD English EWT train + GUM train with jack-knifed predicted tags (so it learns from
 * the kind of tags it will see), epochs chosen on EWT dev, reported on EWT test with tags from the
 * committed tagger (models/tagger.bin.gz). LAS is the CoNLL 2018 definition (punctuation
 * included, full deprel with subtype compared); `las_universal` compares the universal part only.
 */
import { statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LearnTask, TaskOptions, Figures } from '../task.js';
import type { UDSentence } from '../conllu.js';
import { readEwt, readGumTrain } from '../data.js';
import { Tagger, trainTagger } from '../tagger.js';
import { Parser, evaluateParser, trainParser } from '../parser.js';
import { loadTaggerFrom } from './tagger.js';
import { DossierError } from '../../model/errors.js';

export const PARSER_FILE = 'parser.bin.gz';
const EPOCHS = 8;
/** Weight thresholds tried after training; the largest within DEV_SLACK of the best dev LAS wins. */
const PRUNE = [0, 1, 1.5, 2];
const DEV_SLACK = 0.0015;
const FOLDS = 4;
const FOLD_TAGGER_EPOCHS = 6;

type Tags = { upos: string[]; xpos: string[] };

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

export function tagSentences(tagger: Tagger, sents: UDSentence[]): Tags[] {
  return sents.map((s) => {
    const r = tagger.tag(s.tokens.map((t) => t.form), false);
    return { upos: r.upos, xpos: r.xpos };
  });
}

/** Predicted tags for every training sentence from a tagger that did not see it (k folds). */
export function jackknifeTags(sents: UDSentence[], folds: number, epochs: number, log: (l: string) => void, clusters?: Map<string, string>): Tags[] {
  const out: Tags[] = new Array(sents.length);
  for (let f = 0; f < folds; f++) {
    const train = sents.filter((_, i) => i % folds !== f);
    const held = sents.map((s, i) => [s, i] as const).filter(([, i]) => i % folds === f);
    const { tagger } = trainTagger(train, { epochs, prune: 0.01, clusters });
    const tags = tagSentences(tagger, held.map(([s]) => s));
    held.forEach(([, i], k) => { out[i] = tags[k]; });
    log(`parser: jack-knife fold ${f + 1}/${folds} tagged ${held.length} sentences`);
  }
  return out;
}

export function loadParserFrom(modelsDir: string): Parser {
  const p = join(modelsDir, PARSER_FILE);
  if (!existsSync(p)) throw new DossierError('E401', `model file missing: ${p} (run dossier train parser)`);
  return Parser.load(p);
}

export const task: LearnTask = {
  name: 'parser',
  description: 'UAS / LAS (CoNLL 2018) on UD English EWT test with tags predicted by the committed tagger',

  async train(opts: TaskOptions): Promise<Figures> {
    const t0 = Date.now();
    const tagger = loadTaggerFrom(opts.modelsDir);
    const train = readEwt(opts.data, 'train').concat(readGumTrain(opts.data));
    const dev = readEwt(opts.data, 'dev');
    const test = readEwt(opts.data, 'test');
    opts.log(`parser: ${train.length} training sentences (EWT + GUM train); jack-knifing tags in ${FOLDS} folds`);
    // Fold taggers use the committed tagger's word clusters, so their errors look like its errors.
    const clusters = tagger.clusters?.paths;
    const trainTags = jackknifeTags(train, FOLDS, FOLD_TAGGER_EPOCHS, opts.log, clusters);
    const devTags = tagSentences(tagger, dev);
    const trained = trainParser(train, {
      epochs: EPOCHS,
      tags: trainTags,
      log: opts.log,
      onEpoch: (_e, p) => evaluateParser(p, dev, devTags).las,
    });
    const bestEpoch = trained.bestEpoch;
    // Pruning small weights shrinks the model and speeds parsing; choose the threshold on dev.
    const tried = PRUNE.map((thr) => {
      const p = thr > 0 ? trained.parser.pruned(thr) : trained.parser;
      const r = evaluateParser(p, dev, devTags);
      opts.log(`parser: prune ${thr}: dev LAS ${r.las.toFixed(4)}, ${p.model.entryCount} weights`);
      return { thr, parser: p, las: r.las };
    });
    const top = Math.max(...tried.map((t) => t.las));
    const chosen = tried.filter((t) => t.las >= top - DEV_SLACK).sort((a, b) => b.thr - a.thr)[0];
    const parser = chosen.parser;
    const devScores = evaluateParser(parser, dev, devTags);
    const testScores = evaluateParser(parser, test, tagSentences(tagger, test));
    mkdirSync(opts.modelsDir, { recursive: true });
    const path = join(opts.modelsDir, PARSER_FILE);
    parser.save(path, { bestEpoch, prune: chosen.thr });
    const size = statSync(path).size;
    const figures: Figures = { uas: round(testScores.uas), las: round(testScores.las), las_universal: round(testScores.lasUniversal) };
    const manifest = {
      name: 'parser',
      file: PARSER_FILE,
      model: 'greedy arc-hybrid (root last, single root), dynamic oracle with exploration, averaged perceptron, Zhang & Nivre 2011-style hashed features',
      data: ['ud-english-ewt (UD English EWT)', 'gum (train documents per gum/splits.md)'],
      splits: {
        train: `EWT train + GUM train, tags jack-knifed in ${FOLDS} folds, non-projective arcs lifted`,
        tune: 'EWT dev with predicted tags (epoch choice)',
        test: 'EWT test, gold tokenisation, tags from models/tagger.bin.gz',
      },
      metric: 'CoNLL 2018 UAS/LAS: punctuation included, full deprel (with subtype) compared; las_universal compares the part before ":"',
      command: 'dossier train parser --data ../shared/data',
      date: new Date().toISOString(),
      epochs: { max: EPOCHS, chosen: bestEpoch },
      prune: { tried: tried.map((t) => ({ threshold: t.thr, devLas: round(t.las) })), chosen: chosen.thr },
      dev: { uas: round(devScores.uas), las: round(devScores.las), las_universal: round(devScores.lasUniversal) },
      test: figures,
      sizeBytes: size,
      labels: parser.labels.length,
      rows: parser.model.rowCount,
      entries: parser.model.entryCount,
      trainSeconds: Math.round((Date.now() - t0) / 1000),
    };
    writeFileSync(join(opts.modelsDir, 'parser.manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    opts.log(`parser: test UAS ${figures.uas} LAS ${figures.las} (universal ${figures.las_universal}); ${size} bytes`);
    return figures;
  },

  async evaluate(opts: TaskOptions): Promise<Figures> {
    const tagger = loadTaggerFrom(opts.modelsDir);
    const parser = loadParserFrom(opts.modelsDir);
    const test = readEwt(opts.data, 'test');
    const r = evaluateParser(parser, test, tagSentences(tagger, test));
    opts.log(`parser: ${r.tokens} test tokens, predicted tags`);
    return { uas: round(r.uas), las: round(r.las), las_universal: round(r.lasUniversal) };
  },
};
