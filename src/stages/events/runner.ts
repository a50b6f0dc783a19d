/**
 * Run whatever analysis stages are installed, then the events stage, on a text: what the
 * evaluation (and a developer) needs while sibling stages are still being written. Stages are
 * imported by name; a missing one is skipped (the events stage then falls back as it must).
 */
import { createDocument } from '../../model/document.js';
import type { ArticleMeta, Document } from '../../model/types.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';

const ORDER = ['normalize', 'segment', 'tag', 'parse', 'recognize', 'link', 'time', 'money', 'events'];

export interface Runner {
  stages: string[];
  run(text: string, meta?: ArticleMeta): Document;
}

export async function makeRunner(ctx: StageContext): Promise<Runner> {
  const stages: Stage[] = [];
  for (const name of ORDER) {
    try {
      const mod = (await import(`../${name}/index.js`)) as Record<string, unknown>;
      const st = mod[`${name}Stage`] as Stage | undefined;
      if (st && typeof st.run === 'function') stages.push(st);
    } catch {
      // not written yet
    }
  }
  return {
    stages: stages.map((s) => s.name),
    run(text: string, meta: ArticleMeta = {}): Document {
      const doc = createDocument(text, meta);
      for (const s of stages) {
        s.run(doc, ctx);
        doc.stages.push(s.name);
      }
      return doc;
    },
  };
}
