/**
 * The hidden activations `deep --activation` accepts: ReLU, the He et al. (2015) picture, and
 * tanh, the network of Poole et al. (2016) and Schoenholz et al. (2017) whose mean-field
 * variance map has a fixed point q* > 0 for σ_w > 1. Both are @nninit/train's MLP activations
 * and @nninit/theory's mean-field activations under the same names.
 *
 * @example
 * ```ts
 * deepActivations.includes('tanh'); // true
 * const a: DeepActivation = 'relu';
 * ```
 */
export const deepActivations = Object.freeze(['relu', 'tanh'] as const);

/** One of {@link deepActivations}. */
export type DeepActivation = (typeof deepActivations)[number];
