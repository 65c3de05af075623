import { parameter } from '../Definition.js';
import { choiceParam } from '../validateParameters.js';
import { dialect } from './Dialect.js';

const SOURCE = 'keras/src/initializers/random_initializers.py';
const CONSTANTS = 'keras/src/initializers/constant_initializers.py';

/**
 * Keras's `VarianceScaling` distributions: it lower-cases nothing here (nninit is strict), but
 * maps the legacy `'normal'` to `'truncated_normal'` as Keras does — unlike nninit's canonical
 * `variance_scaling`, where 'normal' is untruncated — so a Keras config is never misread.
 */
const KERAS_DISTRIBUTIONS = ['truncated_normal', 'untruncated_normal', 'uniform', 'normal'] as const;

const STD_NORMAL = { mean: parameter<number>(), stddev: parameter<number>() };
const UNIFORM = { minval: parameter<number>(), maxval: parameter<number>() };

/** The truncated normal with realized std √(scale/fan): Keras's VarianceScaling 'truncated_normal'. */
const truncated = (scale: number, mode: 'fan_in' | 'fan_avg') =>
  ({ scale, mode, distribution: 'truncated_normal' }) as const;

const CORRECTED = '/0.87962566103423978, so the realized std is';

/**
 * Keras 3's initializers by class name, and the snake_case function names that are not already
 * nninit's canonical names (`random_normal`, `random_uniform`; `he_normal`, `glorot_normal`, …
 * are nninit's own, see the README's Dialects section). Parameter names and defaults from
 * keras/src/initializers/*.py; TensorFlow.js serializes its initializers under the same class names.
 */
export const KERAS_DIALECT = [
  dialect({
    spelling: 'Zeros',
    framework: 'Keras',
    canonical: 'zeros',
    parameters: {},
    reference: `${CONSTANTS}: Zeros`,
    draws: 'constant 0',
  }),
  dialect({
    spelling: 'Ones',
    framework: 'Keras',
    canonical: 'ones',
    parameters: {},
    reference: `${CONSTANTS}: Ones`,
    draws: 'constant 1',
  }),
  dialect({
    spelling: 'Constant',
    framework: 'Keras',
    canonical: 'constant',
    parameters: { value: parameter<number>() },
    defaults: { value: 0 },
    reference: `${CONSTANTS}: Constant(value=0.0)`,
    draws: 'constant `value`, default 0',
  }),
  ...(['RandomNormal', 'random_normal'] as const).map((spelling) =>
    dialect({
      spelling,
      framework: 'Keras',
      canonical: 'normal',
      parameters: STD_NORMAL,
      renames: { stddev: 'std' },
      defaults: { std: 0.05 },
      reference: `${SOURCE}: RandomNormal(mean=0.0, stddev=0.05)`,
      draws: 'N(mean, stddev²), `mean` 0, `stddev` 0.05',
    }),
  ),
  ...(['RandomUniform', 'random_uniform'] as const).map((spelling) =>
    dialect({
      spelling,
      framework: 'Keras',
      canonical: 'uniform',
      parameters: UNIFORM,
      renames: { minval: 'low', maxval: 'high' },
      defaults: { low: -0.05, high: 0.05 },
      reference: `${SOURCE}: RandomUniform(minval=-0.05, maxval=0.05)`,
      draws: 'U[minval, maxval), `minval` −0.05, `maxval` 0.05',
    }),
  ),
  dialect({
    spelling: 'TruncatedNormal',
    framework: 'Keras',
    canonical: 'truncated_normal',
    parameters: STD_NORMAL,
    renames: { stddev: 'std' },
    defaults: { std: 0.05 },
    fixed: { lower: -2, upper: 2 },
    reference: `${SOURCE}: TruncatedNormal(mean=0.0, stddev=0.05)`,
    draws: 'N(mean, stddev²) on [mean − 2·stddev, mean + 2·stddev] (no correction), `mean` 0, `stddev` 0.05',
  }),
  dialect({
    spelling: 'VarianceScaling',
    framework: 'Keras',
    canonical: 'variance_scaling',
    parameters: {
      scale: parameter<number>(),
      mode: parameter<'fan_in' | 'fan_out' | 'fan_avg'>(),
      distribution: parameter<(typeof KERAS_DISTRIBUTIONS)[number]>(),
    },
    convert: (fn, p) => {
      const distribution = choiceParam(fn, 'distribution', p['distribution'], KERAS_DISTRIBUTIONS, 'truncated_normal');
      return {
        scale: p['scale'],
        mode: p['mode'],
        distribution: distribution === 'normal' ? 'truncated_normal' : distribution,
      };
    },
    reference: `${SOURCE}: VarianceScaling(scale=1.0, mode="fan_in", distribution="truncated_normal")`,
    draws: `v = scale/fan; 'truncated_normal' (and Keras's legacy 'normal'): N(0, σ²) on [−2σ, 2σ], σ = √v${CORRECTED} √v; 'untruncated_normal': N(0, v); 'uniform': U[−√(3v), √(3v))`,
  }),
  dialect({
    spelling: 'GlorotNormal',
    framework: 'Keras',
    canonical: 'variance_scaling',
    parameters: {},
    fixed: truncated(1, 'fan_avg'),
    reference: `${SOURCE}: GlorotNormal = VarianceScaling(1.0, "fan_avg", "truncated_normal")`,
    draws: `N(0, σ²) on [−2σ, 2σ], σ = √(2/(fanIn + fanOut))${CORRECTED} √(2/(fanIn + fanOut))`,
  }),
  dialect({
    spelling: 'GlorotUniform',
    framework: 'Keras',
    canonical: 'glorot_uniform',
    parameters: {},
    reference: `${SOURCE}: GlorotUniform = VarianceScaling(1.0, "fan_avg", "uniform")`,
    draws: 'U[−√(6/(fanIn + fanOut)), +…)',
  }),
  dialect({
    spelling: 'HeNormal',
    framework: 'Keras',
    canonical: 'variance_scaling',
    parameters: {},
    fixed: truncated(2, 'fan_in'),
    reference: `${SOURCE}: HeNormal = VarianceScaling(2.0, "fan_in", "truncated_normal")`,
    draws: `N(0, σ²) on [−2σ, 2σ], σ = √(2/fanIn)${CORRECTED} √(2/fanIn)`,
  }),
  dialect({
    spelling: 'HeUniform',
    framework: 'Keras',
    canonical: 'he_uniform',
    parameters: {},
    reference: `${SOURCE}: HeUniform = VarianceScaling(2.0, "fan_in", "uniform")`,
    draws: 'U[−√(6/fanIn), +…)',
  }),
  dialect({
    spelling: 'LecunNormal',
    framework: 'Keras',
    canonical: 'variance_scaling',
    parameters: {},
    fixed: truncated(1, 'fan_in'),
    reference: `${SOURCE}: LecunNormal = VarianceScaling(1.0, "fan_in", "truncated_normal")`,
    draws: `N(0, σ²) on [−2σ, 2σ], σ = √(1/fanIn)${CORRECTED} √(1/fanIn)`,
  }),
  dialect({
    spelling: 'LecunUniform',
    framework: 'Keras',
    canonical: 'lecun_uniform',
    parameters: {},
    reference: `${SOURCE}: LecunUniform = VarianceScaling(1.0, "fan_in", "uniform")`,
    draws: 'U[−√(3/fanIn), +…)',
  }),
  ...(['Orthogonal', 'OrthogonalInitializer'] as const).map((spelling) =>
    dialect({
      spelling,
      framework: 'Keras',
      canonical: 'orthogonal',
      parameters: { gain: parameter<number>() },
      reference: `${SOURCE}: Orthogonal(gain=1.0)`,
      draws:
        'gain·Q (Haar, sign-corrected QR), `gain` 1, on nninit’s shape[0] × rest flattening (Keras flattens its own layout)',
    }),
  ),
  ...(['Identity', 'IdentityInitializer'] as const).map((spelling) =>
    dialect({
      spelling,
      framework: 'Keras',
      canonical: 'identity',
      parameters: { gain: parameter<number>() },
      reference: `${CONSTANTS}: Identity(gain=1.0)`,
      draws: 'gain on the main diagonal of a 2-D matrix, `gain` 1',
    }),
  ),
] as const;
