import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { articles, checkBlocks, errors, readAll, tempDir, writeFiles } from './testutil.js';

const ARTICLE =
  'Norvale pledges aid to Marland after border talks\n' +
  'The foreign minister of Norvale, Ilse Varga, arrived in Portavel on Monday.\n' +
  'Aid package\n' +
  'Norvale will send $ 40 million in humanitarian aid, Varga said.\n' +
  'https://img.example.org/photos/varga-visit-20250407.jpg\n';

test('text: kept exactly as read, headline, blocks with original offsets, inferred date', async () => {
  const dir = tempDir();
  const f = writeFiles(dir, { 'a.txt': ARTICLE });
  const rs = await readAll([f['a.txt']]);
  assert.equal(rs.length, 1);
  const [a] = articles(rs);
  assert.equal(a.text, ARTICLE);
  assert.equal(a.format, 'text');
  assert.equal(a.origin, f['a.txt']);
  assert.equal(a.meta.title, 'Norvale pledges aid to Marland after border talks');
  assert.equal(a.meta.published, '2025-04-07');
  assert.equal(a.meta.publishedInferred, true);
  assert.deepEqual(a.blocks!.map((b) => b.kind), ['headline', 'paragraph', 'heading', 'paragraph', 'media']);
  checkBlocks(a);
});

test('text: --published wins and is not marked inferred', async () => {
  const f = writeFiles(tempDir(), { 'a.txt': ARTICLE });
  const [a] = articles(await readAll([f['a.txt']], { published: 'April 9, 2025' }));
  assert.equal(a.meta.published, '2025-04-09');
  assert.equal(a.meta.publishedInferred, undefined);
});

test('text: a UTF-8 BOM is dropped and noted; UTF-16 with BOM is decoded', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline\nBody text here.', 'utf16le')]);
  const f = writeFiles(tempDir(), { 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline\nBody.')]), 'u16.txt': utf16 });
  const [a, b] = articles(await readAll([f['bom.txt'], f['u16.txt']]));
  assert.equal(a.text, 'Headline\nBody.');
  assert.ok(a.diagnostics?.some((d) => /byte-order mark/.test(d.message)));
  assert.equal(b.text, 'Headline\nBody text here.');
});

test('bad input: invalid UTF-8, binary, NUL bytes, empty, whitespace-only, missing file', async () => {
  const dir = tempDir();
  const f = writeFiles(dir, {
    'latin1.txt': Buffer.from('Headline\nCaf\xe9 talks in Portavel.\n', 'latin1'),
    'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    'nul.txt': Buffer.from('Headline\nText with a \u0000 NUL byte.\n'),
    'empty.txt': '',
    'blank.txt': ' \n\n\t\n',
  });
  const rs = await readAll([f['latin1.txt'], f['image.txt'], f['nul.txt'], f['empty.txt'], f['blank.txt'], `${dir}/missing.txt`]);
  const errs = errors(rs);
  assert.equal(articles(rs).length, 0);
  assert.deepEqual(errs.map((e) => e.code), ['E101', 'E102', 'E102', 'E111', 'E111', 'E109']);
  assert.equal(errs[0].input, f['latin1.txt']);
  assert.match(errs[0].message, /invalid UTF-8 at byte 12/);
  for (const e of errs) assert.ok(!e.message.includes('\n'), 'one line');
  assert.match(errs[5].message, /no such file/);
});

test('bad input: too large (checked before reading), over-long line, and the next file is still read', async () => {
  const dir = tempDir();
  const f = writeFiles(dir, {
    'big.txt': 'Headline\n' + 'x'.repeat(5000) + '\n',
    'longline.txt': 'Headline\n' + 'word '.repeat(400) + '\n',
    'ok.txt': 'Headline\nBody.\n',
  });
  const rs = await readAll([f['big.txt'], f['longline.txt'], f['ok.txt']], { maxBytes: 4000, maxLineBytes: 1000 });
  assert.deepEqual(rs.map((r) => (r.ok ? 'ok' : r.error.code)), ['E103', 'E104', 'ok']);
});

test('gzip text is unwrapped; truncated gzip is E105', async () => {
  const gz = gzipSync(Buffer.from('Headline\nGzipped body text.\n'));
  const f = writeFiles(tempDir(), { 'a.txt.gz': gz, 'cut.txt.gz': gz.subarray(0, gz.length - 6), 'junk.gz': Buffer.from([0x1f, 0x8b, 1, 2, 3, 4, 5]) });
  const rs = await readAll([f['a.txt.gz'], f['cut.txt.gz'], f['junk.gz']]);
  assert.equal(rs[0].ok && rs[0].article.text, 'Headline\nGzipped body text.\n');
  assert.deepEqual(rs.slice(1).map((r) => (r.ok ? 'ok' : r.error.code)), ['E105', 'E105']);
});

test('stdin: `-` reads the given stream, sniffs the format, names the input `-`', async () => {
  const stdin = Readable.from([Buffer.from('Marland rejects Norvale demand\nMarland rejected the demand '), Buffer.from('on Friday, its spokesman said.\n')]);
  const [a] = articles(await readAll(['-'], { stdin }));
  assert.equal(a.origin, '-');
  assert.equal(a.format, 'text');
  assert.equal(a.text, 'Marland rejects Norvale demand\nMarland rejected the demand on Friday, its spokesman said.\n');
  const bad = await readAll(['-'], { stdin: Readable.from([Buffer.from([0xc3, 0x28, 0x0a])]) });
  assert.equal(!bad[0].ok && bad[0].error.code, 'E101');
  assert.equal(!bad[0].ok && bad[0].error.input, '-');
  const big = await readAll(['-'], { stdin: Readable.from([Buffer.alloc(3000, 0x61), Buffer.alloc(3000, 0x61)]), maxBytes: 4096 });
  assert.equal(!big[0].ok && big[0].error.code, 'E103');
});

test('an endless single line on stdin stops at the line cap, without reading it all', async () => {
  const chunk = Buffer.alloc(1 << 20, 0x61);
  let sent = 0;
  async function* endless() {
    for (;;) {
      sent++;
      yield chunk;
    }
  }
  const rs = await readAll(['-'], { stdin: Readable.from(endless()) });
  assert.equal(rs.length, 1);
  assert.equal(!rs[0].ok && rs[0].error.code, 'E104');
  assert.ok(sent < 64, `read ${sent} MiB`);
});
