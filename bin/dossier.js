#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (npm run build writes dist/).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`dossier: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
