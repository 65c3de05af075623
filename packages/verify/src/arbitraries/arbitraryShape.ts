import { validateOptions } from '@nninit/internal';
import * as fc from 'fast-check';
import { fitShape } from '../internal/arbitraries/fitShape.js';
import { logUniformInteger } from '../internal/arbitraries/logUniformInteger.js';
import { validateInDomain } from '../internal/validateInDomain.js';

/**
 * Options of {@link arbitraryShape}.
 *
 * @example
 * fc.sample(arbitraryShape({ minRank: 3, maxRank: 3, maxFan: 2 }), { seed: 1, numRuns: 1 }); // [[1, 1, 2]]
 */
export interface ShapeOptions {
  /** Fewest dimensions (default 2: a dense layer). */
  readonly minRank?: number;
  /** Most dimensions (default 4: a 2-d convolution; up to 5 for 3-d). */
  readonly maxRank?: number;
  /** Largest fanIn and fanOut (default 4096). */
  readonly maxFan?: number;
  /** Largest kernel dimension (default 7). */
  readonly maxKernel?: number;
  /** Most elements in a weight (default 65536, so one draw stays cheap to test). */
  readonly maxSize?: number;
}

/** The largest fan, kernel and size accepted: shapes stay 32-bit, and generation stays fast. */
const MAX_INT32 = 2147483647;

/**
 * Weight shapes in PyTorch's convention [fanOut, fanIn, ...kernel] (docs/design.md), with
 * fanIn = shape[1]·∏kernel ≤ maxFan and fanOut = shape[0]·∏kernel ≤ maxFan: dense layers
 * (rank 2) and convolutions (rank 3-5), channel counts spread on a log scale, square and
 * non-square alike, at most maxSize elements.
 *
 * Reference: fan computation of PyTorch `torch.nn.init._calculate_fan_in_and_fan_out`.
 *
 * @example
 * fc.sample(arbitraryShape({ maxRank: 2, maxFan: 8 }), { seed: 1, numRuns: 3 }); // [[2, 8], [4, 8], [8, 8]]
 */
export function arbitraryShape(options?: ShapeOptions): fc.Arbitrary<number[]> {
  const fn = 'arbitraryShape';
  const opts = validateOptions(fn, options, ['minRank', 'maxRank', 'maxFan', 'maxKernel', 'maxSize']);
  const int = (v: number): boolean => Number.isInteger(v);
  const minRank = validateInDomain(
    fn,
    'options.minRank',
    opts.minRank ?? 2,
    'an integer in [2, 5]',
    (v) => int(v) && v >= 2 && v <= 5,
  );
  const maxRank = validateInDomain(
    fn,
    'options.maxRank',
    opts.maxRank ?? Math.max(4, minRank),
    `an integer in [minRank (${minRank}), 5]`,
    (v) => int(v) && v >= minRank && v <= 5,
  );
  const maxFan = validateInDomain(
    fn,
    'options.maxFan',
    opts.maxFan ?? 4096,
    'an integer in [1, 2147483647]',
    (v) => int(v) && v >= 1 && v <= MAX_INT32,
  );
  const maxKernel = validateInDomain(
    fn,
    'options.maxKernel',
    opts.maxKernel ?? 7,
    'an integer in [1, 2147483647]',
    (v) => int(v) && v >= 1 && v <= MAX_INT32,
  );
  const maxSize = validateInDomain(
    fn,
    'options.maxSize',
    opts.maxSize ?? 65536,
    'an integer in [1, 2147483647]',
    (v) => int(v) && v >= 1 && v <= MAX_INT32,
  );
  return fc
    .integer({ min: minRank, max: maxRank })
    .chain((rank) =>
      fc.tuple(
        logUniformInteger(1, maxFan),
        logUniformInteger(1, maxFan),
        ...Array.from({ length: rank - 2 }, () => fc.integer({ min: 1, max: maxKernel })),
      ),
    )
    .map((raw) => fitShape(raw, maxFan, maxSize));
}
