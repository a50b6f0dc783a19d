import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkBlocks, readAll } from './testutil.js';

// dist/ingest/ -> repo root
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

test('the bundled samples read without errors, in every format, with dates and headlines', { skip: !existsSync(SAMPLES) }, async () => {
  const rs = await readAll([SAMPLES]);
  const bad = rs.filter((r) => !r.ok);
  assert.deepEqual(bad, []);
  const as = rs.flatMap((r) => (r.ok ? [r.article] : []));
  assert.ok(as.length >= 6);
  assert.deepEqual([...new Set(as.map((a) => a.format))].sort(), ['html', 'jsonl', 'rss', 'text']);
  for (const a of as) {
    assert.ok(a.meta.title, a.origin);
    assert.match(a.meta.published ?? '', /^2025-\d\d-\d\d/, a.origin);
    assert.equal(a.blocks![0].kind, 'headline', a.origin);
    checkBlocks(a);
  }
  assert.ok(!as.some((a) => a.origin.endsWith('README.md')));
});
