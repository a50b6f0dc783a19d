import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { run } from '../testio.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-merged-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => { const p = join(dir, name); writeFileSync(p, content); return p; };

describe('dossier events --merged', () => {
  test('one row per happening with its number of sources, in every format', async () => {
    const db = join(dir, 'm.db');
    const a = file('a.txt', 'Canada pledged $2 billion to Ukraine. Mark Carney visited Kyiv.\n');
    const b = file('b.txt', 'Ottawa news. Canada pledged $2 billion to Ukraine on Sunday.\n');
    const c = file('c.txt', 'Canada pledged $5 million to Ukraine.\n');
    assert.equal((await run(['ingest', a, b, c, '--db', db, '--published', '2025-08-24', '--quiet'])).code, 0);
    assert.equal(JSON.parse((await run(['events', '--db', db, '--format', 'json'])).out).length, 3);
    const rows = JSON.parse((await run(['events', '--merged', '--db', db, '--format', 'json'])).out) as { amount: number; sources: number }[];
    assert.deepEqual(rows.map((r) => [r.amount, r.sources]).sort(), [[2e9, 2], [5e6, 1]]);
    const nd = (await run(['events', '-m', '--db', db, '--format', 'ndjson', '--type', 'AID'])).out.trim().split('\n');
    assert.equal(nd.length, 2);
    const csv = (await run(['events', '--merged', '--db', db, '--format', 'csv'])).out;
    assert.match(csv.split(/\r?\n/)[0], /^id,type,modality,actor,target,date,amount,currency,sources,reports,first_reported/);
    const table = await run(['events', '--merged', '--db', db]);
    assert.equal(table.code, 0);
    assert.match(table.out, /sources/);
    assert.match((await run(['events', '--help'])).out, /--merged/);
  });
});
