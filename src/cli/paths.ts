/**
 * Package-relative locations (this file is dist/cli/paths.js once built).
 */
import { fileURLToPath } from 'node:url';

/** The public data folder, relative to the working directory (the project root in CI). */
export const DEFAULT_DATA = '../shared/data';
/** The shared folder (gold files, tools, data). */
export const DEFAULT_SHARED = '../shared';

export function defaultModelsDir(): string {
  return fileURLToPath(new URL('../../models/', import.meta.url));
}

/** The committed quality baseline (quality/baseline.json in the package). */
export function defaultBaselinePath(): string {
  return fileURLToPath(new URL('../../quality/baseline.json', import.meta.url));
}
