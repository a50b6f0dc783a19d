/**
 * normalize: builds `doc.clean`, the copy later stages read, and records every repair as an info
 * diagnostic with original offsets. The original text is never changed and no offset moves.
 */
import { report } from '../../model/document.js';
import type { Document } from '../../model/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { normalizeText } from './normalize.js';

export { normalizeText, compose, CODES } from './normalize.js';
export type { Repair, NormalizeResult } from './normalize.js';

/** At most this many diagnostics per code; the rest are counted in one summary (a book of curly quotes would drown the rest). */
export const MAX_PER_CODE = 200;

export const normalizeStage: Stage = {
  name: 'normalize',
  requires: ['text'],
  provides: ['clean'],
  run(doc: Document): void {
    const { clean, repairs } = normalizeText(doc.text);
    doc.clean = clean;
    const seen = new Map<string, number>();
    for (const r of repairs) {
      const n = (seen.get(r.code) ?? 0) + 1;
      seen.set(r.code, n);
      if (n <= MAX_PER_CODE) report(doc, 'normalize', r.code, r.message, { start: r.start, end: r.end });
    }
    for (const [code, n] of seen) {
      if (n > MAX_PER_CODE) report(doc, 'normalize', code, `${n - MAX_PER_CODE} more repairs of this kind not listed`);
    }
  },
};
