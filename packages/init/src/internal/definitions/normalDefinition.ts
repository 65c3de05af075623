import { define, parameter } from '../Definition.js';
import { normalPlan } from '../plans.js';
import { nonNegativeParam, numberParam } from '../validateParameters.js';

/** `normal`: N(mean, std²), defaults 0 and 1 (PyTorch's `normal_`). */
export const NORMAL = define({
  name: 'normal',
  aliases: [],
  parameters: { mean: parameter<number>(), std: parameter<number>() },
  random: true,
  reference: 'torch.nn.init.normal_',
  kind: 'iid',
  subjects: [
    { title: 'normal mean 0.5 std 2', initialization: { name: 'normal', mean: 0.5, std: 2 }, source: 'float64' },
  ],
  example: { shape: [2], parameters: { mean: 1, std: 2 } },
  plan: (fn, _shape, p, dtype) =>
    normalPlan(fn, numberParam(fn, 'mean', p['mean'], 0), nonNegativeParam(fn, 'std', p['std'], 1), dtype),
});
