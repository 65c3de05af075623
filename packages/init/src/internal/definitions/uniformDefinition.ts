import { define, parameter } from '../Definition.js';
import { uniformPlan } from '../plans.js';
import { numberParam } from '../validateParameters.js';

/** `uniform`: U[low, high), defaults 0 and 1 (PyTorch's `uniform_`); 0 is a bound, not "unset". */
export const UNIFORM = define({
  name: 'uniform',
  aliases: [],
  parameters: { low: parameter<number>(), high: parameter<number>() },
  random: true,
  reference: 'torch.nn.init.uniform_',
  kind: 'iid',
  subjects: [{ title: 'uniform [0, 0.5)', initialization: { name: 'uniform', low: 0, high: 0.5 }, source: 'float32' }],
  example: { shape: [2], parameters: { low: -1, high: 1 } },
  plan: (fn, _shape, p, dtype) => {
    const low = numberParam(fn, 'low', p['low'], 0);
    const high = numberParam(fn, 'high', p['high'], 1);
    return uniformPlan(fn, low, high, dtype);
  },
});
