/**
 * The time stage: recognise time expressions in the cleaned text and normalise them to TIMEX3
 * values against the publication date (`doc.meta.published`). Spans are mapped back to the
 * original text. Without a publication date, relative expressions keep TimeML's unresolved
 * markers (XXXX-08-24, XXXX-WXX).
 */
import { report } from '../../model/document.js';
import { toOriginal } from '../../model/offsets.js';
import type { Document, TimeExpr } from '../../model/types.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { parseRef } from './dates.js';
import { findTimexes } from './recognize.js';

export { findTimexes } from './recognize.js';
export type { FindOptions } from './recognize.js';

export function recogniseTimes(doc: Document): TimeExpr[] {
  const ref = parseRef(doc.meta.published);
  const cands = findTimexes(doc.clean.text, { ref, tokens: doc.tokens, sentences: doc.sentences });
  const out: TimeExpr[] = [];
  for (const c of cands) {
    const { start, end } = toOriginal(doc.clean, c.start, c.end);
    const t: TimeExpr = { start, end, text: doc.text.slice(start, end), value: c.value, type: c.type };
    if (c.relative) t.relative = true;
    out.push(t);
  }
  return out;
}

export const timeStage: Stage = {
  name: 'time',
  requires: ['tokens'],
  provides: ['timexes'],
  run(doc: Document, _ctx: StageContext): void {
    if (!parseRef(doc.meta.published)) {
      report(doc, 'time', 'T001', 'no publication date: relative time expressions are left unresolved (XXXX)');
    }
    doc.timexes = recogniseTimes(doc);
  },
};
