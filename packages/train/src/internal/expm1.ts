/**
 * e^x − 1 by fdlibm's algorithm (Sun Microsystems, `s_expm1.c`, 1993), written out in
 * TypeScript operation for operation so that it gives the same bits on every engine; the trainer
 * uses it through tanh ({@link tanhAnywhere} and the common path in tanh.ts).
 *
 * Method: x = k·ln2 + r (r = hi − lo, with the correction c of the rounding of hi − lo), a
 * rational approximation in r (Q1…Q5), then scaling by 2^k. Error < 1 ulp.
 */
import { ieee754Words } from './ieee754Words.js';

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = Math.LOG2E; // fdlibm's invln2 (0x3ff71547 652b82fe) is this double
const O_THRESHOLD = 7.09782712893383973096e2;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

const { highWord, lowWord, withHighWord } = ieee754Words;

/** e^x − 1, fdlibm's `expm1` (`s_expm1.c`). */
export function expm1(x: number): number {
  let hx = highWord(x);
  const negative = hx >>> 31 !== 0;
  hx &= 0x7fffffff;
  // Huge and non-finite arguments.
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      // |x| >= 709.78
      if (hx >= 0x7ff00000) {
        if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
        return negative ? -1 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (negative) return -1; // x < −56 ln2
  }
  let hi: number,
    lo: number,
    k: number,
    c = 0;
  // Argument reduction.
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      const t = k;
      hi = x - t * LN2_HI; // exact
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^-54
  } else k = 0;
  // x is now in the primary range.
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  let y: number;
  if (k <= -2 || k > 56) {
    y = 1 - (e - x);
    y = withHighWord(y, highWord(y) + (k << 20));
    return y - 1;
  }
  if (k < 20) {
    t = withHighWord(0, 0x3ff00000 - (0x200000 >> k)); // 1 − 2^-k (low word 0)
    y = t - (e - x);
  } else {
    t = withHighWord(0, (0x3ff - k) << 20); // 2^-k
    y = x - (e + t);
    y += 1;
  }
  return withHighWord(y, highWord(y) + (k << 20));
}
