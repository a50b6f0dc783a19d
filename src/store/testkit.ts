/**
 * A toy pipeline for the store, engine and CLI tests: small, deterministic, independent of the
 * real stages (which other tests cover). Not part of the public API.
 */
import { DossierError } from '../model/errors.js';
import type { Document, Entity, EntityType, EventRecord, Stage } from '../index.js';

const GAZETTEER: Record<string, EntityType> = {
  Canada: 'GPE', Ukraine: 'GPE', Kyiv: 'GPE', Russia: 'GPE', Ottawa: 'GPE',
  'Mark Carney': 'PERSON', 'Anna Novak': 'PERSON', NATO: 'ORG',
};
const NAMES = Object.keys(GAZETTEER).sort((a, b) => b.length - a.length);
const NAME_RE = new RegExp(`\\b(?:${NAMES.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');

/** Sentences on . ! ? followed by space or line end; entities from a gazetteer; "pledged" events; quoted claims. */
export const toyStage: Stage = {
  name: 'toy',
  requires: ['text'],
  provides: ['sentences', 'mentions', 'entities', 'events', 'claims'],
  run(doc: Document) {
    const text = doc.text;
    const sentRe = /[^.!?\n]+(?:[.!?]+|$)/gm;
    for (let m = sentRe.exec(text); m; m = sentRe.exec(text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (end > start) doc.sentences.push({ start, end, cstart: start, cend: end, tokenStart: 0, tokenEnd: 0, kind: 'paragraph', block: 0 });
    }
    const byName = new Map<string, Entity>();
    for (let m = NAME_RE.exec(text); m; m = NAME_RE.exec(text)) {
      const name = m[0].replace(/\s+/g, ' ');
      const type = GAZETTEER[name];
      let e = byName.get(name);
      if (!e) { e = { id: `e${byName.size + 1}`, name, type, mentions: [] }; byName.set(name, e); doc.entities.push(e); }
      e.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      doc.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], type, tokenStart: 0, tokenEnd: 0, kind: 'name', entity: e.id });
    }
    for (const s of doc.sentences) {
      const sent = text.slice(s.start, s.end);
      const k = sent.indexOf('pledged');
      if (k < 0) continue;
      const inside = doc.entities.filter((e) => e.mentions.some((mm) => mm.start >= s.start && mm.end <= s.end));
      const ev: EventRecord = {
        id: `v${doc.events.length + 1}`, type: 'AID', modality: 'asserted',
        trigger: { start: s.start + k, end: s.start + k + 7, text: 'pledged' },
        mentions: [{ start: s.start, end: s.end, text: sent }],
      };
      if (inside[0]) ev.actor = { name: inside[0].name, entity: inside[0].id, type: inside[0].type };
      if (inside[1]) ev.target = { name: inside[1].name, entity: inside[1].id, type: inside[1].type };
      const money = /\$(\d+) (million|billion)/.exec(sent);
      if (money) {
        ev.amount = { value: Number(money[1]) * (money[2] === 'billion' ? 1e9 : 1e6), currency: 'CAD', text: money[0], start: s.start + money.index, end: s.start + money.index + money[0].length };
      }
      if (doc.meta.published) ev.date = { value: doc.meta.published };
      doc.events.push(ev);
    }
    const quoteRe = /"([^"]+)," said ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/g;
    for (let m = quoteRe.exec(text); m; m = quoteRe.exec(text)) {
      doc.claims.push({
        id: `c${doc.claims.length + 1}`, speaker: { name: m[2] }, cue: 'said', kind: 'direct',
        content: { start: m.index + 1, end: m.index + 1 + m[1].length, text: m[1] },
      });
    }
  },
};

/** A stage that throws on documents whose text contains `marker` (extraction failure tests). */
export function failOn(marker: string): Stage {
  return {
    name: 'fail-on',
    requires: ['text'],
    provides: [],
    run(doc: Document) {
      if (doc.text.includes(marker)) throw new DossierError('E299', `toy failure on "${marker}"`);
    },
  };
}

export function toyStages(): Stage[] {
  return [toyStage];
}
