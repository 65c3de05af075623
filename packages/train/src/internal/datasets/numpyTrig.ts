import { fma } from '@nninit/rng';
import { SINCOS_TABLE as T } from '../sincosTable.js';

// glibc 2.36, sysdeps/ieee754/dbl-64/s_sin.c and usncs.h; the constants as libm.so.6 stores them.
const SN3 = -0.16666666666666488,
  SN5 = 0.008333332142857223;
const CS2 = 0.5,
  CS4 = -0.04166666666666644,
  CS6 = 0.001388888740079376;
const S1 = -0.16666666666666666,
  S2 = 0.008333333333332329,
  S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6,
  S5 = -2.5022014848318398e-8;
const BIG = 52776558133248,
  HP0 = 1.5707963267948966,
  HP1 = 6.123233995736766e-17;
const MP1 = 1.5707963407039642,
  MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17,
  PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814,
  TOINT = 6755399441055744;
// Branch bounds: glibc compares the high 32 bits of |x|, i.e. |x| against these doubles.
const TINY_SIN = 1.4901161193847656e-8,
  TINY_COS = 7.450580596923828e-9; // 2⁻²⁶, 2⁻²⁷
const TABLE_END = 0.85546875,
  NEAR_HALF_PI = 2.4262638092041016;
const LIMIT = 105414336; // beyond it glibc switches to a multi-precision reduction, not ported

/**
 * sin x exactly as numpy computes it on x86-64 Linux: glibc's IBM Accurate Mathematical Library
 * routine (≤ 0.548 ulp, not always correctly rounded), including every fused multiply-add the
 * compiler emitted in glibc 2.36's `__sin_fma` (read off its machine code). V8's Math.sin differs
 * from it in the last bit for ~3 % of inputs, which would break scikit-learn reproduction.
 * Exact for |x| < 105414336; beyond, Math.sin.
 */
export function npSin(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < LIMIT)) return Math.sin(x);
  if (ax < TINY_SIN) return x;
  if (ax < TABLE_END) return doSin(x, 0);
  if (ax < NEAR_HALF_PI) {
    const r = Math.abs(doCos(HP0 - ax, HP1));
    return x < 0 ? -r : r;
  }
  return reduced(x, 0);
}

/** cos x exactly as numpy computes it on x86-64 Linux (glibc 2.36 `__cos_fma`); see {@link npSin}. */
export function npCos(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < LIMIT)) return Math.cos(x);
  if (ax < TINY_COS) return 1;
  if (ax < TABLE_END) return doCos(x, 0);
  if (ax < NEAR_HALF_PI) {
    const y = HP0 - ax;
    const a = y + HP1;
    return doSin(a, y - a + HP1);
  }
  return reduced(x, 1);
}

/** Reduction by multiples of π/2 (Cody–Waite, 136 bits), then the quadrant's sin or cos. */
function reduced(x: number, quarterTurns: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let da = fma(-xn, PP3, y - t2);
  const a = fma(-xn, PP4, t2);
  da += fma(-xn, PP4, t2 - a);
  const n = (xn + quarterTurns) & 3;
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

/** sin(x + dx) from the table entry nearest |x| and short Taylor corrections. */
function doSin(x: number, dx: number): number {
  const ax = Math.abs(x);
  if (ax < 0.126) {
    const xx = x * x;
    const p = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
    return x + fma(xx, fma(p, x, -(0.5 * dx)), dx);
  }
  if (x <= 0) dx = -dx;
  const u = BIG + ax;
  const k = 4 * ((u - BIG) * 128);
  const r = ax - (u - BIG);
  const xx = r * r;
  const s = r + fma(r * xx, fma(xx, SN5, SN3), dx);
  const c = fma(r, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const cor = fma(s, T[k + 2] as number, fma(-c, T[k] as number, fma(s, T[k + 3] as number, T[k + 1] as number)));
  const v = (T[k] as number) + cor;
  return x < 0 ? -v : v; // copysign: v > 0 here
}

/** cos(x + dx) from the table entry nearest |x| and short Taylor corrections. */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const k = 4 * ((u - BIG) * 128);
  const r = ax - (u - BIG) + dx;
  const xx = r * r;
  const s = fma(r * xx, fma(xx, SN5, SN3), r);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const cor = fma(-s, T[k] as number, fma(-c, T[k + 2] as number, fma(-s, T[k + 1] as number, T[k + 3] as number)));
  return (T[k + 2] as number) + cor;
}
