/** The harness checks on a made-up document: DCT, spans, path agreement and the aggregates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDoc, summarise } from './harness.js';
import { parseTimeML } from './timeml.js';

const XML = `<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>Officials said <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> it was calm.</TEXT></TimeML>`;

test('harness: a document read right, the two paths agreeing', () => {
  const d = parseTimeML(XML, 'x');
  const at = d.text.indexOf('Friday');
  const sys = [{ start: at, end: at + 6, value: '2013-03-22' }];
  const c = checkDoc(d, sys, sys);
  assert.deepEqual(c, { id: 'x', dctOk: true, spansOk: true, pathsAgree: true, relaxed: 1, value: 1 });
});

test('harness: a missing DCT and differing paths are counted; accuracy is per document', () => {
  const d = { ...parseTimeML(XML, 'y'), dct: undefined };
  const at = d.text.indexOf('Friday');
  const c = checkDoc(d, [{ start: at, end: at + 6, value: 'XXXX-WXX-5' }], []);
  assert.equal(c.dctOk, false);
  assert.equal(c.pathsAgree, false);
  const s = summarise([c, { id: 'z', dctOk: true, spansOk: true, pathsAgree: true, relaxed: 2, value: 2 }]);
  assert.deepEqual([s.docs, s.dctMissing, s.pathsDisagree, s.perfectDocs, s.minAccuracy, s.meanAccuracy], [2, 1, 1, 1, 0, 0.5]);
});
