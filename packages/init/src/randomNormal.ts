import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Normal initialization: i.i.d. N(mean, std²), `mean` default 0, `std` ≥ 0 default 1 (PyTorch's
 * `normal_`; Keras's `RandomNormal` defaults to std 0.05). Registry name `'normal'`; the
 * article's `'random'` is N(0, scale²) with scale 0.01.
 *
 * Reference: torch.nn.init.normal_.
 *
 * @example
 * ```ts
 * randomNormal([3], { mean: 5, std: 0, seed: 1 }).toArray(); // [5, 5, 5]
 * ```
 */
export const randomNormal = initializerFunction('randomNormal', 'normal');
