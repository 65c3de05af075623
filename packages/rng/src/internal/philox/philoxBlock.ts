/**
 * Philox4x32 multipliers and Weyl key increments (Salmon et al. 2011, table 2 and §3.3).
 */
export const PHILOX_M0 = 0xd2511f53;
export const PHILOX_M1 = 0xcd9e8d57;
export const PHILOX_W0 = 0x9e3779b9;
export const PHILOX_W1 = 0xbb67ae85;

const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * The high 32 bits of the 64-bit product of two uint32 values, with float64 arithmetic only.
 *
 * `m * x` (up to 2⁶⁴) is rounded to a double with an error of at most 2¹¹; `Math.imul` gives the
 * exact low word, so `(m·x − lo) / 2³²` lies within 2⁻²⁰ of the exact high word, and adding ½
 * before the truncating `>>> 0` rounds it to that integer. This is faster in V8 than splitting
 * into 16-bit halves, and exact for every input (checked against the split form in the tests).
 */
export function mulhi32(m: number, x: number): number {
  const lo = Math.imul(m, x) >>> 0;
  return ((m * x - lo) * TWO_POW_MINUS_32 + 0.5) >>> 0;
}

/**
 * One Philox4x32-10 block: ten rounds of
 * (c₀, c₁, c₂, c₃) ← (hi(M₁c₂) ⊕ c₁ ⊕ k₀, lo(M₁c₂), hi(M₀c₀) ⊕ c₃ ⊕ k₁, lo(M₀c₀)),
 * with the key bumped by the Weyl constants (W₀, W₁) between rounds (Salmon et al. 2011, §3.3).
 * Writes the four output words to `out[offset..offset+3]`. No validation: callers guarantee
 * uint32 inputs.
 */
export function philoxBlock(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  k0: number,
  k1: number,
  out: Uint32Array,
  offset: number,
): void {
  // int32 arithmetic throughout (see philoxWords.ts): uint32 values above 2³¹ would be boxed
  // doubles in V8, which makes this function much slower.
  let x0 = c0 | 0,
    x1 = c1 | 0,
    x2 = c2 | 0,
    x3 = c3 | 0,
    ka = k0 | 0,
    kb = k1 | 0;
  for (let round = 0; round < 10; round++) {
    const lo0 = Math.imul(PHILOX_M0, x0);
    const lo1 = Math.imul(PHILOX_M1, x2);
    // Exact high words, as in mulhi32.
    const hi0 = ((PHILOX_M0 * (x0 >>> 0) - (lo0 >>> 0)) * TWO_POW_MINUS_32 + 0.5) | 0;
    const hi1 = ((PHILOX_M1 * (x2 >>> 0) - (lo1 >>> 0)) * TWO_POW_MINUS_32 + 0.5) | 0;
    x0 = hi1 ^ x1 ^ ka;
    x1 = lo1;
    x2 = hi0 ^ x3 ^ kb;
    x3 = lo0;
    ka = (ka + PHILOX_W0) | 0;
    kb = (kb + PHILOX_W1) | 0;
  }
  out[offset] = x0;
  out[offset + 1] = x1;
  out[offset + 2] = x2;
  out[offset + 3] = x3;
}
