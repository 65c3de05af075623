import { fail } from '@nninit/internal';
import { formatNumber } from '../internal/formatNumber.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import type { Distribution } from './Distribution.js';

/**
 * The continuous uniform distribution U(a, b): F(x) = (x − a)/(b − a) on [a, b], f = 1/(b − a),
 * F⁻¹(p) = a + p(b − a); mean (a + b)/2, variance (b − a)²/12, excess kurtosis −6/5. What He,
 * Glorot and LeCun uniform initializers declare (bound = gain·√(3/fan)).
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions vol. 2, ch. 26.
 *
 * @param low - a, finite
 * @param high - b > a, finite
 * @example
 * uniform(-1, 1).variance; // 0.3333333333333333
 */
export function uniform(low: number, high: number): Distribution {
  validateInDomain('uniform', 'low', low, 'a finite number');
  validateInDomain('uniform', 'high', high, 'a finite number');
  if (!(high > low)) throw fail(RangeError, 'uniform', 'high', `greater than low (${low})`, high);
  const width = high - low;
  return Object.freeze({
    family: 'uniform',
    label: `uniform(low ${formatNumber(low)}, high ${formatNumber(high)})`,
    parameters: Object.freeze({ low, high }),
    mean: low + width / 2,
    variance: (width * width) / 12,
    std: width / Math.sqrt(12),
    excessKurtosis: -6 / 5,
    cdf: (x: number) => (x <= low ? 0 : x >= high ? 1 : (x - low) / width),
    pdf: (x: number) => (x >= low && x <= high ? 1 / width : 0),
    quantile: (p: number) => (p >= 0 && p <= 1 ? Math.min(high, low + p * width) : NaN),
  });
}
