/**
 * Row output for the query commands: aligned tables for a terminal, JSON / NDJSON / CSV for pipes.
 * Pure functions from rows to text; the caller writes it.
 */

export type OutputFormat = 'table' | 'json' | 'ndjson' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'ndjson', 'csv'];

export interface Column<T> {
  header: string;
  /** The cell value for table and CSV output. */
  get: (row: T) => string | number | undefined | null;
  align?: 'left' | 'right';
  /** Longest cell in a table (longer ones are cut with …). */
  max?: number;
  /** This column absorbs what is left of the terminal width (one per table). */
  flex?: boolean;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge spaces. */
export function csvField(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(rows: readonly T[], cols: readonly Column<T>[]): string {
  const lines = [cols.map((c) => csvField(c.header)).join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvField(c.get(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Terminal cell: one line, at most `max` characters. */
function cell(v: unknown, max: number): string {
  if (v === undefined || v === null) return '';
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, Math.max(1, max - 1))}…` : s;
}

export function toTable<T>(rows: readonly T[], cols: readonly Column<T>[], width?: number): string {
  const maxes = cols.map((c) => c.max ?? 60);
  let cells = rows.map((r) => cols.map((c, i) => cell(c.get(r), maxes[i])));
  const widths = cols.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const flex = cols.findIndex((c) => c.flex);
  if (width && flex >= 0) {
    // Fit the table to the terminal by shrinking the flexible column first.
    const others = widths.reduce((a, w, i) => (i === flex ? a : a + w + 2), 0);
    const room = Math.max(cols[flex].header.length, 12, width - others - 1);
    if (widths[flex] > room) {
      widths[flex] = room;
      cells = rows.map((r) => cols.map((c, i) => cell(c.get(r), i === flex ? room : maxes[i])));
    }
  }
  const line = (vals: string[]) => vals
    .map((v, i) => (cols[i].align === 'right' ? v.padStart(widths[i]) : i === vals.length - 1 ? v : v.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
  const out = [line(cols.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  return `${out.join('\n')}\n`;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function toNdjson(rows: readonly unknown[]): string {
  return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** Rows in the requested format; JSON forms print the rows' own fields, not the table columns. */
export function formatRows<T>(rows: readonly T[], cols: readonly Column<T>[], format: OutputFormat, width?: number): string {
  switch (format) {
    case 'json': return toJson(rows);
    case 'ndjson': return toNdjson(rows);
    case 'csv': return toCsv(rows, cols);
    default: return rows.length ? toTable(rows, cols, width) : '';
  }
}
