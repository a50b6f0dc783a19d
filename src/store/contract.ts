/**
 * The store contract: every adapter (SQLite now, PostgreSQL later) must pass these tests.
 * An adapter's test file calls `storeContract(name, open)` with a factory for an empty store.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createDocument } from '../model/document.js';
import { toRecord } from '../model/record.js';
import { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from './store.js';
import { toyStages } from './testkit.js';

const pipeline = new Pipeline(toyStages(), { modelsDir: '.', resources: new Map() });
export function analyse(text: string, meta: Record<string, string> = {}) {
  return pipeline.run(createDocument(text, meta, { origin: 'test.txt', format: 'text' }));
}

export const A = 'Canada pledged $2 billion to Ukraine. Mark Carney visited Kyiv.\n"We stand with Ukraine," said Mark Carney.';
export const B = 'Russia struck Kyiv overnight. NATO met in Ottawa. Canada pledged $5 million to Ukraine.';

export function storeContract(name: string, open: () => Store): void {
  describe(`${name} (store contract)`, () => {
    test('stores a document with its record, entities, events and claims', () => {
      const s = open();
      const doc = analyse(A, { title: 'Canada pledges', published: '2025-08-24', url: 'https://example.org/a' });
      assert.deepEqual(s.put(doc), { status: 'stored', id: doc.id });
      const got = s.getDocument(doc.id);
      assert.ok(got);
      assert.equal(got.text, A);
      assert.deepEqual(got.record, JSON.parse(JSON.stringify(toRecord(doc))));
      assert.equal(got.title, 'Canada pledges');
      assert.equal(got.entities, 4);
      assert.equal(got.events, 1);
      assert.equal(got.claims, 1);
      assert.deepEqual(got.sources.map((x) => x.origin), ['test.txt']);
      assert.equal(s.getDocument(doc.id.slice(0, 6))?.id, doc.id, 'a unique prefix finds it');
      assert.equal(s.getDocument('ffffffffffffffff'), undefined);
      const [ev] = s.events();
      assert.equal(ev.type, 'AID');
      assert.equal(ev.actor, 'Canada');
      assert.equal(ev.target, 'Ukraine');
      assert.equal(ev.amount, 2e9);
      assert.equal(A.slice(ev.start, ev.end), ev.text);
      s.close();
    });

    test('re-ingesting the same text or the same URL changes nothing', () => {
      const s = open();
      const first = analyse(A, { url: 'https://example.org/a' });
      s.put(first);
      const before = s.stats();
      assert.deepEqual(s.put(analyse(A)), { status: 'duplicate', id: first.id }, 'same content hash');
      assert.deepEqual(s.put(analyse(`${A} Updated.`, { url: 'https://example.org/a' })), { status: 'duplicate', id: first.id }, 'same URL');
      assert.deepEqual(s.put(analyse(`${A} Tracked.`, { url: 'http://www.example.org/a/?utm_source=feed#x' })), { status: 'duplicate', id: first.id }, 'same URL with tracking');
      assert.deepEqual(s.stats(), before);
      assert.equal(s.search('Updated').length, 0, 'the full-text index did not change');
      assert.equal(s.put(analyse(B)).status, 'stored', 'a different text without URL is new');
      s.close();
    });

    test('a failing write rolls back that document only', () => {
      const s = open();
      const good = analyse(A);
      s.put(good);
      const before = s.stats();
      const bad = analyse(B);
      // A claim whose content has no offsets violates NOT NULL after the document row is written.
      bad.claims.push({ id: 'cX', speaker: { name: 'X' }, cue: 'said', kind: 'direct', content: { start: null as unknown as number, end: 1, text: 'x' } });
      assert.throws(() => s.put(bad), (e: Error & { code?: string }) => e.name === 'DossierError' && e.code === 'E302');
      assert.deepEqual(s.stats(), before);
      assert.equal(s.getDocument(bad.id), undefined);
      assert.equal(s.search('Russia').length, 0, 'nothing of it reached the full-text index');
      assert.equal(s.getDocument(good.id)?.id, good.id);
      // The store is still usable and the same document can be stored once fixed.
      bad.claims.pop();
      assert.equal(s.put(bad).status, 'stored');
      s.close();
    });

    test('entities are merged across documents with mention counts', () => {
      const s = open();
      s.put(analyse(A));
      s.put(analyse(B));
      const rows = s.entities();
      const ukraine = rows.find((r) => r.name === 'Ukraine');
      assert.deepEqual(ukraine && { d: ukraine.documents, m: ukraine.mentions }, { d: 2, m: 3 });
      assert.equal(rows[0].documents, 2);
      assert.ok(s.entities({ type: 'person' }).every((r) => r.type === 'PERSON'));
      assert.deepEqual(s.entities({ type: 'LOC' }).map((r) => r.type).filter((t) => t !== 'GPE'), []);
      assert.deepEqual(s.entities({ name: 'carn' }).map((r) => r.name), ['Mark Carney']);
      s.close();
    });

    test('event filters: type, actor, target, dates, document', () => {
      const s = open();
      const a = analyse(A, { published: '2025-08-24' });
      s.put(a);
      s.put(analyse(B, { published: '2024-01-10' }));
      assert.equal(s.events().length, 2);
      assert.equal(s.events({ type: 'aid' }).length, 2);
      assert.equal(s.events({ type: 'ASSAULT' }).length, 0);
      assert.equal(s.events({ actor: 'canada' }).length, 2);
      assert.equal(s.events({ target: 'russia' }).length, 0);
      assert.equal(s.events({ since: '2025-01-01' }).length, 1);
      assert.equal(s.events({ until: '2024-12-31' }).length, 1);
      assert.equal(s.events({ since: '2025-08-24', until: '2025-08-24' }).length, 1);
      assert.equal(s.events({ document: a.id.slice(0, 8) }).length, 1);
      assert.equal(s.events({ actor: '%' }).length, 0, 'LIKE wildcards are literal');
      s.close();
    });

    test('full-text search ranks and snippets, and hostile queries are not errors', () => {
      const s = open();
      const a = analyse(A, { title: 'Carney in Kyiv' });
      s.put(a);
      s.put(analyse(B, { title: 'Strikes overnight' }));
      const hits = s.search('kyiv');
      assert.equal(hits.length, 2);
      assert.equal(hits[0].id, a.id, 'a title match ranks first');
      assert.match(hits[0].snippet, /\[Kyiv\]/);
      assert.equal(s.search('"stand with Ukraine"').length, 1);
      assert.equal(s.search('pledg*').length, 2);
      assert.equal(s.search('Russia OR Carney').length, 2);
      assert.equal(s.search('Kyiv -Russia').length, 1);
      const hostile = ['"', '"unclosed phrase', 'a"b', "'", "'; DROP TABLE documents; --", 'title:Kyiv', 'NEAR(a b)',
        '(', ')', '*', '^Kyiv', 'AND', 'OR', 'NOT', '-', '--', 'Kyiv AND OR', '\\', '%', '_', '\u0000', '', '   ', '🙂', 'U.S.'];
      for (const q of hostile) assert.doesNotThrow(() => s.search(q), `query ${JSON.stringify(q)}`);
      assert.equal(s.search("'; DROP TABLE documents; --").length, 0);
      assert.equal(s.stats().documents, 2);
      assert.equal(s.search('title:Kyiv').length, 0, 'a column filter is a plain phrase, not syntax');
      s.close();
    });
  });
}
