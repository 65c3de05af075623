import { initCommand } from './internal/commands/initCommand.js';
import { verifyCommand } from './internal/commands/verifyCommand.js';

/** The subcommands, by the name typed after `nninit`. */
const COMMANDS = { verify: verifyCommand, init: initCommand } as const;

/**
 * Runs one `nninit` invocation and returns its exit status: 0 success, 1 a tensor failed its
 * check, 2 a usage or file error.
 */
export async function run(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || !Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`usage: nninit <${Object.keys(COMMANDS).join('|')}> …\n`);
    return 2;
  }
  return COMMANDS[name as keyof typeof COMMANDS](rest);
}
