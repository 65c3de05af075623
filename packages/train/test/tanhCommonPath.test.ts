import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tanh } from '../src/internal/tanh.js';
import { tanhAnywhere } from '../src/internal/tanhAnywhere.js';

// tanh's inlinable common path must give the bits of the whole fdlibm port (tanhAnywhere) at
// every argument: random arguments over every band, then every argument within a few hundred ulps
// of each boundary where the port (s_tanh.c on s_expm1.c) changes branch.

const view = new DataView(new ArrayBuffer(8));
/** The double `n` ulps away from x (toward +∞ for n > 0), for positive finite x. */
function ulpsAway(x: number, n: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(n));
  return view.getFloat64(0);
}
/** The double with high word `hi` and low word 0. */
function fromHighWord(hi: number): number {
  view.setUint32(0, hi);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/**
 * Where the port changes branch, as positive x: tanh's own thresholds (2⁻²⁸, 1, 22), expm1's tests
 * on the high word of |y| = 2|x| (0.5·ln2 and 1.5·ln2), and every x where its k = trunc(y/ln2 ± 0.5)
 * steps, which includes the k = 20 and k = 57 branch changes: y = (k − 0.5)·ln2 for k = 2 … 63.
 */
const BOUNDARIES: readonly number[] = [
  2 ** -28,
  1,
  22,
  fromHighWord(0x3fd62e43) / 2,
  fromHighWord(0x3ff0a2b2) / 2,
  ...Array.from({ length: 62 }, (_, i) => ((i + 1.5) * Math.LN2) / 2),
];
const SWEEP = 300; // ulps each side

/** Every argument of the boundary sweep, both signs. */
function sweepArguments(): number[] {
  const xs: number[] = [];
  for (const b of BOUNDARIES)
    for (let n = -SWEEP; n <= SWEEP; n++) {
      const x = ulpsAway(b, n);
      xs.push(x, -x);
    }
  return xs;
}

/** The arguments at which `f` differs from the whole port (Object.is: −0 and NaN count). */
function differing(f: (x: number) => number, xs: readonly number[]): number[] {
  return xs.filter((x) => !Object.is(f(x), tanhAnywhere(x)));
}

/** sign · m · 2ᵉ: magnitudes spread evenly over every band from below 2⁻²⁸ to beyond 22. */
const anyMagnitude = fc
  .tuple(fc.integer({ min: -40, max: 5 }), fc.double({ min: 1, max: 2, maxExcluded: true, noNaN: true }), fc.boolean())
  .map(([e, m, negative]) => (negative ? -1 : 1) * m * 2 ** e);
const PROPERTIES: readonly [string, fc.Arbitrary<number>][] = [
  ['sign · m · 2ᵉ, 2⁻⁴⁰ ≤ |x| < 64', anyMagnitude],
  ['uniform on [−23, 23)', fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }).map((i) => -23 + 46 * (Number(i) / 2 ** 53))],
  ['any double (±0, subnormals, ±∞, NaN included)', fc.double()],
];
const SEED = 20261206;
const RUNS = 1000;

/** fast-check's verdict on "f equals the whole port" for each property, fixed seed. */
function checkAll(f: (x: number) => number): { name: string; failed: boolean; counterexample: unknown }[] {
  return PROPERTIES.map(([name, arbitrary]) => {
    const result = fc.check(
      fc.property(arbitrary, (x) => Object.is(f(x), tanhAnywhere(x))),
      { seed: SEED, numRuns: RUNS },
    );
    return { name, failed: result.failed, counterexample: result.counterexample };
  });
}

describe('tanh’s common path equals the whole fdlibm port bit for bit', () => {
  it(`at ${RUNS} random arguments for each of ${PROPERTIES.length} distributions (fast-check, seed ${SEED})`, () => {
    for (const verdict of checkAll(tanh)) expect(verdict, verdict.name).toMatchObject({ failed: false });
  });

  it(`at every argument within ${SWEEP} ulps of each of the port's ${BOUNDARIES.length} branch boundaries, both signs`, () => {
    const xs = sweepArguments();
    expect(xs.length).toBe(BOUNDARIES.length * (2 * SWEEP + 1) * 2);
    expect(differing(tanh, xs)).toEqual([]);
  });

  it('at the special values', () => {
    const xs = [0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** -1022, 1e-300, Infinity, -Infinity, Number.NaN];
    expect(differing(tanh, [...xs, Number.MAX_VALUE, -Number.MAX_VALUE, 22, 710, -710])).toEqual([]);
    expect(Object.is(tanh(-0), -0)).toBe(true);
  });

  describe('canaries: the same checks refuse a variant one ulp off', () => {
    /** The variant that moves tanh(x) one ulp toward 0 wherever `where(x)` holds. */
    const perturbed =
      (where: (x: number) => boolean) =>
      (x: number): number => {
        const t = tanh(x);
        return where(x) ? Math.sign(t) * ulpsAway(Math.abs(t), -1) : t;
      };

    it('on the band 7 ≤ |x| < 8 (expm1’s branch for 20 ≤ k ≤ 56): the random runs find it', () => {
      const verdicts = checkAll(perturbed((x) => Math.abs(x) >= 7 && Math.abs(x) < 8));
      expect(verdicts.slice(0, 2).map((v) => v.failed)).toEqual([true, true]);
    });

    it('only within 3 ulps of the k = 57 boundary: the random runs miss it, the sweep finds it', () => {
      const b = (56.5 * Math.LN2) / 2;
      const near = perturbed((x) => Math.abs(x) >= ulpsAway(b, -3) && Math.abs(x) <= ulpsAway(b, 3));
      expect(checkAll(near).map((v) => v.failed)).toEqual([false, false, false]);
      expect(differing(near, sweepArguments())).toHaveLength(14);
    });
  });
});
