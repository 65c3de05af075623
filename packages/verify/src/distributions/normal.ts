import { standardNormalCdf } from '@nninit/internal';
import { buildDistribution } from '../internal/distributions/buildDistribution.js';
import { formatNumber } from '../internal/formatNumber.js';
import { standardNormalQuantile } from '../internal/special/standardNormalQuantile.js';
import { validateInDomain } from '../internal/validateInDomain.js';
import { validateScale } from '../internal/validateScale.js';
import type { Distribution } from './Distribution.js';

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * The normal distribution N(μ, σ²): F(x) = Φ((x − μ)/σ), f(x) = e^(−(x−μ)²/(2σ²))/(σ√(2π)),
 * F⁻¹(p) = μ + σ·Φ⁻¹(p) for p in (0, 1); mean μ, variance σ², excess kurtosis 0. Φ is Cody's rational
 * approximation (~1e-15 relative in both tails, not a 4-digit table), Φ⁻¹ Wichura's AS 241.
 * What He, Glorot and LeCun normal initializers declare (σ = gain/√fan).
 *
 * Reference: Cody (1969), Math. Comp. 23; Wichura (1988), Appl. Statist. 37, AS 241.
 *
 * @param mean - μ, finite
 * @param std - σ in [1e-150, 1e150], so that σ² and 1/σ are finite and positive
 * @example
 * normal(0, 1).cdf(-10); // 7.619853024160527e-24
 * normal(1, 2).quantile(0.5); // 1
 */
export function normal(mean: number, std: number): Distribution {
  validateInDomain('normal', 'mean', mean, 'a finite number');
  validateScale('normal', 'std', std);
  return buildDistribution('normal', {
    family: 'normal',
    label: `normal(mean ${formatNumber(mean)}, std ${formatNumber(std)})`,
    parameters: { mean, std },
    mean,
    variance: std * std,
    excessKurtosis: 0,
    cdf: (x: number) => standardNormalCdf((x - mean) / std),
    pdf: (x: number) => {
      const z = (x - mean) / std;
      return (INV_SQRT_2PI / std) * Math.exp(-0.5 * z * z);
    },
    quantile: (p: number) => mean + std * standardNormalQuantile(p),
  });
}
