import { fma as publicFma } from '@nninit/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fma } from '../src/fma.js';
import { productError } from '../src/internal/float/productError.js';

/** A finite double as m·2^e with integer m (BigInt) and e. */
function decompose(x: number): [bigint, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  return exponent === 0 ? [sign * fraction, -1074] : [sign * (fraction | (1n << 52n)), exponent - 1075];
}

/** RN(a·b + c) computed exactly with BigInt, ties to even (normal-range results only). */
function referenceFma(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const s = ma * mb * (1n << BigInt(ep - e)) + mc * (1n << BigInt(ec - e));
  if (s === 0n) return a * b + c;
  const negative = s < 0n;
  let m = negative ? -s : s;
  let shift = m.toString(2).length - 53;
  if (shift > 0) {
    const q = m >> BigInt(shift);
    const rem = m - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    m = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
  } else {
    shift = 0;
  }
  const value = Number(m) * 2 ** (e + shift);
  return negative ? -value : value;
}

// Doubles of moderate exponent, so neither products nor sums leave the normal range.
const moderate = fc
  .double({ min: -1e30, max: 1e30, noNaN: true, noDefaultInfinity: true })
  .filter((x) => x === 0 || Math.abs(x) > 1e-30);

describe('fma (exact emulation of a fused multiply-add)', () => {
  it('agrees with exact BigInt arithmetic, correctly rounded', () => {
    fc.assert(
      fc.property(moderate, moderate, moderate, (a, b, c) => fma(a, b, c) === referenceFma(a, b, c)),
      { numRuns: 20000 },
    );
  });

  it('agrees with exact arithmetic when c nearly cancels a·b (the round-to-odd step matters)', () => {
    const nearOne = fc.double({ min: 0.5, max: 2, noNaN: true });
    fc.assert(
      fc.property(
        nearOne,
        nearOne,
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -3, max: 3 }),
        (a, b, k, j) => {
          const c = -(a * b) + j * 2 ** (k - 52);
          return fma(a, b, c) === referenceFma(a, b, c);
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('is exact in the hard cases: c cancels a·b, and a·b + c falls on a rounding tie', () => {
    const a = 1 + 2 ** -30;
    const p = a * a;
    expect(fma(a, a, -p)).toBe(referenceFma(a, a, -p)); // the product's rounding error, exactly
    expect(fma(a, a, -p)).toBe(2 ** -60);
    // 1 + 2^-53 is a tie between 1 and 1 + 2^-52; a tiny product term decides it.
    expect(fma(2 ** -80, 1, 1 + 2 ** -52)).toBe(1 + 2 ** -52);
    expect(fma(2 ** -53, 1 + 2 ** -52, 1)).toBe(1 + 2 ** -52);
    expect(fma(2 ** -53, 1 - 2 ** -53, 1)).toBe(1);
  });

  it('differs from the unfused a·b + c where double rounding bites', () => {
    // Found by the property above: a case where RN(RN(a·b) + c) ≠ RN(a·b + c).
    let found = 0;
    fc.assert(
      fc.property(moderate, moderate, moderate, (a, b, c) => {
        if (fma(a, b, c) !== a * b + c) found++;
        return true;
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(found).toBeGreaterThan(0);
  });
});

describe('fma: known answers (the TSDoc example among them)', () => {
  it('keeps the low bits a separate multiply and add lose', () => {
    const a = 1 + 2 ** -30,
      b = 1 - 2 ** -30; // a·b = 1 − 2⁻⁶⁰ exactly
    expect(a * b - 1).toBe(0);
    expect(publicFma(a, b, -1)).toBe(-(2 ** -60));
    expect(publicFma(a, b, -1)).toBe(-8.673617379884035e-19);
  });

  it('rounds once to nearest even, including at halfway cases', () => {
    expect(fma(2 ** 27 + 1, 2 ** 27 + 1, 0)).toBe(2 ** 54 + 2 ** 28); // exact 2⁵⁴ + 2²⁸ + 1 rounds down
    expect(fma(1 + 2 ** -52, 1 + 2 ** -52, -1)).toBe(2 ** -51 + 2 ** -104);
    expect(fma(0.1, 10, -1)).toBe(5.551115123125783e-17);
  });
});

describe('productError', () => {
  it('gives the exact error of a double product', () => {
    fc.assert(
      fc.property(moderate, moderate, (a, b) => {
        const p = a * b;
        return productError(a, b, p) === referenceFma(a, b, -p);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('fma refuses what it cannot compute exactly', () => {
  it('factors beyond 2^995 (where Veltkamp’s split overflows) and non-finite input or output are RangeErrors', () => {
    expect(() => fma(1.3393857490036326e300, 0, 0)).toThrow(/^fma: a must be a finite number in \(/);
    expect(() => fma(1, Number.NaN, 0)).toThrow(/^fma: b must be a finite number in \(/);
    expect(() => fma(1, 1, Infinity)).toThrow(new RangeError('fma: c must be a finite number, got Infinity'));
    expect(() => fma(2 ** 994, 2 ** 994, 0)).toThrow(/^fma: a·b \+ c must be finite in float64, got /);
    expect(() => fma('1' as never, 1, 1)).toThrow(new TypeError('fma: a must be a number, got "1"'));
    expect(fma(2 ** 994, 2 ** -994, -1)).toBe(0);
  });
});
