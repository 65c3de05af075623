import { standardNormalCdf } from '@nninit/internal';
import { validateInDomain } from '../internal/validateInDomain.js';
import { sidedPValue, varianceTestCore } from '../internal/variance/varianceTestCore.js';

/**
 * Options of {@link varianceZTest}.
 *
 * @example
 * varianceZTest([1, -1], 1, { excessKurtosis: -1.2, alternative: 'greater' }).statistic; // 0
 */
export interface VarianceZTestOptions {
  /** Excess kurtosis γ₂ = μ₄/σ⁴ − 3 of the hypothesis (default 0, normal; uniform −6/5); > −2. */
  readonly excessKurtosis?: number;
  /** The known mean (default 0), or 'estimated' to use the sample mean. */
  readonly mean?: number | 'estimated';
  /** 'two-sided' (default), 'greater' (variance above the hypothesis) or 'less'. */
  readonly alternative?: 'two-sided' | 'less' | 'greater';
}

/**
 * Result of {@link varianceZTest}: z, its p-value and the variance estimate it compares.
 *
 * @example
 * varianceZTest([2, -2], 1).sampleVariance; // 4
 */
export interface VarianceZTestResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly sampleVariance: number;
}

/**
 * Kurtosis-aware z-test that samples of any distribution with finite fourth moment have variance
 * σ²: z = (s² − σ²)/√Var(s²), with the exact Var(s²) of the hypothesis,
 * σ⁴(2 + γ₂)/n for s² = Σ(xᵢ − μ)²/n (mean known) and σ⁴(2/(n − 1) + γ₂/n) for the unbiased
 * s² (mean estimated); p from the standard normal (two-sided 2Φ(−|z|)). For uniform and
 * truncated-normal hypotheses, where the chi-square law does not hold; the normal approximation
 * needs n in the thousands for tail p-values (checkSamples skips it below 1000 samples).
 *
 * Reference: Casella & Berger, Statistical Inference, Exercise 5.8 (variance of s²);
 * O'Neill (2014), "Some useful moment results in sampling problems", Am. Stat. 68(4), Result 3.
 *
 * @param variance - the hypothesized σ² > 0
 * @example
 * varianceZTest([1, -1, 1, -1], 1 / 3, { excessKurtosis: -1.2 }); // { statistic: 4.4721359549995805, pValue: 0.000007744216431044043, sampleVariance: 1 }
 */
export function varianceZTest(
  samples: ArrayLike<number>,
  variance: number,
  options?: VarianceZTestOptions,
): VarianceZTestResult {
  const fn = 'varianceZTest';
  const core = varianceTestCore(fn, samples, variance, options, ['excessKurtosis', 'mean', 'alternative']);
  const kurtosis = validateInDomain(
    fn,
    'options.excessKurtosis',
    core.options.excessKurtosis ?? 0,
    'a finite number > -2',
    (v) => v > -2,
  );
  const { n, sum, df, variance: sigma2 } = core;
  const sampleVariance = sum / df;
  const relativeVariance = core.mean === 'estimated' ? 2 / (n - 1) + kurtosis / n : (2 + kurtosis) / n;
  const statistic = (sampleVariance - sigma2) / (sigma2 * Math.sqrt(relativeVariance));
  const pValue = sidedPValue(core.alternative, standardNormalCdf(statistic), standardNormalCdf(-statistic));
  return { statistic, pValue, sampleVariance };
}
