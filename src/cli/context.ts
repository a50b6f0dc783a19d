/**
 * What every command gets: where to write, the environment, and helpers shared by commands.
 * Commands never touch `process` directly, so tests run `main([...], io)` in-process.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import type { EngineOptions, ReadResult } from '../engine.js';
import type { Stage } from '../pipeline/stage.js';
import { INPUT_FORMATS, type InputFormat } from '../ingest/types.js';
import { DossierError } from '../model/errors.js';
import type { RawArticle } from '../model/types.js';
import { defaultDbPath, openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output.js';

export interface Sink {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: Sink;
  stderr: Sink;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Bounds on positional arguments. */
  min?: number;
  max?: number;
  run(ctx: Ctx, values: Values, positionals: string[]): Promise<number>;
}

/** A wrong command line: printed with a hint to `--help`, exit status 2. */
export class UsageError extends DossierError {
  constructor(message: string, readonly command?: string) {
    super('E501', message);
    this.name = 'UsageError';
  }
}

/** Engine settings for in-process callers (tests pass a small stage list). */
export interface MainOptions {
  stages?: Stage[];
}

export class Ctx {
  constructor(readonly io: CliIO, readonly opts: MainOptions = {}) {}

  /** Options for createEngine: the command's --models and the caller's stages. */
  engineOptions(values: Values, db?: string): EngineOptions {
    const o: EngineOptions = {};
    if (this.opts.stages) o.stages = this.opts.stages;
    const models = stringOpt(values, 'models');
    if (models) o.modelsDir = models;
    if (db) o.db = db;
    return o;
  }

  out(s: string): void { this.io.stdout.write(s); }
  /** One line on stderr, prefixed `dossier: `. */
  warn(line: string): void { this.io.stderr.write(`dossier: ${line}\n`); }
  get env(): NodeJS.ProcessEnv { return this.io.env; }
  get isTTY(): boolean { return Boolean(this.io.stdout.isTTY); }
  get width(): number | undefined { return this.io.stdout.isTTY ? this.io.stdout.columns ?? 100 : undefined; }

  dbPath(values: Values): string {
    return typeof values.db === 'string' && values.db ? values.db : defaultDbPath(this.env);
  }

  /** Open the database for a query command; a missing file is an error, not a new empty database. */
  openExisting(values: Values): Store {
    const path = this.dbPath(values);
    if (path !== ':memory:' && !existsSync(path)) {
      throw new DossierError('E300', `no database here; run \`dossier ingest\` first or give --db`, path);
    }
    return openStore(path);
  }
}

/** Shared option definitions. */
export const DB_OPTION = { db: { type: 'string' } } as const;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
export const FORMAT_OPTION = { format: { type: 'string', short: 'f' } } as const;

export function outputFormat(values: Values, allowed: readonly OutputFormat[] = OUTPUT_FORMATS): OutputFormat {
  const f = values.format;
  if (f === undefined) return 'table';
  if (typeof f !== 'string' || !allowed.includes(f as OutputFormat)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${String(f)}")`);
  }
  return f as OutputFormat;
}

export function stringOpt(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function intOpt(values: Values, name: string): number | undefined {
  const v = stringOpt(values, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number (got "${v}")`);
  return Number(v);
}

/** Dates for --published, --since, --until: YYYY, YYYY-MM or YYYY-MM-DD (optionally with a time). */
export function dateOpt(values: Values, name: string): string | undefined {
  const v = stringOpt(values, name);
  if (v === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(v) || Number.isNaN(Date.parse(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v))) {
    throw new UsageError(`--${name} must be a date such as 2025-08-24 (got "${v}")`);
  }
  return v;
}

/** An input format the readers know, checked before anything is opened. */
export function inputFormatOpt(values: Values, name: string): InputFormat | undefined {
  const v = stringOpt(values, name);
  if (v !== undefined && !(INPUT_FORMATS as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${INPUT_FORMATS.join(', ')} (got "${v}")`);
  }
  return v as InputFormat | undefined;
}

// ---- readers (src/ingest, written separately; loaded on demand) ----

export interface ReaderOptions { format?: InputFormat; published?: string; stdin?: NodeJS.ReadableStream }
interface ReadersModule { readInputs(paths: string[], opts: ReaderOptions): AsyncIterable<ReadResult> }

let readers: Promise<ReadersModule | undefined> | undefined;

/** The readers module, or undefined when this build has none. */
export function loadReaders(): Promise<ReadersModule | undefined> {
  readers ??= (async () => {
    const url = new URL('../ingest/index.js', import.meta.url);
    if (!existsSync(fileURLToPath(url))) return undefined;
    const mod = (await import(url.href)) as Partial<ReadersModule>;
    return typeof mod.readInputs === 'function' ? (mod as ReadersModule) : undefined;
  })();
  return readers;
}

/**
 * Read inputs through the readers; without them (a partial build), fall back to reading each
 * path as one plain-text article, strictly decoded.
 */
export async function* readArticles(paths: string[], opts: ReaderOptions): AsyncIterable<ReadResult> {
  const mod = await loadReaders();
  if (mod) { yield* mod.readInputs(paths, opts); return; }
  for (const p of expandPaths(paths)) {
    try {
      const bytes = p === '-' && opts.stdin ? await readAll(opts.stdin) : undefined;
      yield { ok: true, article: readPlainText(p, opts.published, bytes) };
    } catch (e) {
      yield { ok: false, error: e };
    }
  }
}

/** Directories recursively, in name order, hidden entries skipped (fallback reader only). */
function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* reported when read */ }
    if (!isDir) { out.push(p); return; }
    for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
  };
  for (const p of paths) if (p === '-') out.push(p); else walk(p);
  return out;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

function readPlainText(path: string, published?: string, given?: Buffer): RawArticle {
  let bytes: Buffer;
  try {
    bytes = given ?? readFileSync(path);
  } catch (e) {
    throw new DossierError('E109', `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DossierError('E101', 'invalid UTF-8', path);
  }
  if (text.includes('\0')) throw new DossierError('E102', 'binary content', path);
  // Like the text reader: the first line is the headline.
  const first = text.split('\n', 1)[0].trim();
  const meta: RawArticle['meta'] = {};
  if (first && first.length <= 200) meta.title = first;
  if (published) meta.published = published;
  return { origin: path, format: 'text', text, meta };
}
