import { fail, formatValue } from '@nninit/internal';
import { philox, type RandomSource } from '@nninit/rng';

/**
 * The random source of a call: `options.rng` as given, or `philox(options.seed)`. Both given is
 * a TypeError (which one would win is a guess). Neither is a RangeError when the initializer draws
 * random numbers — there is no hidden global seed — and `undefined` for deterministic ones.
 * Both are validated even when unused, so a typo never passes silently.
 */
export function resolveSource(
  fn: string,
  initializer: string,
  random: boolean,
  rng: unknown,
  seed: unknown,
): RandomSource | undefined {
  if (rng !== undefined && seed !== undefined) {
    throw fail(TypeError, fn, 'options.seed', 'undefined when options.rng is given', seed);
  }
  if (rng !== undefined) {
    if (!isRandomSource(rng)) {
      throw new TypeError(
        `${fn}: options.rng must be a RandomSource (fillUniform, fillNormal, fillTruncatedNormal), got ${formatValue(rng)}`,
      );
    }
    return rng;
  }
  if (seed !== undefined) {
    if (typeof seed !== 'number') throw fail(TypeError, fn, 'options.seed', 'a safe integer', seed);
    if (!Number.isSafeInteger(seed)) throw fail(RangeError, fn, 'options.seed', 'a safe integer', seed);
    return philox(seed);
  }
  if (random) {
    throw new RangeError(
      `${fn}: options.rng or options.seed must be given (${formatValue(initializer)} draws random numbers and there is no global seed), got neither`,
    );
  }
  return undefined;
}

function isRandomSource(value: unknown): value is RandomSource {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['fillUniform'] === 'function' &&
    typeof v['fillNormal'] === 'function' &&
    typeof v['fillTruncatedNormal'] === 'function'
  );
}
