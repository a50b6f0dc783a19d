import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './index.js';

const forms = (s: string): string[] => tokenize(s).map((t) => t.form);

const CASES: [string, string, string[]][] = [
  ['punctuation is split', 'Hello, world!', ['Hello', ',', 'world', '!']],
  ['clitics', "I don't think they're here; we'll see, I've said I'm sure he'd go.", ['I', 'do', "n't", 'think', 'they', "'re", 'here', ';', 'we', "'ll", 'see', ',', 'I', "'ve", 'said', 'I', "'m", 'sure', 'he', "'d", 'go', '.']],
  ['possessives', "Carney's visit and Ukrainians' hopes", ['Carney', "'s", 'visit', 'and', 'Ukrainians', "'", 'hopes']],
  ['typographic apostrophes in plain strings', 'Carney\u2019s plan won\u2019t', ['Carney', '\u2019s', 'plan', 'wo', 'n\u2019t']],
  ['can\'t, won\'t and cannot', "can't won't cannot", ['ca', "n't", 'wo', "n't", 'can', 'not']],
  ['names with an apostrophe stay whole', "O'Brien met O'Neil's aide", ["O'Brien", 'met', "O'Neil", "'s", 'aide']],
  ['abbreviations keep their period', 'Mr. Smith and Dr. Jones of Acme Inc. met Gen. Lee on Dec. 5', ['Mr.', 'Smith', 'and', 'Dr.', 'Jones', 'of', 'Acme', 'Inc.', 'met', 'Gen.', 'Lee', 'on', 'Dec.', '5']],
  ['dotted acronyms', 'The U.S. and U.K., e.g. at 9 a.m.', ['The', 'U.S.', 'and', 'U.K.', ',', 'e.g.', 'at', '9', 'a.m.']],
  ['decimals and thousands', 'It cost $4.3 billion, or 1,200 jobs at 10:30.', ['It', 'cost', '$', '4.3', 'billion', ',', 'or', '1,200', 'jobs', 'at', '10:30', '.']],
  ['apostrophe as thousands separator', "UAH 6'500 and 1'200'000 but the 90's", ['UAH', "6'500", 'and', "1'200'000", 'but', 'the', '90', "'s"]],
  ['currency symbols are their own token', '$2 billion, \u20AC5m, \u00A31,400, US$3 and C$10', ['$', '2', 'billion', ',', '\u20AC', '5', 'm', ',', '\u00A3', '1,400', ',', 'US$', '3', 'and', 'C$', '10']],
  ['an amount joined to its multiplier by a hyphen', 'a $2-billion pledge and a 2-million-strong army', ['a', '$', '2', '-', 'billion', 'pledge', 'and', 'a', '2-million-strong', 'army']],
  ['percentages', 'up 45% or 4.5 %', ['up', '45', '%', 'or', '4.5', '%']],
  ['URLs and e-mail addresses are one token', 'See https://www.cbc.ca/news/a-b?x=1&y=2. Or mail press@gov.ua (or www.gov.ua).', ['See', 'https://www.cbc.ca/news/a-b?x=1&y=2', '.', 'Or', 'mail', 'press@gov.ua', '(', 'or', 'www.gov.ua', ')', '.']],
  ['hyphenated words are one token', 'post-war co-operate elements-further 5-year-old pro-Kremlin', ['post-war', 'co-operate', 'elements-further', '5-year-old', 'pro-Kremlin']],
  ['names joined by a hyphen are split so each can be a mention', 'Turkey-EU talks, Kyiv-based, US-led, F-16s', ['Turkey', '-', 'EU', 'talks', ',', 'Kyiv', '-', 'based', ',', 'US', '-', 'led', ',', 'F', '-', '16s']],
  ['dashes between words are split', 'war -- or peace - like', ['war', '--', 'or', 'peace', '-', 'like']],
  ['numbers glued to words', 'the 1990s, the 4th G7 and 5bn', ['the', '1990s', ',', 'the', '4th', 'G7', 'and', '5', 'bn']],
  ['ellipsis is one token', 'Wait... what?!', ['Wait', '...', 'what', '?!']],
  ['quotes and brackets', '"No," he said (twice).', ['"', 'No', ',', '"', 'he', 'said', '(', 'twice', ')', '.']],
  ['initials', 'J. R. R. Tolkien', ['J.', 'R.', 'R.', 'Tolkien']],
  ['domain names', 'on Amazon.com today', ['on', 'Amazon.com', 'today']],
  ['clitics after acronyms and numbers', "the U.S.'s plan, the 1990's and G7's", ['the', 'U.S.', "'s", 'plan', ',', 'the', '1990', "'s", 'and', 'G7', "'s"]],
  ['No. before a number only', 'No. 10 said no.', ['No.', '10', 'said', 'no', '.']],
  ['accented and non-Latin letters', 'Bogot\u00e1 and \u041a\u0438\u0457\u0432', ['Bogot\u00e1', 'and', '\u041a\u0438\u0457\u0432']],
];

for (const [name, input, expected] of CASES) {
  test(`tokenize: ${name}`, () => {
    assert.deepEqual(forms(input), expected);
  });
}

test('token offsets slice the input', () => {
  const s = 'Carney\'s $4.3bn pledge (see https://x.org/a). "Done," he said -- twice.';
  for (const t of tokenize(s)) assert.equal(s.slice(t.start, t.end), t.form);
});

test('tokenize: hashtags and handles are one token, #1 is not', () => {
  assert.deepEqual(forms('#StandWithUkraine says @POTUS, not #1'), ['#StandWithUkraine', 'says', '@POTUS', ',', 'not', '#', '1']);
});

test('tokenize: symbol runs and underscores', () => {
  assert.deepEqual(forms('==== Lisa_resume.doc ****'), ['====', 'Lisa_resume.doc', '****']);
});

test('tokenize: EWT hyphen splitting on request keeps prefixes', () => {
  const split = (s: string) => tokenize(s, { splitHyphens: true }).map((t) => t.form);
  assert.deepEqual(split('a post-war, pro-Kremlin 14-year-old re-elected co-founder'), ['a', 'post', '-', 'war', ',', 'pro-Kremlin', '14', '-', 'year', '-', 'old', 're-elected', 'co-founder']);
  assert.deepEqual(split("Kyiv-based don't-care"), ['Kyiv', '-', 'based', 'do', "n't", '-', 'care']);
});
