import { ldexp } from './ldexp.js';

const SCALE_UP = 2 ** 128;
const SCALE_DOWN = 2 ** -128;

/** Column window [j1, j2] of row i in Pomeranz's recursion (SciPy's `_pomeranz_compute_j1j2`). */
function window(i: number, n: number, ll: number, ceilF: number, roundF: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) [j1, j2] = [n - ll - ceilF - 1, n + ll + ceilF - 1];
      else [j1, j2] = [half - 1 - ll - roundF - 1, half + ll - 1 + ceilF - 1];
    } else [j1, j2] = [half - 1 - ll - 1, half + ll + roundF - 1];
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** (c/n)^m/m! for m = 0..count−1: Poisson probabilities without their e^(−c/n) factor. */
function powers(c: number, n: number, count: number): Float64Array {
  const out = new Float64Array(count);
  out[0] = 1;
  for (let m = 1; m < count; m++) out[m] = (out[m - 1]! * (c / n)) / m;
  return out;
}

/**
 * P(Dₙ ≤ d) for the two-sided KS statistic by Pomeranz's recursion: 2n + 1 rows, each the
 * convolution of the previous one with truncated Poisson weights of rate g/n, 2g/n or (1 − 2g)/n
 * (g the distance of n·d to the nearest integer), answer n!·V[2n+1][n], rescaled by powers of two.
 *
 * Reference: Pomeranz (1974), Comm. ACM 17(12), Algorithm 487; Simard & L'Ecuyer (2011),
 * J. Stat. Softw. 39(11), §2.2; SciPy's `_kolmogn_Pomeranz`.
 *
 * @example
 * pomeranzCdf(10, 0.5); // 0.9922225900000009  (SciPy: the same)
 */
export function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const count = 2 * (ll + 1);
  const [gPow, twoGPow, restPow] = [powers(g, n, count), powers(2 * g, n, count), powers(1 - 2 * g, n, count)];
  let previous = new Float64Array(count);
  let current = new Float64Array(count);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1, j2] = window(0, n, ll, ceilF, roundF);
  for (let i = 1; i <= 2 * n + 1; i++) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    [j1, j2] = window(i, n, ll, ceilF, roundF);
    const weights = i === 1 || i === 2 * n + 1 ? gPow : i % 2 === 1 ? twoGPow : restPow;
    const length = j2 - k1 + 1;
    if (length <= 0) continue;
    const offset = k1 - previousStart;
    let largest = 0;
    for (let c = j1 - k1; c <= j2 - k1; c++) {
      let acc = 0;
      for (let a = Math.max(0, c - length + 1); a <= Math.min(c, length - 1); a++) {
        acc += (previous[offset + a] ?? 0) * weights[c - a]!;
      }
      current[c - (j1 - k1)] = acc;
      if (acc > largest) largest = acc;
    }
    if (largest > 0 && largest < SCALE_DOWN) {
      for (let c = 0; c < count; c++) current[c]! *= SCALE_UP;
      exponent -= 128;
    }
    currentStart = previousStart + j1 - k1;
  }
  let answer = current[n - currentStart]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += 128;
    }
    answer *= m;
  }
  return Math.min(1, Math.max(0, ldexp(answer, exponent)));
}
