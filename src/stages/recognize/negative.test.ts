/** Capitalised words that are NOT names must not become mentions. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HAVE_MODEL, run } from './testkit.js';

const CASES: [string, string[]][] = [
  ['The talks resumed on Monday .', ['The', 'Monday']],
  ['The President said that the talks would resume in March .', ['The', 'President', 'March']],
  ['The Second World War ended in 1945 .', ['Second World War', 'World', 'War']],
  ['However , Officials said the Ministry would respond .', ['However', 'Officials']],
  ['It was a Sunday like any other .', ['It', 'Sunday']],
  ['I think the Prime Minister is right .', ['I', 'Prime Minister', 'Prime', 'Minister']],
];

for (const [text, bad] of CASES) {
  test(`no mention: ${text}`, { skip: !HAVE_MODEL }, () => {
    const doc = run(text);
    for (const m of doc.mentions) {
      assert.ok(!bad.includes(m.text), `unexpected mention "${m.text}" (${m.type}) in: ${text}`);
      if (m.type === 'GPE' || m.type === 'LOC') assert.ok(!/War/.test(m.text), m.text);
    }
  });
}
