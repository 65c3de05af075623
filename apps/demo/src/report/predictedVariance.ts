import type { Initialization } from '@nninit/init';
import { varianceMap } from '@nninit/theory';
import { declaredWeightVariance } from './declaredWeightVariance.js';

/**
 * The mean-field prediction of each hidden ReLU layer's pre-activation second moment E[z²] at
 * initialization (Poole et al. 2016), for an MLP with layer widths `sizes` (inputs first), zero
 * biases and inputs whose mean square entry is `inputMeanSquare`: layer 1 has
 * q¹ = σ₁²·inputMeanSquare (exact in expectation over the weights), and layer l + 1 has
 * q^(l+1) = σ²_(l+1)·E[relu(√q^l·z)²] = σ²_(l+1)·q^l/2 (varianceMap), each σ² from the
 * distribution the initializer declares for that layer's shape. `undefined` when an initializer
 * declares no i.i.d. law.
 *
 * @example
 * ```ts
 * predictedVariance('he', [2, 100, 100], 1);           // [2, 2] (up to rounding): He keeps q
 * predictedVariance('glorot_normal', [2, 100, 100], 1); // [0.0392…, 0.0196…]: Xavier halves it on square layers
 * ```
 */
export function predictedVariance(
  initialization: Initialization,
  sizes: readonly number[],
  inputMeanSquare: number,
): number[] | undefined {
  const q: number[] = [];
  for (let l = 1; l < sizes.length; l++) {
    const s2 = declaredWeightVariance(initialization, [sizes[l] as number, sizes[l - 1] as number]);
    if (s2 === undefined) return undefined;
    q.push(
      l === 1 ? s2 * inputMeanSquare : (varianceMap('relu', Math.sqrt(s2), 0, q[l - 2] as number, 1)[1] as number),
    );
  }
  return q;
}
