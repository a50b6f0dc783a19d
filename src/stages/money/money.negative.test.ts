/** Strings that must NOT be read as money. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMoney } from './recognize.js';

const NONE: [string, string][] = [
  ['a dollar sign alone', 'Prices in $ terms rose; the $ fell.'],
  ['G7', 'G7 leaders met in Kananaskis.'],
  ['aircraft names', 'Ukraine received F-16 jets and Su-27 parts.'],
  ['years', 'In 2022 and 1991 things changed.'],
  ['a count of people', 'The war displaced 2 billion people, or 10 million refugees.'],
  ['phone numbers', 'Call +1 555 123 4567 or (613) 555-0199.'],
  ['weights in pounds', 'The shell weighs 300 pounds.'],
  ['"won" as a verb', 'Ukraine won 3 medals; the team 2 won.'],
  ['percentages', 'Turnout was 45% and inflation 4.3 percent.'],
  ['a lower-case code-like word', 'They had 5 try at it.'],
  ['calibres and units', 'It fired 155mm shells 40 km away.'],
  ['dollars without a number', 'Billions of dollars were pledged; dollars flowed.'],
  ['a dollar sign before a word', 'US $ was flat and $x rose.'],
];

for (const [name, text] of NONE) {
  test(`not money: ${name}`, () => {
    assert.deepEqual(findMoney(text).map((m) => text.slice(m.start, m.end)), []);
  });
}
