/**
 * The document model. Everything here survives JSON.parse(JSON.stringify(x)).
 *
 * Position spec (one for the whole project): every `start`/`end` named so is an offset into the
 * ORIGINAL text exactly as read (JavaScript string indices, UTF-16, end exclusive). Stages that
 * work on the cleaned copy (`doc.clean.text`) convert with `toOriginal` from ./offsets.ts.
 * Fields prefixed `c` (`cstart`, `cend`) are offsets into the cleaned copy.
 */

export type Severity = 'info' | 'warning' | 'error';

/** A message attached to the document instead of being printed or thrown. */
export interface Diagnostic {
  /** Stable, searchable code such as `D101` (see docs in src/model/diagnostics.ts). */
  code: string;
  stage: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

export interface ArticleMeta {
  title?: string;
  /** ISO date (YYYY-MM-DD) or date-time. */
  published?: string;
  /** True when `published` was guessed from the text or an address, not given. */
  publishedInferred?: boolean;
  url?: string;
  outlet?: string;
  author?: string;
  language?: string;
}

/** What a reader yields: one article, before any analysis. */
export interface RawArticle {
  /** Where it came from: a path, `path#3` for the 3rd item of a feed, JSONL line or WARC record (counted from 1), or `-` for stdin. */
  origin: string;
  /** The reader that produced it: text, html, rss, atom, jsonl, warc. */
  format: string;
  /** The article's text as the analysis will see it; offsets point into this string. */
  text: string;
  meta: ArticleMeta;
  /** Layout facts the reader knows (headline, headings, media lines), original offsets. */
  blocks?: Block[];
  /** Things the reader repaired or skipped. */
  diagnostics?: Diagnostic[];
}

export type BlockKind = 'headline' | 'heading' | 'paragraph' | 'media';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/** The cleaned copy of the text and the map from each of its positions back to the original. */
export interface CleanText {
  text: string;
  /**
   * toOrig[i] is the original offset where cleaned character i starts; toOrig[text.length] is the
   * original length. Inserted characters map to the original position they were inserted before.
   */
  toOrig: number[];
  /**
   * toOrigEnd[i] is the original offset where cleaned character i ends (exclusive). A character
   * that replaced a run (`&amp;` -> `&`) covers the whole run; an inserted one covers nothing.
   */
  toOrigEnd: number[];
}

export interface Token {
  /** Original offsets. */
  start: number;
  end: number;
  /** Cleaned offsets. */
  cstart: number;
  cend: number;
  /** The token as the cleaned copy spells it (what taggers and lexicons see). */
  form: string;
  /** Index of the sentence that holds it. */
  sent: number;
  upos?: string;
  xpos?: string;
  lemma?: string;
  /** Index (document-wide) of the syntactic head, -1 for the root. */
  head?: number;
  deprel?: string;
  /** BILOU entity tag such as `B-PERSON`, `O`. */
  ner?: string;
}

export interface Sentence {
  start: number;
  end: number;
  cstart: number;
  cend: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  kind: BlockKind;
  /** Index of the paragraph (block) that holds it. */
  block: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP';

export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** One occurrence of a named (or nominal / pronominal) reference to an entity. */
export interface EntityMention extends Mention {
  type: EntityType;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** How it refers: a name, a title/description ("the Prime Minister"), a pronoun, a demonym. */
  kind: 'name' | 'nominal' | 'pronoun' | 'demonym';
  /** Id of the entity it was resolved to (set by the linking stage). */
  entity?: string;
  /** Recogniser confidence 0..1 where known. */
  score?: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Knowledge-base id when linked (e.g. `country:UKR`, `actor:MARK_CARNEY`). */
  kb?: string;
  /** For persons and organisations acting for a state: the country (canonical name) they act for. */
  affiliation?: string;
  /** Role or title as the text or KB gives it (`Prime Minister`). */
  role?: string;
  aliases?: string[];
  mentions: Mention[];
}

/**
 * A group named by a demonym or country and a common noun ("Russian legislators", "Canadian
 * officials"): an actor for events and claims, never a scored entity. Added by the link stage.
 */
export interface EntityGroup {
  id: string;
  /** The phrase as written, without a leading article (`Russian legislators`). */
  name: string;
  /** The country (canonical name) the group belongs to. */
  affiliation?: string;
  /** Entity id of that country, when it is in `doc.entities`. */
  entity?: string;
  /** PETRARCH agent code of the noun (`LEG`, `GOV`, `MIL`), when known. */
  sector?: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

/** A normalised time expression. */
export interface TimeExpr extends Mention {
  /** TIMEX3-style value: 2025-08-24, 2025-08, 2025-W33, 1991, PRESENT_REF, P3D, ... */
  value: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** True when the value depends on the publication date (relative expressions). */
  relative?: boolean;
}

export interface MoneyExpr extends Mention {
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** True when the currency was resolved from a bare `$` by context. */
  currencyInferred?: boolean;
}

export interface ArgRef {
  name: string;
  /** Entity id in this document, when resolved. */
  entity?: string;
  type?: EntityType;
  /** Offsets of the words that named this participant in the event's sentence. */
  start?: number;
  end?: number;
}

export type Modality = 'asserted' | 'future' | 'hypothetical' | 'negated' | 'historical';

/** The 16 PLOVER event types (../shared/docs/EVENTS.md). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

export interface EventRecord {
  id: string;
  type: PloverType;
  mode?: string;
  actor?: ArgRef;
  target?: ArgRef;
  /** Every actor when the text coordinates several ("the US and the EU imposed ..."); `actor` is the first. */
  actors?: ArgRef[];
  /** Every recipient when the text coordinates several ("appealed to the UN and the Red Cross"); `target` is the first. */
  targets?: ArgRef[];
  location?: ArgRef;
  date?: { value: string; text?: string; start?: number; end?: number };
  amount?: { value: number; currency: string; text: string; start: number; end: number };
  /** For pledges: announced, committed, allocated, delivered. */
  status?: 'announced' | 'committed' | 'allocated' | 'delivered';
  /** For AID: military, financial, humanitarian. */
  category?: 'military' | 'financial' | 'humanitarian';
  modality: Modality;
  /** The trigger word(s) of the first mention. */
  trigger?: Mention;
  /** Every span that tells of it (usually the clause or sentence), original offsets. */
  mentions: Mention[];
  confidence?: number;
}

export interface Claim {
  id: string;
  speaker: ArgRef;
  cue: string;
  cueSpan?: Mention;
  content: Mention;
  kind: 'direct' | 'reported' | 'according' | 'mixed';
}

export interface Document {
  id: string;
  /** The original text exactly as read. Never modified. */
  text: string;
  meta: ArticleMeta;
  origin?: string;
  format?: string;
  blocks: Block[];
  clean: CleanText;
  sentences: Sentence[];
  tokens: Token[];
  mentions: EntityMention[];
  entities: Entity[];
  /** Groups such as "Russian legislators" (link stage); optional, not part of the record's entities. */
  groups?: EntityGroup[];
  timexes: TimeExpr[];
  money: MoneyExpr[];
  events: EventRecord[];
  claims: Claim[];
  diagnostics: Diagnostic[];
  /** Names of the stages that have run, in order. */
  stages: string[];
}
