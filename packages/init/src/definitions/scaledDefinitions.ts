import { choiceParam, positiveParam } from '../internal/checks.js';
import type { Definition, Params } from '../internal/Definition.js';
import { fanFor } from '../internal/fans.js';
import { checkNonlinearity, gainSquared } from '../internal/nonlinearity.js';
import { type ScaledDistribution, scaledPlan } from '../internal/scaledPlan.js';

/** He (Kaiming): scale = gain(nonlinearity)², fan by `mode`. */
function he(distribution: ScaledDistribution, name: string, aliases: string[], reference: string): Definition {
  return {
    name,
    aliases,
    reference,
    random: true,
    parameters: ['nonlinearity', 'param', 'mode'],
    plan: (fn, shape, p: Params) => {
      const { name: nonlinearity, slope } = checkNonlinearity(fn, p['nonlinearity'], p['param'], 'relu');
      const mode = choiceParam(fn, 'mode', p['mode'], ['fan_in', 'fan_out'] as const, 'fan_in');
      return scaledPlan(fn, 'gain²', gainSquared(nonlinearity, slope), fanFor(fn, shape, mode), distribution);
    },
  };
}

/** Glorot (Xavier): scale = gain², fan = (fanIn + fanOut)/2. */
function glorot(distribution: ScaledDistribution, name: string, aliases: string[], reference: string): Definition {
  return {
    name,
    aliases,
    reference,
    random: true,
    parameters: ['gain'],
    plan: (fn, shape, p: Params) => {
      const gain = positiveParam(fn, 'gain', p['gain'], 1);
      return scaledPlan(fn, 'gain²', gain * gain, fanFor(fn, shape, 'fan_avg'), distribution);
    },
  };
}

/** LeCun: scale = 1, fan = fanIn. */
function lecun(distribution: ScaledDistribution, name: string, reference: string): Definition {
  return {
    name,
    aliases: [],
    reference,
    random: true,
    parameters: [],
    plan: (fn, shape) => scaledPlan(fn, '1', 1, fanFor(fn, shape, 'fan_in'), distribution),
  };
}

export const HE_NORMAL = he(
  'normal',
  'he_normal',
  ['he', 'kaiming_normal'],
  'He et al. 2015, eq. 10; torch.nn.init.kaiming_normal_',
);
export const HE_UNIFORM = he(
  'uniform',
  'he_uniform',
  ['kaiming_uniform'],
  'He et al. 2015, eq. 10; torch.nn.init.kaiming_uniform_',
);
export const GLOROT_NORMAL = glorot(
  'normal',
  'glorot_normal',
  ['xavier', 'xavier_normal'],
  'Glorot & Bengio 2010, eq. 12; torch.nn.init.xavier_normal_',
);
export const GLOROT_UNIFORM = glorot(
  'uniform',
  'glorot_uniform',
  ['xavier_uniform'],
  'Glorot & Bengio 2010, eq. 16; torch.nn.init.xavier_uniform_',
);
export const LECUN_NORMAL = lecun('normal', 'lecun_normal', 'LeCun et al. 1998, "Efficient BackProp", §4.6');
export const LECUN_UNIFORM = lecun(
  'uniform',
  'lecun_uniform',
  'LeCun et al. 1998, "Efficient BackProp", §4.6; keras.initializers.LecunUniform',
);

/**
 * `variance_scaling`: Keras's `VarianceScaling` (scale 1, mode fan_in, distribution
 * truncated_normal by default), with `normal` meaning untruncated (`untruncated_normal` is
 * accepted as Keras spells it).
 */
export const VARIANCE_SCALING: Definition = {
  name: 'variance_scaling',
  aliases: [],
  parameters: ['scale', 'mode', 'distribution'],
  random: true,
  reference: 'keras.initializers.VarianceScaling; jax.nn.initializers.variance_scaling',
  plan: (fn, shape, p) => {
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
    );
  },
};
