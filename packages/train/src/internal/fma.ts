/**
 * Fused multiply-add RN(a·b + c), one rounding, emulated in float64 arithmetic (JavaScript has
 * no Math.fma); needed to reproduce glibc's sin and cos, which x86-64 CPUs with FMA run as
 * compiled with contraction.
 *
 * Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms using
 * rounding to odd", IEEE Trans. Computers 57(4), 2008: a·b = uₕ + uₗ exactly (Dekker's product,
 * Veltkamp's split), c + uₕ = tₕ + tₗ exactly (Knuth's TwoSum), result RN(tₕ + RO(tₗ + uₗ)).
 * Valid while nothing overflows or underflows, as for every use here (|a·b| ≥ 2⁻⁹⁰⁰).
 */
export function fma(a: number, b: number, c: number): number {
  const uh = a * b;
  const ul = productError(a, b, uh);
  const th = c + uh;
  const bv = th - c;
  const tl = (c - (th - bv)) + (uh - bv);
  return th + roundToOdd(tl, ul);
}

/** 2²⁷ + 1, Veltkamp's splitting constant. */
const SPLITTER = 134217729;

/** The exact error of p = RN(a·b): a·b = p + e (Dekker 1971). */
function productError(a: number, b: number, p: number): number {
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return al * bl - (((p - ah * bh) - al * bh) - ah * bl);
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LOW = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

/** x + y rounded to odd: an inexact sum whose nearest double is even steps toward the exact sum. */
function roundToOdd(x: number, y: number): number {
  const s = x + y;
  const bv = s - x;
  const error = (x - (s - bv)) + (y - bv);
  bits[0] = s;
  if (error === 0 || ((words[LOW] as number) & 1) === 1) return s;
  if (error > 0 === s > 0) {
    words[LOW] = ((words[LOW] as number) + 1) >>> 0;
    if (words[LOW] === 0) words[HIGH] = ((words[HIGH] as number) + 1) >>> 0;
  } else {
    if (words[LOW] === 0) words[HIGH] = ((words[HIGH] as number) - 1) >>> 0;
    words[LOW] = ((words[LOW] as number) - 1) >>> 0;
  }
  return bits[0] as number;
}
