import { philox } from '@nninit/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { householderQr } from '../src/internal/householderQr.js';

// The QR decomposition orthogonal init is built on (tensor has no linear algebra). Column-major.
function check(a: Float64Array, m: number, n: number): void {
  const { q, r } = householderQr(a, m, n);
  let scale = 0;
  for (const v of a) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let qr = 0;
      for (let k = 0; k <= j; k++) qr += (q[k * m + i] as number) * (r[j * n + k] as number);
      expect(Math.abs(qr - (a[j * m + i] as number))).toBeLessThanOrEqual(1e-13 * Math.max(scale, 1) * Math.sqrt(m));
    }
  }
  for (let j = 0; j < n; j++) {
    for (let i = j + 1; i < n; i++) expect(r[j * n + i]).toBe(0);
    for (let k = 0; k < n; k++) {
      let dot = 0;
      for (let i = 0; i < m; i++) dot += (q[j * m + i] as number) * (q[k * m + i] as number);
      expect(Math.abs(dot - (j === k ? 1 : 0))).toBeLessThan(1e-13);
    }
  }
}

describe('householderQr', () => {
  it('A = QR with orthonormal Q and upper-triangular R, for Gaussian matrices m ≥ n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer(), (n, extra, seed) => {
        const m = n + extra;
        const a = new Float64Array(m * n);
        philox(seed).fillNormal(a);
        const copy = a.slice();
        check(a, m, n);
        expect(a).toEqual(copy);
      }),
      { seed: 20240504, numRuns: 60 },
    );
  });

  it('handles columns that need no reflection (already on e₁, or zero) and repeated columns', () => {
    // Column 0 = 3·e₁ (τ = 0, R₀₀ = 3), column 1 zero below row 1, column 2 = column 0.
    const a = new Float64Array([3, 0, 0, 0, /**/ 1, 2, 0, 0, /**/ 3, 0, 0, 0]);
    check(a, 4, 3);
    const { r } = householderQr(a, 4, 3);
    expect(r[0]).toBe(3);
    check(new Float64Array([0, 0, 0, 1, 2, 3]), 3, 2);
    check(new Float64Array([-2, 0, 5, 1]), 2, 2);
  });

  it('a 1 × 1 and an m × 1 matrix: Q = ±a/|a|', () => {
    const { q, r } = householderQr(new Float64Array([-4]), 1, 1);
    expect(q[0]! * r[0]!).toBe(-4);
    const col = householderQr(new Float64Array([3, 4]), 2, 1);
    expect(Math.abs(col.r[0]!)).toBe(5);
    expect(col.q[0]! * col.r[0]!).toBeCloseTo(3, 14);
    expect(col.q[1]! * col.r[0]!).toBeCloseTo(4, 14);
  });
});
