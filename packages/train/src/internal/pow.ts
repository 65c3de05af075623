/**
 * x^y by fdlibm's algorithm (Sun Microsystems, `e_pow.c`, 2004), written out in TypeScript
 * operation for operation so that it gives the same bits on every engine. Engines' `**` do not
 * agree in the last bit (Node 20's V8 runs fdlibm's; newer V8 builds such as Chromium 156's call
 * the C library's `pow`), and Adam's bias corrections 1 − β₁ᵗ and 1 − β₂ᵗ go through it: with this
 * one an Adam run in a browser gives Node's parameters bit for bit, and Node 20's values are
 * unchanged.
 *
 * Method: log₂|x| = t1 + t2 in extra precision (x = 2ⁿ·(1 + f), f reduced around 1 or 1.5, a
 * degree-12 minimax polynomial L1…L6 in s = (x − b)/(x + b)); y·log₂|x| = n + y′ by splitting y
 * and the logarithm into high and low parts; x^y = 2ⁿ·e^{y′·ln2} with e^r by the same rational
 * approximation as fdlibm's exp (P1…P5). Nearly rounded; pow(integer, integer) is exact when
 * representable. Special cases follow C99 Annex F, except that (±1)^(±∞) is NaN, as
 * ECMAScript requires.
 */
import { ieee754Words } from './ieee754Words.js';

const BP = [1, 1.5];
const DP_H = [0, 5.84962487220764160156e-1]; // 0x3FE2B803 40000000
const DP_L = [0, 1.35003920212974897128e-8]; // 0x3E4CFDEB 43CFD006
const TWO53 = 9007199254740992;
const L1 = 5.99999999999994648725e-1;
const L2 = 4.28571428578550184252e-1;
const L3 = 3.33333329818377432918e-1;
const L4 = 2.72728123808534006489e-1;
const L5 = 2.30660745775561754067e-1;
const L6 = 2.06975017800338417784e-1;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
const LG2 = 6.93147180559945286227e-1; // 0x3FE62E42 FEFA39EF
const LG2_H = 6.93147182464599609375e-1; // 0x3FE62E43 00000000
const LG2_L = -1.90465429995776804525e-9; // 0xBE205C61 0CA86C39
const OVT = 8.0085662595372944372e-17; // −(1024 − log₂(overflow + ½ulp))
const CP = 9.61796693925975554329e-1; // 2/(3·ln2)
const CP_H = 9.61796700954437255859e-1; // (float)cp
const CP_L = -7.02846165095275826516e-9; // tail of cp_h
const IVLN2 = Math.LOG2E; // fdlibm's ivln2 (0x3FF71547 652B82FE) is this double
const IVLN2_H = 1.44269502162933349609; // 24 bits of 1/ln2
const IVLN2_L = 1.92596299112661746887e-8; // 1/ln2 tail
const HUGE = 1e300;
const TINY = 1e-300;

const { highWord, lowWord, withZeroLowWord, fromWords } = ieee754Words;

/** x·2ⁿ by exponent arithmetic (fdlibm's `scalbn`), for the subnormal results of pow. */
function scalbn(x: number, n: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = (hx & 0x7ff00000) >> 20;
  if (k === 0) {
    if ((lx | (hx & 0x7fffffff)) === 0) return x;
    x *= 1.8014398509481984e16; // 2^54
    hx = highWord(x);
    k = ((hx & 0x7ff00000) >> 20) - 54;
  }
  if (k === 0x7ff) return x + x;
  k += n;
  if (k > 0x7fe) return HUGE * (x < 0 ? -HUGE : HUGE);
  if (k > 0) return fromWords((hx & 0x800fffff) | (k << 20), lowWord(x));
  if (k <= -54) return TINY * (x < 0 ? -TINY : TINY);
  k += 54;
  return fromWords((hx & 0x800fffff) | (k << 20), lowWord(x)) * 5.551115123125783e-17; // 2^-54
}

export function pow(x: number, y: number): number {
  const hx = highWord(x),
    lx = lowWord(x);
  const hy = highWord(y),
    ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1; // x^0 = 1, even for NaN
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;

  // yisint: 0 when y is not an integer, 1 when it is odd, 2 when even (needed only for x < 0).
  let yisint = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) yisint = 2;
    else if (iy >= 0x3ff00000) {
      const k = (iy >> 20) - 0x3ff;
      if (k > 20) {
        const j = ly >>> (52 - k);
        if ((j << (52 - k)) >>> 0 === ly) yisint = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - k);
        if (j << (20 - k) === iy) yisint = 2 - (j & 1);
      }
    }
  }

  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±∞
      if (((ix - 0x3ff00000) | lx) === 0) return Number.NaN; // (±1)^±∞ is NaN in ECMAScript
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // (|x| > 1)^±∞ = ∞, 0
      return hy < 0 ? -y : 0; // (|x| < 1)^∓∞ = ∞, 0
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 0.5, x ≥ +0 (sqrt is exact in IEEE 754)
  }

  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x = ±0, ±∞, ±1
    let z = ax;
    if (hy < 0) z = 1 / z;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yisint) === 0)
        z = Number.NaN; // (−1)^non-integer
      else if (yisint === 1) z = -z; // (x < 0)^odd = −(|x|^odd)
    }
    return z;
  }

  let n = (hx >> 31) + 1; // 0 when x < 0, 1 otherwise
  if ((n | yisint) === 0) return Number.NaN; // (x < 0)^(non-integer)
  let s = 1; // the sign of the result: −1 for (−x)^(odd integer)
  if ((n | (yisint - 1)) === 0) s = -1;

  let t1: number, t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    if (iy > 0x43f00000) {
      // |y| > 2^64: over- or underflows
      if (ix <= 0x3fefffff) return hy < 0 ? HUGE * HUGE : TINY * TINY;
      if (ix >= 0x3ff00000) return hy > 0 ? HUGE * HUGE : TINY * TINY;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
    if (ix > 0x3ff00000) return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
    // |1 − x| ≤ 2^−20: log(x) by x − x²/2 + x³/3 − x⁴/4
    const t = ax - 1;
    const w = t * t * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
    const u = IVLN2_H * t;
    const v = t * IVLN2_L - w * IVLN2;
    t1 = withZeroLowWord(u + v);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    ix = j | 0x3ff00000; // normalize
    let k: number;
    if (j <= 0x3988e)
      k = 0; // |x| < √(3/2)
    else if (j < 0xbb67a)
      k = 1; // |x| < √3
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = fromWords(ix, lowWord(ax));

    // ss = s_h + s_l = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5)
    const bp = BP[k] as number;
    let u = ax - bp;
    let v = 1 / (ax + bp);
    const ss = u * v;
    const sH = withZeroLowWord(ss);
    let tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0); // ax + bp, high part
    let tL = ax - (tH - bp);
    const sL = v * (u - sH * tH - sH * tL);
    // log(ax)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withZeroLowWord(3 + s2 + r);
    tL = r - (tH - 3 - s2);
    // u + v = ss·(1 + …)
    u = sH * tH;
    v = sL * tH + tL * ss;
    // 2/(3·ln2)·(ss + …)
    const pH = withZeroLowWord(u + v);
    const pL = v - (pH - u);
    const zH = CP_H * pH;
    const zL = CP_L * pH + pL * CP + (DP_L[k] as number);
    // log₂(ax) = (ss + …)·2/(3·ln2) = n + dp_h + z_h + z_l
    const t = n;
    const dpH = DP_H[k] as number;
    t1 = withZeroLowWord(zH + zL + dpH + t);
    t2 = zL - (t1 - t - dpH - zH);
  }

  // (y1 + y2)·(t1 + t2) with y1 = y's high part
  const y1 = withZeroLowWord(y);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  let i = lowWord(z) | 0;
  if (j >= 0x40900000) {
    // z ≥ 1024
    if (((j - 0x40900000) | i) !== 0) return s * HUGE * HUGE;
    if (pL + OVT > z - pH) return s * HUGE * HUGE;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * TINY * TINY;
    if (pL <= z - pH) return s * TINY * TINY;
  }

  // 2^(p_h + p_l)
  i = j & 0x7fffffff;
  let k = (i >> 20) - 0x3ff;
  n = 0;
  if (i > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = j + (0x00100000 >> (k + 1));
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withZeroLowWord(pL + pH);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const tt1 = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * tt1) / (tt1 - 2) - (w + z * w);
  z = 1 - (r - z);
  j = highWord(z) + (n << 20);
  if (j >> 20 <= 0)
    z = scalbn(z, n); // subnormal result
  else z = fromWords(j, lowWord(z));
  return s * z;
}
