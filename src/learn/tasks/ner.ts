/**
 * `dossier train ner` / `dossier evaluate ner`: the named-entity recogniser.
 * Trains on GUM train (named mentions), UNER English EWT dev and MEANTIME; picks the number of
 * epochs on GUM dev; reports exact span + type F1 on UNER English EWT TEST with GPE+LOC -> LOC
 * and NORP ignored (UNER marks no nationalities: they are O there).
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures, LearnTask, TaskOptions } from '../task.js';
import { GAZ, Gazetteer, type GazetteerData } from '../../kb/gazetteer.js';
import type { EntityType } from '../../model/types.js';
import { NLABELS, decodeLabels, encodeSpans } from '../ner/bilou.js';
import { HashIndex } from '../ner/hash.js';
import { readConlluDocs, readGum, readIob2, readMeantime, silverSpan, unerToTrain, type IobDoc } from '../ner/corpora.js';
import { spanScores, toUner, type SpanScores } from '../ner/eval.js';
import { Featurizer } from '../ner/features.js';
import { NerTagger, packWeights, type WeightTable } from '../ner/model.js';
import { NER_FILES, buildGazetteer, compromiseLexicon, loadClusters, loadNerTagger, saveGazetteerBytes } from '../ner/resources.js';
import { Clusters } from '../ner/clusters.js';
import { buildClusters, clusterCorpus } from '../ner/cluster-build.js';
import { Tagger } from '../tagger.js';
import { TAGGER_MODEL_FILE } from '../../stages/tag/index.js';
import { trainPerceptron, type TrainDoc } from '../ner/train.js';

const UNER = 'uner-english-ewt';

function unerPath(data: string, split: 'dev' | 'test'): string {
  return join(data, UNER, `en_ewt-ud-${split}.iob2`);
}

/** Names by type from the gazetteer, title-cased, for mention replacement. */
function namePools(g: GazetteerData): Partial<Record<EntityType, string[][]>> {
  const person: string[][] = [], gpe: string[][] = [], org: string[][] = [];
  const title = (p: string) => p.split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  for (const [k, m] of Object.entries(g.entries)) {
    if (!/^[a-z][a-z' .-]*$/.test(k) || k.length < 3) continue;
    const n = k.split(' ').length;
    if (m & (1 << GAZ.PERSON) && n >= 2 && n <= 3) person.push(title(k));
    else if (m & ((1 << GAZ.PLACE) | (1 << GAZ.CAPITAL) | (1 << GAZ.COUNTRY)) && n <= 3) gpe.push(title(k));
    else if (m & (1 << GAZ.ORG) && n >= 2 && n <= 5) org.push(title(k).map((w) => (/^(of|the|and|for|in)$/i.test(w) ? w.toLowerCase() : w)));
  }
  return { PERSON: person, GPE: gpe, ORG: org };
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

/**
 * POS tags from the project's tagger (models/tagger.bin.gz) when the NER model uses them: the
 * same predicted tags the pipeline's tag stage gives at run time, also for training sentences.
 */
export function posTagger(modelsDir: string): ((forms: readonly string[]) => string[]) | undefined {
  const p = join(modelsDir, TAGGER_MODEL_FILE);
  if (!existsSync(p)) return undefined;
  const t = Tagger.load(p);
  let ids = new Int32Array(256);
  return (forms) => {
    if (forms.length > ids.length) ids = new Int32Array(forms.length * 2);
    t.tagIds(forms, ids);
    const out: string[] = new Array(forms.length);
    for (let i = 0; i < forms.length; i++) out[i] = t.upos[ids[i]];
    return out;
  };
}

/** Run a tagger over IOB documents; returns per-sentence predicted spans. */
export function tagIob(tagger: NerTagger, docs: readonly IobDoc[]): { gold: IobDoc['sentences'][number]['spans'][]; pred: ReturnType<typeof decodeLabels>[] } {
  const gold: IobDoc['sentences'][number]['spans'][] = [];
  const pred: ReturnType<typeof decodeLabels>[] = [];
  const pos = tagger.fz.opts.usePos ? posTaggerCached(tagger) : undefined;
  for (const d of docs) {
    const labels = tagger.tagDocument(d.sentences.map((s) => s.forms), pos ? d.sentences.map((s) => pos(s.forms)) : undefined);
    d.sentences.forEach((s, i) => { gold.push(s.spans); pred.push(decodeLabels(labels[i])); });
  }
  return { gold, pred };
}

const posCache = new WeakMap<NerTagger, (forms: readonly string[]) => string[]>();
let posModelsDir = 'models';
function posTaggerCached(t: NerTagger): (forms: readonly string[]) => string[] {
  let f = posCache.get(t);
  if (!f) {
    f = posTagger(posModelsDir);
    if (!f) throw new Error('the NER model uses POS tags but there is no tagger model');
    posCache.set(t, f);
  }
  return f;
}

function scoreTrainDocs(tagger: NerTagger, docs: readonly TrainDoc[]): SpanScores {
  const gold = [], pred = [];
  for (const d of docs) {
    const labels = tagger.tagDocument(d.sentences.map((s) => s.forms), tagger.fz.opts.usePos ? d.sentences.map((s) => s.pos ?? []) : undefined);
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
  const opts = { maxWords: 40000, minCount: Number(process.env.NER_CLUSTER_MIN ?? 4), dim: Number(process.env.NER_CLUSTER_DIM ?? 300), seed: 11, minLeaf: 4, maxDepth: 24 };
  // News only by default: the texts the tagger trains on stay out, so that training names, like
  // the names met at run time, are often missing from the clusters.
  const newsOnly = process.env.NER_CLUSTER_ALL !== '1';
  const facts = buildClusters(clusterCorpus(data, log, newsOnly), opts);
  const bytes = Clusters.pack(facts);
  writeFileSync(join(modelsDir, NER_FILES.clusters), bytes);
  const manifest = {
    model: 'clusters',
    method: 'random-indexing context vectors (left/right words, window 2) + bisecting spherical 2-means: bit-string paths like Brown clusters; plus per-word capitalisation prior',
    data: newsOnly ? ['corpus/bbc', 'corpus/addresses-2022', 'data/ecbplus'] : ['corpus/bbc', 'corpus/addresses-2022', 'corpus/wikinews-gum (minus GUM test docs)', 'data/ecbplus', 'data/ud-english-ewt train+dev', 'data/gum train+dev'],
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

/** Tuning aid: every sentence of a held-out set with a missed or spurious entity, as TSV lines. */
function dumpErrors(path: string, docs: readonly IobDoc[], gold: TypedSpanList[], pred: TypedSpanList[]): void {
  const lines: string[] = [];
  let k = 0;
  for (const d of docs) for (const s of d.sentences) {
    const g = gold[k], p = pred[k++];
    const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${toUner(x.type)}`;
    const gk = new Set(g.map(key)), pk = new Set(p.filter((x) => toUner(x.type)).map(key));
    const text = s.forms.join(' ');
    for (const x of g) if (!pk.has(key(x))) lines.push(`FN\t${toUner(x.type)}\t${s.forms.slice(x.start, x.end).join(' ')}\t${text}`);
    for (const x of p) if (toUner(x.type) && !gk.has(key(x))) lines.push(`FP\t${toUner(x.type)}\t${s.forms.slice(x.start, x.end).join(' ')}\t${text}`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
}
type TypedSpanList = readonly { start: number; end: number; type: string }[];

const NOT_NAMES = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

/** Every proper noun (other than days and months) lies inside one of the spans. */
function propnCovered(forms: readonly string[], upos: readonly string[], spans: readonly { start: number; end: number }[]): boolean {
  for (let i = 0; i < forms.length; i++) {
    if (upos[i] !== 'PROPN' || NOT_NAMES.test(forms[i])) continue;
    if (!spans.some((sp) => sp.start <= i && i < sp.end)) return false;
  }
  return true;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

export async function evaluateNer(modelsDir: string, data: string): Promise<SpanScores> {
  posModelsDir = modelsDir;
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
    const epochs = Number(process.env.NER_EPOCHS ?? 6);
    const holdout = process.env.NER_HOLDOUT === '1';

    // 1. Gazetteer: needs only the dictionaries; common-word marks come from the training texts.
    const gumDir = join(data, 'gum');
    const plain = [...readGum(gumDir, 'train'), ...unerToTrain(readIob2(readFileSync(unerPath(data, 'dev'), 'utf8')))];
    const lexicon = process.env.NER_NO_LEXICON === '1' ? undefined : await compromiseLexicon();
    const gazData = buildGazetteer(join(data, 'petrarch2-dictionaries'), lowerShares(plain), lexicon);
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
      // NER_HOLDOUT_FOLDS=2 keeps half of the documents out (error analysis).
      const k = Number(process.env.NER_HOLDOUT_MOD ?? 0);
      const folds = Number(process.env.NER_HOLDOUT_FOLDS ?? 5);
      unerHold = unerDev.filter((_, i) => i % folds === k);
      unerDev = unerDev.filter((_, i) => i % folds !== k);
    }
    const meantime = process.env.NER_NO_MEANTIME === '1' ? [] : readMeantime(join(data, 'meantime-english'), gaz);
    // UNER dev is the only in-domain (web text) source: it is seen `unerRepeat` times per epoch.
    const unerRepeat = Number(process.env.NER_UNER_REPEAT ?? 3);
    const unerTrain = unerToTrain(unerDev, gaz);
    const train = [...gumTrain, ...meantime];
    for (let r = 0; r < unerRepeat; r++) train.push(...unerTrain);
    const ntok = train.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.forms.length, 0), 0);
    log(`training: ${gumTrain.length} GUM + ${unerDev.length} UNER dev + ${meantime.length} MEANTIME documents, ${ntok} tokens`);

    const cpath = join(opts.modelsDir, NER_FILES.clusters);
    if (process.env.NER_NO_CLUSTERS !== '1' && (process.env.NER_CLUSTERS === 'rebuild' || !existsSync(cpath))) {
      writeClusters(data, opts.modelsDir, log);
    }
    const clusters = process.env.NER_NO_CLUSTERS === '1' ? undefined : loadClusters(opts.modelsDir);
    log(`clusters: ${clusters ? clusters.size + ' words' : 'none'}`);
    const usePos = process.env.NER_POS === '1';
    const pos = usePos ? posTagger(opts.modelsDir) : undefined;
    if (usePos && !pos) throw new Error(`NER_POS=1 needs ${TAGGER_MODEL_FILE} in ${opts.modelsDir}`);
    posModelsDir = opts.modelsDir;
    if (pos) {
      // Predicted tags everywhere (GUM's gold tags would be better than what runs in production).
      for (const d of [...train, ...gumDev]) for (const s of d.sentences) s.pos = pos(s.forms);
      log('POS: tagged training and dev sentences with the project tagger');
    }
    const memoryOn = process.env.NER_NO_MEMORY !== '1';
    const fz = new Featurizer(gaz, clusters, { usePos, memory: memoryOn });
    const replaceProb = Number(process.env.NER_REPLACE ?? 0);
    const replace = replaceProb > 0 ? { prob: replaceProb, pools: namePools(gazData) } : undefined;
    if (replace) log(`mention replacement: p=${replaceProb}, pools ${Object.entries(replace.pools).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
    const augment = {
      lower: Number(process.env.NER_AUG_LOWER ?? 0.12),
      upper: Number(process.env.NER_AUG_UPPER ?? 0.04),
      title: 0.05,
      lowerNames: Number(process.env.NER_AUG_LOWER_NAMES ?? 0),
    };
    let silverTokens = 0;
    const silverMode = process.env.NER_SILVER ?? '0';
    if (silverMode !== '0') {
      // Self-training on in-domain web text: a first model tags UD EWT TRAIN (never dev/test);
      // its spans are kept where EWT's gold part-of-speech tags confirm a proper name.
      const base = trainPerceptron(fz, train, { epochs, seed: Number(process.env.NER_SEED ?? 7), augment });
      const avg = base.averaged(1);
      const index = new HashIndex(avg.keys.length);
      avg.keys.forEach((k, i) => index.set(k, i));
      const tagger = new NerTagger(fz, { index, weights: avg.weights });
      const ewt = readConlluDocs(readFileSync(join(data, 'ud-english-ewt', 'en_ewt-ud-train.conllu'), 'utf8'));
      let kept = 0, dropped = 0;
      for (const d of ewt) {
        const labels = tagger.tagDocument(d.sentences.map((s) => s.forms));
        const sentences: TrainDoc['sentences'] = [];
        d.sentences.forEach((s, i) => {
          const pred = decodeLabels(labels[i]);
          const spans = pred.filter((sp) => silverSpan(s.upos, sp));
          // Mode 2: a sentence is kept only when the model's names and the gold proper nouns
          // agree everywhere (no dropped span, no proper noun left outside a name).
          if (silverMode === '2' && (spans.length < pred.length || !propnCovered(s.forms, s.upos, spans))) { dropped++; return; }
          kept += spans.length;
          dropped += pred.length - spans.length;
          silverTokens += s.forms.length;
          sentences.push({ forms: s.forms, labels: encodeSpans(s.forms.length, spans) });
        });
        if (sentences.length) train.push({ id: `silver:${d.id}`, sentences });
      }
      log(`silver: ${ewt.length} EWT train documents, ${silverTokens} tokens, ${kept} spans kept, ${dropped} ${silverMode === '2' ? 'sentences' : 'spans'} dropped`);
    }

    let dev: SpanScores | undefined;
    const report = (label: string, t: WeightTable) => {
      const tagger = new NerTagger(fz, t);
      dev = scoreTrainDocs(tagger, gumDev);
      let hold = '';
      if (unerHold.length) {
        const { gold, pred } = tagIob(tagger, unerHold);
        const hs = spanScores(gold, pred, toUner);
        hold = ` UNER-dev-holdout F1 ${hs.f1.toFixed(4)} (P ${hs.precision.toFixed(4)} R ${hs.recall.toFixed(4)}; ${Object.entries(hs.byType).map(([t, v]) => `${t} ${v.f1.toFixed(3)}`).join(' ')})`;
        if (process.env.NER_DUMP) dumpErrors(process.env.NER_DUMP, unerHold, gold, pred);
      }
      log(`  ${label}: GUM dev F1 ${dev.f1.toFixed(4)} (P ${dev.precision.toFixed(4)} R ${dev.recall.toFixed(4)})${hold}`);
    };
    // Several runs with different shuffles and case augmentations, their averaged weights averaged
    // again: single runs of this tagger vary by several F1 points with the seed alone.
    const seeds = (process.env.NER_SEEDS ?? process.env.NER_SEED ?? '7,8,9,10,11,12').split(',').map(Number);
    const minFreq = Number(process.env.NER_MIN_FREQ ?? 2);
    const sum = new Map<number, Float32Array>();
    for (const seed of seeds) {
      const table = trainPerceptron(fz, train, {
        epochs,
        seed,
        augment,
        replace,
        log,
        onEpoch: (e: number, t: WeightTable) => { if (e === epochs) report(`seed ${seed}, epoch ${e}`, t); },
      });
      const avg = table.averaged(minFreq);
      for (let r = 0; r < avg.keys.length; r++) {
        let v = sum.get(avg.keys[r]);
        if (!v) { v = new Float32Array(NLABELS); sum.set(avg.keys[r], v); }
        for (let l = 0; l < NLABELS; l++) v[l] += avg.weights[r * NLABELS + l] / seeds.length;
      }
    }
    const keys = Uint32Array.from(sum.keys());
    const weights = new Float32Array(keys.length * NLABELS);
    keys.forEach((k, r) => weights.set(sum.get(k)!, r * NLABELS));
    const merged = new HashIndex(keys.length);
    keys.forEach((k, r) => merged.set(k, r));
    if (seeds.length > 1) report(`average of seeds ${seeds.join(',')}`, { index: merged, weights });
    const bytes = packWeights(keys, weights, {
      usePos,
      meta: { gazetteer: true, clusters: !!clusters, pos: usePos, memory: memoryOn, seeds, trained: new Date().toISOString() },
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
      method: 'structured averaged perceptron (Viterbi over BILOU labels; weights averaged over several seeds), hashed features (word, shape, affixes, capitalisation x sentence mode, context words, gazetteers, word clusters, previous labels, document memory)',
      data: {
        train: ['gum (train split of splits.md, named mentions: proper-noun heads or a name under a common-noun head; coordinations split; plural groups NORP; countries typed as places)', `${holdout ? 'uner-english-ewt dev (4/5 of documents)' : 'uner-english-ewt dev'}, seen ${unerRepeat}x per epoch`, 'meantime-english (intra-doc, NAM mentions)'],
        tune: ['gum dev', holdout ? 'uner-english-ewt dev (some documents held out)' : 'settings chosen by 2-fold document cross-validation on uner-english-ewt dev (NER_HOLDOUT=1 NER_HOLDOUT_FOLDS=2 NER_HOLDOUT_MOD=0|1)'],
        test: 'uner-english-ewt test',
        gazetteer: ['world-countries (src/kb/countries.ts)', 'petrarch2-dictionaries (*.actors.txt, Phoenix.agents.txt)', ...(lexicon ? ['compromise lexicon (names, organisations, places; MIT)'] : [])],
        clusters: clusters ? 'models/clusters.manifest.json' : null,
      },
      command: 'dossier train ner --data ../shared/data',
      date: new Date().toISOString(),
      epochs,
      seeds,
      trainTokens: ntok,
      silver: silverTokens ? `UD EWT train tagged by a first model, spans kept where gold UPOS confirms a proper name (${silverTokens} tokens)` : null,
      augmentation: `per sentence per epoch: ${augment.lower * 100}% lower-cased, ${augment.upper * 100}% upper-cased, ${augment.title * 100}% title-cased, names lower-cased each with p=${augment.lowerNames}; names replaced by gazetteer names (half recombined) with p=${replaceProb}`,
      decoding: 'Viterbi per sentence with document memory; caseless lines re-tagged at the end; a name found once is tagged at its other capitalised occurrences (spreadNames); titles and forms of address cut off person names; the capitalised words after an office of a place (Prime Minister of Israel Bennett) tagged as its holder',
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
