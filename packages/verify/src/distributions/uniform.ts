import { fail } from '@nninit/internal';
import { buildDistribution } from '../internal/distributions/buildDistribution.js';
import { formatNumber } from '../internal/formatNumber.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { SCALE_RANGE } from '../internal/validateScale.js';
import type { Distribution } from './Distribution.js';

/**
 * The continuous uniform distribution U(a, b): F(x) = (x − a)/(b − a) on [a, b], f = 1/(b − a),
 * F⁻¹(p) = a + p(b − a); mean (a + b)/2, variance (b − a)²/12, excess kurtosis −6/5. What He,
 * Glorot and LeCun uniform initializers declare (bound = gain·√(3/fan)).
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 2, ch. 26.
 *
 * @param low - a, finite
 * @param high - b > a, finite, with b − a in [1e-150, 1e150] (so the variance is finite and positive)
 * @example
 * uniform(-1, 1).variance; // 0.3333333333333333
 */
export function uniform(low: number, high: number): Distribution {
  validateInDomain('uniform', 'low', low, 'a finite number');
  validateInDomain('uniform', 'high', high, 'a finite number');
  if (!(high > low)) throw fail(RangeError, 'uniform', 'high', `greater than low (${low})`, high);
  // high − low overflows to Infinity for uniform(-1e308, 1e308), and its square for any width
  // above 1.3e154: the width is held to the scale range, so (high − low)²/12 is finite and positive.
  const width = high - low;
  if (!(width >= SCALE_RANGE[0] && width <= SCALE_RANGE[1])) {
    throw fail(
      RangeError,
      'uniform',
      'high',
      `such that high − low is in [1e-150, 1e150] (so that the variance (high − low)²/12 is finite and positive; low = ${low})`,
      high,
    );
  }
  return buildDistribution('uniform', {
    family: 'uniform',
    label: `uniform(low ${formatNumber(low)}, high ${formatNumber(high)})`,
    parameters: { low, high },
    mean: low + width / 2,
    variance: (width * width) / 12,
    excessKurtosis: -6 / 5,
    cdf: (x: number) => (x <= low ? 0 : x >= high ? 1 : (x - low) / width),
    pdf: (x: number) => (x >= low && x <= high ? 1 / width : 0),
    quantile: (p: number) => Math.min(high, low + p * width),
  });
}
