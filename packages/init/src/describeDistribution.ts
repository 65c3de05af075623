import type { InitDistribution } from './InitDistribution.js';
import type { AnyParameters, Initialization } from './Initialization.js';
import type { InitOptions } from './InitOptions.js';
import { resolveCall } from './internal/prepare.js';

/**
 * The distribution {@link initialize} declares for `shape` and `initialization`: the i.i.d.
 * families as plain {@link IidDistribution} data (`normal` with mean and std, `uniform` with
 * bounds, `truncated_normal` with the parent std and absolute bounds, `constant`) that
 * @nninit/verify's harness checks samples against, or a {@link StructuredDistribution} for
 * orthogonal, delta_orthogonal, identity, dirac and sparse.
 *
 * It runs the same validation and the same formula as `initialize` — the sampler draws from
 * exactly this object — so it throws the same errors (with `describeDistribution` as the
 * function name). `rng` and `seed` in `options` are accepted and ignored; `dtype` (default
 * float32) is checked, as the parameters must give values inside its finite range.
 *
 * @example
 * ```ts
 * describeDistribution([256, 128], 'he');
 * // { family: 'normal', mean: 0, std: 0.125 }                        σ = √(2/128)
 * describeDistribution([64, 32, 3, 3], 'glorot_uniform');
 * // { family: 'uniform', low: -0.08333333333333333, high: 0.08333333333333333 }  √(6/(288 + 576))
 * describeDistribution([100, 50], { name: 'variance_scaling', scale: 2 });
 * // { family: 'truncated_normal', mean: 0, std: 0.2273694468677113,
 * //   low: -0.4547388937354226, high: 0.4547388937354226 }          √(2/50)/0.8796…
 * ```
 * @throws the errors of {@link initialize}, except those about rng, seed and dtype.
 */
export function describeDistribution(
  shape: readonly number[],
  initialization: Initialization,
  options?: InitOptions & AnyParameters,
): InitDistribution {
  const fn = 'describeDistribution';
  return resolveCall(fn, shape, initialization, options).plan.distribution;
}
