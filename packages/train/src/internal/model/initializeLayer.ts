import {
  describeDistribution,
  type InitDistribution,
  type Initialization,
  initialize,
  initializers,
} from '@nninit/init';
import { formatValue } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType, Tensor } from '@nninit/tensor';
import { LARGEST_FINITE, NORMAL_REACH } from '../validation/finiteRange.js';
import { validateRandomSource } from '../validation/scalars.js';
import { validateFinite } from '../validation/validateDataset.js';

/** Whether an initialization (by name or object) draws random numbers, from init's registry. */
function isRandom(init: Initialization): boolean {
  const name = typeof init === 'string' ? init : (init as { name?: unknown } | null)?.name;
  return Object.values(initializers).some(
    (info) => (info.name === name || info.aliases.includes(name as never)) && info.random,
  );
}

/**
 * A bound on |w| for a declared distribution: exact for bounded families, |mean| + 40σ for a
 * normal ({@link NORMAL_REACH}), |gain| for the orthogonal family (entries of an orthogonal
 * matrix are at most 1 in magnitude).
 */
function largestMagnitude(d: InitDistribution): number {
  switch (d.family) {
    case 'constant':
      return Math.abs(d.value);
    case 'uniform':
    case 'truncated_normal':
      return Math.max(Math.abs(d.low), Math.abs(d.high));
    case 'normal':
      return Math.abs(d.mean) + NORMAL_REACH * d.std;
    case 'sparse':
      return largestMagnitude(d.nonzero);
    case 'orthogonal':
    case 'delta_orthogonal':
    case 'identity':
      return Math.abs(d.gain);
    case 'dirac':
      return 1;
  }
}

/**
 * Validates layer `layer`'s initialization before anything is drawn, so a bad layer anywhere
 * leaves `rng` untouched: the parameters (by init's own `describeDistribution`, whose error is
 * kept as the `cause` and quoted), an `rng` when the initializer draws, and a declared
 * distribution whose values stay finite in `dtype` (a `random` scale of 1e300 in float32 would
 * otherwise give Infinity weights, reported later as a training divergence).
 */
export function validateLayerInitialization(
  fn: string,
  param: string,
  layer: number,
  shape: readonly [number, number],
  init: Initialization,
  rng: RandomSource | undefined,
  dtype: DType,
): void {
  const where = `layer ${layer}'s weights [${shape.join(',')}]`;
  let declared: InitDistribution;
  try {
    declared = describeDistribution(shape, init);
  } catch (error) {
    if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
    const Kind = error instanceof RangeError ? RangeError : TypeError;
    throw new Kind(
      `${fn}: ${param} must be a valid initialization of ${where}, got ${formatValue(init)}: ${error.message}`,
      {
        cause: error,
      },
    );
  }
  if (isRandom(init)) {
    if (rng === undefined) {
      const name = typeof init === 'string' ? init : init.name;
      throw new RangeError(
        `${fn}: rng must be given when ${param} draws random numbers (${formatValue(name)}), got undefined`,
      );
    }
    validateRandomSource(fn, 'rng', rng);
  }
  const largest = largestMagnitude(declared);
  if (!(largest <= LARGEST_FINITE[dtype])) {
    throw new RangeError(
      `${fn}: ${param} must give ${where} values finite in ${dtype} (|w| ≤ ${LARGEST_FINITE[dtype]}), got a ${declared.family} distribution reaching ${largest}; lower its scale`,
    );
  }
}

/**
 * Layer `layer`'s weights from @nninit/init, after {@link validateLayerInitialization}. The
 * finiteness check afterwards is a backstop for a distribution whose bound was too optimistic.
 */
export function initializeLayer<D extends DType>(
  fn: string,
  param: string,
  layer: number,
  shape: readonly [number, number],
  init: Initialization,
  rng: RandomSource | undefined,
  dtype: D,
): Tensor<D> {
  const w = initialize<D>(shape, init, rng === undefined ? { dtype } : { rng, dtype });
  validateFinite(fn, `${param}`, w, ` of layer ${layer}`, 'its scale is too large for the dtype');
  return w;
}
