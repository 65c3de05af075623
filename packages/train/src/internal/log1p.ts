/**
 * log(1 + x), by fdlibm's algorithm (Sun Microsystems, `s_log1p.c`, 1993), written out in
 * TypeScript operation for operation so that it gives the same bits on every engine. Engines'
 * `Math.log1p` do not agree in the last bit (Node 20's V8 and Chromium 156's differ), and the
 * binary cross-entropy cost goes through it: with this one, a cost computed in a browser is the
 * cost computed in Node, bit for bit. fdlibm's is the implementation V8 itself shipped for years
 * (`base::ieee754::log1p`), so Node 20's values are unchanged.
 *
 * Method: 1 + x = 2^k·(1 + f) with √2/2 < 1 + f < √2 and a correction c for the rounding of
 * 1 + x; log(1 + f) = f − s·(f − R) with s = f/(2 + f) and R a degree-14 minimax polynomial in s
 * (Lp1…Lp7); log(1 + x) = k·ln2_hi + (f − (hfsq − (s·(hfsq + R) + (k·ln2_lo + c)))).
 * Error < 1 ulp.
 */
import { ieee754Words } from './ieee754Words.js';

const LN2_HI = 6.9314718036912381649e-1; // 3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
const LP1 = 6.66666666666673513e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;

const { highWord, withHighWord } = ieee754Words;

export function log1p(x: number): number {
  const hx = highWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0,
    c = 0,
    hu = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : Number.NaN; // x <= -1
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      return ax < 0x3c900000 ? x : x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + (c + k * LN2_LO);
    const R = hfsq * (1 - 0.66666666666666666 * f);
    return k === 0 ? f - R : k * LN2_HI - (R - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const R = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
  return k === 0 ? f - (hfsq - s * (hfsq + R)) : k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
}
