import { philox, RandomState, sampleNormal } from '@nninit/rng';
import { chiSquareVarianceTest, holm, ksTest, normal, truncatedNormal, uniform, varianceZTest } from '@nninit/verify';
import { describe, expect, it } from 'vitest';

/**
 * Seeded statistical tests of the streams, at n ≥ 10⁶. Every check below is one p-value; the
 * family of CHECKS checks is judged with Holm's procedure at a family-wise α = 10⁻⁶ (so no check
 * is rejected below 10⁻⁶/CHECKS ≈ 4·10⁻⁸). The seeds are fixed, so the outcome is deterministic:
 * a correct generator passes every time, and was not tuned by retrying seeds.
 * Each kind of test has a power canary: a slightly wrong sample of the same size that the same
 * test must reject at the per-check level.
 */
const FAMILY_ALPHA = 1e-6;
const N = 1 << 20;
const ZIGGURAT_R = 4.038849846109504;

const standardNormal = normal(0, 1);
const unit = uniform(0, 1);

function philoxNormals(seed: number, n = N): Float64Array {
  const z = new Float64Array(n);
  philox(seed).fillNormal(z);
  return z;
}
function philoxUniforms(
  seed: number,
  Ctor: typeof Float32Array | typeof Float64Array = Float64Array,
): Float32Array | Float64Array {
  const u = new Ctor(N);
  philox(seed).fillUniform(u);
  return u;
}
function truncated(seed: number, low: number, high: number): Float64Array {
  const z = new Float64Array(N);
  philox(seed).fillTruncatedNormal(z, low, high);
  return z;
}
/** z-test of a sample mean against 0 for unit-variance data. */
function meanTest(x: ArrayLike<number>, sd: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] as number;
  const z = s / x.length / (sd / Math.sqrt(x.length));
  return 2 * standardNormal.cdf(-Math.abs(z));
}
/** Lag-1 serial correlation of a unit-variance, mean-0 sample: r·√n is N(0, 1) under independence. */
function serialTest(x: Float64Array): number {
  let s = 0;
  for (let i = 1; i < x.length; i++) s += (x[i] as number) * (x[i - 1] as number);
  const z = s / Math.sqrt(x.length - 1);
  return 2 * standardNormal.cdf(-Math.abs(z));
}
/** The normal tail beyond R: the ziggurat's tail algorithm, conditioned on |z| > R. */
const tail = { cdf: (x: number) => 1 - standardNormal.cdf(-x) / standardNormal.cdf(-ZIGGURAT_R) };
const tailOf = (z: Float64Array): number[] => [...z].filter((v) => Math.abs(v) > ZIGGURAT_R).map(Math.abs);

const checks: Record<string, () => number> = {
  'philox float64 uniforms: KS vs U(0,1)': () => ksTest(philoxUniforms(1), unit.cdf).pValue,
  'philox float32 uniforms: KS vs U(0,1)': () => ksTest(philoxUniforms(2, Float32Array), unit.cdf).pValue,
  'philox uniforms: variance 1/12 (kurtosis-aware z)': () =>
    varianceZTest(philoxUniforms(3), 1 / 12, { excessKurtosis: -1.2, mean: 0.5 }).pValue,
  'philox normals: KS vs N(0,1)': () => ksTest(philoxNormals(4), standardNormal.cdf).pValue,
  'philox normals: mean 0': () => meanTest(philoxNormals(5), 1),
  'philox normals: variance 1 (chi-square)': () => chiSquareVarianceTest(philoxNormals(6), 1).pValue,
  'philox normals: lag-1 serial correlation 0': () => serialTest(philoxNormals(7)),
  'philox normals: the tail beyond R (16 M draws): KS': () => ksTest(tailOf(philoxNormals(8, 16 * N)), tail.cdf).pValue,
  'philox forked children: correlation 0': () => {
    const [a, b] = [philox(9).fork('layer1'), philox(9).fork('layer2')];
    const x = new Float64Array(N),
      y = new Float64Array(N);
    a.fillNormal(x);
    b.fillNormal(y);
    let s = 0;
    for (let i = 0; i < N; i++) s += (x[i] as number) * (y[i] as number);
    return 2 * standardNormal.cdf(-Math.abs(s / Math.sqrt(N)));
  },
  'philox truncated normal [−2, 2] (normal rejection): KS': () =>
    ksTest(truncated(10, -2, 2), truncatedNormal(0, 1, -2, 2).cdf).pValue,
  'philox truncated normal [3, ∞) (exponential proposal): KS': () =>
    ksTest(truncated(11, 3, Infinity), truncatedNormal(0, 1, 3, Infinity).cdf).pValue,
  'philox truncated normal (−∞, −1.5] (mirrored): KS': () =>
    ksTest(truncated(12, -Infinity, -1.5), truncatedNormal(0, 1, -Infinity, -1.5).cdf).pValue,
  'philox truncated normal [0.5, 0.7] (uniform proposal): KS': () =>
    ksTest(truncated(13, 0.5, 0.7), truncatedNormal(0, 1, 0.5, 0.7).cdf).pValue,
  'philox truncated normal [4, 4.5] (narrow, far tail): KS': () =>
    ksTest(truncated(14, 4, 4.5), truncatedNormal(0, 1, 4, 4.5).cdf).pValue,
  'philox truncated normal [−0.4, 0.9] (uniform proposal around 0): KS': () =>
    ksTest(truncated(15, -0.4, 0.9), truncatedNormal(0, 1, -0.4, 0.9).cdf).pValue,
  'RandomState randn: KS vs N(0,1)': () => ksTest(new RandomState(16).randn(N), standardNormal.cdf).pValue,
  'RandomState randn: variance 1 (chi-square)': () => chiSquareVarianceTest(new RandomState(17).randn(N), 1).pValue,
  'RandomState rand: KS vs U(0,1)': () => ksTest(new RandomState(18).rand(N), unit.cdf).pValue,
};
const CHECKS = Object.keys(checks).length;

describe(`rng statistical tests (${CHECKS} checks, n ≥ 2^20, family-wise α = ${FAMILY_ALPHA}, Holm)`, () => {
  const names = Object.keys(checks);
  const pValues = names.map((name) => (checks[name] as () => number)());
  const { rejected, thresholds } = holm(pValues, FAMILY_ALPHA);
  if (process.env.NNINIT_PRINT_P) names.forEach((name, i) => console.log(pValues[i]?.toExponential(3), name));

  it.each(names.map((name, i) => [name, i] as const))('%s', (_, i) => {
    expect(pValues[i], `p = ${pValues[i]}, Holm threshold ${thresholds[i]}`).toBeGreaterThan(0);
    expect(rejected[i], `p = ${pValues[i]}, Holm threshold ${thresholds[i]}`).toBe(false);
  });
});

describe('power canaries: the same tests reject slightly wrong samples at the per-check level', () => {
  const perCheck = FAMILY_ALPHA / CHECKS;

  it('KS rejects uniforms bent by u^1.01', () => {
    const u = philoxUniforms(101).map((v) => v ** 1.01);
    expect(ksTest(u, unit.cdf).pValue).toBeLessThan(perCheck);
  });

  // KS tests shape and is blunt for scale: at n = 2^20 a 1 % scale error gives √n·D ≈ 2.5 (p ≈ 1e-5),
  // a 2 % one √n·D ≈ 5. The variance test is the sharp tool for scale, as DESIGN.md says.
  it('KS rejects normals with a 2 % scale error, and the chi-square test a 0.5 % one', () => {
    expect(
      ksTest(
        philoxNormals(102).map((z) => 1.02 * z),
        standardNormal.cdf,
      ).pValue,
    ).toBeLessThan(perCheck);
    expect(
      chiSquareVarianceTest(
        philoxNormals(103).map((z) => 1.005 * z),
        1,
      ).pValue,
    ).toBeLessThan(perCheck);
  });

  it('the mean test rejects a shift of 0.01', () => {
    expect(
      meanTest(
        philoxNormals(104).map((z) => z + 0.01),
        1,
      ),
    ).toBeLessThan(perCheck);
  });

  it('the serial test rejects a moving average with correlation 0.01', () => {
    const z = philoxNormals(105);
    const c = 0.01;
    const ma = z.map((v, i) => (v + c * (z[i - 1] ?? 0)) / Math.sqrt(1 + c * c));
    expect(serialTest(ma)).toBeLessThan(perCheck);
  });

  it("the tail KS rejects the exponential tail without Marsaglia's acceptance step", () => {
    const u = philoxUniforms(106).subarray(0, 40000);
    const naive = [...u].map((v) => ZIGGURAT_R - Math.log(1 - v) / ZIGGURAT_R);
    expect(ksTest(naive, tail.cdf).pValue).toBeLessThan(perCheck);
  });

  it('the truncated-normal KS rejects clipping instead of truncation, and a mislocated bound', () => {
    const clipped = philoxNormals(107).map((z) => Math.min(Math.max(z, -2), 2));
    expect(ksTest(clipped, truncatedNormal(0, 1, -2, 2).cdf).pValue).toBeLessThan(perCheck);
    expect(ksTest(truncated(108, 3.05, Infinity), truncatedNormal(0, 1, 3, Infinity).cdf).pValue).toBeLessThan(
      perCheck,
    );
  });

  it('the variance z-test rejects uniforms on [0, 1.005)', () => {
    expect(
      varianceZTest(
        philoxUniforms(109).map((u) => 1.005 * u),
        1 / 12,
        { excessKurtosis: -1.2, mean: 0.5 },
      ).pValue,
    ).toBeLessThan(perCheck);
  });

  it('sampleNormal at scale s passes the chi-square test at s² and fails at (1.01 s)²', () => {
    const w = new Float64Array(N);
    sampleNormal(philox(110), w, 0, 0.1);
    expect(chiSquareVarianceTest(w, 0.01).pValue).toBeGreaterThan(perCheck);
    expect(chiSquareVarianceTest(w, 0.01 * 1.01 ** 2).pValue).toBeLessThan(perCheck);
  });
});
