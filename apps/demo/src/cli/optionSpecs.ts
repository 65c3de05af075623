import type { ParseArgsConfig } from 'node:util';
import type { CommandName } from './CommandName.js';

type Options = NonNullable<ParseArgsConfig['options']>;
const text = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;
const shared = { help: { type: 'boolean', short: 'h' }, json: flag, report: text } as const;
const training = {
  ...shared,
  init: { type: 'string', multiple: true },
  iterations: text,
  lr: text,
  dataset: text,
  seed: text,
  'no-report': flag,
} as const;

/**
 * The options each command accepts, in `util.parseArgs`'s form: every value is read as a string
 * and validated by the command's option builder (so `--iterations 1e3` gets a clear message,
 * not a silent conversion), `--init` may be repeated, `-h` is `--help`.
 *
 * @example
 * ```ts
 * Object.keys(optionSpecs.verify); // ['help', 'json', 'report', 'init', 'runs', 'alpha', 'seed', 'canary', 'junit']
 * ```
 */
export const optionSpecs: Readonly<Record<CommandName, Options>> = Object.freeze({
  compare: { ...training, layers: text },
  deep: { ...training, activation: text, layers: text, width: text, 'batch-size': text },
  verify: {
    ...shared,
    init: { type: 'string', multiple: true },
    runs: text,
    alpha: text,
    seed: text,
    canary: flag,
    junit: text,
  },
  'audit-tfjs': { ...shared, alpha: text, samples: text, seed: text },
  theory: { ...shared, 'no-report': flag },
  lsuv: { ...shared, 'no-report': flag },
  zero: { ...shared, 'no-report': flag },
  mup: { ...shared, 'no-report': flag },
});
