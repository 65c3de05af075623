/**
 * The natural logarithm by fdlibm's algorithm (Sun Microsystems, `e_log.c`, 1993), written out
 * in TypeScript operation for operation so that it gives the same bits on every engine. Engines'
 * `Math.log` do not agree in the last bit (Node 20's V8 runs fdlibm's, Chromium 156 rounds some
 * arguments differently), and the softmax cross-entropy cost goes through it: with this one a
 * cost computed in a browser is the cost computed in Node, bit for bit, and Node 20's values are
 * unchanged.
 *
 * Method: x = 2^k·(1 + f) with √2/2 < 1 + f < √2; with s = f/(2 + f),
 * log(1 + f) = f − s·(f − R) or, for larger f, f − (hfsq − s·(hfsq + R)) with hfsq = f²/2, where
 * R(s²) is a degree-14 minimax polynomial (Lg1…Lg7, error < 2^−58.45) split into odd and even
 * parts; log(x) = k·ln2_hi + (log(1 + f) + k·ln2_lo). Error < 1 ulp.
 */
import { ieee754Words } from './ieee754Words.js';

const LN2_HI = 6.9314718036912381649e-1; // 3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
const TWO54 = 1.8014398509481984e16; // 2^54
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

const { highWord, lowWord, withHighWord } = ieee754Words;

export function log(x: number): number {
  let hx = highWord(x);
  const lx = lowWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^-1022: zero, negative or subnormal
    if (((hx & 0x7fffffff) | lx) === 0) return -Infinity;
    if (hx < 0) return Number.NaN;
    k -= 54;
    x *= TWO54; // scale the subnormal up
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  x = withHighWord(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
  k += i >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // -2^-20 <= f < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      return k * LN2_HI + k * LN2_LO;
    }
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const dk = k;
  const z = s * s;
  let j = hx - 0x6147a;
  const w = z * z;
  const jj = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  j |= jj;
  const R = t2 + t1;
  if (j > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}
