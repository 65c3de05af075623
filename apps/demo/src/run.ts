import type { CommandLine } from './cli/CommandLine.js';
import { parseCommandLine } from './cli/parseCommandLine.js';
import { UsageError } from './cli/UsageError.js';
import { usage } from './cli/usage.js';
import { compare } from './commands/compare.js';
import { deep } from './commands/deep.js';
import { verify } from './commands/verify.js';
import type { Io } from './Io.js';
import { checkOutputPath } from './output/checkOutputPath.js';

/**
 * The whole demo as a function: parses `argv`, checks the output paths, runs the command and
 * returns the exit status — 0 success, 1 a failed conformance check, 2 a bad command line (one
 * line `error: …` and the usage on stderr, before anything is computed or written). Nothing
 * here touches `process`: {@link processIo} connects it to the real one in main.ts.
 *
 * @example
 * ```ts
 * run(['--layers', '0'], io); // 2, with 'error: --layers must be positive integers (at most 4096) separated by commas, got "0"' on io.err
 * run(['--help'], io);        // 0, with the usage of compare on io.out
 * ```
 */
export function run(argv: readonly string[], io: Io): number {
  let line: CommandLine;
  try {
    line = withCheckedPaths(parseCommandLine(argv), io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n\n${usage(error.command)}`);
    return 2;
  }
  switch (line.command) {
    case 'help':
      io.out(usage(line.topic));
      return 0;
    case 'compare':
      return compare(line.options, io);
    case 'deep':
      return deep(line.options, io);
    case 'verify':
      return verify(line.options, io);
  }
}

/** The command line with `--report` and `--junit` resolved against `cwd` and checked writable. */
function withCheckedPaths(line: CommandLine, cwd: string): CommandLine {
  if (line.command === 'help') return line;
  const { options } = line;
  const report =
    options.report === undefined ? undefined : checkOutputPath(line.command, '--report', options.report, cwd);
  if (line.command !== 'verify') return { ...line, options: { ...line.options, report } } as CommandLine;
  const junit =
    line.options.junit === undefined ? undefined : checkOutputPath('verify', '--junit', line.options.junit, cwd);
  if (junit !== undefined && junit === report)
    throw new UsageError('--junit and --report must be different files', 'verify');
  return { ...line, options: { ...line.options, report, junit } };
}
