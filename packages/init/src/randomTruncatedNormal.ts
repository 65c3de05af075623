import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Truncated normal initialization: i.i.d. N(mean, std²) conditioned on [mean + a·std,
 * mean + b·std], drawn by exact rejection (never clipped). `mean` 0, `std` > 0 default 1, `a`
 * −2 and `b` 2 in units of std (as Keras's `TruncatedNormal`; either may be infinite).
 *
 * Unlike PyTorch's `trunc_normal_`, whose a and b are absolute values. std is the parent
 * normal's: the variance is std²·(1 − (bφ(b) − aφ(a))/Z − ((φ(a) − φ(b))/Z)²),
 * Z = Φ(b) − Φ(a); 0.7737·std² for ±2. Registry name `'truncated_normal'`.
 *
 * Reference: Johnson, Kotz & Balakrishnan 1994, "Continuous Univariate Distributions", vol. 1,
 * §10.1 (moments of the truncated normal).
 *
 * @example
 * ```ts
 * const w = randomTruncatedNormal([1000], { std: 0.1, seed: 0 });
 * w.data.every((x) => Math.abs(x) <= 0.2); // true
 * ```
 */
export const randomTruncatedNormal = initializerFunction('randomTruncatedNormal', 'truncated_normal');
