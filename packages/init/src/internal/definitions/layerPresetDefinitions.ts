import { fail } from '@nninit/internal';
import type { DType } from '@nninit/tensor';
import { define, type Params, type Plan, parameter } from '../Definition.js';
import { fanFor } from '../fans.js';
import { constantPlan, normalPlan, truncatedNormalPlan, uniformPlan } from '../plans.js';
import { numberParam } from '../validateParameters.js';
import { GLOROT_UNIFORM } from './glorotUniformDefinition.js';
import { HE_UNIFORM } from './heUniformDefinition.js';
import { VARIANCE_SCALING } from './varianceScalingDefinition.js';

/**
 * Every framework's default layer initialization, as named presets: `<framework>.<layer>` for the
 * weight, in nninit's torch layout `[out, in, ...kernel]` (Keras-layout shapes with
 * `layout: 'keras'`, as everywhere), and `<framework>.<layer>.bias` for the bias, which takes the
 * layer's `fanIn` (in·∏kernel) so that one call form fits every framework.
 *
 * A preset is a definition, not a dialect spelling: a dialect translates another framework's
 * *initializer* name onto a definition and must mean that framework's documented distribution,
 * while a preset names a *layer* and reproduces what the framework's code draws — tfjs's differs
 * from its documentation, and a bias needs `fanIn`, which no initializer takes. Each weight plan
 * is an existing definition's plan with fixed parameters, or (tfjs, whose distribution no
 * definition draws) the truncated-normal plan, so the declared distributions stay the plans'.
 */

/** The bias presets' `fanIn`: a non-negative safe integer (PyTorch's `fan_in` may be 0). */
function fanInParam(fn: string, value: unknown, required: boolean): number | undefined {
  if (value === undefined && !required) return undefined;
  if (value === undefined) throw fail(TypeError, fn, 'fanIn', "a number (the layer's in·∏kernel)", value);
  const v = numberParam(fn, 'fanIn', value);
  if (!Number.isSafeInteger(v) || v < 0) throw fail(RangeError, fn, 'fanIn', 'a non-negative integer', v);
  return v;
}

/** A bias that is the constant 0 whatever the fan (Keras, tfjs, Flax); `fanIn` is checked, unused. */
const zerosBias = (fn: string, _shape: readonly number[], p: Params, dtype: DType): Plan => {
  fanInParam(fn, p['fanIn'], false);
  return constantPlan(fn, 0, dtype);
};

const BIAS_PARAMETERS = { fanIn: parameter<number>() };
const BIAS_EXAMPLE = { shape: [3], parameters: { fanIn: 4 } };

/**
 * PyTorch's `nn.Linear` and `nn.Conv1d/2d/3d` `reset_parameters` (torch/nn/modules/linear.py,
 * conv.py): `kaiming_uniform_(weight, a=√5)`, gain² = 2/(1 + a²) = 1/3, so
 * U[−√(3·gain²/fanIn), …) = U(±1/√fanIn), variance 1/(3·fanIn) — not the Kaiming variance the
 * name kaiming_uniform_ suggests, but what nn.Linear's documentation states: U(−√k, √k),
 * k = 1/in_features (·∏kernel for conv).
 */
const TORCH_LINEAR = define({
  name: 'torch.linear',
  aliases: ['torch.conv'],
  parameters: {},
  random: true,
  reference: 'torch/nn/modules/linear.py, conv.py: reset_parameters, kaiming_uniform_(a=√5)',
  kind: 'iid',
  subjects: [{ title: 'torch.linear (U(±1/√fanIn))', initialization: 'torch.linear', source: 'float32' }],
  example: { shape: [3, 4], parameters: {} },
  plan: (fn, shape, _p, dtype) =>
    HE_UNIFORM.plan(fn, shape, { nonlinearity: 'leaky_relu', param: Math.sqrt(5), mode: 'fan_in' }, dtype),
});

/** PyTorch's layer bias: `bound = 1/√fan_in if fan_in > 0 else 0`, `uniform_(bias, −bound, bound)`. */
const TORCH_LINEAR_BIAS = define({
  name: 'torch.linear.bias',
  aliases: ['torch.conv.bias'],
  parameters: BIAS_PARAMETERS,
  random: true,
  reference: 'torch/nn/modules/linear.py, conv.py: reset_parameters, uniform_(bias, −1/√fan_in, 1/√fan_in)',
  kind: 'iid',
  subjects: [
    {
      title: 'torch.linear.bias fanIn 9 (U(±1/3))',
      initialization: { name: 'torch.linear.bias', fanIn: 9 },
      source: 'float64',
    },
  ],
  example: BIAS_EXAMPLE,
  plan: (fn, _shape, p, dtype) => {
    const fanIn = fanInParam(fn, p['fanIn'], true) as number;
    const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
    return uniformPlan(fn, -bound, bound, dtype, 'fanIn', 'fanIn', fanIn);
  },
});

/** Keras 3 `Dense` and `Conv*` (keras/src/layers/core/dense.py, convolutional/base_conv.py): kernel "glorot_uniform". */
const KERAS_DENSE = define({
  name: 'keras.dense',
  aliases: ['keras.conv'],
  parameters: {},
  random: true,
  reference: 'keras/src/layers/core/dense.py, convolutional/base_conv.py: kernel_initializer="glorot_uniform"',
  kind: 'iid',
  subjects: [{ title: 'keras.dense (glorot_uniform)', initialization: 'keras.dense', source: 'float64' }],
  example: { shape: [3, 4], parameters: {} },
  plan: (fn, shape, _p, dtype) => GLOROT_UNIFORM.plan(fn, shape, {}, dtype),
});

/** Keras 3's layer bias: bias_initializer="zeros". */
const KERAS_DENSE_BIAS = define({
  name: 'keras.dense.bias',
  aliases: ['keras.conv.bias'],
  parameters: BIAS_PARAMETERS,
  random: false,
  reference: 'keras/src/layers/core/dense.py, convolutional/base_conv.py: bias_initializer="zeros"',
  kind: 'iid',
  subjects: [{ title: 'keras.dense.bias (zeros)', initialization: 'keras.dense.bias', source: 'float32' }],
  example: BIAS_EXAMPLE,
  plan: zerosBias,
});

/**
 * TensorFlow.js 4.22 `dense` and `conv2d` (tfjs-layers/src/layers/core.ts, convolutional.ts):
 * kernel 'glorotNormal' = VarianceScaling(1, fanAvg, 'normal'), drawn as tfjs draws it:
 * `truncatedNormal(shape, 0, σ)` with σ = √(1/max(1, fanAvg)), i.e. N(0, σ²) on [−2σ, 2σ] without
 * Keras's 0.87962566103423978 correction, so the realized variance is 0.7737·σ², not the
 * documented 2/(fanIn + fanOut).
 */
const TFJS_DENSE = define({
  name: 'tfjs.dense',
  aliases: ['tfjs.conv'],
  parameters: {},
  random: true,
  reference:
    'tfjs-layers/src/initializers.ts (4.22): VarianceScaling.apply, truncatedNormal(shape, 0, √(scale/fanAvg)) (no correction)',
  kind: 'iid',
  subjects: [{ title: 'tfjs.dense (uncorrected truncated normal)', initialization: 'tfjs.dense', source: 'float32' }],
  example: { shape: [3, 4], parameters: {} },
  plan: (fn, shape, _p, dtype) => {
    const std = Math.sqrt(1 / Math.max(1, fanFor(fn, shape, 'fan_avg')));
    return truncatedNormalPlan(fn, 0, std, -2 * std, 2 * std, dtype, 'shape', shape);
  },
});

/** tfjs's layer bias: 'zeros'. */
const TFJS_DENSE_BIAS = define({
  name: 'tfjs.dense.bias',
  aliases: ['tfjs.conv.bias'],
  parameters: BIAS_PARAMETERS,
  random: false,
  reference: "tfjs-layers/src/layers/core.ts (4.22): DEFAULT_BIAS_INITIALIZER = 'zeros'",
  kind: 'iid',
  subjects: [
    { title: 'tfjs.dense.bias (zeros)', initialization: { name: 'tfjs.dense.bias', fanIn: 5 }, source: 'float64' },
  ],
  example: BIAS_EXAMPLE,
  plan: zerosBias,
});

/**
 * Flax `nn.Dense` (flax/linen/linear.py): `lecun_normal()` = JAX's
 * variance_scaling(1, "fan_in", "truncated_normal"): N(0, σ²) on [−2σ, 2σ],
 * σ = √(1/fanIn)/0.87962566103423978, so the variance is exactly 1/fanIn.
 */
const FLAX_DENSE = define({
  name: 'flax.dense',
  aliases: [],
  parameters: {},
  random: true,
  reference: 'flax/linen/linear.py: Dense kernel_init = lecun_normal(); jax/_src/nn/initializers.py',
  kind: 'iid',
  subjects: [{ title: 'flax.dense (lecun_normal, truncated)', initialization: 'flax.dense', source: 'float64' }],
  example: { shape: [3, 4], parameters: {} },
  plan: (fn, shape, _p, dtype) =>
    VARIANCE_SCALING.plan(fn, shape, { scale: 1, mode: 'fan_in', distribution: 'truncated_normal' }, dtype),
});

/** Flax `nn.Dense`'s bias: `zeros_init()`. */
const FLAX_DENSE_BIAS = define({
  name: 'flax.dense.bias',
  aliases: [],
  parameters: BIAS_PARAMETERS,
  random: false,
  reference: 'flax/linen/linear.py: Dense bias_init = zeros_init()',
  kind: 'iid',
  subjects: [{ title: 'flax.dense.bias (zeros)', initialization: 'flax.dense.bias', source: 'float32' }],
  example: BIAS_EXAMPLE,
  plan: zerosBias,
});

/**
 * JAX stax `Dense(out, W_init=glorot_normal())` (jax/example_libraries/stax.py): JAX's
 * glorot_normal = variance_scaling(1, "fan_avg", "truncated_normal"), N(0, σ²) on [−2σ, 2σ],
 * σ = √(2/(fanIn + fanOut))/0.87962566103423978, variance 2/(fanIn + fanOut).
 */
const STAX_DENSE = define({
  name: 'stax.dense',
  aliases: [],
  parameters: {},
  random: true,
  reference: 'jax/example_libraries/stax.py: Dense W_init = glorot_normal(); jax/_src/nn/initializers.py',
  kind: 'iid',
  subjects: [{ title: 'stax.dense (glorot_normal, truncated)', initialization: 'stax.dense', source: 'float32' }],
  example: { shape: [3, 4], parameters: {} },
  plan: (fn, shape, _p, dtype) =>
    VARIANCE_SCALING.plan(fn, shape, { scale: 1, mode: 'fan_avg', distribution: 'truncated_normal' }, dtype),
});

/** stax `Dense`'s bias: `b_init=normal()`, N(0, 0.01²) (stax's `Conv` uses normal(1e-6) instead). */
const STAX_DENSE_BIAS = define({
  name: 'stax.dense.bias',
  aliases: [],
  parameters: BIAS_PARAMETERS,
  random: true,
  reference: 'jax/example_libraries/stax.py: Dense b_init = normal() (stddev 1e-2)',
  kind: 'iid',
  subjects: [
    {
      title: 'stax.dense.bias (N(0, 0.01²))',
      initialization: { name: 'stax.dense.bias', fanIn: 3 },
      source: 'float64',
    },
  ],
  example: BIAS_EXAMPLE,
  plan: (fn, _shape, p, dtype) => {
    fanInParam(fn, p['fanIn'], false);
    return normalPlan(fn, 0, 0.01, dtype);
  },
});

/** The layer presets, weight then bias, in the README's order: PyTorch, Keras, tfjs, Flax, stax. */
export const LAYER_PRESETS = [
  TORCH_LINEAR,
  TORCH_LINEAR_BIAS,
  KERAS_DENSE,
  KERAS_DENSE_BIAS,
  TFJS_DENSE,
  TFJS_DENSE_BIAS,
  FLAX_DENSE,
  FLAX_DENSE_BIAS,
  STAX_DENSE,
  STAX_DENSE_BIAS,
] as const;
