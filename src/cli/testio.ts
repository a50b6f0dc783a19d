/**
 * In-process CLI runs for tests: `run(['show'])` captures stdout and stderr.
 */
import { Readable } from 'node:stream';
import { toyStages } from '../store/testkit.js';
import type { Stage } from '../pipeline/stage.js';
import type { CliIO } from './context.js';
import { main } from './main.js';

export interface RunResult { code: number; out: string; err: string }

export async function run(
  argv: string[],
  opts: { env?: NodeJS.ProcessEnv; stdin?: string; tty?: boolean; stages?: Stage[] | null } = {},
): Promise<RunResult> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: { write: (s: string) => { out += s; return true; }, isTTY: opts.tty, columns: 100 },
    stderr: { write: (s: string) => { err += s; return true; }, isTTY: opts.tty, columns: 100 },
    stdin: Readable.from([opts.stdin ?? '']),
    env: opts.env ?? {},
  };
  const stages = opts.stages === null ? undefined : opts.stages ?? toyStages();
  const code = await main(argv, io, { stages });
  return { code, out, err };
}
