import { nearest } from '@nninit/internal';
import type { CommandLine } from './CommandLine.js';
import type { CommandName } from './CommandName.js';
import { parseFlags } from './parseFlags.js';
import { toAuditTfjsOptions } from './toAuditTfjsOptions.js';
import { toCompareOptions } from './toCompareOptions.js';
import { toDeepOptions } from './toDeepOptions.js';
import { toMupCommandOptions } from './toMupCommandOptions.js';
import { toOutputOptions } from './toOutputOptions.js';
import { toTheoryOptions } from './toTheoryOptions.js';
import { toVerifyOptions } from './toVerifyOptions.js';
import { UsageError } from './UsageError.js';

const COMMANDS: readonly CommandName[] = ['compare', 'deep', 'verify', 'theory', 'audit-tfjs', 'lsuv', 'zero', 'mup'];

/**
 * The demo's command line, parsed and validated with no side effects: `[command] [options]`
 * where the command is `compare` (also when omitted), `deep`, `verify` or `help [command]`,
 * and `--help`/`-h` asks for a command's help. Everything that can be checked without touching
 * the disk is checked here (output paths are checked by {@link run}); anything wrong is a
 * one-line {@link UsageError}.
 *
 * @example
 * ```ts
 * parseCommandLine([]).command;                       // 'compare'
 * parseCommandLine(['deep', '--layers', '10']).command; // 'deep'
 * parseCommandLine(['verify', '-h']);                  // { command: 'help', topic: 'verify' }
 * parseCommandLine(['train']);                         // throws UsageError: unknown command "train" (commands: compare, deep, verify, audit-tfjs)
 * ```
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const first = argv[0];
  const named = first !== undefined && !first.startsWith('-');
  const name = named ? first : 'compare';
  if (name === 'help') {
    const topic = argv[1];
    if (topic === undefined) return { command: 'help', topic: undefined };
    if (argv.length === 2 && COMMANDS.includes(topic as CommandName))
      return { command: 'help', topic: topic as CommandName };
    throw new UsageError(
      `help takes one command name (${COMMANDS.join(', ')}), got "${argv.slice(1).join(' ')}"`,
      undefined,
    );
  }
  if (!COMMANDS.includes(name as CommandName)) {
    const hint = nearest(name, COMMANDS);
    throw new UsageError(
      `unknown command "${name}" (commands: ${COMMANDS.join(', ')})${hint === undefined ? '' : `; did you mean "${hint}"?`}`,
      undefined,
    );
  }
  const command = name as CommandName;
  const flags = parseFlags(command, named ? argv.slice(1) : argv);
  if (flags.help === true) return { command: 'help', topic: command };
  switch (command) {
    case 'compare':
      return { command, options: toCompareOptions(flags) };
    case 'deep':
      return { command, options: toDeepOptions(flags) };
    case 'verify':
      return { command, options: toVerifyOptions(flags) };
    case 'theory':
      return { command, options: toTheoryOptions(flags) };
    case 'audit-tfjs':
      return { command, options: toAuditTfjsOptions(flags) };
    case 'lsuv':
    case 'zero':
      return { command, options: toOutputOptions(command, flags) };
    case 'mup':
      return { command, options: toMupCommandOptions(flags) };
  }
}
