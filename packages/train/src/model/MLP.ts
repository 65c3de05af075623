import type { Initialization } from '@nninit/init';
import type { RandomSource } from '@nninit/rng';
import { Tensor, type DType } from '@nninit/tensor';
import { activationSpec, resolveActivation } from '../internal/activations.js';
import { checkDType, checkInteger, checkNumber, checkOptions, describe } from '../internal/checks.js';
import { checkFeatures } from '../internal/checkDataset.js';
import { initializeLayer } from '../internal/initializeLayer.js';
import { outputsOf } from '../internal/outputsOf.js';
import type { Activation, OutputActivation } from './Activation.js';

/** Options of {@link MLP}. */
export interface MLPOptions<D extends DType = 'float64'> {
  /** Layer widths, inputs first: [2, 10, 5, 1] is the notebook's network. At least 2 entries. */
  sizes: readonly number[];
  /** How weights start: one for every layer, or one per layer (see @nninit/init). */
  initialization: Initialization | readonly Initialization[];
  /** Hidden layers' activation: one for all, or one per hidden layer. Default 'relu'. */
  activation?: Activation | readonly Activation[];
  /** The output layer's activation. Default 'linear'. */
  output?: OutputActivation;
  /** Source of random initializations, consumed layer after layer (as the notebook's numpy). */
  rng?: RandomSource;
  /** Every bias starts at this value. Default 0. */
  bias?: number;
  /** Element type of parameters and activations. Default 'float64'. */
  dtype?: D;
}

/**
 * A multilayer perceptron: layer l computes a⁽ˡ⁾ = f⁽ˡ⁾(W⁽ˡ⁾·a⁽ˡ⁻¹⁾ + b⁽ˡ⁾), with W⁽ˡ⁾ of shape
 * [nₗ, nₗ₋₁] ([fanOut, fanIn], the notebook's `W[l]`) initialized by `initialization`, and b⁽ˡ⁾
 * of shape [nₗ]. Its parameters are plain tensors: read them, copy them, set them.
 *
 * With `{ sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: new RandomState(3) }`
 * and float64, the weights are the course notebook's `initialize_parameters_he` bit for bit
 * (`np.random.seed(3)`, then `randn(nₗ, nₗ₋₁)·√(2/nₗ₋₁)` layer after layer).
 *
 * @see Rumelhart, Hinton & Williams, "Learning representations by back-propagating errors", Nature 323, 1986.
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: new RandomState(3) });
 * model.weights[0]!.get(0, 0);  // 1.7886284734303186
 * model.biases[2]!.toArray();   // [0]
 * model.forward(tensor([[0, 0]])).toArray(); // [[0.5]] (zero biases: every layer outputs 0, σ(0) = ½)
 * ```
 * @throws TypeError for options of the wrong kind (an unknown activation, a non-array of sizes).
 * @throws RangeError for fewer than 2 sizes, a width < 1, a non-finite bias, an initialization
 *   list of the wrong length, or a random initialization without `rng` (and initialization errors
 *   from @nninit/init, re-labelled with this constructor's name).
 */
export class MLP<D extends DType = 'float64'> {
  /** Layer widths, inputs first. */
  readonly sizes: readonly number[];
  /** Activation of each layer (hidden layers, then the output layer). */
  readonly activations: readonly OutputActivation[];
  /** W⁽¹⁾ … W⁽ᴸ⁾, shapes [nₗ, nₗ₋₁]. */
  readonly weights: readonly Tensor<D>[];
  /** b⁽¹⁾ … b⁽ᴸ⁾, shapes [nₗ]. */
  readonly biases: readonly Tensor<D>[];
  readonly dtype: D;

  constructor(options: MLPOptions<D>) {
    const fn = 'MLP';
    const o = checkOptions(fn, options);
    if (!Array.isArray(o.sizes)) throw new TypeError(`${fn}: sizes must be an array of layer widths, got ${describe(o.sizes)}`);
    if (o.sizes.length < 2) throw new RangeError(`${fn}: sizes must list at least 2 widths (inputs and outputs), got [${o.sizes.join(',')}]`);
    const sizes = o.sizes.map((s, l) => checkInteger(fn, `sizes[${l}]`, s, 1));
    const depth = sizes.length - 1;
    const hidden = o.activation ?? 'relu';
    const perLayer = Array.isArray(hidden) ? hidden : new Array<unknown>(depth - 1).fill(hidden);
    if (perLayer.length !== depth - 1) throw new RangeError(`${fn}: activation must be one activation or ${depth - 1} (one per hidden layer), got ${perLayer.length}`);
    const resolved = [...perLayer.map((a, l) => resolveActivation(fn, Array.isArray(hidden) ? `activation[${l}]` : 'activation', a, false)),
      resolveActivation(fn, 'output', o.output ?? 'linear', true)];
    const bias = checkNumber(fn, 'bias', o.bias ?? 0);
    const dtype = checkDType<D>(fn, o.dtype ?? 'float64');
    if (o.initialization === undefined) throw new TypeError(`${fn}: initialization must be an initializer name or { name, ...parameters }, got undefined`);
    const inits = Array.isArray(o.initialization) ? o.initialization : new Array<Initialization>(depth).fill(o.initialization as Initialization);
    if (inits.length !== depth) throw new RangeError(`${fn}: initialization must be one initialization or ${depth} (one per layer), got ${inits.length}`);

    this.sizes = Object.freeze(sizes);
    this.activations = Object.freeze(resolved.map(activationSpec));
    this.dtype = dtype;
    this.weights = Object.freeze(inits.map((init, l) =>
      initializeLayer(fn, Array.isArray(o.initialization) ? `initialization[${l}]` : 'initialization', l + 1,
        [sizes[l + 1] as number, sizes[l] as number], init as Initialization, o.rng, dtype)));
    this.biases = Object.freeze(sizes.slice(1).map((n) => new Tensor((dtype === 'float32' ? new Float32Array(n) : new Float64Array(n)).fill(bias) as Tensor<D>['data'], [n])));
  }

  /** The network's outputs f⁽ᴸ⁾(…) for x [nSamples, inputs]: shape [nSamples, outputs]. */
  forward(x: Tensor<D>): Tensor<D> {
    return outputsOf('MLP.forward', this, checkFeatures<D>('MLP.forward', 'x', x, false));
  }

  /** An independent copy: same architecture, parameters copied (training one leaves the other). */
  clone(): MLP<D> {
    const copy = Object.create(MLP.prototype) as { -readonly [K in keyof MLP<D>]: MLP<D>[K] };
    copy.sizes = this.sizes;
    copy.activations = this.activations;
    copy.dtype = this.dtype;
    copy.weights = Object.freeze(this.weights.map((w) => w.clone()));
    copy.biases = Object.freeze(this.biases.map((b) => b.clone()));
    return copy as MLP<D>;
  }
}
