const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's splitting constant for float64

function split(a: number): [number, number] {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

/**
 * n·x split as floor(n·x) + α with 0 ≤ α < 1 computed exactly: the product is formed as a
 * double-double (Dekker's two-product) before the integer part is taken, so the sum limits
 * ⌊n(1 − x)⌋ and the factors 1 − x − v/n of the Birnbaum–Tingey sum carry no rounding error.
 *
 * Reference: Dekker (1971), "A floating-point technique for extending the available precision",
 * Numer. Math. 18, 224-242; van Mulbregt (2018), arXiv:1802.06966, §3.
 *
 * @example
 * floorAndFraction(10, 0.3); // { floor: 2, fraction: 0.9999999999999999 }  (0.3 is below 3/10)
 */
export function floorAndFraction(n: number, x: number): { floor: number; fraction: number } {
  const product = n * x;
  const [nh, nl] = split(n);
  const [xh, xl] = split(x);
  const error = nh * xh - product + nh * xl + nl * xh + nl * xl;
  let floor = Math.floor(product);
  let fraction = product - floor + error;
  if (fraction < 0) {
    floor -= 1;
    fraction += 1;
  }
  if (fraction >= 1) {
    floor += 1;
    fraction -= 1;
  }
  return { floor, fraction };
}
