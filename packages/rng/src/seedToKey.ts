import { seedKey } from './internal/philox/seedKey.js';

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
