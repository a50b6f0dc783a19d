/**
 * Model files of the recogniser and how they are built and loaded:
 * - `ner.bin.gz`: feature weights (./model.ts format);
 * - `ner-gazetteer.json.gz`: name lists (../../kb/gazetteer.ts), extracted at training time;
 * - `clusters.tsv.gz`: word-cluster paths (./clusters.ts), computed from raw text.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GAZ, Gazetteer, GazetteerBuilder, parseAgents, type GazetteerData } from '../../kb/gazetteer.js';
import { Clusters } from './clusters.js';
import { Featurizer } from './features.js';
import { NerTagger, unpackWeights } from './model.js';

export const NER_FILES = {
  weights: 'ner.bin.gz',
  gazetteer: 'ner-gazetteer.json.gz',
  clusters: 'clusters.tsv.gz',
  manifest: 'ner.manifest.json',
} as const;

export function loadGazetteer(modelsDir: string): Gazetteer | undefined {
  const p = join(modelsDir, NER_FILES.gazetteer);
  if (!existsSync(p)) return undefined;
  return new Gazetteer(JSON.parse(gunzipSync(readFileSync(p)).toString('utf8')) as GazetteerData);
}

export function saveGazetteerBytes(data: GazetteerData): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(data), 'utf8'), { level: 9 });
}

export function loadClusters(modelsDir: string): Clusters | undefined {
  const p = join(modelsDir, NER_FILES.clusters);
  return existsSync(p) ? Clusters.load(readFileSync(p)) : undefined;
}

/**
 * Name lists from the `compromise` package's lexicon (MIT; a dev dependency, read only at training
 * time): first and last names, well-known persons, organisations, sports teams, cities, regions,
 * countries and demonyms. Empty when the package is not installed.
 */
export async function compromiseLexicon(): Promise<Record<string, string[]> | undefined> {
  try {
    const mod = (await import('compromise' as string)) as { default: { model(): { one: { lexicon: Record<string, string | string[]> } } } };
    const lex = mod.default.model().one.lexicon;
    const out: Record<string, string[]> = {};
    for (const [w, t] of Object.entries(lex)) for (const tag of Array.isArray(t) ? t : [t]) (out[tag] ??= []).push(w);
    return out;
  } catch {
    return undefined;
  }
}

/** Load the tagger; throws a plain Error naming the missing file (the stage wraps it as E401). */
export function loadNerTagger(modelsDir: string): NerTagger {
  const wp = join(modelsDir, NER_FILES.weights);
  if (!existsSync(wp)) throw new Error(`missing NER model ${wp} (run: dossier train ner)`);
  const { header, table } = unpackWeights(readFileSync(wp));
  const gaz = loadGazetteer(modelsDir);
  const clusters = loadClusters(modelsDir);
  if (header.meta?.gazetteer && !gaz) throw new Error(`missing ${NER_FILES.gazetteer} the NER model was trained with`);
  if (header.meta?.clusters && !clusters) throw new Error(`missing ${NER_FILES.clusters} the NER model was trained with`);
  const fz = new Featurizer(header.meta?.gazetteer ? gaz : undefined, header.meta?.clusters ? clusters : undefined, { usePos: header.usePos, memory: header.meta?.memory !== false });
  return new NerTagger(fz, table);
}

/**
 * Build the gazetteer from the countries table and the PETRARCH2 dictionaries in `dictDir`.
 * `lowerShare` marks words usually written in lower case (see GazetteerBuilder.markCommonWords).
 */
export function buildGazetteer(
  dictDir: string | undefined,
  lowerShare?: (w: string) => number | undefined,
  lexicon?: Record<string, string[]>,
): GazetteerData {
  const b = new GazetteerBuilder();
  if (lexicon) b.addLexicon(lexicon);
  if (dictDir && existsSync(dictDir)) {
    const files = readdirSync(dictDir);
    for (const f of files) {
      if (!f.endsWith('.actors.txt')) continue;
      const kind = /MilNonState/.test(f) ? 'groups' : /International/.test(f) ? 'international' : 'countries';
      b.addActors(readFileSync(join(dictDir, f), 'utf8'), kind);
    }
    const agents = files.find((f) => /agents/i.test(f));
    if (agents) b.addTitles(parseAgents(readFileSync(join(dictDir, agents), 'utf8')));
  }
  // Countries last so their categories are always present.
  b.addCountries();
  if (lowerShare) b.markCommonWords(lowerShare);
  const data = b.data();
  if (process.env.NER_GAZ_CLEAN !== '0') cleanPersonParts(data);
  return data;
}

/**
 * The name-part lists (first and last names split out of actor names and baby-name lists) also
 * hold "korea", "north", "un", "eu": a word that is a place, an organisation or a demonym loses its
 * first/last-name marks, which otherwise teach the model that "North Korea" looks like a person.
 */
export function cleanPersonParts(data: GazetteerData): void {
  const parts = (1 << GAZ.FIRST) | (1 << GAZ.LAST);
  const other = (1 << GAZ.COUNTRY) | (1 << GAZ.CAPITAL) | (1 << GAZ.PLACE) | (1 << GAZ.ORG) | (1 << GAZ.DEMONYM);
  for (const [k, m] of Object.entries(data.entries)) {
    if (m & parts && m & other) data.entries[k] = m & ~parts;
  }
}
