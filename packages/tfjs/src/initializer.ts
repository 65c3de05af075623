import { type Initialization, validateInitialization } from '@nninit/init';
import { fail, formatValue } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import { NninitInitializer } from './NninitInitializer.js';

/**
 * The options of {@link initializer}: `seed` or `rng` (as `initialize` takes them), `repeat`,
 * and the initializer's parameters (which may instead go in the initialization object).
 *
 * - `seed`: a safe integer. Serializable. Apply call k draws from `philox(seed)` (k = 0) or
 *   `philox(seed).fork(k)`, unless `repeat: true`, which gives every call `philox(seed)`.
 * - `rng`: any RandomSource (`philox(s)`, numpy's `RandomState(s)`), consumed call after call
 *   in layer-build order (the notebook's W1, W2, W3 from one stream). Not serializable: saving a
 *   model that uses it throws.
 *
 * @example
 * ```ts
 * const options: InitializerOptions = { seed: 1, mode: 'fan_out' };
 * ```
 */
export type InitializerOptions = {
  readonly seed?: number | undefined;
  readonly rng?: RandomSource | undefined;
  readonly repeat?: boolean | undefined;
} & { readonly [parameter: string]: unknown };

/**
 * A TensorFlow.js initializer from an nninit initialization: `initializer('he_normal', { seed: 1 })`
 * wherever tfjs takes an initializer. It accepts exactly what `initialize` accepts — a name or
 * `{ name, ...parameters }`, plus `seed` or `rng` — and gives, for tfjs' layout `[...k, in, out]`,
 * exactly the values `initialize` gives for `[out, in, ...k]`, transposed (layout `'keras'`).
 * Fans are Keras's: Dense `[in, units]` has fanIn = in; Conv2D `[kh, kw, in, filters]` has
 * fanIn = kh·kw·in. A Conv2DTranspose kernel is `[kh, kw, filters, in]`, so — as in Keras and
 * tfjs — its "fanIn" is kh·kw·filters (the layer's output channels): fan_in there preserves the
 * variance of the backward pass, fan_out that of the forward pass.
 *
 * Biases (rank 1) have no fans: zeros, ones, constant, normal, uniform, truncated_normal work;
 * a fan-scaled initializer on a bias shape is `initialize`'s clear rank error.
 *
 * The name, option keys and seed/rng are checked here, by init's `validateInitialization` (so
 * every dialect spelling works, with its framework's parameter names); parameter values, which
 * can depend on the shape (dirac's groups), are checked by the first `apply`, before anything is
 * drawn. `dtype` and `layout` are tfjs' to choose, so giving either is a RangeError.
 *
 * @example
 * ```ts
 * const layer = tf.layers.dense({ inputShape: [256], units: 128, kernelInitializer: initializer('he_normal', { seed: 1 }) });
 * // kernel [256, 128] = the transpose of initialize([128, 256], 'he_normal', { seed: 1 })
 * tf.layers.dense({ units: 10, biasInitializer: initializer({ name: 'constant', value: 0.1 }) });
 * ```
 * @throws TypeError for a wrong kind of argument (an initialization that is not a name or an
 *   object with one, a non-integer seed, an rng that is not a RandomSource, rng and seed both, rng
 *   with repeat, a parameter that is not a number, string or boolean).
 * @throws RangeError for an unknown initializer name, parameter or option key (listing the valid
 *   ones, with the nearest), an unsafe seed, or neither seed nor rng for an initializer that draws.
 */
export function initializer(initialization: Initialization, options?: InitializerOptions): NninitInitializer {
  const fn = 'initializer';
  // initialize's own rules for the name (nninit's, or a PyTorch, Keras or tfjs spelling) and
  // every key; parameter values are checked against the shape at the first apply.
  const { name, parameters: given, random } = validateInitialization(fn, initialization, options, ['repeat']);
  const o = (options ?? {}) as Record<string, unknown>;
  // tfjs chooses the dtype (float32 weights) and the layout is always tfjs' [...k, in, out].
  for (const key of ['dtype', 'layout']) {
    if (o[key] !== undefined) {
      throw fail(RangeError, fn, `options.${key}`, `undefined (tfjs sets the ${key} of its weights)`, o[key]);
    }
  }
  const parameters: Record<string, number | string | boolean> = {};
  for (const [key, value] of Object.entries(given)) {
    // Only JSON scalars survive a model's save and load.
    if (typeof value !== 'number' && typeof value !== 'string' && typeof value !== 'boolean') {
      throw fail(TypeError, fn, key, 'a number, a string or a boolean', value);
    }
    parameters[key] = value;
  }
  const { seed, rng, repeat } = o as { seed?: unknown; rng?: unknown; repeat?: unknown };
  if (rng !== undefined && seed !== undefined)
    throw fail(TypeError, fn, 'options.seed', 'undefined when options.rng is given', seed);
  if (seed !== undefined) {
    if (typeof seed !== 'number') throw fail(TypeError, fn, 'options.seed', 'a safe integer', seed);
    if (!Number.isSafeInteger(seed)) throw fail(RangeError, fn, 'options.seed', 'a safe integer', seed);
  }
  if (rng !== undefined && !isRandomSource(rng)) {
    throw new TypeError(
      `${fn}: options.rng must be a RandomSource (fillUniform, fillNormal, fillTruncatedNormal), got ${formatValue(rng)}`,
    );
  }
  if (repeat !== undefined && typeof repeat !== 'boolean')
    throw fail(TypeError, fn, 'options.repeat', 'a boolean', repeat);
  if (repeat !== undefined && rng !== undefined) {
    throw fail(TypeError, fn, 'options.repeat', 'undefined when options.rng is given (a source is consumed)', repeat);
  }
  if (random && rng === undefined && seed === undefined) {
    throw new RangeError(
      `${fn}: options.rng or options.seed must be given (${formatValue(name)} draws random numbers and there is no global seed), got neither`,
    );
  }
  return new NninitInitializer(
    { name, parameters, seed: seed as number | undefined, repeat: repeat ?? false },
    rng as RandomSource | undefined,
  );
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
