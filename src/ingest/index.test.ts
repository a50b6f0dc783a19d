import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readInputs } from './index.js';
import { sniffFormat } from './detect.js';
import { articles, errors, readAll, tempDir, writeFiles } from './testutil.js';

const RSS = `<rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><description>First item body.</description></item>
<item><title>Two</title><description>Second item body.</description></item></channel></rss>`;

test('a directory with mixed formats is read recursively, sorted, dotfiles and non-article files skipped', async () => {
  const dir = tempDir();
  writeFiles(dir, {
    'b.txt': 'Text headline\nText body.\n',
    'a.html': '<html><head><title>Html headline</title></head><body><p>Html body text.</p></body></html>',
    'c/feed.rss': RSS,
    'c/d.jsonl': JSON.stringify({ title: 'J', text: 'J\nJsonl body.' }) + '\n',
    'c/bad.txt': Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x01]).subarray(2),
    '.hidden.txt': 'Hidden\nShould not be read.\n',
    '.git/x.txt': 'Hidden dir\nShould not be read.\n',
    'README.md': '# Not an article\n',
    'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
    'noext': 'Sniffed headline\nSniffed body.\n',
  });
  const rs = await readAll([dir]);
  const rel = (p: string) => p.slice(dir.length + 1);
  const names = rs.map((r) => (r.ok ? rel(r.article.origin) : `${r.error.code} ${rel(r.error.input!)}`));
  assert.deepEqual(names, ['a.html', 'b.txt', 'E102 c/bad.txt', 'c/d.jsonl#1', 'c/feed.rss#1', 'c/feed.rss#2', 'noext']);
  assert.deepEqual(articles(rs).map((a) => a.format), ['html', 'text', 'jsonl', 'rss', 'rss', 'text']);
});

test('format detection by extension, then sniffing; the format option overrides both', async () => {
  const dir = tempDir();
  const f = writeFiles(dir, {
    'page.dat': '<!DOCTYPE html><html><body><p>Sniffed as HTML page.</p></body></html>',
    'feed.dat': '<?xml version="1.0"?>\n<!-- comment -->\n' + RSS,
    'lines.dat': JSON.stringify({ text: 'Sniffed as JSONL.' }) + '\n',
    'tags.txt': '<p>Kept as text because the extension says so</p>\n',
  });
  const fmt = async (p: string, format?: 'text' | 'html') => articles(await readAll([p], { format })).map((a) => a.format);
  assert.deepEqual(await fmt(f['page.dat']), ['html']);
  assert.deepEqual(await fmt(f['feed.dat']), ['rss', 'rss']);
  assert.deepEqual(await fmt(f['lines.dat']), ['jsonl']);
  assert.deepEqual(await fmt(f['tags.txt']), ['text']);
  assert.deepEqual(await fmt(f['tags.txt'], 'html'), ['html']);
  assert.deepEqual(await fmt(f['page.dat'], 'text'), ['text']);
});

test('sniffFormat negatives: prose with < or { inside is text', () => {
  const s = (x: string) => sniffFormat(Buffer.from(x));
  assert.equal(s('Talks failed. 3 < 4 and {braces} appear later.'), 'text');
  assert.equal(s('WARC is mentioned here but not at the start'), 'text');
  assert.equal(s('  \n<feed xmlns="http://www.w3.org/2005/Atom">'), 'atom');
  assert.equal(s('<rdf:RDF xmlns:rdf="x">'), 'rss');
  assert.equal(s('WARC/1.1\r\n'), 'warc');
});

test('invalid options throw before reading: unknown format E110, bad published date E115', async () => {
  await assert.rejects(readAll(['x'], { format: 'pdf' as never }), (e: Error & { code?: string }) => e.code === 'E110');
  await assert.rejects(readAll(['x'], { published: 'someday' }), (e: Error & { code?: string }) => e.code === 'E115');
  await assert.rejects(readAll(['x'], { published: '2025-13' }), (e: Error & { code?: string }) => e.code === 'E115');
  // Reduced-precision ISO dates are accepted as given.
  const f = writeFiles(tempDir(), { 'a.txt': 'A\nBody.\n' });
  assert.equal(articles(await readAll([f['a.txt']], { published: '2025-08' }))[0].meta.published, '2025-08');
});

test('missing paths and a symlink loop are reported; reading goes on', async () => {
  const dir = tempDir();
  writeFiles(dir, { 'sub/a.txt': 'A\nBody.\n' });
  symlinkSync(dir, join(dir, 'sub', 'loop'));
  const rs = await readAll([join(dir, 'nope.txt'), dir]);
  assert.equal(errors(rs)[0].code, 'E109');
  assert.equal(articles(rs).length, 1);
});

test('stopping early closes cleanly (generator return)', async () => {
  const dir = tempDir();
  writeFiles(dir, { 'f.rss': RSS, 'g.txt': 'G\nBody.\n' });
  let n = 0;
  for await (const r of readInputs([dir])) {
    assert.ok(r.ok);
    if (++n === 1) break;
  }
  assert.equal(n, 1);
});

test('gzip-wrapped inputs: .jsonl.gz streams, .html.gz parses, gzip on stdin is sniffed', async () => {
  const jsonl = [1, 2, 3].map((i) => JSON.stringify({ title: `T${i}`, text: `T${i}\nBody ${i}.` })).join('\n');
  const f = writeFiles(tempDir(), {
    'a.jsonl.gz': gzipSync(jsonl),
    'b.html.gz': gzipSync('<html><head><title>Gz page</title></head><body><p>Compressed page body.</p></body></html>'),
  });
  const rs = await readAll([f['a.jsonl.gz'], f['b.html.gz']]);
  assert.deepEqual(articles(rs).map((a) => a.format), ['jsonl', 'jsonl', 'jsonl', 'html']);
  const stdin = Readable.from([gzipSync('<rss><channel><item><title>S</title><description>Stdin item.</description></item></channel></rss>')]);
  const [s] = articles(await readAll(['-'], { stdin }));
  assert.equal(s.origin, '-#1');
  assert.equal(s.format, 'rss');
});
