/** TempEval-3 scoring: the matcher on a small made-up document, and a smoke run on ../shared. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errorGroups, figuresOf, normValue, scoreDoc, task, type Counts } from './evaluate.js';
import { isoDct, parseMeantime, parseTimeML } from './timeml.js';

const XML = `<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>Officials said <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> that <TIMEX3 tid="t2" type="DATE" value="2013-W11">the last week</TIMEX3> was calm &amp; quiet for <TIMEX3 tid="t3" type="DURATION" value="P1M">a month</TIMEX3>.</TEXT></TimeML>`;

test('timeml: text, DCT and gold spans', () => {
  const d = parseTimeML(XML, 'x');
  assert.equal(d.dct, '2013-03-22');
  assert.deepEqual(d.timexes.map((t) => [t.text, t.value]), [['Friday', '2013-03-22'], ['the last week', '2013-W11'], ['a month', 'P1M']]);
  assert.ok(d.text.includes('calm & quiet'));
  for (const t of d.timexes) assert.equal(d.text.slice(t.start, t.end), t.text);
});

test('score: strict, relaxed and value counts', () => {
  const d = parseTimeML(XML, 'x');
  const at = (s: string) => d.text.indexOf(s);
  const c: Counts = { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0 };
  scoreDoc(d, [
    { start: at('Friday'), end: at('Friday') + 6, value: '2013-03-22' },
    { start: at('last week'), end: at('last week') + 9, value: '2013-W11' },
    { start: at('calm'), end: at('calm') + 4, value: 'PRESENT_REF' },
  ], c);
  assert.deepEqual(c, { gold: 3, sys: 3, strict: 1, relaxed: 2, value: 2 });
  const f = figuresOf(c);
  assert.equal(f.relaxed_f1, 4 / 6);
  assert.equal(f.value_f1, 4 / 6);
  // exact comparison, as the official TE3 scorer
  assert.notEqual(normValue('2013-W08'), normValue('2013-W8'));
});

const PLATINUM = fileURLToPath(new URL('../../../../shared/data/tempeval3/test-platinum', import.meta.url));

test('tempeval-3 platinum smoke run', { skip: !existsSync(PLATINUM) }, async () => {
  const f = await task.evaluate({ data: fileURLToPath(new URL('../../../../shared/data', import.meta.url)), modelsDir: '', log: () => {} });
  assert.ok(f.value_f1 > 0.7, `value F1 ${f.value_f1}`);
  assert.ok(f.relaxed_f1 > 0.85, `relaxed F1 ${f.relaxed_f1}`);
  assert.ok(f.value_f1 > f.chrono_value_f1 || Number.isNaN(f.chrono_value_f1));
});

test('errorGroups counts missed expressions by shape and spurious ones by parser', () => {
  const gold = { start: 0, end: 4, text: 'Soon', type: 'DATE', value: 'FUTURE_REF' };
  const sys = { start: 5, end: 8, value: 'PRESENT_REF', parser: 'ref-word', text: 'now' };
  const lines = errorGroups([
    { doc: 'a', kind: 'fn', gold }, { doc: 'b', kind: 'fn', gold: { ...gold, text: 'soon' } },
    { doc: 'a', kind: 'fp', sys }, { doc: 'a', kind: 'extent', gold, sys },
  ]);
  assert.deepEqual(lines, ['   2\tmissed\tDATE "soon"', '   1\tspurious\tref-word']);
});

test('a day-first DCT is read as ISO; ISO and date-time DCTs are kept', () => {
  assert.equal(isoDct('03-02-2009'), '2009-02-03');
  assert.equal(isoDct('2009-02-03'), '2009-02-03');
  assert.equal(isoDct('2009-02-03T10:00'), '2009-02-03T10:00');
  assert.equal(isoDct(undefined), undefined);
});

test('meantime: a dateline timex marked NONE is taken as the DCT when no CREATION_TIME exists', () => {
  const tok = (id: number, sent: number, form: string) => `<token number="${id}" sentence="${sent}" t_id="${id}">${form}</token>`;
  const xml = `<Document>${tok(1, 0, 'Title')}${tok(2, 1, 'September')}${tok(3, 1, '01')}${tok(4, 1, ',')}${tok(5, 1, '2007')}` +
    `${tok(6, 2, 'It')}${tok(7, 2, 'fell')}${tok(8, 2, 'today')}${tok(9, 2, '.')}<Markables>` +
    `<TIMEX3 functionInDocument="NONE" m_id="1" type="DATE" value="2007-09-01"><token_anchor t_id="8"/></TIMEX3>` +
    `<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2007-09-01"><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/></TIMEX3>` +
    `</Markables></Document>`;
  const d = parseMeantime(xml, 'm');
  assert.equal(d.dct, '2007-09-01');
  assert.deepEqual(d.timexes.map((t) => t.text), ['today']);
  assert.ok(!d.text.includes('September'));
});
