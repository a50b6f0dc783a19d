import { DossierError } from '../model/errors.js';
import type { Document } from '../model/types.js';
import type { Capability, Stage, StageContext } from './stage.js';

const FROM_READER: readonly Capability[] = ['text', 'meta', 'blocks'];

/** An ordered, checked, frozen list of stages. */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[], readonly ctx: StageContext) {
    const have = new Set<Capability>(FROM_READER);
    const names = new Set<string>();
    for (const s of stages) {
      if (names.has(s.name)) throw new DossierError('E201', `stage "${s.name}" appears twice in the pipeline`);
      names.add(s.name);
      const missing = s.requires.filter((r) => !have.has(r));
      if (missing.length) {
        throw new DossierError('E202', `stage "${s.name}" requires ${missing.join(', ')}, which no earlier stage provides`);
      }
      for (const p of s.provides) have.add(p);
    }
    this.stages = Object.freeze([...stages]);
    Object.freeze(this);
  }

  /** Run every stage on the document, in order; returns the same document. */
  run(doc: Document): Document {
    for (const s of this.stages) {
      s.run(doc, this.ctx);
      doc.stages.push(s.name);
    }
    return doc;
  }

  names(): string[] {
    return this.stages.map((s) => s.name);
  }
}
