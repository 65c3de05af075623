/**
 * Per-layer learning-rate multipliers of an optimizer: layer l's weights W⁽ˡ⁾ step with η·weights[l−1]
 * and its biases b⁽ˡ⁾ with η·biases[l−1] (one positive number per layer each, the model's order).
 * This is what µP needs (Yang et al. 2022, Tensor Programs V, Table 3): input, hidden and output
 * layers scale their learning rates differently with width. `mup` computes them.
 *
 * @example
 * ```ts
 * const multipliers: LearningRateMultipliers = { weights: [1, 0.25, 0.25], biases: [1, 1, 1] };
 * adam({ learningRate: 0.01, learningRateMultipliers: multipliers });
 * ```
 */
export interface LearningRateMultipliers {
  /** c_W⁽ˡ⁾ > 0 for each layer's weights, first layer first. */
  readonly weights: readonly number[];
  /** c_b⁽ˡ⁾ > 0 for each layer's biases, first layer first. */
  readonly biases: readonly number[];
}
