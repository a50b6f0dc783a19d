import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, inferPublished, normalizeDate } from './dates.js';

test('normalizeDate: ISO, RFC 822, written dates; offsets kept as written', () => {
  assert.equal(normalizeDate('2031-04-08'), '2031-04-08');
  assert.equal(normalizeDate('2031-04-08T10:15:00+03:00'), '2031-04-08T10:15:00+03:00');
  assert.equal(normalizeDate('2031-04-08T10:15Z'), '2031-04-08T10:15:00Z');
  assert.equal(normalizeDate('Tue, 08 Apr 2031 10:15:00 +0300'), '2031-04-08T10:15:00+03:00');
  assert.equal(normalizeDate('Tue, 08 Apr 2031 10:15:00 GMT'), '2031-04-08T10:15:00Z');
  assert.equal(normalizeDate('8 Apr 2031'), '2031-04-08');
  assert.equal(normalizeDate('April 8, 2031'), '2031-04-08');
  assert.equal(normalizeDate('Tuesday, April 8th, 2031'), '2031-04-08');
  assert.equal(normalizeDate('8 April 2031'), '2031-04-08');
  assert.equal(normalizeDate('20310408'), '2031-04-08');
  assert.equal(normalizeDate('2024-02-29'), '2024-02-29');
});

test('normalizeDate negatives: not dates, impossible dates', () => {
  for (const s of ['', '   ', 'yesterday', 'Sunday', '2031-02-30', '2023-02-29', '2031-13-01', '31/04/2031', 'April 2031', 'Foo 8, 2031', '99999999', '12345']) {
    assert.equal(normalizeDate(s), undefined, s);
  }
  assert.equal(normalizeDate(undefined), undefined);
  assert.equal(normalizeDate(null), undefined);
});

test('inferPublished prefers a dateline, then an address, then the latest text date', () => {
  const now = new Date('2032-01-01T00:00:00Z');
  assert.equal(inferPublished('Title\nMarland, April 8, 2031\nThe war began on May 2, 2029.', now)?.value, '2031-04-08');
  const withUrl = 'Title\nThe republic declared independence on August 3, 1992, officials said.\nhttps://img.example.org/pics/summit-20310407.JPG?w=620';
  const g = inferPublished(withUrl, now);
  assert.equal(g?.value, '2031-04-07');
  assert.equal(g?.source, 'address');
  assert.equal(withUrl.slice(g!.start, g!.end), '20310407');
  assert.equal(inferPublished('Title\nA long first paragraph that mentions the treaty signed on 4 March 2019 and more words to make it long enough.\nThe talks of June 1, 2020 failed.', now)?.value, '2020-06-01');
});

test('findDates negatives: no dates in numbers, prices, far future or impossible addresses', () => {
  const now = new Date('2032-01-01T00:00:00Z');
  assert.deepEqual(findDates('The ministry pledged $ 20250823 in aid.', now), []);
  assert.deepEqual(findDates('Order 12345678 was placed. Phone 2025 0823.', now), []);
  assert.deepEqual(findDates('https://example.org/item/20251399/page', now), []);
  assert.deepEqual(findDates('The plan runs to January 1, 2090.', now), []);
  assert.deepEqual(findDates('In April the talks resumed.', now), []);
});

test('dateFromFileName reads real calendar dates from the last path segment only', async () => {
  const { dateFromFileName } = await import('./dates.js');
  assert.equal(dateFromFileName('/data/2022-03-03_briefing.txt'), '2022-03-03');
  assert.equal(dateFromFileName('archive/report-20250823.txt'), '2025-08-23');
  assert.equal(dateFromFileName('feeds/2022_04_13.jsonl#4'), '2022-04-13');
  assert.equal(dateFromFileName('/2022-03-03/article.txt'), undefined);
  assert.equal(dateFromFileName('2022-02-30_x.txt'), undefined);
  assert.equal(dateFromFileName('order-12345678901.txt'), undefined);
  assert.equal(dateFromFileName('-'), undefined);
});

test('a text file named by date gets that publication date, marked inferred', async () => {
  const { textArticle } = await import('./text.js');
  const a = textArticle('A headline\nThe war began on May 2, 1920.\n', '/corpus/2022-03-03_address.txt');
  assert.equal(a.meta.published, '2022-03-03');
  assert.equal(a.meta.publishedInferred, true);
  const given = textArticle('A headline\nBody text.\n', '/corpus/2022-03-03_address.txt', { published: '2022-03-05' });
  assert.equal(given.meta.published, '2022-03-05');
});
