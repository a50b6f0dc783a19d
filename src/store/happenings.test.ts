import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { A, B, analyse } from './contract.js';
import { LATEST_VERSION, MIGRATIONS } from './schema.js';
import { SqliteStore } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-happenings-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `h${n++}.db`);

// Another outlet, a day later, reporting the pledge of A (and nothing else).
const A2 = 'Ottawa news. Canada pledged $2 billion to Ukraine on Sunday, officials said.';
// A third outlet, the same pledge again, with an amount 0.5% off (rounding) on the same day.
const A3 = 'Canada pledged $2 billion to Ukraine. Nothing else today.';

const count = (s: SqliteStore, t: string) => (s.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;

describe('happenings in the SQLite store', () => {
  test('two documents reporting one pledge: one happening with two sources', () => {
    const s = new SqliteStore(freshPath());
    s.put(analyse(A, { published: '2025-08-24' }));
    s.put(analyse(A2, { published: '2025-08-25' }));
    const hs = s.happenings();
    assert.equal(hs.length, 1);
    assert.equal(hs[0].sources, 2);
    assert.equal(hs[0].reports, 2);
    assert.equal(hs[0].amount, 2e9);
    assert.equal(hs[0].actor, 'Canada');
    assert.equal(hs[0].firstReported, '2025-08-24');
    assert.equal(s.events().length, 2, 'the events themselves are all kept');
    s.close();
  });

  test('a different amount is a different happening; re-ingest changes nothing', () => {
    const s = new SqliteStore(freshPath());
    const a = analyse(A, { published: '2025-08-24' });
    s.put(a);
    s.put(analyse(B, { published: '2025-08-24' }));
    assert.deepEqual(s.happenings().map((h) => [h.amount, h.sources]).sort(), [[2e9, 1], [5e6, 1]]);
    const before = { h: count(s, 'happenings'), x: count(s, 'happening_sources') };
    assert.equal(s.put(analyse(A, { published: '2025-08-24' })).status, 'duplicate');
    assert.deepEqual({ h: count(s, 'happenings'), x: count(s, 'happening_sources') }, before);
    s.put(analyse(A3, { published: '2025-08-26' }));
    const two = s.happenings({ type: 'aid' }).find((h) => h.amount === 2e9);
    assert.equal(two?.sources, 2);
    assert.equal(two?.firstDocument, a.id);
    assert.equal(s.happenings({ document: a.id.slice(0, 8) }).length, 1);
    assert.equal(s.happenings({ actor: 'russia' }).length, 0);
    assert.equal(s.happenings({ since: '2025-09-01' }).length, 0);
    s.close();
  });

  test('reports more than a week apart (both day-precise) stay apart', () => {
    const s = new SqliteStore(freshPath());
    s.put(analyse(A, { published: '2025-08-24' }));
    s.put(analyse(A2, { published: '2025-09-10' }));
    assert.equal(s.happenings().length, 2);
    s.close();
  });

  test('undated reports of one pair months apart stay apart (each dated by its publication day)', () => {
    const s = new SqliteStore(freshPath());
    // No date and no amount: only the publication days can tell the reports apart (the same
    // amount re-told would be the same money, whatever the days).
    const undated = (text: string, published: string) => {
      const d = analyse(text, { published });
      for (const ev of d.events) { delete ev.date; delete ev.amount; }
      return d;
    };
    s.put(undated(A2, '2025-01-10'));
    s.put(undated(A3, '2025-05-12'));
    assert.equal(s.happenings().length, 2);
    const t = new SqliteStore(freshPath());
    t.put(undated(A2, '2025-01-10'));
    t.put(undated(A3, '2025-01-11'));
    assert.equal(t.happenings().length, 1, 'a day apart they are one');
    s.close();
    t.close();
  });

  test('the same money announced and delivered are two happenings', () => {
    const s = new SqliteStore(freshPath());
    const staged = (text: string, published: string, status: 'announced' | 'delivered') => {
      const d = analyse(text, { published });
      for (const ev of d.events) ev.status = status;
      return d;
    };
    s.put(staged(A2, '2025-08-24', 'announced'));
    s.put(staged(A3, '2025-08-25', 'delivered'));
    assert.equal(s.happenings().length, 2);
    s.close();
  });

  test('a failing write rolls back its happenings too', () => {
    const s = new SqliteStore(freshPath());
    s.put(analyse(A, { published: '2025-08-24' }));
    const bad = analyse(A2, { published: '2025-08-24' });
    bad.claims.push({ id: 'cX', speaker: { name: 'X' }, cue: 'said', kind: 'direct', content: { start: null as unknown as number, end: 1, text: 'x' } });
    assert.throws(() => s.put(bad));
    assert.deepEqual(s.happenings().map((h) => h.sources), [1]);
    assert.equal(count(s, 'happening_sources'), 1);
    s.close();
  });

  test('migration 4 links the events of documents stored under version 3, in document order', () => {
    const path = freshPath();
    const v3 = new SqliteStore(path, { migrations: MIGRATIONS.slice(0, 3) });
    const first = analyse(A, { published: '2025-08-24' });
    v3.put(first);
    v3.put(analyse(B, { published: '2025-08-24' }));
    v3.put(analyse(A2, { published: '2025-08-25' }));
    assert.equal(v3.happenings().length, 0, 'no happenings before');
    v3.close();
    const v4 = new SqliteStore(path);
    assert.equal(v4.schemaVersion(), LATEST_VERSION);
    const hs = v4.happenings();
    assert.deepEqual(hs.map((h) => h.sources).sort(), [1, 2]);
    assert.equal(hs.find((h) => h.sources === 2)?.firstDocument, first.id);
    assert.equal(count(v4, 'happening_sources'), v4.stats().events, 'every event is linked once');
    v4.close();
    const again = new SqliteStore(path);
    assert.equal(count(again, 'happenings'), 2, 'reopening does not backfill twice');
    again.close();
  });
});
