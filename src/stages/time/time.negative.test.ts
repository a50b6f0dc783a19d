/** Strings that must NOT be read as time expressions (chrono's negative-case habit). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './recognize.js';

const NONE: [string, string][] = [
  ['"May" as a modal verb', 'Russia may launch a new offensive.'],
  ['"May" as a modal verb at sentence start', 'May they succeed. Officials May Consider it.'],
  ['"march" as a noun', 'Thousands joined a protest march in Tbilisi.'],
  ['"March" as a verb', 'March with us, the organisers urged.'],
  ['a newspaper named after a day', 'The Sunday Times reported the deal.'],
  ['a day in a name', 'Bloody Sunday is remembered in Derry.'],
  ['a count that looks like a year', 'Some 2000 soldiers crossed the border.'],
  ['a count of 1500', 'About 1500 troops were deployed.'],
  ['an ordinal "second"', 'The election goes to a second round.'],
  ['"Independence Day" as a name', 'Independence Day celebrations were cancelled.'],
  ['"fall" as a verb', 'Prices could fall further.'],
  ['"Fall" as a verb at sentence start', 'Fall back, the commander ordered.'],
  ['"the fall of" an event', 'They recalled the fall of Kabul.'],
  ['"spring" as a noun', 'Water came from a spring.'],
  ['"Arab Spring" as a name', 'The Arab Spring changed the region.'],
  ['money', 'Canada pledged $2 billion.'],
  ['numbers and models', 'Ukraine received F-16 jets and 155mm shells; G7 leaders met.'],
  ['percentages', 'Turnout was 2024 percent of the forecast, or 45%.'],
  ['a resolution number', 'Resolution 2231 was adopted.'],
  ['a phone number', 'Call 555-2025 now-defunct lines.'],
  ['"as soon as"', 'They will leave as soon as they can.'],
  ['a frequency fraction', 'About three-quarters of voters agreed.'],
  ['"June" as a name', 'June Carter sang.'],
  ['a Christmas tree', 'They lit a Christmas tree in Kyiv.'],
  ['age', 'A 32-year-old man was arrested.'],
  ['"a day of mourning"', 'The president declared a day of mourning.'],
  ['"current" as a noun', 'The boat drifted with the current.'],
  ['"the day" as a subject', 'But the day belonged to the Czechs, and he paid for the day trip.'],
  ['spoken counts', 'Nineteen soldiers and two thousand civilians fled; twenty ninety-nine-cent coins.'],
  ['"the year before" with nothing to count', 'The quarter of the city was shelled.'],
  ['"the year before" heading a noun phrase', 'The year before the war was calm; the month before elections is tense.'],
  ['"the week" as a title', 'He wrote for The Week before joining the paper.'],
  ['a habit or a plan in the morning', 'People wake up in the morning. We will assess it in the morning. He stayed until three in the morning.'],
  ['an adjective "early morning"', 'He hosts an early morning weekend show.'],
  ['"-long" after no time unit', 'A mile-long convoy and a life-long friend arrived.'],
  ['a day inside a past stretch', 'On the fourth day of his tour, he met the president.'],
  ['a count of years that looks like a year', 'It continues a 2000 year old tradition and a 1500-year history.'],
  ['"high noon" as a film and an idiom', 'The poster showed Gary Cooper in "High Noon." For Poland, high noon has come.'],
];

for (const [name, text] of NONE) {
  test(`not a time: ${name}`, () => {
    const r = findTimexes(text, { ref: '2025-08-24' });
    assert.deepEqual(r.map((c) => text.slice(c.start, c.end)), []);
  });
}

const NONE_NEW: [string, string][] = [
  ['a count after a date range word', 'On March 3 and 4 people were hurt.'],
  ['"the end of" an event', 'It marked the end of the war and the start of the talks.'],
  ['a numbered month end', 'Results for month end 15 were filed.'],
  ['a quarter-like code after money', 'It cost $2Q.'],
  ['a hyphenated quarter adjective', 'He plays at three-quarter and passed a four-quarter test.'],
  ['a programme named "Today"', "He told BBC Radio 4's Today programme that This is VOA Today."],
];

for (const [name, text] of NONE_NEW) {
  test(`not a time: ${name}`, () => {
    const r = findTimexes(text, { ref: '2025-08-24' });
    const spans = r.map((c) => text.slice(c.start, c.end));
    // a date may stay; nothing else may be read
    assert.deepEqual(spans.filter((s) => !/^March 3$/.test(s)), []);
  });
}
