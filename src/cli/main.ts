/**
 * `dossier`: the command line. `main(argv)` returns the exit status (0 ok, 1 failure, 2 usage)
 * and never throws; errors are one line on stderr (`DOSSIER_DEBUG=1` adds the stack).
 */
import { parseArgs } from 'node:util';
import { isDossierError } from '../model/errors.js';
import { Ctx, UsageError, type CliIO, type Command, type MainOptions } from './context.js';
import { entities, events, extract, ingest, search, show } from './commands/documents.js';
import { evalCommand } from './commands/eval.js';
import { evaluate, train } from './commands/learn.js';
import { gates } from './commands/gates.js';

export const COMMANDS: readonly Command[] = [ingest, extract, show, search, events, entities, evalCommand, train, evaluate, gates];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: dossier COMMAND [options]

Dossier reads news about war and diplomacy and records entities, events, pledges and claims,
each with offsets into the original text.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`dossier COMMAND --help\` for a command's options.
The database is $DOSSIER_DB, else ./dossier.db; --db FILE overrides both.
Set DOSSIER_DEBUG=1 to print stack traces with errors.
`;
}

function defaultIO(): CliIO {
  // `dossier events | head`: a closed pipe ends the output quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Parse one command's arguments; usage problems become UsageError. */
function parse(cmd: Command, args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: cmd.options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, ''), cmd.name);
  }
  const { values, positionals } = parsed;
  if (!values.help) {
    if (cmd.min !== undefined && positionals.length < cmd.min) throw new UsageError(`${cmd.name}: missing argument`, cmd.name);
    if (cmd.max !== undefined && positionals.length > cmd.max) {
      throw new UsageError(`${cmd.name}: unexpected argument "${positionals[cmd.max]}"`, cmd.name);
    }
  }
  return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
}

export async function main(argv: string[], io: CliIO = defaultIO(), opts: MainOptions = {}): Promise<number> {
  const ctx = new Ctx(io, opts);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0]) return main([rest[0], '--help'], io, opts);
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write('dossier 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    ctx.warn(`unknown command "${name}"; run \`dossier --help\` for the list`);
    return 2;
  }
  try {
    const { values, positionals } = parse(cmd, rest);
    if (values.help) { io.stdout.write(cmd.help); return 0; }
    return await cmd.run(ctx, values, positionals);
  } catch (e) {
    return fail(ctx, e, cmd.name);
  }
}

function fail(ctx: Ctx, e: unknown, command: string): number {
  if (e instanceof UsageError) {
    ctx.warn(`${e.message.replace(/\s*\[E\d+\]$/, '')} (see \`dossier ${command} --help\`)`);
    return 2;
  }
  if (ctx.env.DOSSIER_DEBUG === '1' && e instanceof Error && e.stack) ctx.io.stderr.write(`${e.stack}\n`);
  else if (isDossierError(e)) ctx.warn(e.message);
  else ctx.warn(e instanceof Error ? e.message.split('\n')[0] : String(e));
  return 1;
}
