/**
 * The nninit demo: `pnpm demo [compare | deep | verify | theory | audit-tfjs | mup] [options]` from the repository root
 * (tsx, no build step). See README.md, or `pnpm demo --help`.
 */
import { processIo } from './processIo.js';
import { run } from './run.js';

// A reader that goes away (`pnpm demo --json | head`) is not a failure of the demo; any other
// error on stdout is an I/O error: one line, status 2. Without a listener either is an uncaught
// exception with a stack and status 1, the status of a failed conformance check.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`error: cannot write to stdout: ${error.code ?? error.message}\n`);
  process.exit(2);
});
try {
  process.exitCode = await run(process.argv.slice(2), processIo());
} catch (error) {
  // Not a usage or I/O error (run() handles those): a bug. Its stack helps whoever reports it,
  // and status 70 (EX_SOFTWARE) keeps it apart from 1, a failed conformance check.
  process.stderr.write(
    `error: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 70;
}
