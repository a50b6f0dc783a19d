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
    test('stores a document with its record, entities, events and claims', async () => {
      const s = open();
      const doc = analyse(A, { title: 'Canada pledges', published: '2025-08-24', url: 'https://example.org/a' });
      assert.deepEqual((await s.put(doc)), { status: 'stored', id: doc.id });
      const got = await s.getDocument(doc.id);
      assert.ok(got);
      assert.equal(got.text, A);
      assert.deepEqual(got.record, JSON.parse(JSON.stringify(toRecord(doc))));
      assert.equal(got.title, 'Canada pledges');
      assert.equal(got.entities, 4);
      assert.equal(got.events, 1);
      assert.equal(got.claims, 1);
      assert.deepEqual(got.sources.map((x) => x.origin), ['test.txt']);
      assert.equal((await s.getDocument(doc.id.slice(0, 6)))?.id, doc.id, 'a unique prefix finds it');
      assert.equal((await s.getDocument('ffffffffffffffff')), undefined);
      const [ev] = await s.events();
      assert.equal(ev.type, 'AID');
      assert.equal(ev.actor, 'Canada');
      assert.equal(ev.target, 'Ukraine');
      assert.equal(ev.amount, 2e9);
      assert.equal(A.slice(ev.start, ev.end), ev.text);
      await s.close();
    });

    test('re-ingesting the same text or the same URL changes nothing', async () => {
      const s = open();
      const first = analyse(A, { url: 'https://example.org/a' });
      await s.put(first);
      const before = await s.stats();
      assert.deepEqual((await s.put(analyse(A))), { status: 'duplicate', id: first.id }, 'same content hash');
      assert.deepEqual((await s.put(analyse(`${A} Updated.`, { url: 'https://example.org/a' }))), { status: 'duplicate', id: first.id }, 'same URL');
      assert.deepEqual((await s.put(analyse(`${A} Tracked.`, { url: 'http://www.example.org/a/?utm_source=feed#x' }))), { status: 'duplicate', id: first.id }, 'same URL with tracking');
      assert.deepEqual((await s.stats()), before);
      assert.equal((await s.search('Updated')).length, 0, 'the full-text index did not change');
      assert.equal((await s.put(analyse(B))).status, 'stored', 'a different text without URL is new');
      await s.close();
    });

    test('a failing write rolls back that document only', async () => {
      const s = open();
      const good = analyse(A);
      await s.put(good);
      const before = await s.stats();
      const bad = analyse(B);
      // A claim whose content has no offsets violates NOT NULL after the document row is written.
      bad.claims.push({ id: 'cX', speaker: { name: 'X' }, cue: 'said', kind: 'direct', content: { start: null as unknown as number, end: 1, text: 'x' } });
      await assert.rejects(async () => s.put(bad), (e: Error & { code?: string }) => e.name === 'DossierError' && e.code === 'E302');
      assert.deepEqual((await s.stats()), before);
      assert.equal((await s.getDocument(bad.id)), undefined);
      assert.equal((await s.search('Russia')).length, 0, 'nothing of it reached the full-text index');
      assert.equal((await s.getDocument(good.id))?.id, good.id);
      // The store is still usable and the same document can be stored once fixed.
      bad.claims.pop();
      assert.equal((await s.put(bad)).status, 'stored');
      await s.close();
    });

    test('entities are merged across documents with mention counts', async () => {
      const s = open();
      await s.put(analyse(A));
      await s.put(analyse(B));
      const rows = await s.entities();
      const ukraine = rows.find((r) => r.name === 'Ukraine');
      assert.deepEqual(ukraine && { d: ukraine.documents, m: ukraine.mentions }, { d: 2, m: 3 });
      assert.equal(rows[0].documents, 2);
      assert.ok((await s.entities({ type: 'person' })).every((r) => r.type === 'PERSON'));
      assert.deepEqual((await s.entities({ type: 'LOC' })).map((r) => r.type).filter((t) => t !== 'GPE'), []);
      assert.deepEqual((await s.entities({ name: 'carn' })).map((r) => r.name), ['Mark Carney']);
      await s.close();
    });

    test('event filters: type, actor, target, dates, document', async () => {
      const s = open();
      const a = analyse(A, { published: '2025-08-24' });
      await s.put(a);
      await s.put(analyse(B, { published: '2024-01-10' }));
      assert.equal((await s.events()).length, 2);
      assert.equal((await s.events({ type: 'aid' })).length, 2);
      assert.equal((await s.events({ type: 'ASSAULT' })).length, 0);
      assert.equal((await s.events({ actor: 'canada' })).length, 2);
      assert.equal((await s.events({ target: 'russia' })).length, 0);
      assert.equal((await s.events({ since: '2025-01-01' })).length, 1);
      assert.equal((await s.events({ until: '2024-12-31' })).length, 1);
      assert.equal((await s.events({ since: '2025-08-24', until: '2025-08-24' })).length, 1);
      assert.equal((await s.events({ document: a.id.slice(0, 8) })).length, 1);
      assert.equal((await s.events({ actor: '%' })).length, 0, 'LIKE wildcards are literal');
      await s.close();
    });

    test('reports of one pledge in two documents are one happening with two sources', async () => {
      const s = open();
      await s.put(analyse(A, { published: '2025-08-24' }));
      await s.put(analyse('Ottawa news. Canada pledged $2 billion to Ukraine on Sunday.', { published: '2025-08-25' }));
      await s.put(analyse(B, { published: '2025-08-25' }));
      const rows = await s.happenings();
      assert.deepEqual(rows.map((h) => [h.amount, h.sources]).sort(), [[2e9, 2], [5e6, 1]]);
      assert.equal((await s.happenings({ type: 'AID', actor: 'canada', limit: 1 })).length, 1);
      await s.close();
    });

    test('full-text search ranks and snippets, and hostile queries are not errors', async () => {
      const s = open();
      const a = analyse(A, { title: 'Carney in Kyiv' });
      await s.put(a);
      await s.put(analyse(B, { title: 'Strikes overnight' }));
      const hits = await s.search('kyiv');
      assert.equal(hits.length, 2);
      assert.equal(hits[0].id, a.id, 'a title match ranks first');
      assert.match(hits[0].snippet, /\[Kyiv\]/);
      assert.equal((await s.search('"stand with Ukraine"')).length, 1);
      assert.equal((await s.search('pledg*')).length, 2);
      assert.equal((await s.search('Russia OR Carney')).length, 2);
      assert.equal((await s.search('Kyiv -Russia')).length, 1);
      const hostile = ['"', '"unclosed phrase', 'a"b', "'", "'; DROP TABLE documents; --", 'title:Kyiv', 'NEAR(a b)',
        '(', ')', '*', '^Kyiv', 'AND', 'OR', 'NOT', '-', '--', 'Kyiv AND OR', '\\', '%', '_', '\u0000', '', '   ', '🙂', 'U.S.'];
      for (const q of hostile) await assert.doesNotReject(async () => s.search(q), `query ${JSON.stringify(q)}`);
      assert.equal((await s.search("'; DROP TABLE documents; --")).length, 0);
      assert.equal((await s.stats()).documents, 2);
      assert.equal((await s.search('title:Kyiv')).length, 0, 'a column filter is a plain phrase, not syntax');
      await s.close();
    });
  });
}
