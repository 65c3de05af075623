import type { DType, Tensor } from '@nninit/tensor';
import type { AnyParameters, Initialization } from './Initialization.js';
import type { InitOptions, Layout } from './InitOptions.js';
import type { InitSlice } from './InitSlice.js';
import { generate } from './internal/generate.js';

/**
 * A weight tensor of the given shape, initialized by name: the article's `'zeros'`, `'random'`
 * and `'he'`, and every initializer PyTorch, Keras and JAX ship (the full list, with formulas,
 * is the registry {@link initializers} and the README's table).
 *
 * Shapes follow PyTorch: `[fanOut, fanIn, ...receptiveField]`, so fanIn = shape[1]·prod(shape[2:])
 * and fanOut = shape[0]·prod(shape[2:]); with `layout: 'keras'` the shape is `[...receptiveField,
 * fanIn, fanOut]` (Keras, tfjs) and the values are those of the torch shape, permuted (see
 * {@link Layout}). `initialization` is a name or `{ name, ...parameters }`; parameters may also
 * be given in `options`, next to `rng` or `seed`, `dtype` and `layout` (see {@link InitOptions}).
 * `options.slice = { start, end }` returns only rows [start, end) of the first dimension, bit for
 * bit those of the whole call, allocating only them (see {@link InitSlice}).
 * A shape with a zero dimension gives an empty tensor and draws nothing. Everything is validated before anything is drawn, so a failing call
 * leaves `rng` where it was.
 *
 * Reference for the three: deeplearning.ai, "Improving Deep Neural Networks", the Initialization
 * notebook (`np.random.randn(n_l, n_{l−1}) * 10` for "random"; He et al. 2015, eq. 10 for "he").
 *
 * @example
 * ```ts
 * const rng = new RandomState(3);
 * initialize([10, 2], 'he', { rng, dtype: 'float64' }).get(0, 0); // 1.7886284734303186, numpy's
 * //   np.random.seed(3); (np.random.randn(10, 2) * np.sqrt(2 / 2))[0, 0]
 * initialize([2, 3], 'zeros').toArray();                            // [[0, 0, 0], [0, 0, 0]]
 * initialize([256, 128], { name: 'random', scale: 10 }, { seed: 0 }).shape; // [256, 128]
 * ```
 * @throws TypeError for a wrong kind of argument, null included (shape not an array of numbers,
 *   initialization not a string or object, a non-number parameter, rng not a RandomSource, rng
 *   and seed both, a dtype that is not a string).
 * @throws RangeError for a value outside its domain: a negative or fractional dimension, an
 *   unknown name, parameter or option key, whatever its value (the message lists the valid ones
 *   and suggests the nearest, option names included), a NaN or infinite parameter, low > high, a
 *   zero fan, a shape of the wrong rank or over 4 GiB, neither rng nor seed for a random
 *   initializer, a parameter whose values would not be finite in the dtype (`std: 1e39` in
 *   float32); for `options.slice`, a range outside [0, shape[0]], a key other than start and end,
 *   or an initializer whose values depend on the whole tensor (orthogonal, delta_orthogonal,
 *   sparse) — and a TypeError for a slice that is not `{ start, end }` of numbers, or a source
 *   that cannot be read at a position (a `RandomState`).
 */
export function initialize<D extends DType = 'float32'>(
  shape: readonly number[],
  initialization: Initialization,
  options?: InitOptions<D> & AnyParameters,
): Tensor<D> {
  return generate<D>('initialize', shape, initialization, options);
}
