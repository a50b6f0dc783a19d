/** Patterns added for TempEval-3 conventions: positive cases and strings that must not match. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './recognize.js';

const REF = '2013-03-22'; // a Friday

type Found = { text: string; value: string; type: string };
function all(text: string, ref = REF): Found[] {
  return findTimexes(text, { ref }).map((c) => ({ text: text.slice(c.start, c.end), value: c.value, type: c.type }));
}

test('the first day of a day-first range is a date of its own: "25-26 March", "25 and 27 March 2013"', () => {
  assert.deepEqual(all('The summit will be held on 25-26 March.').map((f) => [f.text, f.value]), [['25', '2013-03-25'], ['26 March', '2013-03-26']]);
  assert.deepEqual(all('Talks were held between 25 and 27 March 2012.').map((f) => [f.text, f.value]), [['25', '2012-03-25'], ['27 March 2012', '2012-03-27']]);
  assert.deepEqual(all('The festival runs 3rd to 5th of May.').map((f) => f.text), ['3rd', '5th of May']);
});

test('not a range start: money, decimals, descending numbers', () => {
  assert.deepEqual(all('It costs $25-26 March futures.').map((f) => f.text), ['26 March']);
  assert.deepEqual(all('Version 2.25-26 March build.').map((f) => f.text), ['26 March']);
  assert.deepEqual(all('The score was 26-25 March.').map((f) => f.text), ['25 March']);
});

test('sets: "every four years", "every 10 days", "every few days"; a rate after a count of time', () => {
  assert.deepEqual(all('Elections are held every four years.').map((f) => [f.text, f.type, f.value]), [['every four years', 'SET', 'P4Y']]);
  assert.deepEqual(all('Every 10 days, a convoy leaves.').map((f) => [f.text, f.value]), [['Every 10 days', 'P10D']]);
  assert.deepEqual(all('Every few days, a convoy leaves.').map((f) => [f.text, f.type, f.value]), [['Every few days', 'SET', 'PXD']]);
  assert.deepEqual(all('The store is open 24 hours a day.').map((f) => [f.text, f.type]), [['24 hours', 'DURATION'], ['a day', 'SET']]);
  assert.deepEqual(all('Twice a year, the board meets.').map((f) => [f.text, f.type]), [['a year', 'SET']]);
});

test('not a set: "every one of", "every nation", a single stretch', () => {
  assert.deepEqual(all('Every one of the years was hard.'), []);
  assert.deepEqual(all('Every nation has a duty.'), []);
  assert.deepEqual(all('He waited a day.').map((f) => f.type), ['DURATION']);
});

test('"six weeks ago" names the week, as "two months ago" names the month; "a week ago" stays a day', () => {
  assert.deepEqual(all('He spoke six weeks ago.', '2000-01-06').map((f) => f.value), ['1999-W47']);
  assert.deepEqual(all('He spoke two months ago.', '2000-01-06').map((f) => f.value), ['1999-11']);
  assert.deepEqual(all('He spoke a week ago.', '2000-01-06').map((f) => f.value), ['1999-12-30']);
});

test('"the day before/after" heading a clause after "in" or a date is "the day" already named', () => {
  const a = all('Stocks fell on Aug. 9. The index rebounded late in the day after falling 250 points.', '2007-08-10');
  assert.deepEqual(a.map((f) => [f.text, f.value]), [['Aug. 9', '2007-08-09'], ['the day', '2007-08-09']]);
  const b = all('Trading was thin after Oct. 12, the day before the plunge.', '1989-10-30');
  assert.deepEqual(b.map((f) => [f.text, f.value]), [['Oct. 12', '1989-10-12'], ['the day', '1989-10-12']]);
  // a stated day before or after keeps its shift
  const c = all('He arrived on March 3 and left the day after.', '2013-03-22');
  assert.deepEqual(c.map((f) => [f.text, f.value]), [['March 3', '2013-03-03'], ['the day after', '2013-03-04']]);
});

test('a name that ends in its year is dated by it: "WWDC 2005", "at Euro 2012,"', () => {
  assert.deepEqual(all('Jobs gives keynote to WWDC 2005\nApple CEO Steve Jobs spoke.').map((f) => [f.text, f.value]), [['2005', '2005']]);
  assert.deepEqual(all('He starred at Euro 2012, scoring twice.').map((f) => f.text), ['2012']);
});

test('not a year: a number inside a name ("Russell 2000 Index", "Windows 2000 Server")', () => {
  assert.deepEqual(all('The Russell 2000 Index fell.'), []);
  assert.deepEqual(all('It runs Windows 2000 Server software.'), []);
});

test('"later that year" takes the year of the nearest date named before, whatever its precision', () => {
  const a = all('He spoke on Friday. Munero fled to Florida in June 1998 and returned to Cuba later that year.', '2000-01-28');
  assert.deepEqual(a.map((f) => [f.text, f.value]), [['Friday', '2000-01-28'], ['June 1998', '1998-06'], ['that year', '1998']]);
});

test('a two-digit year after a preposition: "since \'82", "in \'09"', () => {
  assert.deepEqual(all('The Nikkei is at its lowest level since \'82.', '2008-10-27').map((f) => [f.text, f.value]), [["'82", '1982']]);
  assert.deepEqual(all('Profits peaked in ’09 and fell.', '2013-03-22').map((f) => [f.text, f.value]), [['’09', '2009']]);
});

test('not a short year: names with a two-digit number ("60 Minutes", "iLife \'11")', () => {
  assert.deepEqual(all('He told CBS\'s \'60 Minutes\' that it was over.'), []);
  assert.deepEqual(all('Apple unveils its iLife \'11 suite.'), []);
});

test('extents: "the third-quarter loss" leaves the determiner out; "Earlier Friday" leaves the adverb out', () => {
  assert.deepEqual(all('A major factor in the third-quarter loss was a write-down.', '1989-11-02').map((f) => [f.text, f.value]), [['third-quarter', '1989-Q3']]);
  assert.deepEqual(all('Profit rose in the third quarter.', '1989-11-02').map((f) => f.text), ['the third quarter']);
  assert.deepEqual(all('Earlier Friday, the court ruled.').map((f) => [f.text, f.value]), [['Friday', '2013-03-22']]);
  assert.deepEqual(all('He was arrested late Thursday.').map((f) => f.text), ['late Thursday']);
});

test('"single-day" is a one-day stretch; "in just minutes" a vague one', () => {
  assert.deepEqual(all('It was the worst single-day decline.').map((f) => [f.text, f.type, f.value]), [['single-day', 'DURATION', 'P1D']]);
  assert.deepEqual(all('The index fell 100 points in just minutes.').map((f) => [f.text, f.value]), [['minutes', 'PTXM']]);
});

test('not a stretch: "single-handed", "a single day-trader", "just minutes" with no preposition', () => {
  assert.deepEqual(all('He won single-handed.'), []);
  assert.deepEqual(all('A single-dayer is no unit.'), []);
  assert.deepEqual(all('Just minutes remained.'), []);
});

test('the second of two decades: "the 70s and 80s"; not "50s and 60s of them"', () => {
  assert.deepEqual(all('Cars of the 70s and 80s were boxy.').map((f) => [f.text, f.value]), [['the 70s', '197'], ['80s', '198']]);
  assert.deepEqual(all('He sold 50s and 60s of them.'), []);
});

test('"the final quarter of 2009" is Q4; "the last week of March" is the ISO week of its middle day', () => {
  assert.deepEqual(all('Ford made a profit in the final quarter of 2009.', '2010-01-28').map((f) => [f.text, f.value]), [['the final quarter of 2009', '2009-Q4']]);
  assert.deepEqual(all('Profits fell in the last quarter of last year.', '2009-04-01').map((f) => f.value), ['2008-Q4']);
  assert.deepEqual(all('Sales rebounded in the last week of March.', '2009-04-01').map((f) => [f.text, f.value]), [['the last week of March', '2009-W13']]);
  assert.deepEqual(all('Talks are set for the first week of May 2013.').map((f) => f.value), ['2013-W18']);
});

test('not a named quarter or week: "the last quarter" alone is the previous quarter; "week of action"', () => {
  assert.deepEqual(all('He left in the last quarter.', '2009-04-01').map((f) => f.value), ['2009-Q1']);
  assert.deepEqual(all('Unions called a week of action.').map((f) => f.type), ['DURATION']);
});

test('"the year ended March 31" is a twelve-month period; "for the year" alone is the calendar year', () => {
  assert.deepEqual(all('Revenue was $980 million in the year ended March 31.', '1989-10-31').map((f) => [f.text, f.type, f.value]).slice(0, 1), [['the year', 'DURATION', 'P1Y']]);
  assert.deepEqual(all('For the year, pet food volume was flat.', '1989-11-02').map((f) => [f.text, f.type, f.value]), [['the year', 'DATE', '1989']]);
  assert.deepEqual(all('The stock rose to a high for the year of $42.875 a share.', '1989-10-30').map((f) => [f.text, f.value]), [['the year', '1989']]);
});

test('not the calendar year: "the year of the dragon", "the year before"', () => {
  assert.deepEqual(all('It was the year of the dragon.'), []);
  // "the year before" closing a clause is the year before the one in focus (here the publication's)
  assert.deepEqual(all('Sales were lower the year before.', '1989-10-30').map((f) => [f.text, f.value]), [['the year before', '1988']]);
});

test('"the full year", "the fiscal year", "the latest fiscal year": the year reported on; "ended Jan. 31": a stretch', () => {
  assert.deepEqual(all('Sales for the full year were $6.6 billion.', '1989-10-30').map((f) => [f.text, f.value]), [['the full year', '1989']]);
  assert.deepEqual(all('It lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.', '2006-01-27').map((f) => f.value), ['2005-Q4', '2005']);
  assert.deepEqual(all('It had sales of $6 billion in the latest fiscal year.', '1989-10-30').map((f) => f.value), ['1988']);
  assert.deepEqual(all('In the fiscal year ended Jan. 31, sales rose.', '1989-10-30').map((f) => [f.text, f.type]), [['the fiscal year', 'DURATION'], ['Jan. 31', 'DATE']]);
});

test('not the reported year: "the fiscal year of the company", "the full year 2012" stays the year parser\'s', () => {
  assert.deepEqual(all('It changed the fiscal year of the company.'), []);
  assert.deepEqual(all('Results for the full year 2012 were strong.').map((f) => f.text), ['the full year 2012'.slice(-4)]);
});

test('tense: "could" is no future clue ("could not be reached Wednesday" is past); "will" still is', () => {
  assert.deepEqual(all('Officials could not be reached Wednesday for comment.', '2000-01-06').map((f) => f.value), ['2000-01-05']);
  assert.deepEqual(all('Officials will meet Wednesday.', '2000-01-06').map((f) => f.value), ['2000-01-12']);
});

test('not a time: "the future of Gibraltar"; another cause\'s "Memorial Day"', () => {
  assert.deepEqual(all('Talks on the future of Gibraltar began.'), []);
  assert.deepEqual(all('He will attend National Holocaust Memorial Day events.'), []);
  assert.deepEqual(all('Prices may rise in the future, he said.').map((f) => f.value), ['FUTURE_REF']);
  assert.deepEqual(all('Parades are held on Memorial Day.', '2025-05-01').map((f) => f.value), ['2025-05-26']);
});

test('not a time: "Midnight Mass"; "should be the year for" names no year', () => {
  assert.deepEqual(all('He will speak at Midnight Mass.'), []);
  assert.deepEqual(all('He said it should be the year for campaigning.'), []);
  assert.deepEqual(all('The offer expires at midnight.').map((f) => f.value), ['2013-03-22T24:00']);
});

test('a quarter not yet begun is last year\'s unless a tense puts it ahead', () => {
  assert.deepEqual(all('Private consumption up just 0.2% in the third quarter.', '2005-01-20').map((f) => f.value), ['2004-Q3']);
  assert.deepEqual(all('Sales will rise in the third quarter.', '2005-01-20').map((f) => f.value), ['2005-Q3']);
});
