import { formatValue } from '@nninit/internal';
import { parameter } from '../Definition.js';
import type { Nonlinearity } from '../nonlinearity.js';
import { numberParam, positiveParam, validateOrdered } from '../validateParameters.js';
import { dialect } from './Dialect.js';

const SOURCE = 'torch/nn/init.py';

/**
 * PyTorch's `kaiming_*_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')`: gain =
 * `calculate_gain(nonlinearity, a)`, so `a` is the leaky_relu negative slope. PyTorch passes `a`
 * to every nonlinearity and `calculate_gain` ignores it for the others; here an `a` other than 0
 * for another nonlinearity is a RangeError (0 is relu's slope, so `a: 0` with 'relu' is consistent).
 */
function kaimingConvert(fn: string, p: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const nonlinearity = p['nonlinearity'] === undefined ? 'leaky_relu' : p['nonlinearity'];
  const a = p['a'];
  if (nonlinearity === 'leaky_relu') return { nonlinearity, mode: p['mode'], param: a === undefined ? 0 : a };
  if (a !== undefined && !(a === 0 && nonlinearity === 'relu')) {
    throw new RangeError(
      `${fn}: a must be undefined for nonlinearity ${formatValue(nonlinearity)} (a is the negative slope of "leaky_relu"; PyTorch ignores it for the others, nninit rejects it), got ${formatValue(a)}`,
    );
  }
  return { nonlinearity, mode: p['mode'] };
}

const KAIMING_PARAMETERS = {
  a: parameter<number>(),
  mode: parameter<'fan_in' | 'fan_out'>(),
  nonlinearity: parameter<Nonlinearity>(),
};

const TRUNC_NOTE =
  'PyTorch\'s trunc_normal_ takes absolute bounds a, b: write { name: "trunc_normal_", mean, std, a, b } for those; truncated_normal\'s bounds are lower and upper, in units of std around the mean (default −2, 2)';

/**
 * Every `torch.nn.init` initializer, spelled with its trailing underscore, with PyTorch's
 * parameter names and defaults (torch/nn/init.py). `tensor` is the shape argument, `generator`
 * is `rng` or `seed`.
 */
export const PYTORCH_DIALECT = [
  dialect({
    spelling: 'zeros_',
    framework: 'PyTorch',
    canonical: 'zeros',
    parameters: {},
    reference: `${SOURCE}: zeros_`,
    draws: 'constant 0',
  }),
  dialect({
    spelling: 'ones_',
    framework: 'PyTorch',
    canonical: 'ones',
    parameters: {},
    reference: `${SOURCE}: ones_`,
    draws: 'constant 1',
  }),
  dialect({
    spelling: 'constant_',
    framework: 'PyTorch',
    canonical: 'constant',
    parameters: { val: parameter<number>() },
    renames: { val: 'value' },
    reference: `${SOURCE}: constant_(tensor, val)`,
    draws: 'constant `val` (required)',
  }),
  dialect({
    spelling: 'normal_',
    framework: 'PyTorch',
    canonical: 'normal',
    parameters: { mean: parameter<number>(), std: parameter<number>() },
    reference: `${SOURCE}: normal_(tensor, mean=0.0, std=1.0)`,
    draws: 'N(mean, std²), `mean` 0, `std` 1',
  }),
  dialect({
    spelling: 'uniform_',
    framework: 'PyTorch',
    canonical: 'uniform',
    parameters: { a: parameter<number>(), b: parameter<number>() },
    renames: { a: 'low', b: 'high' },
    reference: `${SOURCE}: uniform_(tensor, a=0.0, b=1.0)`,
    draws: 'U[a, b), `a` 0, `b` 1; a = b is the constant a',
  }),
  dialect({
    spelling: 'trunc_normal_',
    framework: 'PyTorch',
    canonical: 'truncated_normal',
    parameters: { mean: parameter<number>(), std: parameter<number>(), a: parameter<number>(), b: parameter<number>() },
    // lower = (a − mean)/std, upper = (b − mean)/std: the same interval. The canonical plan's
    // bounds mean + lower·std are a and b to within an ulp of float64, not always exactly (a = −2.8
    // with std 0.02 becomes −2.8000000000000003: no double lower gives −2.8 back), a difference
    // float32 output cannot show.
    convert: (fn, p) => {
      const mean = numberParam(fn, 'mean', p['mean'], 0);
      const std = positiveParam(fn, 'std', p['std'], 1);
      const a = numberParam(fn, 'a', p['a'], -2, true);
      const b = numberParam(fn, 'b', p['b'], 2, true);
      validateOrdered(fn, 'a', a, 'b', b);
      return { mean, std, lower: (a - mean) / std, upper: (b - mean) / std };
    },
    notes: { a: TRUNC_NOTE, b: TRUNC_NOTE },
    reference: `${SOURCE}: trunc_normal_(tensor, mean=0.0, std=1.0, a=-2.0, b=2.0)`,
    draws:
      'N(mean, std²) on [a, b], **a and b absolute** (`mean` 0, `std` 1, `a` −2, `b` 2): `{ std: 0.02 }` cuts at ±2 = ±100σ, effectively untruncated, as in PyTorch',
  }),
  dialect({
    spelling: 'xavier_normal_',
    framework: 'PyTorch',
    canonical: 'glorot_normal',
    parameters: { gain: parameter<number>() },
    reference: `${SOURCE}: xavier_normal_(tensor, gain=1.0)`,
    draws: 'N(0, gain²·2/(fanIn + fanOut)), untruncated; gain 0 gives zeros',
  }),
  dialect({
    spelling: 'xavier_uniform_',
    framework: 'PyTorch',
    canonical: 'glorot_uniform',
    parameters: { gain: parameter<number>() },
    reference: `${SOURCE}: xavier_uniform_(tensor, gain=1.0)`,
    draws: 'U[−gain·√(6/(fanIn + fanOut)), +…); gain 0 gives zeros',
  }),
  dialect({
    spelling: 'kaiming_normal_',
    framework: 'PyTorch',
    canonical: 'he_normal',
    parameters: KAIMING_PARAMETERS,
    renames: { a: 'param' },
    convert: kaimingConvert,
    reference: `${SOURCE}: kaiming_normal_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')`,
    draws:
      "N(0, gain²/fan), untruncated, gain = calculate_gain(nonlinearity, a): defaults 'leaky_relu' with a = 0, so √2; `mode` 'fan_in'",
  }),
  dialect({
    spelling: 'kaiming_uniform_',
    framework: 'PyTorch',
    canonical: 'he_uniform',
    parameters: KAIMING_PARAMETERS,
    renames: { a: 'param' },
    convert: kaimingConvert,
    reference: `${SOURCE}: kaiming_uniform_(tensor, a=0, mode='fan_in', nonlinearity='leaky_relu')`,
    draws: 'U[−√(3·gain²/fan), +…), gain and fan as kaiming_normal_',
  }),
  dialect({
    spelling: 'orthogonal_',
    framework: 'PyTorch',
    canonical: 'orthogonal',
    parameters: { gain: parameter<number>() },
    reference: `${SOURCE}: orthogonal_(tensor, gain=1)`,
    draws:
      'gain·Q (Haar, sign-corrected QR) on the shape[0] × rest flattening; a negative gain gives −|gain|·Q, 0 zeros',
  }),
  dialect({
    spelling: 'eye_',
    framework: 'PyTorch',
    canonical: 'identity',
    parameters: {},
    fixed: { gain: 1 },
    reference: `${SOURCE}: eye_(tensor)`,
    draws: '1 on the main diagonal of a 2-D matrix, 0 elsewhere (torch.eye)',
  }),
  dialect({
    spelling: 'dirac_',
    framework: 'PyTorch',
    canonical: 'dirac',
    parameters: { groups: parameter<number>() },
    reference: `${SOURCE}: dirac_(tensor, groups=1)`,
    draws: '1 at [g·out/groups + d, d, centre] for d < min(out/groups, in), 0 elsewhere (3- to 5-D)',
  }),
  dialect({
    spelling: 'sparse_',
    framework: 'PyTorch',
    canonical: 'sparse',
    parameters: { sparsity: parameter<number>(), std: parameter<number>() },
    reference: `${SOURCE}: sparse_(tensor, sparsity, std=0.01)`,
    draws: 'N(0, std²), then ⌈sparsity·rows⌉ zeros per column; `sparsity` required, `std` 0.01',
  }),
] as const;
