import { describeDistribution, type Initialization, initialize, initializers } from '@nninit/init';
import { formatValue } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType, Tensor } from '@nninit/tensor';
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
 * Validates layer `layer`'s initialization before anything is drawn, so a bad layer anywhere
 * leaves `rng` untouched: the parameters (by init's own `describeDistribution`, whose error is
 * kept as the `cause` and quoted), an `rng` when the initializer draws, and a declared
 * distribution whose values stay finite in `dtype` (init's own range rule, so a `random` scale
 * of 1e300 in float32 is refused here rather than reported later as a training divergence).
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
  try {
    describeDistribution(shape, init, { dtype });
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
