import { PHILOX_M0, PHILOX_M1, PHILOX_W0, PHILOX_W1 } from './philoxBlock.js';

const TWO_POW_32 = 2 ** 32;
const TWO_POW_MINUS_32 = 2 ** -32;

/**
 * Fills `out[0 .. 4·nBlocks)` with Philox4x32-10 output for the consecutive counters
 * (b mod 2³², ⌊b / 2³²⌋, c₂, c₃), b = firstBlock .. firstBlock + nBlocks − 1: the bulk kernel
 * behind every fill. Same arithmetic as {@link philoxBlock} (and tested equal to it), with the key
 * schedule computed once per call and the rounds unrolled by the JIT.
 *
 * @param firstBlock - a non-negative integer below 2⁵³ (the 64-bit block index, as a double)
 */
export function philoxWords(
  k0: number,
  k1: number,
  c2: number,
  c3: number,
  firstBlock: number,
  nBlocks: number,
  out: Uint32Array,
): void {
  const schedule = keySchedule(k0, k1);
  let lo = firstBlock % TWO_POW_32;
  let hi = (firstBlock - lo) / TWO_POW_32;
  // Words are kept as int32 (`| 0`, `^`) inside the loop: V8 stores int32 values unboxed, while
  // uint32 values above 2³¹ become doubles and make the loop much slower. Storing an
  // int32 into a Uint32Array reinterprets the same 32 bits.
  for (let b = 0, o = 0; b < nBlocks; b++, o += 4) {
    let x0 = lo | 0,
      x1 = hi | 0,
      x2 = c2 | 0,
      x3 = c3 | 0;
    for (let r = 0; r < 20; r += 2) {
      const lo0 = Math.imul(PHILOX_M0, x0);
      const lo1 = Math.imul(PHILOX_M1, x2);
      // Exact high words: see mulhi32 in philoxBlock.ts.
      const hi0 = ((PHILOX_M0 * (x0 >>> 0) - (lo0 >>> 0)) * TWO_POW_MINUS_32 + 0.5) | 0;
      const hi1 = ((PHILOX_M1 * (x2 >>> 0) - (lo1 >>> 0)) * TWO_POW_MINUS_32 + 0.5) | 0;
      x0 = hi1 ^ x1 ^ (schedule[r] as number);
      x1 = lo1;
      x2 = hi0 ^ x3 ^ (schedule[r + 1] as number);
      x3 = lo0;
    }
    out[o] = x0;
    out[o + 1] = x1;
    out[o + 2] = x2;
    out[o + 3] = x3;
    if (++lo === TWO_POW_32) {
      lo = 0;
      hi++;
    }
  }
}

/** The ten round keys (k₀ + r·W₀, k₁ + r·W₁) mod 2³², interleaved. */
function keySchedule(k0: number, k1: number): Int32Array {
  const schedule = new Int32Array(20);
  for (let r = 0; r < 10; r++) {
    schedule[2 * r] = k0;
    schedule[2 * r + 1] = k1;
    k0 = (k0 + PHILOX_W0) >>> 0;
    k1 = (k1 + PHILOX_W1) >>> 0;
  }
  return schedule;
}
