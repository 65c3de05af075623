/** 2²⁷ + 1: Veltkamp's constant that splits a double into two 26-bit halves. */
const SPLITTER = 134217729;

/**
 * The exact rounding error e of a double product p = RN(a·b), so that a·b = p + e exactly
 * (Dekker, "A floating-point technique for extending the available precision", Numer. Math. 18,
 * 1971, with Veltkamp's split). Valid while nothing overflows or underflows.
 */
export function productError(a: number, b: number, p: number): number {
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}
