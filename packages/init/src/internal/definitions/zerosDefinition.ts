import { define } from '../Definition.js';
import { constantPlan } from '../plans.js';

/** `zeros`: every weight 0 — the article's failure case: every hidden unit stays identical. */
export const ZEROS = define({
  name: 'zeros',
  aliases: [],
  parameters: {},
  random: false,
  reference: 'torch.nn.init.zeros_; keras.initializers.Zeros',
  kind: 'iid',
  subjects: [{ title: 'zeros', initialization: 'zeros', source: 'float32' }],
  example: { shape: [2, 2], parameters: {} },
  plan: (fn, _shape, _p, dtype) => constantPlan(fn, 0, dtype),
});
