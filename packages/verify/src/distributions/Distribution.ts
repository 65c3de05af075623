/**
 * A probability distribution as a plain value: what a sampler declares it draws, and what
 * {@link checkSamples} and the conformance harness test samples against. Built by
 * {@link normal}, {@link uniform}, {@link truncatedNormal}, {@link constant} and
 * {@link sphereCoordinate}; any object of this shape works (every family but 'normal' and
 * 'constant' is tested by KS and the kurtosis-aware variance z-test).
 *
 * The functions are plain properties (no `this`), so `ksTest(samples, d.cdf)` works. Those of
 * the built-in constructors and of {@link defineDistribution} validate their argument (a
 * TypeError for a non-number, a RangeError for NaN or a p outside [0, 1]) and their result.
 *
 * @example
 * const d: Distribution = normal(0, 2);
 * d.variance; // 4
 */
export interface Distribution {
  /** 'normal', 'uniform', 'truncatedNormal', 'constant', 'sphereCoordinate', or a custom family name. */
  readonly family: string;
  /** A short human-readable description, e.g. "normal(mean 0, std 0.5)". */
  readonly label: string;
  /** The parameters the distribution was built from, by name. */
  readonly parameters: Readonly<Record<string, number>>;
  /** E[X]. */
  readonly mean: number;
  /** Var[X]. */
  readonly variance: number;
  /** √Var[X]. */
  readonly std: number;
  /**
   * γ₂ = E[(X − μ)⁴]/σ⁴ − 3 (0 for the normal); absent where it is undefined (a constant) or
   * not declared (a custom family), in which case the variance z-test is skipped.
   */
  readonly excessKurtosis?: number;
  /** F(x) = P(X ≤ x). */
  readonly cdf: (x: number) => number;
  /** The density, for continuous distributions. */
  readonly pdf?: (x: number) => number;
  /** F⁻¹(p) for p in [0, 1] (p in (0, 1) where the support is unbounded, so the result is finite). */
  readonly quantile?: (p: number) => number;
}
