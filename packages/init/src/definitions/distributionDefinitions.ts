import { checkOrdered, nonNegativeParam, numberParam, positiveParam } from '../internal/checks.js';
import type { Definition } from '../internal/Definition.js';
import { normalPlan, truncatedNormalPlan, uniformPlan } from '../internal/plans.js';

/** `random`: N(0, scale²), scale default 0.01 — the article's "random" (its notebook uses 10). */
export const RANDOM: Definition = {
  name: 'random',
  aliases: [],
  parameters: ['scale'],
  random: true,
  reference: 'np.random.randn(n_l, n_{l−1}) · scale (deeplearning.ai, "Initialization")',
  plan: (fn, _shape, p) => normalPlan(0, nonNegativeParam(fn, 'scale', p['scale'], 0.01)),
};

/** `normal`: N(mean, std²), defaults 0 and 1 (PyTorch's `normal_`). */
export const NORMAL: Definition = {
  name: 'normal',
  aliases: [],
  parameters: ['mean', 'std'],
  random: true,
  reference: 'torch.nn.init.normal_',
  plan: (fn, _shape, p) => normalPlan(numberParam(fn, 'mean', p['mean'], 0), nonNegativeParam(fn, 'std', p['std'], 1)),
};

/** `uniform`: U[low, high), defaults 0 and 1 (PyTorch's `uniform_`); 0 is a bound, not "unset". */
export const UNIFORM: Definition = {
  name: 'uniform',
  aliases: [],
  parameters: ['low', 'high'],
  random: true,
  reference: 'torch.nn.init.uniform_',
  plan: (fn, _shape, p) => {
    const low = numberParam(fn, 'low', p['low'], 0);
    const high = numberParam(fn, 'high', p['high'], 1);
    return uniformPlan(fn, low, high);
  },
};

/**
 * `truncated_normal`: N(mean, std²) conditioned on [mean + a·std, mean + b·std]; a, b in units of
 * std (default −2, 2; either may be infinite), unlike PyTorch's `trunc_normal_` whose a, b are
 * absolute. std is the parent normal's: the variance is smaller (0.7737·std² for ±2).
 */
export const TRUNCATED_NORMAL: Definition = {
  name: 'truncated_normal',
  aliases: [],
  parameters: ['mean', 'std', 'a', 'b'],
  random: true,
  reference: 'torch.nn.init.trunc_normal_ (bounds in std units, as keras.initializers.TruncatedNormal)',
  plan: (fn, _shape, p) => {
    const mean = numberParam(fn, 'mean', p['mean'], 0);
    const std = positiveParam(fn, 'std', p['std'], 1);
    const a = numberParam(fn, 'a', p['a'], -2, true);
    const b = numberParam(fn, 'b', p['b'], 2, true);
    checkOrdered(fn, 'a', a, 'b', b);
    return truncatedNormalPlan(fn, mean, std, mean + a * std, mean + b * std);
  },
};
