import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { splitLines } from './bytes.js';
import { articles, checkBlocks, errors, readAll, tempDir, writeFiles } from './testutil.js';

const line = (o: unknown) => JSON.stringify(o);

test('jsonl: text and html records, metadata, bad lines are path#lineNo errors, the rest is read', async () => {
  const body = [
    line({ id: 'a1', title: 'Envoy visits Portavel', date: '2025-04-07', url: 'https://x.example.org/a1', text: 'The envoy of Norvale visited Portavel on Monday, officials said.' }),
    '',
    '{"id": "broken", "title": "no end',
    line({ id: 'h1', title: 'Ministers meet', date: 'Tue, 08 Apr 2025 09:00:00 GMT', html: '<p>The ministers met &amp; talked.</p><p>They will meet again.</p>' }),
    line(['not', 'an', 'object']),
    line({ id: 'x', title: 'No body' }),
    line({ id: 't2', text: 'Marland rejects demand\nMarland rejected the demand on Friday.' }),
  ].join('\n');
  const f = writeFiles(tempDir(), { 'news.jsonl': body + '\n' });
  const p = f['news.jsonl'];
  const rs = await readAll([p]);
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.origin : `${r.error.code} ${r.error.input}`)), [
    `${p}#1`,
    `E107 ${p}#3`,
    `${p}#4`,
    `E113 ${p}#5`,
    `E113 ${p}#6`,
    `${p}#7`,
  ]);
  const [a, h, t2] = articles(rs);
  assert.equal(a.format, 'jsonl');
  assert.equal(a.text, 'The envoy of Norvale visited Portavel on Monday, officials said.');
  assert.deepEqual(a.meta, { title: 'Envoy visits Portavel', published: '2025-04-07', url: 'https://x.example.org/a1' });
  // The container title differs from the text's first line: that line is body, not headline.
  assert.equal(a.blocks![0].kind, 'paragraph');
  assert.equal(h.text, 'Ministers meet\nThe ministers met & talked.\nThey will meet again.');
  assert.equal(h.meta.published, '2025-04-08T09:00:00Z');
  assert.equal(t2.meta.title, 'Marland rejects demand');
  assert.equal(t2.blocks![0].kind, 'headline');
  for (const x of [a, h, t2]) checkBlocks(x);
});

test('jsonl: an over-long line is E104 for that line only; invalid UTF-8 in a line is E101', async () => {
  const long = line({ title: 'Long', text: 'word '.repeat(2000) });
  const body = Buffer.concat([
    Buffer.from(line({ text: 'First line text.' }) + '\n'),
    Buffer.from(long + '\n'),
    Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from(' talks"}\n'),
    Buffer.from(line({ text: 'Last line text.' }) + '\r\n'),
  ]);
  const f = writeFiles(tempDir(), { 'x.ndjson': body });
  const rs = await readAll([f['x.ndjson']], { maxLineBytes: 1000 });
  assert.deepEqual(rs.map((r) => (r.ok ? 'ok' : `${r.error.code}#${r.error.input!.split('#')[1]}`)), ['ok', 'E104#2', 'E101#3', 'ok']);
  assert.equal(articles(rs)[1].text, 'Last line text.');
});

test('jsonl: a huge single line is skipped in bounded memory (streamed, never buffered whole)', async () => {
  const dir = tempDir();
  const path = `${dir}/huge.jsonl`;
  const out = createWriteStream(path);
  out.write('{"text": "');
  const chunk = Buffer.alloc(1 << 20, 0x61);
  for (let i = 0; i < 64; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.write('"}\n' + line({ text: 'After the huge line.' }) + '\n');
  out.end();
  await once(out, 'finish');
  const before = process.memoryUsage().rss;
  const rs = await readAll([path], { maxLineBytes: 1 << 20 });
  const grew = process.memoryUsage().rss - before;
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.text : r.error.code)), ['E104', 'After the huge line.']);
  assert.ok(grew < 48 * (1 << 20), `memory grew by ${grew}`);
});

test('splitLines: lines across chunk borders, CRLF, no trailing newline', async () => {
  async function* chunks() {
    yield Buffer.from('ab');
    yield Buffer.from('c\r\nde');
    yield Buffer.from('f\n\nlast');
  }
  const got: string[] = [];
  for await (const l of splitLines(chunks(), 100)) got.push(l.ok ? Buffer.from(l.bytes).toString() : `!${l.length}`);
  assert.deepEqual(got, ['abc', 'def', '', 'last']);
});

test('.json: one object or an array of objects', async () => {
  const f = writeFiles(tempDir(), {
    'one.json': JSON.stringify({ title: 'One', text: 'One\nBody one.' }, null, 2),
    'many.json': JSON.stringify([{ text: 'A\nBody a.' }, { nope: 1 }, { html: '<p>Body b.</p>' }]),
    'bad.json': '{"text": ',
  });
  const rs = await readAll([f['one.json'], f['many.json'], f['bad.json']]);
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.origin : `${r.error.code} ${r.error.input}`)), [
    f['one.json'],
    `${f['many.json']}#1`,
    `E113 ${f['many.json']}#2`,
    `${f['many.json']}#3`,
    `E107 ${f['bad.json']}`,
  ]);
  assert.equal(errors(rs).length, 2);
});
