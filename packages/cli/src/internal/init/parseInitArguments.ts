import { parseArgs } from 'node:util';
import { atMostOnce } from '../atMostOnce.js';
import { oneLineUsageError } from '../oneLineUsageError.js';
import { UsageError } from '../UsageError.js';
import { MAX_SHARDS } from './shardFileName.js';

/** The arguments of `nninit init SPEC.json --out DIR [--seed S] [--shard i/N]`. */
export interface InitArguments {
  readonly spec: string;
  readonly out: string;
  readonly seed: number | undefined;
  readonly index: number;
  readonly count: number;
}

export const INIT_USAGE = 'usage: nninit init SPEC.json --out DIR [--seed S] [--shard i/N]';

/**
 * Parses the command line with Node's `util.parseArgs` (strict: an unknown option, a missing
 * value, a second positional or a repeated flag is an error).
 */
export function parseInitArguments(argv: readonly string[]): InitArguments {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw oneLineUsageError('nninit init', error);
  }
  const { values: given, positionals } = parsed;
  const values = {
    out: atMostOnce('nninit init', 'out', given.out),
    seed: atMostOnce('nninit init', 'seed', given.seed),
    shard: atMostOnce('nninit init', 'shard', given.shard),
  };
  if (positionals.length !== 1) {
    throw new UsageError(
      `one SPEC.json must be given, got ${positionals.length === 0 ? 'none' : positionals.map((p) => JSON.stringify(p)).join(' ')}`,
    );
  }
  if (values.out === undefined || values.out === '') throw new UsageError('--out DIR must be given');
  let seed: number | undefined;
  if (values.seed !== undefined) {
    seed = /^-?\d+$/.test(values.seed) ? Number(values.seed) : Number.NaN;
    if (!Number.isSafeInteger(seed))
      throw new UsageError(`--seed must be a safe integer, got ${JSON.stringify(values.seed)}`);
  }
  let index = 1;
  let count = 1;
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    index = Number(match?.[1]);
    count = Number(match?.[2]);
    if (match === null || !(count >= 1 && count <= MAX_SHARDS && index >= 1 && index <= count)) {
      throw new UsageError(`--shard must be i/N with 1 ≤ i ≤ N ≤ ${MAX_SHARDS}, got ${JSON.stringify(values.shard)}`);
    }
  }
  return { spec: positionals[0] as string, out: values.out, seed, index, count };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', multiple: true },
      seed: { type: 'string', multiple: true },
      shard: { type: 'string', multiple: true },
    },
  });
}
