import { kstwoSf } from '@nninit/verify';

/**
 * The two-sample Kolmogorov–Smirnov test as scipy.stats.ks_2samp(method='asymp') computes it:
 * D = supₓ |F₁(x) − F₂(x)| over the pooled values (ties stepped together), and
 * p = kstwo.sf(D, round(n·m/(n + m))).
 */
export function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): { d: number; p: number } {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i] as number, y[j] as number);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return { d, p: kstwoSf(d, Math.round((x.length * y.length) / (x.length + y.length))) };
}
