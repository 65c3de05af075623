import { type Initialization, initialize } from '@nninit/init';
import { fail, formatValue } from '@nninit/internal';
import { philox, type RandomSource } from '@nninit/rng';
import * as tf from '@tensorflow/tfjs-core';
import { type DecodedConfig, decodeConfig, encodeConfig } from './internal/config.js';
import { InitializerBase } from './internal/InitializerBase.js';

/**
 * A TensorFlow.js initializer that draws nninit's values: a subclass of tfjs-layers'
 * `Initializer`, registered with `tf.serialization.registerClass` as `'nninit>Initializer'`, so it
 * is accepted wherever tfjs takes an initializer (`kernelInitializer`, `biasInitializer`,
 * `recurrentInitializer`, `embeddingsInitializer`, …) and survives `model.toJSON()` →
 * `tf.models.modelFromJSON` and `model.save` → `tf.loadLayersModel`. Build one with
 * {@link initializer}; `fromConfig` rebuilds one from its saved configuration.
 *
 * `apply(shape)` returns `initialize(shape, initialization, { layout: 'keras', … })` as a float32
 * tf.Tensor: tfjs' kernel shapes are `[...k, in, out]` (Dense `[in, units]`, Conv2D
 * `[kh, kw, in, filters]`), fans are Keras's (fanIn = shape[−2]·∏shape[:−2]), and the values are
 * exactly nninit's for `[out, in, ...k]`, transposed. They are computed on the CPU in JavaScript
 * and uploaded, so they do not depend on the tfjs backend.
 *
 * Streams: with `seed`, apply call k draws from `philox(seed)` for k = 0 (so a layer of its own
 * gets exactly `initialize(…, { seed })`) and from the child stream `philox(seed).fork(k)` after
 * that, so layers sharing one initializer get different values, reproducibly (by build order).
 * `repeat: true` gives every call `philox(seed)` (Keras's seeded behaviour: identical values for
 * same-shaped layers). With `rng`, calls consume that source in build order, as numpy does.
 *
 * Reference: tfjs-layers 4.22 `src/initializers.ts` (the Initializer contract), `src/utils/
 * serialization_utils.ts` (the key and value conversions its configuration is designed to survive).
 *
 * @example
 * ```ts
 * const he = initializer('he_normal', { seed: 1 });        // an NninitInitializer
 * he.apply([3, 2]).shape;                                   // [3, 2]: initialize([2, 3], …) transposed
 * he.getConfig();  // { name: 'he_normal', parameters: [], seed: 1, repeat: false }
 * ```
 */
export class NninitInitializer extends InitializerBase {
  /** The registered name: `>` survives save and load; `_` would not (it is camelCased away). */
  static readonly className = 'nninit>Initializer';

  readonly #config: DecodedConfig;
  readonly #rng: RandomSource | undefined;
  #calls = 0;

  /** Use {@link initializer}, which validates; this takes a checked configuration. */
  constructor(config: DecodedConfig, rng?: RandomSource) {
    super();
    this.#config = config;
    this.#rng = rng;
  }

  /**
   * The weights for a tfjs shape `[...k, in, out]` (or a bias `[n]`), float32.
   * @throws RangeError for a dtype other than float32, and every error of `initialize` for the
   *   shape (a fan-scaled initializer on a rank-1 bias shape, a zero fan, …), prefixed
   *   `initializer.apply`.
   */
  override apply(shape: number[], dtype?: tf.DataType): tf.Tensor {
    const fn = 'initializer.apply';
    if (dtype !== undefined && dtype !== 'float32') {
      throw fail(RangeError, fn, 'dtype', '"float32" (tfjs weights) or undefined', dtype);
    }
    const { name, parameters, seed, repeat } = this.#config;
    const k = this.#calls;
    const rng = this.#rng ?? (seed === undefined ? undefined : k === 0 || repeat ? philox(seed) : philox(seed).fork(k));
    let values: Float32Array;
    try {
      values = initialize(shape, { name, ...parameters } as Initialization, { rng, layout: 'keras' }).data;
    } catch (error) {
      if (error instanceof RangeError || error instanceof TypeError) {
        throw new (error instanceof RangeError ? RangeError : TypeError)(
          error.message.replace(/^initialize:/, `${fn}:`),
        );
      }
      throw error;
    }
    this.#calls = k + 1;
    return tf.tensor(values, shape, 'float32');
  }

  /**
   * The configuration tfjs saves (see `SerializedConfig`): name, parameters, seed, repeat.
   * @throws TypeError for an initializer built with `rng`: a source's state is not configuration,
   *   so it cannot be saved faithfully (build it with `seed` to save the model).
   */
  override getConfig(): tf.serialization.ConfigDict {
    if (this.#rng !== undefined) {
      throw fail(
        TypeError,
        'initializer.getConfig',
        'options.rng',
        'undefined to serialize (a random source is state, not configuration: use options.seed)',
        this.#rng,
      );
    }
    return encodeConfig(this.#config) as unknown as tf.serialization.ConfigDict;
  }

  /**
   * Rebuilds a saved initializer (tfjs-layers calls this on load, with `customObjects` added to
   * the configuration). The stream starts afresh: call 0 is `philox(seed)` again.
   */
  static fromConfig<T extends tf.serialization.Serializable>(
    _cls: tf.serialization.SerializableConstructor<T>,
    config: tf.serialization.ConfigDict,
  ): T {
    return new NninitInitializer(decodeConfig('NninitInitializer.fromConfig', config)) as unknown as T;
  }

  /** `nninit>Initializer(he_normal, seed 1)`: for messages. */
  override toString(): string {
    const { name, seed } = this.#config;
    return `${NninitInitializer.className}(${formatValue(name)}${seed === undefined ? '' : `, seed ${seed}`})`;
  }
}

tf.serialization.registerClass(
  NninitInitializer as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>,
);
