/**
 * Readers that turn the public NER-bearing corpora into BILOU training documents:
 * - GUM (CoNLL-U, `Entity=` in MISC): named mentions only (the span's syntactic head is a PROPN),
 *   trimmed to the proper-noun run around the head, titles dropped; person -> PERSON,
 *   organization -> ORG, place -> GPE or LOC.
 * - UNER English EWT (IOB2 PER/ORG/LOC): LOC split into GPE or LOC by the same place rule.
 * - MEANTIME (CAT XML): NAM mentions of PER/ORG/LOC entities, trimmed to their last capitalised run.
 * Demonyms outside names ("Ukrainian", "Canadians") become NORP in all three: UNER and GUM do not
 * mark them, and Dossier needs them mapped to countries.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../model/types.js';
import { GAZ, type Gazetteer } from '../../kb/gazetteer.js';
import { encodeSpans, type Span } from './bilou.js';
import type { TrainDoc, TrainSentence } from './train.js';

const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'governor', 'gov.', 'king',
  'queen', 'prince', 'princess', 'pope', 'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir',
  'lord', 'lady', 'general', 'gen.', 'colonel', 'col.', 'captain', 'capt.', 'chancellor', 'premier',
  'sheikh', 'judge', 'justice', 'professor', 'prof.', 'rep.', 'representative', 'mayor', 'emperor',
  'empress', 'chairman', 'ambassador', 'commander', 'lieutenant', 'lt.', 'sgt.', 'sergeant', 'major',
  'admiral', 'pastor', 'reverend', 'rev.', 'father', 'uncle', 'aunt', 'saint', 'chief', 'director',
  'officer', 'coach', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior', 'former',
]);

const CONNECTORS = new Set(['of', 'the', 'and', '&', "'s", 'de', 'for', 'du', 'la', 'von', 'van', 'der', 'al', 'bin', 'on', 'upon']);
/** Inside a person's name only particles join words: "of", "and", "'s" join two names ("DAB 's Ben Chan"). */
const PERSON_CONNECTORS = new Set(['de', 'du', 'la', 'von', 'van', 'der', 'al', 'bin', 'da', 'di', 'le', 'del', 'ibn', 'abu']);
const COORD = new Set(['and', '&', 'or', "'s"]);

const LOC_WORDS = new Set([
  'river', 'mountain', 'mountains', 'mount', 'mt', 'mt.', 'lake', 'ocean', 'sea', 'bay', 'island',
  'islands', 'valley', 'park', 'street', 'st', 'st.', 'road', 'rd', 'avenue', 'ave', 'square',
  'bridge', 'desert', 'forest', 'gulf', 'coast', 'peninsula', 'canal', 'strait', 'hill', 'hills',
  'beach', 'airport', 'station', 'building', 'tower', 'palace', 'hall', 'museum', 'cathedral',
  'church', 'temple', 'castle', 'stadium', 'arena', 'plaza', 'boulevard', 'lane', 'way', 'falls',
  'glacier', 'canyon', 'basin', 'delta', 'range', 'plain', 'plains', 'creek', 'harbor', 'harbour',
  'cape', 'highway', 'square', 'trail', 'garden', 'gardens', 'zoo', 'mall', 'center', 'centre',
  'hotel', 'restaurant', 'cafe', 'pub', 'bar', 'library', 'school', 'campus', 'memorial', 'monument',
]);

const REGIONS = new Set([
  'europe', 'asia', 'africa', 'antarctica', 'oceania', 'north america', 'south america',
  'latin america', 'central america', 'middle east', 'the middle east', 'balkans', 'the balkans',
  'caribbean', 'the caribbean', 'arctic', 'the arctic', 'scandinavia', 'siberia', 'eurasia',
  'mediterranean', 'the mediterranean', 'sahara', 'the west', 'west', 'east', 'the east',
  'southeast asia', 'east asia', 'central asia', 'western europe', 'eastern europe',
  'sub-saharan africa', 'north africa', 'west africa', 'east africa', 'the gulf', 'atlantic', 'pacific',
]);

/** Place names -> GPE (countries, cities, states) or LOC (natural features, facilities, regions). */
export function placeType(words: readonly string[], gaz?: Gazetteer): EntityType {
  const lower = words.map((w) => w.toLowerCase());
  const text = lower.join(' ');
  if (REGIONS.has(text)) return 'LOC';
  if (gaz) {
    const m = gaz.lookup(text.replace(/^the /, ''));
    if (m & ((1 << GAZ.COUNTRY) | (1 << GAZ.CAPITAL) | (1 << GAZ.PLACE))) return 'GPE';
  }
  if (LOC_WORDS.has(lower[lower.length - 1]) || LOC_WORDS.has(lower[0])) return 'LOC';
  return 'GPE';
}

/** Is this single word (or pair) a demonym / nationality ("Ukrainian", "Americans")? */
export function isDemonym(lower: string, gaz?: Gazetteer): boolean {
  if (!gaz) return false;
  const m = gaz.lookup(lower);
  // "US", "UK" are listed as adjectives too, but as names they are the country.
  return (m & (1 << GAZ.DEMONYM)) !== 0 && (m & (1 << GAZ.COUNTRY)) === 0;
}

/** Mark uncovered demonym tokens as NORP spans (capitalised ones, or any in an all-lower sentence). */
export function addDemonyms(forms: readonly string[], spans: Span[], gaz?: Gazetteer): Span[] {
  if (!gaz) return spans;
  const covered = new Uint8Array(forms.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  const out = spans.slice();
  for (let i = 0; i < forms.length; i++) {
    if (covered[i]) continue;
    const f = forms[i];
    if (!/^\p{Lu}/u.test(f)) continue;
    // Two-word demonyms first ("South Korean").
    if (i + 1 < forms.length && !covered[i + 1] && isDemonym(`${f} ${forms[i + 1]}`.toLowerCase(), gaz)) {
      out.push({ start: i, end: i + 2, type: 'NORP' });
      i++;
      continue;
    }
    if (isDemonym(f.toLowerCase(), gaz)) out.push({ start: i, end: i + 1, type: 'NORP' });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- GUM

interface ConllTok { form: string; upos: string; head: number; misc: string; deprel?: string; xpos?: string }

interface OpenMention { id: string; start: number; etype: string }

/** Parse a GUM `Entity=` value into opens (with type) and closes, in order. */
export function parseEntityField(v: string): { open: { id: string; etype: string; single: boolean }[]; close: string[] } {
  const open: { id: string; etype: string; single: boolean }[] = [];
  const close: string[] = [];
  let p = 0;
  while (p < v.length) {
    if (v[p] === '(') {
      let j = p + 1;
      while (j < v.length && v[j] !== '(' && v[j] !== ')') j++;
      const content = v.slice(p + 1, j);
      const parts = content.split('-');
      const single = v[j] === ')';
      open.push({ id: parts[0], etype: parts[1] ?? '', single });
      p = single ? j + 1 : j;
    } else {
      let j = p;
      while (j < v.length && v[j] !== ')' && v[j] !== '(') j++;
      if (v[j] === ')') close.push(v.slice(p, j));
      p = j + 1;
    }
  }
  return { open, close };
}

const NAME_POS = new Set(['ADJ', 'NOUN', 'VERB', 'NUM', 'X', 'SYM']);

/** Trim a GUM mention [s, e) to the proper-noun run around its head; undefined if not a name. */
export function namedCore(toks: readonly ConllTok[], s: number, e: number, connectors: ReadonlySet<string> = CONNECTORS): [number, number] | undefined {
  let head = -1;
  for (let i = s; i < e; i++) {
    const h = toks[i].head - 1;
    if (h < s || h >= e) { head = i; break; }
  }
  if (head < 0) return undefined;
  if (toks[head].upos !== 'PROPN' && process.env.NER_GUM_APPOS === '0') return undefined;
  if (toks[head].upos !== 'PROPN') {
    // "musician Tiziano Lugli", "English captain Harry Kane": a common-noun head with the name
    // as its flat/appos dependent; the name is still a name.
    let name = -1;
    for (let i = head + 1; i < e; i++) {
      if (toks[i].upos === 'PROPN' && toks[i].head - 1 === head && (toks[i].deprel === 'flat' || toks[i].deprel === 'appos')) { name = i; break; }
    }
    if (name < 0) return undefined;
    head = name;
  }
  let a = head, b = head + 1;
  // Proper nouns, and capitalised words of other classes inside a name ("United" in "the United
  // States" is tagged ADJ or VERB in GUM, "New" in "New Zealand" ADJ).
  const isName = (i: number) => toks[i].upos === 'PROPN' || (NAME_POS.has(toks[i].upos) && /^\p{Lu}/u.test(toks[i].form));
  for (;;) {
    if (a - 1 >= s && isName(a - 1)) { a--; continue; }
    if (a - 2 >= s && connectors.has(toks[a - 1].form.toLowerCase()) && isName(a - 2) && toks[a - 1].form !== 'the') { a -= 2; continue; }
    break;
  }
  for (;;) {
    if (b < e && isName(b)) { b++; continue; }
    if (b + 1 < e && connectors.has(toks[b].form.toLowerCase()) && isName(b + 1)) { b += 2; continue; }
    break;
  }
  // "President Barack Obama" -> "Barack Obama"; keep a lone title-word name ("King").
  // Titles go from persons' names only: "General Motors", "Vice Media" keep their first word.
  while (b - a > 1 && connectors === PERSON_CONNECTORS && TITLES.has(toks[a].form.toLowerCase())) a++;
  while (b - a > 1 && CONNECTORS.has(toks[a].form.toLowerCase())) a++;
  return [a, b];
}

function gumType(etype: string, forms: readonly string[], gaz?: Gazetteer, plural = false): EntityType | undefined {
  if (etype === 'person') {
    if (forms.length === 1 && isDemonym(forms[0].toLowerCase(), gaz)) return 'NORP';
    // "Muslims", "Democrats": groups named by a plural proper noun are no person's name.
    if (forms.length === 1 && plural) return 'NORP';
    return 'PERSON';
  }
  if (etype === 'organization') {
    // GUM calls a country acting as a state ("North Korea tested ...") an organisation; UNER and
    // Dossier keep it a place.
    if (gaz && process.env.NER_GUM_ORGCOUNTRY !== '0') {
      const m = gaz.lookup(forms.join(' ').replace(/^the /i, ''));
      if (m & (1 << GAZ.COUNTRY) && !(m & (1 << GAZ.ORG))) return 'GPE';
    }
    return 'ORG';
  }
  if (etype === 'place') return placeType(forms, gaz);
  return undefined;
}

function readConllu(text: string): ConllTok[][] {
  const sents: ConllTok[][] = [];
  let cur: ConllTok[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) { if (cur.length) sents.push(cur); cur = []; continue; }
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length < 10 || !/^\d+$/.test(c[0])) continue;
    cur.push({ form: c[1], upos: c[3], head: Number(c[6]), misc: c[9], deprel: c[7], xpos: c[4] });
  }
  if (cur.length) sents.push(cur);
  return sents;
}

export function gumDocument(id: string, text: string, gaz?: Gazetteer): TrainDoc {
  const sentences: TrainSentence[] = [];
  for (const toks of readConllu(text)) {
    const forms = toks.map((t) => t.form);
    const stack: OpenMention[] = [];
    const cands: Span[] = [];
    let otherNames = 0;
    const finish = (m: OpenMention, end: number) => {
      const core = namedCore(toks, m.start, end, m.etype === 'person' && process.env.NER_GUM_COORD !== '0' ? PERSON_CONNECTORS : CONNECTORS);
      if (!core) return;
      if (m.etype === 'person') {
        // "U.S. President Donald Trump" -> "Donald Trump"; a title alone ("the President") is no name.
        let last = -1;
        for (let j = core[0]; j < core[1]; j++) if (TITLES.has(toks[j].form.toLowerCase())) last = j;
        if (last === core[1] - 1 && core[1] - core[0] <= 3 && forms.slice(core[0], core[1]).every((f) => TITLES.has(f.toLowerCase()) || /^(u\.s\.|us|uk|u\.k\.)$/i.test(f))) return;
        if (last >= core[0] && last < core[1] - 1) core[0] = last + 1;
      }
      const type = gumType(m.etype, forms.slice(core[0], core[1]), gaz, core[1] - core[0] === 1 && toks[core[0]].xpos === 'NNPS');
      if (type) cands.push({ start: core[0], end: core[1], type });
      else if (m.etype !== 'time' && m.etype !== 'abstract') otherNames++;
    };
    toks.forEach((t, i) => {
      const m = /(?:^|\|)Entity=([^|]*)/.exec(t.misc);
      if (!m) return;
      const { open, close } = parseEntityField(m[1]);
      for (const o of open) {
        if (o.single) finish({ id: o.id, start: i, etype: o.etype }, i + 1);
        else stack.push({ id: o.id, start: i, etype: o.etype });
      }
      for (const cid of close) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].id === cid) { finish(stack[k], i + 1); stack.splice(k, 1); break; }
        }
      }
    });
    // Names of events, works and objects ("the Second World War") are O here; sentences holding
    // them can be left out of training where such capitalised non-entities would teach the model
    // to doubt unfamiliar capitalised names.
    if (otherNames && process.env.NER_GUM_SKIP_OTHER === '1') continue;
    sentences.push(toSentence(forms, process.env.NER_GUM_COORD === '0' ? cands : dropCoordinations(forms, cands), gaz, toks.map((t) => t.upos)));
  }
  return { id, sentences };
}

/**
 * A coordination of names ("Poland and Sweden", "Cloud9 and Immortals") is one mention in GUM,
 * its conjuncts nested mentions of their own: UNER marks the conjuncts, so the outer span goes
 * when names lie inside it on both sides of its "and".
 */
export function dropCoordinations(forms: readonly string[], cands: readonly Span[]): Span[] {
  return cands.filter((c) => {
    for (let j = c.start + 1; j < c.end - 1; j++) {
      if (!COORD.has(forms[j].toLowerCase())) continue;
      const left = cands.some((o) => o !== c && o.start >= c.start && o.end <= j);
      const right = cands.some((o) => o !== c && o.start > j && o.end <= c.end);
      if (left && right) return false;
    }
    return true;
  });
}

/** Resolve overlaps (longest first), add demonyms, encode. */
function toSentence(forms: string[], cands: Span[], gaz?: Gazetteer, pos?: string[]): TrainSentence {
  cands.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const used = new Uint8Array(forms.length);
  const spans: Span[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (used[i]) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) used[i] = 1;
    spans.push(c);
  }
  const all = addDemonyms(forms, spans, gaz);
  return { forms, labels: encodeSpans(forms.length, all), pos };
}

/** GUM split names from splits.md. */
export function gumSplits(dir: string): Record<string, string[]> {
  const text = readFileSync(join(dir, 'splits.md'), 'utf8');
  const out: Record<string, string[]> = {};
  let cur = '';
  for (const line of text.split('\n')) {
    const h = /^##\s+(\S+)/.exec(line);
    if (h) { cur = h[1]; out[cur] = []; continue; }
    const d = /^\s*\*\s+(\S+)/.exec(line);
    if (d && cur) out[cur].push(d[1]);
  }
  return out;
}

export function readGum(dir: string, split: 'train' | 'dev', gaz?: Gazetteer): TrainDoc[] {
  const names = new Set(gumSplits(dir)[split] ?? []);
  const out: TrainDoc[] = [];
  for (const f of readdirSync(join(dir, 'dep')).sort()) {
    const id = f.replace(/\.conllu$/, '');
    if (!names.has(id)) continue;
    out.push(gumDocument(id, readFileSync(join(dir, 'dep', f), 'utf8'), gaz));
  }
  return out;
}

// ---------------------------------------------------------------- UNER (IOB2)

const UNER_TYPES: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE' };

/** Gold spans as UNER gives them (types PER/ORG/LOC kept verbatim), per sentence, grouped in docs. */
export interface IobDoc { id: string; sentences: { forms: string[]; spans: { start: number; end: number; type: string }[] }[] }

/**
 * Tab-separated token lines grouped into sentences (blank lines) and documents (`# newdoc id =`;
 * sentences before any such line form `doc0`, ...). Lines `keep` refuses and other comments are
 * skipped.
 */
function tokenRows(text: string, keep: (cols: string[]) => boolean): { id: string; sentences: string[][][] }[] {
  const docs: { id: string; sentences: string[][][] }[] = [];
  let doc: { id: string; sentences: string[][][] } | undefined;
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    if (!doc) { doc = { id: `doc${docs.length}`, sentences: [] }; docs.push(doc); }
    doc.sentences.push(rows);
    rows = [];
  };
  for (const line of text.split('\n')) {
    const nd = /^# newdoc id = (.*)$/.exec(line);
    if (nd) { flush(); doc = { id: nd[1].trim(), sentences: [] }; docs.push(doc); continue; }
    if (line.startsWith('#')) continue;
    if (!line.trim()) { flush(); continue; }
    const c = line.split('\t');
    if (keep(c)) rows.push(c);
  }
  flush();
  return docs;
}

/** IOB2 tags -> spans; an I- that continues nothing of its type opens a span. */
function iobSpans(tags: readonly string[]): { start: number; end: number; type: string }[] {
  const spans: { start: number; end: number; type: string }[] = [];
  let open = -1, type = '';
  const close = (i: number) => { if (open >= 0) spans.push({ start: open, end: i, type }); open = -1; };
  tags.forEach((t, i) => {
    if (t.startsWith('B-') || (t.startsWith('I-') && (open < 0 || t.slice(2) !== type))) { close(i); open = i; type = t.slice(2); }
    else if (!t.startsWith('I-')) close(i);
  });
  close(tags.length);
  return spans;
}

export function readIob2(text: string): IobDoc[] {
  return tokenRows(text, (c) => c.length >= 3).map((d) => ({
    id: d.id,
    sentences: d.sentences.map((rows) => ({ forms: rows.map((c) => c[1]), spans: iobSpans(rows.map((c) => c[2])) })),
  }));
}

export function unerToTrain(docs: readonly IobDoc[], gaz?: Gazetteer): TrainDoc[] {
  return docs.map((d) => ({
    id: d.id,
    sentences: d.sentences.map((s) => {
      const spans: Span[] = [];
      for (const sp of s.spans) {
        const t = UNER_TYPES[sp.type];
        if (!t) continue;
        spans.push({ start: sp.start, end: sp.end, type: t === 'GPE' ? placeType(s.forms.slice(sp.start, sp.end), gaz) : t });
      }
      return toSentence(s.forms.slice(), spans, gaz);
    }),
  }));
}

// ---------------------------------------------------------------- MEANTIME (CAT XML)

const MT_TYPES: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'GPE' };

export function meantimeDocument(id: string, xml: string, gaz?: Gazetteer): TrainDoc {
  const toks: { id: string; sent: number; form: string }[] = [];
  for (const m of xml.matchAll(/<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    toks.push({ sent: Number(m[1]), id: m[2], form: decodeXml(m[3]) });
  }
  const tokIndex = new Map(toks.map((t, i) => [t.id, i]));
  const mentions = new Map<string, { type: string; toks: number[] }>();
  for (const m of xml.matchAll(/<ENTITY_MENTION[^>]*m_id="(\d+)"[^>]*syntactic_type="([^"]*)"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const ids = [...m[3].matchAll(/t_id="(\d+)"/g)].map((x) => tokIndex.get(x[1])!).filter((x) => x !== undefined);
    mentions.set(m[1], { type: m[2], toks: ids.sort((a, b) => a - b) });
  }
  const entType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY [^>]*ent_type="([A-Z]+)"[^>]*m_id="(\d+)"/g)) entType.set(m[2], m[1]);
  const mentionType = new Map<string, string>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]);
    const t = target ? entType.get(target[1]) : undefined;
    if (!t) continue;
    for (const s of m[1].matchAll(/<source m_id="(\d+)"/g)) mentionType.set(s[1], t);
  }
  // Token spans of names by sentence.
  const bySent = new Map<number, { start: number; end: number; type: EntityType }[]>();
  for (const [mid, men] of mentions) {
    if (men.type !== 'NAM' || !men.toks.length) continue;
    const et = MT_TYPES[mentionType.get(mid) ?? ''];
    if (!et) continue;
    // The last run of capitalised words (connectors allowed inside) is the name itself.
    let b = men.toks[men.toks.length - 1];
    const first = men.toks[0];
    while (b >= first && !/^\p{Lu}/u.test(toks[b].form) && !/^\d/.test(toks[b].form)) b--;
    if (b < first) continue;
    let a = b;
    while (a - 1 >= first && (/^[\p{Lu}\d]/u.test(toks[a - 1].form) || (CONNECTORS.has(toks[a - 1].form) && a - 2 >= first && /^\p{Lu}/u.test(toks[a - 2].form)))) a--;
    let words = toks.slice(a, b + 1).map((t) => t.form);
    while (et === 'PERSON' && words.length > 1 && TITLES.has(words[0].toLowerCase())) { a++; words = words.slice(1); }
    const type = et === 'GPE' ? placeType(words, gaz) : et;
    const sent = toks[a].sent;
    if (!bySent.has(sent)) bySent.set(sent, []);
    bySent.get(sent)!.push({ start: a, end: b + 1, type });
  }
  const sentences: TrainSentence[] = [];
  let i = 0;
  while (i < toks.length) {
    const sent = toks[i].sent;
    let j = i;
    while (j < toks.length && toks[j].sent === sent) j++;
    const forms = toks.slice(i, j).map((t) => t.form);
    const spans = (bySent.get(sent) ?? []).filter((s) => s.start >= i && s.end <= j).map((s) => ({ ...s, start: s.start - i, end: s.end - i }));
    sentences.push(toSentence(forms, spans, gaz));
    i = j;
  }
  return { id, sentences };
}

function decodeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function readMeantime(dir: string, gaz?: Gazetteer): TrainDoc[] {
  const root = join(dir, 'intra-doc_annotation');
  if (!existsSync(root)) return [];
  const out: TrainDoc[] = [];
  for (const sub of readdirSync(root).sort()) {
    if (!statSync(join(root, sub)).isDirectory()) continue;
    for (const f of readdirSync(join(root, sub)).sort()) {
      if (!f.endsWith('.xml')) continue;
      out.push(meantimeDocument(f, readFileSync(join(root, sub, f), 'utf8'), gaz));
    }
  }
  return out;
}

// ---------------------------------------------------------------- silver labels on EWT train

export interface PosDoc { id: string; sentences: { forms: string[]; upos: string[] }[] }

/** CoNLL-U documents (by `# newdoc id`) with forms and UPOS only. */
export function readConlluDocs(text: string): PosDoc[] {
  return tokenRows(text, (c) => c.length >= 4 && /^\d+$/.test(c[0])).map((d) => ({
    id: d.id,
    sentences: d.sentences.map((rows) => ({ forms: rows.map((c) => c[1]), upos: rows.map((c) => c[3]) })),
  }));
}

const INSIDE_POS = new Set(['ADP', 'DET', 'CCONJ', 'PART', 'PUNCT']);

/**
 * Keep a predicted span as a silver label only when the gold part-of-speech tags agree that it is
 * a name: every token a proper noun (function words allowed inside), or an adjective/proper noun
 * for a demonym.
 */
export function silverSpan(upos: readonly string[], s: Span): boolean {
  if (s.type === 'NORP') return s.end - s.start === 1 && (upos[s.start] === 'ADJ' || upos[s.start] === 'PROPN');
  if (upos[s.start] !== 'PROPN' || upos[s.end - 1] !== 'PROPN') return false;
  for (let i = s.start + 1; i < s.end - 1; i++) if (upos[i] !== 'PROPN' && !INSIDE_POS.has(upos[i])) return false;
  return true;
}
