/**
 * Claims: statements attributed to a speaker (direct quotes, reported speech, "according to X",
 * and quoted paragraphs that continue the previous speaker).
 *
 * With a dependency parse (the normal case) a claim is a cue verb (cues.ts) with a content clause
 * (`ccomp`, or the quote it hangs from as `parataxis`) and a subject that names the speaker. The
 * speaker is resolved to an entity through the mentions the link stage resolved. Without a parse,
 * a surface fallback looks for "X said (that) ..." and '"...," X said'.
 *
 * Besides the speech verbs: attitude and stance cues with the complements cues.ts allows for each
 * ("hopes to", "cited the poll", "described X as Y"), verbs that report only beside a quotation
 * ('"...," she continued'), statement nouns with a possessor ("Russia's claim that ..."),
 * transcript turns ("PENCE: ...") and quotations signed with a dash and a name. An attitude cue
 * the events stage took as an event's trigger is recorded once, as the event.
 *
 * Precision rules: a claim needs a speaker that is a name, a resolved pronoun or a descriptive
 * noun phrase ("Canadian officials"); unresolved pronouns and first-person speakers are left
 * out; a claim inside another claim's content is not a second claim (PolNeAR's univocal rule).
 *
 * This file is the stage and the driver (extractClaims: candidates, the univocal rule, speakers,
 * records); the rules live beside it:
 *   candidates.ts  claims read off the parse: speech, attitude and naming cues, verbs beside a
 *                  quotation, statement nouns ("Russia's claim that ...")
 *   content.ts     what a cue says: its content clause, object, quotation or parenthetical
 *   speakers.ts    who speaks, as tokens: the cue's subject, a name beside the cue or the
 *                  quotation, the speaker's phrase; datelines, which never speak
 *   resolve.ts     whom the speaker's phrase names: entity, spokesman's body, group, title,
 *                  pronoun; the running speaker a reporting "he" or "she" continues
 *   surface.ts     claims read off the surface: "according to X", the no-parse fallback,
 *                  "NAME: ..." lines, surveys, signed and continued quotations
 *   quotes.ts      quotation marks: opening or closing, spans inside marks
 *   helpers.ts     the Candidate shape, shared word lists, small token helpers
 *   cues.ts        the cue lexicon; tree.ts, subtrees with cut points
 */
import type { Claim, Document } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildTree } from './tree.js';
import { spanOf, type Candidate } from './helpers.js';
import { relativeSubject } from './speakers.js';
import { colonLines, continuedQuotes, fromSurface, inSurvey, signedQuotes } from './surface.js';
import { fromParse } from './candidates.js';
import { currentSpeakers } from './resolve.js';

export const claimsStage: Stage = {
  name: 'claims',
  // The parse for reporting clauses, entities for speakers, events so a cue that is already an
  // event's trigger ("China criticized the embargo") gives no claim.
  requires: ['sentences', 'tokens', 'deps', 'entities', 'events'],
  provides: ['claims'],
  run(doc) {
    doc.claims = extractClaims(doc);
  },
};

export function extractClaims(doc: Document): Claim[] {
  const tree = buildTree(doc);
  const cands = tree.parsed ? fromParse(doc, tree) : fromSurface(doc);
  cands.push(...colonLines(doc));
  cands.push(...signedQuotes(doc));
  cands.push(...inSurvey(doc));
  cands.push(...continuedQuotes(doc, cands));
  // Univocal: drop a claim whose cue sits inside another claim's content. "X said ..., according
  // to Y" keeps X's claim: Y only relays what X said, and X is who an analyst records.
  const inside = (c: Candidate, o: Candidate) => o !== c && o.content[0] <= c.cue && c.cue <= o.content[1];
  const relays = new Set(cands.filter((o) => o.kind === 'according' && cands.some((c) => c.kind !== 'according' && inside(c, o))));
  const kept = cands.filter((c) => !relays.has(c) && !cands.some((o) => !relays.has(o) && inside(c, o)));
  const speakers = currentSpeakers(doc, kept);
  kept.sort((a, b) => a.content[0] - b.content[0]);
  const claims: Claim[] = [];
  for (const c of kept) {
    const speaker = speakers.get(c);
    if (!speaker) continue;
    // "Cruz, who said ...": the clause names its speaker by the relative pronoun; the speaker is
    // the antecedent, and the span is the pronoun, as for "he said"
    const rel = relativeSubject(doc, c.cue);
    if (rel !== undefined && !c.speakerTok.includes(rel)) {
      speaker.start = doc.tokens[rel].start;
      speaker.end = doc.tokens[rel].end;
    }
    const content = spanOf(doc, c.content[0], c.content[1]);
    if (!content || content.text.split(/\s+/).length < 2) continue;
    const cueTok = doc.tokens[c.cue];
    claims.push({
      id: `c${claims.length + 1}`,
      speaker,
      cue: c.cueText,
      cueSpan: { start: cueTok.start, end: cueTok.end, text: doc.text.slice(cueTok.start, cueTok.end) },
      content,
      kind: c.kind,
    });
  }
  return claims;
}
