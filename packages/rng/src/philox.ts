import { seedKey } from './internal/philox/seedKey.js';
import { PhiloxSource } from './PhiloxSource.js';

/**
 * A seeded {@link RandomSource} on Philox4x32-10: the key is the seed's 64-bit two's complement
 * ({@link seedToKey}), the position 0. Any safe integer is a valid seed, 0 and negatives included.
 *
 * @example
 * ```ts
 * const rng = philox(42);
 * const w = new Float32Array(4);
 * rng.fillNormal(w);                  // four N(0, 1) draws, the same on every machine
 * const layer1 = rng.fork('layer1');  // an independent stream for one layer
 * ```
 */
export function philox(seed: number): PhiloxSource {
  return new PhiloxSource(seedKey('philox', seed));
}
