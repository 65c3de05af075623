import type { ConformanceSubject } from './ConformanceSubject.js';

const iid = (
  name: string,
  title: string,
  initialization: ConformanceSubject['initialization'],
  source: ConformanceSubject['source'],
): ConformanceSubject => ({ name, title, initialization, source, kind: 'iid' });

/**
 * The suite: every built-in initializer of @nninit/init, with its default parameters and with
 * the parameters that change its formula (fan mode, nonlinearity, gain, truncation, scale),
 * drawing float32 and float64 from Philox seeds and float64 from numpy's RandomState stream.
 * The 14 i.i.d. initializers go through verify's harness on generated dense and convolution
 * shapes; orthogonal, delta_orthogonal, identity, dirac and sparse get exact structural checks
 * (and statistical ones where their entries have a law: Haar for orthogonal, the nonzeros of
 * sparse).
 *
 * @example
 * ```ts
 * new Set(conformanceSubjects.map((s) => s.name)).size; // 19, the registry's canonical names
 * ```
 */
export const conformanceSubjects: readonly ConformanceSubject[] = Object.freeze([
  iid('zeros', 'zeros', 'zeros', 'float32'),
  iid('ones', 'ones', 'ones', 'float64'),
  iid('constant', 'constant −0.25', { name: 'constant', value: -0.25 }, 'float32'),
  iid('random', 'random (scale 0.01)', 'random', 'float32'),
  iid('random', "random scale 10 (the notebook's)", { name: 'random', scale: 10 }, 'RandomState'),
  iid('normal', 'normal mean 0.5 std 2', { name: 'normal', mean: 0.5, std: 2 }, 'float64'),
  iid('uniform', 'uniform [0, 0.5)', { name: 'uniform', low: 0, high: 0.5 }, 'float32'),
  iid('truncated_normal', 'truncated_normal ±2 std', 'truncated_normal', 'float64'),
  iid(
    'truncated_normal',
    'truncated_normal mean 1 std 0.5, a −1 b 3 (in std)',
    { name: 'truncated_normal', mean: 1, std: 0.5, a: -1, b: 3 },
    'float32',
  ),
  iid('he_normal', 'he (fan_in, relu)', 'he', 'float32'),
  iid('he_normal', 'he (fan_in, relu)', 'he', 'RandomState'),
  iid('he_normal', 'he_normal fan_out tanh', { name: 'he_normal', nonlinearity: 'tanh', mode: 'fan_out' }, 'float32'),
  iid(
    'he_normal',
    'kaiming_normal leaky_relu 0.2',
    { name: 'kaiming_normal', nonlinearity: 'leaky_relu', param: 0.2 },
    'float64',
  ),
  iid('he_uniform', 'he_uniform (fan_in)', 'he_uniform', 'float32'),
  iid('he_uniform', 'kaiming_uniform fan_out', { name: 'kaiming_uniform', mode: 'fan_out' }, 'float64'),
  iid('glorot_normal', 'xavier', 'xavier', 'float32'),
  iid('glorot_uniform', 'glorot_uniform gain 5/3', { name: 'glorot_uniform', gain: 5 / 3 }, 'float32'),
  iid('lecun_normal', 'lecun_normal', 'lecun_normal', 'float64'),
  iid('lecun_uniform', 'lecun_uniform', 'lecun_uniform', 'float32'),
  iid('variance_scaling', 'variance_scaling (Keras: truncated, fan_in)', 'variance_scaling', 'float32'),
  iid(
    'variance_scaling',
    'variance_scaling scale 2 (Keras he_normal)',
    { name: 'variance_scaling', scale: 2 },
    'float64',
  ),
  iid(
    'variance_scaling',
    'variance_scaling fan_avg normal',
    { name: 'variance_scaling', mode: 'fan_avg', distribution: 'normal' },
    'float32',
  ),
  iid(
    'variance_scaling',
    'variance_scaling fan_out uniform scale 0.5',
    { name: 'variance_scaling', scale: 0.5, mode: 'fan_out', distribution: 'uniform' },
    'float64',
  ),
  { name: 'orthogonal', title: 'orthogonal', initialization: 'orthogonal', source: 'float64', kind: 'orthogonal' },
  {
    name: 'orthogonal',
    title: 'orthogonal gain 2',
    initialization: { name: 'orthogonal', gain: 2 },
    source: 'float32',
    kind: 'orthogonal',
  },
  {
    name: 'delta_orthogonal',
    title: 'delta_orthogonal',
    initialization: 'delta_orthogonal',
    source: 'float64',
    kind: 'delta_orthogonal',
  },
  { name: 'identity', title: 'identity', initialization: 'identity', source: 'float32', kind: 'identity' },
  {
    name: 'identity',
    title: 'eye gain 0.5',
    initialization: { name: 'eye', gain: 0.5 },
    source: 'float64',
    kind: 'identity',
  },
  { name: 'dirac', title: 'dirac', initialization: 'dirac', source: 'float32', kind: 'dirac' },
  {
    name: 'dirac',
    title: 'dirac groups 2',
    initialization: { name: 'dirac', groups: 2 },
    source: 'float64',
    kind: 'dirac',
  },
  {
    name: 'sparse',
    title: 'sparse 10 %',
    initialization: { name: 'sparse', sparsity: 0.1 },
    source: 'float32',
    kind: 'sparse',
  },
  {
    name: 'sparse',
    title: 'sparse 50 % std 1',
    initialization: { name: 'sparse', sparsity: 0.5, std: 1 },
    source: 'float64',
    kind: 'sparse',
  },
]);
