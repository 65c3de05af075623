/**
 * tanh(x) for the trainer's tanh activation: fdlibm's tanh (Sun Microsystems, `s_tanh.c` on
 * `s_expm1.c`, 1993), the same bits as {@link tanhAnywhere}, the whole port, with its common
 * case written so that V8 can inline it into the kernels' loops.
 */
import { ieee754Words } from './ieee754Words.js';
import { tanhAnywhere as tanhAnywhereBinding } from './tanhAnywhere.js';

// s_expm1.c's constants, as in expm1.ts.
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = Math.LOG2E; // fdlibm's invln2 (0x3ff71547 652b82fe) is this double
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

// A module-local copy of the fallback: under vitest an imported binding is read through a getter
// at every use (see packages/rng/src/internal/philox/philoxFill.ts).
const tanhAnywhere = tanhAnywhereBinding;
const { fromWords } = ieee754Words;

// expm1's tests on the high word hy of |y| as comparisons of |y| with the double of that high
// word and low word 0 (non-negative doubles order as their bit patterns); tanh's own thresholds
// (2⁻²⁸, 1, 22) are such doubles already.
/** hy > 0x3fd62e42: |y| > 0.5·ln2, i.e. |y| ≥ the first double of the next high word. */
const HALF_LN2 = fromWords(0x3fd62e43, 0);
/** hy < 0x3ff0a2b2: |y| < 1.5·ln2. */
const THREE_HALVES_LN2 = fromWords(0x3ff0a2b2, 0);
const TWO_M28 = 2 ** -28;

/**
 * 2ʲ for j = −64 … 64 at index j + 64, a plain array of doubles. expm1 scales its result by 2ᵏ
 * by adding k to the exponent (`hi += k << 20`); for the y and k of the common path the scaled
 * value and the result are normal doubles, so multiplying by 2ᵏ is exact and gives the same bits.
 * It also gives fdlibm's 2⁻ᵏ (`(0x3ff − k) << 20`) and 1 − 2⁻ᵏ (`0x3ff00000 − (0x200000 >> k)`),
 * both exact for these k.
 */
const POW2: number[] = [];
for (let j = -64; j <= 64; j++) POW2.push(2 ** j);

/**
 * tanh(x), bit for bit {@link tanhAnywhere}: the common case 2⁻²⁸ ≤ |x| < 22 runs fdlibm's tanh
 * and its expm1 of y = ±2|x| with the same operations in the same order, and x below 2⁻²⁸
 * returns x as fdlibm does; |x| ≥ 22, ±∞ and NaN go to tanhAnywhere. Why more than one function:
 * V8 inlines a function only below a bytecode size that the whole port exceeds (so does this
 * path written as one function), and a call that is not inlined returns its double boxed, one
 * allocation per call; these pieces are each small enough to be inlined into the kernels' loops.
 */
export function tanh(x: number): number {
  const ax = Math.abs(x);
  if (ax < TWO_M28) return x; // ±0, subnormals and tiny x: fdlibm's tanh(x) = x
  if (!(ax < 22)) return tanhAnywhere(x); // ±1, ±∞, NaN
  const z = ax >= 1 ? tanhFromOne(ax) : tanhBelowOne(ax);
  return x < 0 ? -z : z;
}

/**
 * tanh(ax) for 1 ≤ ax < 22: 1 − 2/(t + 2) with t = expm1(y), y = 2·ax in [2, 44), fdlibm's
 * expm1 for those y. y ≥ 1.5·ln2, so the reduction is the general one, with k = trunc(y/ln2 + 0.5)
 * in [3, 63]: the branches of expm1 left are k > 56, k < 20 and the rest.
 */
function tanhFromOne(ax: number): number {
  const y = 2 * ax;
  const k = Math.trunc(INV_LN2 * y + 0.5);
  const hi = y - k * LN2_HI; // exact
  const lo = k * LN2_LO;
  const r = hi - lo;
  const c = hi - r - lo;
  const hfx = 0.5 * r;
  const hxs = r * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const u = 3 - r1 * hfx;
  let e = hxs * ((r1 - u) / (6 - r * u));
  e = r * (e - c) - c;
  e -= hxs;
  let t: number;
  if (k > 56) t = (1 - (e - r)) * (POW2[k + 64] as number) - 1;
  else if (k < 20) t = (1 - (POW2[64 - k] as number) - (e - r)) * (POW2[k + 64] as number);
  else t = (r - (e + (POW2[64 - k] as number)) + 1) * (POW2[k + 64] as number);
  return 1 - 2 / (t + 2);
}

/**
 * tanh(ax) for 2⁻²⁸ ≤ ax < 1: −t/(t + 2) with t = expm1(y), y = −2·ax in (−2, −2⁻²⁷], fdlibm's
 * expm1 for those y: no reduction below 0.5·ln2 (k = 0), k = −1 below 1.5·ln2, and above it
 * k = trunc(y/ln2 − 0.5), which is −1, −2 or −3 there (negative y never gives k ≥ 1).
 */
function tanhBelowOne(ax: number): number {
  const ay = 2 * ax;
  const y = -ay;
  let r = y,
    c = 0,
    k = 0;
  if (ay >= HALF_LN2) {
    let hi: number, lo: number;
    if (ay < THREE_HALVES_LN2) {
      hi = y + LN2_HI;
      lo = -LN2_LO;
      k = -1;
    } else {
      k = Math.trunc(INV_LN2 * y - 0.5);
      hi = y - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    r = hi - lo;
    c = hi - r - lo;
  }
  const hfx = 0.5 * r;
  const hxs = r * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  const u = 3 - r1 * hfx;
  let e = hxs * ((r1 - u) / (6 - r * u));
  let t: number;
  if (k === 0) t = r - (r * e - hxs);
  else {
    e = r * (e - c) - c;
    e -= hxs;
    if (k === -1) t = 0.5 * (r - e) - 0.5;
    else t = (1 - (e - r)) * (POW2[k + 64] as number) - 1; // k ≤ −2
  }
  return -t / (t + 2);
}
