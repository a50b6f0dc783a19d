/**
 * Shared shapes of the events stage's extraction: the Draft an event starts as, the
 * per-document context the rules read, and the word lists several of them use.
 */
import type { Document, Entity, EntityType, MoneyExpr, Modality, PloverType, TimeExpr } from '../../model/types.js';
import { type AidCategory, type Lexicon, type LightVerb, type PledgeStatus, type Trigger } from './lexicon.js';
import { lemmaOf, type Tree } from './tree.js';

export interface Draft {
  type: PloverType;
  mode?: string;
  trig: Trigger;
  /** The word naming the event. */
  tok: number;
  /** The predicate whose clause tells it (the verb, the support verb, or the noun itself). */
  pred: number;
  actor?: Entity;
  actorTok?: number;
  target?: Entity;
  targetTok?: number;
  /** Further coordinated recipients ("appealed to the UN and the Red Cross"), after `target`. */
  moreTargets?: { e: Entity; tok: number }[];
  /** Further coordinated actors ("the US and the EU imposed ..."), after `actor`. */
  moreActors?: { e: Entity; tok: number }[];
  /** The other of a pair the actor phrase names ("both sides", "the two countries"). */
  actorPartner?: Entity;
  location?: Entity;
  locationTok?: number;
  money?: MoneyExpr;
  date?: TimeExpr;
  status?: PledgeStatus;
  category?: AidCategory;
  modality: Modality;
  /** [start, end) original offsets of the clause that tells it. */
  span: [number, number];
  sent: number;
  headline: boolean;
  tense: 'past' | 'present' | 'other';
  /** Present perfect ("has called"): news of the day, though past-like for merging. */
  perfect?: boolean;
  /** Noun mention with money but no actor: only kept when it repeats a resolved event. */
  orphan: boolean;
  /** Violence told in the passive with its victim but no doer ("nine soldiers were killed"). */
  unattributed?: boolean;
  confidence: number;
}

export interface Ctx {
  doc: Document;
  tree: Tree;
  lex: Lexicon;
  absorbed: Uint8Array;
  consumed: Uint8Array;
  /** token -> index into doc.money / doc.timexes, -1 for none */
  moneyAt: Int32Array;
  timexAt: Int32Array;
  /** token -> candidate triggers */
  verbTrig: (Trigger[] | undefined)[];
  nounTrig: (Trigger[] | undefined)[];
  light: (LightVerb | undefined)[];
}

/** Nouns whose "of X" / demonym names who acts (the government of X, Russian troops). */
export const AGENT_NOUNS = new Set([
  'government', 'leader', 'leadership', 'president', 'minister', 'ministry', 'army', 'force', 'troop', 'military',
  'official', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'head', 'chief', 'parliament', 'delegation',
  'embassy', 'authority', 'representative', 'envoy', 'ambassador', 'diplomat', 'administration', 'cabinet',
  'legislator', 'lawmaker', 'soldier', 'navy', 'police', 'premier', 'chancellor', 'foreign', 'side', 'negotiator',
  'missile', 'drone', 'jet', 'warplane', 'artillery', 'unit', 'regime', 'state', 'court', 'prosecutor', 'agency',
  'council', 'commission', 'general', 'commander', 'counterpart', 'team', 'mission', 'office', 'service',
  'helicopter', 'tank', 'aircraft', 'plane', 'bomber', 'warplane', 'gunboat', 'ship', 'vessel', 'militant',
  'rebel', 'insurgent', 'fighter', 'guerrilla', 'separatist', 'settler', 'activist', 'protester',
  'demonstrator', 'student', 'worker', 'farmer', 'union', 'party', 'group', 'movement', 'newspaper',
  'ministry', 'parliament', 'congress', 'senate', 'assembly', 'court', 'judge', 'prosecutor', 'security',
  'intelligence', 'guard', 'border', 'coast', 'opposition', 'minister', 'prime', 'king', 'leader', 'elder',
  // what was fired names who fired it ("killed by a Russian projectile")
  'projectile', 'shell', 'bomb', 'rocket', 'bullet', 'grenade', 'mortar', 'occupier', 'invader', 'peacekeeper', 'sniper',
]);

/** A noun for a body of people or a weapon that acts for someone ("troops", "the ministry"). */
export function isAgentNoun(tree: Tree, i: number): boolean {
  const low = tree.low[i];
  return AGENT_NOUNS.has(lemmaOf(tree, i)) || AGENT_NOUNS.has(low) || (/s$/.test(low) && AGENT_NOUNS.has(low.slice(0, -1)));
}

/** Verbs through which a noun event's actor is their subject (he spoke at a conference with X). */
export const MEETING = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

/** Is token i inside a quotation (an odd number of quote marks before it in its sentence)? */
export function quotedTok(ctx: Ctx, i: number): boolean {
  const s = ctx.doc.sentences[ctx.doc.tokens[i].sent];
  let q = 0;
  for (let k = s.tokenStart; k < i; k++) if (/^["“”«»]$/.test(ctx.doc.tokens[k].form)) q++;
  return q % 2 === 1;
}

export const PARTICIPATE = new Set(['attend', 'join', 'participate', 'take', 'speak', 'address', 'chair', 'lead', 'have', 'hold', 'co-host', 'put', 'place', 'keep']);

export const ENTITY_KINDS = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC']);
export const PLACE = new Set<EntityType>(['GPE', 'LOC']);
