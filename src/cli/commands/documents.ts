/**
 * ingest, extract, show, search, events, entities: thin layers over the engine and the store.
 */
import { createEngine, describeError } from '../../engine.js';
import { toRecord } from '../../model/record.js';
import { PLOVER_TYPES, type RawArticle } from '../../model/types.js';
import type { EntityRow, EventRow, HappeningRow, SearchHit, DocumentSummary } from '../../store/store.js';
import {
  DB_OPTION, FORMAT_OPTION, HELP_OPTION, UsageError, dateOpt, inputFormatOpt, intOpt, outputFormat, readArticles, stringOpt,
  type Command,
} from '../context.js';
import { describeRecord, formatNumber } from '../describe.js';
import { formatRows, toJson, type Column } from '../output.js';
import { ProgressBar, countFiles } from '../progress.js';

const DB_HELP = '  --db FILE          the database (default: $DOSSIER_DB, else ./dossier.db)';
const FORMAT_HELP = '  -f, --format F     table (default), json, ndjson or csv';

export const ingest: Command = {
  name: 'ingest',
  summary: 'read articles and store their records',
  min: 1,
  options: {
    ...DB_OPTION, ...HELP_OPTION, format: { type: 'string', short: 'f' }, published: { type: 'string' },
    models: { type: 'string' }, quiet: { type: 'boolean', short: 'q' },
  },
  help: `Usage: dossier ingest PATH... [--db FILE] [--format F] [--published DATE]

Reads articles (files, directories recursively, - for standard input), extracts their
entities, events and claims, and stores them. An article already stored (same text or same
URL) is skipped and nothing changes. A bad input is reported on stderr and skipped; the
others are stored.

Options:
${DB_HELP}
  -f, --format F     input format: text, html, rss, atom, jsonl, warc (default: detected)
  --published DATE   publication date of every article read (wins over dates in the input)
  --models DIR       model folder (default: the package's models/)
  -q, --quiet        no progress line and no summary

Prints a progress line on a terminal, then one summary line:
  ingested 4, skipped 1 duplicate, 1 failed
Exit status: 0 when every input was read, 1 when any failed.
`,
  async run(ctx, values, paths) {
    const published = dateOpt(values, 'published');
    const format = inputFormatOpt(values, 'format');
    const engine = createEngine(ctx.engineOptions(values, ctx.dbPath(values)));
    try {
      const quiet = values.quiet === true;
      const bar = !quiet && ctx.io.stderr.isTTY ? new ProgressBar(ctx.io.stderr, countFiles(paths)) : undefined;
      const summary = await engine.ingest(readArticles(paths, { format, published, stdin: ctx.io.stdin }), (p) => {
        if (p.error) {
          bar?.clear();
          ctx.warn(`${p.error.input ? `${p.error.input}: ` : ''}${p.error.message} [${p.error.code}]`);
        }
        bar?.update(p.origin, p);
      });
      bar?.clear();
      if (!quiet) {
        const parts = [`ingested ${summary.ingested}`];
        parts.push(`skipped ${summary.skipped} duplicate${summary.skipped === 1 ? '' : 's'}`);
        parts.push(`${summary.failed} failed`);
        ctx.out(`${parts.join(', ')}\n`);
      }
      return summary.failed ? 1 : 0;
    } finally {
      await engine.close();
    }
  },
};

export const extract: Command = {
  name: 'extract',
  summary: 'print the record of one article (no database)',
  min: 1,
  max: 1,
  options: {
    ...HELP_OPTION, ...FORMAT_OPTION, published: { type: 'string' }, from: { type: 'string' }, models: { type: 'string' },
  },
  help: `Usage: dossier extract FILE|- [--published DATE] [--format json|ndjson|text]

Extracts entities, events and claims from one input and prints its record in the contract of
shared/gold/README.md (every span in offsets of the original text). A feed or JSONL file
prints one record per article.

Options:
  --published DATE   publication date, the reference for relative dates (YYYY-MM-DD)
  -f, --format F     json (default; an array when there are several articles), ndjson, text
  --from F           input format: text, html, rss, atom, jsonl, warc (default: detected)
  --models DIR       model folder (default: the package's models/)
`,
  async run(ctx, values, [path]) {
    const format = stringOpt(values, 'format') ?? 'json';
    if (!['json', 'ndjson', 'text'].includes(format)) throw new UsageError(`--format must be json, ndjson or text (got "${format}")`);
    const published = dateOpt(values, 'published');
    const from = inputFormatOpt(values, 'from');
    const engine = createEngine(ctx.engineOptions(values));
    const records = [];
    let failed = 0;
    for await (const r of readArticles([path], { format: from, published, stdin: ctx.io.stdin })) {
      if (!r.ok) {
        const f = describeError(r.error, path);
        ctx.warn(`${f.input ? `${f.input}: ` : ''}${f.message} [${f.code}]`);
        failed++;
        continue;
      }
      const doc = engine.extract(r.article as RawArticle, { published });
      const rec = toRecord(doc);
      if (format === 'ndjson') ctx.out(`${JSON.stringify(rec)}\n`);
      else if (format === 'text') ctx.out(`${describeRecord(rec, { origin: doc.origin, width: ctx.width })}\n`);
      else records.push(rec);
    }
    if (format === 'json' && records.length) ctx.out(toJson(records.length === 1 ? records[0] : records));
    return failed ? 1 : 0;
  },
};

const DOC_COLS: Column<DocumentSummary>[] = [
  { header: 'id', get: (d) => d.id },
  { header: 'published', get: (d) => d.published },
  { header: 'entities', get: (d) => d.entities, align: 'right' },
  { header: 'events', get: (d) => d.events, align: 'right' },
  { header: 'claims', get: (d) => d.claims, align: 'right' },
  { header: 'title', get: (d) => d.title ?? d.origin, flex: true, max: 100 },
];

export const show: Command = {
  name: 'show',
  summary: 'list stored documents, or show one record',
  max: 1,
  options: { ...DB_OPTION, ...HELP_OPTION, ...FORMAT_OPTION, limit: { type: 'string', short: 'n' }, text: { type: 'boolean' } },
  help: `Usage: dossier show [ID] [--db FILE] [--format F] [--text]

Without ID: lists the stored documents, newest first. With ID (or a unique prefix of it):
prints that document's record; --format json prints it exactly as \`dossier extract\` did.

Options:
${DB_HELP}
${FORMAT_HELP}  (with ID: table, json or ndjson)
  -n, --limit N      at most N documents
  --text             with ID: print the original text as it was read (offsets index it)
`,
  async run(ctx, values, [id]) {
    const format = outputFormat(values);
    const limit = intOpt(values, 'limit');
    if (id !== undefined && format === 'csv') throw new UsageError('show ID prints one record: use --format json, ndjson or table');
    const store = ctx.openExisting(values);
    try {
      if (id === undefined) {
        const docs = await store.listDocuments({ limit });
        ctx.out(formatRows(docs, DOC_COLS, format, ctx.width));
        return 0;
      }
      const doc = await store.getDocument(id);
      if (!doc) { ctx.warn(`no document with id ${id}`); return 1; }
      if (values.text) ctx.out(doc.text);
      else if (format === 'json') ctx.out(toJson(doc.record));
      else if (format === 'ndjson') ctx.out(`${JSON.stringify(doc.record)}\n`);
      else ctx.out(describeRecord(doc.record, { origin: doc.origin, width: ctx.width }));
      return 0;
    } finally {
      await store.close();
    }
  },
};

const SEARCH_COLS: Column<SearchHit>[] = [
  { header: 'id', get: (h) => h.id },
  { header: 'published', get: (h) => h.published },
  { header: 'title', get: (h) => h.title, max: 40 },
  { header: 'snippet', get: (h) => h.snippet, flex: true, max: 160 },
];

export const search: Command = {
  name: 'search',
  summary: 'full-text search over stored documents',
  min: 1,
  options: { ...DB_OPTION, ...HELP_OPTION, ...FORMAT_OPTION, limit: { type: 'string', short: 'n' } },
  help: `Usage: dossier search QUERY... [--db FILE] [--format F] [--limit N]

Finds stored documents by title and text, best first. Words must all occur, in any English
form (sanction finds sanctions, sanctioned); "a phrase" in quotes, word* for a prefix,
a OR b, -word to exclude. Any other punctuation is ignored.

Options:
${DB_HELP}
${FORMAT_HELP}
  -n, --limit N      at most N hits (default 20)
`,
  async run(ctx, values, words) {
    const format = outputFormat(values);
    const limit = intOpt(values, 'limit') ?? 20;
    const store = ctx.openExisting(values);
    try {
      const hits = await store.search(words.join(' '), { limit });
      if (!hits.length && format === 'table') { ctx.warn('no matches'); return 0; }
      ctx.out(formatRows(hits, SEARCH_COLS, format, ctx.width));
      return 0;
    } finally {
      await store.close();
    }
  },
};

const EVENT_ROW_COLS: Column<EventRow>[] = [
  // The event's own date, else the article's (marked ~) so the table reads in time order.
  { header: 'date', get: (e) => e.date ?? (e.published ? `~${e.published.slice(0, 10)}` : undefined) },
  { header: 'type', get: (e) => e.type },
  { header: 'actor', get: (e) => e.actor, max: 24 },
  { header: 'target', get: (e) => e.target, max: 24 },
  { header: 'amount', get: (e) => (e.amount !== undefined ? `${formatNumber(e.amount)} ${e.currency ?? ''}`.trim() : undefined) },
  { header: 'document', get: (e) => e.document.slice(0, 8) },
  { header: 'evidence', get: (e) => e.text, flex: true, max: 200 },
];
const EVENT_CSV_COLS: Column<EventRow>[] = [
  { header: 'document', get: (e) => e.document }, { header: 'id', get: (e) => e.id },
  { header: 'type', get: (e) => e.type }, { header: 'mode', get: (e) => e.mode },
  { header: 'modality', get: (e) => e.modality }, { header: 'actor', get: (e) => e.actor },
  { header: 'target', get: (e) => e.target }, { header: 'location', get: (e) => e.location },
  { header: 'date', get: (e) => e.date }, { header: 'published', get: (e) => e.published }, { header: 'amount', get: (e) => e.amount },
  { header: 'currency', get: (e) => e.currency }, { header: 'status', get: (e) => e.status },
  { header: 'start', get: (e) => e.start }, { header: 'end', get: (e) => e.end }, { header: 'text', get: (e) => e.text },
];

const HAPPENING_ROW_COLS: Column<HappeningRow>[] = [
  // The happening's date, else its first report's (marked ~), as the events table does.
  { header: 'date', get: (h) => h.date ?? (h.firstReported ? `~${h.firstReported.slice(0, 10)}` : undefined) },
  { header: 'type', get: (h) => h.type },
  { header: 'actor', get: (h) => h.actor, max: 24 },
  { header: 'target', get: (h) => h.target, max: 24 },
  { header: 'amount', get: (h) => (h.amount !== undefined ? `${formatNumber(h.amount)} ${h.currency ?? ''}`.trim() : undefined) },
  { header: 'sources', get: (h) => h.sources, align: 'right' },
  { header: 'first', get: (h) => h.firstReported?.slice(0, 10) },
  { header: 'evidence', get: (h) => h.text, flex: true, max: 200 },
];
const HAPPENING_CSV_COLS: Column<HappeningRow>[] = [
  { header: 'id', get: (h) => h.id }, { header: 'type', get: (h) => h.type }, { header: 'modality', get: (h) => h.modality },
  { header: 'actor', get: (h) => h.actor }, { header: 'target', get: (h) => h.target }, { header: 'date', get: (h) => h.date },
  { header: 'amount', get: (h) => h.amount }, { header: 'currency', get: (h) => h.currency },
  { header: 'sources', get: (h) => h.sources }, { header: 'reports', get: (h) => h.reports },
  { header: 'first_reported', get: (h) => h.firstReported }, { header: 'first_document', get: (h) => h.firstDocument },
  { header: 'text', get: (h) => h.text },
];

export const events: Command = {
  name: 'events',
  summary: 'list stored events',
  max: 0,
  options: {
    ...DB_OPTION, ...HELP_OPTION, ...FORMAT_OPTION, type: { type: 'string', short: 't' }, actor: { type: 'string' },
    target: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, document: { type: 'string' },
    limit: { type: 'string', short: 'n' }, merged: { type: 'boolean', short: 'm' },
  },
  help: `Usage: dossier events [--merged] [--type T] [--actor A] [--target B] [--since D] [--until D] [--db FILE]

Lists stored events (PLOVER types), newest first. With --merged, lists happenings instead: the
events of all documents that tell of the same happening (same type, actor and target or the
country they act for, amounts within 1%, dates that agree, same modality) are one row, with
the number of documents that report it (sources) and the first report's publication date.

Options:
  -t, --type T       event type, e.g. AID, CONSULT, ASSAULT
  --actor A          actor name contains A (case-insensitive)
  --target B         target name contains B
  --since D          on or after date D (the event's date, else the article's)
  --until D          on or before date D
  --document ID      events of one document
${DB_HELP}
${FORMAT_HELP}
  -n, --limit N      at most N events
  -m, --merged       one row per happening, with its number of sources
`,
  async run(ctx, values) {
    const format = outputFormat(values);
    const type = stringOpt(values, 'type')?.toUpperCase();
    if (type && !(PLOVER_TYPES as readonly string[]).includes(type)) throw new UsageError(`unknown event type "${type}" (one of ${PLOVER_TYPES.join(', ')})`);
    const filter = {
      type, actor: stringOpt(values, 'actor'), target: stringOpt(values, 'target'),
      since: dateOpt(values, 'since'), until: dateOpt(values, 'until'), document: stringOpt(values, 'document'),
      limit: intOpt(values, 'limit'),
    };
    const store = ctx.openExisting(values);
    try {
      if (values.merged === true) {
        const rows = await store.happenings(filter);
        ctx.out(formatRows(rows, format === 'csv' ? HAPPENING_CSV_COLS : HAPPENING_ROW_COLS, format, ctx.width));
        return 0;
      }
      const rows = await store.events(filter);
      ctx.out(formatRows(rows, format === 'csv' ? EVENT_CSV_COLS : EVENT_ROW_COLS, format, ctx.width));
      return 0;
    } finally {
      await store.close();
    }
  },
};

const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC'];

const ENTITY_COLS: Column<EntityRow>[] = [
  { header: 'name', get: (e) => e.name, max: 50 },
  { header: 'type', get: (e) => e.type },
  { header: 'documents', get: (e) => e.documents, align: 'right' },
  { header: 'mentions', get: (e) => e.mentions, align: 'right' },
  { header: 'kb', get: (e) => e.kb },
];

export const entities: Command = {
  name: 'entities',
  summary: 'list stored entities with mention counts',
  max: 0,
  options: {
    ...DB_OPTION, ...HELP_OPTION, ...FORMAT_OPTION, type: { type: 'string', short: 't' }, name: { type: 'string' },
    document: { type: 'string' }, limit: { type: 'string', short: 'n' },
  },
  help: `Usage: dossier entities [--type T] [--name S] [--db FILE] [--format F]

Lists entities across stored documents, most widely mentioned first.

Options:
  -t, --type T       PERSON, ORG, GPE or LOC (GPE and LOC are listed together)
  --name S           name contains S (case-insensitive)
  --document ID      entities of one document
${DB_HELP}
${FORMAT_HELP}
  -n, --limit N      at most N entities
`,
  async run(ctx, values) {
    const format = outputFormat(values);
    const type = stringOpt(values, 'type')?.toUpperCase();
    if (type && !ENTITY_TYPES.includes(type)) throw new UsageError(`unknown entity type "${type}" (one of ${ENTITY_TYPES.join(', ')})`);
    const filter = {
      type, name: stringOpt(values, 'name'), document: stringOpt(values, 'document'),
      limit: intOpt(values, 'limit'),
    };
    const store = ctx.openExisting(values);
    try {
      const rows = await store.entities(filter);
      ctx.out(formatRows(rows, ENTITY_COLS, format, ctx.width));
      return 0;
    } finally {
      await store.close();
    }
  },
};
