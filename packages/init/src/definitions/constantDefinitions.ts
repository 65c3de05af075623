import { numberParam } from '../internal/checks.js';
import type { Definition } from '../internal/Definition.js';
import { constantPlan } from '../internal/plans.js';

/** `zeros`: every weight 0 — the article's failure case: every hidden unit stays identical. */
export const ZEROS: Definition = {
  name: 'zeros',
  aliases: [],
  parameters: [],
  random: false,
  reference: 'torch.nn.init.zeros_; keras.initializers.Zeros',
  plan: () => constantPlan(0),
};

/** `ones`: every weight 1. */
export const ONES: Definition = {
  name: 'ones',
  aliases: [],
  parameters: [],
  random: false,
  reference: 'torch.nn.init.ones_; keras.initializers.Ones',
  plan: () => constantPlan(1),
};

/** `constant`: every weight `value` (required, finite). */
export const CONSTANT: Definition = {
  name: 'constant',
  aliases: [],
  parameters: ['value'],
  random: false,
  reference: 'torch.nn.init.constant_; keras.initializers.Constant',
  plan: (fn, _shape, p) => constantPlan(numberParam(fn, 'value', p['value'])),
};
