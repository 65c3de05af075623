import { define, parameter } from '../Definition.js';
import { fanFor } from '../fans.js';
import { scaledPlan } from '../scaledPlan.js';
import { choiceParam, positiveParam } from '../validateParameters.js';

/**
 * `variance_scaling`: Keras's `VarianceScaling` (scale 1, mode fan_in, distribution
 * truncated_normal by default), with `normal` meaning untruncated (`untruncated_normal` is
 * accepted as Keras spells it).
 */
export const VARIANCE_SCALING = define({
  name: 'variance_scaling',
  aliases: [],
  parameters: {
    scale: parameter<number>(),
    mode: parameter<'fan_in' | 'fan_out' | 'fan_avg'>(),
    distribution: parameter<'truncated_normal' | 'normal' | 'untruncated_normal' | 'uniform'>(),
  },
  random: true,
  reference: 'keras.initializers.VarianceScaling; jax.nn.initializers.variance_scaling',
  kind: 'iid',
  subjects: [
    { title: 'variance_scaling (Keras: truncated, fan_in)', initialization: 'variance_scaling', source: 'float32' },
    {
      title: 'variance_scaling scale 2 (Keras he_normal)',
      initialization: { name: 'variance_scaling', scale: 2 },
      source: 'float64',
    },
    {
      title: 'variance_scaling fan_avg normal',
      initialization: { name: 'variance_scaling', mode: 'fan_avg', distribution: 'normal' },
      source: 'float32',
    },
    {
      title: 'variance_scaling fan_out uniform scale 0.5',
      initialization: { name: 'variance_scaling', scale: 0.5, mode: 'fan_out', distribution: 'uniform' },
      source: 'float64',
    },
  ],
  example: { shape: [2, 2], parameters: { scale: 2, mode: 'fan_avg', distribution: 'uniform' } },
  plan: (fn, shape, p, dtype) => {
    const scale = positiveParam(fn, 'scale', p['scale'], 1);
    const mode = choiceParam(fn, 'mode', p['mode'], ['fan_in', 'fan_out', 'fan_avg'] as const, 'fan_in');
    const choices = ['truncated_normal', 'normal', 'untruncated_normal', 'uniform'] as const;
    const distribution = choiceParam(fn, 'distribution', p['distribution'], choices, 'truncated_normal');
    return scaledPlan(
      fn,
      'scale',
      scale,
      fanFor(fn, shape, mode),
      distribution === 'untruncated_normal' ? 'normal' : distribution,
      dtype,
      'scale',
      scale,
    );
  },
});
