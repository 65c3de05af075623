import type { CommandLine } from './cli/CommandLine.js';
import { parseCommandLine } from './cli/parseCommandLine.js';
import { UsageError } from './cli/UsageError.js';
import { usage } from './cli/usage.js';
import type { Io } from './Io.js';
import { OutputError } from './output/OutputError.js';
import { OutputFile } from './output/OutputFile.js';
import type { Outputs } from './output/Outputs.js';
import { validateOutputPath } from './output/validateOutputPath.js';

/**
 * The whole demo as a function: parses `argv`, claims the output files, runs the command and
 * returns the exit status — 0 success, 1 a failed conformance check, 2 a usage or I/O error.
 * A bad command line or an output path that cannot be written is one line `error: …` and the
 * usage on stderr, before anything is computed; an output file that fails at the end (a full
 * disk) is one line `error: …`, and its target is left as it was. Nothing here touches
 * `process`: {@link processIo} connects it to the real one in main.ts.
 *
 * @example
 * ```ts
 * await run(['--layers', '0'], io); // 2, with 'error: --layers must be positive integers (at most 4096) separated by commas, got "0"' on io.err
 * await run(['--help'], io);        // 0, with the usage of compare on io.out
 * ```
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let line: CommandLine;
  let outputs: Outputs;
  try {
    line = parseCommandLine(argv);
    outputs = claimOutputs(line, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`error: ${error.message}\n\n${usage(error.command)}`);
    return 2;
  }
  try {
    return await runCommand(line, io, outputs);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.err(`error: ${error.message}\n`);
    return 2;
  } finally {
    outputs.report?.discard();
    outputs.junit?.discard();
  }
}

async function runCommand(line: CommandLine, io: Io, outputs: Outputs): Promise<number> {
  switch (line.command) {
    case 'help':
      io.out(usage(line.topic));
      return 0;
    // Each command is loaded when it runs, so --help and a bad command line pay for none of them:
    // the reports' Observable Plot and linkedom cost about 0.3 s of CPU to load, and tfjs-core and
    // tfjs-layers (audit-tfjs) more (bench/RESULTS.md, "demo start-up").
    case 'compare':
      return (await import('./commands/compare.js')).compare(line.options, io, outputs);
    case 'deep':
      return (await import('./commands/deep.js')).deep(line.options, io, outputs);
    case 'verify':
      return (await import('./commands/verify.js')).verify(line.options, io, outputs);
    case 'audit-tfjs':
      return (await import('./commands/auditTfjs.js')).auditTfjs(line.options, io, outputs);
    case 'theory':
      return (await import('./commands/theory.js')).theory(line.options, io, outputs);
    case 'lsuv':
      return (await import('./commands/lsuv.js')).lsuv(line.options, io, outputs);
    case 'zero':
      return (await import('./commands/zero.js')).zero(line.options, io, outputs);
    case 'mup':
      return (await import('./commands/mup.js')).mup(line.options, io, outputs);
  }
}

/**
 * The `--report` and `--junit` files, resolved against `cwd`, checked and claimed (a temporary
 * file created next to each), so that an unwritable path fails before any work.
 */
function claimOutputs(line: CommandLine, cwd: string): Outputs {
  if (line.command === 'help') return {};
  const { command, options } = line;
  const report =
    options.report === undefined ? undefined : validateOutputPath(command, '--report', options.report, cwd);
  const junitOption = command === 'verify' ? line.options.junit : undefined;
  const junit = junitOption === undefined ? undefined : validateOutputPath(command, '--junit', junitOption, cwd);
  if (junit !== undefined && junit === report)
    throw new UsageError('--junit and --report must be different files', command);
  const reportFile = report === undefined ? undefined : OutputFile.claim(command, '--report', report);
  try {
    return { report: reportFile, junit: junit === undefined ? undefined : OutputFile.claim(command, '--junit', junit) };
  } catch (error) {
    reportFile?.discard();
    throw error;
  }
}
