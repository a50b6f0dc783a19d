/** Places where a sentence must NOT end, and strings that must NOT be split into tokens. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences, tokenize } from './index.js';

const ONE_SENTENCE: string[] = [
  'Mr. Smith met Mrs. Jones and Dr. Brown at 5 p.m. on Friday.',
  'The U.S. President met the U.K. Prime Minister.',
  'Gen. Valery Zaluzhny and Lt. Col. Ivan Petrenko of the 47th Brigade spoke.',
  'It cost $4.3 billion, up 2.5% from 3.9 in 2023.',
  'J. R. R. Tolkien and George R. R. Martin wrote books.',
  'He lives at No. 10 Downing St. in London.',
  'Acme Inc. and Widgets Ltd. signed the deal on Dec. 5 and Jan. 3.',
  '"Why?" he asked, and "Why not?" she replied.',
  'She said "we will win." and left.',
  'Prices rose (e.g. fuel, food, i.e. essentials) sharply.',
  'Visit www.gov.ua or https://president.gov.ua/en/news for details.',
  'Email press@mfa.gov.ua for the statement by the St. Petersburg office.',
  'The vote was 52-48 vs. 50-50 last time.',
  'He paused... and then continued speaking.',
];

for (const s of ONE_SENTENCE) {
  test(`one sentence: ${s}`, () => {
    const got = sentences(s).map((x) => s.slice(x.start, x.end));
    assert.deepEqual(got, [s]);
  });
}

const ONE_TOKEN: string[] = [
  'U.S.', 'U.K.', 'e.g.', 'i.e.', 'a.m.', 'Mr.', 'Dr.', 'Gen.', 'Dec.', 'St.', 'Inc.', '4.3', '1,200', '1,200,000.50',
  '10:30', 'post-war', 'co-operate', 'well-being', 'pro-Russian', 'anti-NATO', 'https://i.cbc.ca/1.7616454.1755986230!/fileImage/image.JPG?im=Resize%3D620',
  'http://example.com/a_(b)', 'www.bbc.co.uk', 'press@gov.ua', 'first.last@example.co.uk', "O'Brien", 'AT&T', 'G7', '1990s',
  '24/7', 'Amazon.com', 'US$', 'Zaporizhzhia', 'Bogot\u00e1',
];

for (const s of ONE_TOKEN) {
  test(`one token: ${s}`, () => {
    assert.deepEqual(tokenize(s).map((t) => t.form), [s]);
  });
}
