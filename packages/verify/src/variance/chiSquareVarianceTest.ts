import { incompleteGamma } from '../internal/special/incompleteGamma.js';
import { sidedPValue, varianceTestCore } from '../internal/variance/varianceTestCore.js';

/**
 * Options of {@link chiSquareVarianceTest}.
 *
 * @example
 * chiSquareVarianceTest([1, 3], 1, { mean: 'estimated' }).df; // 1
 */
export interface ChiSquareVarianceOptions {
  /** The known mean (default 0), or 'estimated' to use the sample mean (one degree of freedom less). */
  readonly mean?: number | 'estimated';
  /** 'two-sided' (default), 'greater' (variance above the hypothesis) or 'less'. */
  readonly alternative?: 'two-sided' | 'less' | 'greater';
}

/**
 * Result of {@link chiSquareVarianceTest}.
 *
 * @example
 * chiSquareVarianceTest([3, 5], 1, { mean: 4 }).sampleVariance; // 1  (Σ(x − 4)²/2)
 */
export interface ChiSquareVarianceResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly df: number;
  /** Σ(x − m)²/df, the variance estimate the statistic compares with σ². */
  readonly sampleVariance: number;
}

/**
 * Chi-square test that normal samples have variance σ²: X = Σ(xᵢ − μ)²/σ² ~ χ²ₙ with the mean
 * known, or Σ(xᵢ − x̄)²/σ² ~ χ²ₙ₋₁ with it estimated. The p-value is exact under a normal
 * hypothesis: P(χ² ≤ X) = P(df/2, X/2) and P(χ² ≥ X) = Q(df/2, X/2) (regularized incomplete
 * gamma, ~1e-13 relative up to df = 1e7); two-sided p = min(1, 2·min(P, Q)). It tests the
 * *scale*, 6-8x more sample-efficient than KS for a scale error; only valid for normal
 * hypotheses (use {@link varianceZTest} for others).
 *
 * Reference: Cochran's theorem; e.g. Casella & Berger, Statistical Inference, Thm 5.3.1.
 *
 * @param variance - the hypothesized σ² > 0
 * @example
 * chiSquareVarianceTest([1, -1, 2, -2], 2.5); // { statistic: 4, pValue: 0.8120116994196767, df: 4, sampleVariance: 2.5 }
 */
export function chiSquareVarianceTest(
  samples: ArrayLike<number>,
  variance: number,
  options?: ChiSquareVarianceOptions,
): ChiSquareVarianceResult {
  const {
    variance: sigma2,
    alternative,
    sum,
    df,
  } = varianceTestCore('chiSquareVarianceTest', samples, variance, options, ['mean', 'alternative']);
  const statistic = sum / sigma2;
  const { p, q } = incompleteGamma(df / 2, statistic / 2);
  const pValue = sidedPValue(alternative, p, q);
  return { statistic, pValue, df, sampleVariance: sum / df };
}
