import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { MIGRATIONS, LATEST_VERSION } from './schema.js';
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
