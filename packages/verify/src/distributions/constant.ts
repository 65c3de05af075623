import { buildDistribution } from '../internal/distributions/buildDistribution.js';
import { formatNumber } from '../internal/formatNumber.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import type { Distribution } from './Distribution.js';

/**
 * The point mass at c: F(x) = 0 for x < c and 1 for x ≥ c, F⁻¹(p) = c; mean c, variance 0,
 * excess kurtosis undefined (absent). What `zeros`, `ones` and `constant` initializers declare; checkSamples tests
 * it by exact equality (every sample === c), not statistically.
 *
 * Reference: the degenerate distribution (Dirac measure δ_c).
 *
 * @param value - c, finite
 * @example
 * constant(0).cdf(-1e-300); // 0
 */
export function constant(value: number): Distribution {
  validateInDomain('constant', 'value', value, 'a finite number');
  return buildDistribution('constant', {
    family: 'constant',
    label: `constant(${formatNumber(value)})`,
    parameters: { value },
    mean: value,
    variance: 0,
    cdf: (x: number) => (x < value ? 0 : 1),
    quantile: () => value,
  });
}
