import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlArticle, maxTagDepth } from './html.js';
import { articles, checkBlocks, errors, readAll, tempDir, writeFiles } from './testutil.js';

const PAGE = `<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Marland rejects demand to withdraw troops | The Portavel Herald</title>
<meta property="og:site_name" content="The Portavel Herald">
<meta property="article:published_time" content="2025-06-12T09:30:00+02:00">
<meta name="author" content="Tomas Okafor">
<link rel="canonical" href="https://herald.example.org/world/marland-rejects-demand">
<script>var tracking = "<p>not text</p>"; for (var i = 0; i < 10; i++) {}</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Marland rejects demand to withdraw troops</h1>
<p>Marland on Thursday rejected a demand by Norvale to withdraw its troops from the border region, calling it &ldquo;unacceptable&rdquo;.</p>
<p>&quot;We will not leave our own land,&quot; Marland&#39;s defence minister, Petra Lund, said at a news conference in the capital &amp; largest city.</p>
<h2>Talks stalled</h2>
<p>Norvale had demanded the withdrawal within seven days. Mediators from the regional council said the talks had stalled and would resume next month.</p>
<script>document.write('<p>injected</p>')</script>
</article>
<footer>Copyright The Portavel Herald</footer>
</body></html>`;

test('html: headline, metadata, entities decoded, script/nav/footer dropped, offsets into the built text', () => {
  const a = htmlArticle(PAGE, 'page.html');
  assert.equal(a.format, 'html');
  assert.deepEqual(a.meta, {
    title: 'Marland rejects demand to withdraw troops',
    published: '2025-06-12T09:30:00+02:00',
    author: 'Tomas Okafor',
    url: 'https://herald.example.org/world/marland-rejects-demand',
    outlet: 'The Portavel Herald',
    language: 'en-GB',
  });
  const lines = a.text.split('\n');
  assert.equal(lines[0], 'Marland rejects demand to withdraw troops');
  assert.ok(lines.includes('"We will not leave our own land," Marland\'s defence minister, Petra Lund, said at a news conference in the capital & largest city.'));
  assert.ok(a.text.includes('“unacceptable”'));
  assert.ok(!/injected|tracking|Home|Copyright|color/.test(a.text));
  assert.equal(lines.filter((l) => l === 'Marland rejects demand to withdraw troops').length, 1, 'h1 not repeated');
  const kinds = a.blocks!.map((b) => b.kind);
  assert.equal(kinds[0], 'headline');
  assert.ok(kinds.includes('heading'));
  assert.equal(a.text.slice(a.blocks![kinds.indexOf('heading')].start, a.blocks![kinds.indexOf('heading')].end), 'Talks stalled');
  checkBlocks(a);
  // Blocks tile the text line by line.
  assert.equal(a.blocks!.length, lines.length);
});

test('html: JSON-LD and <time> supply date and author when meta tags are missing', () => {
  const html = `<html><head><title>Summit ends - Daily</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily"},{"@type":"NewsArticle","headline":"Summit ends without deal","datePublished":"2025-05-02T18:00:00Z","author":[{"@type":"Person","name":"A. Mensah"}],"publisher":{"@type":"Organization","name":"The Daily Ledger"}}]}</script>
<script type="application/ld+json">{ broken json</script>
</head><body><p>The two-day summit in Portavel ended on Friday without an agreement on the border, officials said, and the delegations left the city.</p></body></html>`;
  const a = htmlArticle(html, 'x.html');
  assert.equal(a.meta.title, 'Summit ends without deal');
  assert.equal(a.meta.published, '2025-05-02T18:00:00Z');
  assert.equal(a.meta.author, 'A. Mensah');
  assert.equal(a.meta.outlet, 'The Daily Ledger');
  const t = htmlArticle('<html><body><article><time datetime="2025-01-15">Jan 15</time><p>Short body text of the article.</p></article></body></html>', 't.html');
  assert.equal(t.meta.published, '2025-01-15');
});

test('html: container metadata and --published win; fallback date only fills a gap', () => {
  const a = htmlArticle(PAGE, 'p', { meta: { title: 'Feed title', url: 'https://feed.example.org/1' }, published: '2025-06-13' });
  assert.equal(a.meta.title, 'Feed title');
  assert.equal(a.meta.url, 'https://feed.example.org/1');
  assert.equal(a.meta.published, '2025-06-13');
  assert.ok(a.text.startsWith('Feed title\n'));
  const b = htmlArticle('<p>Body only, no date.</p>', 'b', { fragment: true, fallbackDate: '2025-01-01T00:00:00Z' });
  assert.equal(b.meta.published, '2025-01-01T00:00:00Z');
  assert.equal(b.meta.publishedInferred, true);
});

// The timeout is a hang guard (a recursive walk would overflow or take minutes), not a speed claim.
test('hostile html: deep nesting, unclosed tags, huge attributes, script floods finish', { timeout: 120_000 }, () => {
  const cases: Record<string, string> = {
    deep: '<html><head><title>Deep page title</title></head><body>' + '<div>'.repeat(50000) + 'Deep text survives.' + '</div>'.repeat(50000) + '</body></html>',
    unclosed: '<html><body>' + '<p><b><i><span>Unclosed text'.repeat(5000),
    attr: `<html><body><p title="${'a'.repeat(2_000_000)}">Text after a huge attribute.</p></body></html>`,
    scripts: '<html><body>' + '<script>while(true){}</script><p>Paragraph between scripts.</p>'.repeat(500) + '<script>never closed',
    garbage: '<<<>>><p<p>>Text</p></</>&&&;&#xFFFFFFFF;&bogus;<',
  };
  for (const [name, html] of Object.entries(cases)) {
    const a = htmlArticle(html, name);
    assert.ok(a.text.length > 0, name);
    assert.ok(!/while\(true\)|never closed/.test(a.text), name);
    checkBlocks(a);
  }
  assert.ok(htmlArticle(cases.deep, 'deep').text.includes('Deep text survives.'));
  assert.ok(maxTagDepth(cases.deep) > 1000);
  assert.ok(maxTagDepth(PAGE) < 20);
});

test('html without readable text is E108, named; readInputs goes on', async () => {
  const f = writeFiles(tempDir(), {
    'empty.html': '<html><head><script>var x = 1;</script></head><body>   </body></html>',
    'ok.html': PAGE,
  });
  const rs = await readAll([f['empty.html'], f['ok.html']]);
  assert.deepEqual(errors(rs).map((e) => [e.code, e.input]), [['E108', f['empty.html']]]);
  assert.equal(articles(rs).length, 1);
});

test('html: a date in the article address is used (inferred) when the page has none', () => {
  const a = htmlArticle('<html><head><link rel="canonical" href="https://x.example.org/world/2025/04/11/story"></head><body><p>Body of the story, long enough.</p></body></html>', 'u.html', { fallbackDate: '2025-06-01T00:00:00Z' });
  assert.equal(a.meta.published, '2025-04-11');
  assert.equal(a.meta.publishedInferred, true);
  const b = htmlArticle('<html><head><link rel="canonical" href="https://x.example.org/world/story-123"></head><body><p>Body.</p></body></html>', 'v.html');
  assert.equal(b.meta.published, undefined);
});
