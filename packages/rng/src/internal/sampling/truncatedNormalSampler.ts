import { glibcLog } from '../glibcLog/glibcLog.js';
import type { ElementDraws } from '../philox/ElementDraws.js';
import { zigguratNormal } from '../ziggurat/zigguratNormal.js';
import { robertAlpha, robertLogThreshold } from './robert.js';

const TWO_POW_MINUS_53 = 2 ** -53;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Draws one standard normal conditioned on [low, high] from an element's first draw (a, b) and its further draws. */
export type TruncatedNormalSampler = (a: number, b: number, draws: ElementDraws) => number;

/**
 * Chooses an exact rejection sampler for N(0, 1) truncated to [low, high] (either end may be
 * infinite), following Robert, "Simulation of truncated normal variables", Statistics and
 * Computing 5, 1995:
 *
 * - 0 ∈ [low, high] and high − low ≥ √(2π): propose N(0, 1) (ziggurat), keep if inside; the
 *   acceptance rate is at least 0.48.
 * - 0 ∈ [low, high], narrower: propose U(low, high), accept with probability exp(−z²/2).
 * - low > 0 (high < 0 is mirrored): propose low + Exp(α)/… with α = (low + √(low² + 4))/2 and
 *   accept with probability exp(−(z − α)²/2) (Robert's proposition 2.3), rejecting z > high;
 *   or, when the interval is narrower than Robert's threshold, U(low, high) accepted with
 *   probability exp((low² − z²)/2).
 *
 * Every acceptance test is done in log space with glibc's logarithm, so the bits are the same on
 * every engine. Each element consumes its own draws (see streamLayout.ts).
 */
export function truncatedNormalSampler(low: number, high: number): TruncatedNormalSampler {
  if (high < 0) {
    const mirrored = truncatedNormalSampler(-high, -low);
    return (a, b, draws) => -mirrored(a, b, draws);
  }
  if (low <= 0) {
    if (high - low >= SQRT_2PI) {
      return (a, b, draws) => {
        for (;;) {
          const z = zigguratNormal(a, b, draws);
          if (z >= low && z <= high) return z;
          draws.next();
          a = draws.a;
          b = draws.b;
        }
      };
    }
    return uniformProposal(low, high, 0);
  }
  const alpha = robertAlpha(low);
  // Robert's rule: the uniform proposal wins when high − low < (√e/α)·exp((low² − low·√(low²+4))/4).
  if (glibcLog(high - low) < robertLogThreshold(low, alpha)) return uniformProposal(low, high, low);
  // Beyond 10¹⁵⁴ (where low² overflows), z − α is computed as (E − 1)/α (low − α = −1/α), so the
  // acceptance test never sees an overflowed square; below, the original form keeps the bits.
  const far = low > 1e154;
  return (a, b, draws) => {
    for (;;) {
      const e = -glibcLog(openUniform(a, b));
      const z = low + e / alpha;
      const t = far ? (e - 1) / alpha : z - alpha;
      draws.next();
      if (z <= high && glibcLog(openUniform(draws.a, draws.b)) <= -0.5 * t * t) return z;
      draws.next();
      a = draws.a;
      b = draws.b;
    }
  };
}

/** Propose z ~ U(low, high), accept with probability exp((m² − z²)/2), m the point nearest 0. */
function uniformProposal(low: number, high: number, m: number): TruncatedNormalSampler {
  const width = high - low;
  return (a, b, draws) => {
    for (;;) {
      let z = low + width * (1 - openUniform(a, b));
      if (z > high) z = high; // rounding of low + width·u
      draws.next();
      if (glibcLog(openUniform(draws.a, draws.b)) <= 0.5 * (m * m - z * z)) return z;
      draws.next();
      a = draws.a;
      b = draws.b;
    }
  };
}

/** A uniform in (0, 1] from 64 bits, so its logarithm is finite. */
function openUniform(a: number, b: number): number {
  return 1 - ((a >>> 5) * 67108864 + (b >>> 6)) * TWO_POW_MINUS_53;
}
