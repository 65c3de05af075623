import { validateOptions } from '@nninit/internal';
import * as fc from 'fast-check';
import { logUniformInteger } from '../internal/arbitraries/logUniformInteger.js';
import { validateInDomain } from '../internal/validateInDomain.js';

/**
 * Options of {@link arbitraryFans}.
 *
 * @example
 * fc.sample(arbitraryFans({ min: 7, max: 7 }), { seed: 1, numRuns: 1 }); // [{ fanIn: 7, fanOut: 7 }]
 */
export interface FanOptions {
  /** Smallest fan (default 1). */
  readonly min?: number;
  /** Largest fan (default 4096). */
  readonly max?: number;
}

/**
 * Pairs { fanIn, fanOut }, each an integer in [min, max] spread evenly on a log scale and
 * drawn independently (so fanIn ≠ fanOut in almost every case: the cases that catch an
 * initializer using the wrong fan).
 *
 * Reference: fans as in He et al. (2015) §2.2 and Glorot & Bengio (2010) eq. 12.
 *
 * @example
 * fc.sample(arbitraryFans({ max: 64 }), { seed: 3, numRuns: 2 }); // [{ fanIn: 1, fanOut: 5 }, { fanIn: 13, fanOut: 64 }]
 */
export function arbitraryFans(options?: FanOptions): fc.Arbitrary<{ fanIn: number; fanOut: number }> {
  const opts = validateOptions('arbitraryFans', options, ['min', 'max']);
  const min = validateInDomain(
    'arbitraryFans',
    'options.min',
    opts.min ?? 1,
    'an integer in [1, 2147483647]',
    (v) => Number.isInteger(v) && v >= 1 && v <= 2147483647,
  );
  const max = validateInDomain(
    'arbitraryFans',
    'options.max',
    opts.max ?? 4096,
    `an integer in [options.min (${min}), 2147483647]`,
    (v) => Number.isInteger(v) && v >= min && v <= 2147483647,
  );
  return fc.record({ fanIn: logUniformInteger(min, max), fanOut: logUniformInteger(min, max) });
}
