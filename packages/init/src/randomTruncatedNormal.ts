import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Truncated normal initialization: i.i.d. N(mean, std²) conditioned on [mean + lower·std,
 * mean + upper·std], drawn by exact rejection (never clipped). `mean` 0, `std` > 0 default 1,
 * `lower` −2 and `upper` 2 **in units of std** (JAX's `truncated_normal(lower, upper)`; Keras's
 * `TruncatedNormal` is ±2; either may be infinite). Registry name `'truncated_normal'`.
 *
 * PyTorch's `trunc_normal_(t, mean, std, a, b)` takes *absolute* bounds a, b: spell it
 * `initialize(shape, { name: 'trunc_normal_', mean, std, a, b })`. Passing `a` or `b` here is a
 * RangeError that names both spellings, so neither reading can be taken silently for the other.
 *
 * std is the parent normal's: the variance is std²·(1 − (uφ(u) − lφ(l))/Z − ((φ(l) − φ(u))/Z)²),
 * Z = Φ(u) − Φ(l) for l = lower, u = upper; 0.7737·std² for ±2.
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
