/**
 * link: canonical entities, within-document coreference and the actor knowledge base.
 *
 * Reads `doc.mentions` (names and demonyms from the recogniser), tokens (dependency relations
 * are used when present, never required), sentences and `doc.meta.published`. Before linking it
 * repairs name mentions (./spans.ts): cut names completed from the KB ("Kingdom" -> "United
 * Kingdom"), names the KB or the document knows added (headline "Carney"), glued persons split,
 * generic words ("Government", "President") and non-names dropped, obvious type errors fixed.
 * Writes:
 *   - `doc.entities`: one per real-world entity, canonical `name` (a person's longest form in the
 *     text, else the KB's; a country's table name: United States, United Kingdom), `type`
 *     (demonyms never make NORP entities: they link to the country, GPE), `kb`, `affiliation`
 *     (the country or organisation a person or organisation acts for, from the text or from the KB
 *     role valid at the publication date), `role`, `aliases`; `mentions` holds NAME mentions only.
 *   - `mention.entity` on every linked mention; nominal ("the Prime Minister", "the country") and
 *     pronoun ("he", "its") mentions are added to `doc.mentions` with `kind` 'nominal'/'pronoun'
 *     and `entity` set. An entity reached only through them has `mentions: []` (not recorded).
 *   - `doc.groups`: "Russian legislators", "Canadian officials" (country + PETRARCH agent code).
 *
 * Helpers for the events and claims stages (from ./resolve.ts):
 *   entityAt(doc, tokenIndex)   the entity a token's mention resolves to (names, demonyms,
 *                               nominals and pronouns; longest mention wins)
 *   mentionAt(doc, tokenIndex)  that mention
 *   entityById(doc, id)
 *   countryOf(doc, entity)      the country an entity is or acts for (Carney -> Canada,
 *                               Kremlin -> Russia, Kyiv -> Ukraine; undefined for NATO)
 *   actorFor(doc, entity)       { name, entity, country? }
 *   groupAt(doc, tokenIndex)    the demonym group covering a token
 */
import type { Stage, StageContext } from '../../pipeline/stage.js';
import type { Document } from '../../model/types.js';
import { report } from '../../model/document.js';
import { loadKb, type ActorKb } from '../../kb/actors.js';
import { Linker } from './link.js';

export { entityAt, mentionAt, entityById, countryOf, actorFor, groupAt, type Actor } from './resolve.js';
export { Linker, countryOfModifier } from './link.js';

const KEY = 'kb:actors';

/** The KB of this context, loaded once (the compiled dictionaries are optional). */
export function getKb(ctx?: StageContext): ActorKb {
  if (!ctx) return loadKb();
  let kb = ctx.resources.get(KEY) as ActorKb | undefined;
  if (!kb) {
    kb = loadKb(ctx.modelsDir);
    ctx.resources.set(KEY, kb);
  }
  return kb;
}

export function linkDocument(doc: Document, kb: ActorKb = loadKb()): void {
  new Linker(doc, kb).run();
}

export const linkStage: Stage = {
  name: 'link',
  requires: ['mentions'],
  provides: ['entities', 'coref'],
  run(doc: Document, ctx: StageContext) {
    const kb = getKb(ctx);
    if (!kb.hasCompiled()) report(doc, 'link', 'L201', 'actor dictionaries (models/kb-actors.json.gz) missing: linking with project facts and countries only', { severity: 'warning' });
    linkDocument(doc, kb);
  },
};
