/**
 * One layer's signal on a batch as {@link probeLayers} returns it: every value, not only its
 * moments, so that a histogram can be drawn. Each array is units × examples (row u holds unit
 * u's value on every example, the course notebook's layout), length `units · examples`.
 *
 * @example
 * ```ts
 * const p: LayerProbe = { layer: 1, units: 2, examples: 1, preActivation: new Float64Array([1, -1]), activation: new Float64Array([1, 0]), gradient: new Float64Array([0.5, 0]) };
 * ```
 */
export interface LayerProbe {
  /** The layer, 1-based. */
  readonly layer: number;
  /** Its width nₗ. */
  readonly units: number;
  /** The batch size. */
  readonly examples: number;
  /** z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾. */
  readonly preActivation: Float64Array;
  /** a⁽ˡ⁾ = f(z⁽ˡ⁾); for the output layer, after the output activation (σ or softmax). */
  readonly activation: Float64Array;
  /** ∂L/∂z⁽ˡ⁾, the gradient backpropagation carries into layer l (the loss is the batch mean). */
  readonly gradient: Float64Array;
}
