import { type DType, full, type Tensor } from '@nninit/tensor';
import { activationSpec } from '../internal/model/activations.js';
import { initializeLayer, validateLayerInitialization } from '../internal/model/initializeLayer.js';
import { outputsOf } from '../internal/model/outputsOf.js';
import { resolveMLPOptions } from '../internal/model/resolveMLPOptions.js';
import { validateFeatures } from '../internal/validation/validateDataset.js';
import type { Activation, OutputActivation } from './Activation.js';
import type { MLPOptions } from './MLPOptions.js';

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
 *   list of the wrong length, a random initialization without `rng`, an initialization whose
 *   values would not be finite in the dtype, or an unknown option key. An initialization that
 *   @nninit/init refuses is reported under this constructor's name, the layer and the shape, with
 *   init's error quoted and kept as `cause`. Every layer is validated before any is drawn.
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
    const { sizes, activations, initializations, rng, bias, dtype } = resolveMLPOptions(fn, options);
    this.sizes = Object.freeze(sizes);
    this.activations = Object.freeze(activations.map(activationSpec));
    this.dtype = dtype;
    const shapes = initializations.map((_, l) => [sizes[l + 1] as number, sizes[l] as number] as const);
    // Every layer is validated before any is drawn: a bad last layer leaves rng untouched.
    initializations.forEach(({ init, param }, l) =>
      validateLayerInitialization(fn, param, l + 1, shapes[l] as readonly [number, number], init, rng, dtype),
    );
    this.weights = Object.freeze(
      initializations.map(({ init, param }, l) =>
        initializeLayer(fn, param, l + 1, shapes[l] as readonly [number, number], init, rng, dtype),
      ),
    );
    this.biases = Object.freeze(sizes.slice(1).map((n) => full([n], bias, dtype)));
  }

  /** The network's outputs f⁽ᴸ⁾(…) for x [nSamples, inputs]: shape [nSamples, outputs]. */
  forward(x: Tensor<D>): Tensor<D> {
    return outputsOf('MLP.forward', this, validateFeatures<D>('MLP.forward', 'x', x));
  }

  /** An independent copy: same architecture, parameters copied (training one leaves the other). */
  clone(): MLP<D> {
    const last = this.activations.length - 1;
    const copy = new MLP<D>({
      sizes: this.sizes,
      activation: this.activations.slice(0, last) as Activation[],
      output: this.activations[last] as OutputActivation,
      initialization: 'zeros',
      dtype: this.dtype,
    });
    copy.weights.forEach((w, l) => w.data.set((this.weights[l] as Tensor<D>).data));
    copy.biases.forEach((b, l) => b.data.set((this.biases[l] as Tensor<D>).data));
    return copy;
  }
}
