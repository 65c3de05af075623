/**
 * The signal through layer l (1-based) of a network on a batch, as {@link probeSignal} measures
 * it: mean and population standard deviation (`np.std`) over every unit and example.
 *
 * @example
 * ```ts
 * const s: LayerSignal = { layer: 1, preActivation: { mean: 0, std: 1 }, activation: { mean: 0.4, std: 0.58 } };
 * ```
 */
export interface LayerSignal {
  readonly layer: number;
  /** z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾. */
  readonly preActivation: { readonly mean: number; readonly std: number };
  /** a⁽ˡ⁾ = f(z⁽ˡ⁾); for the output layer, after the output activation. */
  readonly activation: { readonly mean: number; readonly std: number };
  /** ∂L/∂z⁽ˡ⁾ (the backpropagated signal), when a loss and labels are given. */
  readonly gradient?: { readonly mean: number; readonly std: number };
  /** ∂L/∂W⁽ˡ⁾ over the layer's weights, when a loss and labels are given. */
  readonly weightGradient?: { readonly mean: number; readonly std: number };
}
