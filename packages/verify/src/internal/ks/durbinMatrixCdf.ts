import { ldexp } from './ldexp.js';

const SCALE_UP = 2 ** 128;
const SCALE_DOWN = 2 ** -128;

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

/** The m×m matrix H of Durbin (1973) for d = (k − h)/n, m = 2k − 1 (row-major). */
function durbinMatrix(k: number, h: number): Float64Array {
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * factorial;
  const H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;
  return H;
}

/**
 * P(Dₙ ≤ d) for the two-sided KS statistic by Durbin's matrix method in the form of Marsaglia,
 * Tsang & Wang: with d = (k − h)/n, P = (n!/nⁿ)·(Hⁿ)ₖₖ, Hⁿ by repeated squaring with
 * power-of-two rescaling (so nothing overflows). O(m³ log n) for m = 2k − 1: for small n·d.
 *
 * Reference: Durbin (1973), SIAM; Marsaglia, Tsang & Wang (2003), J. Stat. Softw. 8(18);
 * SciPy's `_kolmogn_DMTW`.
 *
 * @example
 * durbinMatrixCdf(10, 0.274); // 0.6284796154565043
 */
export function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const m = 2 * k - 1;
  let H = durbinMatrix(k, k - nd);
  let power: Float64Array | undefined;
  let exponent = 0;
  let hExponent = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) {
    if (rest % 2 === 1) {
      power = power === undefined ? H : multiply(power, H, m);
      exponent += hExponent;
    }
    if (rest === 1) break;
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > SCALE_UP) {
      for (let i = 0; i < H.length; i++) H[i]! *= SCALE_DOWN;
      hExponent += 128;
    }
  }
  let p = power![(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= 128;
    }
  }
  return Math.min(1, Math.max(0, ldexp(p, exponent)));
}
