const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const BITS = 16;
const RADIX = 1 << BITS;

/**
 * A sorted copy of NaN-free float64 values, in the order of `Float64Array.prototype.sort`
 * (−∞ < … < −0 < +0 < … < +∞), by LSD radix sort: each value becomes a 64-bit key that orders
 * as unsigned integers (negative: all bits flipped; positive: sign bit set), split into two
 * 32-bit words sorted by four stable 16-bit counting passes (a pass whose digit is the same for
 * every key is skipped), then mapped back. O(n), against the built-in comparison sort's
 * O(n log n) (bench/RESULTS.md, verify). Short arrays (< minLength) and big-endian hosts use the
 * built-in.
 *
 * Reference: Knuth, TAOCP vol. 3, §5.2.5 (radix sorting); Herf (2001), "Radix tricks" (the
 * float-to-key transform).
 *
 * @example
 * sortFloat64(Float64Array.of(2, -0, -1, 0, -Infinity), 0); // Float64Array [-Infinity, -1, -0, 0, 2]
 */
export function sortFloat64(values: ArrayLike<number>, minLength = 4096): Float64Array {
  const copy = Float64Array.from(values);
  const n = copy.length;
  if (n < minLength || !LITTLE_ENDIAN) return copy.sort();
  const words = new Uint32Array(copy.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1]!;
    const negative = h >>> 31 === 1;
    hi[i] = negative ? ~h >>> 0 : (h | 0x8000_0000) >>> 0;
    lo[i] = negative ? ~words[2 * i]! >>> 0 : words[2 * i]!;
  }
  let hiOut = new Uint32Array(n);
  let loOut = new Uint32Array(n);
  const counts = new Uint32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    const key = pass < 2 ? lo : hi;
    const shift = (pass % 2) * BITS;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(key[i]! >>> shift) & (RADIX - 1)]!++;
    if (counts[(key[0]! >>> shift) & (RADIX - 1)] === n) continue;
    let start = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[b]!;
      counts[b] = start;
      start += c;
    }
    for (let i = 0; i < n; i++) {
      const j = counts[(key[i]! >>> shift) & (RADIX - 1)]!++;
      hiOut[j] = hi[i]!;
      loOut[j] = lo[i]!;
    }
    [hi, hiOut] = [hiOut, hi];
    [lo, loOut] = [loOut, lo];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    const positive = h >>> 31 === 1;
    words[2 * i + 1] = positive ? h & 0x7fff_ffff : ~h >>> 0;
    words[2 * i] = positive ? lo[i]! : ~lo[i]! >>> 0;
  }
  return copy;
}
