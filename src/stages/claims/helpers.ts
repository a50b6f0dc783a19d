/**
 * The Candidate shape every finder returns to the driver (index.ts), the word lists several
 * finders share (pronouns, relative pronouns, negation, wh-words, honorifics), and small token
 * helpers: ranges, trimming trailing punctuation, the mention at a token, spans in the text.
 */
import type { Claim, Document, Entity, Mention } from '../../model/types.js';
import { QUOTES } from './quotes.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them']);
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'you']);
export const RELATIVE = new Set(['who', 'which', 'that']);

export interface Candidate {
  cue: number;
  cueText: string;
  speakerTok: number[];
  /** The token that heads the speaker's phrase (its entity is the speaker). */
  speakerHead: number;
  content: [number, number]; // token range [first, last]
  kind: Claim['kind'];
}

export const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
export const HONORIFIC = /^(Mr|Ms|Mrs|Miss|Dr|Sir|Lord|Lady|Rev|Prof|Gen|Sen|Rep|Gov)\.?$/;
export const NEGATION = new Set(['not', "n't", 'never', 'no']);
export const WH = new Set(['when', 'how', 'what', 'where', 'why', 'whether', 'if', 'who', 'which', 'while', 'as']);

// ---------------------------------------------------------------------------------------------
// Shared helpers

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

export function trimEnd(doc: Document, first: number, last: number): number {
  while (last > first && doc.tokens[last].upos === 'PUNCT' && !QUOTES.has(doc.tokens[last].form)) last--;
  return last;
}

export function mentionAt(doc: Document, tok: number) {
  return doc.mentions.find((m) => m.tokenStart <= tok && tok < m.tokenEnd);
}

export function entityById(doc: Document, id: string | undefined): Entity | undefined {
  return id ? doc.entities.find((e) => e.id === id) : undefined;
}

export function spanOf(doc: Document, first: number, last: number): Mention | undefined {
  if (last < first) return undefined;
  const start = doc.tokens[first].start;
  const end = doc.tokens[last].end;
  return { start, end, text: doc.text.slice(start, end) };
}
