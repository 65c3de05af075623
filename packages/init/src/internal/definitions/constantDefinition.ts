import { define, parameter } from '../Definition.js';
import { constantPlan } from '../plans.js';
import { numberParam } from '../validateParameters.js';

/** `constant`: every weight `value` (required, finite). */
export const CONSTANT = define({
  name: 'constant',
  aliases: [],
  parameters: { value: parameter<number>() },
  random: false,
  reference: 'torch.nn.init.constant_; keras.initializers.Constant',
  kind: 'iid',
  subjects: [{ title: 'constant −0.25', initialization: { name: 'constant', value: -0.25 }, source: 'float32' }],
  example: { shape: [2, 2], parameters: { value: 3 } },
  plan: (fn, _shape, p, dtype) => constantPlan(fn, numberParam(fn, 'value', p['value']), dtype),
});
