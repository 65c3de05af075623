import { sampleNormal, sampleTruncatedNormal, sampleUniform } from '@nninit/rng';
import { checkOrdered } from './checks.js';
import type { Plan } from './Definition.js';

/**
 * Plans for the i.i.d. families. Each declares exactly the distribution its fill draws from, and
 * fills with @nninit/rng's samplers (float64 arithmetic, rounded once into float32 output).
 */

/** Every element `value`; consumes no randomness. @internal */
export function constantPlan(value: number): Plan {
  return { distribution: { family: 'constant', value }, fill: (out) => void out.fill(value) };
}

/**
 * N(mean, std²) as mean + std·z (exactly std·z for mean 0: numpy's `randn(...) * std`). A zero std
 * still consumes one normal per element, as numpy's `randn(...) * 0` does, and is declared as
 * the constant `mean` it is.
 * @internal
 */
export function normalPlan(mean: number, std: number): Plan {
  return {
    distribution: std === 0 ? { family: 'constant', value: mean } : { family: 'normal', mean, std },
    fill: (out, rng) => sampleNormal(rng, out, mean, std),
    parallel: (pool, source, out) => pool.sampleNormal(source, out, mean, std),
  };
}

/** U[low, high) as low + (high − low)·u. @internal */
export function uniformPlan(fn: string, low: number, high: number): Plan {
  checkOrdered(fn, 'low', low, 'high', high);
  return {
    distribution: { family: 'uniform', low, high },
    fill: (out, rng) => sampleUniform(rng, out, low, high),
    parallel: (pool, source, out) => pool.sampleUniform(source, out, low, high),
  };
}

/** N(mean, std²) conditioned on [low, high] (absolute bounds), by exact rejection. @internal */
export function truncatedNormalPlan(fn: string, mean: number, std: number, low: number, high: number): Plan {
  checkOrdered(fn, 'mean + a·std', low, 'mean + b·std', high);
  return {
    distribution: { family: 'truncated_normal', mean, std, low, high },
    fill: (out, rng) => sampleTruncatedNormal(rng, out, mean, std, low, high),
    parallel: (pool, source, out) => pool.sampleTruncatedNormal(source, out, mean, std, low, high),
  };
}
