import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { failOn, toyStage } from '../store/testkit.js';
import { COMMANDS } from './main.js';
import { run } from './testio.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };

const A = 'Canada pledges aid\n\nCanada pledged $2 billion to Ukraine, calling it "a down payment". Mark Carney visited Kyiv.\n"We stand with Ukraine," said Mark Carney.\n';
const B = 'Strikes overnight\n\nRussia struck Kyiv overnight. NATO met in Ottawa. Canada pledged $5 million to Ukraine.\n';
const a = file('a.txt', A);
const b = file('b.txt', B);
const bad = file('bad.txt', Buffer.from([0x43, 0x61, 0xff, 0xfe, 0x6e]));
const db = join(dir, 'cli.db');

/** A small RFC 4180 reader to check our quoting round-trips. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(f); rows.push(row); row = []; f = ''; i++; }
    else f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

describe('dossier CLI', () => {
  test('usage: --help, unknown command, unknown option, missing argument', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    for (const c of COMMANDS) assert.match(help.out, new RegExp(`\\b${c.name}\\b`));
    assert.match(help.out, /DOSSIER_DB/);
    for (const c of COMMANDS) {
      const r = await run([c.name, '--help']);
      assert.equal(r.code, 0, c.name);
      assert.match(r.out, new RegExp(`^Usage: dossier ${c.name}`), c.name);
    }
    assert.equal((await run([])).code, 2);
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^dossier: unknown command "frobnicate"/);
    const opt = await run(['show', '--bogus', '--db', db]);
    assert.equal(opt.code, 2);
    assert.match(opt.err, /--bogus/);
    assert.equal(opt.err.trim().split('\n').length, 1);
    assert.equal((await run(['extract'])).code, 2);
    assert.equal((await run(['events', 'extra'])).code, 2);
    assert.equal((await run(['events', '--since', 'yesterday', '--db', db])).code, 2);
    const fmt = await run(['ingest', a, '--format', 'docx', '--db', join(dir, 'never.db')]);
    assert.equal(fmt.code, 2);
    assert.ok(!existsSync(join(dir, 'never.db')), 'a usage error opens nothing');
    assert.equal((await run(['extract', a, '--from', 'pdf'])).code, 2);
  });

  test('ingest stores good inputs, reports a bad one on one line, exits 1', async () => {
    const r = await run(['ingest', a, b, bad, '--db', db, '--published', '2025-08-24']);
    assert.equal(r.code, 1);
    assert.equal(r.out, 'ingested 2, skipped 0 duplicates, 1 failed\n');
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^dossier: .*bad\.txt: .*UTF-8/i);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  });

  test('re-ingest changes nothing and says so', async () => {
    const r = await run(['ingest', a, b, '--db', db]);
    assert.equal(r.code, 0);
    assert.equal(r.out, 'ingested 0, skipped 2 duplicates, 0 failed\n');
  });

  test('an extraction error on one article is reported and the rest are stored', async () => {
    const db2 = join(dir, 'partial.db');
    const r = await run(['ingest', a, b, '--db', db2], { stages: [toyStage, failOn('Strikes')] });
    assert.equal(r.code, 1);
    assert.equal(r.out, 'ingested 1, skipped 0 duplicates, 1 failed\n');
    assert.match(r.err, /b\.txt: toy failure/);
    const list = await run(['show', '--db', db2, '--format', 'json']);
    assert.equal(JSON.parse(list.out).length, 1);
  });

  test('ingest reads standard input with - and a directory recursively', async () => {
    const db3 = join(dir, 'stdin.db');
    const r = await run(['ingest', '-', '--db', db3], { stdin: 'Kyiv hosts talks\n\nNATO met in Kyiv on Monday.\n' });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'ingested 1, skipped 0 duplicates, 0 failed\n');
    const sub = join(dir, 'tree', 'deeper');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'c.txt'), 'Ottawa news\n\nCanada pledged aid to Ukraine in Ottawa.\n');
    const t = await run(['ingest', join(dir, 'tree'), '--db', db3]);
    assert.equal(t.out, 'ingested 1, skipped 0 duplicates, 0 failed\n');
  });

  test('the database defaults to $DOSSIER_DB', async () => {
    const envDb = join(dir, 'env.db');
    const r = await run(['ingest', a], { env: { DOSSIER_DB: envDb } });
    assert.equal(r.code, 0);
    assert.ok(existsSync(envDb));
  });

  test('extract prints the record contract with true offsets', async () => {
    const r = await run(['extract', a, '--published', '2025-08-24']);
    assert.equal(r.code, 0, r.err);
    const rec = JSON.parse(r.out);
    assert.equal(rec.meta.published, '2025-08-24');
    assert.ok(rec.entities.length >= 4);
    for (const e of rec.entities) for (const m of e.mentions) assert.equal(A.slice(m.start, m.end), m.text);
    for (const ev of rec.events) for (const m of ev.mentions) assert.equal(A.slice(m.start, m.end), m.text);
    for (const c of rec.claims) assert.equal(A.slice(c.content.start, c.content.end), c.content.text);
    const nd = await run(['extract', a, '--format', 'ndjson']);
    assert.equal(nd.out.trim().split('\n').length, 1);
    const text = await run(['extract', a, '--format', 'text']);
    assert.match(text.out, /Entities \(\d+\)/);
    assert.equal((await run(['extract', a, '--format', 'csv'])).code, 2);
  });

  test('extract reads standard input with -', async () => {
    const r = await run(['extract', '-', '--published', '2025-08-24'], { stdin: A });
    assert.equal(r.code, 0, r.err);
    const rec = JSON.parse(r.out);
    for (const e of rec.entities) for (const m of e.mentions) assert.equal(A.slice(m.start, m.end), m.text);
  });

  test('extract: unreadable and invalid inputs give one line and exit 1', async () => {
    const missing = await run(['extract', join(dir, 'nope.txt')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt/);
    assert.equal(missing.err.trim().split('\n').length, 1);
    const invalid = await run(['extract', bad]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.err, /bad\.txt/);
  });

  test('show lists documents and prints one record exactly as extract does', async () => {
    const list = await run(['show', '--db', db]);
    assert.equal(list.code, 0);
    assert.match(list.out, /^id\s+published/);
    assert.match(list.out, /Canada pledges aid/);
    const docs = JSON.parse((await run(['show', '--db', db, '--format', 'json'])).out);
    assert.equal(docs.length, 2);
    const id = docs.find((d: { title: string }) => d.title === 'Canada pledges aid')?.id ?? docs[0].id;
    const shown = await run(['show', id, '--db', db, '--format', 'json']);
    const extracted = await run(['extract', a, '--published', '2025-08-24']);
    // Same text and date: the stored record is the extracted one, byte for byte.
    const rec = JSON.parse(shown.out);
    if (rec.id === JSON.parse(extracted.out).id) assert.equal(shown.out, extracted.out);
    const text = await run(['show', id, '--db', db, '--text']);
    assert.ok(text.out === A || text.out === B, 'the original text, unchanged');
    const human = await run(['show', id.slice(0, 8), '--db', db]);
    assert.equal(human.code, 0);
    assert.match(human.out, /Events \(/);
    const none = await run(['show', 'ffffffffffffffff', '--db', db]);
    assert.equal(none.code, 1);
    const nodb = await run(['show', '--db', join(dir, 'missing.db')]);
    assert.equal(nodb.code, 1);
    assert.match(nodb.err, /ingest/);
  });

  test('search: table, JSON, hostile queries', async () => {
    const r = await run(['search', 'Kyiv', '--db', db, '--format', 'json']);
    assert.equal(r.code, 0);
    const hits = JSON.parse(r.out);
    assert.equal(hits.length, 2);
    assert.ok(hits.every((h: { snippet: string }) => /\[Kyiv\]/.test(h.snippet)));
    const table = await run(['search', 'down', 'payment', '--db', db]);
    assert.match(table.out, /snippet/);
    for (const q of ['"', "'; DROP TABLE documents; --", 'NEAR(', '*', 'a:b', '-']) {
      const h = await run(['search', q, '--db', db]);
      assert.equal(h.code, 0, q);
    }
    assert.equal(JSON.parse((await run(['show', '--db', db, '--format', 'json'])).out).length, 2);
  });

  test('events: filters and CSV quoting', async () => {
    const all = JSON.parse((await run(['events', '--db', db, '--format', 'json'])).out);
    assert.equal(all.length, 2);
    const aid = JSON.parse((await run(['events', '--db', db, '--type', 'AID', '--actor', 'canada', '--format', 'json'])).out);
    assert.equal(aid.length, 2);
    assert.equal(JSON.parse((await run(['events', '--db', db, '--type', 'ASSAULT', '--format', 'json'])).out).length, 0);
    assert.equal((await run(['events', '--db', db, '--type', 'AIDS'])).code, 2, 'not a PLOVER type');
    assert.equal(JSON.parse((await run(['events', '--db', db, '--since', '2026-01-01', '--format', 'json'])).out).length, 0);
    const nd = await run(['events', '--db', db, '--format', 'ndjson']);
    assert.equal(nd.out.trim().split('\n').length, 2);
    const csv = await run(['events', '--db', db, '--format', 'csv']);
    const rows = parseCsv(csv.out);
    assert.equal(rows.length, 3);
    const header = rows[0];
    const textCol = header.indexOf('text');
    const texts = rows.slice(1).map((r) => r[textCol]);
    assert.ok(texts.includes('Canada pledged $2 billion to Ukraine, calling it "a down payment".'), 'commas and quotes survive');
    assert.ok(rows.every((r) => r.length === header.length));
    const table = await run(['events', '--db', db]);
    assert.match(table.out, /AID/);
  });

  test('entities: counts across documents, type filter, CSV', async () => {
    const rows = JSON.parse((await run(['entities', '--db', db, '--format', 'json'])).out);
    const ukraine = rows.find((r: { name: string }) => r.name === 'Ukraine');
    assert.equal(ukraine.documents, 2);
    const people = JSON.parse((await run(['entities', '--db', db, '--type', 'PERSON', '--format', 'json'])).out);
    assert.deepEqual(people.map((p: { name: string }) => p.name), ['Mark Carney']);
    const csv = parseCsv((await run(['entities', '--db', db, '--format', 'csv'])).out);
    assert.deepEqual(csv[0], ['name', 'type', 'documents', 'mentions', 'kb']);
  });

  test('DOSSIER_DEBUG=1 adds the stack; otherwise one line', async () => {
    const plain = await run(['show', '--db', join(dir, 'missing.db')]);
    assert.equal(plain.err.trim().split('\n').length, 1);
    const debug = await run(['show', '--db', join(dir, 'missing.db')], { env: { DOSSIER_DEBUG: '1' } });
    assert.match(debug.err, /\n\s+at /);
  });

  test('evaluate and train: unknown task is a usage error, a missing module a clear error', async () => {
    assert.equal((await run(['evaluate', 'frobnicate'])).code, 2);
    assert.equal((await run(['train', 'time'])).code, 2, 'time is not trainable');
    const r = await run(['evaluate', 'tagger', '--data', join(dir, 'nodata')]);
    assert.ok(r.code === 1 || r.code === 0);
    if (r.code === 1) assert.equal(r.err.trim().split('\n').filter((l) => l.startsWith('dossier:')).length, 1);
  });
});

describe('dossier eval and gates on a small gold set', () => {
  const shared = join(dir, 'shared');
  mkdirSync(join(shared, 'gold', 'dev'), { recursive: true });
  mkdirSync(join(shared, 'corpus'), { recursive: true });
  writeFileSync(join(shared, 'corpus', 'a.txt'), A);
  const gold = {
    id: 'toy-a', text: 'corpus/a.txt', published: '2025-08-24',
    entities: [
      { name: 'Mark Carney', type: 'PERSON', aliases: ['Carney'] }, { name: 'Canada', type: 'GPE' },
      { name: 'Ukraine', type: 'GPE' }, { name: 'Kyiv', type: 'GPE' }, { name: 'Volodymyr Zelenskyy', type: 'PERSON' },
    ],
    events: [{ id: 'pledge', type: ['AID'], actor: ['Canada'], target: ['Ukraine'], amount: { value: 2e9, currency: 'CAD' }, date: '2025-08', evidence: ['Canada pledged $2 billion'] }],
    claims: [{ speaker: ['Mark Carney'], evidence: 'We stand with Ukraine' }],
  };
  const goldPath = join(shared, 'gold', 'dev', 'toy-a.json');
  writeFileSync(goldPath, JSON.stringify(gold));

  test('eval prints the scorer lines', async () => {
    const r = await run(['eval', goldPath]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, [
      'entities  P 1.000  R 0.800  F1 0.889  (tp 4 fp 0 fn 1)',
      'events    P 1.000  R 1.000  F1 1.000  (tp 1 fp 0 fn 0)',
      'claims    P 1.000  R 1.000  F1 1.000  (tp 1 fp 0 fn 0)',
      'arguments amount 1  date 1  location -  mode -',
      '',
    ].join('\n'));
    assert.equal((await run(['eval', join(shared, 'gold', 'dev')])).out, r.out, 'a folder means its gold files');
    const v = await run(['eval', goldPath, '--verbose']);
    assert.match(v.out, /^# toy-a\n  missed  entity PERSON Volodymyr Zelenskyy\n/);
    const j = JSON.parse((await run(['eval', goldPath, '--json', '--shared', shared])).out);
    assert.equal(j.documents, 1);
    assert.equal(j.entities.f1, 0.889);
    const crash = await run(['eval', goldPath], { stages: [toyStage, failOn('Canada')] });
    assert.equal(crash.code, 1);
    assert.match(crash.out, /^entities  P 0\.000  R 0\.000  F1 0\.000  \(tp 0 fp 0 fn 5\)/);
    assert.match(crash.err, /extraction failed/);
    const out = join(dir, 'preds');
    await run(['eval', goldPath, '--out', out]);
    assert.ok(existsSync(join(out, 'toy-a.json')));
  });

  test('gates pass, fail on a drop or a missing figure, and --update raises only', async () => {
    const baseline = join(dir, 'baseline.json');
    writeFileSync(baseline, JSON.stringify({ 'dev.entities.f1': 0.8, 'dev.events.f1': 1 }));
    const ok = await run(['gates', '--data', shared, '--baseline', baseline, '--only', 'dev']);
    assert.equal(ok.code, 0, ok.out + ok.err);
    assert.match(ok.out, /dev\.entities\.f1\s+0\.8000\s+0\.8890\s+up/);
    assert.match(ok.out, /dev\.claims\.f1\s+-\s+1\.0000\s+new/);

    writeFileSync(baseline, JSON.stringify({ 'dev.entities.f1': 0.9, 'dev.events.f1': 1 }));
    const drop = await run(['gates', '--data', shared, '--baseline', baseline, '--only', 'dev']);
    assert.equal(drop.code, 1);
    assert.match(drop.out, /dev\.entities\.f1\s+0\.9000\s+0\.8890\s+DROP/);

    writeFileSync(baseline, JSON.stringify({ 'dev.entities.f1': 0.8893, 'dev.nothing.f1': 0.1 }));
    const missing = await run(['gates', '--data', shared, '--baseline', baseline, '--only', 'dev']);
    assert.equal(missing.code, 1, 'a figure with a baseline that was not measured fails');
    assert.match(missing.out, /dev\.nothing\.f1\s+0\.1000\s+-\s+MISSING/);
    assert.match(missing.out, /dev\.entities\.f1\s+0\.8893\s+0\.8890\s+ok/, 'within tolerance');

    writeFileSync(baseline, JSON.stringify({ 'dev.entities.f1': 0.99, 'dev.events.f1': null }));
    const ignored = await run(['gates', '--data', shared, '--baseline', baseline, '--only', 'dev']);
    assert.match(ignored.out, /dev\.events\.f1\s+-\s+1\.0000\s+ignored/);
    assert.equal(ignored.code, 1, 'entities dropped');
    await run(['gates', '--data', shared, '--baseline', baseline, '--only', 'dev', '--update']);
    assert.equal(JSON.parse(readFileSync(baseline, 'utf8'))['dev.events.f1'], null, 'null entries stay null');

    writeFileSync(baseline, JSON.stringify({ 'dev.entities.f1': 0.95, 'dev.events.f1': 0.5 }));
    assert.equal((await run(['gates', '--data', shared, '--baseline', baseline, '--only', 'dev', '--update'])).code, 0);
    assert.deepEqual(JSON.parse(readFileSync(baseline, 'utf8')), { 'dev.claims.f1': 1, 'dev.entities.f1': 0.95, 'dev.events.f1': 1 });
    await run(['gates', '--data', shared, '--baseline', baseline, '--only', 'dev', '--update', '--force']);
    assert.equal(JSON.parse(readFileSync(baseline, 'utf8'))['dev.entities.f1'], 0.889);
    assert.equal((await run(['gates', '--data', shared, '--force'])).code, 2);
    assert.equal((await run(['gates', '--data', join(dir, 'no-shared')])).code, 1);
  });
});
