import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Uniform initialization: i.i.d. U[low, high), defaults 0 and 1 (PyTorch's `uniform_`; Keras's
 * `RandomUniform` defaults to ±0.05), low ≤ high: low = high fills low, as PyTorch's
 * `uniform_(1, 1)` does, declared as that constant. 0 is a bound like any other (tfjs replaces a 0 bound by
 * its default). Values are in [low, high) in the output type. Registry name `'uniform'`.
 *
 * Reference: torch.nn.init.uniform_.
 *
 * @example
 * ```ts
 * const w = randomUniform([1000], { low: 0, high: 0.5, seed: 0 });
 * w.data.every((x) => x >= 0 && x < 0.5); // true
 * ```
 */
export const randomUniform = initializerFunction('randomUniform', 'uniform');
