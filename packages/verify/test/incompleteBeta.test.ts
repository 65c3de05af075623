import { regularizedIncompleteBeta } from '@nninit/verify';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incompleteBeta } from '../src/internal/special/incompleteBeta.js';
import { logBeta } from '../src/internal/special/logBeta.js';
import { golden, relativeError } from './helpers/golden.js';

/** [a, b, x, mpmath (50 digits), scipy.special.betainc], from scripts/incomplete_beta_golden.py. */
const rows = golden<[number, number, number, number, number][]>('beta.json');
const I = (a: number, b: number, x: number): number => regularizedIncompleteBeta(a, b, x);
/** Log-uniform a in [0.5, 1000] and b in [0.5, 1e5], the box the accuracy is stated for. */
const logUniform = (min: number, max: number): fc.Arbitrary<number> =>
  fc
    .double({ min: Math.log(min), max: Math.log(max), noNaN: true })
    .map((v) => Math.min(max, Math.max(min, Math.exp(v))));
const params = fc.record({ a: logUniform(0.5, 1000), b: logUniform(0.5, 1e5) });
/** The accuracy: 2e-14 relative plus an ulp of ln I (the prefactor is exp of it), absolute below 1e-300. */
const close = (got: number, want: number): boolean =>
  want < 1e-300 ? Math.abs(got - want) <= 1e-300 : relativeError(got, want) <= 2e-14 - 4e-16 * Math.log(want);

describe('regularizedIncompleteBeta against mpmath at 50 digits and scipy.special.betainc', () => {
  it('covers a in [0.5, 1000], b in [0.5, 1e5], x from 5e-324 to 1 − 2⁻⁵³', () => {
    expect(rows.length).toBeGreaterThan(1800);
    expect(Math.min(...rows.map((r) => r[0]))).toBe(0.5);
    expect(Math.max(...rows.map((r) => r[0]))).toBe(1000);
    expect(Math.max(...rows.map((r) => r[1]))).toBe(1e5);
    expect(rows.filter((r) => r[0] === 0.5).length).toBeGreaterThan(150); // the sphere marginal I_(t²)(½, (d − 1)/2)
    expect(Math.min(...rows.map((r) => r[2]))).toBe(5e-324);
    expect(Math.max(...rows.map((r) => r[2]))).toBe(1 - 2 ** -53);
  });

  it('is within 2e-14 relative wherever I >= 1e-100 (measured 1.4e-14), and 1e-14 absolute everywhere (measured 5.4e-15)', () => {
    for (const [a, b, x, want] of rows) {
      const got = I(a, b, x);
      expect(Math.abs(got - want), `I_${x}(${a}, ${b})`).toBeLessThanOrEqual(1e-14);
      if (want >= 1e-100) expect(relativeError(got, want), `I_${x}(${a}, ${b})`).toBeLessThanOrEqual(2e-14);
    }
  });

  it('in the far tail the error grows like the ulp of ln I: relative error <= 2e-14 + 4e-16·|ln I| (measured 1.7e-13 at I = 1e-249)', () => {
    // x^a·y^b/B(a, b) is exp of a number of size |ln I| (573 at I = 1e-249): one ulp of it is 1.1e-13.
    const tail = rows.filter(([, , , want]) => want > 0 && want < 1e-100);
    expect(tail.length).toBeGreaterThanOrEqual(15);
    expect(rows.filter(([, , , want]) => want === 0).length).toBeGreaterThanOrEqual(5); // x^a underflows: absolute error
    for (const [a, b, x, want] of rows)
      expect(close(I(a, b, x), want), `I_${x}(${a}, ${b}) = ${I(a, b, x)}, mpmath ${want}`).toBe(true);
  });

  it('agrees with scipy to 2.5e-14 where scipy is within 1e-14 of mpmath, and beats it at the 14 points it misses by > 1e-13', () => {
    const scipyOff = rows.filter(([, , , want, scipy]) => relativeError(scipy, want) > 1e-13);
    // scipy (Boost ibeta) is off at I_(1−2⁻⁵³)(½, ½) by 2.8e-9, at the subnormal x = 5e-324 by up to
    // 5.6e-2, and at b = 1e5 by up to 2.1e-12 near the mean (a rounded 1 − x).
    expect(scipyOff.length).toBe(14);
    for (const [a, b, x, want, scipy] of scipyOff)
      expect(relativeError(I(a, b, x), want)).toBeLessThan(relativeError(scipy, want));
    const scipyGood = rows.filter(([, , , want, scipy]) => want >= 1e-100 && relativeError(scipy, want) <= 1e-14);
    expect(scipyGood.length).toBeGreaterThan(1750);
    for (const [a, b, x, , scipy] of scipyGood)
      expect(relativeError(I(a, b, x), scipy), `I_${x}(${a}, ${b})`).toBeLessThanOrEqual(2.5e-14);
  });
});

describe('regularizedIncompleteBeta: exact values and identities', () => {
  it('is 0 at x = 0 and 1 at x = 1, exactly', () => {
    fc.assert(
      fc.property(params, ({ a, b }) => {
        expect(I(a, b, 0)).toBe(0);
        expect(I(a, b, 1)).toBe(1);
      }),
      { seed: 1 },
    );
    expect(incompleteBeta(2, 3, 0)).toEqual({ p: 0, q: 1 });
    expect(incompleteBeta(2, 3, 1)).toEqual({ p: 1, q: 0 });
  });

  it('matches the closed forms: I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ, I_x(½, ½) = (2/π)·asin √x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true }), logUniform(0.5, 1000), (x, c) => {
        // The closed forms round too (xᶜ by ~c·1e-16 through pow), hence 2e-14 in the bulk.
        expect(close(I(1, 1, x), x), `x = ${x}`).toBe(true);
        expect(
          relativeError(I(c, 1, x), x ** c) <= 2e-14 - 4e-16 * Math.log(x ** c) || x ** c < 1e-300,
          `x = ${x}, a = ${c}`,
        ).toBe(true);
        expect(
          relativeError(I(1, c, x), -Math.expm1(c * Math.log1p(-x))) <=
            2e-14 - 4e-16 * Math.log(-Math.expm1(c * Math.log1p(-x))),
          `x = ${x}, b = ${c}`,
        ).toBe(true);
        const arcsine =
          x <= 0.5 ? (2 / Math.PI) * Math.asin(Math.sqrt(x)) : 1 - (2 / Math.PI) * Math.asin(Math.sqrt(1 - x)); // asin is ill-conditioned near 1
        expect(close(I(0.5, 0.5, x), arcsine), `x = ${x}`).toBe(true);
      }),
      { seed: 2 },
    );
  });

  it('is ½ at the symmetric point: I_½(a, a) = ½', () => {
    fc.assert(
      fc.property(logUniform(0.5, 1e5), (a) => {
        expect(Math.abs(I(a, a, 0.5) - 0.5)).toBeLessThanOrEqual(2e-15);
      }),
      { seed: 3 },
    );
  });

  it('symmetry I_x(a, b) = 1 − I_(1−x)(b, a) (x on a 2⁻³⁰ grid, so 1 − x is exact)', () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 2 ** 30 - 1 }), ({ a, b }, k) => {
        const x = k / 2 ** 30;
        const [left, right] = [incompleteBeta(a, b, x), incompleteBeta(b, a, 1 - x)];
        expect(Math.abs(left.p + right.p - 1)).toBeLessThanOrEqual(1e-14);
        // Both tails keep their relative precision, each computed directly on one side.
        expect(close(right.q, left.p), `p ${left.p}, mirrored q ${right.q}`).toBe(true);
        expect(close(right.p, left.q), `q ${left.q}, mirrored p ${right.p}`).toBe(true);
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('is nondecreasing in x, up to its rounding (never down by more than 2e-14 relative)', () => {
    fc.assert(
      fc.property(
        params,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ a, b }, u, v) => {
          const [lo, hi] = u <= v ? [u, v] : [v, u];
          expect(I(a, b, hi)).toBeGreaterThanOrEqual(I(a, b, lo) * (1 - 2e-14));
        },
      ),
      { seed: 5, numRuns: 300 },
    );
    // On a grid of step 1/4000 the increments exceed the rounding, so there it is exactly monotone,
    // across the switch to the complement at the mean a/(a + b) too.
    for (const [a, b] of [
      [0.5, 0.5],
      [0.5, 7.5],
      [2, 3],
      [33.3, 20],
      [1000, 0.5],
      [7.5, 7.5],
      [1000, 1000],
    ] as const) {
      let previous = 0;
      for (let k = 1; k <= 4000; k++) {
        const value = I(a, b, k / 4000);
        expect(value, `I_${k / 4000}(${a}, ${b})`).toBeGreaterThanOrEqual(previous);
        previous = value;
      }
    }
  });

  it('computes the complement directly: q keeps its digits where 1 − p would be 0', () => {
    // mpmath: 1 − I_0.9999(2.5, 3.5) = 7.759792781163124e-14, 1 − I_0.99(2.5, 3.5) = 7.670342159205842e-7.
    const { p, q } = incompleteBeta(2.5, 3.5, 0.9999);
    expect(relativeError(q, 7.759792781163124e-14)).toBeLessThanOrEqual(1e-14);
    expect(relativeError(1 - p, 7.759792781163124e-14)).toBeGreaterThan(1e-5); // what 1 − p would have given
    expect(relativeError(incompleteBeta(2.5, 3.5, 0.99).q, 7.670342159205842e-7)).toBeLessThanOrEqual(1e-14);
  });

  it('matches its TSDoc examples', () => {
    expect(regularizedIncompleteBeta(2, 3, 0.5)).toBe(0.6875); // 11/16
    expect(incompleteBeta(0.5, 0.5, 0.25)).toEqual({ p: 0.3333333333333333, q: 0.6666666666666667 }); // arcsine law: ⅓
    expect(logBeta(0.5, 0.5)).toBe(1.1447298858494); // ln π = 1.14472988584940017…
  });

  it('logBeta is within 1e-15 of mpmath, ln Γ(b) = 10⁶ notwithstanding', () => {
    // mpmath, 30 digits: log(beta(a, b)).
    expect(Math.abs(logBeta(0.5, 7.5) - -0.41843218138198125794)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(logBeta(0.5, 5e4) - -4.8375216992804415099)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(logBeta(1000, 1e5) - -5612.6834827573461668)).toBeLessThanOrEqual(1e-12); // 1 ulp of 5612 is 9e-13
    expect(Math.abs(logBeta(2, 3) - -2.4849066497880003102)).toBeLessThanOrEqual(1e-15); // ln(1/12)
  });
});

describe('regularizedIncompleteBeta bad input', () => {
  it('rejects a, b <= 0 or non-finite and x outside [0, 1] with a RangeError, non-numbers with a TypeError', () => {
    const fn = 'regularizedIncompleteBeta';
    expect(() => I(0, 1, 0.5)).toThrow(new RangeError(`${fn}: a must be a finite number in [1e-100, 1e300], got 0`));
    expect(() => I(-1, 1, 0.5)).toThrow(new RangeError(`${fn}: a must be a finite number in [1e-100, 1e300], got -1`));
    expect(() => I(Infinity, 1, 0.5)).toThrow(
      new RangeError(`${fn}: a must be a finite number in [1e-100, 1e300], got Infinity`),
    );
    expect(() => I(NaN, 1, 0.5)).toThrow(
      new RangeError(`${fn}: a must be a finite number in [1e-100, 1e300], got NaN`),
    );
    expect(() => I(1, 0, 0.5)).toThrow(new RangeError(`${fn}: b must be a finite number in [1e-100, 1e300], got 0`));
    expect(() => I(1, Infinity, 0.5)).toThrow(
      new RangeError(`${fn}: b must be a finite number in [1e-100, 1e300], got Infinity`),
    );
    expect(() => I(1, 1, -0.1)).toThrow(new RangeError(`${fn}: x must be in [0, 1], got -0.1`));
    expect(() => I(1, 1, 1.5)).toThrow(new RangeError(`${fn}: x must be in [0, 1], got 1.5`));
    expect(() => I(1, 1, NaN)).toThrow(new RangeError(`${fn}: x must be in [0, 1], got NaN`));
    expect(() => I(1, 1, Infinity)).toThrow(new RangeError(`${fn}: x must be in [0, 1], got Infinity`));
    expect(() => I('1' as unknown as number, 1, 0.5)).toThrow(
      new TypeError(`${fn}: a must be a finite number in [1e-100, 1e300], got "1"`),
    );
    expect(() => I(1, null as unknown as number, 0.5)).toThrow(
      new TypeError(`${fn}: b must be a finite number in [1e-100, 1e300], got null`),
    );
    expect(() => I(1, 1, undefined as unknown as number)).toThrow(
      new TypeError(`${fn}: x must be in [0, 1], got undefined`),
    );
  });
});

describe('incomplete beta for huge a and b (Temme), against 80-digit quadrature', () => {
  const rows = golden<[number, number, number, number, number][]>('betaLarge.json');
  it('keeps relative accuracy where the continued fraction gave NaN (a = b = 1e300)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const [a, b, x, p, q] of rows) {
      const got = incompleteBeta(a, b, x);
      // The error of the expansion is ~1/min(a, b); in a tail add a few ulps of the exponent rη²/2.
      const exponent = -Math.log(Math.min(p, q));
      const tolerance = 1e-15 * (8 + 2 * exponent);
      expect(relativeError(got.p, p), `I_${x}(${a}, ${b})`).toBeLessThanOrEqual(tolerance);
      expect(relativeError(got.q, q), `1 - I_${x}(${a}, ${b})`).toBeLessThanOrEqual(tolerance);
    }
    expect(regularizedIncompleteBeta(1e300, 1e300, 0.5)).toBe(0.5);
    expect([regularizedIncompleteBeta(1e300, 1e300, 0.4), regularizedIncompleteBeta(1e300, 1e300, 0.6)]).toEqual([
      0, 1,
    ]);
  });
});

describe('incomplete beta between the tested regimes (one parameter up to 1e15), against 40-digit mpmath', () => {
  const gap = golden<[number, number, number, number, number][]>('betaGap.json');
  it('keeps relative accuracy, with x tiny and 1 − x rounded (second-order step back)', () => {
    expect(gap.length).toBeGreaterThanOrEqual(25);
    for (const [a, b, x, p, q] of gap) {
      const got = incompleteBeta(a, b, x);
      // Was 5.2e-10 at a = 3, b = 1e12 and 1.9e-7 at a = 1, b = 1e15 with the first-order step.
      expect(relativeError(got.p, p), `I_${x}(${a}, ${b})`).toBeLessThanOrEqual(2e-14);
      expect(relativeError(got.q, q), `1 - I_${x}(${a}, ${b})`).toBeLessThanOrEqual(2e-14);
    }
  });
});
