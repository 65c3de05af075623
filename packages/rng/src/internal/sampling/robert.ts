import { glibcLog } from '../glibcLog/glibcLog.js';

const LOG_SQRT_2PI = 0.5 * glibcLog(2 * Math.PI);
/** log 2⁻¹⁶: the least interval probability for which plain rejection from N(0, 1) is used. */
const LOG_PLAIN_REJECTION_FLOOR = -16 * glibcLog(2);
/** Above this, low² overflows float64 (√(max float64) ≈ 1.34e154); Robert's α is then low itself. */
const SQUARE_OVERFLOW = 1e154;

/**
 * The rate of Robert's exponential proposal for the tail [low, ∞), low > 0:
 * α* = (low + √(low² + 4))/2 (Robert 1995, proposition 2.3), computed without overflow: for
 * low > 10¹⁵⁴ the exact α* = low + 1/low + O(low⁻³) rounds to low.
 */
export function robertAlpha(low: number): number {
  return low > SQUARE_OVERFLOW ? low : (low + Math.sqrt(low * low + 4)) / 2;
}

/**
 * log of Robert's width threshold below which a uniform proposal beats the exponential one on
 * [low, high], low > 0: (√e/α)·exp((low² − low·√(low² + 4))/4) (Robert 1995, section 2.2). The
 * exponent equals −low/(2α), which is how it is computed once low² would overflow.
 */
export function robertLogThreshold(low: number, alpha: number): number {
  return low > SQUARE_OVERFLOW
    ? 0.5 - glibcLog(alpha) - low / (2 * alpha)
    : 0.5 - glibcLog(alpha) + (low * low - low * Math.sqrt(low * low + 4)) / 4;
}

/**
 * Whether plain rejection from N(0, 1) has acceptance probability at least 2⁻¹⁶ on [low, high],
 * decided from a lower bound of P(low ≤ Z ≤ high) that needs only glibc's logarithm (so every
 * engine decides alike): P ≥ |J|·φ(M), J the part of [low, high] within d of the point m nearest
 * 0 (d = 1/(1 + |m|), the tail's scale), M the largest |z| on J.
 */
export function plainRejectionSuffices(low: number, high: number): boolean {
  if (high < 0) return plainRejectionSuffices(-high, -low);
  let width: number;
  let farthest: number;
  if (low >= 0) {
    width = Math.min(high - low, 1 / (1 + low));
    farthest = low + width;
  } else {
    const top = Math.min(high, 1);
    const bottom = Math.max(low, -1);
    width = top - bottom;
    farthest = Math.max(top, -bottom);
  }
  return glibcLog(width) - 0.5 * farthest * farthest - LOG_SQRT_2PI >= LOG_PLAIN_REJECTION_FLOOR;
}

/**
 * An exact sampler of N(0, 1) conditioned on [low, high] (low < high, either end infinite) with
 * bounded expected cost, drawing from `uniform` (values in (0, 1]), after Robert, "Simulation of
 * truncated normal variables", Statistics and Computing 5, 1995:
 *
 * - low > 0 (high < 0 mirrored) and the interval wider than {@link robertLogThreshold}: z = low + E/α
 *   with E = −log u₁ (proposition 2.3), kept when z ≤ high and log u₂ ≤ −(z − α)²/2. Since
 *   low − α = −1/α, z − α = (E − 1)/α: no overflow and no cancellation however far the tail.
 *   Acceptance is at least 1 − e⁻¹ for the width test times Robert's bound (≥ 0.76 for low ≥ 0).
 * - low > 0 and narrower: z = low + (high − low)·(1 − u₁), kept when log u₂ ≤ (low² − z²)/2,
 *   computed as −(z − low)(z + low)/2.
 * - 0 ∈ [low, high], narrower than √(2π): z uniform on [low, high], kept when log u₂ ≤ −z²/2
 *   (acceptance ≥ e^{−π}).
 * - 0 ∈ [low, high], at least √(2π) wide: `normal()` until one falls inside (acceptance ≥ 0.49).
 *
 * Each attempt consumes two uniforms (the last case one normal); every logarithm is glibc's.
 */
export function robertSampler(low: number, high: number): (uniform: () => number, normal: () => number) => number {
  if (high < 0) {
    const mirrored = robertSampler(-high, -low);
    return (uniform, normal) => -mirrored(uniform, () => -normal());
  }
  if (low <= 0) {
    if (high - low >= Math.sqrt(2 * Math.PI)) {
      return (_uniform, normal) => {
        for (;;) {
          const z = normal();
          if (z >= low && z <= high) return z;
        }
      };
    }
    return uniformProposal(low, high, 0);
  }
  const alpha = robertAlpha(low);
  if (glibcLog(high - low) < robertLogThreshold(low, alpha)) return uniformProposal(low, high, low);
  return (uniform) => {
    for (;;) {
      const e = -glibcLog(uniform());
      const z = low + e / alpha;
      const t = (e - 1) / alpha;
      if (glibcLog(uniform()) <= -0.5 * t * t && z <= high) return z;
    }
  };
}

function uniformProposal(
  low: number,
  high: number,
  m: number,
): (uniform: () => number, normal: () => number) => number {
  const width = high - low;
  return (uniform) => {
    for (;;) {
      let z = low + width * (1 - uniform());
      if (z > high) z = high;
      if (glibcLog(uniform()) <= -0.5 * (z - m) * (z + m)) return z;
    }
  };
}
