import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { articles, checkBlocks, errors, readAll, tempDir, writeFiles } from './testutil.js';

/** One WARC record, written by hand (the format is simple and the test should not depend on a writer). */
function record(type: string, uri: string, block: Buffer | string, date = '2025-04-07T12:00:00Z'): Buffer {
  const body = Buffer.isBuffer(block) ? block : Buffer.from(block, 'utf8');
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: ${date}\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(uri.length).padStart(12, '0')}>\r\n` +
    `Content-Type: application/http; msgtype=${type}\r\nContent-Length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body, Buffer.from('\r\n\r\n')]);
}

function http(body: Buffer | string, ctype = 'text/html; charset=utf-8', status = '200 OK'): Buffer {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${ctype}\r\nContent-Length: ${b.length}\r\n\r\n`), b]);
}

const page = (title: string, date?: string) =>
  `<html><head><title>${title}</title>${date ? `<meta property="article:published_time" content="${date}">` : ''}</head>` +
  `<body><article><h1>${title}</h1><p>The foreign minister of Norvale said on Monday that talks with Marland would continue for another week.</p>` +
  `<p>Norvale has pledged $ 40 million in aid, officials said.</p></article></body></html>`;

const RECORDS = [
  Buffer.from('WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/warc-fields\r\nContent-Length: 14\r\n\r\nsoftware: test\r\n\r\n'),
  record('request', 'https://news.example.org/a', 'GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n'),
  record('response', 'https://news.example.org/a', http(page('Envoy arrives in Portavel', '2025-04-06'))),
  record('response', 'https://news.example.org/logo.png', http(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'image/png')),
  record('response', 'https://news.example.org/moved', http('', 'text/html', '301 Moved Permanently')),
  record('response', 'https://news.example.org/b', http(page('Talks resume in Marland'))),
];

test('warc: HTML responses become articles; other records skipped; target URI and WARC-Date used', async () => {
  const f = writeFiles(tempDir(), { 'crawl.warc': Buffer.concat(RECORDS) });
  const rs = await readAll([f['crawl.warc']]);
  assert.equal(errors(rs).length, 0);
  const as = articles(rs);
  assert.deepEqual(as.map((a) => a.origin), [`${f['crawl.warc']}#3`, `${f['crawl.warc']}#6`]);
  assert.equal(as[0].format, 'warc');
  assert.equal(as[0].meta.url, 'https://news.example.org/a');
  assert.equal(as[0].meta.published, '2025-04-06');
  assert.equal(as[0].meta.publishedInferred, undefined);
  assert.equal(as[1].meta.published, '2025-04-07T12:00:00Z');
  assert.equal(as[1].meta.publishedInferred, true);
  assert.ok(as[1].text.startsWith('Talks resume in Marland\nThe foreign minister'));
  as.forEach(checkBlocks);
});

test('warc.gz (one gzip member per record) and sniffing without an extension', async () => {
  const gz = Buffer.concat(RECORDS.map((r) => gzipSync(r)));
  const f = writeFiles(tempDir(), { 'crawl.warc.gz': gz, 'crawl-noext': Buffer.concat(RECORDS) });
  const rs = await readAll([f['crawl.warc.gz'], f['crawl-noext']]);
  assert.equal(errors(rs).length, 0);
  assert.equal(articles(rs).length, 4);
});

test('truncated warc.gz: records before the break are read, then one E105 error', async () => {
  const gz = Buffer.concat(RECORDS.map((r) => gzipSync(r)));
  const f = writeFiles(tempDir(), { 'cut.warc.gz': gz.subarray(0, gz.length - 40) });
  const rs = await readAll([f['cut.warc.gz']]);
  assert.deepEqual(rs.map((r) => (r.ok ? 'ok' : r.error.code)), ['ok', 'E105']);
});

test('warc: an oversized record and an invalid-UTF-8 page are errors for that record only', async () => {
  const big = record('response', 'https://news.example.org/big', http(page('Big') + '<p>' + 'x'.repeat(5000) + '</p>'));
  const bad = record('response', 'https://news.example.org/bad', http(Buffer.concat([Buffer.from('<html><body><p>caf'), Buffer.from([0xe9]), Buffer.from(' talks</p></body></html>')])));
  const latin = record('response', 'https://news.example.org/latin', http(Buffer.from('<html><body><p>Caf\xe9 talks went on for hours, officials said.</p></body></html>', 'latin1'), 'text/html; charset=iso-8859-1'));
  const f = writeFiles(tempDir(), { 'x.warc': Buffer.concat([big, bad, latin, RECORDS[5]]) });
  const rs = await readAll([f['x.warc']], { maxBytes: 3000 });
  assert.deepEqual(rs.map((r) => (r.ok ? 'ok' : `${r.error.code} #${r.error.input!.split('#')[1]}`)), ['E103 #1', 'E101 #2', 'ok', 'ok']);
  assert.ok(articles(rs)[0].text.includes('Café talks'));
});

test('not a WARC: garbage after a WARC-looking start is E112', async () => {
  const f = writeFiles(tempDir(), { 'bad.warc': 'this is not a warc file at all\n\n' });
  const rs = await readAll([f['bad.warc']]);
  assert.equal(rs.length, 1);
  assert.equal(!rs[0].ok && rs[0].error.code, 'E112');
});
