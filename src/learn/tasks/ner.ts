/**
 * `dossier train ner` / `dossier evaluate ner`: the named-entity recogniser.
 * Trains on GUM train (named mentions), UNER English EWT dev and MEANTIME; picks the number of
 * epochs on GUM dev; reports exact span + type F1 on UNER English EWT TEST with GPE+LOC -> LOC
 * and NORP ignored (UNER marks no nationalities: they are O there).
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures, LearnTask, TaskOptions } from '../task.js';
import { Gazetteer } from '../../kb/gazetteer.js';
import { decodeLabels } from '../ner/bilou.js';
import { readGum, readIob2, readMeantime, unerToTrain, type IobDoc } from '../ner/corpora.js';
import { spanScores, toUner, type SpanScores } from '../ner/eval.js';
import { Featurizer } from '../ner/features.js';
import { NerTagger, type WeightTable } from '../ner/model.js';
import { NER_FILES, buildGazetteer, loadClusters, loadNerTagger, saveGazetteerBytes } from '../ner/resources.js';
import { Clusters } from '../ner/clusters.js';
import { buildClusters, clusterCorpus } from '../ner/cluster-build.js';
import { saveTable, trainPerceptron, type TrainDoc } from '../ner/train.js';

const UNER = 'uner-english-ewt';

function unerPath(data: string, split: 'dev' | 'test'): string {
  return join(data, UNER, `en_ewt-ud-${split}.iob2`);
}

/** Share of lower-case spellings of each word in the training texts (for the gazetteer). */
function lowerShares(docs: readonly TrainDoc[]): (w: string) => number | undefined {
  const low = new Map<string, number>();
  const all = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) s.forms.forEach((f, i) => {
    if (i === 0) return;
    const k = f.toLowerCase();
    all.set(k, (all.get(k) ?? 0) + 1);
    if (f === k) low.set(k, (low.get(k) ?? 0) + 1);
  });
  return (w) => {
    const n = all.get(w);
    return n && n >= 3 ? (low.get(w) ?? 0) / n : undefined;
  };
}

/** Run a tagger over IOB documents; returns per-sentence predicted spans. */
export function tagIob(tagger: NerTagger, docs: readonly IobDoc[]): { gold: IobDoc['sentences'][number]['spans'][]; pred: ReturnType<typeof decodeLabels>[] } {
  const gold: IobDoc['sentences'][number]['spans'][] = [];
  const pred: ReturnType<typeof decodeLabels>[] = [];
  for (const d of docs) {
    const labels = tagger.tagDocument(d.sentences.map((s) => s.forms));
    d.sentences.forEach((s, i) => { gold.push(s.spans); pred.push(decodeLabels(labels[i])); });
  }
  return { gold, pred };
}

function scoreTrainDocs(tagger: NerTagger, docs: readonly TrainDoc[]): SpanScores {
  const gold = [], pred = [];
  for (const d of docs) {
    const labels = tagger.tagDocument(d.sentences.map((s) => s.forms));
    for (let i = 0; i < d.sentences.length; i++) { gold.push(decodeLabels(d.sentences[i].labels)); pred.push(decodeLabels(labels[i])); }
  }
  return spanScores(gold, pred);
}

function figures(s: SpanScores, prefix = ''): Figures {
  const f: Figures = { [`${prefix}f1`]: s.f1, [`${prefix}precision`]: s.precision, [`${prefix}recall`]: s.recall };
  for (const [t, v] of Object.entries(s.byType)) f[`${prefix}f1_${t}`] = v.f1;
  return f;
}

/** Compute word clusters and capitalisation priors from raw text; writes the file and its manifest. */
export function writeClusters(data: string, modelsDir: string, log: (s: string) => void): void {
  const t0 = Date.now();
  const opts = { maxWords: 40000, minCount: 4, dim: 300, seed: 11, minLeaf: 4, maxDepth: 24 };
  const facts = buildClusters(clusterCorpus(data, log), opts);
  const bytes = Clusters.pack(facts);
  writeFileSync(join(modelsDir, NER_FILES.clusters), bytes);
  const manifest = {
    model: 'clusters',
    method: 'random-indexing context vectors (left/right words, window 2) + bisecting spherical 2-means: bit-string paths like Brown clusters; plus per-word capitalisation prior',
    data: ['corpus/bbc', 'corpus/addresses-2022', 'corpus/wikinews-gum (minus GUM test docs)', 'data/ecbplus', 'data/ud-english-ewt train+dev', 'data/gum train+dev'],
    options: opts,
    words: facts.size,
    command: 'dossier train ner --data ../shared/data (NER_CLUSTERS=rebuild to recompute)',
    date: new Date().toISOString(),
    sizeBytes: bytes.length,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  writeFileSync(join(modelsDir, 'clusters.manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  log(`clusters: ${facts.size} words, ${bytes.length} bytes, ${manifest.seconds}s`);
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export async function evaluateNer(modelsDir: string, data: string): Promise<SpanScores> {
  const tagger = loadNerTagger(modelsDir);
  const docs = readIob2(readFileSync(unerPath(data, 'test'), 'utf8'));
  const { gold, pred } = tagIob(tagger, docs);
  return spanScores(gold, pred, toUner);
}

export const task: LearnTask = {
  name: 'ner',
  description: 'Named entities (PER/ORG/LOC exact span F1) on UNER English EWT test; GPE+LOC -> LOC, NORP ignored',

  async train(opts: TaskOptions): Promise<Figures> {
    const t0 = Date.now();
    const log = opts.log;
    const data = opts.data;
    mkdirSync(opts.modelsDir, { recursive: true });
    const epochs = Number(process.env.NER_EPOCHS ?? 12);
    const holdout = process.env.NER_HOLDOUT === '1';

    // 1. Gazetteer: needs only the dictionaries; common-word marks come from the training texts.
    const gumDir = join(data, 'gum');
    const plain = [...readGum(gumDir, 'train'), ...unerToTrain(readIob2(readFileSync(unerPath(data, 'dev'), 'utf8')))];
    const gazData = buildGazetteer(join(data, 'petrarch2-dictionaries'), lowerShares(plain));
    const gazBytes = saveGazetteerBytes(gazData);
    writeFileSync(join(opts.modelsDir, NER_FILES.gazetteer), gazBytes);
    const gaz = new Gazetteer(gazData);
    log(`gazetteer: ${gaz.size} phrases, ${gazBytes.length} bytes`);

    // 2. Training documents (demonyms and place types need the gazetteer).
    const gumTrain = readGum(gumDir, 'train', gaz);
    const gumDev = readGum(gumDir, 'dev', gaz);
    let unerDev = readIob2(readFileSync(unerPath(data, 'dev'), 'utf8'));
    let unerHold: IobDoc[] = [];
    if (holdout) {
      // Tuning runs only: keep every fifth UNER dev document out of training to score on it.
      unerHold = unerDev.filter((_, i) => i % 5 === 0);
      unerDev = unerDev.filter((_, i) => i % 5 !== 0);
    }
    const meantime = readMeantime(join(data, 'meantime-english'), gaz);
    const train = [...gumTrain, ...unerToTrain(unerDev, gaz), ...meantime];
    const ntok = train.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.forms.length, 0), 0);
    log(`training: ${gumTrain.length} GUM + ${unerDev.length} UNER dev + ${meantime.length} MEANTIME documents, ${ntok} tokens`);

    const cpath = join(opts.modelsDir, NER_FILES.clusters);
    if (process.env.NER_NO_CLUSTERS !== '1' && (process.env.NER_CLUSTERS === 'rebuild' || !existsSync(cpath))) {
      writeClusters(data, opts.modelsDir, log);
    }
    const clusters = process.env.NER_NO_CLUSTERS === '1' ? undefined : loadClusters(opts.modelsDir);
    log(`clusters: ${clusters ? clusters.size + ' words' : 'none'}`);
    const fz = new Featurizer(gaz, clusters);

    let dev: SpanScores | undefined;
    const table = trainPerceptron(fz, train, {
      epochs,
      seed: 7,
      augment: { lower: Number(process.env.NER_AUG_LOWER ?? 0.12), upper: 0.04, title: 0.05 },
      log,
      onEpoch: (e: number, t: WeightTable) => {
        if (e < epochs && e % 3 !== 0) return;
        const tagger = new NerTagger(fz, t);
        dev = scoreTrainDocs(tagger, gumDev);
        let hold = '';
        if (unerHold.length) {
          const { gold, pred } = tagIob(tagger, unerHold);
          hold = ` UNER-dev-holdout F1 ${spanScores(gold, pred, toUner).f1.toFixed(4)}`;
        }
        log(`  epoch ${e}: GUM dev F1 ${dev.f1.toFixed(4)} (P ${dev.precision.toFixed(4)} R ${dev.recall.toFixed(4)})${hold}`);
      },
    });

    const minFreq = Number(process.env.NER_MIN_FREQ ?? 2);
    const bytes = saveTable(table, minFreq, {
      gazetteer: true,
      clusters: !!clusters,
      trained: new Date().toISOString(),
    });
    writeFileSync(join(opts.modelsDir, NER_FILES.weights), bytes);
    log(`model: ${bytes.length} bytes`);

    const test = await evaluateNer(opts.modelsDir, data);
    log(`UNER EWT test: F1 ${test.f1.toFixed(4)} P ${test.precision.toFixed(4)} R ${test.recall.toFixed(4)}`);
    const size = [NER_FILES.weights, NER_FILES.gazetteer, NER_FILES.clusters]
      .map((f) => join(opts.modelsDir, f)).filter((p) => existsSync(p)).reduce((a, p) => a + statSync(p).size, 0);
    const manifest = {
      model: 'ner',
      files: [NER_FILES.weights, NER_FILES.gazetteer, ...(clusters ? [NER_FILES.clusters] : [])],
      method: 'greedy averaged perceptron, BILOU labels, hashed features (word, shape, affixes, capitalisation x sentence mode, context words, gazetteers, word clusters, previous labels, document memory)',
      data: {
        train: ['gum (train split of splits.md, named mentions)', holdout ? 'uner-english-ewt dev (4/5 of documents)' : 'uner-english-ewt dev', 'meantime-english (intra-doc, NAM mentions)'],
        tune: ['gum dev', ...(holdout ? ['uner-english-ewt dev (1/5 held out)'] : [])],
        test: 'uner-english-ewt test',
        gazetteer: ['world-countries (src/kb/countries.ts)', 'petrarch2-dictionaries (*.actors.txt, Phoenix.agents.txt)'],
        clusters: clusters ? 'models/clusters.manifest.json' : null,
      },
      command: 'dossier train ner --data ../shared/data',
      date: new Date().toISOString(),
      epochs,
      trainTokens: ntok,
      augmentation: 'per sentence per epoch: 12% lower-cased, 4% upper-cased, 5% title-cased',
      scores: {
        gumDev: dev ? { f1: round(dev.f1), precision: round(dev.precision), recall: round(dev.recall) } : null,
        unerTest: { f1: round(test.f1), precision: round(test.precision), recall: round(test.recall), byType: Object.fromEntries(Object.entries(test.byType).map(([k, v]) => [k, round(v.f1)])) },
        scoring: 'exact span and type; GPE+LOC -> LOC, NORP ignored (UNER has no nationality labels)',
      },
      sizeBytes: size,
      trainSeconds: Math.round((Date.now() - t0) / 1000),
    };
    writeFileSync(join(opts.modelsDir, NER_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
    return figures(test);
  },

  async evaluate(opts: TaskOptions): Promise<Figures> {
    const s = await evaluateNer(opts.modelsDir, opts.data);
    return figures(s);
  },
};

/** Names of the files of this model (for packaging checks). */
export function nerModelFiles(modelsDir: string): string[] {
  return readdirSync(modelsDir).filter((f) => f.startsWith('ner') || f.startsWith('clusters'));
}
