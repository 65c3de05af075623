import type { Initialization } from '@nninit/init';
import { varianceMap } from '@nninit/theory';
import type { DeepActivation } from '../experiments/deepActivations.js';
import { declaredWeightVariance } from './declaredWeightVariance.js';

/**
 * The mean-field prediction of each hidden layer's pre-activation second moment E[z²] at
 * initialization (Poole et al. 2016), for an MLP with layer widths `sizes` (inputs first),
 * `activation` φ in its hidden layers, zero biases (σ_b = 0) and inputs whose mean square entry
 * is `inputMeanSquare`: layer 1 has q¹ = σ₁²·inputMeanSquare (exact in expectation over the
 * weights, whatever φ), and layer l + 1 has q^(l+1) = σ²_(l+1)·E[φ(√q^l·z)²], z ~ N(0, 1)
 * (varianceMap: σ²·q^l/2 in closed form for ReLU, by quadrature for tanh), each σ² = fan_in·Var[w]
 * from the distribution the initializer declares for that layer's shape. `undefined` when an
 * initializer declares no i.i.d. law.
 *
 * The inputs enter through their pooled second moment, as one q⁰: exact for ReLU, whose map is
 * linear in q, and for every layer 1; under tanh the map is concave, so the mean of each example's
 * own q-map lies slightly below (Jensen; 1.4 % at layer 2 for He on the circles data).
 *
 * @example
 * ```ts
 * predictedVariance('relu', 'he', [2, 100, 100], 1);           // [2, 2] (up to rounding): He keeps q
 * predictedVariance('relu', 'glorot_normal', [2, 100, 100], 1); // [0.0392…, 0.0196…]: Xavier halves it on square layers
 * predictedVariance('tanh', 'glorot_normal', [2, 100, 100], 1); // [0.0392…, 0.0364…]: tanh ≈ identity near 0
 * ```
 */
export function predictedVariance(
  activation: DeepActivation,
  initialization: Initialization,
  sizes: readonly number[],
  inputMeanSquare: number,
): number[] | undefined {
  const q: number[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const s2 = declaredWeightVariance(initialization, [sizes[l] as number, sizes[l - 1] as number]);
    if (s2 === undefined) return undefined;
    q.push(
      l === 1 ? s2 * inputMeanSquare : (varianceMap(activation, Math.sqrt(s2), 0, q[l - 2] as number, 1)[1] as number),
    );
  }
  return q;
}
