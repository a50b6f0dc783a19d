/**
 * Hand-built documents for the events tests: tokens with a dependency parse, entity mentions,
 * time expressions and money, without any model. One sentence per call, tokens written as
 *
 *   form/UPOS[.XPOS]/head/deprel[/ENT]
 *
 * with head 1-based within the sentence (0 = root) and ENT one of `GPE`, `B-PERSON`, `I-PERSON`,
 * optionally `=Canonical Name`; `PRON-PERSON=Mark Carney` marks a resolved pronoun, `NOM-...` a
 * title, `NORP=Ukraine` a demonym. Leave head out (`form/UPOS`) to build an unparsed sentence.
 */
import { createDocument } from '../../model/document.js';
import type { BlockKind, Document, Entity, EntityMention, EntityType, Token } from '../../model/types.js';

const NO_SPACE_BEFORE = /^([.,;:!?%)]|'s|’s|n't)$/;

interface PendingMention {
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  kind: EntityMention['kind'];
  name?: string;
}

export class DocBuilder {
  private text = '';
  private tokens: Token[] = [];
  private sentences: Document['sentences'] = [];
  private mentions: PendingMention[] = [];
  private timexes: Document['timexes'] = [];
  private money: Document['money'] = [];
  private sentStart = 0;

  constructor(private readonly published = '2025-08-24') {}

  /** Add a sentence; returns this for chaining. */
  sent(spec: string, kind: BlockKind = 'paragraph'): this {
    if (this.text) this.text += kind === 'headline' || this.sentences.at(-1)?.kind === 'headline' ? '\n' : ' ';
    const base = this.tokens.length;
    this.sentStart = base;
    const sIdx = this.sentences.length;
    const start = this.text.length;
    const parts = spec.trim().split(/\s+/);
    let open: PendingMention | undefined;
    parts.forEach((p, j) => {
      const f = p.split('/');
      // a form may itself be "/" -free; UPOS[.XPOS]
      const [form, tag] = f;
      // unparsed tokens: form/UPOS[/ENT] or form/UPOS//ENT
      let [, , head, deprel, ent] = f;
      if (f.length === 3) { ent = head; head = ''; deprel = ''; }
      if (f.length === 4 && head === '') { ent = deprel; deprel = ''; }
      if (j > 0 && !NO_SPACE_BEFORE.test(form)) this.text += ' ';
      const s = this.text.length;
      this.text += form;
      const [upos, xpos] = (tag ?? '').split('.');
      const tok: Token = { start: s, end: this.text.length, cstart: s, cend: this.text.length, form, sent: sIdx };
      if (upos) tok.upos = upos;
      if (xpos) tok.xpos = xpos;
      if (head !== undefined && head !== '' && deprel) {
        const h = Number(head);
        tok.head = h === 0 ? -1 : base + h - 1;
        tok.deprel = deprel;
      }
      this.tokens.push(tok);
      const i = base + j;
      if (ent) {
        const [tagPart, name] = ent.split('=');
        let kind: EntityMention['kind'] = 'name';
        let t = tagPart;
        if (t.startsWith('PRON-')) { kind = 'pronoun'; t = t.slice(5); }
        if (t.startsWith('NOM-')) { kind = 'nominal'; t = t.slice(4); }
        if (t === 'NORP') kind = 'demonym';
        if (t.startsWith('I-') && open) { open.tokenEnd = i + 1; return; }
        const type = t.replace(/^[BU]-/, '') as EntityType;
        open = { tokenStart: i, tokenEnd: i + 1, type, kind, name: name?.replace(/_/g, ' ') };
        this.mentions.push(open);
        if (!t.startsWith('B-')) open = undefined;
      } else open = undefined;
    });
    this.sentences.push({ start, end: this.text.length, cstart: start, cend: this.text.length, tokenStart: base, tokenEnd: this.tokens.length, kind, block: sIdx });
    return this;
  }

  /** A time expression over tokens [from, to] (1-based, inclusive) of the last sentence. */
  timex(from: number, to: number, value: string): this {
    const a = this.tokens[this.sentStart + from - 1];
    const b = this.tokens[this.sentStart + to - 1];
    this.timexes.push({ start: a.start, end: b.end, text: this.text.slice(a.start, b.end), value, type: 'DATE' });
    return this;
  }

  /** Money over tokens [from, to] (1-based, inclusive) of the last sentence. */
  amount(from: number, to: number, value: number, currency: string, inferred = false): this {
    const a = this.tokens[this.sentStart + from - 1];
    const b = this.tokens[this.sentStart + to - 1];
    const m: Document['money'][number] = { start: a.start, end: b.end, text: this.text.slice(a.start, b.end), value, currency };
    if (inferred) m.currencyInferred = true;
    this.money.push(m);
    return this;
  }

  build(): Document {
    const doc = createDocument(this.text, { published: this.published });
    doc.tokens = this.tokens;
    doc.sentences = this.sentences;
    const byName = new Map<string, Entity>();
    for (const p of this.mentions) {
      const first = this.tokens[p.tokenStart];
      const last = this.tokens[p.tokenEnd - 1];
      const text = this.text.slice(first.start, last.end);
      const name = p.name ?? text;
      const type: EntityType = p.type;
      let e = byName.get(name);
      const men: EntityMention = { start: first.start, end: last.end, text, type, tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, kind: p.kind };
      if (!e) {
        e = { id: `e${byName.size + 1}`, name, type: type === 'NORP' ? 'GPE' : type, mentions: [] };
        byName.set(name, e);
      }
      e.mentions.push({ start: men.start, end: men.end, text });
      men.entity = e.id;
      doc.mentions.push(men);
    }
    doc.entities = [...byName.values()];
    doc.timexes = this.timexes;
    doc.money = this.money;
    doc.stages.push('test');
    return doc;
  }

  /** Set an entity's affiliation (the country or organisation a person acts for). */
  static affiliate(doc: Document, name: string, affiliation: string): Document {
    for (const e of doc.entities) if (e.name === name) e.affiliation = affiliation;
    return doc;
  }
}
