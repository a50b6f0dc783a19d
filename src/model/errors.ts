/**
 * One error type for the whole library. Codes are stable and documented in README ("Errors"):
 * E1xx input, E2xx pipeline, E3xx store, E4xx models, E5xx CLI usage.
 */
export class DossierError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The input (path, URL, `-`) the error is about, when there is one. */
    readonly input?: string,
  ) {
    super(input ? `${input}: ${message} [${code}]` : `${message} [${code}]`);
    this.name = 'DossierError';
  }
}

export function isDossierError(e: unknown): e is DossierError {
  return e instanceof DossierError;
}
