import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { MIGRATIONS, LATEST_VERSION, urlKey } from './schema.js';
import { SqliteStore, entityKey } from './sqlite.js';
import { A, analyse, storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `t${n++}.db`);

storeContract('SqliteStore', () => new SqliteStore(freshPath()));

describe('SqliteStore', () => {
  test('migrates an empty database to the latest version, and reopening is a no-op', () => {
    const path = freshPath();
    const s = new SqliteStore(path);
    assert.equal(s.schemaVersion(), LATEST_VERSION);
    assert.equal(s.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s.db.pragma('foreign_keys', { simple: true }), 1);
    s.put(analyse(A));
    s.close();
    const again = new SqliteStore(path);
    assert.equal(again.schemaVersion(), LATEST_VERSION);
    assert.equal(again.stats().documents, 1);
    again.close();
  });

  test('applies migrations in order from a partial schema', () => {
    const path = freshPath();
    new SqliteStore(path, { migrations: MIGRATIONS.slice(0, 0) }).close();
    const s = new SqliteStore(path);
    assert.equal(s.schemaVersion(), LATEST_VERSION);
    s.close();
  });

  test('migration 2 backfills url_key for documents stored under version 1', () => {
    const path = freshPath();
    const v1 = new SqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) });
    assert.equal(v1.schemaVersion(), 1);
    // Version 1 knows no url_key: write the row the way version 1 did.
    v1.db.prepare(`INSERT INTO documents (id, url, text, record_json, ingested_at) VALUES ('abc', 'https://www.example.org/a/?utm_source=rss', 'x', '{}', 'now')`).run();
    v1.close();
    const v2 = new SqliteStore(path);
    assert.equal(v2.schemaVersion(), LATEST_VERSION);
    assert.equal(v2.findDuplicate('zzz', 'http://example.org/a'), 'abc');
    v2.close();
  });

  test('migration 3 re-indexes stored documents with stemming', () => {
    const path = freshPath();
    const v2 = new SqliteStore(path, { migrations: MIGRATIONS.slice(0, 2) });
    v2.put(analyse(A, { title: 'Pledges' }));
    assert.equal(v2.search('pledge').length, 0, 'no stemming before');
    v2.close();
    const v3 = new SqliteStore(path);
    assert.equal(v3.search('pledge').length, 1, 'pledged is found by pledge');
    assert.equal(v3.search('standing').length, 1);
    v3.close();
  });

  test('urlKey: same article under tracking parameters, scheme, www, fragment, trailing slash', () => {
    const k = urlKey('https://www.Example.org/news/a-1/?utm_source=rss&id=7&fbclid=x#top');
    assert.equal(k, 'example.org/news/a-1?id=7');
    assert.equal(urlKey('http://example.org/news/a-1?id=7'), k);
    assert.notEqual(urlKey('https://example.org/news/a-2?id=7'), k);
    assert.notEqual(urlKey('https://example.org/news/a-1?id=8'), k);
    assert.equal(urlKey('  not a url '), 'not a url');
    assert.equal(urlKey('urn:isbn:123'), 'urn:isbn:123');
  });

  test('refuses a database from a newer Dossier', () => {
    const path = freshPath();
    const s = new SqliteStore(path);
    s.db.prepare('UPDATE schema_version SET version = ?').run(LATEST_VERSION + 1);
    s.close();
    assert.throws(() => new SqliteStore(path), /newer/);
  });

  test('refuses a file that is not a database', () => {
    const path = join(dir, 'not-a-db.db');
    writeFileSync(path, 'hello, this is text and not SQLite at all'.repeat(10));
    assert.throws(() => new SqliteStore(path), (e: Error) => e.name === 'DossierError');
  });

  test('entityKey merges by KB id, else by type and normalised name', () => {
    assert.equal(entityKey('Ukraine', 'GPE', 'country:UKR'), 'country:UKR');
    assert.equal(entityKey('The Kremlin', 'ORG'), entityKey('Kremlin', 'ORG'));
    assert.equal(entityKey("Canada's", 'GPE'), entityKey('Canada', 'GPE'));
    assert.notEqual(entityKey('Georgia', 'GPE'), entityKey('Georgia', 'PERSON'));
  });
});
