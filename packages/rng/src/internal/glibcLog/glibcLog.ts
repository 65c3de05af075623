import { fusedMultiplyAdd } from '../float/fusedMultiplyAdd.js';
import { productError as importedProductError } from '../float/productError.js';
import { LOG_A, LOG_B, LOG_INVC, LOG_LN2_HI, LOG_LN2_LO, LOG_LOGC } from './glibcLogData.js';

// Module-local copies of the imports read on every call: a module-transforming runner (vitest's)
// reads an imported binding through a getter at each access (see philoxFill.ts).
const fma = fusedMultiplyAdd;
const productError = importedProductError;
const INVC = LOG_INVC;
const LOGC = LOG_LOGC;
const LN2_HI = LOG_LN2_HI;
const LN2_LO = LOG_LN2_LO;

const [A0, A1, A2, A3, A4] = LOG_A;
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = LOG_B;
const TWO_POW_27 = 134217728;
const TWO_POW_52 = 4503599627370496;

// The input's bits. Used synchronously only.
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * The natural logarithm exactly as glibc ≥ 2.28 computes it on x86-64 CPUs with FMA (the
 * `__log_fma` variant that glibc selects on every such CPU, and that numpy's legacy Gaussian calls).
 *
 * glibc's log is not correctly rounded (bound 0.519 ulp): about 7 in 10,000 results differ in the
 * last bit from the correctly rounded value, and V8's Math.log differs from both. Reproducing
 * `np.random.randn` bit for bit needs this function: the same table, the same polynomial and the
 * same sequence of roundings, including each fused multiply-add the compiler emitted (read off the
 * machine code of glibc 2.36; emulated exactly by {@link fma}).
 *
 * Algorithm (Szabolcs Nagy, ARM optimized-routines, sysdeps/ieee754/dbl-64/e_log.c): x = 2ᵏ·z with
 * z in [0x1.6p-1, 0x1.6p0); log x = k·ln2 + log c + log1p(z/c − 1) with c the centre of z's
 * table interval; near 1, a degree-11 polynomial in r = x − 1 with r² split exactly.
 *
 */
export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) return logNearOne(x);
  scratch[0] = x;
  // Sign and exponent: zero and subnormals (0), negatives (≥ 0x800), infinities and NaN (0x7ff).
  const top = (words[HIGH] as number) >>> 20;
  if ((top - 1) >>> 0 >= 0x7fe) {
    // Zero, subnormal, negative, infinite or NaN.
    if (x === 0) return -Infinity;
    if (Number.isNaN(x) || x < 0) return NaN;
    if (x === Infinity) return Infinity;
    scratch[0] = x * TWO_POW_52;
    words[HIGH] = (words[HIGH] as number) - (52 << 20);
  }
  // tmp = ix − 0x3fe6000000000000; only its high word matters.
  const tmpHigh = ((words[HIGH] as number) - 0x3fe60000) | 0;
  const i = (tmpHigh >> 13) & 127;
  const k = tmpHigh >> 20;
  words[HIGH] = (words[HIGH] as number) - (k << 20);
  const z = scratch[0] as number;
  const invc = INVC[i] as number;
  const logc = LOGC[i] as number;
  // r = fma(z, invc, −1): z·invc = p + e exactly, p − 1 is exact (Sterbenz), one rounding left.
  const p = z * invc;
  const r = p - 1 + productError(z, invc, p);
  const w = k * LN2_HI + logc; // k·LN2_HI is exact, so this is the fma glibc computes
  const hi = w + r;
  const lo0 = w - hi + r;
  const r2 = r * r;
  const r3 = r * r2;
  // Fast path: the same sum with plain multiply-adds. Every fused operation acts on terms below
  // 2⁻¹⁶ (|r| < 2⁻⁸), so the unfused y differs from glibc's by less than 2⁻⁶⁶, while |hi| > 2⁻⁵.
  // If hi + y is farther than that from a rounding midpoint, both round to the same double.
  const y = r3 * ((r * A4 + A3) * r2 + (r * A2 + A1)) + (r2 * A0 + (k * LN2_LO + lo0));
  const sum = hi + y;
  const tail = hi - sum + y; // exact: hi + y = sum + tail (Fast2Sum, |hi| ≥ |y|)
  if (Math.abs(tail) < halfUlp(sum) - 2 ** -66) return sum;
  // Near a midpoint (about 1 input in 10⁴): glibc's exact sequence of fused operations.
  const lo = fma(k, LN2_LO, lo0);
  const poly = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  return fma(r3, poly, fma(r2, A0, lo)) + hi;
}

/** glibc's path for x in [1 − 2⁻⁴, 1 + 0x1.09p−4): log1p(r) with r = x − 1 split exactly. */
function logNearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  // rhi = r + w − w with w = r·2²⁷: r's high 26 bits (both products by 2²⁷ are exact).
  const rhi = r * TWO_POW_27 + r - TWO_POW_27 * r;
  const rlo = r - rhi;
  const rhi2 = rhi * rhi;
  const hi = r + rhi2 * B0; // B0 = −½: the product is exact, so this equals glibc's fma
  const lo0 = r - hi + rhi2 * B0;
  // Fast path as in glibcLog: plain multiply-adds, kept only when hi + y is far enough from a
  // rounding midpoint that glibc's fused operations (relative differences ≤ 2⁻⁵², on terms
  // |q·r³| and |lo|) cannot change the rounding. 2⁻⁴⁸ leaves a factor 16 of margin.
  const q = ((r3 * B10 + (r2 * B9 + (r * B8 + B7))) * r3 + (r2 * B6 + (r * B5 + B4))) * r3 + (r2 * B3 + (r * B2 + B1));
  const lo = B0 * rlo * (r + rhi) + lo0;
  const qr3 = q * r3;
  const y = qr3 + lo;
  const sum = hi + y;
  const tail = hi - sum + y;
  if (Math.abs(tail) < halfUlp(sum) - (Math.abs(qr3) + Math.abs(lo)) * 2 ** -48) return sum;
  let qf = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  qf = fma(qf, r3, fma(r2, B6, fma(r, B5, B4)));
  qf = fma(qf, r3, fma(r2, B3, fma(r, B2, B1)));
  return hi + fma(qf, r3, fma(B0 * rlo, r + rhi, lo0));
}

/** Half a unit in the last place of a normal double x. */
function halfUlp(x: number): number {
  scratch[0] = x;
  const exponent = ((words[HIGH] as number) >>> 20) & 0x7ff;
  words[HIGH] = (exponent - 53) << 20;
  words[1 - HIGH] = 0;
  return scratch[0] as number;
}
