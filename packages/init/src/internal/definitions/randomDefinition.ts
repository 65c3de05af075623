import { define, parameter } from '../Definition.js';
import { normalPlan } from '../plans.js';
import { nonNegativeParam } from '../validateParameters.js';

/** `random`: N(0, scale²), scale default 0.01 — the article's "random" (its notebook uses 10). */
export const RANDOM = define({
  name: 'random',
  aliases: [],
  parameters: { scale: parameter<number>() },
  random: true,
  reference: 'np.random.randn(n_l, n_{l−1}) · scale (deeplearning.ai, "Initialization")',
  kind: 'iid',
  subjects: [
    { title: 'random (scale 0.01)', initialization: 'random', source: 'float32' },
    { title: "random scale 10 (the notebook's)", initialization: { name: 'random', scale: 10 }, source: 'RandomState' },
  ],
  example: { shape: [2, 2], parameters: { scale: 1 } },
  plan: (fn, _shape, p, dtype) => normalPlan(fn, 0, nonNegativeParam(fn, 'scale', p['scale'], 0.01), dtype, 'scale'),
});
