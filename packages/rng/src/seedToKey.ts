import { describe } from './checks.js';

const TWO_POW_32 = 2 ** 32;

/**
 * The Philox key of an integer seed: the seed's 64-bit two's-complement representation split
 * into (low word, high word). Every safe integer is a valid seed, 0 and negatives included, and
 * distinct seeds give distinct keys (Philox is designed for such simple keys: Salmon et al. 2011, §2).
 *
 * @example
 * ```ts
 * seedToKey(1);  // [1, 0]
 * seedToKey(-1); // [4294967295, 4294967295]
 * ```
 */
export function seedToKey(seed: number): [number, number] {
  return seedKey('seedToKey', seed);
}

/** {@link seedToKey} for `fn`, whose name starts the error messages. */
export function seedKey(fn: string, seed: number): [number, number] {
  if (typeof seed !== 'number') {
    throw new TypeError(`${fn}: seed must be a safe integer, got ${describe(seed)}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`${fn}: seed must be a safe integer, got ${seed}`);
  }
  const lo = ((seed % TWO_POW_32) + TWO_POW_32) % TWO_POW_32;
  const hi = (Math.floor(seed / TWO_POW_32) + TWO_POW_32) % TWO_POW_32;
  return [lo, hi];
}
