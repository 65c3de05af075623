/**
 * SELU's fixed-point constants (Klambauer et al. 2017, eq. 2 and its derivation):
 * λ = 1.0507009873554804934…, α = 1.6732632423543772848…; λ·α is rounded from the exact
 * product rather than multiplied in float64.
 */
export const SELU_LAMBDA = 1.0507009873554805;
export const SELU_ALPHA = 1.6732632423543772;
export const SELU_LAMBDA_ALPHA = 1.7580993408473768;
