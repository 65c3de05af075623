import { parseArgs } from 'node:util';
import { atMostOnce } from '../atMostOnce.js';
import { oneLineUsageError } from '../oneLineUsageError.js';
import { resolveUserPath } from '../resolveUserPath.js';
import { UsageError } from '../UsageError.js';
import { parseExpectation } from './parseExpectation.js';
import type { VerifyArguments } from './VerifyArguments.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses `nninit verify`'s arguments with node:util's `parseArgs` in strict mode: an unknown
 * flag, a flag without its value, a missing FILE or `--expect`, an extra positional argument, a
 * layout other than torch or keras and an α outside (0, 1) are {@link UsageError}s that say
 * what was expected. Relative paths (FILE, `--junit`) are resolved as the user meant them
 * ({@link resolveUserPath}).
 *
 * @example
 * ```ts
 * parseVerifyArguments(['w.npy', '--expect', 'he_normal']).alpha; // 1e-6
 * ```
 */
export function parseVerifyArguments(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): VerifyArguments {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw oneLineUsageError('nninit verify', error, '(nninit verify --help lists the options)');
  }
  const { values: given, positionals } = parsed;
  const single = (flag: 'expect' | 'layout' | 'alpha' | 'junit') => atMostOnce('nninit verify', flag, given[flag]);
  const values = {
    expect: single('expect'),
    layout: single('layout'),
    alpha: single('alpha'),
    junit: single('junit'),
    json: given.json,
    help: given.help,
    tensor: given.tensor,
  };
  const help = values.help === true;
  if (help) {
    return {
      file: '',
      fileText: '',
      tensors: [],
      expect: { name: '', parameters: {}, text: '' },
      layout: 'torch',
      alpha: 1e-6,
      json: false,
      junit: undefined,
      help,
    };
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      `nninit verify: exactly one FILE must be given, got ${positionals.length === 0 ? 'none' : positionals.map((p) => JSON.stringify(p)).join(', ')} (usage: nninit verify FILE --expect INIT …)`,
    );
  }
  if (values.expect === undefined) {
    throw new UsageError(
      'nninit verify: --expect INIT must be given: the initializer the weights should follow (e.g. --expect he_normal)',
    );
  }
  const layout = values.layout ?? 'torch';
  if (layout !== 'torch' && layout !== 'keras') {
    throw new UsageError(`nninit verify: --layout must be torch or keras, got ${JSON.stringify(layout)}`);
  }
  const alphaText = values.alpha ?? '1e-6';
  const alpha = Number(alphaText);
  if (!NUMBER.test(alphaText) || !(alpha > 0 && alpha < 1)) {
    throw new UsageError(`nninit verify: --alpha must be a number in (0, 1), got ${JSON.stringify(alphaText)}`);
  }
  if (values.junit === '') throw new UsageError('nninit verify: --junit must be a file path, got ""');
  return {
    file: resolveUserPath(positionals[0] as string, env),
    fileText: positionals[0] as string,
    tensors: values.tensor ?? [],
    expect: parseExpectation(values.expect),
    layout,
    alpha,
    json: values.json === true,
    junit: values.junit === undefined ? undefined : resolveUserPath(values.junit, env),
    help,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      expect: { type: 'string', multiple: true },
      tensor: { type: 'string', multiple: true },
      layout: { type: 'string', multiple: true },
      alpha: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      junit: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
