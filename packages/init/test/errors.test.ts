import * as init from '@nninit/init';
import { RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';

// Every throw of the public entry points: class and exact message, in the form
// `${fn}: ${param} must be ${condition}, got ${value}`. Called through an untyped view of
// the module, since most of these calls are type errors in TypeScript.
type Untyped = (...args: unknown[]) => unknown;
const api = init as unknown as Record<keyof typeof init, Untyped>;

// Every accepted name, canonical names then aliases, as the message lists them.
const NAMES = `${init.initializerNames.map((n) => JSON.stringify(n)).join(', ')}, or a PyTorch, Keras or TensorFlow.js spelling: ${Object.keys(
  init.dialects,
)
  .map((n) => JSON.stringify(n))
  .join(', ')}`;
const NONLINEARITIES =
  '"linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "sigmoid", "tanh", "relu", "leaky_relu", "selu"';

const cases: [string, () => unknown, typeof TypeError | typeof RangeError, string][] = [
  [
    'shape not array',
    () => api.initialize(3, 'zeros'),
    TypeError,
    `initialize: shape must be an array of non-negative integers, got 3`,
  ],
  [
    'shape string dim',
    () => api.initialize([2, '3'], 'zeros'),
    TypeError,
    `initialize: shape[1] must be a non-negative integer, got "3"`,
  ],
  [
    'shape negative',
    () => api.initialize([2, -1], 'zeros'),
    RangeError,
    `initialize: shape[1] must be a non-negative integer, got -1`,
  ],
  [
    'shape fractional',
    () => api.initialize([2.5, 1], 'zeros'),
    RangeError,
    `initialize: shape[0] must be a non-negative integer, got 2.5`,
  ],
  [
    'shape NaN',
    () => api.initialize([NaN], 'zeros'),
    RangeError,
    `initialize: shape[0] must be a non-negative integer, got NaN`,
  ],
  [
    'shape huge',
    () => api.initialize([2 ** 30, 2 ** 30, 2 ** 30], 'zeros'),
    RangeError,
    `initialize: shape must have a size below 2^53, got [1073741824,1073741824,1073741824]`,
  ],
  [
    'fan 1-D',
    () => api.initialize([5], 'he', { seed: 0 }),
    RangeError,
    `initialize: shape must have at least 2 dimensions (fans need [fanOut, fanIn, ...receptiveField]), got [5]`,
  ],
  [
    'fanIn 0',
    () => api.initialize([3, 0], 'he', { seed: 0 }),
    RangeError,
    `initialize: fanIn of shape [3,0] must be positive, got 0`,
  ],
  [
    'fanOut 0',
    () => api.initialize([0, 3], 'he', { seed: 0, mode: 'fan_out' }),
    RangeError,
    `initialize: fanOut of shape [0,3] must be positive, got 0`,
  ],
  [
    'fan_avg 0',
    () => api.initialize([0, 3], 'glorot_uniform', { seed: 0 }),
    RangeError,
    `initialize: fanOut of shape [0,3] must be positive, got 0`,
  ],
  [
    'kernel 0',
    () => api.initialize([2, 3, 0], 'lecun_normal', { seed: 0 }),
    RangeError,
    `initialize: fanIn of shape [2,3,0] must be positive, got 0`,
  ],
  [
    'computeFans 1-D',
    () => api.computeFans([7]),
    RangeError,
    `computeFans: shape must have at least 2 dimensions (fans need [fanOut, fanIn, ...receptiveField]), got [7]`,
  ],
  [
    'computeFans not array',
    () => api.computeFans('7'),
    TypeError,
    `computeFans: shape must be an array of non-negative integers, got "7"`,
  ],
  [
    'unknown name',
    () => api.initialize([2, 2], 'he_norml', { seed: 0 }),
    RangeError,
    `initialize: initialization must be one of ${NAMES}, got "he_norml" (did you mean "he_normal" (nninit's) or "HeNormal" (Keras's, translated to "variance_scaling") or "heNormal" (TensorFlow.js's, translated to "variance_scaling")?)`,
  ],
  [
    'unknown kaiming',
    () => api.initialize([2, 2], 'kaiming', { seed: 0 }),
    RangeError,
    `initialize: initialization must be one of ${NAMES}, got "kaiming" (did you mean "kaiming_normal" (nninit's) or "kaiming_normal_" (PyTorch's, translated to "he_normal")?)`,
  ],
  [
    'unknown obj name',
    () => api.initialize([2, 2], { name: 'glorot' }, { seed: 0 }),
    RangeError,
    `initialize: initialization.name must be one of ${NAMES}, got "glorot" (did you mean "glorot_normal" (nninit's) or "GlorotNormal" (Keras's, translated to "variance_scaling") or "glorotNormal" (TensorFlow.js's, translated to "variance_scaling")?)`,
  ],
  [
    'init number',
    () => api.initialize([2, 2], 3),
    TypeError,
    `initialize: initialization must be an initializer name (a string) or { name, ...parameters }, got 3`,
  ],
  [
    'init null',
    () => api.initialize([2, 2], null),
    TypeError,
    `initialize: initialization must be an initializer name (a string) or { name, ...parameters }, got null`,
  ],
  [
    'init name number',
    () => api.initialize([2, 2], { name: 3 }),
    TypeError,
    `initialize: initialization.name must be an initializer name (a string), got 3`,
  ],
  [
    'unknown param',
    () => api.initialize([2, 2], 'he', { seed: 0, scale: 2 }),
    RangeError,
    `initialize: each key of options must be one of "rng", "seed", "dtype", "layout", "slice", "nonlinearity", "param", "mode", got "scale"`,
  ],
  [
    'unknown param obj',
    () => api.initialize([2, 2], { name: 'random', std: 2 }, { seed: 0 }),
    RangeError,
    `initialize: each key of initialization must be one of "name", "scale" for "random", got "std"`,
  ],
  [
    'param for none',
    () => api.initialize([2, 2], 'lecun_normal', { seed: 0, gain: 2 }),
    RangeError,
    `initialize: each key of options must be one of "rng", "seed", "dtype", "layout", "slice", got "gain"`,
  ],
  [
    'dup param',
    () => api.initialize([2, 2], { name: 'random', scale: 2 }, { seed: 0, scale: 10 }),
    TypeError,
    `initialize: scale must be given once, in the initialization object or in options, got 2 and 10`,
  ],
  [
    'options not obj',
    () => api.initialize([2, 2], 'zeros', 5),
    TypeError,
    `initialize: options must be an object or undefined, got 5`,
  ],
  [
    'rng bad',
    () => api.initialize([2, 2], 'he', { rng: {} }),
    TypeError,
    `initialize: options.rng must be a RandomSource (fillUniform, fillNormal, fillTruncatedNormal), got an object`,
  ],
  [
    'rng and seed',
    () => api.initialize([2, 2], 'he', { rng: new RandomState(1), seed: 1 }),
    TypeError,
    `initialize: options.seed must be undefined when options.rng is given, got 1`,
  ],
  [
    'seed fractional',
    () => api.initialize([2, 2], 'he', { seed: 1.5 }),
    RangeError,
    `initialize: options.seed must be a safe integer, got 1.5`,
  ],
  [
    'seed string',
    () => api.initialize([2, 2], 'he', { seed: '1' }),
    TypeError,
    `initialize: options.seed must be a safe integer, got "1"`,
  ],
  [
    'seed unsafe',
    () => api.initialize([2, 2], 'he', { seed: 2 ** 53 }),
    RangeError,
    `initialize: options.seed must be a safe integer, got 9007199254740992`,
  ],
  [
    'neither',
    () => api.initialize([2, 2], 'he'),
    RangeError,
    `initialize: options.rng or options.seed must be given ("he_normal" draws random numbers and there is no global seed), got neither`,
  ],
  [
    'neither named',
    () => api.heNormal([2, 2]),
    RangeError,
    `heNormal: options.rng or options.seed must be given ("he_normal" draws random numbers and there is no global seed), got neither`,
  ],
  [
    'dtype unknown',
    () => api.initialize([2, 2], 'zeros', { dtype: 'float16' }),
    RangeError,
    `initialize: options.dtype must be "float32" or "float64", got "float16"`,
  ],
  [
    'dtype kind',
    () => api.initialize([2, 2], 'zeros', { dtype: 32 }),
    TypeError,
    `initialize: options.dtype must be "float32" or "float64", got 32`,
  ],
  [
    'nonlinearity unknown',
    () => api.heNormal([2, 2], { seed: 0, nonlinearity: 'gelu' }),
    RangeError,
    `heNormal: nonlinearity must be one of ${NONLINEARITIES}, got "gelu"`,
  ],
  [
    'param for relu',
    () => api.heNormal([2, 2], { seed: 0, param: 0.2 }),
    RangeError,
    `heNormal: param must be undefined for "relu" (only "leaky_relu" takes a slope), got 0.2`,
  ],
  [
    'param NaN',
    () => api.heNormal([2, 2], { seed: 0, nonlinearity: 'leaky_relu', param: NaN }),
    RangeError,
    `heNormal: param must be finite, got NaN`,
  ],
  [
    'mode fan_avg he',
    () => api.heNormal([2, 2], { seed: 0, mode: 'fan_avg' }),
    RangeError,
    `heNormal: mode must be one of "fan_in", "fan_out", got "fan_avg"`,
  ],
  [
    'mode kind',
    () => api.heNormal([2, 2], { seed: 0, mode: 1 }),
    TypeError,
    `heNormal: mode must be one of "fan_in", "fan_out", got 1`,
  ],
  [
    'vs mode',
    () => api.varianceScaling([2, 2], { seed: 0, mode: 'fanin' }),
    RangeError,
    `varianceScaling: mode must be one of "fan_in", "fan_out", "fan_avg", got "fanin"`,
  ],
  [
    'vs dist',
    () => api.varianceScaling([2, 2], { seed: 0, distribution: 'gaussian' }),
    RangeError,
    `varianceScaling: distribution must be one of "truncated_normal", "normal", "untruncated_normal", "uniform", got "gaussian"`,
  ],
  [
    'vs scale 0',
    () => api.varianceScaling([2, 2], { seed: 0, scale: 0 }),
    RangeError,
    `varianceScaling: scale must be positive, got 0`,
  ],
  [
    'vs scale inf',
    () => api.varianceScaling([2, 2], { seed: 0, scale: Infinity }),
    RangeError,
    `varianceScaling: scale must be finite, got Infinity`,
  ],
  [
    'vs underflow',
    () => api.varianceScaling([2, 4096], { seed: 0, scale: 5e-324 }),
    RangeError,
    `varianceScaling: scale/fan must be positive and finite at float64 precision, got 5e-324/4096`,
  ],
  [
    'glorot gain underflow',
    () => api.glorotNormal([2, 2], { seed: 0, gain: 1e-170 }),
    RangeError,
    `glorotNormal: gain²/fan must be positive and finite at float64 precision, got 0/2`,
  ],
  [
    'gain negative',
    () => api.glorotNormal([2, 2], { seed: 0, gain: -1 }),
    RangeError,
    `glorotNormal: gain must be non-negative, got -1`,
  ],
  [
    'gain NaN',
    () => api.orthogonal([2, 2], { seed: 0, gain: NaN }),
    RangeError,
    `orthogonal: gain must be finite, got NaN`,
  ],
  ['gain string', () => api.identity([2, 2], { gain: '2' }), TypeError, `identity: gain must be a number, got "2"`],
  [
    'constant missing',
    () => api.initialize([2, 2], 'constant'),
    TypeError,
    `initialize: value must be a number, got undefined`,
  ],
  [
    'constant NaN',
    () => api.initialize([2, 2], 'constant', { value: NaN }),
    RangeError,
    `initialize: value must be finite, got NaN`,
  ],
  [
    'random scale neg',
    () => api.initialize([2, 2], 'random', { seed: 0, scale: -1 }),
    RangeError,
    `initialize: scale must be non-negative, got -1`,
  ],
  [
    'random scale inf',
    () => api.initialize([2, 2], 'random', { seed: 0, scale: Infinity }),
    RangeError,
    `initialize: scale must be finite, got Infinity`,
  ],
  [
    'normal std NaN',
    () => api.randomNormal([2], { seed: 0, std: NaN }),
    RangeError,
    `randomNormal: std must be finite, got NaN`,
  ],
  [
    'normal mean inf',
    () => api.randomNormal([2], { seed: 0, mean: -Infinity }),
    RangeError,
    `randomNormal: mean must be finite, got -Infinity`,
  ],
  [
    'normal std neg',
    () => api.randomNormal([2], { seed: 0, std: -0.1 }),
    RangeError,
    `randomNormal: std must be non-negative, got -0.1`,
  ],
  [
    'uniform reversed',
    () => api.randomUniform([2], { seed: 0, low: 1, high: -1 }),
    RangeError,
    `randomUniform: low must be at most high, got low = 1, high = -1`,
  ],
  [
    'uniform high inf',
    () => api.randomUniform([2], { seed: 0, high: Infinity }),
    RangeError,
    `randomUniform: high must be finite, got Infinity`,
  ],
  [
    'trunc std 0',
    () => api.randomTruncatedNormal([2], { seed: 0, std: 0 }),
    RangeError,
    `randomTruncatedNormal: std must be positive, got 0`,
  ],
  [
    'trunc lower>=upper',
    () => api.randomTruncatedNormal([2], { seed: 0, lower: 1, upper: 1 }),
    RangeError,
    `randomTruncatedNormal: lower must be less than upper, got lower = 1, upper = 1`,
  ],
  [
    'trunc lower NaN',
    () => api.randomTruncatedNormal([2], { seed: 0, lower: NaN }),
    RangeError,
    `randomTruncatedNormal: lower must be a number, not NaN, got NaN`,
  ],
  [
    'trunc abs collapse',
    () => api.randomTruncatedNormal([2], { seed: 0, mean: 1e17, std: 1, lower: 0, upper: 1 }),
    RangeError,
    `randomTruncatedNormal: mean + lower·std must be less than mean + upper·std, got mean + lower·std = 100000000000000000, mean + upper·std = 100000000000000000`,
  ],
  [
    'ortho 1-D',
    () => api.orthogonal([4], { seed: 0 }),
    RangeError,
    `orthogonal: shape must have at least 2 dimensions (orthogonal flattens to shape[0] × the rest), got [4]`,
  ],
  [
    'identity 3-D',
    () => api.identity([2, 2, 2]),
    RangeError,
    `identity: shape must have 2 dimensions (an identity matrix is 2-D), got [2,2,2]`,
  ],
  [
    'dirac 2-D',
    () => api.dirac([2, 2]),
    RangeError,
    `dirac: shape must have 3 to 5 dimensions (a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions), got [2,2]`,
  ],
  [
    'dirac 6-D',
    () => api.dirac([2, 2, 1, 1, 1, 1]),
    RangeError,
    `dirac: shape must have 3 to 5 dimensions (a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions), got [2,2,1,1,1,1]`,
  ],
  [
    'dirac groups',
    () => api.dirac([3, 2, 3], { groups: 2 }),
    RangeError,
    `dirac: shape[0] must be divisible by groups = 2, got [3,2,3]`,
  ],
  [
    'dirac groups 0',
    () => api.dirac([3, 2, 3], { groups: 0 }),
    RangeError,
    `dirac: groups must be a positive integer, got 0`,
  ],
  [
    'dirac groups frac',
    () => api.dirac([3, 2, 3], { groups: 1.5 }),
    RangeError,
    `dirac: groups must be a positive integer, got 1.5`,
  ],
  [
    'delta 2-D',
    () => api.deltaOrthogonal([4, 2], { seed: 0 }),
    RangeError,
    `deltaOrthogonal: shape must have 3 to 5 dimensions (a conv kernel [out, in, ...kernel] with 1 to 3 spatial dimensions), got [4,2]`,
  ],
  [
    'delta out<in',
    () => api.deltaOrthogonal([2, 4, 3], { seed: 0 }),
    RangeError,
    `deltaOrthogonal: shape[0] must be at least shape[1] (out channels ≥ in channels, for orthonormal columns), got [2,4,3]`,
  ],
  [
    'sparse 3-D',
    () => api.sparse([4, 2, 2], { seed: 0, sparsity: 0.5 }),
    RangeError,
    `sparse: shape must have 2 dimensions (sparsity is counted per column of a 2-D matrix), got [4,2,2]`,
  ],
  [
    'sparse missing',
    () => api.sparse([4, 2], { seed: 0 }),
    TypeError,
    `sparse: sparsity must be a number, got undefined`,
  ],
  [
    'sparse >1',
    () => api.sparse([4, 2], { seed: 0, sparsity: 1.5 }),
    RangeError,
    `sparse: sparsity must be in [0, 1], got 1.5`,
  ],
  [
    'sparse neg',
    () => api.sparse([4, 2], { seed: 0, sparsity: -0.1 }),
    RangeError,
    `sparse: sparsity must be in [0, 1], got -0.1`,
  ],
  [
    'sparse std neg',
    () => api.sparse([4, 2], { seed: 0, sparsity: 0.1, std: -1 }),
    RangeError,
    `sparse: std must be non-negative, got -1`,
  ],
  [
    'gain unknown nl',
    () => api.calculateGain('gelu'),
    RangeError,
    `calculateGain: nonlinearity must be one of ${NONLINEARITIES}, got "gelu"`,
  ],
  [
    'gain undefined',
    () => api.calculateGain(),
    TypeError,
    `calculateGain: nonlinearity must be one of ${NONLINEARITIES}, got undefined`,
  ],
  [
    'gain param relu',
    () => api.calculateGain('relu', 0.1),
    RangeError,
    `calculateGain: param must be undefined for "relu" (only "leaky_relu" takes a slope), got 0.1`,
  ],
  [
    'gain param kind',
    () => api.calculateGain('leaky_relu', '0.1'),
    TypeError,
    `calculateGain: param must be a number, got "0.1"`,
  ],
  [
    'gain param inf',
    () => api.calculateGain('leaky_relu', Infinity),
    RangeError,
    `calculateGain: param must be finite, got Infinity`,
  ],
  [
    'describe unknown',
    () => api.describeDistribution([2, 2], 'hee'),
    RangeError,
    `describeDistribution: initialization must be one of ${NAMES}, got "hee" (did you mean "he"?)`,
  ],
  [
    'describe shape',
    () => api.describeDistribution([2, -2], 'he'),
    RangeError,
    `describeDistribution: shape[1] must be a non-negative integer, got -2`,
  ],
  [
    'option typo',
    () => api.initialize([2, 2], 'he', { sead: 1 }),
    RangeError,
    `initialize: each key of options must be one of "rng", "seed", "dtype", "layout", "slice", "nonlinearity", "param", "mode", got "sead" (did you mean "seed"?)`,
  ],
  [
    'option typo, no parameters',
    () => api.initialize([2, 2], 'zeros', { dtyp: 'float64' }),
    RangeError,
    `initialize: each key of options must be one of "rng", "seed", "dtype", "layout", "slice", got "dtyp" (did you mean "dtype"?)`,
  ],
  [
    'parameter typo in options',
    () => api.heNormal([2, 2], { seed: 0, nonlinearty: 'tanh' }),
    RangeError,
    `heNormal: each key of options must be one of "rng", "seed", "dtype", "layout", "slice", "nonlinearity", "param", "mode", got "nonlinearty" (did you mean "nonlinearity"?)`,
  ],
  [
    'unknown key whatever its value',
    () => api.initialize([2, 2], 'he', { seed: 0, sead: undefined }),
    RangeError,
    `initialize: each key of options must be one of "rng", "seed", "dtype", "layout", "slice", "nonlinearity", "param", "mode", got "sead" (did you mean "seed"?)`,
  ],
  [
    'parameter typo in the object',
    () => api.initialize([2, 2], { name: 'variance_scaling', scal: 2 }, { seed: 0 }),
    RangeError,
    `initialize: each key of initialization must be one of "name", "scale", "mode", "distribution" for "variance_scaling", got "scal" (did you mean "scale"?)`,
  ],
  [
    'dtype null',
    () => api.initialize([2, 2], 'zeros', { dtype: null }),
    TypeError,
    `initialize: options.dtype must be "float32" or "float64", got null`,
  ],
  [
    'describe dtype null',
    () => api.describeDistribution([2, 2], 'zeros', { dtype: null }),
    TypeError,
    `describeDistribution: options.dtype must be "float32" or "float64", got null`,
  ],
  [
    'constant overflows float32',
    () => api.initialize([2, 2], { name: 'constant', value: 1e39 }),
    RangeError,
    `initialize: value must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1e+39), got 1e+39`,
  ],
  [
    'normal std overflows float32',
    () => api.initialize([2, 2], { name: 'normal', std: 1e39 }, { seed: 0 }),
    RangeError,
    `initialize: std must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1.25907e+40), got 1e+39`,
  ],
  [
    'normal std: the largest draw decides, not std itself',
    () => api.randomNormal([2], { std: 3e37, seed: 0 }),
    RangeError,
    `randomNormal: std must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 3.77721e+38), got 3e+37`,
  ],
  [
    'normal mean overflows float32',
    () => api.randomNormal([2], { mean: -1e39, std: 0, seed: 0 }),
    RangeError,
    `randomNormal: mean must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1e+39), got -1e+39`,
  ],
  [
    'normal std overflows float64',
    () => api.randomNormal([2], { std: 1e308, seed: 0, dtype: 'float64' }),
    RangeError,
    `randomNormal: std must be small enough for float64 (every |value| ≤ 1.7976931348623157e+308; here up to Infinity), got 1e+308`,
  ],
  [
    'uniform bound overflows float32',
    () => api.randomUniform([2], { low: -1e39, seed: 0 }),
    RangeError,
    `randomUniform: low must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1e+39), got -1e+39`,
  ],
  [
    'uniform width overflows float64',
    () => api.randomUniform([2], { low: -1e308, high: 1e308, seed: 0, dtype: 'float64' }),
    RangeError,
    `randomUniform: high must be small enough for float64 (every |value| ≤ 1.7976931348623157e+308; here up to Infinity), got 1e+308`,
  ],
  [
    'truncated std overflows float32 towards an infinite bound',
    () => api.randomTruncatedNormal([2], { std: 3e37, upper: Infinity, seed: 0 }),
    RangeError,
    `randomTruncatedNormal: std must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 4.07721e+38), got 3e+37`,
  ],
  [
    'variance_scaling scale overflows float32',
    () => api.varianceScaling([2, 1], { scale: 1e78, seed: 0 }),
    RangeError,
    `varianceScaling: scale must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 2.27369e+39), got 1e+78`,
  ],
  [
    'identity gain overflows float32',
    () => api.initialize([2, 2], { name: 'identity', gain: 1e39 }),
    RangeError,
    `initialize: gain must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1e+39), got 1e+39`,
  ],
  [
    'orthogonal gain overflows float32',
    () => api.initialize([2, 2], { name: 'orthogonal', gain: 1e39 }, { seed: 0 }),
    RangeError,
    `initialize: gain must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1e+39), got 1e+39`,
  ],
  [
    'describeDistribution applies the same rule',
    () => api.describeDistribution([2, 2], { name: 'constant', value: 1e39 }),
    RangeError,
    `describeDistribution: value must be small enough for float32 (every |value| ≤ 3.4028234663852886e+38; here up to 1e+39), got 1e+39`,
  ],

  [
    'gain null',
    () => api.calculateGain(null),
    TypeError,
    `calculateGain: nonlinearity must be one of ${NONLINEARITIES}, got null`,
  ],
  [
    'gain param null',
    () => api.calculateGain('leaky_relu', null),
    TypeError,
    `calculateGain: param must be a number, got null`,
  ],
  [
    'a null parameter is not the default',
    () => api.randomNormal([2], { seed: 0, std: null }),
    TypeError,
    `randomNormal: std must be a number, got null`,
  ],
];

describe('values inside the dtype: the same parameters are fine where they fit', () => {
  it('float64 takes what float32 cannot; a constant at the float32 maximum is exact', () => {
    expect(api.initialize([2], { name: 'constant', value: 1e39 }, { dtype: 'float64' })).toBeDefined();
    expect(api.initialize([2, 2], { name: 'identity', gain: 1e39 }, { dtype: 'float64' })).toBeDefined();
    const max = init.initialize([1], { name: 'constant', value: 3.4028234663852886e38 });
    expect(max.data[0]).toBe(3.4028234663852886e38);
    const w = init.randomNormal([100_000], { std: 2.7e37, seed: 0 });
    expect(w.data.every(Number.isFinite)).toBe(true);
    // Below the infinite bound's reach: (0 + 1 + 12.5907)·1e37 < 3.4e38.
    expect(init.randomTruncatedNormal([2], { std: 1e37, upper: Infinity, seed: 0 }).data.every(Number.isFinite)).toBe(
      true,
    );
  });
});

describe('errors', () => {
  it.each(cases)('%s', (_title, call, kind, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(kind);
    expect((thrown as Error).constructor).toBe(kind);
    expect((thrown as Error).message).toBe(message);
  });
});
