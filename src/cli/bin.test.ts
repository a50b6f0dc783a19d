/**
 * The installed launcher (bin/dossier.js) end to end: exit statuses and one-line errors.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

const BIN = fileURLToPath(new URL('../../bin/dossier.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-bin-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function dossier(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('bin/dossier.js: help, usage errors, one-line runtime errors', { skip: !existsSync(BIN) }, () => {
  const help = dossier(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.out, /^Usage: dossier COMMAND/);
  assert.equal(dossier(['nope']).code, 2);
  assert.equal(dossier(['search']).code, 2);
  const missing = dossier(['show', '--db', join(dir, 'none.db')]);
  assert.equal(missing.code, 1);
  assert.equal(missing.err.trim().split('\n').length, 1);
  assert.match(missing.err, /^dossier: /);
  const notDb = join(dir, 'text.db');
  writeFileSync(notDb, 'this is not a database, just text. '.repeat(50));
  const bad = dossier(['show', '--db', notDb]);
  assert.equal(bad.code, 1);
  assert.equal(bad.err.trim().split('\n').length, 1, bad.err);
  const env = dossier(['show'], { DOSSIER_DB: join(dir, 'env-none.db') });
  assert.match(env.err, /env-none\.db/, 'the default database comes from $DOSSIER_DB');
});
