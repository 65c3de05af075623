/**
 * x·2^e without intermediate overflow or underflow of 2^e (e may be far outside ±1023 while
 * the product is representable), like C's ldexp.
 *
 * @example
 * ldexp(2 ** 200, -1100); // 2 ** -900
 */
export function ldexp(x: number, e: number): number {
  let value = x;
  let rest = e;
  while (rest > 1000) {
    value *= 2 ** 1000;
    rest -= 1000;
  }
  while (rest < -1000) {
    value *= 2 ** -1000;
    rest += 1000;
  }
  return value * 2 ** rest;
}
