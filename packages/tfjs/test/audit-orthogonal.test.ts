import '@tensorflow/tfjs-backend-cpu';
import { auditTfjsInitializers, type TfjsAuditReport } from '@nninit/tfjs';
import { reshape, setBackend, sign, stridedSlice, Tensor, transpose } from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { orthonormalDeviation } from '../src/audit/internal/orthonormalDeviation.js';

// tfjs-layers' Orthogonal calls five chained tensor methods that tfjs-core's Node entry point
// does not register (the @tensorflow/tfjs bundle imports register_all_chained_ops). This file,
// isolated from the others by vitest, registers exactly those five, as the bundle would, so that
// the orthogonal checks themselves run.
let report: TfjsAuditReport;
beforeAll(async () => {
  await setBackend('cpu');
  const chained = Tensor.prototype as unknown as Record<string, unknown>;
  chained.flatten = function (this: Tensor) {
    return reshape(this, [this.size]);
  };
  chained.stridedSlice = function (this: Tensor, begin: number[], end: number[], strides: number[]) {
    return stridedSlice(this, begin, end, strides);
  };
  chained.sign = function (this: Tensor) {
    return sign(this);
  };
  chained.transpose = function (this: Tensor, perm?: number[]) {
    return transpose(this, perm);
  };
  chained.reshape = function (this: Tensor, shape: number[]) {
    return reshape(this, shape);
  };
  report = auditTfjsInitializers();
});

describe('orthogonal, with the chained ops registered', () => {
  it('is gain·Q on a square, a wide, a tall and a conv shape', () => {
    const structure = report.rows.find((r) => r.initializer === 'orthogonal' && /gain: 2/.test(r.configuration))!;
    expect(structure.verdict).toBe('pass');
    expect(structure.checks.map((c) => c.test)).toEqual(Array(4).fill('orthonormality'));
    for (const c of structure.checks) expect(c.statistic).toBeLessThan(4e-4);
  });

  it("its corner entry follows the Haar law uniform(−1, 1) (tfjs' QR sign fix works)", () => {
    const haar = report.rows.find((r) => r.initializer === 'orthogonal' && /W\[0, 0\]/.test(r.configuration))!;
    expect(haar.verdict).toBe('pass');
    expect(haar.checks.map((c) => c.test)).toEqual(['ks', 'z-variance']);
    expect(haar.n).toBe(1000);
  });

  it('treats seed 0 as no seed, like the other Gaussian paths', () => {
    const probe = report.rows.find((r) => r.initializer === 'orthogonal' && /seed: 0/.test(r.configuration))!;
    expect(probe.checks.map((c) => [c.test, c.rejected])).toEqual([
      ['seed-0 repeatable', true],
      ['seed-1 repeatable', false],
    ]);
  });
});

describe('orthonormalDeviation', () => {
  it('is 0 for gain times a permutation, and flags a sheared matrix (the exact check can fail)', () => {
    expect(orthonormalDeviation([0, 2, 2, 0], 2, 2, 2)).toBe(0);
    expect(orthonormalDeviation([1, 1, 0, 1], 2, 2, 1)).toBe(1);
    // 1 × 2 (wide): rows must be orthonormal; [0.6, 0.8] is, [0.6, 0.6] is not
    expect(orthonormalDeviation([0.6, 0.8], 1, 2, 1)).toBeCloseTo(0, 15);
    expect(orthonormalDeviation([0.6, 0.6], 1, 2, 1)).toBeCloseTo(0.28, 15);
  });
});
