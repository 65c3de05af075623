import { productError } from './productError.js';

/**
 * RN(a·b + c) with one rounding, unchecked: the algorithm of the public `fma` (Boldo & Melquiond
 * 2008, algorithm 5), for callers such as glibcLog whose arguments are known to be in its domain.
 */
export function fusedMultiplyAdd(a: number, b: number, c: number): number {
  const uh = a * b;
  const ul = productError(a, b, uh); // a·b = uh + ul exactly
  // Knuth's TwoSum: c + uh = th + tl.
  const th = c + uh;
  const bv = th - c;
  const tl = c - (th - bv) + (uh - bv);
  return th + roundToOdd(tl, ul);
}

// One float64 and its two 32-bit halves, to read and nudge the last bit. Used synchronously only.
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const LOW = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/**
 * x + y rounded to odd: if the sum is inexact and its nearest double has an even last bit, the
 * neighbour on the side of the exact sum (which has an odd last bit) is returned instead.
 */
function roundToOdd(x: number, y: number): number {
  const s = x + y;
  const bv = s - x;
  const error = x - (s - bv) + (y - bv);
  if (error === 0) return s;
  scratch[0] = s;
  if (((words[LOW] as number) & 1) === 1) return s;
  // Step one unit in the last place toward the exact sum: away from zero when the error has the
  // sign of s, toward zero otherwise (the bit pattern of |s| is monotonic in |s|).
  if (error > 0 === s > 0) {
    words[LOW] = ((words[LOW] as number) + 1) >>> 0;
    if (words[LOW] === 0) words[HIGH] = ((words[HIGH] as number) + 1) >>> 0;
  } else {
    if (words[LOW] === 0) words[HIGH] = ((words[HIGH] as number) - 1) >>> 0;
    words[LOW] = ((words[LOW] as number) - 1) >>> 0;
  }
  return scratch[0] as number;
}
