/**
 * Run whatever analysis stages are installed, then the events stage, on a text: what the
 * evaluation (and a developer) needs while sibling stages are still being written. Stages are
 * imported by name; a missing one is skipped (the events stage then falls back as it must).
 */
import { createDocument, report } from '../../model/document.js';
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
  const broken = new Set<string>();
  return {
    get stages() { return stages.filter((s) => !broken.has(s.name)).map((s) => s.name); },
    run(text: string, meta: ArticleMeta = {}): Document {
      const doc = createDocument(text, meta);
      for (const s of stages) {
        if (broken.has(s.name)) continue;
        try {
          s.run(doc, ctx);
          doc.stages.push(s.name);
        } catch (e) {
          // a stage without its model: skip it from now on, the rest still runs
          if (s.name === 'events') throw e;
          broken.add(s.name);
          report(doc, 'events', 'D702', `stage ${s.name} failed and is skipped: ${(e as Error).message}`, { severity: 'warning' });
        }
      }
      return doc;
    },
  };
}
