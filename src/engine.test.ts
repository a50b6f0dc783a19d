import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine, describeError, type IngestProgress, type ReadResult } from './engine.js';
import { DossierError } from './model/errors.js';
import type { RawArticle } from './model/types.js';
import { SqliteStore } from './store/sqlite.js';
import { failOn, toyStages } from './store/testkit.js';

const art = (origin: string, text: string, meta: RawArticle['meta'] = {}): RawArticle => ({ origin, format: 'text', text, meta });

test('extract from a string or a raw article; explicit options override the reader', async () => {
  const engine = createEngine({ stages: toyStages(), db: ':memory:' });
  const doc = engine.extract('Canada pledged $2 million to Ukraine.', { published: '2025-08-24', title: 'T' });
  assert.equal(doc.meta.published, '2025-08-24');
  assert.equal(doc.meta.title, 'T');
  assert.deepEqual(doc.stages, ['toy']);
  assert.equal(engine.record(doc).events.length, 1);
  const fromRaw = engine.extract(art('x.txt', 'Kyiv.', { published: '2020-01-01', publishedInferred: true }), { published: '2021-02-03' });
  assert.equal(fromRaw.meta.published, '2021-02-03');
  assert.equal(fromRaw.meta.publishedInferred, undefined, 'a given date is not inferred');
  assert.equal(fromRaw.origin, 'x.txt');
  await engine.close();
});

test('ingest an array: stored, duplicates skipped, extraction failures reported and skipped', async () => {
  const store = new SqliteStore(':memory:');
  const engine = createEngine({ stages: [...toyStages(), failOn('BOOM')], db: store });
  const seen: IngestProgress[] = [];
  const summary = await engine.ingest([
    art('a.txt', 'Canada pledged aid to Ukraine.'),
    art('b.txt', 'BOOM in Kyiv.'),
    art('c.txt', 'Canada pledged aid to Ukraine.'),
    art('d.txt', 'Other text.', { url: 'https://example.org/d' }),
    art('e.txt', 'Changed text.', { url: 'https://example.org/d' }),
  ], (p) => seen.push(p));
  assert.equal(summary.ingested, 2);
  assert.equal(summary.skipped, 2);
  assert.equal(summary.failed, 1);
  assert.deepEqual(summary.failures.map((f) => [f.input, f.code]), [['b.txt', 'E299']]);
  assert.deepEqual(seen.map((p) => p.status), ['stored', 'failed', 'duplicate', 'stored', 'duplicate']);
  assert.equal(seen.at(-1)?.done, 5);
  assert.equal(store.stats().documents, 2);
  await engine.close();
  assert.equal(store.stats().documents, 2, 'a store passed in is not closed by the engine');
  store.close();
});

test('ingest an async stream of reader results, including reader errors', async () => {
  const engine = createEngine({ stages: toyStages(), db: ':memory:' });
  async function* stream(): AsyncGenerator<ReadResult> {
    yield { ok: true, article: art('feed.xml#0', 'Russia struck Kyiv.') };
    yield { ok: false, error: new DossierError('E106', 'malformed XML', 'feed.xml') };
    yield { ok: true, article: art('feed.xml#1', 'NATO met in Ottawa.') };
  }
  const s = await engine.ingest(stream());
  assert.deepEqual([s.ingested, s.skipped, s.failed], [2, 0, 1]);
  assert.deepEqual(s.failures[0], { input: 'feed.xml', code: 'E106', message: 'malformed XML' });
  assert.equal((await engine.store.search('Ottawa')).length, 1);
  await engine.close();
});

test('describeError keeps the code apart and strips the input prefix', () => {
  assert.deepEqual(describeError(new DossierError('E101', 'invalid UTF-8', 'a.txt')), { input: 'a.txt', code: 'E101', message: 'invalid UTF-8' });
  assert.deepEqual(describeError(new Error('boom'), 'x'), { input: 'x', code: 'E200', message: 'boom' });
});

test('a pipeline whose stages do not fit is refused when first used', () => {
  const engine = createEngine({ stages: [{ name: 'needs-tags', requires: ['tags'], provides: [], run() {} }], db: ':memory:' });
  assert.throws(() => engine.extract('x'), /requires tags/);
});
