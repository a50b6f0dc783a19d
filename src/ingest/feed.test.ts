import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articles, checkBlocks, errors, readAll, tempDir, writeFiles } from './testutil.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Portavel Herald &amp; Co – World</title>
  <link>https://herald.example.org/</link>
  <language>en</language>
  <item>
    <title>Norvale pledges $ 40 million in aid</title>
    <link>https://herald.example.org/1</link>
    <pubDate>Mon, 07 Apr 2025 10:15:00 +0200</pubDate>
    <dc:creator>Ilse Varga</dc:creator>
    <description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Norvale will send $ 40 million in humanitarian aid to Marland, the foreign minister said on Monday.</p><p>The aid includes food &amp; medicine.</p>]]></content:encoded>
  </item>
  <item>
    <title>Marland rejects withdrawal demand</title>
    <guid isPermaLink="true">https://herald.example.org/2</guid>
    <pubDate>Tue, 08 Apr 2025 08:00:00 GMT</pubDate>
    <description>&lt;p&gt;Marland rejected the demand on Tuesday, its spokesman said.&lt;/p&gt;</description>
  </item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Council Wire</title>
  <entry>
    <title type="html">Envoys meet in &lt;em&gt;Portavel&lt;/em&gt;</title>
    <link rel="enclosure" href="https://wire.example.org/photo.jpg"/>
    <link rel="alternate" href="https://wire.example.org/envoys"/>
    <published>2025-04-09T12:00:00Z</published>
    <author><name>K. Obi</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The envoys met for <b>three hours</b>, a spokesperson said.</p></div></content>
  </entry>
  <entry>
    <title>Second entry</title>
    <updated>2025-04-10</updated>
    <summary type="html">&lt;p&gt;Ministers agreed to meet again.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Text entry</title>
    <content type="text">Prices &lt; costs, officials said.</content>
  </entry>
</feed>`;

test('rss: one article per item with its own title, date, link, author; item HTML read', async () => {
  const f = writeFiles(tempDir(), { 'world.rss': RSS });
  const rs = await readAll([f['world.rss']]);
  const as = articles(rs);
  assert.equal(errors(rs).length, 0);
  assert.equal(as.length, 2);
  const [a, b] = as;
  assert.equal(a.origin, `${f['world.rss']}#1`);
  assert.equal(a.format, 'rss');
  assert.deepEqual(a.meta, {
    title: 'Norvale pledges $ 40 million in aid',
    published: '2025-04-07T10:15:00+02:00',
    url: 'https://herald.example.org/1',
    author: 'Ilse Varga',
    outlet: 'Portavel Herald & Co – World',
    language: 'en',
  });
  assert.equal(a.text, 'Norvale pledges $ 40 million in aid\nNorvale will send $ 40 million in humanitarian aid to Marland, the foreign minister said on Monday.\nThe aid includes food & medicine.');
  assert.equal(b.origin, `${f['world.rss']}#2`);
  assert.equal(b.meta.url, 'https://herald.example.org/2');
  assert.equal(b.meta.published, '2025-04-08T08:00:00Z');
  assert.equal(b.text, 'Marland rejects withdrawal demand\nMarland rejected the demand on Tuesday, its spokesman said.');
  as.forEach(checkBlocks);
});

test('atom: alternate link, html title, xhtml / html / text content', async () => {
  const f = writeFiles(tempDir(), { 'wire.xml': ATOM });
  const as = articles(await readAll([f['wire.xml']]));
  assert.equal(as.length, 3);
  assert.equal(as[0].format, 'atom');
  assert.equal(as[0].meta.title, 'Envoys meet in Portavel');
  assert.equal(as[0].meta.url, 'https://wire.example.org/envoys');
  assert.equal(as[0].meta.author, 'K. Obi');
  assert.equal(as[0].meta.outlet, 'Council Wire');
  assert.equal(as[0].text, 'Envoys meet in Portavel\nThe envoys met for three hours, a spokesperson said.');
  assert.equal(as[1].meta.published, '2025-04-10');
  assert.equal(as[1].text, 'Second entry\nMinisters agreed to meet again.');
  assert.equal(as[2].text, 'Text entry\nPrices < costs, officials said.');
});

test('--published overrides item dates', async () => {
  const f = writeFiles(tempDir(), { 'world.rss': RSS });
  const as = articles(await readAll([f['world.rss']], { published: '2025-04-11' }));
  assert.deepEqual(as.map((a) => a.meta.published), ['2025-04-11', '2025-04-11']);
});

test('malformed XML is one E106 error naming the file, with line and column; the next file is read', async () => {
  const f = writeFiles(tempDir(), {
    'broken.rss': '<rss><channel><item><title>Open item</title></channel></rss>',
    'cut.rss': RSS.slice(0, 400),
    'notfeed.xml': '<?xml version="1.0"?><catalog><book>x</book></catalog>',
    'world.rss': RSS,
  });
  const rs = await readAll([f['broken.rss'], f['cut.rss'], f['notfeed.xml'], f['world.rss']]);
  const errs = errors(rs);
  assert.deepEqual(errs.map((e) => [e.code, e.input]), [['E106', f['broken.rss']], ['E106', f['cut.rss']], ['E114', f['notfeed.xml']]]);
  assert.match(errs[0].message, /line 1, column \d+/);
  assert.equal(articles(rs).length, 2);
});

test('a bad item is an error item path#N; the other items are read', async () => {
  const xml = `<rss version="2.0"><channel><title>T</title>
<item><title>Good one</title><description>Body of the good item.</description></item>
<item><description>   </description></item>
<item><title>Title only</title></item>
</channel></rss>`;
  const f = writeFiles(tempDir(), { 'x.rss': xml });
  const rs = await readAll([f['x.rss']]);
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.origin : `${r.error.code} ${r.error.input}`)), [
    `${f['x.rss']}#1`,
    `E113 ${f['x.rss']}#2`,
    `${f['x.rss']}#3`,
  ]);
  const titleOnly = articles(rs)[1];
  assert.equal(titleOnly.text, 'Title only');
  assert.equal(titleOnly.blocks![0].kind, 'headline');
});

// The timeout is a hang guard for an expanding bomb, not a speed claim.
test('XML entity bombs are refused, not expanded', { timeout: 120_000 }, async () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'x'.repeat(50)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
<rss><channel><item><title>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</title><description>x</description></item></channel></rss>`;
  const f = writeFiles(tempDir(), { 'bomb.rss': bomb });
  const rs = await readAll([f['bomb.rss']]);
  for (const r of rs) if (r.ok) assert.ok(r.article.text.length < 1_000_000);
});
