import { fail, validateOptions } from '@nninit/internal';
import { buildDistribution } from '../internal/distributions/buildDistribution.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import type { Distribution } from './Distribution.js';

/**
 * What {@link defineDistribution} takes: a custom family's name, its moments and its functions.
 *
 * @example
 * const laplace: DistributionDefinition = { family: 'laplace', mean: 0, variance: 2, excessKurtosis: 3, cdf: (x) => (x < 0 ? Math.exp(x) / 2 : 1 - Math.exp(-x) / 2) };
 */
export interface DistributionDefinition {
  /** A non-empty name; not one of the built-in families' names. */
  readonly family: string;
  /** A short description for reports (default: the family). */
  readonly label?: string;
  /** The parameters, by name, each a finite number (default none). */
  readonly parameters?: Readonly<Record<string, number>>;
  /** E[X], finite. */
  readonly mean: number;
  /** Var[X], finite and positive. */
  readonly variance: number;
  /** γ₂ = E[(X − μ)⁴]/σ⁴ − 3, finite and > −2; without it the variance z-test is skipped. */
  readonly excessKurtosis?: number;
  /** F(x) = P(X ≤ x), non-decreasing from 0 to 1. */
  readonly cdf: (x: number) => number;
  readonly pdf?: (x: number) => number;
  readonly quantile?: (p: number) => number;
}

const KEYS = ['family', 'label', 'parameters', 'mean', 'variance', 'excessKurtosis', 'cdf', 'pdf', 'quantile'] as const;
const BUILT_IN = ['normal', 'uniform', 'truncatedNormal', 'truncated_normal', 'constant', 'sphereCoordinate'];

/**
 * A {@link Distribution} of a custom family, for a sampler whose law has no built-in
 * constructor: the definition is validated (unknown keys, a non-finite or non-positive
 * variance, an excess kurtosis ≤ −2, which no law has since γ₂ ≥ −2 by the Cauchy–Schwarz
 * inequality), and the methods of the result validate their argument and their result as the
 * built-ins' do: `cdf('1')` is a TypeError, `quantile(1.5)` a RangeError, and a user cdf that
 * returns NaN or 1.2 is a RangeError naming the point, not a silent NaN. checkSamples tests such
 * a law by KS and, when `excessKurtosis` is given, the kurtosis-aware variance z-test.
 *
 * Reference: Pearson (1916) for the bound γ₂ ≥ −2 (β₂ ≥ 1 + β₁ ≥ 1).
 *
 * @example
 * const d = defineDistribution({ family: 'laplace', mean: 0, variance: 2, excessKurtosis: 3, cdf: (x) => (x < 0 ? Math.exp(x) / 2 : 1 - Math.exp(-x) / 2) });
 * d.cdf(0); // 0.5
 * d.std; // 1.4142135623730951
 */
export function defineDistribution(definition: DistributionDefinition): Distribution {
  const fn = 'defineDistribution';
  const d = validateOptions(fn, definition, KEYS, 'definition');
  if (typeof d.family !== 'string') throw fail(TypeError, fn, 'definition.family', 'a non-empty string', d.family);
  if (d.family === '' || BUILT_IN.includes(d.family)) {
    throw fail(RangeError, fn, 'definition.family', 'a non-empty name other than a built-in family', d.family);
  }
  if (d.label !== undefined && typeof d.label !== 'string') {
    throw fail(TypeError, fn, 'definition.label', 'a string or undefined', d.label);
  }
  const parameters: Record<string, number> = {};
  if (d.parameters !== undefined) {
    if (typeof d.parameters !== 'object' || d.parameters === null || Array.isArray(d.parameters)) {
      throw fail(TypeError, fn, 'definition.parameters', 'an object of finite numbers', d.parameters);
    }
    for (const [key, value] of Object.entries(d.parameters)) {
      parameters[key] = validateInDomain(fn, `definition.parameters.${key}`, value, 'a finite number');
    }
  }
  const mean = validateInDomain(fn, 'definition.mean', d.mean, 'a finite number');
  const variance = validateInDomain(fn, 'definition.variance', d.variance, 'a positive finite number', (v) => v > 0);
  const excessKurtosis =
    d.excessKurtosis === undefined
      ? undefined
      : validateInDomain(fn, 'definition.excessKurtosis', d.excessKurtosis, 'a finite number > -2', (k) => k > -2);
  for (const method of ['cdf', 'pdf', 'quantile'] as const) {
    const f = d[method];
    if ((method === 'cdf' || f !== undefined) && typeof f !== 'function') {
      throw fail(TypeError, fn, `definition.${method}`, method === 'cdf' ? 'a function' : 'a function or undefined', f);
    }
  }
  return buildDistribution(d.family, {
    family: d.family,
    label: d.label ?? d.family,
    parameters,
    mean,
    variance,
    ...(excessKurtosis === undefined ? {} : { excessKurtosis }),
    cdf: d.cdf as (x: number) => number,
    ...(d.pdf === undefined ? {} : { pdf: d.pdf }),
    ...(d.quantile === undefined ? {} : { quantile: d.quantile }),
  });
}
