import type { AuditTfjsOptions } from './AuditTfjsOptions.js';
import { defaults } from './defaults.js';
import type { Flags } from './Flags.js';
import { parseInteger } from './parseInteger.js';
import { parseNumber } from './parseNumber.js';
import { readReport } from './readReport.js';

/**
 * `audit-tfjs`'s validated options from its raw flags, defaults applied, in the domains
 * `auditTfjsInitializers` accepts (so every bad value is a usage error, before any work).
 *
 * @example
 * ```ts
 * toAuditTfjsOptions({}).samples;              // 32768
 * toAuditTfjsOptions({ seed: '0' });           // throws UsageError: --seed must be an integer from 1 to 1073741824, got "0"
 * ```
 */
export function toAuditTfjsOptions(flags: Flags): AuditTfjsOptions {
  const d = defaults['audit-tfjs'];
  const text = (key: keyof typeof d): string => (flags[key] as string | undefined) ?? d[key];
  return {
    alpha: parseNumber('audit-tfjs', '--alpha', text('alpha'), 0, 1),
    samples: parseInteger('audit-tfjs', '--samples', text('samples'), 1000, 1_000_000),
    seed: parseInteger('audit-tfjs', '--seed', text('seed'), 1, 2 ** 30),
    json: flags.json === true,
    report: readReport('audit-tfjs', flags, undefined),
  };
}
