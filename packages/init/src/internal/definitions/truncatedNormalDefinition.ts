import { define, parameter } from '../Definition.js';
import { truncatedNormalPlan } from '../plans.js';
import { numberParam, positiveParam, validateOrdered } from '../validateParameters.js';

/**
 * `truncated_normal`: N(mean, std²) conditioned on [mean + lower·std, mean + upper·std]; `lower`
 * and `upper` in units of std around the mean (default −2, 2; either may be infinite), as
 * `jax.random.truncated_normal(key, lower, upper)` and Keras's `TruncatedNormal` (±2). PyTorch's
 * `trunc_normal_`, whose `a`, `b` are absolute values, is the dialect spelling `'trunc_normal_'`;
 * `a` or `b` given here is a RangeError that names both spellings. std is the parent normal's:
 * the variance is smaller (0.7737·std² for ±2).
 */
export const TRUNCATED_NORMAL = define({
  name: 'truncated_normal',
  aliases: [],
  parameters: {
    mean: parameter<number>(),
    std: parameter<number>(),
    lower: parameter<number>(),
    upper: parameter<number>(),
  },
  random: true,
  reference: 'jax.random.truncated_normal (lower, upper in std units); keras.initializers.TruncatedNormal (±2 std)',
  kind: 'iid',
  subjects: [
    // numpy's stream: RandomState's own rejection sampler; Philox float64 is variance_scaling's.
    { title: 'truncated_normal ±2 std', initialization: 'truncated_normal', source: 'RandomState' },
    {
      title: 'truncated_normal mean 1 std 0.5, lower −1 upper 3 (in std)',
      initialization: { name: 'truncated_normal', mean: 1, std: 0.5, lower: -1, upper: 3 },
      source: 'float32',
    },
  ],
  example: { shape: [2], parameters: { mean: 0, std: 1, lower: -1, upper: 1 } },
  plan: (fn, _shape, p, dtype) => {
    const mean = numberParam(fn, 'mean', p['mean'], 0);
    const std = positiveParam(fn, 'std', p['std'], 1);
    const lower = numberParam(fn, 'lower', p['lower'], -2, true);
    const upper = numberParam(fn, 'upper', p['upper'], 2, true);
    validateOrdered(fn, 'lower', lower, 'upper', upper);
    return truncatedNormalPlan(fn, mean, std, mean + lower * std, mean + upper * std, dtype);
  },
});
