import {
  MAX_NORMAL_DRAW,
  type PhiloxSource,
  type RandomSource,
  sampleNormal,
  sampleTruncatedNormal,
  sampleUniform,
} from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import type { Plan } from './Definition.js';
import { validateOrdered } from './validateParameters.js';
import { validateValueRange } from './validateValueRange.js';

/**
 * Plans for the i.i.d. families. Each declares exactly the distribution its fill draws from,
 * fills with @nninit/rng's samplers (float64 arithmetic, rounded once into float32 output), and
 * first checks with {@link validateValueRange} that no value can leave the dtype's finite range;
 * `param` names the parameter that message blames.
 */

/** Every element `value`; consumes no randomness. */
export function constantPlan(fn: string, value: number, dtype: DType, param = 'value'): Plan {
  validateValueRange(fn, param, value, Math.abs(value), dtype);
  return {
    distribution: { family: 'constant', value },
    fill: (out) => void out.fill(value),
    fillRange: (out) => void out.fill(value),
  };
}

/**
 * N(mean, std²) as mean + std·z (exactly std·z for mean 0: numpy's `randn(...) * std`), |z| ≤
 * {@link MAX_NORMAL_DRAW}. A zero std still consumes one normal per element, as numpy's
 * `randn(...) * 0` does, and is declared as the constant `mean` it is.
 */
export function normalPlan(
  fn: string,
  mean: number,
  std: number,
  dtype: DType,
  param = 'std',
  paramValue: unknown = std,
): Plan {
  validateValueRange(fn, 'mean', mean, Math.abs(mean), dtype);
  validateValueRange(fn, param, paramValue, Math.abs(mean) + std * MAX_NORMAL_DRAW, dtype);
  return {
    distribution: std === 0 ? { family: 'constant', value: mean } : { family: 'normal', mean, std },
    fill: (out, rng) => sampleNormal(rng, out, mean, std),
    parallel: (pool, source, out) => pool.sampleNormal(source, out, mean, std),
    fillRange: iidRange((out, rng) => sampleNormal(rng, out, mean, std)),
  };
}

/**
 * U[low, high) as low + (high − low)·u; high − low must be finite too. low = high is the
 * degenerate uniform PyTorch's `uniform_(1, 1)` fills: declared as the constant it is, and still
 * consuming one uniform per element, so the source advances as for any other interval.
 */
export function uniformPlan(
  fn: string,
  low: number,
  high: number,
  dtype: DType,
  lowName = 'low',
  highName = 'high',
  paramValue?: unknown,
): Plan {
  validateOrdered(fn, lowName, low, highName, high, true);
  validateValueRange(fn, lowName, paramValue ?? low, Math.abs(low), dtype);
  validateValueRange(fn, highName, paramValue ?? high, Math.max(Math.abs(high), high - low), dtype);
  if (low === high) {
    // high, not low: for the bounds ±0 of a zero gain, the constant is +0.
    return {
      distribution: { family: 'constant', value: high },
      fill: (out, rng) => {
        sampleUniform(rng, out, 0, 1);
        out.fill(high);
      },
      parallel: async (pool, source, out) => {
        await pool.sampleUniform(source, out, 0, 1);
        out.fill(high);
      },
      // The draws only move the source, which a range does not: its values are the constant.
      fillRange: (out) => void out.fill(high),
    };
  }
  return {
    distribution: { family: 'uniform', low, high },
    fill: (out, rng) => sampleUniform(rng, out, low, high),
    parallel: (pool, source, out) => pool.sampleUniform(source, out, low, high),
    fillRange: iidRange((out, rng) => sampleUniform(rng, out, low, high)),
  };
}

/**
 * N(mean, std²) conditioned on [low, high] (absolute bounds), by exact rejection. Values lie in
 * [low, high]; towards an infinite bound they reach at most max(a, 0) + 1 + {@link MAX_NORMAL_DRAW}
 * standard deviations from the mean (a = the other bound in std units): the proposals are
 * ziggurat normals, uniforms inside the interval, or Robert's (1995) exponential tail from
 * α ≤ a + 1, whose acceptance test exp(−(z − α)²/2) ≥ 2⁻⁵³ bounds z − α by √(106 ln 2) < 8.58.
 */
export function truncatedNormalPlan(
  fn: string,
  mean: number,
  std: number,
  low: number,
  high: number,
  dtype: DType,
  param = 'std',
  paramValue: unknown = std,
): Plan {
  validateOrdered(fn, 'mean + lower·std', low, 'mean + upper·std', high);
  validateValueRange(fn, 'mean', mean, Math.abs(mean), dtype);
  const reach = (bound: number, other: number): number =>
    Number.isFinite(bound)
      ? Math.abs(bound)
      : Math.abs(mean) + std * (Math.max((Math.sign(bound) * (other - mean)) / std, 0) + 1 + MAX_NORMAL_DRAW);
  validateValueRange(fn, param, paramValue, Math.max(reach(low, high), reach(high, low)), dtype);
  return {
    distribution: { family: 'truncated_normal', mean, std, low, high },
    fill: (out, rng) => sampleTruncatedNormal(rng, out, mean, std, low, high),
    parallel: (pool, source, out) => pool.sampleTruncatedNormal(source, out, mean, std, low, high),
    fillRange: iidRange((out, rng) => sampleTruncatedNormal(rng, out, mean, std, low, high)),
  };
}

/**
 * The range fill of an i.i.d. plan: element i of a Philox stream is a function of (key, i) — the
 * rejection samplers' retries included, which live in other counter words (stream layout, rng
 * README) — so elements [first, first + n) of the whole fill are the fill of n elements from the
 * same key at position + first (Salmon et al. 2011, §2: counter-based generators). A copy of the
 * source is read there; the caller's source is not moved.
 */
function iidRange(fill: (out: Float32Array | Float64Array, rng: RandomSource) => void): NonNullable<Plan['fillRange']> {
  return (out, source, first) => {
    const s = source as PhiloxSource;
    fill(out, s.at(s.position + first));
  };
}
