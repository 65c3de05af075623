import { initialize, initializers } from '@nninit/init';
import { sphereCoordinate, uniform } from '@nninit/verify';
import { describe, expect, inject, it } from 'vitest';
import type { ConformanceSubject } from '../src/experiments/ConformanceSubject.js';
import { canarySubject } from '../src/experiments/canarySubject.js';
import { checkIid } from '../src/experiments/checkIid.js';
import { checkStructured } from '../src/experiments/checkStructured.js';
import { conformanceSubjects } from '../src/experiments/conformanceSubjects.js';
import { drawSubject } from '../src/experiments/drawSubject.js';
import { gramDeviation } from '../src/experiments/gramDeviation.js';
import { holmAcross } from '../src/experiments/holmAcross.js';
import { pooledCase } from '../src/experiments/pooledCase.js';
import { runConformanceSuite } from '../src/experiments/runConformanceSuite.js';
import { structuredChecks } from '../src/experiments/structuredChecks.js';
import { structuredShapes } from '../src/experiments/structuredShapes.js';
import { subjectSeed } from '../src/experiments/subjectSeed.js';
import { worstCheck } from '../src/experiments/worstCheck.js';

const subject = (kind: ConformanceSubject['kind']): ConformanceSubject =>
  conformanceSubjects.find((s) => s.kind === kind)!;

describe('the suite covers every built-in initializer', () => {
  it('every canonical registry name, i.i.d. ones through the harness and structured ones exactly (the @example)', () => {
    expect(new Set(conformanceSubjects.map((s) => s.name))).toEqual(new Set(Object.keys(initializers)));
    for (const s of conformanceSubjects)
      expect(s.kind === 'iid', s.title).toBe(
        !['orthogonal', 'delta_orthogonal', 'identity', 'dirac', 'zero_init', 'sparse'].includes(s.name),
      );
    expect(new Set(conformanceSubjects.map((s) => s.source))).toEqual(new Set(['float32', 'float64', 'RandomState']));
    expect(new Set(conformanceSubjects.map((s) => s.title)).size + 1).toBe(conformanceSubjects.length); // he's title is shared by its Philox and RandomState entries
    expect(structuredShapes.orthogonal).toHaveLength(8);
  });

  it("drawSubject draws with the subject's dtype and stream, and distorts only the canary (the @example)", () => {
    expect(drawSubject(conformanceSubjects[0]!, [2, 3], 0)).toEqual(new Float32Array(6));
    const he = conformanceSubjects.find((s) => s.title === 'he (fan_in, relu)' && s.source === 'RandomState')!;
    expect(drawSubject(he, [10, 2], 3)[0]).toBe(1.7886284734303186); // np.random.seed(3); randn()·√(2/2)
    const { distortion: _, ...honest } = canarySubject;
    const plain = drawSubject(honest, [4, 4], 9);
    const canary = drawSubject(canarySubject, [4, 4], 9);
    expect(canarySubject.distortion).toBe(1.05);
    canary.forEach((v, i) => expect(v).toBeCloseTo(1.05 * (plain[i] as number), 6));
  });

  it('subjectSeed gives each subject its own cases, whatever else runs (the @example)', () => {
    expect(subjectSeed(42, 'xavier')).toBe(subjectSeed(42, 'xavier'));
    expect(subjectSeed(42, 'xavier')).not.toBe(subjectSeed(43, 'xavier'));
    expect(subjectSeed(42, 'xavier')).not.toBe(subjectSeed(42, 'lecun_normal'));
    expect(subjectSeed(0, 'x')).toBeGreaterThanOrEqual(0);
  });
});

describe('exact structural checks, and their power', () => {
  it('gramDeviation (the @example)', () => {
    expect(gramDeviation([0, 2, 2, 0], 2, 2, 2)).toBe(0);
    expect(gramDeviation([1, 1, 0, 1], 2, 2, 1)).toBe(1);
    expect(gramDeviation([1, 0, 0], 1, 3, 1)).toBe(0); // a wide matrix: orthonormal rows
  });

  it('pass on real draws of every structured family (the @example)', () => {
    expect(
      structuredChecks(
        Float64Array.of(2, 0, 0, 2),
        [2, 2],
        { family: 'identity', gain: 2, rows: 2, cols: 2 },
        'float64',
      )[0]!.rejected,
    ).toBe(false);
    for (const kind of ['orthogonal', 'delta_orthogonal', 'identity', 'dirac', 'zero_init', 'sparse'] as const) {
      const cases = checkStructured(subject(kind), { alpha: 1e-6, seed: 5 });
      for (const c of cases)
        for (const k of c.checks) expect(k.rejected, `${kind} ${c.shape} ${k.test}: ${k.detail}`).toBe(false);
    }
  });

  it('reject a matrix that is not orthogonal, a stray or missing one, a flipped Hadamard sign, a wrong zero count', () => {
    const orth = initialize([8, 3], 'orthogonal', { seed: 1, dtype: 'float64' }).data;
    orth[4] = (orth[4] as number) + 1e-6;
    expect(
      structuredChecks(orth, [8, 3], { family: 'orthogonal', gain: 1, rows: 8, cols: 3 }, 'float64')[0]!.rejected,
    ).toBe(true);
    const delta = initialize([4, 4, 3], 'delta_orthogonal', { seed: 1, dtype: 'float64' }).data;
    delta[0] = 1e-9; // position [0, 0, 0], off the centre 1
    const declared = { family: 'delta_orthogonal', gain: 1, rows: 4, cols: 4, center: [1] } as const;
    expect(structuredChecks(delta, [4, 4, 3], declared, 'float64').map((k) => [k.test, k.rejected])).toEqual([
      ['zeros-off-centre', true],
      ['orthonormality', false],
    ]);
    const eye = initialize([3, 3], 'identity', { dtype: 'float32' }).data;
    eye[8] = 0;
    expect(
      structuredChecks(eye, [3, 3], { family: 'identity', gain: 1, rows: 3, cols: 3 }, 'float32')[0],
    ).toMatchObject({ statistic: 1, rejected: true });
    const dirac = initialize([4, 2, 3, 3], 'dirac', { dtype: 'float64' }).data;
    expect(
      structuredChecks(dirac, [4, 2, 3, 3], { family: 'dirac', groups: 2, center: [1, 1] }, 'float64')[0],
    ).toMatchObject({ statistic: 2, rejected: true }); // groups 1 drawn, 2 declared
    const zero = initialize([5, 3, 3], 'zero_init', { dtype: 'float64' }).data;
    zero[(1 * 3 + 1) * 3 + 1] = -(zero[(1 * 3 + 1) * 3 + 1] as number); // one Hadamard sign flipped
    expect(
      structuredChecks(zero, [5, 3, 3], { family: 'zero_init', rows: 5, cols: 3, center: [1] }, 'float64')[0],
    ).toMatchObject({ statistic: 1, rejected: true });
    const sparse = initialize([10, 20], { name: 'sparse', sparsity: 0.1 }, { seed: 3, dtype: 'float64' }).data;
    sparse[sparse.findIndex((v) => v !== 0)] = 0;
    expect(
      structuredChecks(
        sparse,
        [10, 20],
        { family: 'sparse', rows: 10, cols: 20, zerosPerColumn: 1, nonzero: { family: 'normal', mean: 0, std: 0.01 } },
        'float64',
      )[0],
    ).toMatchObject({ statistic: 1, rejected: true });
  });

  it('checkStructured adds the Haar checks for orthogonal, 3 × 3 and 16 × 16 (the @example), sharing alpha by Holm', () => {
    const cases = checkStructured(subject('orthogonal'), { alpha: 1e-6, seed: 1 });
    expect(cases).toHaveLength(10);
    expect(cases.slice(8).map((c) => [c.shape, c.distribution, c.n])).toEqual([
      [[3, 3], 'Haar: W[0, 0]/gain ~ uniform(−1, 1)', 10_000],
      [[16, 16], 'Haar: W[0, 0]/gain ~ sphereCoordinate(16)', 10_000],
    ]);
    // Four statistical checks in one Holm family at the subject's alpha: levels α/4, α/3, α/2, α.
    const levels = cases.flatMap((c) => c.checks.flatMap((k) => (k.threshold === null ? [] : [k.threshold])));
    expect(levels.sort((a, b) => a - b)).toEqual([1e-6 / 4, 1e-6 / 3, 1e-6 / 2, 1e-6]);
    expect(cases.slice(8).every((c) => c.checks.map((k) => k.test).join() === 'ks,z-variance')).toBe(true);
    expect(checkStructured(subject('sparse'), { alpha: 1e-6, seed: 1 }).at(-1)!.distribution).toBe(
      'nonzero entries ~ normal(mean 0, std 0.01)',
    );
  });

  it('the 16 × 16 Haar case passes for orthogonal in float32 too, and rejects an orthogonal matrix that is Haar only in a 3 × 3 block', () => {
    const gain2 = checkStructured(conformanceSubjects.find((s) => s.title === 'orthogonal gain 2')!, {
      alpha: 1e-6,
      seed: 3,
    }); // float32
    for (const c of gain2.slice(8))
      for (const k of c.checks) expect(k.rejected, `${c.distribution} ${k.test}: ${k.detail}`).toBe(false);
    // A 16 × 16 matrix that is a Haar 3 × 3 block on the identity is orthogonal, and its corner is the
    // genuine 3 × 3 Haar corner, U(−1, 1): every exact check and the 3 × 3 case pass, only the 16 × 16 law fails.
    const blockCorner = (seed: number) => [initialize([3, 3], 'orthogonal', { seed, dtype: 'float64' }).data[0]!];
    const c = pooledCase([16, 16], 'block corner', blockCorner, sphereCoordinate(16), { alpha: 1e-6, seed: 0 });
    expect(c.checks.map((k) => [k.test, k.rejected])).toEqual([
      ['ks', true],
      ['z-variance', true],
    ]);
  });

  it('holmAcross: one Holm family over several cases, exact checks untouched (the @example)', () => {
    const k = (pValue: number | null) => ({
      test: pValue === null ? 'exact' : 'ks',
      statistic: 0,
      pValue,
      threshold: pValue === null ? null : 0.05,
      rejected: false,
      detail: '',
    });
    const cases = [
      { shape: [3, 3], seed: 0, n: 1, distribution: 'a', checks: [k(0.02), k(null)] },
      { shape: [4, 4], seed: 0, n: 1, distribution: 'b', checks: [k(0.3)] },
    ];
    expect(holmAcross(cases, 0.05).map((c) => c.checks.map((x) => [x.threshold, x.rejected]))).toEqual([
      [
        [0.025, true],
        [null, false],
      ],
      [[0.05, false]],
    ]);
    expect(holmAcross([cases[1]!], 0.05)[0]!.checks[0]!.threshold).toBe(0.05); // one case: its own levels
  });

  it('pooledCase: a Haar orthogonal corner passes (the @example); orthogonal but not Haar is rejected', () => {
    const corner = (seed: number) => [initialize([3, 3], 'orthogonal', { seed, dtype: 'float64' }).data[0]!];
    expect(
      pooledCase([3, 3], 'Haar corner', corner, uniform(-1, 1), { alpha: 1e-6, seed: 0 }).checks.every(
        (k) => !k.rejected,
      ),
    ).toBe(true);
    // An orthogonal matrix that is not random, the identity, passes every exact check, but its corner is always 1.
    const identity = (seed: number) => [initialize([3, 3], 'identity', { seed }).data[0]!];
    const c = pooledCase([3, 3], 'identity corner', identity, uniform(-1, 1), {
      alpha: 1e-6,
      seed: 0,
      minSamples: 100,
    });
    expect(c.n).toBe(100);
    expect(c.checks.find((k) => k.test === 'ks')!.rejected).toBe(true);
    // A sign flip of a column keeps orthogonality but not the law when it is systematic: |corner| is not uniform on [−1, 1].
    const folded = (seed: number) => [Math.abs(corner(seed)[0]!)];
    expect(
      pooledCase([3, 3], 'folded', folded, uniform(-1, 1), { alpha: 1e-6, seed: 0 }).checks.some((k) => k.rejected),
    ).toBe(true);
  });

  it('worstCheck: rejected first, then the smallest p, exact checks last (the @example)', () => {
    const k = (test: string, pValue: number | null, rejected = false) => ({
      test,
      statistic: 0,
      pValue,
      threshold: 1e-7,
      rejected,
      detail: '',
    });
    expect(worstCheck([k('ks', 0.3), k('chi-square-variance', 0.02)])?.test).toBe('chi-square-variance');
    expect(worstCheck([k('exact', null), k('ks', 0.9)])?.test).toBe('ks');
    expect(worstCheck([k('ks', 1e-9), k('exact', null, true)])?.test).toBe('exact');
    expect(worstCheck([])).toBeUndefined();
  });
});

describe('the statistical checks, and the whole suite', () => {
  it('checkIid: KS and chi-square per generated case for a normal (the @example)', () => {
    const cases = checkIid(conformanceSubjects[9]!, { alpha: 1e-6, runs: 3, seed: 1 });
    expect(cases.map((c) => c.checks.map((k) => k.test))).toEqual([
      ['ks', 'chi-square-variance'],
      ['ks', 'chi-square-variance'],
      ['ks', 'chi-square-variance'],
    ]);
    for (const c of cases) expect(c.n).toBeGreaterThanOrEqual(10_000);
  });

  it('passes every built-in initializer at family-wise alpha 1e-6, one group per statistical subject (the @example)', () => {
    // runConformanceSuite(conformanceSubjects, { alpha: 1e-6, runs: 2, seed: 42 }) through `verify
    // --runs 2 --json` (seed 42 and alpha 1e-6 are its defaults), computed once by the global setup.
    const result = JSON.parse(inject('sharedExperiments').verifyJson.out) as {
      passed: boolean;
      groups: number;
      subjects: {
        title: string;
        source: string;
        alpha: number;
        passed: boolean;
        cases: { checks: { threshold: number | null }[] }[];
      }[];
    };
    const groups = conformanceSubjects.filter((s) => ['iid', 'orthogonal', 'sparse'].includes(s.kind)).length;
    expect([result.passed, result.groups]).toEqual([true, groups]);
    expect(result.subjects.map((s) => [s.title, s.source])).toEqual(
      conformanceSubjects.map((s) => [s.title, s.source]),
    );
    result.subjects.forEach((s, i) => {
      const kind = conformanceSubjects[i]!.kind;
      expect(s.passed, s.title).toBe(true);
      expect(s.alpha).toBe(kind === 'iid' || kind === 'orthogonal' || kind === 'sparse' ? 1e-6 / groups : 0);
      for (const c of s.cases)
        for (const k of c.checks) if (k.threshold !== null) expect(k.threshold).toBeLessThanOrEqual(s.alpha);
    });
  });

  it('fails on the power canary, and only there', () => {
    const result = runConformanceSuite([conformanceSubjects[9]!, canarySubject], { alpha: 1e-6, runs: 3, seed: 42 });
    expect(result.passed).toBe(false);
    expect(result.subjects.map((s) => s.passed)).toEqual([true, false]);
    expect(
      result.subjects[1]!.cases.some((c) => c.checks.some((k) => k.rejected && k.test === 'chi-square-variance')),
    ).toBe(true);
  });

  it('gives a subject the same cases alone as in the full suite', () => {
    const alone = runConformanceSuite([conformanceSubjects[15]!], { alpha: 1e-6, runs: 2, seed: 42 }).subjects[0]!;
    const inSuite = runConformanceSuite(conformanceSubjects.slice(14, 17), { alpha: 1e-6, runs: 2, seed: 42 })
      .subjects[1]!;
    expect(alone.cases.map((c) => [c.shape, c.seed])).toEqual(inSuite.cases.map((c) => [c.shape, c.seed]));
  });
});
