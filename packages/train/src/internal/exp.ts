/**
 * e^x by fdlibm's algorithm (Sun Microsystems, `e_exp.c`, 1993), written out in TypeScript
 * operation for operation so that it gives the same bits on every engine. Engines' `Math.exp`
 * do not agree in the last bit (Node 20's V8 and Chromium 156's differ at about one argument in
 * ten in [−4, 4]), and sigmoid, softmax and the losses go through it: with this one a network
 * trains to the same bits in a browser as in Node. fdlibm's is the implementation Node 20's V8
 * runs (`base::ieee754::exp`), so its values are unchanged.
 *
 * Method: x = k·ln2 + r with |r| ≤ ln2/2 (r = hi − lo, ln2 split in two), then
 * e^r = 1 + r + r·c/(2 − c) with c = r − r²·P(r²), a degree-10 minimax fit (P1…P5), and
 * e^x = 2^k·e^r by adding k to the exponent. Error < 1 ulp.
 */
import { ieee754Words } from './ieee754Words.js';

const HALF = [0.5, -0.5];
const LN2_HI = [6.9314718036912381649e-1, -6.9314718036912381649e-1];
const LN2_LO = [1.90821492927058770002e-10, -1.90821492927058770002e-10];
const INV_LN2 = Math.LOG2E; // fdlibm's invln2 (0x3ff71547 652b82fe) is this double
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.4513321910194110842e2;
const TWOM1000 = 9.3326361850321887899e-302; // 2^-1000

const { highWord, lowWord, withHighWord, fromWords } = ieee754Words;
// fdlibm's tests on the high word hx of |x| as comparisons of |x| with the double of that high
// word and low word 0 (non-negative doubles order as their bit patterns), so that the common path
// need not read x's bits through a typed array.
/** hx > 0x3fd62e42: |x| > 0.5·ln2, i.e. |x| ≥ the first double of the next high word. */
const HALF_LN2 = fromWords(0x3fd62e43, 0);
/** hx < 0x3ff0a2b2: |x| < 1.5·ln2. */
const THREE_HALVES_LN2 = fromWords(0x3ff0a2b2, 0);
/** hx < 0x3e300000: |x| < 2⁻²⁸, where fdlibm returns 1 + x. */
const TWO_M28 = fromWords(0x3e300000, 0);
/** Below this |x| = 1000·ln2, fdlibm's k stays within ±1000, where 2ᵏ·y is a normal double. */
const COMMON_MAX = 693;

/**
 * 2ᵏ for k = −1021 … 1023, built by exact doublings. For these k and y = e^r in [0.7, 1.42],
 * y·2ᵏ is a normal double, so the product is exact and equals fdlibm's exponent addition
 * (`hi += k << 20`). A plain array of doubles, not a typed array.
 */
const POW2: number[] = [];
for (let k = -1021, p = 2 ** -1021; k <= 1023; k++, p *= 2) POW2.push(p);

/**
 * e^x, bit for bit {@link expAnywhere}: the common case 2⁻²⁸ ≤ |x| < 693 (every sigmoid and
 * softmax of a network that has not diverged) runs fdlibm's reduction, polynomial and scaling
 * with the same operations in the same order, and the rest goes to expAnywhere. Why two
 * functions: V8 inlines a function only below a bytecode size that the whole of fdlibm's exp
 * exceeds, and a call that is not inlined returns its double boxed, one allocation per call;
 * this path is small enough to be inlined into the kernels' loops.
 */
export function exp(x: number): number {
  const ax = Math.abs(x);
  // NaN fails the first test too; x = 1 keeps V8's Math.E (see expAnywhere).
  if (!(ax < COMMON_MAX) || ax < TWO_M28 || x === 1) return expAnywhere(x);
  let r = x,
    hi = 0,
    lo = 0,
    k = 0;
  if (ax >= HALF_LN2) {
    const xsb = x < 0 ? 1 : 0;
    if (ax < THREE_HALVES_LN2) {
      hi = x - (LN2_HI[xsb] as number);
      lo = LN2_LO[xsb] as number;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + (HALF[xsb] as number));
      hi = x - k * (LN2_HI[0] as number); // k·ln2_hi is exact here
      lo = k * (LN2_LO[0] as number);
    }
    r = hi - lo;
  }
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return y * (POW2[k + 1021] as number);
}

/** fdlibm's exp for every argument, operation for operation (see {@link exp} for the common path). */
function expAnywhere(x: number): number {
  let hx = highWord(x);
  const xsb = hx >>> 31; // sign bit
  hx &= 0x7fffffff; // high word of |x|
  // Filter out non-finite and huge arguments.
  if (hx >= 0x40862e42) {
    // |x| >= 709.78
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0; // e^+inf = +inf, e^-inf = 0
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  // V8's port returns Math.E for 1, where fdlibm's arithmetic gives one ulp more; so do we.
  if (x === 1) return Math.E;
  let hi = 0,
    lo = 0,
    k = 0,
    t: number;
  // Argument reduction.
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      hi = x - (LN2_HI[xsb] as number);
      lo = LN2_LO[xsb] as number;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + (HALF[xsb] as number));
      t = k;
      hi = x - t * (LN2_HI[0] as number); // t·ln2_hi is exact here
      lo = t * (LN2_LO[0] as number);
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  } else k = 0;
  // x is now in the primary range.
  t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) return withHighWord(y, highWord(y) + (k << 20)); // add k to y's exponent
  return withHighWord(y, highWord(y) + ((k + 1000) << 20)) * TWOM1000;
}
