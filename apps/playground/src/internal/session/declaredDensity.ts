import type { InitDistribution } from '@nninit/init';
import type { DeclaredDensity } from './Snapshot.js';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Φ(x), by the Abramowitz–Stegun 7.1.26 erf (|error| < 1.5e-7): enough to scale a drawn curve. */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The density an initializer declares (`describeDistribution`), sampled at `points` abscissae
 * over [lo, hi] for drawing over a weight histogram: normal, uniform and truncated normal
 * densities; a constant as its value; structured initializers (orthogonal, …) by name only.
 */
export function declaredDensity(d: InitDistribution, lo: number, hi: number, points = 121): DeclaredDensity {
  switch (d.family) {
    case 'constant':
      return { kind: 'constant', label: `constant ${d.value}`, value: d.value };
    case 'normal':
    case 'uniform':
    case 'truncated_normal': {
      const x = new Float64Array(points),
        y = new Float64Array(points);
      for (let i = 0; i < points; i++) x[i] = lo + ((hi - lo) * i) / (points - 1);
      if (d.family === 'uniform') {
        for (let i = 0; i < points; i++) {
          const v = x[i] as number;
          y[i] = v >= d.low && v < d.high ? 1 / (d.high - d.low) : 0;
        }
        return { kind: 'density', label: `U[${d.low.toPrecision(3)}, ${d.high.toPrecision(3)})`, x, y };
      }
      const mass =
        d.family === 'normal' ? 1 : normalCdf((d.high - d.mean) / d.std) - normalCdf((d.low - d.mean) / d.std);
      for (let i = 0; i < points; i++) {
        const v = x[i] as number;
        const inside = d.family === 'normal' || (v >= d.low && v <= d.high);
        y[i] = inside ? Math.exp(-(((v - d.mean) / d.std) ** 2) / 2) / (d.std * SQRT_2PI * mass) : 0;
      }
      const name = d.family === 'normal' ? 'N' : 'truncated N';
      return { kind: 'density', label: `${name}(${d.mean}, ${d.std.toPrecision(3)}²)`, x, y };
    }
    default:
      return { kind: 'structured', label: `${d.family} (structured: no i.i.d. density)` };
  }
}
