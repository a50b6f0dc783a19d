import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField, formatRows, toCsv, toTable, type Column } from './output.js';
import { formatDuration, progressLine } from './progress.js';

test('csvField quotes only what needs quoting (RFC 4180)', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\r'), '"cr\r"');
  assert.equal(csvField(' edge'), '" edge"');
  assert.equal(csvField(undefined), '');
  assert.equal(csvField(null), '');
  assert.equal(csvField(0), '0');
});

interface R { name: string; n: number; note?: string }
const cols: Column<R>[] = [
  { header: 'name', get: (r) => r.name },
  { header: 'n', get: (r) => r.n, align: 'right' },
  { header: 'note', get: (r) => r.note, flex: true },
];
const rows: R[] = [{ name: 'Kyiv', n: 12, note: 'capital, "Kiev"' }, { name: 'Ottawa', n: 3 }];

test('toCsv writes a header and CRLF rows', () => {
  assert.equal(toCsv(rows, cols), 'name,n,note\r\nKyiv,12,"capital, ""Kiev"""\r\nOttawa,3,\r\n');
});

test('toTable aligns columns and fits the flexible one to the width', () => {
  const t = toTable(rows, cols);
  assert.equal(t, 'name     n  note\n------  --  ---------------\nKyiv    12  capital, "Kiev"\nOttawa   3\n');
  const narrow = toTable([{ name: 'A', n: 1, note: 'x'.repeat(100) }], cols, 30);
  for (const line of narrow.trimEnd().split('\n')) assert.ok(line.length <= 30, line);
  assert.match(narrow, /…/);
});

test('formatRows: json, ndjson, empty table', () => {
  assert.deepEqual(JSON.parse(formatRows(rows, cols, 'json')), rows);
  assert.equal(formatRows(rows, cols, 'ndjson').split('\n').length, 3);
  assert.equal(formatRows([], cols, 'table'), '');
  assert.equal(formatRows([], cols, 'json'), '[]\n');
});

test('progress line: count, rate, ETA when the total is known', () => {
  const line = progressLine({ articles: 20, failed: 1, skipped: 2, files: 5, totalFiles: 10, elapsed: 10 }, 100);
  assert.match(line, /5\/10 files/);
  assert.match(line, /20 articles/);
  assert.match(line, /2\.0\/s/);
  assert.match(line, /ETA 0:1[0-9]/);
  assert.doesNotMatch(progressLine({ articles: 3, failed: 0, skipped: 0, files: 1, elapsed: 1 }), /ETA/);
  assert.doesNotMatch(progressLine({ articles: 3, failed: 0, skipped: 0, files: 1, totalFiles: 1, elapsed: 1 }), /ETA/, 'one big file');
  assert.equal(formatDuration(3725), '1:02:05');
  assert.equal(formatDuration(Infinity), '--:--');
});
