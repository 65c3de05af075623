import { type Initialization, initialize, initializers } from '@nninit/init';
import type { RandomSource } from '@nninit/rng';
import type { DType, Tensor } from '@nninit/tensor';
import { checkRandomSource, describe } from './checks.js';

/** Whether an initialization (by name or object) draws random numbers, from init's registry. */
function isRandom(init: Initialization): boolean {
  const name = typeof init === 'string' ? init : (init as { name?: unknown } | null)?.name;
  return Object.values(initializers).some(
    (info) => (info.name === name || info.aliases.includes(name as never)) && info.random,
  );
}

/**
 * Layer `layer`'s weights from @nninit/init, with errors reported under the caller's name: a
 * random initializer without `rng` is caught here; other initialization errors are re-thrown
 * with the same class, `${fn}: ${param}` in place of `initialize: initialization` (or
 * `${fn}: ${param}.scale` for `initialize: scale`), and the layer named.
 */
export function initializeLayer<D extends DType>(
  fn: string,
  param: string,
  layer: number,
  shape: [number, number],
  init: Initialization,
  rng: RandomSource | undefined,
  dtype: D,
): Tensor<D> {
  if (isRandom(init)) {
    if (rng === undefined) {
      throw new RangeError(
        `${fn}: rng must be given when ${param} draws random numbers (${describe(typeof init === 'string' ? init : init.name)}), got undefined`,
      );
    }
    checkRandomSource(fn, 'rng', rng);
  }
  try {
    return initialize<D>(shape, init, rng === undefined ? { dtype } : { rng, dtype });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const message = error.message.replace(
      /^initialize: (initialization)?/,
      (_, named: string | undefined) => `${fn}: ${param}${named === undefined ? '.' : ''}`,
    );
    throw new (error.constructor as ErrorConstructor)(`${message} (layer ${layer}, weights [${shape.join(',')}])`);
  }
}
