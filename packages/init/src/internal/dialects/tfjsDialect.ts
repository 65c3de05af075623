import { parameter } from '../Definition.js';
import { choiceParam } from '../validateParameters.js';
import { dialect } from './Dialect.js';

const SOURCE = 'tfjs-layers/src/initializers.ts (4.22)';

const FAN_MODES = { fanIn: 'fan_in', fanOut: 'fan_out', fanAvg: 'fan_avg' } as const;

/**
 * tfjs's `varianceScaling({ scale, mode, distribution })`: camelCase modes; 'normal' is, as
 * documented, a truncated normal of std √(scale/fan) (tfjs 4.22 forgets Keras's 0.8796…
 * correction; nninit follows the documented, Keras, meaning). tfjs accepts 'truncatedNormal' but
 * then draws a *uniform* (its `apply` only tests for 'normal'), so that value is a RangeError
 * asking for 'normal' or 'uniform' rather than a silent guess.
 */
function varianceScalingConvert(fn: string, p: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const mode = choiceParam(fn, 'mode', p['mode'], ['fanIn', 'fanOut', 'fanAvg'] as const, 'fanIn');
  if (p['distribution'] === 'truncatedNormal') {
    throw new RangeError(
      `${fn}: distribution must be one of "normal", "uniform" (tfjs 4.22 accepts "truncatedNormal" but draws a uniform for it; "normal" is the documented truncated normal), got "truncatedNormal"`,
    );
  }
  const distribution = choiceParam(fn, 'distribution', p['distribution'], ['normal', 'uniform'] as const, 'normal');
  return {
    scale: p['scale'],
    mode: FAN_MODES[mode],
    distribution: distribution === 'normal' ? 'truncated_normal' : 'uniform',
  };
}

const CORRECTED =
  '/0.87962566103423978 (as documented and as Keras; tfjs 4.22 omits the division), so the realized std is';

/**
 * TensorFlow.js's `tf.initializers.*` factory names that are not already nninit's names (`zeros`,
 * `ones`, `constant`, `orthogonal` and `identity` are, with the same parameters), with tfjs's
 * parameter names (camelCase: `stddev`, `minval`, `maxval`, `mode: 'fanIn'`) and defaults.
 */
export const TFJS_DIALECT = [
  dialect({
    spelling: 'randomNormal',
    framework: 'TensorFlow.js',
    canonical: 'normal',
    parameters: { mean: parameter<number>(), stddev: parameter<number>() },
    renames: { stddev: 'std' },
    defaults: { std: 0.05 },
    reference: `${SOURCE}: RandomNormal (DEFAULT_MEAN 0, DEFAULT_STDDEV 0.05)`,
    draws: 'N(mean, stddev²), `mean` 0, `stddev` 0.05 (0 is a value here, not "unset" as tfjs\'s `||` reads it)',
  }),
  dialect({
    spelling: 'randomUniform',
    framework: 'TensorFlow.js',
    canonical: 'uniform',
    parameters: { minval: parameter<number>(), maxval: parameter<number>() },
    renames: { minval: 'low', maxval: 'high' },
    defaults: { low: -0.05, high: 0.05 },
    reference: `${SOURCE}: RandomUniform (DEFAULT_MINVAL −0.05, DEFAULT_MAXVAL 0.05)`,
    draws: 'U[minval, maxval), `minval` −0.05, `maxval` 0.05',
  }),
  dialect({
    spelling: 'truncatedNormal',
    framework: 'TensorFlow.js',
    canonical: 'truncated_normal',
    parameters: { mean: parameter<number>(), stddev: parameter<number>() },
    renames: { stddev: 'std' },
    defaults: { std: 0.05 },
    fixed: { lower: -2, upper: 2 },
    reference: `${SOURCE}: TruncatedNormal (DEFAULT_MEAN 0, DEFAULT_STDDEV 0.05)`,
    draws: 'N(mean, stddev²) on [mean − 2·stddev, mean + 2·stddev], `mean` 0, `stddev` 0.05',
  }),
  dialect({
    spelling: 'varianceScaling',
    framework: 'TensorFlow.js',
    canonical: 'variance_scaling',
    parameters: {
      scale: parameter<number>(),
      mode: parameter<'fanIn' | 'fanOut' | 'fanAvg'>(),
      distribution: parameter<'normal' | 'uniform'>(),
    },
    convert: varianceScalingConvert,
    reference: `${SOURCE}: VarianceScaling (scale 1, mode 'fanIn', distribution 'normal')`,
    draws: `v = scale/fan; 'normal' (default): N(0, σ²) on [−2σ, 2σ], σ = √v${CORRECTED} √v; 'uniform': U[−√(3v), √(3v))`,
  }),
  ...(
    [
      ['glorotNormal', 1, 'fan_avg', '2/(fanIn + fanOut)'],
      ['heNormal', 2, 'fan_in', '2/fanIn'],
      ['leCunNormal', 1, 'fan_in', '1/fanIn'],
    ] as const
  ).map(([spelling, scale, mode, v]) =>
    dialect({
      spelling,
      framework: 'TensorFlow.js',
      canonical: 'variance_scaling',
      parameters: {},
      fixed: { scale, mode, distribution: 'truncated_normal' },
      reference: `${SOURCE}: ${spelling} = VarianceScaling(${scale}, '${mode === 'fan_in' ? 'fanIn' : 'fanAvg'}', 'normal')`,
      draws: `N(0, σ²) on [−2σ, 2σ], σ = √(${v})${CORRECTED} √(${v})`,
    }),
  ),
  dialect({
    spelling: 'glorotUniform',
    framework: 'TensorFlow.js',
    canonical: 'glorot_uniform',
    parameters: {},
    reference: `${SOURCE}: glorotUniform = VarianceScaling(1, 'fanAvg', 'uniform')`,
    draws: 'U[−√(6/(fanIn + fanOut)), +…)',
  }),
  dialect({
    spelling: 'heUniform',
    framework: 'TensorFlow.js',
    canonical: 'he_uniform',
    parameters: {},
    reference: `${SOURCE}: heUniform = VarianceScaling(2, 'fanIn', 'uniform')`,
    draws: 'U[−√(6/fanIn), +…)',
  }),
  dialect({
    spelling: 'leCunUniform',
    framework: 'TensorFlow.js',
    canonical: 'lecun_uniform',
    parameters: {},
    reference: `${SOURCE}: leCunUniform = VarianceScaling(1, 'fanIn', 'uniform')`,
    draws: 'U[−√(3/fanIn), +…)',
  }),
] as const;
