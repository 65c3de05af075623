import { initializers } from '@nninit/init';
import { nearest } from '@nninit/internal';
import { defaults } from './defaults.js';
import type { Flags } from './Flags.js';
import { parseInteger } from './parseInteger.js';
import { parseNumber } from './parseNumber.js';
import { readReport } from './readReport.js';
import { UsageError } from './UsageError.js';
import type { VerifyOptions } from './VerifyOptions.js';

/**
 * `verify`'s validated options from its raw flags, defaults applied. `--init` takes names or
 * aliases (`he`, `xavier`) and keeps their canonical names; `--junit` needs a file name.
 *
 * @example
 * ```ts
 * toVerifyOptions({ init: ['xavier,he'] }).only; // ['glorot_normal', 'he_normal']
 * toVerifyOptions({}).alpha;                     // 0.000001
 * ```
 */
export function toVerifyOptions(flags: Flags): VerifyOptions {
  const d = defaults.verify;
  const text = (key: keyof typeof d): string => (flags[key] as string | undefined) ?? d[key];
  const infos = Object.values(initializers);
  const only = (flags.init as string[] | undefined)
    ?.flatMap((v) => v.split(','))
    .map((name) => {
      const info = infos.find((i) => i.name === name.trim() || (i.aliases as readonly string[]).includes(name.trim()));
      if (info !== undefined) return info.name;
      const hint = nearest(
        name,
        infos.flatMap((i) => [i.name, ...i.aliases]),
      );
      throw new UsageError(
        `--init: unknown initializer "${name}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}; \`--help\` lists them`,
        'verify',
      );
    });
  const junit = flags.junit as string | undefined;
  if (junit === '') throw new UsageError('--junit needs a file name', 'verify');
  return {
    only: only === undefined ? undefined : [...new Set(only)],
    runs: parseInteger('verify', '--runs', text('runs'), 1, 10_000),
    alpha: parseNumber('verify', '--alpha', text('alpha'), 0, 1),
    seed: parseInteger('verify', '--seed', text('seed'), 0, 2 ** 31 - 1),
    canary: flags.canary === true,
    json: flags.json === true,
    junit,
    report: readReport('verify', flags, undefined),
  };
}
