/**
 * The store: a port (`Store`) and its embedded SQLite adapter. `openStore` picks the adapter from
 * the location (only SQLite files for now; a `postgres://` URL will select the PostgreSQL adapter).
 */
import { DossierError } from '../model/errors.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';
import type { Store } from './store.js';

export * from './store.js';
export { SqliteStore, applyMigrations, entityKey, type SqliteStoreOptions } from './sqlite.js';
export { MIGRATIONS, LATEST_VERSION, type Migration } from './schema.js';
export { toFtsQuery } from './fts.js';

/** Where the CLI and the engine keep the database unless told: `$DOSSIER_DB`, else `./dossier.db`. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOSSIER_DB && env.DOSSIER_DB.trim() ? env.DOSSIER_DB : './dossier.db';
}

export function openStore(location: string = defaultDbPath(), opts: SqliteStoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new DossierError('E300', 'PostgreSQL is not supported yet; give a SQLite file path', location);
  }
  return new SqliteStore(location, opts);
}
