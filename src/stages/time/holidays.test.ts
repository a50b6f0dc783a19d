/** Named days: Western and Orthodox Easter reckoning, ICU lunar calendars, and what is no holiday. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './recognize.js';
import { HOLIDAYS, easter, holidayKey, orthodoxEaster } from './holidays.js';
import { fmtDay } from './dates.js';

const day = (key: string, y: number): string => {
  const d = HOLIDAYS[key](y);
  return d ? fmtDay(d) : 'none';
};

test('holidays: Easter, Orthodox Easter and the days reckoned from them', () => {
  assert.equal(fmtDay(easter(2013)), '2013-03-31');
  assert.equal(fmtDay(easter(2024)), '2024-03-31');
  assert.equal(fmtDay(orthodoxEaster(2023)), '2023-04-16');
  assert.equal(fmtDay(orthodoxEaster(2024)), '2024-05-05');
  assert.equal(day('palm sunday', 2013), '2013-03-24');
  assert.equal(day('ash wednesday', 2024), '2024-02-14');
  assert.equal(day('easter monday', 2025), '2025-04-21');
  assert.equal(day('pentecost', 2025), '2025-06-08');
});

test('holidays: Hebrew, Islamic and Chinese calendar days (ICU)', () => {
  assert.equal(day('passover', 2013), '2013-03-26');
  assert.equal(day('yom kippur', 2023), '2023-09-25');
  assert.equal(day('hanukkah', 2023), '2023-12-08');
  assert.equal(day('eid al-fitr', 2023), '2023-04-21');
  assert.equal(day('eid al-adha', 2024), '2024-06-16');
  assert.equal(day('lunar new year', 2024), '2024-02-10');
});

test('holidays: spellings map to one key', () => {
  assert.equal(holidayKey("St. Patrick’s Day"), "st patrick's day");
  assert.equal(holidayKey('Saint Patrick\'s Day'), "st patrick's day");
  assert.equal(holidayKey('Eid ul-Adha'), 'eid al-adha');
  assert.equal(holidayKey('Chanukah'), 'hanukkah');
  assert.equal(holidayKey('Martin Luther King Jr. Day'), 'martin luther king day');
});

const CASES: [string, string, string, string][] = [
  // [sentence, reference date, extent, value]
  ['Pope Francis will celebrate Mass on Palm Sunday.', '2013-03-22', 'Palm Sunday', '2013-03-24'],
  ['The truce held over Orthodox Easter.', '2023-04-20', 'Orthodox Easter', '2023-04-16'],
  ['Shops close on Easter Monday.', '2025-04-10', 'Easter Monday', '2025-04-21'],
  ['Fighting paused for Eid al-Fitr.', '2023-05-02', 'Eid al-Fitr', '2023-04-21'],
  ['Parades were held on St. Patrick\'s Day.', '2013-03-22', 'St. Patrick\'s Day', '2013-03-17'],
  ['Rallies are planned for May Day.', '2025-04-20', 'May Day', '2025-05-01'],
  ['Egypt attacked on Yom Kippur in 1973.', '2023-10-06', 'Yom Kippur', '1973-10-06'],
];

for (const [sentence, ref, extent, value] of CASES) {
  test(`holiday: ${sentence}`, () => {
    const r = findTimexes(sentence, { ref });
    const hit = r.find((c) => sentence.slice(c.start, c.end) === extent);
    assert.ok(hit, `${extent} in ${JSON.stringify(r.map((c) => sentence.slice(c.start, c.end)))}`);
    assert.equal(hit.value, value);
  });
}

test('holiday: a day that moves has no month or day without a reference date', () => {
  const r = findTimexes('They met on Palm Sunday.', {});
  assert.equal(r.length, 1);
  assert.equal(r[0].value, 'XXXX-XX-XX');
  assert.equal(findTimexes('They met on Boxing Day.', {})[0].value, 'XXXX-12-26');
});

const NONE: [string, string][] = [
  ['a meal named after a feast', 'They ate a Passover seder with friends.'],
  ['greetings', 'He sent Eid al-Adha greetings to Muslims.'],
  ['a parade named after a day', 'The St. Patrick\'s Day Parade drew crowds.'],
  ['"may" and "day" apart', 'The day may come when it ends.'],
];

for (const [name, text] of NONE) {
  test(`not a holiday: ${name}`, () => {
    assert.deepEqual(findTimexes(text, { ref: '2025-08-24' }).map((c) => text.slice(c.start, c.end)), []);
  });
}
