/**
 * tanh(x) by fdlibm's algorithm (Sun Microsystems, `s_tanh.c` on `s_expm1.c`, 1993), written
 * out in TypeScript operation for operation so that it gives the same bits on every engine.
 * Engines' `Math.tanh` do not agree in the last bit (Node 20's V8 and Chromium 156's differ at
 * rare arguments), and tanh layers go through it at every step: with this one a tanh network
 * trains to the same bits in a browser as in Node. fdlibm's is the implementation Node 20's V8
 * runs (`base::ieee754::tanh`), so its values are unchanged.
 *
 * tanh(x) = 1 − 2/(expm1(2|x|) + 2) for |x| ≥ 1, −t/(t + 2) with t = expm1(−2|x|) below, x for
 * |x| < 2⁻²⁸ and ±1 from |x| ≥ 22. expm1 reduces x = k·ln2 + r (r = hi − lo, with the
 * correction c of the rounding of hi − lo) and evaluates a rational approximation in r
 * (Q1…Q5), then scales by 2^k. Error < 1 ulp.
 */
import { expm1 as expm1Binding } from './expm1.js';
import { ieee754Words } from './ieee754Words.js';

// Module-local copies of the imported functions: under vitest an imported binding is read
// through a getter at every use (see packages/rng/src/internal/philox/philoxFill.ts); a local
// const is read directly in every runtime.
const expm1 = expm1Binding;
const { highWord } = ieee754Words;

/**
 * tanh(x), fdlibm's `tanh` (`s_tanh.c`) for every argument, operation for operation. The trainer
 * calls tanh.ts's `tanh`, which computes the same bits and sends the uncommon arguments here.
 */
export function tanhAnywhere(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (x !== x) return x; // NaN
    return x > 0 ? 1 : -1;
  }
  let z: number;
  if (ix < 0x40360000) {
    // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    if (ix >= 0x3ff00000) {
      // |x| >= 1
      const t = expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1; // |x| >= 22: 1 − tiny rounds to 1
  return jx >>> 31 === 0 ? z : -z;
}
