/** Time expressions: recognition, extents and TIMEX3 values against a reference date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimexes } from './recognize.js';
import { timeStage } from './index.js';
import { createDocument } from '../../model/document.js';
import { CleanBuilder } from '../../model/offsets.js';
import { isoWeek, parseRef } from './dates.js';
import { sentenceAround } from './tense.js';

const REF = '2025-08-24'; // a Sunday

function one(text: string, ref: string | null = REF): { text: string; value: string; type: string } {
  const r = findTimexes(text, { ref: ref ?? undefined });
  assert.equal(r.length, 1, `one expression in ${JSON.stringify(text)}, got ${JSON.stringify(r.map((c) => text.slice(c.start, c.end)))}`);
  return { text: text.slice(r[0].start, r[0].end), value: r[0].value, type: r[0].type };
}

const CASES: [string, string, string, string?][] = [
  // [sentence, expected extent, expected value, expected type]
  ['Carney arrived in Kyiv on Sunday.', 'Sunday', '2025-08-24'],
  ['Carney met Zelenskyy on Friday.', 'Friday', '2025-08-22'],
  ['Leaders will meet on Friday.', 'Friday', '2025-08-29'],
  ["They'll talk again Tuesday.", 'Tuesday', '2025-08-26'],
  ['The summit was held last week.', 'last week', '2025-W33'],
  ['Talks resume next week.', 'next week', '2025-W35'],
  ['Officials said this week that aid continues.', 'this week', '2025-W34'],
  ['Russia launched drones yesterday.', 'yesterday', '2025-08-23'],
  ['The vote is today.', 'today', '2025-08-24'],
  ['He speaks tonight.', 'tonight', '2025-08-24TNI', 'TIME'],
  ['Sales rose this month.', 'this month', '2025-08'],
  ['Exports fell last year.', 'last year', '2024'],
  ['The war started in April 2005.', 'April 2005', '2005-04'],
  ['Ukraine declared independence on August 24, 1991.', 'August 24, 1991', '1991-08-24'],
  ['Independence was declared on 24 August 1991.', '24 August 1991', '1991-08-24'],
  ['The parade is on 24 August.', '24 August', '2025-08-24'],
  ['It happened on Aug. 24.', 'Aug. 24', '2025-08-24'],
  ['The memorandum was signed 2022-03-03.', '2022-03-03', '2022-03-03'],
  ['The offensive began in March.', 'March', '2025-03'],
  ['Elections are due in November.', 'November', '2025-11'],
  ['Prices were stable in the 1990s.', 'the 1990s', '199'],
  ['The index rose 2% to end the day at 8,017.', 'the day', '2025-08-24'],
  ['Shares slid at the start of the day.', 'the start of the day', '2025-08-24'],
  ["Drones matter in today's wars.", 'today', 'PRESENT_REF'],
  ["It was in today's edition.", 'today', '2025-08-24'],
  ['Sales have fallen for six consecutive quarters.', 'six consecutive quarters', 'P6Q', 'DURATION'],
  ['The talks ended on Thursday, and both sides will return.', 'Thursday', '2025-08-21'],
  ['She died on Friday at the age of 87.', 'Friday', '2025-08-22'],
  ['The plant closed in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
  ['It began in January nineteen ninety-seven.', 'January nineteen ninety-seven', '1997-01'],
  ['They froze during the winter of nineteen eighty-four.', 'the winter of nineteen eighty-four', '1984-WI'],
  ['The pledge ran until the year two thousand.', 'the year two thousand', '2000'],
  ['Rents soared in the nineties.', 'the nineties', '199'],
  ['The offensive came this summer.', 'this summer', '2025-SU'],
  ['Fighting eased last winter.', 'last winter', '2025-WI'],
  ['He has recently visited Kyiv.', 'recently', 'PAST_REF'],
  ['The country is now at war.', 'now', 'PRESENT_REF'],
  ['Troops are currently deployed.', 'currently', 'PRESENT_REF'],
  ['The war has lasted three years.', 'three years', 'P3Y', 'DURATION'],
  ['The talks took six months.', 'six months', 'P6M', 'DURATION'],
  ['Less than six months later, the deal collapsed.', 'Less than six months later', 'P6M', 'DURATION'],
  ['The meeting starts at 5 p.m. today.', '5 p.m. today', '2025-08-24T17:00', 'TIME'],
  ['The meeting starts at 5 p.m.', '5 p.m.', '2025-08-24T17:00', 'TIME'],
  ['Ministers meet every week.', 'every week', 'P1W', 'SET'],
  ['Reports are published daily.', 'daily', 'P1D', 'SET'],
  ['The pact was signed two years ago.', 'two years ago', '2023'],
  ['The siege ended 10 days ago.', '10 days ago', '2025-08-14'],
  ['Revenue grew in the third quarter.', 'the third quarter', '2025-Q3'],
  ['Revenue grew in the second quarter of 2024.', 'the second quarter of 2024', '2024-Q2'],
  ['The plan covers the first half of 2026.', 'the first half of 2026', '2026-H1'],
  ['The 20th century saw two world wars.', 'The 20th century', '19'],
  ['The treaty dates from 1648.', '1648', '1648'],
  ['He was born in 1962.', '1962', '1962'],
  ['In mid-March, troops withdrew.', 'mid-March', '2025-03'],
  ['The ceasefire began on Christmas Day.', 'Christmas Day', '2024-12-25'],
  ['They spoke on Friday morning.', 'Friday morning', '2025-08-22TMO', 'TIME'],
  ['Shelling continued overnight and this morning.', 'this morning', '2025-08-24TMO', 'TIME'],
  ['The strike hit last night.', 'last night', '2025-08-23TNI', 'TIME'],
  ['The eight-year war ended.', 'eight-year', 'P8Y', 'DURATION'],
  ['It has lasted for years.', 'years', 'PXY', 'DURATION'],
  ['Fighting lasted several weeks.', 'several weeks', 'PXW', 'DURATION'],
  ['The deal was signed on 3/3/2022.', '3/3/2022', '2022-03-03'],
  ['It takes 2 1/2 years.', '2 1/2 years', 'P2Y6M', 'DURATION'],
  ['The talks were held in the spring of 2023.', 'the spring of 2023', '2023-SP'],
  ['They met at noon Thursday.', 'noon Thursday', '2025-08-21T12:00', 'TIME'],
  ['Aid will come in the near future.', 'the near future', 'FUTURE_REF'],
  ['The agreement was reached in early 2024.', 'early 2024', '2024'],
  ['NATO will grow by the end of 2026.', 'the end of 2026', '2026'],
  ['Prices rose in the second half of the year.', 'the second half of the year', '2025-H2'],
  ['Over the years, it grew.', 'the years', 'PXY', 'DURATION'],
  ['Days later, he left.', 'Days later', 'PXD', 'DURATION'],
  ['Markets stay closed until Friday.', 'Friday', '2025-08-29'],
  ['Dealers will be told after October of next year.', 'October of next year', '2026-10'],
  ['The team planned to leave on Thursday.', 'Thursday', '2025-08-28'],
  ['Trading resumed at 14:58 UTC.', '14:58 UTC', '2025-08-24T14:58Z', 'TIME'],
  ['He left a week ago.', 'a week ago', '2025-08-17'],
  ['Aid is frozen for the time being.', 'the time being', 'PRESENT_REF'],
];

for (const [sentence, extent, value, type] of CASES) {
  test(`time: ${sentence}`, () => {
    const r = one(sentence);
    assert.equal(r.text, extent);
    assert.equal(r.value, value);
    if (type) assert.equal(r.type, type);
  });
}

test('time: several expressions keep text order and distinct spans', () => {
  const text = 'On Monday, Kyiv said that by March 2026 and for two years after, aid would flow every month.';
  const r = findTimexes(text, { ref: REF });
  assert.deepEqual(r.map((c) => [text.slice(c.start, c.end), c.value]), [
    ['Monday', '2025-08-18'], ['March 2026', '2026-03'], ['two years', 'P2Y'], ['every month', 'P1M'],
  ]);
});

test('time: "the next day" resolves from the date the text last named', () => {
  const text = 'Troops crossed on June 3, 2024. The next day they took the bridge.';
  const r = findTimexes(text, { ref: REF });
  assert.equal(r[1].value, '2024-06-04');
});

test('time: "a year earlier" after a quarter names that quarter a year before', () => {
  const text = 'Profit rose in the third quarter. A year earlier it fell.';
  const r = findTimexes(text, { ref: '1989-10-26' });
  assert.deepEqual(r.map((c) => c.value), ['1989-Q3', '1988-Q3']);
});

test('time: a time of day takes the date of its sentence', () => {
  const text = 'Carney arrived on Sunday and spoke at 5 p.m. to reporters.';
  const r = findTimexes(text, { ref: '2025-08-25' });
  assert.deepEqual(r.map((c) => [text.slice(c.start, c.end), c.value]), [['Sunday', '2025-08-24'], ['5 p.m.', '2025-08-24T17:00']]);
});

test('time: "that year" takes the year last named', () => {
  const r = findTimexes('The war began in 1990, and that year was hard.', { ref: REF });
  assert.deepEqual(r.map((c) => c.value), ['1990', '1990']);
});

test('time: without a reference date relative values stay unresolved', () => {
  assert.equal(one('It happened on August 24.', null).value, 'XXXX-08-24');
  assert.equal(one('Talks resumed last week.', null).value, 'XXXX-WXX');
  assert.equal(one('It ended yesterday.', null).value, 'XXXX-XX-XX');
  assert.equal(one('It began on August 24, 1991.', null).value, '1991-08-24');
  assert.equal(one('They talked on Friday.', null).value, 'XXXX-WXX-5');
});

test('time: ISO weeks at year ends', () => {
  assert.deepEqual(isoWeek(parseRef('2021-01-03')!), { y: 2020, w: 53 });
  assert.deepEqual(isoWeek(parseRef('2025-08-17')!), { y: 2025, w: 33 });
  assert.deepEqual(isoWeek(parseRef('2024-12-30')!), { y: 2025, w: 1 });
});

test('time: with tags, an -ed adjective is no past verb', () => {
  // ref Wednesday 2025-08-27: "renewed" as a verb makes Tuesday the one just past;
  // tagged JJ it says nothing, and "will" makes it the coming Tuesday
  const text = 'renewed talks will open Tuesday';
  const toks = (xpos: string) => [
    { cstart: 0, cend: 7, form: 'renewed', xpos },
    { cstart: 8, cend: 13, form: 'talks', xpos: 'NNS' },
    { cstart: 14, cend: 18, form: 'will', xpos: 'MD' },
    { cstart: 19, cend: 23, form: 'open', xpos: 'VB' },
    { cstart: 24, cend: 31, form: 'Tuesday', xpos: 'NNP' },
  ];
  assert.equal(findTimexes(text, { ref: '2025-08-27', tokens: toks('JJ') })[0].value, '2025-09-02');
  assert.equal(findTimexes('Talks renewed Tuesday', { ref: '2025-08-27' })[0].value, '2025-08-26');
});

test('time stage: spans point into the original text', () => {
  const original = 'Carney  arrived on\u00a0Sunday, August 24.';
  const doc = createDocument(original, { published: '2025-08-24' });
  // a cleaned copy that collapses the double space and the no-break space
  const b = new CleanBuilder(original);
  b.replace(6, 8, ' ');
  b.replace(18, 19, ' ');
  doc.clean = b.finish();
  timeStage.run(doc, { modelsDir: '', resources: new Map() });
  assert.equal(doc.timexes.length, 1);
  const t = doc.timexes[0];
  assert.equal(original.slice(t.start, t.end), 'Sunday, August 24');
  assert.equal(t.text, 'Sunday, August 24');
  assert.equal(t.value, '2025-08-24');
  assert.equal(t.relative, true);
});

test('time stage: no publication date leaves a diagnostic and unresolved values', () => {
  const doc = createDocument('They met last week.');
  timeStage.run(doc, { modelsDir: '', resources: new Map() });
  assert.equal(doc.timexes[0].value, 'XXXX-WXX');
  assert.ok(doc.diagnostics.some((d) => d.code === 'T001'));
});

test('time: results say which parts the text stated', () => {
  const text = 'On Monday, March 3 they met; on August 24, 1991 it began; in April they left.';
  assert.deepEqual(findTimexes(text, { ref: REF }).map((c) => c.stated), [
    ['month', 'day', 'weekday'], ['year', 'month', 'day'], ['month'],
  ]);
});

test('time: year ranges give both years', () => {
  const text = 'The pandemic of 2009-2010 was mild.';
  assert.deepEqual(findTimexes(text, { ref: REF }).map((c) => [text.slice(c.start, c.end), c.value]), [['2009', '2009'], ['2010', '2010']]);
});

test('time: two-digit decades take the century before the reference date', () => {
  const text = "In the 70s, the late 80s, the '90s and the '20s.";
  assert.deepEqual(findTimexes(text, { ref: REF }).map((c) => c.value), ['197', '198', '199', '202']);
});

test('"a decade ago" is ten years back, never anchored to the previous date as "a year ago" is', () => {
  const text = 'Sales rose on March 3, 2025. A decade ago, the region was poor.';
  assert.deepEqual(findTimexes(text, { ref: REF }).map((c) => [text.slice(c.start, c.end), c.value]), [['March 3, 2025', '2025-03-03'], ['A decade ago', '2015']]);
});

test('"the day" of a market report is the day the text last named', () => {
  const text = 'On Friday, the Dow fell 3%, ending the day at 9,500.';
  assert.deepEqual(findTimexes(text, { ref: REF }).map((c) => [text.slice(c.start, c.end), c.value]), [['Friday', '2025-08-22'], ['the day', '2025-08-22']]);
});

test('"the following year/month/week" after a full date keeps its own unit', () => {
  const cases: [string, string][] = [
    ['On May 22, 1995, he was promoted, and the following year he moved.', '1996'],
    ['On May 22, 1995, he was promoted, and the following month he moved.', '1995-06'],
    ['He left on Tuesday, May 5, 2020 and the following week he returned.', '2020-W20'],
  ];
  for (const [text, value] of cases) assert.equal(findTimexes(text, { ref: REF })[1].value, value, text);
});

test('"the latest quarter" is the last quarter that ended, not the one named before', () => {
  const text = 'Fourth-quarter results will improve, it said. Sales fell in the latest quarter.';
  const r = findTimexes(text, { ref: '1989-11-02' });
  assert.deepEqual(r.map((c) => [text.slice(c.start, c.end), c.value]).at(-1), ['the latest quarter', '1989-Q3']);
});

test('"ahead of the weekend" is the coming weekend even in a past clause', () => {
  const text = 'Traders squared positions ahead of the weekend.';
  assert.equal(findTimexes(text, { ref: '2025-08-20' })[0].value, '2025-W34-WE');
});

test('tense: an irregular participle after "be" and an -ed adjective after a determiner are no past clues', () => {
  // published on a Thursday: January is the coming one, and "Tuesday" after "will be held" too
  assert.equal(findTimexes('The dividend would be paid on a still unspecified date in January.', { ref: '1989-10-26' })[0].value, '1990-01');
  assert.equal(findTimexes('The vote will be held on Tuesday.', { ref: '2025-08-21' })[0].value, '2025-08-26');
  assert.equal(findTimexes('An unnamed official will visit on Tuesday.', { ref: '2025-08-21' })[0].value, '2025-08-26');
});

test('tense: the present perfect tells of the past; a plan "had been due" is over', () => {
  // August: without the perfect read as past, January would be the coming one
  assert.equal(findTimexes('Prices have fallen sharply since January.', { ref: REF })[0].value, '2025-01');
  assert.equal(findTimexes('The offer had been due to expire Friday.', { ref: REF })[0].value, '2025-08-22');
});

test('limits and delays point ahead: "as soon as", "postponed until"', () => {
  assert.equal(findTimexes('They could leave as soon as Tuesday, he said.', { ref: REF })[0].value, '2025-08-26');
  assert.equal(findTimexes('The vote was postponed until Thursday.', { ref: REF })[0].value, '2025-08-28');
  // "through" is no limit: "a loss in the 12 months through June" looks back
  assert.equal(findTimexes('It posted a loss in the 12 months through June.', { ref: '2005-03-10' }).at(-1)!.value, '2004-06');
});

test('a reporting period that "ended" on a day lies before the reference date', () => {
  // ("the fiscal year" before it is a stretch of its own, P1Y)
  assert.equal(findTimexes('In the fiscal year ended Jan. 31, sales rose.', { ref: '2025-10-31' }).find((c) => c.type === 'DATE')?.value, '2025-01-31');
  assert.equal(findTimexes('In the quarter ended Oct. 31, sales rose.', { ref: '2025-10-27' })[0].value, '2024-10-31');
});

test('tense: an abbreviation ("vs.", "Ala.") ends no sentence when the text comes unsegmented', () => {
  const text = 'In January, a week after the anniversary of Roe vs. Wade, a bombing in Birmingham, Ala., killed a guard.';
  assert.equal(findTimexes(text, { ref: '2025-10-25' })[0].value, '2025-01');
});

test('the edge of a unit names the unit ("by the end of the month"); the compound "year-end" names its last day', () => {
  const cases: [string, string, string][] = [
    ['Troops will arrive by the end of the month.', 'the end of the month', '2025-08'],
    ['A deal is due at the start of next year.', 'the start of next year', '2026'],
    ['The sale should close by year-end.', 'year-end', '2025-12-31'],
    ["Rules take effect by year's end.", "year's end", '2025'],
    ['Shares are up 5% since year-end.', 'year-end', '2024-12-31'],
    ['Results are due at month-end.', 'month-end', '2025-08-31'],
  ];
  for (const [text, extent, value] of cases) {
    const r = one(text);
    assert.deepEqual([r.text, r.value], [extent, value], text);
  }
});

test('the second day of "April 24 and 25" and "March 3-5, 2013" is a date of its own', () => {
  const a = 'The summit meets on April 24 and 25.';
  assert.deepEqual(findTimexes(a, { ref: '2025-03-10' }).map((c) => [a.slice(c.start, c.end), c.value]), [['April 24', '2025-04-24'], ['25', '2025-04-25']]);
  const b = 'Talks ran March 3-5, 2013, in Geneva.';
  assert.deepEqual(findTimexes(b, { ref: REF }).map((c) => [b.slice(c.start, c.end), c.value]).at(-1), ['5, 2013', '2013-03-05']);
});

test('wire quarters: "2Q", "3Q 2012", "4Q12"', () => {
  const text = 'Output fell in 2Q, in 3Q 2012 and in 4Q12.';
  assert.deepEqual(findTimexes(text, { ref: REF }).map((c) => c.value), ['2025-Q2', '2012-Q3', '2012-Q4']);
});

test('a clock\'s "a.m." before "(0735 GMT) Friday" ends no fallback sentence: the clock takes Friday', () => {
  const text = 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.';
  const r = findTimexes(text, { ref: '2025-08-23' });
  assert.equal(r[0].value, '2025-08-22T10:35');
});

test('a coming quarter is last year\'s only in a simple past, not in a present perfect', () => {
  assert.equal(findTimexes('Ford has announced cuts during the fourth quarter.', { ref: '2006-08-19' })[0].value, '2006-Q4');
  assert.equal(findTimexes('Sales rose in the fourth quarter.', { ref: '2006-08-19' })[0].value, '2005-Q4');
});

test('"the same period last year" and "last year\'s quarter" are the period the text is about, a year back', () => {
  const a = 'Profit rose in the third quarter from the same period last year.';
  assert.deepEqual(findTimexes(a, { ref: '1989-10-26' }).map((c) => [a.slice(c.start, c.end), c.value]), [['the third quarter', '1989-Q3'], ['the same period last year', '1988-Q3']]);
  const b = 'Sales in March rose 5% from the same month a year earlier.';
  assert.equal(findTimexes(b, { ref: '2025-04-10' }).at(-1)!.value, '2024-03');
  const c = 'Sales fell from last year\'s fourth quarter.';
  assert.equal(findTimexes(c, { ref: '2025-04-10' })[0].value, '2024-Q4');
  // nothing to anchor on: last year
  assert.equal(findTimexes('Sales rose from the same period last year.', { ref: REF })[0].value, '2024');
});

test('"the 1988 quarter" is the quarter the text is about, in 1988; "the last half of 1989" is H2', () => {
  const a = 'Profit rose in the third quarter, after a loss in the 1988 quarter. A year earlier it fell.';
  assert.deepEqual(findTimexes(a, { ref: '1989-10-26' }).map((c) => c.value), ['1989-Q3', '1988-Q3', '1988-Q3']);
  assert.equal(findTimexes('Sales slowed in the last half of 1989.', { ref: REF })[0].value, '1989-H2');
  // with no quarter named, the year alone
  assert.equal(findTimexes('Results beat the 1988 period.', { ref: REF })[0].value, '1988');
});

test('tense: "since" looks back; a passive infinitive looks ahead; the perfect says little of a weekday', () => {
  const ref = '2005-03-10'; // a Thursday
  assert.equal(findTimexes('It is the fifth deal since October.', { ref })[0].value, '2004-10');
  assert.equal(findTimexes('He was made director of the festival, to be held in June.', { ref })[0].value, '2005-06');
  assert.equal(findTimexes('The vote is due to be taken on Wednesday.', { ref })[0].value, '2005-03-16');
  assert.equal(findTimexes("O'Driscoll has been ruled out of the team for Saturday.", { ref })[0].value, '2005-03-12');
  // after a modal, "have" is no perfect: "would have been 70 on Saturday"
  assert.equal(findTimexes('He would have been 70 on Saturday.', { ref })[0].value, '2005-03-12');
});

test('tense: a closing quote after the stop ends the fallback sentence', () => {
  const text = '"It will not work for us." On Tuesday, the minister said so.';
  assert.equal(findTimexes(text, { ref: '2005-03-10' })[0].value, '2005-03-08');
});

test('tense: the "am" of "8am" is no verb; a verb past the comma after the date is another clause\'s', () => {
  const ref = '2005-03-10'; // a Thursday
  assert.equal(findTimexes('The sale opened at 8am on Friday.', { ref }).at(-1)!.value, '2005-03-04');
  assert.equal(findTimexes('The lawsuit, filed in Los Angeles on Friday, says she was hurt.', { ref })[0].value, '2005-03-04');
  assert.equal(findTimexes('Officials, who will appear before the committee on Monday, declined to comment.', { ref })[0].value, '2005-03-14');
});

test('"back in October" and "dating back to June" look back', () => {
  assert.equal(findTimexes('The pair split back in October.', { ref: '2005-03-10' })[0].value, '2004-10');
  assert.equal(findTimexes('A feud dating back to June flares.', { ref: '2005-03-10' })[0].value, '2004-06');
});

test('"Today" opening a quotation is the day; mid-sentence capitalised it is a name', () => {
  assert.equal(one("``Today is a sad day,'' he said.").value, REF);
  assert.equal(one('"Today, I am here," he said.').value, REF);
});

test('a title-case headline keeps its "Today"', () => {
  assert.equal(findTimexes('Cyprus Parliament To Vote Today\nThe vote is set.', { ref: REF })[0].value, REF);
});

test('fractional durations keep the next smaller unit: P3M15D, P10DT12H, P2Y6M', () => {
  assert.equal(one('It took three and a half months.').value, 'P3M15D');
  assert.equal(one('It took a week and a half.').value, 'P10DT12H');
  assert.equal(one('It took 2 1/2 years.').value, 'P2Y6M');
});

test('tense with tags: an "am" the tokeniser split from "8am" is no verb', () => {
  const text = 'The sale opened at 8am on Friday';
  const toks = [
    { cstart: 0, cend: 3, form: 'The', xpos: 'DT' }, { cstart: 4, cend: 8, form: 'sale', xpos: 'NN' },
    { cstart: 9, cend: 15, form: 'opened', xpos: 'VBD' }, { cstart: 16, cend: 18, form: 'at', xpos: 'IN' },
    { cstart: 19, cend: 20, form: '8', xpos: 'CD' }, { cstart: 20, cend: 22, form: 'am', xpos: 'NN' },
    { cstart: 23, cend: 25, form: 'on', xpos: 'IN' }, { cstart: 26, cend: 32, form: 'Friday', xpos: 'NNP' },
  ];
  assert.equal(findTimexes(text, { ref: '2005-03-10', tokens: toks }).at(-1)!.value, '2005-03-04');
});

test('tense: "is expected to"/"are likely to" look ahead; "and is ..." after the date is another clause', () => {
  const ref = '2005-03-10'; // a Thursday
  assert.equal(findTimexes('Total is expected to join the scheme on Monday.', { ref })[0].value, '2005-03-14');
  assert.equal(findTimexes('The council held a call on Tuesday and is expected to rule soon.', { ref })[0].value, '2005-03-08');
});

test('"since April", "since 13 July": the latest one begun, however far back', () => {
  assert.equal(findTimexes('"Since April, I have not played."', { ref: '2005-03-10' })[0].value, '2004-04');
  assert.equal(findTimexes('Shares hit their highest level since 13 July.', { ref: '2005-03-10' })[0].value, '2004-07-13');
});

test('"the final two years ago" is the date "two years ago", not a duration with a modifier', () => {
  const r = one('Venus lost in the Melbourne final two years ago.', '2005-03-10');
  assert.deepEqual([r.text, r.value], ['two years ago', '2003']);
});

test('"for a while" is a stretch of unstated length; "once in a while" is none', () => {
  assert.deepEqual([one('They will live without power for a while.').value], ['PXX']);
  assert.equal(findTimexes('It is fine to get drunk once in a while.', { ref: REF }).length, 0);
});

test('a weekday after "p.m. GMT" keeps the sentence\'s tense: the backward sentence scan sees the clock too', () => {
  const text = 'He will speak at 2 p.m. GMT on Tuesday.';
  const r = findTimexes(text, { ref: '2013-03-22' });
  assert.deepEqual(r.map((c) => c.value), ['2013-03-26T14:00', '2013-03-26']);
  assert.equal(sentenceAround(text, text.indexOf('Tuesday')).start, 0);
});

test('"to hit", "will cut": a bare infinitive spelled like a past form gives no past tense to the weekday', () => {
  const ref = '2013-03-22';
  assert.equal(findTimexes('The storm is expected to hit on Saturday.', { ref })[0].value, '2013-03-23');
  assert.equal(findTimexes('The bank will cut rates on Tuesday.', { ref })[0].value, '2013-03-26');
  // the past forms themselves still look back
  assert.equal(findTimexes('The storm hit on Saturday.', { ref })[0].value, '2013-03-16');
  assert.equal(findTimexes('The bank cut rates on Tuesday.', { ref })[0].value, '2013-03-19');
});

test('a forecast verb before the expression looks ahead even with an object before "to"', () => {
  const ref = '2013-03-22';
  assert.equal(findTimexes('The company expects profit to rise in the second quarter.', { ref })[0].value, '2013-Q2');
  assert.equal(findTimexes('Analysts expect the bank to report a loss on Tuesday.', { ref })[0].value, '2013-03-26');
  // a past report of the quarter is not a forecast
  assert.equal(findTimexes('Profit rose in the second quarter.', { ref })[0].value, '2012-Q2');
  assert.equal(findTimexes('The bank reported a loss on Tuesday.', { ref })[0].value, '2013-03-19');
});

test('"the previous year", "the year before": the year before the one in focus, not last year', () => {
  const ref = '2010-01-28';
  const a = 'Costs fell to $118 billion last year, $19 billion less than the year previous.';
  assert.deepEqual(findTimexes(a, { ref }).map((c) => c.value), ['2009', '2008']);
  const b = 'He was elected in 2008. The previous year he had lost.';
  assert.deepEqual(findTimexes(b, { ref }).map((c) => c.value), ['2008', '2007']);
  const c = 'Revenue dropped to $300 million last year, down from $450 million the year before.';
  assert.deepEqual(findTimexes(c, { ref }).map((x) => x.value), ['2009', '2008']);
  // with nothing in focus it is the year before the publication
  assert.equal(findTimexes('Sales rose 5% in the previous year.', { ref })[0].value, '2009');
});

test('"the previous year" takes the nearest date before it, a quarter too, not an earlier-named year', () => {
  const t = 'Sales will grow over the next year. Phone sales in the third quarter of 2004 were 26% more than the previous year.';
  assert.deepEqual(findTimexes(t, { ref: '2005-03-15' }).map((c) => c.value).slice(-2), ['2004-Q3', '2003']);
  const m = 'The deficit was $19.6bn in November, down from $19.7bn the month before.';
  assert.deepEqual(findTimexes(m, { ref: '2005-01-15' }).map((c) => c.value), ['2004-11', '2004-10']);
});

test('"in line with forecasts": a noun gives no future to the month', () => {
  assert.equal(findTimexes('Output rose 0.3%, in line with forecasts, from a revised 0.6% increase in October.', { ref: '2004-12-15' })[0].value, '2004-10');
});

test('the verb "last" stays out of a duration ("expected to last several weeks"); the modifier stays in', () => {
  const ref = '2013-03-22';
  const spans = (t: string) => findTimexes(t, { ref }).map((c) => [t.slice(c.start, c.end), c.value]);
  assert.deepEqual(spans('The trial is expected to last several weeks.'), [['several weeks', 'PXW']]);
  assert.deepEqual(spans('The talks will last two days.'), [['two days', 'P2D']]);
  assert.deepEqual(spans('In the last three months, sales fell.'), [['the last three months', 'P3M']]);
});

test('"24 hours ago" is the day before; "three hours ago" the publication day', () => {
  const ref = '2008-01-20';
  assert.equal(findTimexes('The post was made just over 24 hours ago.', { ref })[0].value, '2008-01-19');
  assert.equal(findTimexes('The attack happened 48 hours ago.', { ref })[0].value, '2008-01-18');
  assert.equal(findTimexes('He left three hours ago.', { ref })[0].value, '2008-01-20');
});

test('"the second day of an offensive", "for a second consecutive day": a count of days ending at the reference date', () => {
  const ref = '2008-09-17';
  const spans = (t: string) => findTimexes(t, { ref }).map((c) => [t.slice(c.start, c.end), c.value]);
  assert.deepEqual(spans("It's the second day of an offensive by the security forces."), [['the second day', '2008-09-17']]);
  assert.deepEqual(spans('Trading has been suspended for a second consecutive day.'), [['a second consecutive day', '2008-09-17']]);
});

test('"decades-long", "months-long": a vague stretch as an adjective', () => {
  const spans = (t: string) => findTimexes(t, { ref: '2007-02-06' }).map((c) => [t.slice(c.start, c.end), c.value]);
  assert.deepEqual(spans('Apple settled its decades-long trademark dispute.'), [['decades-long', 'PXY']]);
  assert.deepEqual(spans('A months-long siege ended.'), [['months-long', 'PXM']]);
});

test('"comes a day after X": the stretch is what the text states, as with "three days later"', () => {
  const t = "GM's move comes a day after Chrysler released a list.";
  assert.deepEqual(findTimexes(t, { ref: '2009-05-15' }).map((c) => [t.slice(c.start, c.end), c.value]), [['a day', 'P1D']]);
  // "a day of mourning" and "a day when" still name a day, no stretch
  assert.deepEqual(findTimexes('He declared a day of mourning.', { ref: '2009-05-15' }), []);
});

test('"annually" after a rate or an amount is no time; on its own it is a set', () => {
  const ref = '1989-10-26';
  assert.deepEqual(findTimexes('Sales should rise 8.5% annually through 1992.', { ref }).map((c) => c.value), ['1992']);
  assert.deepEqual(findTimexes('Commemorations are held here annually.', { ref }).map((c) => c.value), ['P1Y']);
});

test('"by mid afternoon", "in the morning" in a past clause: a part of the day named last, else of the reference date', () => {
  const ref = '1989-10-30';
  const spans = (t: string) => findTimexes(t, { ref }).map((c) => [t.slice(c.start, c.end), c.value]);
  assert.deepEqual(spans('By mid afternoon, officials were saying the operation was over.'), [['mid afternoon', '1989-10-30TAF']]);
  assert.deepEqual(spans('Stocks fell on Friday. Dealers placed heavy buy orders in the morning.'), [['Friday', '1989-10-27'], ['the morning', '1989-10-27TMO']]);
  assert.deepEqual(spans('Shares were up 8 pence by late morning in London on Monday.'), [['late morning', '1989-10-30TMO'], ['Monday', '1989-10-30']]);
});

test('"three quarters of all Xboxes" and "quarter-point rises" are no stretch; "the preceding three quarters" is, whole', () => {
  const spans = (t: string) => findTimexes(t, { ref: '2005-03-15' }).map((c) => [t.slice(c.start, c.end), c.value]);
  assert.deepEqual(spans('The recall affects almost three quarters of all Xboxes.'), []);
  assert.deepEqual(spans('The Fed made three quarter-point rate rises.'), []);
  assert.deepEqual(spans('Profits were lower than in the preceding three quarters.'), [['the preceding three quarters', 'P3Q']]);
  assert.deepEqual(spans('His promises do not even last a week.'), [['a week', 'P1W']]);
});

test('"half an hour", "a quarter of a century": a fraction of one unit in the next unit down', () => {
  const spans = (t: string) => findTimexes(t, { ref: '2005-03-15' }).map((c) => [t.slice(c.start, c.end), c.value]);
  assert.deepEqual(spans('The meeting lasted half an hour.'), [['half an hour', 'PT30M']]);
  assert.deepEqual(spans('It took a quarter of a century.'), [['a quarter of a century', 'P25Y']]);
  assert.deepEqual(spans('She spent half a year there.'), [['half a year', 'P6M']]);
  assert.deepEqual(spans('It lasted a year and a half.'), [['a year and a half', 'P1Y6M']]);
});

test('"that day" in a habit is no day of the text; in a past or planned telling it is the day named', () => {
  const ref = '2005-01-20';
  assert.deepEqual(findTimexes('When a news item hits, redemptions are strong that day.', { ref }), []);
  const past = 'Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.';
  assert.deepEqual(findTimexes(past, { ref }).map((c) => c.value), ['1998-10-23', '1998-10-23']);
  const plan = 'The judges will meet on 25 January, with the announcement made later that evening.';
  assert.deepEqual(findTimexes(plan, { ref }).map((c) => c.value), ['2005-01-25', '2005-01-25TEV']);
});

test('a past part of the day takes no day ahead as its anchor ("Tomorrow I will ... In the afternoon I held")', () => {
  const t = 'Tomorrow I will address the parliament of Greece. In the afternoon I held a meeting with the cabinet.';
  assert.deepEqual(findTimexes(t, { ref: '2022-04-06' }).map((c) => [t.slice(c.start, c.end), c.value]), [['Tomorrow', '2022-04-07'], ['the afternoon', '2022-04-06TAF']]);
  // "the morning sky" is no time
  assert.deepEqual(findTimexes('Explosions lit the morning sky over Kyiv, and there were blasts in the morning sky.', { ref: '2022-02-25' }), []);
});
