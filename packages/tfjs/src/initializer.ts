import { type Initialization, type InitializerInfo, initializerNames, initializers } from '@nninit/init';
import { didYouMean, fail, formatChoices, formatValue, validateOptions } from '@nninit/internal';
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
 * The name, option keys and seed/rng are checked here (the keys against the registry's parameter
 * list for a registry name or alias; a name init resolves otherwise passes its keys to the first
 * `apply`); parameter values, which can depend on the shape (dirac's groups), are checked by the
 * first `apply`, before anything is drawn.
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
  let name: unknown = initialization;
  let inline: Record<string, unknown> = {};
  if (initialization !== null && typeof initialization === 'object' && !Array.isArray(initialization)) {
    ({ name, ...inline } = initialization as Record<string, unknown>);
    if (typeof name !== 'string')
      throw fail(TypeError, fn, 'initialization.name', 'an initializer name (a string)', name);
  } else if (typeof name !== 'string') {
    throw fail(TypeError, fn, 'initialization', 'an initializer name (a string) or { name, ...parameters }', name);
  }
  if (!(initializerNames as readonly string[]).includes(name)) {
    throw new RangeError(
      `${fn}: initialization must be one of ${formatChoices(initializerNames)}, got ${JSON.stringify(name)}${didYouMean(name, initializerNames)}`,
    );
  }
  // A registry name or alias has a known parameter list, checked here; any other accepted name
  // (resolved by init itself) passes its keys on, and the first apply checks them as initialize does.
  const info = infoOf(name);
  const o = (
    info === undefined
      ? validateOptions(fn, options as Record<string, unknown> | undefined, Object.keys(options ?? {}))
      : validateOptions(fn, options as Record<string, unknown> | undefined, [
          'seed',
          'rng',
          'repeat',
          ...info.parameters,
        ])
  ) as Record<string, unknown>;
  const known =
    info?.parameters ??
    [...new Set([...Object.keys(inline), ...Object.keys(o)])].filter((k) => !['seed', 'rng', 'repeat'].includes(k));
  const inlineKeys = ['name', ...known];
  for (const key of Object.keys(inline)) {
    if (!known.includes(key)) {
      throw new RangeError(
        `${fn}: each key of initialization must be one of ${formatChoices(inlineKeys)} for ${JSON.stringify(info?.name ?? name)}, got ${JSON.stringify(key)}${didYouMean(key, inlineKeys)}`,
      );
    }
  }
  const parameters: Record<string, unknown> = {};
  for (const key of known) {
    const a = inline[key],
      b = o[key];
    if (a !== undefined && b !== undefined) {
      throw new TypeError(
        `${fn}: ${key} must be given once, in the initialization object or in options, got ${formatValue(a)} and ${formatValue(b)}`,
      );
    }
    const value = a !== undefined ? a : b;
    if (value === undefined) continue;
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
  if ((info?.random ?? false) && rng === undefined && seed === undefined) {
    throw new RangeError(
      `${fn}: options.rng or options.seed must be given (${formatValue(name)} draws random numbers and there is no global seed), got neither`,
    );
  }
  return new NninitInitializer(
    { name, parameters, seed: seed as number | undefined, repeat: repeat ?? false },
    rng as RandomSource | undefined,
  );
}

function infoOf(name: string): InitializerInfo | undefined {
  return Object.values(initializers).find((i) => i.name === name || (i.aliases as readonly string[]).includes(name));
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
