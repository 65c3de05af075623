import { define } from '../Definition.js';
import { constantPlan } from '../plans.js';

/** `ones`: every weight 1. */
export const ONES = define({
  name: 'ones',
  aliases: [],
  parameters: {},
  random: false,
  reference: 'torch.nn.init.ones_; keras.initializers.Ones',
  kind: 'iid',
  subjects: [{ title: 'ones', initialization: 'ones', source: 'float64' }],
  example: { shape: [2, 2], parameters: {} },
  plan: (fn, _shape, _p, dtype) => constantPlan(fn, 1, dtype),
});
