import { define, parameter } from '../Definition.js';
import { truncatedNormalPlan } from '../plans.js';
import { numberParam, positiveParam, validateOrdered } from '../validateParameters.js';

/**
 * `truncated_normal`: N(mean, std²) conditioned on [mean + a·std, mean + b·std]; a, b in units of
 * std (default −2, 2; either may be infinite), unlike PyTorch's `trunc_normal_` whose a, b are
 * absolute. std is the parent normal's: the variance is smaller (0.7737·std² for ±2).
 */
export const TRUNCATED_NORMAL = define({
  name: 'truncated_normal',
  aliases: [],
  parameters: { mean: parameter<number>(), std: parameter<number>(), a: parameter<number>(), b: parameter<number>() },
  random: true,
  reference: 'torch.nn.init.trunc_normal_ (bounds in std units, as keras.initializers.TruncatedNormal)',
  kind: 'iid',
  subjects: [
    // numpy's stream: RandomState's own rejection sampler; Philox float64 is variance_scaling's.
    { title: 'truncated_normal ±2 std', initialization: 'truncated_normal', source: 'RandomState' },
    {
      title: 'truncated_normal mean 1 std 0.5, a −1 b 3 (in std)',
      initialization: { name: 'truncated_normal', mean: 1, std: 0.5, a: -1, b: 3 },
      source: 'float32',
    },
  ],
  example: { shape: [2], parameters: { mean: 0, std: 1, a: -1, b: 1 } },
  plan: (fn, _shape, p, dtype) => {
    const mean = numberParam(fn, 'mean', p['mean'], 0);
    const std = positiveParam(fn, 'std', p['std'], 1);
    const a = numberParam(fn, 'a', p['a'], -2, true);
    const b = numberParam(fn, 'b', p['b'], 2, true);
    validateOrdered(fn, 'a', a, 'b', b);
    return truncatedNormalPlan(fn, mean, std, mean + a * std, mean + b * std, dtype);
  },
});
