/** End to end through the installed stages and models; skipped when the models are not there. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkOffsets } from '../../model/record.js';
import { makeRunner } from './runner.js';

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const NEEDED = ['tagger.bin.gz', 'parser.bin.gz', 'ner.bin.gz'];
const missing = NEEDED.filter((f) => !existsSync(MODELS + f));

const TEXT = [
  'Canada sends more aid to Ukraine',
  'Prime Minister Mark Carney met Ukrainian President Volodymyr Zelenskyy in Kyiv on Sunday. ' +
    'Canada has pledged $500 million in military aid to Ukraine. ' +
    'The Kremlin did not comment.',
].join('\n');

test('pipeline: a meeting and a pledge with offsets into the original text', { skip: missing.length ? `models missing: ${missing.join(', ')}` : false }, async () => {
  const runner = await makeRunner({ modelsDir: MODELS, resources: new Map() });
  const doc = runner.run(TEXT, { published: '2025-08-24' });
  assert.deepEqual(checkOffsets(doc), []);
  const meet = doc.events.find((e) => e.type === 'CONSULT');
  assert.ok(meet, JSON.stringify(doc.events.map((e) => [e.type, e.actor?.name, e.target?.name])));
  assert.match(meet.actor?.name ?? '', /Carney/);
  const aid = doc.events.find((e) => e.type === 'AID' && e.amount);
  assert.ok(aid, 'the pledge is an AID event with its amount');
  assert.equal(aid.amount?.value, 5e8);
  for (const e of doc.events) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
});
